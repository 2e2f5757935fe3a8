/**
 * The extract run: inputs → decode → extractDocument → store, one transaction per
 * document. File reading and decoding run concurrently (p-limit); the single store
 * writes in order. A bad file is reported in one line and the run goes on.
 */
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { decodeDocument } from './decode.ts';
import { InputError } from './errors.ts';
import { EXTRACTOR_VERSION, extractDocument } from './extract-document.ts';
import { listInputs, readInput, type InputFile } from './ingest.ts';
import { Store, type RunSummary } from './store.ts';

export interface ExtractOptions {
  db: string;
  concurrency?: number;
  /** Called after each file, for progress reporting. */
  onFile?: (done: number, total: number, file: string) => void;
}

export interface ExtractResult extends RunSummary {
  byStatus: Record<string, number>;
  records_total: number;
}

type Outcome =
  | { kind: 'unchanged' }
  | { kind: 'ok'; records: number }
  | { kind: 'failed'; file: string; reason: string };

export async function runExtract(paths: readonly string[], opts: ExtractOptions): Promise<ExtractResult> {
  const store = new Store(opts.db);
  const runId = store.startRun(EXTRACTOR_VERSION);
  const { files, errors } = await listInputs(paths);
  const failures = errors.map((e) => ({ file: e.file, reason: e.reason }));
  const limit = pLimit(opts.concurrency ?? 4);
  let done = 0;

  const processFile = async (file: InputFile): Promise<Outcome> => {
    try {
      const bytes = await readInput(file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (file.path !== '-' && store.isUnchanged(file.path, hash, EXTRACTOR_VERSION)) return { kind: 'unchanged' };
      const decoded = await decodeDocument(bytes, file.name);
      const doc = extractDocument(decoded.text, file.name);
      const written = store.saveDocument(
        {
          path: file.path,
          file_name: file.name,
          content_hash: hash,
          format: decoded.format,
          encoding: decoded.encoding,
          text: doc.text,
          extractor_version: EXTRACTOR_VERSION,
          meta: doc.meta,
          diagnostics: doc.diagnostics,
        },
        doc.records,
      );
      return { kind: 'ok', records: written };
    } catch (e) {
      if (e instanceof InputError) return { kind: 'failed', file: e.file, reason: e.reason };
      return { kind: 'failed', file: file.name, reason: e instanceof Error ? e.message.split('\n')[0] ?? 'error' : String(e) };
    } finally {
      done++;
      opts.onFile?.(done, files.length, file.name);
    }
  };

  const outcomes = await Promise.all(files.map((f) => limit(() => processFile(f))));
  let ok = 0;
  let unchanged = 0;
  let added = 0;
  for (const o of outcomes) {
    if (o.kind === 'ok') {
      ok++;
      added += o.records;
    } else if (o.kind === 'unchanged') unchanged++;
    else failures.push({ file: o.file, reason: o.reason });
  }
  const summary: RunSummary = {
    files_total: files.length + errors.length,
    files_ok: ok,
    files_unchanged: unchanged,
    files_failed: failures.length,
    records_added: added,
    failures,
  };
  store.finishRun(runId, summary);
  const byStatus: Record<string, number> = {};
  for (const row of store.db.prepare('SELECT status, COUNT(*) AS n FROM targets GROUP BY status').all() as { status: string; n: number }[]) byStatus[row.status] = row.n;
  const total = (store.db.prepare('SELECT COUNT(*) AS n FROM targets').get() as { n: number }).n;
  store.close();
  return { ...summary, byStatus, records_total: total };
}
