/**
 * The extract run: inputs → (unchanged?) → read → decode + extract → store.
 *
 * - File I/O (stat, read) runs concurrently under p-limit.
 * - The CPU stages (decode, extractDocument) run on a piscina worker-thread pool
 *   (pipeline/worker.ts); `workers: 0` runs them inline on the main thread.
 * - One writer, on the main thread, batches finished documents into transactions:
 *   each document is its own savepoint inside the batch, so a document that fails to
 *   store leaves no rows, and a crash loses at most the open batch, never half a
 *   document. Other processes may write into the same database at once (SQLite: one
 *   write transaction at a time; PostgreSQL: serialisable transactions, run again when
 *   another writer got there first): inside the transaction each document is looked
 *   for again by its text, so a text another process stored meanwhile is recorded as
 *   another path of it, never stored twice.
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
import { sql } from './db/kysely.ts';
import { firstLine, inSavepoint, type Queries } from './db/connect.ts';
import { isConnectionFailure } from './db/postgres.ts';
import { dbTarget } from './db/target.ts';
import { DatabaseError, InputError, UsageError } from './errors.ts';
import { listInputs, readInput, type InputFile, type Skipped } from './ingest.ts';
import { Store, writeAlias, writeDocument, type Duplicate, type RunSummary } from './store.ts';
import { describeOrphan, listOrphans, resolveAllVerdicts } from './verdicts.ts';
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
  /** False when the run imported nothing into a database file it created, and removed it again. */
  db_kept: boolean;
  /** Write transactions run again because another process wrote at the same time (PostgreSQL; SQLite when it found the file busy). */
  write_retries: number;
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
  if (opts.stdinName !== undefined && (opts.stdinName.trim() === '' || /[/\\\u0000-\u001f]/.test(opts.stdinName))) {
    throw new UsageError(`--name must be a file name (no slashes or control characters), not ${JSON.stringify(opts.stdinName)}`);
  }
}

/** Fewer files than this: work on the main thread; a worker would cost more to start than it saves. */
const FEW_FILES = 8;

export function defaultWorkers(files: number): number {
  return files < FEW_FILES ? 0 : Math.max(1, Math.min(2, availableParallelism()));
}

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

type Outcome =
  | { ok: true; records: number }
  | { ok: true; alias: { kind: Duplicate['kind']; same_as: string } }
  | { ok: true; unchanged: true }
  | { ok: false; reason: string };

/** Remember a file's stamp with the content it had; `records` null keeps the count of the same content stored by this version. */
async function upsertFile(tx: Queries, path: string, stamp: FileStamp, hash: string, records: number | null): Promise<void> {
  // (a touch, records NULL, keeps the count of the same content stored by this version: another process may
  // have stored the file between this one's read and its check, and its count is what the document holds)
  await sql`INSERT INTO import_files (path, size, mtime_ns, content_hash, extractor_version, records)
    VALUES (${path}, ${stamp.size}, ${stamp.mtimeNs}, ${hash}, ${EXTRACTOR_VERSION}, ${records})
    ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
      content_hash = excluded.content_hash, extractor_version = excluded.extractor_version,
      records = CASE WHEN excluded.records IS NULL AND import_files.content_hash = excluded.content_hash
        AND import_files.extractor_version = excluded.extractor_version THEN import_files.records ELSE excluded.records END`.execute(tx);
}

/**
 * The single writer: documents in batches, one savepoint per document inside each batch. Writes
 * run one after another, in the order they were asked for.
 */
class BatchWriter {
  private batch: Finished[] = [];
  private batchChars = 0;
  /** The batch's documents by text digest, and the files of this batch with the same text as one of them. */
  private readonly pendingText = new Map<string, Finished>();
  private pendingDuplicates: { f: Finished; of: Finished }[] = [];
  /** The last write asked for: the next one starts when it ends. */
  private writing: Promise<void> = Promise.resolve();
  ok = 0;
  added = 0;
  readonly failures: { file: string; reason: string }[] = [];
  duplicates: Duplicate[] = [];
  /** Files another process stored with the same content while this one read them. */
  readonly storedMeanwhile = new Set<string>();
  /** The server was lost: the run stops with this error rather than fail every file after it. */
  fatal: unknown;

  constructor(
    private readonly store: Store,
    private readonly maxDocs: number,
    private readonly maxChars = 8_000_000,
  ) {}

  private enqueue(write: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(write);
    return this.writing;
  }

