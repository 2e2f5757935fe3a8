/**
 * Many writers into one PostgreSQL server (issue 14), on a real throwaway server (test/pg.ts):
 *   - four extract processes importing overlapping folders at once (every file in two of them, a
 *     folder of copies in all four) store every text once, every record, and report no error;
 *   - an import killed with SIGKILL leaves no partial document, and a rerun completes it;
 *   - `migrate` copies a SQLite database into the server, and copying it again changes nothing.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sql } from '../pipeline/db/kysely.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../pipeline/bench/corpus.ts';
import { Db } from '../pipeline/db/connect.ts';
import { readRows } from '../pipeline/export.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { migrateDatabase } from '../pipeline/migrate.ts';
import { recordKey, type RecordFields } from '../pipeline/record.ts';
import { addVerdict } from '../pipeline/verdicts.ts';
import { runExtract } from '../pipeline/run.ts';
import { dump, SKIP_PG, usePostgres } from './pg.ts';

const { database } = usePostgres();
const dir = mkdtempSync(join(tmpdir(), 'chitieu-pg-writers-'));
const corpus = join(dir, 'corpus');
const quarters = [0, 1, 2, 3].map((i) => join(dir, `q${i}`));
const copies = join(dir, 'copies');
/** Every path given to the four processes, and the texts behind them. */
const allPaths: string[] = [];
let texts = 0;

