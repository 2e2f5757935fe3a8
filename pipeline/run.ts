/**
 * The extract run: inputs → (unchanged?) → read → decode + extract → store.
 *
 * - File I/O (stat, read) runs concurrently under p-limit.
 * - The CPU stages (decode, extractDocument) run on a piscina worker-thread pool
 *   (pipeline/worker.ts); `workers: 0` runs them inline on the main thread.
 * - One writer, on the main thread, batches finished documents into transactions:
 *   each document is its own savepoint inside the batch, so a document that fails to
 *   store leaves no rows, and a crash loses at most the open batch, never half a
 *   document.
 * - Memory is bounded: at most `inFlight` files are between the reader and the
 *   writer, and the writer holds at most one batch.
 * - Re-import is cheap: a file whose size and modification time match what was
 *   imported, with the same extractor version, is skipped without being read. A file
 *   whose stamp changed is read and hashed; the same content at the same path is
 *   skipped without decoding.
 * - One text is one document: a file with the bytes of a stored document at another
 *   path (a copy) is not decoded, and a file whose decoded text is a stored document's
 *   (its .docx, its .pdf, its Windows-1258 copy) is not stored; either way its path is
 *   recorded (document_aliases) and the run says "same bytes as" / "same text as".
 * - Standard input ("-") is stored under a name: `stdinName`, else `stdin-` and the
 *   start of the digest of its bytes; piped input never replaces a different text.
 * - A run that imports nothing into a database that did not exist before leaves no
 *   database file (nor the folders made for it) behind.
 * A bad file is reported in one line and the run goes on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { DatabaseError, InputError, UsageError } from './errors.ts';
import { listInputs, readInput, type InputFile, type Skipped } from './ingest.ts';
import { Store, type Duplicate, type RunSummary } from './store.ts';
import { describeOrphan, listOrphans, resolveVerdicts } from './verdicts.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { workerEntry } from './worker-bundle.ts';
// types only: the main thread loads the decode and extract stages only when it runs them itself (workers: 0)
import type { WorkerResult, WorkerTask } from './worker.ts';

export interface ExtractOptions {
  db: string;
  /** Files read at once (default 4). */
  concurrency?: number;
  /**
   * Worker threads for decode + extract. 0 runs them on the main thread. Default:
   * for fewer than 8 files one worker, the main thread itself (a thread costs about
   * a second of module loading before its first file); else min(2, available cores).
   */
  workers?: number;
  /** Documents per write transaction (default 32). */
  batchSize?: number;
  /** The name standard input ("-") is stored under (default: "stdin-" and 12 hex digits of its digest). */
  stdinName?: string;
  /** Called after each file, for progress reporting. */
  onFile?: (done: number, total: number, file: string) => void;
}

export interface ExtractResult extends RunSummary {
  files_duplicate: number;
  duplicates: Duplicate[];
  byStatus: Record<string, number>;
  records_total: number;
  /** Entries under the given folders passed over, with the reason; not failures. */
  skipped: Skipped[];
  /** False when the run imported nothing into a database it created, and removed it again. */
  db_kept: boolean;
  /** The name standard input was stored (or found) under, when "-" was read. */
  stdin_name?: string;
  /** Reviewers' verdicts after the run (pipeline/verdicts.ts), when there are any: how many still apply, and each that no longer does. */
  verdicts?: { applied: number; orphans: string[] };
}

/** Where standard input is stored: its name, and the path that stands for it. */
export function stdinPath(name: string): string {
  return `stdin:${name}`;
}

/** Reject options a run cannot honour, before it opens anything. */
export function checkExtractOptions(opts: ExtractOptions): void {
  const whole = (v: number | undefined, min: number, what: string): void => {
    if (v !== undefined && (!Number.isInteger(v) || v < min)) throw new UsageError(`${what} must be a whole number ≥ ${min}, not ${String(v)}`);
  };
  whole(opts.concurrency, 1, 'concurrency');
  whole(opts.workers, 0, 'workers');
  whole(opts.batchSize, 1, 'batchSize');
  if (opts.stdinName !== undefined && (opts.stdinName.trim() === '' || /[\/\\\u0000-\u001f]/.test(opts.stdinName))) {
    throw new UsageError(`--name must be a file name (no slashes or control characters), not ${JSON.stringify(opts.stdinName)}`);
  }
}

