/**
 * Reviewers' verdicts in the store (pipeline/verdicts.ts) and the views that read them: they follow
 * their text into every re-extraction, no longer applying ones are reported with the reason, and a
 * verdict on a record that changed meanwhile is refused without writing anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import { recordKey, type RecordFields, type TargetRecord } from '../pipeline/record.ts';
import { Store, type StoredDocument } from '../pipeline/store.ts';
import { sql } from '../pipeline/db/kysely.ts';
import { addVerdict, listOrphans, resolveAllVerdicts, reviewQueue, VerdictRefused, type SeenRecord, type VerdictInput } from '../pipeline/verdicts.ts';
import { readReviewed } from '../pipeline/export.ts';

const TEXT = `Kế hoạch phát triển kinh tế tập thể tỉnh Hoà Bình năm 2025
Năm 2025, toàn tỉnh phấn đấu thành lập mới 35 HTX và có 400 hợp tác xã với 12.000 thành viên.
Tính đến 31/12/2024, toàn tỉnh có 380 HTX, trong đó 300 HTX nông nghiệp.
Ngoài ra, trên địa bàn có khoảng một trăm tổ hợp tác.
`;

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-verdicts-'));
  store = await Store.open(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The rows of a query on the test's database. */
async function all<T = Record<string, unknown>>(query: string): Promise<T[]> {
  return (await sql.raw<T>(query).execute(store.db.q)).rows;
}
const one = async <T = Record<string, unknown>>(query: string): Promise<T | undefined> => (await all<T>(query))[0];

/** Extract `text` and store it as plan.txt with this extractor version; `change` plays a new extractor's other reading. */
async function save(text: string, version: string, change: (r: TargetRecord[]) => TargetRecord[] = (r) => r, path = 'plan.txt'): Promise<void> {
  const doc = extractDocument(text, path);
  const stored: StoredDocument = {
    path,
    file_name: path,
    content_hash: `${version}:${text.length}:${text.slice(0, 20)}`,
    format: 'txt',
    encoding: 'utf-8',
    text: doc.text,
    extractor_version: version,
    meta: doc.meta,
    diagnostics: [],
    dropped: doc.dropped,
  };
  await store.saveDocument(stored, change(doc.records));
}

interface Row extends RecordFields {
  id: number;
  start: number;
  end: number;
  quote: string;
  text_hash: string;
  document_id: number;
}

