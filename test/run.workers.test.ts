/**
 * The extract run on worker threads: the same records with 0 (inline), 1 and 2
 * workers; an unchanged re-import reads nothing; a changed file is re-extracted.
 */
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../pipeline/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function records(db: string): string[] {
  const d = new Database(db, { readonly: true });
  const rows = d
    .prepare(`SELECT d.path, t.metric, t.subject, t.sector, t.status, t.year, t.unit, t.value, t.value_max, t.start, t."end"
      FROM targets t JOIN documents d ON d.id = t.document_id`)
    .all()
    .map((r) => JSON.stringify(r))
    .sort();
  d.close();
  return rows;
}

describe('runExtract with workers', () => {
  it('stores the same records with 0, 1 and 2 workers', async () => {
    const results = [];
    for (const workers of [0, 1, 2]) {
      const db = join(dir, `w${workers}.sqlite`);
      const r = await runExtract(['seeds'], { db, workers });
      expect(r.files_failed).toBe(0);
      expect(r.files_ok).toBe(5);
      results.push({ r, rows: records(db) });
    }
    const [a, b, c] = results;
    expect(a?.r.records_total).toBeGreaterThan(50);
    expect(b?.r.records_total).toBe(a?.r.records_total);
    expect(c?.r.records_total).toBe(a?.r.records_total);
    expect(b?.rows).toEqual(a?.rows);
    expect(c?.rows).toEqual(a?.rows);
  }, 60_000);

  it('skips unchanged files without reading them, and re-extracts a changed one', async () => {
    const corpus = join(dir, 'corpus');
    cpSync('seeds', corpus, { recursive: true });
    const db = join(dir, 'again.sqlite');
    const first = await runExtract([corpus], { db, workers: 0 });
    expect(first.files_ok).toBe(5);
    const second = await runExtract([corpus], { db, workers: 1 });
    expect(second).toMatchObject({ files_ok: 0, files_unchanged: 5, files_failed: 0, records_added: 0, records_total: first.records_total });

    // same content, new modification time: hashed, found unchanged, not decoded
    const files = ['000_f2d91f2754347d31.txt', '002_e8c341b51b59ed2c.txt'].map((f) => join(corpus, f));
    const later = new Date(Date.now() + 5_000);
    utimesSync(files[0] as string, later, later);
    const third = await runExtract([corpus], { db, workers: 0 });
    expect(third).toMatchObject({ files_ok: 0, files_unchanged: 5 });

    // changed content: re-extracted, its old records replaced
    const f = files[1] as string;
    writeFileSync(f, readFileSync(f, 'utf8').replace('371 HTX', '372 HTX'));
    const fourth = await runExtract([corpus], { db, workers: 0 });
    expect(fourth).toMatchObject({ files_ok: 1, files_unchanged: 4, files_failed: 0 });
    expect(fourth.records_total).toBe(first.records_total);
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT COUNT(*) AS n FROM targets WHERE value = 372').get()).toEqual({ n: 1 });
    d.close();
  }, 60_000);

  it('reports a bad file in one line and goes on', async () => {
    const corpus = join(dir, 'bad');
    cpSync('seeds', corpus, { recursive: true });
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const r = await runExtract([corpus, join(dir, 'missing.txt')], { db: join(dir, 'bad.sqlite'), workers: 2 });
    expect(r.files_ok).toBe(5);
    expect(r.files_failed).toBe(3);
    expect(r.failures.map((f) => f.file).sort()).toEqual(['binary.txt', 'empty.txt', expect.stringContaining('missing.txt')].sort());
  }, 60_000);
});
