/**
 * One measured job of `npm run bench`, in its own process so its peak RSS is its
 * own: `extract <corpus> <db> <workers>`, `normalise <corpus>` or `remark <corpus>`.
 * Prints one JSON line: seconds (the job alone, after module loading), bytes and
 * documents seen, peak RSS (the process, worker threads included) and the job's
 * own counts. The database may be a SQLite file or a postgres:// URL.
 * `stages <corpus>`: decode and the extract stages on the main thread, each stage timed.
 */
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listInputs } from '../ingest.ts';
import { normalise } from '../normalise.ts';
import { runExtract } from '../run.ts';

export interface ChildReport {
  job: string;
  seconds: number;
  /** CPU time of the whole process (all threads) during the job. */
  cpuSeconds: number;
  docs: number;
  bytes: number;
  maxRssMB: number;
  extra: Record<string, unknown>;
}

const utf8 = new TextDecoder('utf-8');

/** Bytes → text as plain UTF-8 (the corpus is UTF-8): the floors do not sniff encodings. */
async function eachText(dir: string, fn: (text: string) => void): Promise<{ docs: number; bytes: number }> {
  const { files } = await listInputs([dir]);
  const io = pLimit(4);
  let docs = 0;
  let bytes = 0;
  // read ahead a little, work in order: a floor that holds only a few texts at once
  const window = 8;
  const pending: Promise<Uint8Array>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < window && next < files.length) {
      const f = files[next++];
      if (f) pending.push(io(() => readFile(f.path)));
    }
  };
  fill();
  for (let i = 0; i < files.length; i++) {
    const buf = await (pending.shift() as Promise<Uint8Array>);
    fill();
    const f = files[i];
    if (!f) continue;
    fn(utf8.decode(buf));
    docs++;
    bytes += buf.byteLength;
  }
  return { docs, bytes };
}

async function main(): Promise<void> {
  const [job, dir, db, workers] = process.argv.slice(2);
  if (!job || !dir) throw new Error('usage: child.ts extract|normalise|remark|stages <corpus> [db] [workers]');
  let report: Omit<ChildReport, 'cpuSeconds'>;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (job === 'extract') {
    if (!db) throw new Error('extract needs a database');
    const r = await runExtract([dir], { db, workers: workers === undefined ? undefined : Number(workers) });
    const seconds = (performance.now() - t0) / 1000;
    const { files } = await listInputs([dir]);
    let bytes = 0;
    const { stat } = await import('node:fs/promises');
    for (const f of files) bytes += (await stat(f.path)).size;
    report = {
      job,
      seconds,
      docs: files.length,
      bytes,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      extra: {
        files_ok: r.files_ok,
        files_unchanged: r.files_unchanged,
        files_failed: r.files_failed,
        records_added: r.records_added,
        records_total: r.records_total,
        write_retries: r.write_retries,
        failures: r.failures.slice(0, 3),
      },
    };
  } else if (job === 'normalise') {
    let chars = 0;
    const n = await eachText(dir, (t) => {
      chars += normalise(t).key.length;
    });
    report = { job, seconds: (performance.now() - t0) / 1000, ...n, maxRssMB: process.resourceUsage().maxRSS / 1024, extra: { chars } };
  } else if (job === 'remark') {
    const parser = unified().use(remarkParse);
    let nodes = 0;
    const n = await eachText(dir, (t) => {
      nodes += parser.parse(t).children.length;
    });
    report = { job, seconds: (performance.now() - t0) / 1000, ...n, maxRssMB: process.resourceUsage().maxRSS / 1024, extra: { nodes } };
  } else if (job === 'stages') {
    // the CPU stages of extract on this thread alone, timed one by one (no workers, no database)
    const { decodeDocument } = await import('../decode.ts');
    const { extractDocument, newStageTimes } = await import('../extract-document.ts');
    const times = { decode: 0, ...newStageTimes() };
    const { files } = await listInputs([dir]);
    let docs = 0;
    let bytes = 0;
    let records = 0;
    for (const f of files) {
      const buf = await readFile(f.path);
      const d0 = performance.now();
      const decoded = await decodeDocument(buf, f.name);
      times.decode += performance.now() - d0;
      records += extractDocument(decoded.text, f.name, times).records.length;
      docs++;
      bytes += buf.byteLength;
    }
    report = { job, seconds: (performance.now() - t0) / 1000, docs, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024, extra: { records, ms: times } };
  } else throw new Error(`unknown job ${job}`);
  const c = process.cpuUsage(c0);
  process.stdout.write(`${JSON.stringify({ ...report, cpuSeconds: (c.user + c.system) / 1e6 })}\n`);
}

await main();
