/**
 * PostgreSQL beside SQLite (issue 14), on a real throwaway server (test/pg.ts): the same commands
 * give the same records, scores, views and report on both engines; a new extractor version
 * re-extracts; the server's failures are one line with exit code 2 and never show the password;
 * CHITIEU_DATABASE_URL names the database; a database that is not chitieu's is left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from '../pipeline/db/kysely.ts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../pipeline/db/connect.ts';
import { MIGRATIONS } from '../pipeline/db/migrations.ts';
import { startThrowawayPostgres } from '../pipeline/db/pg-throwaway.ts';
import { buildReport } from '../pipeline/report/build.ts';
import { runExtract } from '../pipeline/run.ts';
import { dump, SKIP_PG, usePostgres } from './pg.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'chitieu.mjs');
const GOLD = join(ROOT, 'test', 'data', 'seeds.gold.jsonl');

function chitieu(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CHITIEU_DATABASE_URL: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Exactly one line on stderr, and no stack trace. */
function oneLine(err: string): string {
  const lines = err.trim().split('\n');
  expect(lines, err).toHaveLength(1);
  expect(err).not.toMatch(/^\s+at /m);
  return lines[0] as string;
}

const { server, database } = usePostgres();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-pg-pipeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(SKIP_PG)('PostgreSQL beside SQLite', { timeout: 300_000 }, () => {
  it('the seeds through extract → export → eval give exactly the records and scores of SQLite', async () => {
    const url = await database('seeds');
    const file = join(dir, 'seeds.sqlite');
    for (const db of [file, url]) {
      const r = chitieu(['extract', 'seeds/', '--db', db, '--json']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ files_ok: 5, files_failed: 0, records_total: 130 });
    }
    for (const format of ['jsonl', 'csv']) {
      const a = chitieu(['export', '--db', file, '--format', format]);
      const b = chitieu(['export', '--db', url, '--format', format]);
      expect(b.code, b.err).toBe(0);
      expect(b.out.split('\n').length).toBe(format === 'jsonl' ? 131 : 132);
      expect(b.out).toBe(a.out);
    }
    const a = chitieu(['eval', '--gold', GOLD, '--db', file]);
    const b = chitieu(['eval', '--gold', GOLD, '--db', url]);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toContain('precision 1.000  recall 1.000  F1 1.000');
    expect(b.out).toBe(a.out);
    // extract again: nothing changes, on both
    const again = chitieu(['extract', 'seeds/', '--db', url, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ files_ok: 0, files_unchanged: 5, records_added: 0, records_total: 130 });
  });

  it('v_targets, v_attainment and the whole report are identical on both', async () => {
    // many places, plans and reports: the seeds and every hand-annotated set
    const inputs = [
      'seeds/',
      ...readdirSync(join(ROOT, 'test', 'data'))
        .filter((d) => d.startsWith('heldout') || d === 'unseen')
        .map((d) => join('test', 'data', d)),
    ].filter((p) => !p.endsWith('.txt'));
    const url = await database('views');
    const file = join(dir, 'views.sqlite');
    // one write batch, written in the order the files are given, so both databases get the same ids
    for (const db of [file, url]) {
      const r = await runExtract(inputs, { db, workers: 0, batchSize: 1000 });
      expect(r.files_failed).toBe(0);
    }
    const read = async (db: string, view: string): Promise<unknown[]> => {
      const d = await Db.open(db, 'existing');
      try {
        return (await sql`SELECT * FROM ${sql.raw(view)} ORDER BY ${sql.raw(view === 'v_attainment' ? 'target_id, year, actual_id' : 'id')}`.execute(d.q)).rows;
      } finally {
        await d.close();
      }
    };
    for (const view of ['v_targets_all', 'v_targets', 'v_attainment']) {
      const rows = await read(url, view);
      expect(rows.length, view).toBeGreaterThan(view === 'v_attainment' ? 50 : 500);
      expect(rows, view).toEqual(await read(file, view));
    }
    expect((await read(url, 'v_attainment')).some((r) => (r as { actual_value: number | null }).actual_value !== null)).toBe(true);
    expect(await dump(url, { ids: false })).toEqual(await dump(file, { ids: false }));

    const now = new Date('2025-01-02T03:04:05Z');
    const outA = join(dir, 'report-sqlite');
    const outB = join(dir, 'report-pg');
    await buildReport({ db: file, out: outA, now });
    const s = await buildReport({ db: url, out: outB, now });
    expect(s.pages.length).toBeGreaterThan(20);
    const files = (root: string): string[] =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)))
        .sort();
    expect(files(outB)).toEqual(files(outA));
    // the same pages, but for the times of import (each database was filled at its own time)
    const page = (root: string, f: string): string => readFileSync(join(root, f), 'utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'TIME');
    for (const f of files(outA)) expect(page(outB, f), f).toBe(page(outA, f));
  });

  it('a new extractor version re-extracts, as with SQLite', async () => {
    const url = await database('reextract');
    const first = await runExtract(['seeds/'], { db: url, workers: 0 });
    expect(first.files_ok).toBe(5);
    // what an older extractor left behind
    const d = await Db.open(url);
    await d.q.updateTable('documents').set({ extractor_version: 'older' }).execute();
    await d.q.updateTable('import_files').set({ extractor_version: 'older' }).execute();
    await d.close();
    const again = await runExtract(['seeds/'], { db: url, workers: 0 });
    expect(again).toMatchObject({ files_ok: 5, files_unchanged: 0, files_failed: 0, records_added: 130, records_total: 130 });
    const after = await dump(url);
    expect(after.documents).toHaveLength(5);
    expect(new Set(after.documents?.map((x) => (x as { extractor_version: string }).extractor_version)).has('older')).toBe(false);
  });

  it('the server cannot be reached, or refuses the password: one line, exit 2, no password shown', async () => {
    const url = await database('errors');
    const password = server().password;
    const wrong = url.replace(password, 'not-the-password');
    const closed = url.replace(`:${server().port}/`, ':1/');
    for (const [db, reason] of [
      [wrong, /wrong user name or password/],
      [closed, /cannot reach the server \(connection refused/],
    ] as const) {
      for (const args of [
        ['extract', 'seeds/', '--db', db],
        ['export', '--db', db],
        ['eval', '--gold', GOLD, '--db', db],
        ['report', '--db', db, '--out', join(dir, 'r')],
        ['migrate', '--from', join(dir, 'seeds.sqlite'), '--db', db],
      ]) {
        const r = chitieu(args);
        expect(r.code, `${args[0]}: ${r.err}`).toBe(2);
        const line = oneLine(r.err);
        expect(line).toMatch(reason);
        expect(line).toContain('postgres://chitieu:***@127.0.0.1:');
        expect(r.err + r.out).not.toContain('not-the-password');
        expect(r.err + r.out).not.toContain(password);
      }
    }
    const none = chitieu(['export', '--db', url.replace('/errors', '/nosuchdb')]);
    expect(none.code).toBe(2);
    expect(oneLine(none.err)).toMatch(/database "nosuchdb" does not exist/);
    expect(none.err).not.toContain(password);
    // an empty server database has nothing to read yet
    const empty = chitieu(['export', '--db', url]);
    expect(empty.code).toBe(2);
    expect(oneLine(empty.err)).toMatch(/an empty database/);
  });

  it('a server lost in the middle of an extract ends it with one line and exit 2', async () => {
    // a server of its own: this one is stopped under the running extract
    const own = await startThrowawayPostgres();
    try {
      const url = await own.createDatabase('lost');
      const inputs = readdirSync(join(ROOT, 'test', 'data'))
        .filter((d) => d.startsWith('heldout') || d === 'unseen')
        .map((d) => join('test', 'data', d));
      const child = spawn(process.execPath, [BIN, 'extract', ...inputs.filter((p) => !p.endsWith('.txt')), '--db', url, '--workers', '0'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CHITIEU_DATABASE_URL: '' },
      });
      let err = '';
      let out = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // once it has stored something, the server goes away
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const t0 = Date.now();
      while (Date.now() - t0 < 120_000) {
        const tables = await c.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'documents'");
        if (tables.rowCount && Number((await c.query('SELECT COUNT(*) AS n FROM documents')).rows[0].n) > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.end();
      own.stop();
      const code = await exit;
      expect(code, err).toBe(2);
      expect(out).toBe('');
      expect(oneLine(err)).toMatch(/^error: postgres:\/\/chitieu:\*\*\*@127\.0\.0\.1:\d+\/lost: the database server cannot be used \(/);
      expect(err).not.toContain(own.password);
    } finally {
      own.stop();
    }
  });

  it('CHITIEU_DATABASE_URL names the database for every command; the password never shows', async () => {
    const url = await database('fromenv');
    const env = { CHITIEU_DATABASE_URL: url };
    const x = chitieu(['extract', 'seeds/'], env);
    expect(x.code, x.err).toBe(0);
    expect(x.out).toContain('130 in postgres://chitieu:***@127.0.0.1:');
    expect(x.out + x.err).not.toContain(server().password);
    const e = chitieu(['export', '--format', 'csv'], env);
    expect(e.out.split('\n').length).toBe(132);
    const v = chitieu(['eval', '--gold', GOLD], env);
    expect(v.out).toContain('precision 1.000  recall 1.000  F1 1.000');
    expect(v.err).toMatch(/note: scoring what is stored in postgres:\/\/chitieu:\*\*\*@/);
    // paths on the command line are extracted afresh, whatever the environment names
    const fresh = chitieu(['eval', '--gold', GOLD, 'seeds/'], env);
    expect(fresh.code).toBe(0);
    expect(fresh.err).not.toContain('scoring what is stored');
    const r = chitieu(['report', '--out', join(dir, 'env-report'), '--json'], env);
    expect(JSON.parse(r.out)).toMatchObject({ documents: 5, records: 130 });
    // --db on the command line wins over the environment
    const file = chitieu(['export', '--db', join(dir, 'seeds.sqlite')], { CHITIEU_DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/x' });
    expect(file.code).toBe(0);
  });

  it('a server database with a documents table of another program is refused and left alone', async () => {
    const url = await database('foreign_tables');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE documents (id int, body text)');
    const r = chitieu(['extract', 'seeds/', '--db', url]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/not chitieu's/);
    const tables = await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    await c.end();
    expect(tables.rows.map((t: { table_name: string }) => t.table_name)).toEqual(['documents']);
  });

  it('migrations are recorded once each, and opening a current database writes nothing', async () => {
    const url = await database('migrations');
    for (let i = 0; i < 2; i++) await (await Db.open(url)).close();
    const d = await Db.open(url);
    try {
      const rows = await d.q.selectFrom('schema_migrations').select(['version', 'applied_at']).orderBy('version').execute();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      const views = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1`.execute(d.q);
      expect(views.rows.map((v) => v.name)).toEqual(['v_attainment', 'v_attainment_reviewed', 'v_reviewed', 'v_targets', 'v_targets_all']);
      // text_hash is unique: the server itself keeps one copy of a text
      const idx = await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE indexname = 'documents_text_hash'`.execute(d.q);
      expect(idx.rows[0]?.indexdef).toMatch(/UNIQUE/);
    } finally {
      await d.close();
    }
    // a database written by a newer chitieu is not changed
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 'now')");
    await c.end();
    const r = chitieu(['extract', 'seeds/', '--db', url]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/migrated by a newer chitieu \(schema version 999/);
  });
});