beforeAll(() => {
  ensureCorpus({ dir: corpus, seed: 11, minDocs: 40, minBytes: 0, prefixes: [] });
  const docs = readdirSync(join(corpus, 'p00'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  texts = docs.length;
  docs.forEach((f, i) => {
    const q = quarters[i % 4] as string;
    mkdirSync(q, { recursive: true });
    cpSync(join(corpus, 'p00', f), join(q, f));
    allPaths.push(join(q, f));
  });
  // the same bytes at another path, and the same text in other bytes (a byte order mark), of one file per quarter
  mkdirSync(copies);
  for (let i = 0; i < 4; i++) {
    const f = docs[i] as string;
    const text = readFileSync(join(corpus, 'p00', f));
    writeFileSync(join(copies, `copy-${f}`), text);
    writeFileSync(join(copies, `bom-${f}`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    allPaths.push(join(copies, `copy-${f}`), join(copies, `bom-${f}`));
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
}

function extract(db: string, paths: string[], workers = 1): { kill: () => void; done: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'extract', ...paths, '--db', db, '--workers', String(workers), '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CHITIEU_DATABASE_URL: '' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err })));
  return { kill: () => child.kill('SIGKILL'), done };
}

/** Every stored document is whole: its records are those a fresh extraction gives, and the count written with it. */
async function checkWhole(url: string): Promise<number> {
  const db = await Db.open(url, 'existing');
  try {
    const orphans = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM targets WHERE document_id NOT IN (SELECT id FROM documents)`.execute(db.q);
    expect(orphans.rows[0]?.n).toBe(0);
    const rows = (
      await sql<{ path: string; file_name: string; text: string; expected: number | null; n: number }>`
      SELECT d.path, d.file_name, d.text, f.records AS expected, (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id) AS n
      FROM documents d LEFT JOIN import_files f ON f.path = d.path`.execute(db.q)
    ).rows;
    for (const r of rows) {
      expect(r.n, r.path).toBe(r.expected);
      const fresh = extractDocument(readFileSync(r.path, 'utf8').replace(/^\uFEFF/, ''), r.file_name);
      expect(r.n, r.path).toBe(fresh.records.length);
      expect(r.text).toBe(fresh.text);
    }
    const stray = await sql<{
      n: number;
    }>`SELECT COUNT(*) AS n FROM import_files WHERE records IS NOT NULL AND records > 0 AND path NOT IN (SELECT path FROM documents)`.execute(db.q);
    expect(stray.rows[0]?.n).toBe(0);
    return rows.length;
  } finally {
    await db.close();
  }
}

/** The records of each text (by its digest), with what identifies them: the same in two databases that hold the same texts. */
async function recordsByText(what: string): Promise<unknown[]> {
  const db = await Db.open(what, 'existing');
  try {
    return (
      await sql`SELECT d.text_hash, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max, t.comparator,
        t.quote, t.start, t."end", t.section_path, t.rule, t.part
      FROM targets t JOIN documents d ON d.id = t.document_id ORDER BY d.text_hash, t.start, t."end", t.metric, t.subject`.execute(db.q)
    ).rows;
  } finally {
    await db.close();
  }
}

describe.skipIf(SKIP_PG)('many writers into one server', { timeout: 600_000 }, () => {
  it('four extract processes importing overlapping folders at once: every text once, every record, no error', async () => {
    const url = await database('four');
    // each quarter goes to two processes, the copies to all four; all start at once against an empty database
    const runs = [0, 1, 2, 3].map((i) => extract(url, [quarters[i] as string, quarters[(i + 1) % 4] as string, copies]));
    const exits = await Promise.all(runs.map((r) => r.done));
    let retries = 0;
    for (const e of exits) {
      expect(e.code, e.err).toBe(0);
      expect(e.err).not.toMatch(/error|could not|serializ|duplicate key/i);
      const s = JSON.parse(e.out) as {
        files_total: number;
        files_failed: number;
        files_ok: number;
        files_unchanged: number;
        files_duplicate: number;
        write_retries: number;
      };
      expect(s.files_failed).toBe(0);
      expect(s.files_ok + s.files_unchanged + s.files_duplicate).toBe(s.files_total);
      retries += s.write_retries;
    }
    process.stderr.write(`four writers: ${retries} write transactions run again after a conflict\n`);

    // every text once, whole
    expect(await checkWhole(url)).toBe(texts);
    const db = await Db.open(url, 'existing');
    const docs = await db.q.selectFrom('documents').select(['path', 'text_hash']).execute();
    const aliases = await db.q.selectFrom('document_aliases').select(['path', 'same_as', 'text_hash']).execute();
    await db.close();
    expect(new Set(docs.map((d) => d.text_hash)).size).toBe(texts);
    // every path given is a document or recorded as another path of one, never both
    const docPaths = new Set(docs.map((d) => d.path));
    for (const a of aliases) {
      expect(docPaths.has(a.path), a.path).toBe(false);
      expect(docs.find((d) => d.text_hash === a.text_hash)?.path, a.path).toBe(a.same_as);
    }
    expect([...docPaths, ...aliases.map((a) => a.path)].sort()).toEqual([...allPaths].sort());

    // every record: the same, text by text, as one process extracting everything into SQLite
    const file = join(dir, 'one.sqlite');
    const one = await runExtract([...quarters, copies], { db: file, workers: 0 });
    expect(one.files_failed).toBe(0);
    const expected = await recordsByText(file);
    expect(expected.length).toBeGreaterThan(200);
    expect(await recordsByText(url)).toEqual(expected);

    // and a fifth run finds everything there
    const again = await extract(url, [...quarters, copies], 0).done;
    expect(JSON.parse(again.out)).toMatchObject({ files_ok: 0, files_failed: 0, records_added: 0 });
  });

  it('an import killed mid-way leaves no partial document, and a rerun completes it', async () => {
    const url = await database('killed');
    const run = extract(url, quarters, 1);
    const started = Date.now();
    let seen = 0;
    const db = await Db.open(url);
    try {
      while (Date.now() - started < 120_000) {
        seen = Number(
          (
            await db.q
              .selectFrom('documents')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
        if (seen > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await db.close();
    }
    run.kill();
    const exit = await run.done;
    expect(exit.signal).toBe('SIGKILL');
    expect(seen).toBeGreaterThan(0);
    const stored = await checkWhole(url);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(texts);
    const rerun = await runExtract(quarters, { db: url, workers: 0 });
    expect(rerun.files_failed).toBe(0);
    expect(rerun.files_unchanged).toBe(stored);
    expect(rerun.files_ok).toBe(texts - stored);
    expect(await checkWhole(url)).toBe(texts);
  });

  it('migrate copies a SQLite database into the server; copying it again gives the same database', async () => {
    const file = join(dir, 'analyst.sqlite');
    const first = await runExtract([quarters[0] as string, 'seeds/'], { db: file, workers: 0 });
    expect(first.files_ok).toBeGreaterThan(10);
    // another path of a stored text, and a second run
    const alias = join(dir, 'alias');
    mkdirSync(alias);
    cpSync('seeds/000_f2d91f2754347d31.txt', join(alias, 'again.txt'));
    const second = await runExtract([alias], { db: file, workers: 0 });
    expect(second.files_duplicate).toBe(1);
    // a reviewer's verdicts: one accepted record, one corrected
    const local = await Db.open(file, 'existing');
    const recs = await sql<{
      id: number;
      subject: string;
      metric: string;
      sector: string | null;
      status: string;
      year: number | null;
      unit: string;
      value: number;
      value_max: number | null;
      comparator: string;
      start: number;
      end: number;
      text_hash: string;
    }>`
      SELECT t.id, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max, t.comparator, t.start, t."end", d.text_hash
      FROM targets t JOIN documents d ON d.id = t.document_id WHERE t.metric <> 'other' ORDER BY t.id LIMIT 2`.execute(local.q);
    const [r1, r2] = recs.rows as [(typeof recs.rows)[number], (typeof recs.rows)[number]];
    const seenOf = (r: typeof r1) => ({ id: r.id, text_hash: r.text_hash, start: r.start, end: r.end, key: recordKey(r as unknown as RecordFields) });
    await addVerdict(local, { kind: 'accept', record: seenOf(r1), expect: null, reviewer: 'Lan' });
    await addVerdict(local, {
      kind: 'correct',
      record: seenOf(r2),
      expect: null,
      reviewer: 'Minh',
      fields: { ...(r2 as unknown as RecordFields), value: r2.value + 1 },
    });
    await local.close();

    const url = await database('migrated');
    const once = await migrateDatabase(file, url);
    expect(once).toMatchObject({
      documents_copied: first.files_ok,
      documents_unchanged: 0,
      documents_aliased: 0,
      aliases: 1,
      runs_copied: 2,
      verdicts_copied: 2,
    });
    const afterOnce = await dump(url);
    const twice = await migrateDatabase(file, url);
    expect(twice).toMatchObject({
      documents_copied: 0,
      records_copied: 0,
      documents_unchanged: first.files_ok,
      documents_aliased: 0,
      runs_copied: 0,
      verdicts_copied: 0,
    });
    expect(await dump(url)).toEqual(afterOnce);

    // the server holds what the file holds: the same rows (but ids and the times of the copy), the same export
    const a = await dump(file, { ids: false });
    const b = await dump(url, { ids: false });
    expect(b.documents).toEqual(a.documents);
    expect(b.targets).toEqual(a.targets);
    expect(b.document_aliases).toEqual(a.document_aliases);
    expect(b.import_files).toEqual(a.import_files);
    expect(b.runs).toEqual(a.runs);
    expect(b.drops?.length).toBeGreaterThan(10);
    expect(b.drops).toEqual(a.drops);
    expect(b.verdicts).toHaveLength(2);
    expect(b.verdicts).toEqual(a.verdicts);
    // the verdicts apply on the server as in the file: the same reviewed records
    const reviewedOf = async (what: string) => {
      const d = await Db.open(what, 'existing');
      try {
        return (await sql`SELECT file_name, quote, verdict, reviewer, metric, value FROM v_reviewed ORDER BY quote`.execute(d.q)).rows;
      } finally {
        await d.close();
      }
    };
    expect(await reviewedOf(url)).toEqual(await reviewedOf(file));
    expect(await reviewedOf(url)).toHaveLength(2);
    const strip = (rows: { id: number }[]) => rows.map(({ id: _id, ...r }) => r);
    expect(strip(await readRows(url))).toEqual(strip(await readRows(file)));

    // a text the server already holds at another path is not stored twice
    const other = join(dir, 'other.sqlite');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    cpSync('seeds/001_482f7cef224ecb08.txt', join(elsewhere, basename('tin.txt')));
    await runExtract([elsewhere], { db: other, workers: 0 });
    const third = await migrateDatabase(other, url);
    expect(third).toMatchObject({ documents_copied: 0, documents_aliased: 1 });
    const d = await dump(url);
    expect(d.documents).toHaveLength(afterOnce.documents?.length ?? -1);
    expect(d.document_aliases?.map((x) => (x as { path: string }).path)).toContain(join(elsewhere, 'tin.txt'));
  });
});