  async add(f: Finished): Promise<void> {
    const textHash = f.result.textHash;
    // a stored document of this version with this text: this file is another path of it
    const stored = this.pendingText.has(textHash) ? undefined : await this.store.sameText(textHash, EXTRACTOR_VERSION);
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
    if (stored && stored.path !== f.file.path) {
      await this.alias(f.file, f.stamp, f.hash, textHash, stored.content_hash === f.hash ? 'same_bytes' : 'same_text', stored.path);
      return;
    }
    this.batch.push(f);
    this.pendingText.set(textHash, f);
    this.batchChars += f.result.doc.text.length;
    if (this.batch.length >= this.maxDocs || this.batchChars >= this.maxChars) await this.flush();
  }

  /** Drop what was said about `path` (it is read again). */
  forget(path: string): void {
    this.duplicates = this.duplicates.filter((d) => d.file !== path);
  }

  /** Record `file` as another path of the stored document at `sameAs`. */
  alias(file: InputFile, stamp: FileStamp | null, hash: string, textHash: string, kind: Duplicate['kind'], sameAs: string): Promise<void> {
    return this.enqueue(async () => {
      try {
        const recorded = await this.store.db.write(async (tx) => {
          const a = await writeAlias(tx, { path: file.path, file_name: file.name, content_hash: hash, text_hash: textHash, kind, same_as: sameAs });
          if (stamp) await upsertFile(tx, file.path, stamp, hash, a ? 0 : null);
          return a;
        });
        // (null: another process stored this very file meanwhile)
        if (recorded) this.duplicates.push({ file: file.path, kind: recorded.kind, same_as: recorded.same_as });
        else this.storedMeanwhile.add(file.path);
      } catch (e) {
        if (isConnectionFailure(e)) this.fatal ??= e;
        this.failures.push({ file: file.name, reason: `not recorded (${firstLine(e)})` });
      }
    });
  }

  /** Remember the stamp of a file found unchanged by its hash, so next time it is not even read. */
  touch(path: string, stamp: FileStamp, hash: string): Promise<void> {
    return this.enqueue(async () => {
      try {
        await this.store.db.write((tx) => upsertFile(tx, path, stamp, hash, null));
      } catch {
        // only an optimisation
      }
    });
  }