/** Fewer files than this: work on the main thread; a worker would cost more to start than it saves. */
const FEW_FILES = 8;

export function defaultWorkers(files: number): number {
  return files < FEW_FILES ? 0 : Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * What the run remembers about each imported file, next to the documents table:
 * its size and modification time when it was read, so an unchanged file is
 * recognised without reading it, and how many records it yielded (a check that
 * the document's rows are complete). Written in the same transaction as the document.
 */
const FILES_SCHEMA = `
CREATE TABLE IF NOT EXISTS import_files (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  records INTEGER
);
`;

interface FileStamp {
  size: number;
  mtimeNs: string;
}

interface Finished {
  file: InputFile;
  /** Position in the input list: of two new files with the same text, the earlier is stored. */
  index: number;
  stamp: FileStamp | null;
  hash: string;
  result: Extract<WorkerResult, { ok: true }>;
}

/** The single writer: documents in batches, one savepoint per document inside each batch. */
class BatchWriter {
  private batch: Finished[] = [];
  private batchChars = 0;
  /** The batch's documents by text digest, and the files of this batch with the same text as one of them. */
  private readonly pendingText = new Map<string, Finished>();
  private pendingDuplicates: { f: Finished; of: Finished }[] = [];
  ok = 0;
  added = 0;
  readonly failures: { file: string; reason: string }[] = [];
  duplicates: Duplicate[] = [];
  private readonly upsertFile;
  private readonly saveOne;
  private readonly saveBatch;
  private readonly touchFile;
  private readonly aliasOne;

  constructor(
    private readonly store: Store,
    private readonly maxDocs: number,
    private readonly maxChars = 8_000_000,
  ) {
    const db = store.db;
    this.upsertFile = db.prepare(`INSERT INTO import_files (path, size, mtime_ns, content_hash, extractor_version, records)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
        content_hash = excluded.content_hash, extractor_version = excluded.extractor_version,
        records = CASE WHEN excluded.records IS NULL AND import_files.content_hash = excluded.content_hash
          AND import_files.extractor_version = excluded.extractor_version THEN import_files.records ELSE excluded.records END`);
    // (a touch, records NULL, keeps the count of the same content stored by this version: another process may
    // have stored the file between this one's read and its check, and its count is what the document holds)
    this.touchFile = db.transaction((path: string, stamp: FileStamp, hash: string) => {
      this.upsertFile.run(path, stamp.size, stamp.mtimeNs, hash, EXTRACTOR_VERSION, null);
    });
    this.aliasOne = db.transaction((file: InputFile, stamp: FileStamp | null, hash: string, textHash: string, kind: Duplicate['kind'], sameAs: string) => {
      this.store.recordAlias({ path: file.path, file_name: file.name, content_hash: hash, text_hash: textHash, kind, same_as: sameAs });
      if (stamp) this.upsertFile.run(file.path, stamp.size, stamp.mtimeNs, hash, EXTRACTOR_VERSION, 0);
    });
    // nested transaction functions are savepoints: a failing document rolls back alone
    this.saveOne = db.transaction((f: Finished) => {
      const { doc, format, encoding } = f.result;
      const written = this.store.saveDocument(
        {
          path: f.file.path,
          file_name: f.file.name,
          content_hash: f.hash,
          format,
          encoding,
          text: doc.text,
          extractor_version: EXTRACTOR_VERSION,
          meta: doc.meta,
          diagnostics: doc.diagnostics,
          text_hash: f.result.textHash,
          lang: doc.lang,
          dropped: doc.dropped,
        },
        doc.records,
      );
      if (f.stamp) this.upsertFile.run(f.file.path, f.stamp.size, f.stamp.mtimeNs, f.hash, EXTRACTOR_VERSION, written);
      return written;
    });
    this.saveBatch = db.transaction((items: Finished[]) => {
      const outcomes: ({ ok: true; records: number } | { ok: false; reason: string })[] = [];
      for (const f of items) {
        try {
          outcomes.push({ ok: true, records: this.saveOne(f) });
        } catch (e) {
          outcomes.push({ ok: false, reason: `not stored (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` });
        }
      }
      return outcomes;
    });
  }

  add(f: Finished): void {
    const textHash = f.result.textHash;
    const pending = this.pendingText.get(textHash);
    if (pending) {
      // two new files with one text in this batch: the one given first is stored
      if (f.index < pending.index) {
        this.batch[this.batch.indexOf(pending)] = f;
        this.pendingText.set(textHash, f);
        for (const d of this.pendingDuplicates) if (d.of === pending) d.of = f;
        this.pendingDuplicates.push({ f: pending, of: f });
      } else this.pendingDuplicates.push({ f, of: pending });
      return;
    }
    const stored = this.store.sameText(textHash, EXTRACTOR_VERSION);
    if (stored && stored.path !== f.file.path) {
      this.alias(f.file, f.stamp, f.hash, textHash, stored.content_hash === f.hash ? 'same_bytes' : 'same_text', stored.path);
      return;
    }
    this.batch.push(f);
    this.pendingText.set(textHash, f);
    this.batchChars += f.result.doc.text.length;
    if (this.batch.length >= this.maxDocs || this.batchChars >= this.maxChars) this.flush();
  }

  /** Drop what was said about `path` (it is read again). */
  forget(path: string): void {
    this.duplicates = this.duplicates.filter((d) => d.file !== path);
  }

  /** Record `file` as another path of the stored document at `sameAs`. */
  alias(file: InputFile, stamp: FileStamp | null, hash: string, textHash: string, kind: Duplicate['kind'], sameAs: string): void {
    try {
      this.aliasOne.immediate(file, stamp, hash, textHash, kind, sameAs);
      this.duplicates.push({ file: file.path, kind, same_as: sameAs });
    } catch (e) {
      this.failures.push({ file: file.name, reason: `not recorded (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` });
    }
  }

  /** Remember the stamp of a file found unchanged by its hash, so next time it is not even read. */
  touch(path: string, stamp: FileStamp, hash: string): void {
    try {
      this.touchFile.immediate(path, stamp, hash);
    } catch {
      // only an optimisation
    }
  }

  flush(): void {
    if (this.batch.length === 0) return;
    const items = this.batch;
    const duplicates = this.pendingDuplicates;
    this.batch = [];
    this.batchChars = 0;
    this.pendingText.clear();
    this.pendingDuplicates = [];
    let outcomes;
    try {
      outcomes = this.saveBatch.immediate(items);
    } catch (e) {
      const reason = `not stored (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
      outcomes = items.map(() => ({ ok: false as const, reason }));
    }
    const stored = new Set<Finished>();
    outcomes.forEach((o, i) => {
      const item = items[i] as Finished;
      if (o.ok) {
        this.ok++;
        this.added += o.records;
        stored.add(item);
      } else this.failures.push({ file: item.file.name, reason: o.reason });
    });
    for (const { f, of } of duplicates) {
      if (stored.has(of)) this.alias(f.file, f.stamp, f.hash, f.result.textHash, of.hash === f.hash ? 'same_bytes' : 'same_text', of.file.path);
      else this.failures.push({ file: f.file.name, reason: `not stored (same text as ${of.file.path}, which could not be stored)` });
    }
  }
}

/** A counting semaphore: at most n holders. */
function semaphore(n: number) {
  let free = n;
  const waiting: (() => void)[] = [];
  return {
    acquire: (): Promise<void> => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release: (): void => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

function ownedBuffer(bytes: Uint8Array): ArrayBuffer | null {
  const buf = bytes.buffer;
  return buf instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buf.byteLength ? buf : null;
}

/** Remove a database this run created and what SQLite put beside it, and the folders made for it if they are empty. */
function removeNewDatabase(db: string, madeDir: string | undefined): void {
  for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(db + ext, { force: true });
  if (!madeDir) return;
  const top = resolve(madeDir);
  for (let d = resolve(dirname(db)); d === top || !relative(top, d).startsWith('..'); d = dirname(d)) {
    try {
      if (readdirSync(d).length > 0) return;
      rmdirSync(d);
    } catch {
      return;
    }
    if (d === top) return;
  }
}

export async function runExtract(paths: readonly string[], opts: ExtractOptions): Promise<ExtractResult> {
  checkExtractOptions(opts);
  const isNew = opts.db !== ':memory:' && !existsSync(opts.db);
  let madeDir: string | undefined;
  try {
    madeDir = isNew ? mkdirSync(dirname(opts.db), { recursive: true }) : undefined;
  } catch (e) {
    throw new DatabaseError(opts.db, `its folder cannot be made (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let store: Store;
  try {
    store = new Store(opts.db);
  } catch (e) {
    if (isNew) removeNewDatabase(opts.db, madeDir);
    throw e;
  }
  store.db.exec(FILES_SCHEMA);
  const runId = store.startRun(EXTRACTOR_VERSION);
  let finished = false;
  try {
    const result = await runWith(store, runId, paths, opts);
    finished = true;
    const keep = !isNew || result.files_ok > 0 || result.files_duplicate > 0;
    store.close();
    if (!keep) removeNewDatabase(opts.db, madeDir);
    return { ...result, db_kept: keep };
  } finally {
    if (!finished) {
      // an unexpected error: the run's row still says it ended, and how
      try {
        store.finishRun(runId, { files_total: 0, files_ok: 0, files_unchanged: 0, files_failed: 1, records_added: 0, failures: [{ file: '(run)', reason: 'the run stopped on an internal error' }], files_duplicate: 0, duplicates: [] });
        store.close();
      } catch {
        // the error being thrown says more than this one
      }
      if (isNew) removeNewDatabase(opts.db, madeDir);
    }
  }
}

async function runWith(store: Store, runId: number, paths: readonly string[], opts: ExtractOptions): Promise<Omit<ExtractResult, 'db_kept'>> {
  const { files, errors, skipped } = await listInputs(paths);
  const failures = errors.map((e) => ({ file: e.file, reason: e.reason }));
  const workers = Math.max(0, Math.floor(opts.workers ?? defaultWorkers(files.length)));
  const io = pLimit(Math.max(1, opts.concurrency ?? 4));
  const writer = new BatchWriter(store, Math.max(1, opts.batchSize ?? 32));
  // files between reading and the writer; bounds memory whatever the corpus size
  const inFlight = semaphore(Math.max(4, workers * 4, opts.concurrency ?? 4));
  // the file's stamp is as recorded, and what was recorded for it is still there: a document at
  // that path with those bytes, or that path recorded as another path of a document
  const sameStamp = store.db.prepare(`SELECT 1 FROM import_files f
    WHERE f.path = ? AND f.size = ? AND f.mtime_ns = ? AND f.extractor_version = ?
      AND (EXISTS (SELECT 1 FROM documents d WHERE d.path = f.path AND d.content_hash = f.content_hash AND d.extractor_version = f.extractor_version)
        OR EXISTS (SELECT 1 FROM document_aliases a JOIN documents d ON d.text_hash = a.text_hash
          WHERE a.path = f.path AND a.content_hash = f.content_hash AND d.extractor_version = f.extractor_version))
    LIMIT 1`);
  const storedHashAt = store.db.prepare('SELECT content_hash FROM documents WHERE path = ?');

  // the pool starts with the first file that needs decoding: a re-import of an unchanged corpus starts no thread
  let pool: Piscina<WorkerTask, WorkerResult> | null = null;
  let inline: ((task: WorkerTask) => Promise<WorkerResult>) | null = null;
  const decode = async (task: WorkerTask): Promise<WorkerResult> => {
    if (workers === 0) {
      inline ??= (await import('./worker.ts')).decodeAndExtract;
      return inline(task);
    }
    if (!pool) {
      const entry = workerEntry();
      pool = new Piscina<WorkerTask, WorkerResult>({
        filename: entry.url,
        execArgv: entry.execArgv,
        minThreads: workers,
        maxThreads: workers,
        idleTimeout: 60_000,
        // a small young generation: remark's garbage is short-lived; this keeps each thread's RSS down
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
    }
    const owned = ownedBuffer(task.bytes);
    // the bytes move to the worker instead of being copied (piscina's TransferList type is narrower than what it accepts)
    return pool.run(task, (owned ? { transferList: [owned] } : {}) as Parameters<Piscina['run']>[1]);
  };

  let done = 0;
  const unchanged = new Set<string>();
  let stdinName: string | undefined;
  const processFile = async (given: InputFile, index: number, progress = true): Promise<void> => {
    let file = given;
    try {
      let stamp: FileStamp | null = null;
      if (file.path !== '-') {
        const s = await io(() => stat(file.path, { bigint: true })).catch((e: NodeJS.ErrnoException) => {
          throw new InputError(file.name, `cannot be read (${e.code ?? String(e)})`);
        });
        stamp = { size: Number(s.size), mtimeNs: String(s.mtimeNs) };
        if (sameStamp.get(file.path, stamp.size, stamp.mtimeNs, EXTRACTOR_VERSION) !== undefined) {
          unchanged.add(file.path);
          return;
        }
      }
      const bytes = await io(() => readInput(file));
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (file.path === '-') {
        const name = opts.stdinName ?? `stdin-${hash.slice(0, 12)}`;
        file = { path: stdinPath(name), name };
        stdinName = name;
        const there = storedHashAt.get(file.path) as { content_hash: string } | undefined;
        if (there && there.content_hash !== hash) {
          throw new InputError(file.path, `a different text is already stored under the name ${JSON.stringify(name)}; piped input never replaces one (give another --name)`);
        }
      }
      if (store.isUnchanged(file.path, hash, EXTRACTOR_VERSION)) {
        unchanged.add(file.path);
        if (stamp && stamp.size === bytes.byteLength) writer.touch(file.path, stamp, hash);
        return;
      }
      const copyOf = store.sameBytes(hash, EXTRACTOR_VERSION);
      if (copyOf && copyOf.path !== file.path) {
        writer.alias(file, stamp, hash, copyOf.text_hash, 'same_bytes', copyOf.path);
        return;
      }
      const result = await decode({ bytes, name: file.name });
      if (!result.ok) {
        failures.push({ file: result.file, reason: result.reason });
        return;
      }
      writer.add({ file, index, stamp, hash, result });
    } catch (e) {
      if (e instanceof InputError) failures.push({ file: e.file, reason: e.reason });
      else failures.push({ file: file.name, reason: e instanceof Error ? (e.message.split('\n')[0] ?? 'error') : String(e) });
    } finally {
      if (progress) {
        done++;
        opts.onFile?.(done, files.length, file.name);
      }
    }
  };

  try {
    const running = new Set<Promise<void>>();
    for (const [index, file] of files.entries()) {
      await inFlight.acquire();
      const p = processFile(file, index).finally(() => {
        inFlight.release();
        running.delete(p);
      });
      running.add(p);
    }
    await Promise.all(running);
    writer.flush();
    // A file taken as another path of a stored text (unchanged, or a copy) whose document this
    // run then replaced (the first file changed) holds a text no longer stored: read it again.
    const dangling = new Set((store.db.prepare(`SELECT path FROM document_aliases a
      WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.text_hash = a.text_hash)`).all() as { path: string }[]).map((r) => r.path));
    if (dangling.size > 0) {
      for (const [index, file] of files.entries()) {
        if (!dangling.has(file.path)) continue;
        unchanged.delete(file.path);
        writer.forget(file.path);
        await processFile(file, index, false);
      }
      writer.flush();
    }
  } finally {
    if (pool) await (pool as Piscina).destroy();
  }

  failures.push(...writer.failures);
  // report failures in input order, whatever order the workers finished in
  const order = new Map<string, number>();
  files.forEach((f, i) => {
    if (!order.has(f.name)) order.set(f.name, i);
  });
  const processed = failures.splice(errors.length).sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  failures.push(...processed);
  const position = new Map(files.map((f, i) => [f.path, i]));
  const duplicates = writer.duplicates.slice().sort((a, b) => (position.get(a.file) ?? -1) - (position.get(b.file) ?? -1));
  const summary = {
    files_total: files.length + errors.length,
    files_ok: writer.ok,
    files_unchanged: unchanged.size,
    files_failed: failures.length,
    records_added: writer.added,
    failures,
    files_duplicate: duplicates.length,
    duplicates,
  };
  store.finishRun(runId, summary);
  const byStatus: Record<string, number> = {};
  for (const row of store.db.prepare('SELECT status, COUNT(*) AS n FROM targets GROUP BY status').all() as { status: string; n: number }[]) byStatus[row.status] = row.n;
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  // verdicts followed their texts into the new records as each was saved; say which no longer apply
  const resolved = resolveVerdicts(store.db);
  const verdicts = resolved.applied + resolved.orphans > 0 ? { applied: resolved.applied, orphans: listOrphans(store.db).map(describeOrphan) } : undefined;
  return { ...summary, byStatus, records_total: total, skipped, ...(stdinName === undefined ? {} : { stdin_name: stdinName }), ...(verdicts ? { verdicts } : {}) };
}
