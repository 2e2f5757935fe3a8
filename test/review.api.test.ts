/**
 * The review server's API and pages against bad requests: an unknown record, invalid field values,
 * a wrong or missing token, a stale verdict, requests from elsewhere. Each gets a clear 4xx
 * answer and changes nothing. Requests go to the Hono app itself (no port needed); one test
 * listens for real to check --host without --token is refused. All of it on a SQLite file and on a
 * PostgreSQL database (a throwaway server, test/pg.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordKey, type RecordFields } from '../pipeline/record.ts';
import { reviewApp, startReview } from '../pipeline/review/server.ts';
import { runExtract } from '../pipeline/run.ts';
import { Db } from '../pipeline/db/connect.ts';
import { sql } from '../pipeline/db/kysely.ts';
import { SKIP_PG, usePostgres } from './pg.ts';

const TOKEN = 'a-long-test-token-0123456789';
const ORIGIN = 'http://127.0.0.1';

interface Rec extends RecordFields {
  id: number;
  start: number;
  end: number;
  quote: string;
  text_hash: string;
  document_id: number;
}

const { database } = usePostgres();
const ENGINES = SKIP_PG ? ['sqlite'] : ['sqlite', 'postgres'];

describe.each(ENGINES)('review API on %s', (engine) => {
  let dir: string;
  let db: string;
  let base: Db;
  let open: Hono;
  let guarded: Hono;
  let rec: Rec;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-review-api-'));
    db = engine === 'sqlite' ? join(dir, 'db.sqlite') : await database('review_api');
    copyFileSync('seeds/002_e8c341b51b59ed2c.txt', join(dir, 'bac-kan.txt'));
    await runExtract([join(dir, 'bac-kan.txt')], { db });
    base = await Db.open(db, 'existing');
    open = reviewApp(base);
    guarded = reviewApp(base, { token: TOKEN });
    rec = (
      await sql<Rec>`SELECT t.id, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max, t.comparator,
      t.start, t."end", t.quote, d.text_hash, t.document_id FROM targets t JOIN documents d ON d.id = t.document_id WHERE t.quote = '371 HTX'`.execute(base.q)
    ).rows[0] as Rec;
  }, 120_000);
  afterAll(async () => {
    await base?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fields = (r: Rec): RecordFields => ({
    subject: r.subject,
    metric: r.metric,
    sector: r.sector,
    status: r.status,
    year: r.year,
    unit: r.unit,
    value: r.value,
    value_max: r.value_max,
    comparator: r.comparator,
  });
  const seen = (r: Rec) => ({ id: r.id, text_hash: r.text_hash, start: r.start, end: r.end, key: recordKey(fields(r)) });
  /** Everything a verdict could change. */
  const state = async (): Promise<unknown> => (await sql`SELECT * FROM verdicts ORDER BY id`.execute(base.q)).rows;
  const clear = async (): Promise<void> => {
    await sql`UPDATE verdicts SET superseded_by = NULL, target_id = NULL`.execute(base.q);
    await sql`DELETE FROM verdicts`.execute(base.q);
  };

  async function post(body: unknown, opts: { app?: Hono; headers?: Record<string, string>; raw?: string } = {}) {
    const res = await (opts.app ?? open).request(`${ORIGIN}/api/verdicts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Chitieu-Review': '1', Origin: ORIGIN, ...opts.headers },
      body: opts.raw ?? JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as { error?: string; verdict?: { id: number; kind: string; target_id: number | null } };
    return { status: res.status, error: json.error ?? '', verdict: json.verdict };
  }

  it('an unknown record: 404 naming it, nothing written', async () => {
    const before = await state();
    const r = await post({ kind: 'accept', record: { ...seen(rec), id: 987654, start: 1, end: 4 }, expect: null, reviewer: 'Lan' });
    expect(r).toMatchObject({ status: 404, error: 'no record #987654' });
    const doc = await post({
      kind: 'add',
      document: { id: 4242, text_hash: rec.text_hash },
      start: rec.start,
      end: rec.end,
      quote: rec.quote,
      reviewer: 'Lan',
      fields: fields(rec),
    });
    expect(doc).toMatchObject({ status: 404, error: 'no document #4242' });
    expect(await state()).toEqual(before);
  });

  it('invalid field values: 400 naming each field, nothing written', async () => {
    const before = await state();
    const bad: [Partial<Record<keyof RecordFields, unknown>>, RegExp][] = [
      [{ year: 3000 }, /fields\.year: Too big/u],
      [{ metric: 'bogus' }, /fields\.metric: Invalid option: expected one of "count"\|"new_count"/u],
      [{ sector: 'fishing' }, /fields\.sector: Invalid option/u],
      [{ unit: 'USD' }, /fields\.unit: Invalid option/u],
      [{ value: 'many' }, /fields\.value: Invalid input: expected number/u],
      [{ value: 800, value_max: 600, comparator: 'range' }, /fields\.value_max: value_max below value/u],
      [{ comparator: 'range' }, /fields\.value_max: a range needs value_max/u],
    ];
    for (const [change, message] of bad) {
      const r = await post({ kind: 'correct', record: seen(rec), expect: null, reviewer: 'Lan', fields: { ...fields(rec), ...change } });
      expect(r.status, JSON.stringify(change)).toBe(400);
      expect(r.error).toMatch(/^invalid verdict: /u);
      expect(r.error).toMatch(message);
    }
    // not the schema's fields at all, no name, an unknown kind, words that are not at their offsets
    expect((await post({ kind: 'correct', record: seen(rec), expect: null, reviewer: 'Lan', fields: { ...fields(rec), colour: 'red' } })).error).toMatch(
      /Unrecognized key: "colour"/u,
    );
    expect((await post({ kind: 'accept', record: seen(rec), expect: null, reviewer: '  ' })).error).toMatch(/reviewer: give your name/u);
    expect((await post({ kind: 'bless', record: seen(rec), expect: null, reviewer: 'Lan' })).status).toBe(400);
    const words = await post({
      kind: 'add',
      document: { id: rec.document_id, text_hash: rec.text_hash },
      start: 0,
      end: 7,
      quote: '371 HTX',
      reviewer: 'Lan',
      fields: { ...fields(rec), year: 2022 },
    });
    expect(words).toMatchObject({ status: 422 });
    expect(words.error).toMatch(/^the words are not at 0–7: the text there is «Tỉnh Bắ»/u);
    // a correction that corrects nothing
    expect(await post({ kind: 'correct', record: seen(rec), expect: null, reviewer: 'Lan', fields: fields(rec) })).toMatchObject({
      status: 422,
      error: expect.stringMatching(/nothing corrected/u),
    });
    // not JSON
    expect((await post(null, { raw: '{"kind": "accept",' })).status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('a wrong or missing token: 401, nothing written; the right one opens the pages through a cookie', async () => {
    const before = await state();
    const body = { kind: 'accept', record: seen(rec), expect: null, reviewer: 'Lan' };
    expect(await post(body, { app: guarded })).toMatchObject({ status: 401, error: 'wrong or missing token (the X-Chitieu-Token header)' });
    expect(await post(body, { app: guarded, headers: { 'X-Chitieu-Token': `${TOKEN}x` } })).toMatchObject({ status: 401 });
    expect(await state()).toEqual(before);
    expect((await guarded.request(`${ORIGIN}/queue`)).status).toBe(401);
    expect((await guarded.request(`${ORIGIN}/queue?token=nope`)).status).toBe(401);
    const entry = await guarded.request(`${ORIGIN}/queue?token=${TOKEN}`);
    expect(entry.status).toBe(303);
    expect(entry.headers.get('location')).toBe('/queue');
    const cookie = entry.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/iu);
    expect(cookie).toMatch(/SameSite=Strict/iu);
    const page = await guarded.request(`${ORIGIN}/queue`, { headers: { Cookie: cookie.split(';')[0] as string } });
    expect(page.status).toBe(200);
    // the page hands its script the token, which the API then takes
    expect(await page.text()).toContain(`<meta name="chitieu-token" content="${TOKEN}">`);
    const ok = await post(body, { app: guarded, headers: { 'X-Chitieu-Token': TOKEN } });
    expect(ok.status).toBe(201);
    await clear();
  });

  it('a stale verdict: 409 saying what changed, nothing written', async () => {
    const first = await post({ kind: 'accept', record: seen(rec), expect: null, reviewer: 'Lan' });
    expect(first.status).toBe(201);
    const before = await state();
    // another reviewer, whose page showed no verdict
    const second = await post({ kind: 'reject', record: seen(rec), expect: null, reviewer: 'Minh' });
    expect(second.status).toBe(409);
    expect(second.error).toMatch(
      new RegExp(`^record #${rec.id} was judged meanwhile: accept by Lan at .+ \\(verdict #${first.verdict?.id}\\); reload the page to see it$`, 'u'),
    );
    // a page that showed the record with other values (it was re-extracted since)
    const changed = await post({
      kind: 'accept',
      record: { ...seen(rec), key: recordKey({ ...fields(rec), year: 2020 }) },
      expect: first.verdict?.id ?? null,
      reviewer: 'Minh',
    });
    expect(changed.status).toBe(409);
    expect(changed.error).toMatch(/changed since the page was loaded \(now htx count - actual 2023 count 371 - eq at \d+–\d+\); reload the page/u);
    expect(await state()).toEqual(before);
    // after a reload, the change goes through
    expect((await post({ kind: 'reject', record: seen(rec), expect: first.verdict?.id ?? null, reviewer: 'Minh' })).status).toBe(201);
    await clear();
  });

  it("a write that is not the pages' own: 403 / 415 / 413, nothing written", async () => {
    const before = await state();
    const body = { kind: 'accept', record: seen(rec), expect: null, reviewer: 'Lan' };
    expect(await post(body, { headers: { 'X-Chitieu-Review': '' } })).toMatchObject({ status: 403, error: expect.stringMatching(/X-Chitieu-Review/u) });
    expect(await post(body, { headers: { Origin: 'http://evil.example' } })).toMatchObject({
      status: 403,
      error: 'refused: a request from another site (http://evil.example)',
    });
    expect(await post(body, { headers: { 'Content-Type': 'text/plain' } })).toMatchObject({ status: 415 });
    expect(await post(null, { raw: JSON.stringify({ ...body, reviewer: 'x'.repeat(70_000) }) })).toMatchObject({ status: 413 });
    // a page of another site that reaches the server by a name of its own (DNS rebinding)
    expect((await open.request('http://evil.example/queue')).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('pages go out with a policy that allows their own server only', async () => {
    const res = await open.request(`${ORIGIN}/docs/${rec.document_id}.html`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect((await open.request(`${ORIGIN}/docs/abc.html`)).status).toBe(404);
    expect((await open.request(`${ORIGIN}/docs/99999.html`)).status).toBe(404);
    expect((await open.request(`${ORIGIN}/queue?limit=100000`)).status).toBe(400);
  });

  it('a verdict whose words are gone after re-extraction is reported by extract and on the pages', async () => {
    const r = await post({ kind: 'accept', record: seen(rec), expect: null, reviewer: 'Lan' });
    expect(r.status).toBe(201);
    const file = join(dir, 'bac-kan.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('371 HTX', '372 HTX'));
    const run = await runExtract([file], { db });
    expect(run.verdicts?.applied).toBe(0);
    expect(run.verdicts?.orphans).toEqual([
      expect.stringMatching(/^verdict #\d+ \(accept by Lan, .+\) on bac-kan\.txt «371 HTX»: the document text it was given on is no longer stored/u),
    ]);
    const queue = await (await open.request(`${ORIGIN}/queue`)).text();
    expect(queue).toContain('1 nhận định không còn áp dụng');
    expect(queue).toContain('«371 HTX»: the document text it was given on is no longer stored');
    const orphans = (await (await open.request(`${ORIGIN}/api/orphans`)).json()) as { orphans: { quote: string; state: string }[] };
    expect(orphans.orphans).toMatchObject([{ quote: '371 HTX', state: 'orphan' }]);
    // the file back as it was: the verdict applies again, and the document page shows it
    writeFileSync(file, readFileSync(file, 'utf8').replace('372 HTX', '371 HTX'));
    expect((await runExtract([file], { db })).verdicts).toEqual({ applied: 1, orphans: [] });
    const { id } = await base.q.selectFrom('documents').select('id').executeTakeFirstOrThrow();
    const page = await (await open.request(`${ORIGIN}/docs/${id}.html`)).text();
    expect(page).toContain('✓ Đã chấp nhận (accepted)');
    expect(page).not.toContain('id="orphans"');
  }, 60_000);

  it('--host without --token is refused before anything listens', async () => {
    await expect(startReview({ db, port: 0, host: '0.0.0.0' })).rejects.toThrow(/--host needs --token/u);
    const cli = spawnSync(process.execPath, ['bin/chitieu.mjs', 'review', '--db', db, '--host', '0.0.0.0'], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(64);
    expect(cli.stderr.trim()).toBe('error: --host needs --token (or CHITIEU_REVIEW_TOKEN): anyone who can reach that address could judge records');
    const short = spawnSync(process.execPath, ['bin/chitieu.mjs', 'review', '--db', db, '--token', 'short'], { encoding: 'utf8', timeout: 60_000 });
    expect(short.status).toBe(64);
  }, 60_000);
});
