/**
 * The README's example queries work on both engines: every ```sql block of README.md runs on a
 * SQLite file and on a PostgreSQL database holding the same documents (a throwaway server,
 * test/pg.ts), and gives the same rows (as sets: ORDER BY on text follows each database's
 * collation, as the README says).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../pipeline/db/kysely.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { Db } from '../pipeline/db/connect.ts';
import { runExtract } from '../pipeline/run.ts';
import { SKIP_PG, usePostgres } from './pg.ts';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const QUERIES = [...README.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());

const { database } = usePostgres();
const dir = mkdtempSync(join(tmpdir(), 'chitieu-pg-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A row as text, numbers as numbers (PostgreSQL gives a NUMERIC as a string). */
const canonical = (row: Record<string, unknown>): string =>
  JSON.stringify(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]));

async function rows(what: string, query: string): Promise<string[]> {
  const db = await Db.open(what, 'existing');
  try {
    return (await sql.raw<Record<string, unknown>>(query.replace(/;\s*$/, '')).execute(db.q)).rows.map(canonical).sort();
  } finally {
    await db.close();
  }
}

describe.skipIf(SKIP_PG)("the README's SQL on SQLite and PostgreSQL", { timeout: 300_000 }, () => {
  it('every example query gives the same rows on both', async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(3);
    const file = join(dir, 'readme.sqlite');
    const url = await database('readme');
    const inputs = ['seeds/', 'test/data/heldout2', 'test/data/heldout3', 'test/data/heldout5', 'test/data/heldout6'];
    for (const db of [file, url]) expect((await runExtract(inputs, { db, workers: 0, batchSize: 1000 })).files_failed).toBe(0);
    for (const q of QUERIES) {
      const a = await rows(file, q);
      expect(a.length, q).toBeGreaterThan(0);
      expect(await rows(url, q), q).toEqual(a);
    }
  });
});