  /** Store one document inside the batch's transaction, unless another writer stored its text meanwhile. */
  private async saveOne(tx: Queries, f: Finished): Promise<Outcome> {
    const { doc, format, encoding, textHash } = f.result;
    // looked for again inside the transaction: another process may have stored this text since it was read
    const holder = await this.store.sameText(textHash, EXTRACTOR_VERSION, tx);
    if (holder && holder.path === f.file.path && holder.content_hash === f.hash) {
      if (f.stamp) await upsertFile(tx, f.file.path, f.stamp, f.hash, null);
      return { ok: true, unchanged: true };
    }
    if (holder && holder.path !== f.file.path) {
      const kind = holder.content_hash === f.hash ? 'same_bytes' : 'same_text';
      const a = await writeAlias(tx, { path: f.file.path, file_name: f.file.name, content_hash: f.hash, text_hash: textHash, kind, same_as: holder.path });
      if (f.stamp) await upsertFile(tx, f.file.path, f.stamp, f.hash, 0);
      return { ok: true, alias: { kind: a?.kind ?? kind, same_as: a?.same_as ?? holder.path } };
    }
    const written = await writeDocument(
      tx,
      this.store.db.dialect,
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
        text_hash: textHash,
        lang: doc.lang,
        dropped: doc.dropped,
      },
      doc.records,
    );
    if (f.stamp) await upsertFile(tx, f.file.path, f.stamp, f.hash, written);
    return { ok: true, records: written };
  }

  flush(): Promise<void> {
    if (this.batch.length === 0) return this.writing;
    // in the order the files were given: the ids of a batch's documents follow it, whatever order they were read in
    const items = this.batch.sort((a, b) => a.index - b.index);
    const duplicates = this.pendingDuplicates;
    this.batch = [];
    this.batchChars = 0;
    this.pendingText.clear();
    this.pendingDuplicates = [];
    return this.enqueue(() => this.writeBatch(items, duplicates));
  }

  private async writeBatch(items: Finished[], duplicates: { f: Finished; of: Finished }[]): Promise<void> {
    const db = this.store.db;
    let outcomes: Outcome[];
    try {
      outcomes = await db.write(async (tx) => {
        const out: Outcome[] = [];
        for (const [i, f] of items.entries()) {
          try {
            // a savepoint per document: a failing document rolls back alone
            out.push(await inSavepoint(tx, `doc_${i}`, () => this.saveOne(tx, f)));
          } catch (e) {
            // another writer got there first: the whole batch runs again (db.write)
            if (db.dialect.isRetryable(e)) throw e;
            out.push({ ok: false, reason: `not stored (${firstLine(e)})` });
          }
        }
        return out;
      });
    } catch (e) {
      if (isConnectionFailure(e)) this.fatal ??= e;
      const reason = `not stored (${firstLine(e)})`;
      outcomes = items.map(() => ({ ok: false as const, reason }));
    }
    /** Where the text of each item of the batch is stored now. */
    const storedAt = new Map<Finished, { path: string; hash: string }>();
    outcomes.forEach((o, i) => {
      const item = items[i] as Finished;
      if (!o.ok) this.failures.push({ file: item.file.name, reason: o.reason });
      else if ('alias' in o) {
        this.duplicates.push({ file: item.file.path, ...o.alias });
        storedAt.set(item, { path: o.alias.same_as, hash: o.alias.kind === 'same_bytes' ? item.hash : '' });
      } else if ('unchanged' in o) {
        this.storedMeanwhile.add(item.file.path);
        storedAt.set(item, { path: item.file.path, hash: item.hash });
      } else {
        this.ok++;
        this.added += o.records;
        storedAt.set(item, { path: item.file.path, hash: item.hash });
      }
    });
    for (const { f, of } of duplicates) {
      const at = storedAt.get(of);
      if (at) void this.alias(f.file, f.stamp, f.hash, f.result.textHash, at.hash === f.hash ? 'same_bytes' : 'same_text', at.path);
      else this.failures.push({ file: f.file.name, reason: `not stored (same text as ${of.file.path}, which could not be stored)` });
    }
  }

  /** Wait for every write asked for so far, and those they asked for in turn. */
  async drain(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.writing;
      await last;
    } while (last !== this.writing);
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
  const target = dbTarget(opts.db);
  // a database file this run creates is removed again if it imports nothing (a server's database stays)
  const file = target.kind === 'sqlite' ? target.file : undefined;
  const isNew = file !== undefined && file !== ':memory:' && !existsSync(file);
  let madeDir: string | undefined;
  try {
    madeDir = isNew ? mkdirSync(dirname(file), { recursive: true }) : undefined;
  } catch (e) {
    throw new DatabaseError(opts.db, `its folder cannot be made (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let store: Store;
  try {
    store = await Store.open(target);
  } catch (e) {
    if (isNew) removeNewDatabase(file, madeDir);
    throw e;
  }
  let finished = false;
  let runId: number | undefined;
  try {
    runId = await store.startRun(EXTRACTOR_VERSION);
    const result = await runWith(store, runId, paths, opts);
    finished = true;
    // (another process may have created the same new file at once and written into it: that is kept)
    const keep =
      !isNew ||
      result.files_ok > 0 ||
      result.files_duplicate > 0 ||
      (await store.db.q.selectFrom('documents').select('id').limit(1).executeTakeFirst()) !== undefined;
    await store.close();
    if (!keep && file !== undefined) removeNewDatabase(file, madeDir);
    return { ...result, db_kept: keep };
  } finally {
    if (!finished) {
      // an unexpected error: the run's row still says it ended, and how
      try {
        if (runId !== undefined)
          await store.finishRun(runId, {
            files_total: 0,
            files_ok: 0,
            files_unchanged: 0,
            files_failed: 1,
            records_added: 0,
            failures: [{ file: '(run)', reason: 'the run stopped on an internal error' }],
            files_duplicate: 0,
            duplicates: [],
          });
      } catch {
        // the error being thrown says more than this one
      }
      await store.close().catch(() => undefined);
      if (isNew && file !== undefined) removeNewDatabase(file, madeDir);
    }
  }
}

async function runWith(store: Store, runId: number, paths: readonly string[], opts: ExtractOptions): Promise<Omit<ExtractResult, 'db_kept'>> {
  const q = store.db.q;
  const { files, errors, skipped } = await listInputs(paths);
  const failures = errors.map((e) => ({ file: e.file, reason: e.reason }));
  const workers = Math.max(0, Math.floor(opts.workers ?? defaultWorkers(files.length)));
  const io = pLimit(Math.max(1, opts.concurrency ?? 4));
  const writer = new BatchWriter(store, Math.max(1, opts.batchSize ?? 32));
  // files between reading and the writer; bounds memory whatever the corpus size
  const inFlight = semaphore(Math.max(4, workers * 4, opts.concurrency ?? 4));
  // the file's stamp is as recorded, and what was recorded for it is still there: a document at
  // that path with those bytes, or that path recorded as another path of a document
  const sameStamp = async (path: string, stamp: FileStamp): Promise<boolean> =>
    (
      await sql<{ one: number }>`SELECT 1 AS one FROM import_files f
      WHERE f.path = ${path} AND f.size = ${stamp.size} AND f.mtime_ns = ${stamp.mtimeNs} AND f.extractor_version = ${EXTRACTOR_VERSION}
        AND (EXISTS (SELECT 1 FROM documents d WHERE d.path = f.path AND d.content_hash = f.content_hash AND d.extractor_version = f.extractor_version)
          OR EXISTS (SELECT 1 FROM document_aliases a JOIN documents d ON d.text_hash = a.text_hash
            WHERE a.path = f.path AND a.content_hash = f.content_hash AND d.extractor_version = f.extractor_version))
      LIMIT 1`.execute(q)
    ).rows.length > 0;
  const storedHashAt = async (path: string): Promise<string | undefined> =>
    (await q.selectFrom('documents').select('content_hash').where('path', '=', path).executeTakeFirst())?.content_hash;

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
        if (await sameStamp(file.path, stamp)) {
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
        const there = await storedHashAt(file.path);
        if (there !== undefined && there !== hash) {
          throw new InputError(
            file.path,
            `a different text is already stored under the name ${JSON.stringify(name)}; piped input never replaces one (give another --name)`,
          );
        }
      }
      if (await store.isUnchanged(file.path, hash, EXTRACTOR_VERSION)) {
        unchanged.add(file.path);
        if (stamp && stamp.size === bytes.byteLength) await writer.touch(file.path, stamp, hash);
        return;
      }
      const copyOf = await store.sameBytes(hash, EXTRACTOR_VERSION);
      if (copyOf && copyOf.path !== file.path) {
        await writer.alias(file, stamp, hash, copyOf.text_hash, 'same_bytes', copyOf.path);
        return;
      }
      const result = await decode({ bytes, name: file.name });
      if (!result.ok) {
        failures.push({ file: result.file, reason: result.reason });
        return;
      }
      await writer.add({ file, index, stamp, hash, result });
    } catch (e) {
      if (isConnectionFailure(e)) writer.fatal ??= e;
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
      if (writer.fatal !== undefined) break;
      const p = processFile(file, index).finally(() => {
        inFlight.release();
        running.delete(p);
      });
      running.add(p);
    }
    await Promise.all(running);
    await writer.flush();
    await writer.drain();
    if (writer.fatal !== undefined) throw writer.fatal;
    // A file taken as another path of a stored text (unchanged, or a copy) whose document this
    // run then replaced (the first file changed) holds a text no longer stored: read it again.
    const dangling = new Set(
      (
        await sql<{ path: string }>`SELECT path FROM document_aliases a
      WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.text_hash = a.text_hash)`.execute(q)
      ).rows.map((r) => r.path),
    );
    if (dangling.size > 0) {
      for (const [index, file] of files.entries()) {
        if (!dangling.has(file.path)) continue;
        unchanged.delete(file.path);
        writer.forget(file.path);
        await processFile(file, index, false);
      }
      await writer.flush();
      await writer.drain();
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
  for (const p of writer.storedMeanwhile) unchanged.add(p);
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
  await store.finishRun(runId, summary);
  const byStatus: Record<string, number> = {};
  const counts = await q
    .selectFrom('targets')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  for (const row of counts) byStatus[row.status] = Number(row.n);
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  // verdicts followed their texts into the new records as each was saved; say which no longer apply
  const resolved = await resolveAllVerdicts(store.db);
  const verdicts =
    resolved.applied + resolved.orphans > 0 ? { applied: resolved.applied, orphans: (await listOrphans(store.db)).map(describeOrphan) } : undefined;
  return {
    ...summary,
    byStatus,
    records_total: total,
    skipped,
    write_retries: store.db.retries,
    ...(stdinName === undefined ? {} : { stdin_name: stdinName }),
    ...(verdicts ? { verdicts } : {}),
  };
}
