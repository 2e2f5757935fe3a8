/**
 * One text is one document: the same text arriving as .txt, .docx, .pdf or in
 * Windows-1258 is stored once and its other paths recorded ("same text as"); the same
 * bytes at a new path are recorded too ("same bytes as"). Nothing doubles a total.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../pipeline/run.ts';
import { Store } from '../pipeline/store.ts';
import { textDigest } from '../pipeline/text-digest.ts';
import { makeFixtures, SEED_DIR, type FixtureSet } from './fixtures/make-fixtures.ts';

const SEED = '001_482f7cef224ecb08.txt';

function query<T>(db: string, sql: string): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}

const documents = (db: string) => query<{ path: string }>(db, 'SELECT path FROM documents ORDER BY path').map((r) => r.path);
const targets = (db: string) => query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM targets')[0]?.n ?? 0;
const aliases = (db: string) => query<{ path: string; kind: string; same_as: string }>(db, 'SELECT path, kind, same_as FROM document_aliases ORDER BY path');

describe('one text, one document', { timeout: 120_000 }, () => {
  let fx: FixtureSet;
  let dir: string;
  const of = (kind: string): string => {
    const f = fx.fixtures.find((x) => x.seed === SEED && x.kind === kind);
    if (!f) throw new Error(kind);
    return f.path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-same-'));
    fx = await makeFixtures(join(dir, 'fx'));
  });

  it('the digest of the text is the same for the .txt, its .docx, .pdf and Windows-1258 copy', () => {
    expect(textDigest('**Mục tiêu:**  Có 5 HTX.\n\n- 6 THT')).toBe(textDigest('Mục tiêu: Có 5 HTX. 6 THT'));
    expect(textDigest('Có 5 HTX.')).not.toBe(textDigest('Có 6 HTX.'));
    expect(textDigest('Hợp tác xã'.normalize('NFD'))).toBe(textDigest('hợp tác xã'));
  });

  it('the .docx, .pdf and Windows-1258 copy of a stored text are "same text as", and add no record', async () => {
    const db = join(dir, 'formats.sqlite');
    const txt = join(dir, SEED);
    copyFileSync(join(SEED_DIR, SEED), txt);
    const first = await runExtract([txt], { db, workers: 0 });
    expect(first.files_ok).toBe(1);
    const records = targets(db);
    expect(records).toBeGreaterThan(3);

    const others = [of('docx'), of('pdf'), of('windows-1258'), of('utf-16le')];
    const r = await runExtract(others, { db, workers: 0 });
    expect(r.files_ok).toBe(0);
    expect(r.files_failed).toBe(0);
    expect(r.files_duplicate).toBe(4);
    expect(r.duplicates).toEqual(others.map((file) => ({ file, kind: 'same_text', same_as: txt })));
    expect(documents(db)).toEqual([txt]);
    expect(targets(db)).toBe(records);
    expect(
      aliases(db)
        .map((a) => a.path)
        .sort(),
    ).toEqual([...others].sort());

    // recorded, so the next run finds them unchanged without decoding them again
    const again = await runExtract([txt, ...others], { db, workers: 0 });
    expect(again.files_unchanged).toBe(5);
    expect(again.files_duplicate).toBe(0);
  });

  it('new files of one text in one run: the one given first is stored, whichever finishes first', async () => {
    const db = join(dir, 'together.sqlite');
    const inputs = [of('windows-1258'), of('docx'), of('pdf')];
    const r = await runExtract(inputs, { db, workers: 2 });
    expect(r.files_ok).toBe(1);
    expect(r.files_duplicate).toBe(2);
    expect(documents(db)).toEqual([inputs[0]]);
    expect(r.duplicates.map((d) => d.same_as)).toEqual([inputs[0], inputs[0]]);
  });

  it('the same bytes at a new path: the path is recorded and the run says so', async () => {
    const db = join(dir, 'copy.sqlite');
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX và có 400 hợp tác xã.\n');
    copyFileSync(a, b);
    await runExtract([a], { db, workers: 0 });
    const r = await runExtract([b], { db, workers: 0 });
    expect(r.duplicates).toEqual([{ file: b, kind: 'same_bytes', same_as: a }]);
    expect(documents(db)).toEqual([a]);
    expect(aliases(db)).toEqual([{ path: b, kind: 'same_bytes', same_as: a }]);
    expect(targets(db)).toBe(2);

    // the first file changes: the copy still holds the old text, which is now stored from it
    writeFileSync(a, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 40 HTX.\n');
    const after = await runExtract([a, b], { db, workers: 0 });
    expect(after.files_ok).toBe(2);
    expect(documents(db)).toEqual([a, b]);
    expect(aliases(db)).toEqual([]);
    expect(targets(db)).toBe(3);
  });

  it('a path that held a document and now holds another stored text becomes a path of that one', async () => {
    const db = join(dir, 'becomes.sqlite');
    const a = join(dir, 'c.txt');
    const b = join(dir, 'd.txt');
    writeFileSync(a, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX.\n');
    writeFileSync(b, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 36 HTX.\n');
    await runExtract([a, b], { db, workers: 0 });
    writeFileSync(b, 'Năm 2024,   toàn tỉnh phấn đấu thành lập mới 35 HTX.\r\n');
    const r = await runExtract([b], { db, workers: 0 });
    expect(r.duplicates).toEqual([{ file: b, kind: 'same_text', same_as: a }]);
    expect(documents(db)).toEqual([a]);
    expect(targets(db)).toBe(1);
  });

  it('a database from before text digests gets them when it is opened', async () => {
    const db = join(dir, 'old.sqlite');
    const d = new Database(db);
    d.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL,
      content_hash TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL, text TEXT NOT NULL, imported_at TEXT NOT NULL,
      extractor_version TEXT NOT NULL, title TEXT, doc_type TEXT NOT NULL, doc_number TEXT, issuer TEXT, issued TEXT,
      plan_year INTEGER, period_start INTEGER, period_end INTEGER, province TEXT, district TEXT, province_today TEXT,
      diagnostics TEXT NOT NULL DEFAULT '[]');
      CREATE TABLE targets (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      subject TEXT NOT NULL, metric TEXT NOT NULL, sector TEXT, status TEXT NOT NULL, year INTEGER, unit TEXT NOT NULL,
      value REAL NOT NULL, value_max REAL, comparator TEXT NOT NULL, quote TEXT NOT NULL, sentence TEXT NOT NULL,
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, section_path TEXT NOT NULL, rule TEXT NOT NULL);
      CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, extractor_version TEXT NOT NULL,
      files_total INTEGER, files_ok INTEGER, files_unchanged INTEGER, files_failed INTEGER, records_added INTEGER,
      failures TEXT NOT NULL DEFAULT '[]');
      INSERT INTO documents (path, file_name, content_hash, format, encoding, text, imported_at, extractor_version, doc_type)
      VALUES ('x.txt', 'x.txt', 'h', 'txt', 'utf-8', 'Có 5 HTX.', '2024-01-01', 'old', 'other');`);
    d.close();
    await (await Store.open(db)).close();
    expect(query<{ text_hash: string }>(db, 'SELECT text_hash FROM documents')).toEqual([{ text_hash: textDigest('Có 5 HTX.') }]);
    expect(query<{ name: string }>(db, 'PRAGMA table_info(runs)').map((c) => c.name)).toEqual(expect.arrayContaining(['files_duplicate', 'duplicates']));
  });
});
