/**
 * A file found unchanged by its content (its stamp changed: touched, copied back, or stored meanwhile
 * by another extract process on the same database) keeps the record count written with its document.
 * It was overwritten with NULL, which made crash.test.ts's two-process test fail now and then.
 */
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { runExtract } from '../pipeline/run.ts';

it('touching a file keeps its record count in import_files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-stamp-'));
  try {
    const file = join(dir, 'a.txt');
    copyFileSync(new URL('../seeds/002_e8c341b51b59ed2c.txt', import.meta.url), file);
    const db = join(dir, 'db.sqlite');
    const first = await runExtract([file], { db, workers: 0 });
    expect(first.records_added).toBeGreaterThan(5);
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const again = await runExtract([file], { db, workers: 0 });
    expect(again.files_unchanged).toBe(1);
    const d = new Database(db, { readonly: true });
    try {
      const row = d.prepare('SELECT f.records, (SELECT COUNT(*) FROM targets) AS n FROM import_files f').get() as { records: number | null; n: number };
      expect(row.records).toBe(row.n);
      expect(row.n).toBe(first.records_added);
    } finally {
      d.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
