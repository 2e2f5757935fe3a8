/**
 * The PostgreSQL tests' server: one throwaway server per test file (pipeline/db/pg-throwaway.ts),
 * a fresh database per test. When Debian's postgresql binaries are missing the tests FAIL, with
 * the command that installs them (.ci/run does); CHITIEU_SKIP_PG=1 skips them on purpose.
 */
import { afterAll, beforeAll } from 'vitest';
import { sql } from '../pipeline/db/kysely.ts';
import { Db } from '../pipeline/db/connect.ts';
import { findPgBin, MISSING_PG, startThrowawayPostgres, type ThrowawayServer } from '../pipeline/db/pg-throwaway.ts';

/** Skipped only when asked for, never because something is missing. */
export const SKIP_PG = process.env.CHITIEU_SKIP_PG === '1';
if (SKIP_PG) process.stderr.write('PostgreSQL tests SKIPPED: CHITIEU_SKIP_PG=1\n');

/** Start the file's server before its tests and stop it after them. */
export function usePostgres(): { server: () => ThrowawayServer; database: (name: string) => Promise<string> } {
  let server: ThrowawayServer | undefined;
  beforeAll(async () => {
    if (!findPgBin()) throw new Error(`${MISSING_PG} (or set CHITIEU_SKIP_PG=1 to skip the PostgreSQL tests on purpose)`);
    server = await startThrowawayPostgres();
  }, 120_000);
  afterAll(() => server?.stop());
  const get = (): ThrowawayServer => {
    if (!server) throw new Error('the PostgreSQL server did not start');
    return server;
  };
  return { server: get, database: (name) => get().createDatabase(name) };
}

/**
 * Every row of chitieu's tables, in key order: two databases with the same dump hold the same data.
 * `ids: false` leaves out ids and times, which differ between two databases filled the same way.
 */
export async function dump(what: string, opts: { ids?: boolean } = {}): Promise<Record<string, unknown[]>> {
  const db = await Db.open(what, 'existing');
  try {
    const q = db.q;
    const strip = <T extends Record<string, unknown>>(rows: T[], keys: string[]): Record<string, unknown>[] =>
      opts.ids === false ? rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)))) : rows;
    const c = sql.raw(db.dialect.codePoint);
    return {
      documents: strip(await q.selectFrom('documents').selectAll().orderBy(sql`path${c}`).execute(), ['id', 'imported_at']),
      targets: strip(
        (
          await sql<
            Record<string, unknown>
          >`SELECT d.path, t.* FROM targets t JOIN documents d ON d.id = t.document_id ORDER BY d.path${c}, t.start, t.id`.execute(q)
        ).rows,
        ['id', 'document_id'],
      ),
      document_aliases: strip(await q.selectFrom('document_aliases').selectAll().orderBy(sql`path${c}`).execute(), ['recorded_at']),
      import_files: await q.selectFrom('import_files').selectAll().orderBy(sql`path${c}`).execute(),
      runs: strip(await q.selectFrom('runs').selectAll().orderBy('id').execute(), ['id', 'started_at', 'finished_at']),
      drops: strip(
        (
          await sql<
            Record<string, unknown>
          >`SELECT d.path, x.* FROM drops x JOIN documents d ON d.id = x.document_id ORDER BY d.path${c}, x.start, x.id`.execute(q)
        ).rows,
        ['id', 'document_id'],
      ),
      verdicts: strip(await q.selectFrom('verdicts').selectAll().orderBy('created_at').orderBy('id').execute(), [
        'id',
        'document_id',
        'target_id',
        'supersedes',
        'superseded_by',
        'resolved_at',
      ]),
      schema_migrations: await q.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute(),
    };
  } finally {
    await db.close();
  }
}
