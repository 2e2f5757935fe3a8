/**
 * Databases for the report tests, filled through Store:
 * - fillHandMade: two hand-made documents (one with identical, nested and crossing spans, one
 *   hostile: <script> and "><img onerror> in its text, title, quote and a run failure);
 * - fillFromGold: the seed documents with their gold records, offsets found by searching the quote
 *   (a preview of the report before extract works: `npx tsx test/report.fixture.ts out/preview.sqlite`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Store } from '../pipeline/store.ts';
import type { StoredDocument } from '../pipeline/store.ts';
import { DocumentMetaSchema, TargetRecordSchema } from '../pipeline/record.ts';
import type { DocumentMeta, TargetRecord } from '../pipeline/record.ts';

type Rec = Omit<TargetRecord, 'start' | 'end' | 'sentence' | 'quote' | 'section_path' | 'rules'> & {
  quote: string;
  /** Which occurrence of the quote (0-based). */
  nth?: number;
  start?: number;
  end?: number;
  section_path?: string[];
  rules?: string[];
};

function locate(text: string, r: Rec): TargetRecord {
  let at = -1;
  if (r.start === undefined) {
    for (let i = 0; i <= (r.nth ?? 0); i++) {
      at = text.indexOf(r.quote, at + 1);
      if (at < 0) throw new Error(`quote not found: ${r.quote}`);
    }
  }
  const start = r.start ?? at;
  const end = r.end ?? start + r.quote.length;
  const sStart = Math.max(0, text.lastIndexOf('.', start) + 1);
  const dot = text.indexOf('.', end);
  const sentence = text.slice(sStart, dot < 0 ? text.length : dot + 1).trim() || r.quote;
  const { nth: _nth, ...rest } = r;
  return TargetRecordSchema.parse({
    ...rest,
    start,
    end,
    sentence,
    section_path: r.section_path ?? [],
    rules: r.rules ?? ['test.metric', 'test.status'],
  });
}

function meta(m: Partial<DocumentMeta>): DocumentMeta {
  return DocumentMetaSchema.parse({
    title: null,
    doc_type: 'other',
    doc_number: null,
    issuer: null,
    issued: null,
    plan_year: null,
    period_start: null,
    period_end: null,
    province: null,
    district: null,
    province_today: null,
    ...m,
  });
}

function doc(path: string, text: string, m: Partial<DocumentMeta>, diagnostics: string[] = []): StoredDocument {
  return {
    path,
    file_name: basename(path),
    content_hash: `hash-${path}`,
    format: 'txt',
    encoding: 'utf-8',
    text: text.normalize('NFC'),
    extractor_version: 'test-1',
    meta: meta(m),
    diagnostics,
  };
}

const base = { sector: null, value_max: null, comparator: 'eq' } as const;

export const PLAN_TEXT = `KẾ HOẠCH phát triển kinh tế tập thể tỉnh Điện Biên năm 2021 và giai đoạn 2021-2025
I. Mục tiêu cụ thể
Phấn đấu đến năm 2025 toàn tỉnh có 450 HTX, thu hút 12.000 thành viên; doanh thu bình quân 1.715 triệu đồng/HTX/năm; thu nhập bình quân của lao động 60 triệu đồng/năm.
Năm 2021 thành lập mới 40 HTX, nâng tổng số lên 400 HTX, tạo việc làm cho 600 đến 800 lao động.
II. Kết quả
Tính đến 31/12/2021, toàn tỉnh có 380 HTX với 10.500 thành viên, doanh thu bình quân 1,5 tỷ đồng.`;

export const EVIL_TEXT = `Tin bài <script>alert("xss")</script> về HTX.
Tỉnh có "><img src=x onerror=alert(1)> 53 HTX & 1.200 thành viên </script><b>đậm</b>.`;

export interface HandMade {
  planId: number;
  evilId: number;
  planRecords: number;
  evilRecords: number;
}