function rows(): Promise<Row[]> {
  return all<Row>(`SELECT t.id, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max, t.comparator,
      t.start, t."end", t.quote, d.text_hash, t.document_id FROM targets t JOIN documents d ON d.id = t.document_id ORDER BY t.start, t.id`);
}
const byQuote = async (q: string): Promise<Row> => {
  const rs = await rows();
  const r = rs.find((x) => x.quote === q);
  if (!r) throw new Error(`no record «${q}»: ${rs.map((x) => x.quote).join(', ')}`);
  return r;
};
const seen = (r: Row): SeenRecord => ({ id: r.id, text_hash: r.text_hash, start: r.start, end: r.end, key: recordKey(r) });
const fieldsOf = (r: Row): RecordFields => ({
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

function reviewed(): Promise<Record<string, unknown>[]> {
  return all(`SELECT quote, verdict, reviewer, subject, metric, sector, status, year, unit, value, value_max, comparator, part
    FROM v_reviewed ORDER BY start, id`);
}

/** Accept 35 HTX, reject 12.000 thành viên, correct 380 HTX to 2023, add "một trăm tổ hợp tác". */
async function judge(): Promise<void> {
  await addVerdict(store.db, { kind: 'accept', record: seen(await byQuote('35 HTX')), expect: null, reviewer: 'Lan' });
  await addVerdict(store.db, { kind: 'reject', record: seen(await byQuote('12.000 thành viên')), expect: null, reviewer: 'Lan' });
  await addVerdict(store.db, {
    kind: 'correct',
    record: seen(await byQuote('380 HTX')),
    expect: null,
    reviewer: 'Minh',
    fields: { ...fieldsOf(await byQuote('380 HTX')), year: 2023 },
  });
  const words = 'một trăm tổ hợp tác';
  const start = TEXT.indexOf(words);
  const r35 = await byQuote('35 HTX');
  await addVerdict(store.db, {
    kind: 'add',
    document: { id: r35.document_id, text_hash: r35.text_hash },
    start,
    end: start + words.length,
    quote: words,
    reviewer: 'Minh',
    fields: { subject: 'tht', metric: 'count', sector: null, status: 'actual', year: 2024, unit: 'count', value: 100, value_max: null, comparator: 'approx' },
  });
}

const EXPECTED = [
  {
    quote: '35 HTX',
    verdict: 'accepted',
    reviewer: 'Lan',
    subject: 'htx',
    metric: 'new_count',
    sector: null,
    status: 'target',
    year: 2025,
    unit: 'count',
    value: 35,
    value_max: null,
    comparator: 'eq',
    part: 'total',
  },
  {
    quote: '380 HTX',
    verdict: 'corrected',
    reviewer: 'Minh',
    subject: 'htx',
    metric: 'count',
    sector: null,
    status: 'actual',
    year: 2023,
    unit: 'count',
    value: 380,
    value_max: null,
    comparator: 'eq',
    part: 'total',
  },
  {
    quote: 'một trăm tổ hợp tác',
    verdict: 'added',
    reviewer: 'Minh',
    subject: 'tht',
    metric: 'count',
    sector: null,
    status: 'actual',
    year: 2024,
    unit: 'count',
    value: 100,
    value_max: null,
    comparator: 'approx',
    part: 'total',
  },
];

describe('verdicts', { timeout: 30_000 }, () => {
  it("v_targets carries each record's verdict and v_reviewed what was accepted, corrected or added", async () => {
    await save(TEXT, 'v1');
    expect((await rows()).map((r) => r.quote)).toEqual(['35 HTX', '400 hợp tác xã', '12.000 thành viên', '380 HTX', '300 HTX']);
    await judge();
    const v = await all('SELECT quote, verdict, reviewer FROM v_targets ORDER BY start');
    expect(v).toEqual([
      { quote: '35 HTX', verdict: 'accepted', reviewer: 'Lan' },
      { quote: '400 hợp tác xã', verdict: null, reviewer: null },
      { quote: '12.000 thành viên', verdict: 'rejected', reviewer: 'Lan' },
      { quote: '380 HTX', verdict: 'corrected', reviewer: 'Minh' },
      { quote: '300 HTX', verdict: null, reviewer: null },
    ]);
    expect(await reviewed()).toEqual(EXPECTED);
    // the queue: what is left, least certain first
    expect((await reviewQueue(store.db, 50, 0)).map((r) => r.quote).sort()).toEqual(['300 HTX', '400 hợp tác xã']);
    // and v_attainment can be built on it: the reviewed target of 2025 has no reviewed actual
    expect(await all('SELECT target_value, actual_value FROM v_attainment_reviewed')).toEqual([{ target_value: 35, actual_value: null }]);
  });

  it('every verdict still applies after re-extraction by a new extractor version (its rows written anew)', async () => {
    await save(TEXT, 'v1');
    await judge();
    const version = (): Promise<unknown> => one('SELECT extractor_version FROM documents');
    await save(TEXT, 'v2');
    expect(await version()).toEqual({ extractor_version: 'v2' });
    expect(await reviewed()).toEqual(EXPECTED);
    expect(await listOrphans(store.db)).toEqual([]);
    expect(await one('SELECT COUNT(*) AS n FROM v_targets WHERE verdict IS NOT NULL')).toEqual({ n: 3 });
  });

  it('words that moved (the same text, other spacing) are found again', async () => {
    await save(TEXT, 'v1');
    await judge();
    await save(TEXT.replace('Năm 2025,', 'Năm   2025,'), 'v2');
    expect(await reviewed()).toEqual(EXPECTED);
    expect(await one("SELECT start FROM v_reviewed WHERE quote = '35 HTX'")).toEqual({ start: TEXT.indexOf('35 HTX') + 2 });
  });

  it('a verdict whose record is no longer extracted is reported with the reason, never dropped', async () => {
    await save(TEXT, 'v1');
    await judge();
    // the new extractor reads 35 HTX as a 2026 goal and the 380 HTX as the corrected reading (year 2023)
    await save(TEXT, 'v2', (rs) => rs.map((r) => (r.quote === '35 HTX' ? { ...r, year: 2026 } : r.quote === '380 HTX' ? { ...r, year: 2023 } : r)));
    const orphans = await listOrphans(store.db);
    expect(orphans.map((o) => [o.kind, o.quote])).toEqual([['accept', '35 HTX']]);
    expect(orphans[0]?.problem).toMatch(/no longer extracted at «35 HTX»; now there: htx new_count - target 2026 count 35 - eq/u);
    // the correction applies to the record that now reads as it said
    expect((await reviewed()).map((r) => r.quote)).toEqual(['380 HTX', 'một trăm tổ hợp tác']);
    // the record it judged is back in the queue
    expect((await reviewQueue(store.db, 50, 0)).map((r) => r.quote)).toContain('35 HTX');
  });

  it('verdicts on a text that is no longer stored are reported, and apply again when it comes back', async () => {
    await save(TEXT, 'v1');
    await judge();
    await save(TEXT.replace('35 HTX', '36 HTX'), 'v1');
    const orphans = await listOrphans(store.db);
    expect(orphans).toHaveLength(4);
    for (const o of orphans) expect(o.problem).toMatch(/no longer stored/u);
    expect(await reviewed()).toEqual([]);
    await save(TEXT, 'v1');
    expect((await resolveAllVerdicts(store.db)).orphans).toBe(0);
    expect(await reviewed()).toEqual(EXPECTED);
  });

  it('refuses what it cannot apply, and writes nothing', async () => {
    await save(TEXT, 'v1');
    const r = await byQuote('35 HTX');
    const count = (): Promise<unknown> => one('SELECT COUNT(*) AS n FROM verdicts');
    const refused = async (input: VerdictInput): Promise<VerdictRefused> => {
      try {
        await addVerdict(store.db, input);
      } catch (e) {
        if (e instanceof VerdictRefused) return e;
        throw e;
      }
      throw new Error('not refused');
    };
    expect(await refused({ kind: 'accept', record: { ...seen(r), id: 99999, start: 1, end: 3 }, expect: null, reviewer: 'x' })).toMatchObject({
      reason: 'unknown',
      message: 'no record #99999',
    });
    expect(
      (await refused({ kind: 'accept', record: { ...seen(r), key: recordKey({ ...fieldsOf(r), year: 2030 }) }, expect: null, reviewer: 'x' })).reason,
    ).toBe('stale');
    expect(await refused({ kind: 'correct', record: seen(r), expect: null, reviewer: 'x', fields: fieldsOf(r) })).toMatchObject({ reason: 'invalid' });
    expect(
      (
        await refused({
          kind: 'add',
          document: { id: r.document_id, text_hash: r.text_hash },
          start: r.start,
          end: r.end,
          quote: r.quote,
          reviewer: 'x',
          fields: fieldsOf(r),
        })
      ).message,
    ).toMatch(/already gives this record/u);
    expect(
      await refused({
        kind: 'add',
        document: { id: r.document_id, text_hash: r.text_hash },
        start: 0,
        end: 5,
        quote: 'nope!',
        reviewer: 'x',
        fields: fieldsOf(r),
      }),
    ).toMatchObject({ reason: 'invalid' });
    expect(await count()).toEqual({ n: 0 });
    // two reviewers on one record: the second, who saw no verdict, is refused
    await addVerdict(store.db, { kind: 'accept', record: seen(r), expect: null, reviewer: 'Lan' });
    expect((await refused({ kind: 'reject', record: seen(r), expect: null, reviewer: 'Minh' })).message).toMatch(/judged meanwhile: accept by Lan/u);
    // … and after a reload (expecting Lan's verdict) the change replaces it, history kept
    const lan = (await one('SELECT id FROM verdicts')) as { id: number };
    await addVerdict(store.db, { kind: 'reject', record: seen(r), expect: lan.id, reviewer: 'Minh' });
    expect(await all('SELECT kind, superseded_by IS NULL AS current FROM verdicts ORDER BY id')).toEqual([
      { kind: 'accept', current: 0 },
      { kind: 'reject', current: 1 },
    ]);
    // a page loaded before a re-extraction that reads one record fewer shows ids that are gone or now another record's
    const last = (await rows())[(await rows()).length - 1] as Row;
    const third = (await rows())[3] as Row;
    await save(TEXT, 'v2', (rs) => rs.filter((x) => x.quote !== '35 HTX'));
    expect((await refused({ kind: 'accept', record: seen(last), expect: null, reviewer: 'x' })).message).toMatch(
      /no longer exists: the document was re-extracted since the page was loaded \(the record is now #\d+\)/u,
    );
    expect((await refused({ kind: 'accept', record: seen(third), expect: null, reviewer: 'x' })).message).toMatch(/changed since the page was loaded/u);
  });

  it('an addition can be amended and withdrawn; export --reviewed follows', async () => {
    await save(TEXT, 'v1');
    await judge();
    const add = (await one("SELECT id FROM verdicts WHERE kind = 'add'")) as { id: number };
    const amended = await addVerdict(store.db, {
      kind: 'amend',
      addition: add.id,
      reviewer: 'Lan',
      fields: { ...EXPECTED[2], sector: 'agriculture' } as unknown as RecordFields,
    });
    expect((await reviewed()).find((r) => r.verdict === 'added')).toMatchObject({ sector: 'agriculture', reviewer: 'Lan' });
    await addVerdict(store.db, { kind: 'withdraw', addition: amended.id, reviewer: 'Lan' });
    expect((await reviewed()).map((r) => r.quote)).toEqual(['35 HTX', '380 HTX']);
    await store.close();
    const { rows: exported, partial } = await readReviewed(join(dir, 'db.sqlite'), true);
    expect(exported).toEqual([]);
    expect(partial).toEqual([{ doc: 'plan.txt', left: 2, orphans: 0 }]);
    store = await Store.open(join(dir, 'db.sqlite'));
  });
});
