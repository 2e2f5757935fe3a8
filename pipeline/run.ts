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
 *   whose stamp changed is read and hashed; same content (at any path) is skipped
 *   without decoding.
 * A bad file is reported in one line and the run goes on.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { InputError } from './errors.ts';
import { listInputs, readInput, type InputFile } from './ingest.ts';
import { Store, type RunSummary } from './store.ts';
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
  /** Called after each file, for progress reporting. */
  onFile?: (done: number, total: number, file: string) => void;
}

export interface ExtractResult extends RunSummary {
  byStatus: Record<string, number>;
  records_total: number;
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
  stamp: FileStamp | null;
  hash: string;
  result: Extract<WorkerResult, { ok: true }>;
}

/** The single writer: documents in batches, one savepoint per document inside each batch. */
class BatchWriter {
  private batch: Finished[] = [];
  private batchChars = 0;
  ok = 0;
  added = 0;
  readonly failures: { file: string; reason: string }[] = [];
  private readonly upsertFile;
  private readonly saveOne;
  private readonly saveBatch;
  private readonly touchFile;

  constructor(
    private readonly store: Store,
    private readonly maxDocs: number,
    private readonly maxChars = 8_000_000,
  ) {
    const db = store.db;
    this.upsertFile = db.prepare(`INSERT INTO import_files (path, size, mtime_ns, content_hash, extractor_version, records)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
        content_hash = excluded.content_hash, extractor_version = excluded.extractor_version, records = excluded.records`);
    this.touchFile = db.transaction((path: string, stamp: FileStamp, hash: string) => {
      this.upsertFile.run(path, stamp.size, stamp.mtimeNs, hash, EXTRACTOR_VERSION, null);
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
    this.batch.push(f);
    this.batchChars += f.result.doc.text.length;
    if (this.batch.length >= this.maxDocs || this.batchChars >= this.maxChars) this.flush();
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
    this.batch = [];
    this.batchChars = 0;
    let outcomes;
    try {
      outcomes = this.saveBatch.immediate(items);
    } catch (e) {
      const reason = `not stored (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
      outcomes = items.map(() => ({ ok: false as const, reason }));
    }
    outcomes.forEach((o, i) => {
      if (o.ok) {
        this.ok++;
        this.added += o.records;
      } else this.failures.push({ file: (items[i] as Finished).file.name, reason: o.reason });
    });
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

export async function runExtract(paths: readonly string[], opts: ExtractOptions): Promise<ExtractResult> {
  const store = new Store(opts.db);
  store.db.exec(FILES_SCHEMA);
  const runId = store.startRun(EXTRACTOR_VERSION);
  const { files, errors } = await listInputs(paths);
  const failures = errors.map((e) => ({ file: e.file, reason: e.reason }));
  const workers = Math.max(0, Math.floor(opts.workers ?? defaultWorkers(files.length)));
  const io = pLimit(Math.max(1, opts.concurrency ?? 4));
  const writer = new BatchWriter(store, Math.max(1, opts.batchSize ?? 32));
  // files between reading and the writer; bounds memory whatever the corpus size
  const inFlight = semaphore(Math.max(4, workers * 4, opts.concurrency ?? 4));
  const sameStamp = store.db.prepare(`SELECT 1 FROM import_files f
    JOIN documents d ON d.content_hash = f.content_hash AND d.extractor_version = f.extractor_version
    WHERE f.path = ? AND f.size = ? AND f.mtime_ns = ? AND f.extractor_version = ? LIMIT 1`);

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
  let unchanged = 0;
  const processFile = async (file: InputFile): Promise<void> => {
    try {
      let stamp: FileStamp | null = null;
      if (file.path !== '-') {
        const s = await io(() => stat(file.path, { bigint: true })).catch((e: NodeJS.ErrnoException) => {
          throw new InputError(file.name, `cannot be read (${e.code ?? String(e)})`);
        });
        stamp = { size: Number(s.size), mtimeNs: String(s.mtimeNs) };
        if (sameStamp.get(file.path, stamp.size, stamp.mtimeNs, EXTRACTOR_VERSION) !== undefined) {
          unchanged++;
          return;
        }
      }
      const bytes = await io(() => readInput(file));
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (file.path !== '-' && store.isUnchanged(file.path, hash, EXTRACTOR_VERSION)) {
        unchanged++;
        if (stamp && stamp.size === bytes.byteLength) writer.touch(file.path, stamp, hash);
        return;
      }
      const result = await decode({ bytes, name: file.name });
      if (!result.ok) {
        failures.push({ file: result.file, reason: result.reason });
        return;
      }
      writer.add({ file, stamp, hash, result });
    } catch (e) {
      if (e instanceof InputError) failures.push({ file: e.file, reason: e.reason });
      else failures.push({ file: file.name, reason: e instanceof Error ? (e.message.split('\n')[0] ?? 'error') : String(e) });
    } finally {
      done++;
      opts.onFile?.(done, files.length, file.name);
    }
  };

  try {
    const running = new Set<Promise<void>>();
    for (const file of files) {
      await inFlight.acquire();
      const p = processFile(file).finally(() => {
        inFlight.release();
        running.delete(p);
      });
      running.add(p);
    }
    await Promise.all(running);
    writer.flush();
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
  const summary: RunSummary = {
    files_total: files.length + errors.length,
    files_ok: writer.ok,
    files_unchanged: unchanged,
    files_failed: failures.length,
    records_added: writer.added,
    failures,
  };
  store.finishRun(runId, summary);
  const byStatus: Record<string, number> = {};
  for (const row of store.db.prepare('SELECT status, COUNT(*) AS n FROM targets GROUP BY status').all() as { status: string; n: number }[]) byStatus[row.status] = row.n;
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  store.close();
  return { ...summary, byStatus, records_total: total };
}