export async function fillHandMade(store: Store): Promise<HandMade> {
  const plan = doc('seeds/dien-bien-2021.txt', PLAN_TEXT, {
    title: 'Kế hoạch phát triển KTTT tỉnh Điện Biên 2021-2025',
    doc_type: 'ke_hoach',
    doc_number: '2552/KH-UBND',
    issued: '2020-09-04',
    plan_year: 2021,
    period_start: 2021,
    period_end: 2025,
    province: 'Điện Biên',
    province_today: 'Điện Biên',
  });
  const T = { ...base, status: 'target', subject: 'htx' } as const;
  const A = { ...base, status: 'actual', subject: 'htx' } as const;
  const planRecs: Rec[] = [
    {
      ...T,
      metric: 'count',
      year: 2025,
      unit: 'count',
      value: 450,
      quote: '450 HTX',
      section_path: ['I. Mục tiêu cụ thể'],
      rules: ['metric.count', 'status.phan_dau'],
    },
    { ...T, metric: 'members', year: 2025, unit: 'count', value: 12000, quote: '12.000 thành viên', section_path: ['I. Mục tiêu cụ thể'] },
    { ...T, metric: 'revenue_avg', year: 2025, unit: 'VND/year', value: 1715000000, quote: '1.715 triệu đồng/HTX/năm' },
    // Two records on one quote (identical spans): the same figure read as two metrics.
    { ...T, metric: 'income_avg', year: 2025, unit: 'VND/year', value: 60000000, quote: '60 triệu đồng/năm' },
    { ...T, subject: 'kttt', metric: 'other', year: 2025, unit: 'VND/year', value: 60000000, quote: '60 triệu đồng/năm' },
    { ...T, metric: 'new_count', year: 2021, unit: 'count', value: 40, quote: '40 HTX' },
    { ...T, metric: 'count', year: 2021, unit: 'count', value: 400, comparator: 'gte', quote: '400 HTX' },
    // A range, and a record nested inside it.
    { ...T, subject: 'htx', metric: 'workers', year: 2021, unit: 'count', value: 600, value_max: 800, comparator: 'range', quote: '600 đến 800 lao động' },
    { ...T, subject: 'htx', metric: 'other', year: 2021, unit: 'count', value: 800, quote: '800 lao động' },
    { ...A, metric: 'count', year: 2021, unit: 'count', value: 380, quote: '380 HTX' },
    // Crossing spans: "380 HTX với 10.500" and "10.500 thành viên".
    { ...A, metric: 'other', year: 2021, unit: 'count', value: 10500, quote: 'HTX với 10.500', nth: 0 },
    { ...A, metric: 'members', year: 2021, unit: 'count', value: 10500, quote: '10.500 thành viên' },
    { ...A, metric: 'revenue_avg', year: 2021, unit: 'VND/year', value: 1500000000, quote: '1,5 tỷ đồng' },
  ];
  // "HTX với 10.500" must start inside "380 HTX": pick the occurrence after "380 ".
  const hv = PLAN_TEXT.indexOf('380 HTX') + 4;
  const planRecords = planRecs.map((r) =>
    r.quote === 'HTX với 10.500' ? locate(plan.text, { ...r, start: hv, end: hv + r.quote.length }) : locate(plan.text, r),
  );
  await store.saveDocument(plan, planRecords);

  const evil = doc(
    'seeds/<b>evil</b>"><img src=x onerror=alert(2)>.txt',
    EVIL_TEXT,
    {
      title: '<script>alert("title")</script>',
      doc_type: 'tin_bai',
      issued: '2021-12-31',
      province: 'Điện Biên"><img src=x onerror=alert(3)>',
      province_today: 'Điện Biên',
    },
    ['<img src=x onerror=alert(4)> diagnostic'],
  );
  const evilRecs: Rec[] = [
    { ...A, metric: 'count', year: 2021, unit: 'count', value: 53, quote: '53 HTX' },
    {
      ...A,
      metric: 'members',
      year: 2021,
      unit: 'count',
      value: 1200,
      quote: '1.200 thành viên </script><b>',
      end: undefined,
      section_path: ['<script>alert(5)</script>', '"><img onerror=alert(6)>'],
      rules: ['metric.members', '<i>x</i>'],
    },
  ];
  const evilRecords = evilRecs.map((r) => locate(evil.text, r));
  await store.saveDocument(evil, evilRecords);

  const run = await store.startRun('test-1');
  await store.finishRun(run, {
    files_total: 3,
    files_ok: 2,
    files_unchanged: 0,
    files_failed: 1,
    records_added: planRecords.length + evilRecords.length,
    failures: [{ file: 'seeds/broken.pdf', reason: 'PDF không đọc được <script>alert(7)</script>' }],
  });
  const id = async (p: string): Promise<number> => (await store.db.q.selectFrom('documents').select('id').where('path', '=', p).executeTakeFirstOrThrow()).id;
  return { planId: await id(plan.path), evilId: await id(evil.path), planRecords: planRecords.length, evilRecords: evilRecords.length };
}

interface GoldLine {
  doc: string;
  subject: TargetRecord['subject'];
  metric: TargetRecord['metric'];
  sector: TargetRecord['sector'];
  status: TargetRecord['status'];
  year: number | null;
  unit: TargetRecord['unit'];
  value: number;
  value_max: number | null;
  comparator: TargetRecord['comparator'];
  quote: string;
}

const SEED_META: Record<string, Partial<DocumentMeta>> = {
  '000': {
    doc_type: 'ke_hoach',
    issued: '2020-09-04',
    plan_year: 2021,
    period_start: 2021,
    period_end: 2025,
    province: 'Điện Biên',
    province_today: 'Điện Biên',
  },
  '001': { doc_type: 'tin_bai', issued: '2022-01-15', province: 'Điện Biên', province_today: 'Điện Biên' },
  '002': { doc_type: 'tin_bai', issued: '2023-12-20', province: 'Bắc Kạn', province_today: 'Thái Nguyên' },
  '003': { doc_type: 'ke_hoach', issued: '2022-06-01', period_start: 2021, period_end: 2030, province: 'Lai Châu', province_today: 'Lai Châu' },
  '004': { doc_type: 'bao_cao', issued: '2023-07-10', plan_year: 2024, province: 'Lai Châu', district: 'Tam Đường', province_today: 'Lai Châu' },
};

/** The seeds with their gold records (a stand-in for extract's output). Returns the number of records stored. */
export async function fillFromGold(store: Store, seedsDir: string, goldFile: string): Promise<number> {
  const gold = readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldLine);
  let n = 0;
  for (const file of readdirSync(seedsDir).sort()) {
    const text = readFileSync(join(seedsDir, file), 'utf8').normalize('NFC');
    const used = new Map<string, number>();
    const recs: TargetRecord[] = [];
    for (const g of gold.filter((x) => x.doc === file)) {
      const quote = g.quote.normalize('NFC');
      const from = used.get(quote) ?? -1;
      let at = text.indexOf(quote, from + 1);
      if (at < 0) at = text.indexOf(quote);
      if (at < 0) continue;
      used.set(quote, at);
      const { doc: _d, ...rest } = g;
      recs.push(locate(text, { ...rest, quote, start: at, end: at + quote.length, rules: ['gold'] }));
    }
    const key = file.slice(0, 3);
    const title =
      text
        .split('\n')
        .map((l) => l.replace(/^[\s•]+/, '').trim())
        .find((l) => /kế hoạch|hợp tác xã|HTX|kinh tế tập thể/i.test(l) && l.length < 200) ?? null;
    await store.saveDocument(doc(join(seedsDir, file), text, { title, ...(SEED_META[key] ?? {}) }), recs);
    n += recs.length;
  }
  const run = await store.startRun('gold-preview');
  await store.finishRun(run, { files_total: 5, files_ok: 5, files_unchanged: 0, files_failed: 0, records_added: n, failures: [] });
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'out/preview.sqlite';
  const store = await Store.open(file);
  const n = await fillFromGold(store, 'seeds', 'test/data/seeds.gold.jsonl');
  await store.close();
  process.stdout.write(`${file}: ${n} gold records\n`);
}
