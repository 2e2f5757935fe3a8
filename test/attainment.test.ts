/**
 * Attainment and dashboards compare like with like (issue 15): a total with a total, a part only
 * with the same part; several documents: the latest issued, counted as documents; a yearly goal
 * against each year's count; metric = other out of the dashboard views. Documents go through the
 * real extractor (runExtract), so the parts are the ones extraction gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../pipeline/run.ts';
import { Db } from '../pipeline/db/connect.ts';
import { partsOf } from '../extractors/part.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { readRows } from '../pipeline/export.ts';

const HEAD = (no: string, date: string, kind: string, title: string): string =>
  `UỶ BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: ${no}\nYên Bái, ${date}\n\n${kind}\n${title}\n\n`;

const DOCS: Record<string, string> = {
  'a_plan.txt': `${HEAD('45/KH-UBND', 'ngày 10 tháng 3 năm 2021', 'KẾ HOẠCH', 'Phát triển kinh tế tập thể, hợp tác xã tỉnh Yên Bái giai đoạn 2021-2025')}I. MỤC TIÊU CỤ THỂ
Đến năm 2025 toàn tỉnh có 800 HTX.
Mỗi năm thành lập mới từ 30 HTX trở lên.
`,
  'b_report2023.txt': `${HEAD('12/BC-UBND', 'ngày 15 tháng 1 năm 2024', 'BÁO CÁO', 'Kết quả phát triển kinh tế tập thể, hợp tác xã tỉnh Yên Bái năm 2023')}Năm 2023, toàn tỉnh thành lập mới 35 HTX, nâng tổng số lên 760 HTX.
`,
  'c_report2025.txt': `${HEAD('301/BC-UBND', 'ngày 20 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả phát triển kinh tế tập thể, hợp tác xã tỉnh Yên Bái năm 2025')}Năm 2025, toàn tỉnh có 820 HTX, trong đó 790 HTX đang hoạt động.
Trong năm thành lập mới 28 HTX.
`,
  'd_report2025.txt': `${HEAD('150/BC-UBND', 'ngày 01 tháng 6 năm 2025', 'BÁO CÁO', 'Tình hình phát triển kinh tế tập thể, hợp tác xã tỉnh Yên Bái 6 tháng đầu năm 2025')}Ước năm 2025 toàn tỉnh có 810 HTX.
`,
};

let dir: string;
let db: Database.Database;

interface Row {
  target_value: number;
  actual_value: number | null;
  year: number;
  target_year: number;
  unit: string;
  actual_unit: string | null;
  part: string;
  actual_count: number;
  actual_rule: string | null;
  match_rule: string;
  attained: number | null;
  actual_file_name: string | null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-attain-'));
  for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(dir, name), text);
  const file = join(dir, 'db.sqlite');
  const r = await runExtract([dir], { db: file, workers: 0 });
  expect(r.files_ok).toBe(4);
  db = new Database(file);
});

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('whole or part of a figure', () => {
  it('a record says whether it is the total, the active ones, or a part', () => {
    const rows = db.prepare("SELECT value, part, part_rule FROM targets WHERE metric = 'count' ORDER BY value").all();
    expect(rows).toEqual([
      { value: 760, part: 'total', part_rule: 'part.total' },
      { value: 790, part: 'active', part_rule: 'part.active' },
      { value: 800, part: 'total', part_rule: 'part.total' },
      { value: 810, part: 'total', part_rule: 'part.total' },
      { value: 820, part: 'total', part_rule: 'part.total' },
    ]);
  });

  it('the export carries it', async () => {
    const rows = (await readRows(join(dir, 'db.sqlite'))).filter((r) => r.metric === 'count' && r.doc === 'c_report2025.txt');
    expect(rows.map((r) => [r.value, r.part])).toEqual([
      [820, 'total'],
      [790, 'active'],
    ]);
  });

  it.each([
    [
      'Toàn tỉnh có 530 HTX, trong đó có 412 HTX đang hoạt động, 118 HTX ngừng hoạt động.',
      [
        ['530 HTX', 'total'],
        ['412 HTX', 'active'],
        ['118 HTX', 'total'],
      ],
    ],
    ['Số HTX đang hoạt động là 389 HTX.', [['389 HTX', 'active']]],
    ['Đến năm 2025, toàn tỉnh có trên 200 HTX hoạt động ổn định.', [['200 HTX', 'active']]],
    [
      'Toàn tỉnh có 1.120 HTX (trong đó 755 HTX nông nghiệp) và 11 liên hiệp HTX.',
      [
        ['1.120 HTX', 'total'],
        ['755 HTX', 'sector'],
        ['11 liên hiệp HTX', 'total'],
      ],
    ],
    ['Tổng số HTX đang hoạt động trong lĩnh vực vệ sinh môi trường là 01 HTX.', [['01 HTX', 'sector']]],
    [
      'Toàn tỉnh có 530 HTX, trong đó 145 HTX hoạt động có hiệu quả.',
      [
        ['530 HTX', 'total'],
        ['145 HTX', 'effective'],
      ],
    ],
    ['Toàn tỉnh có 820 HTX hoạt động theo Luật Hợp tác xã năm 2012.', [['820 HTX', 'total']]],
  ])('%s', (text, expected) => {
    const doc = extractDocument(`Báo cáo kinh tế tập thể năm 2023\n\n${text}\n`, 'x.txt');
    const parts = partsOf(doc.records, doc.text);
    const got = doc.records.map((r, i) => [r.quote.replace(/^(trên|khoảng) /u, ''), parts[i]?.part]);
    expect(got).toEqual(expected);
  });

  it('the seeds: Tam Đường 2023 is 53 in all and 49 active', async () => {
    const d = mkdtempSync(join(tmpdir(), 'chitieu-seed-'));
    try {
      const file = join(d, 'db.sqlite');
      await runExtract([new URL('../seeds/004_13f95b6278968d48.txt', import.meta.url).pathname], { db: file, workers: 0 });
      const s = new Database(file, { readonly: true });
      const rows = s
        .prepare("SELECT value, part FROM targets WHERE metric = 'count' AND status = 'actual' AND year = 2023 AND sector IS NULL ORDER BY value")
        .all();
      s.close();
      expect(rows).toEqual([
        { value: 49, part: 'active' },
        { value: 53, part: 'total' },
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('v_attainment', () => {
  const rows = (where: string): Row[] => db.prepare(`SELECT * FROM v_attainment WHERE ${where} ORDER BY year`).all() as Row[];

  it('a total target meets the total actual of the latest issued document, counted in documents', () => {
    const r = rows("metric = 'count'");
    expect(r).toHaveLength(1);
    // 800 is compared with 820 (the total), not 790 (the active ones); 810 (June) is older than 820 (December)
    expect(r[0]).toMatchObject({
      target_value: 800,
      actual_value: 820,
      part: 'total',
      attained: 1,
      actual_count: 2,
      actual_rule: 'latest_issued',
      actual_file_name: 'c_report2025.txt',
    });
  });

  it("a yearly goal is checked against each year's new count", () => {
    const r = rows("metric = 'new_count'");
    expect(r.map((x) => [x.year, x.target_year, x.unit, x.actual_unit, x.actual_value, x.attained, x.match_rule])).toEqual([
      [2023, 2025, 'count/year', 'count', 35, 1, 'yearly_goal_each_year'],
      [2025, 2025, 'count/year', 'count', 28, 0, 'yearly_goal_each_year'],
    ]);
  });

  it('a part is compared only with the same part', () => {
    const before = db.prepare('SELECT COUNT(*) AS n FROM targets').get() as { n: number };
    // an "active" target in the plan meets the 790 active, never the 820 total
    const doc = db.prepare("SELECT id FROM documents WHERE file_name = 'a_plan.txt'").get() as { id: number };
    const t = db.prepare("SELECT * FROM targets WHERE document_id = ? AND metric = 'count'").get(doc.id) as Record<string, unknown>;
    db.prepare(`INSERT INTO targets (document_id, subject, metric, sector, status, year, unit, value, value_max, comparator, quote, sentence, start, "end", section_path, rule, part, part_rule)
      VALUES (@document_id, @subject, @metric, @sector, @status, @year, @unit, 780, NULL, 'gte', @quote, @sentence, @start, @end, @section_path, @rule, 'active', 'test')`).run(
      t,
    );
    try {
      const r = rows("metric = 'count' AND part = 'active'");
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({ target_value: 780, actual_value: 790, actual_count: 1, actual_rule: 'one_document', attained: 1 });
    } finally {
      db.prepare("DELETE FROM targets WHERE part_rule = 'test'").run();
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM targets').get()).toEqual(before);
  });

  it('documents of the same date: the latest imported, and the row says so; several figures in one document count once', () => {
    db.prepare("UPDATE documents SET issued = '2025-12-20' WHERE file_name = 'd_report2025.txt'").run();
    try {
      const r = rows("metric = 'count' AND part = 'total'");
      expect(r[0]?.actual_rule).toBe('latest_issued, then latest_imported');
      expect(r[0]?.actual_count).toBe(2);
    } finally {
      db.prepare("UPDATE documents SET issued = '2025-06-01' WHERE file_name = 'd_report2025.txt'").run();
    }
  });

  it('metric = other stays out of v_targets, and in v_targets_all', () => {
    const doc = db.prepare("SELECT id FROM documents WHERE file_name = 'c_report2025.txt'").get() as { id: number };
    db.prepare(`INSERT INTO targets (document_id, subject, metric, sector, status, year, unit, value, value_max, comparator, quote, sentence, start, "end", section_path, rule, part, part_rule)
      VALUES (?, 'htx', 'other', NULL, 'actual', 2025, 'percent', 9.5, NULL, 'eq', 'x', 'x', 0, 1, '', 'metric.other.change', 'total', 'test')`).run(doc.id);
    try {
      const n = (v: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${v} WHERE metric = 'other'`).get() as { n: number }).n;
      expect(n('v_targets')).toBe(0);
      expect(n('v_targets_all')).toBe(1);
      expect(n('v_attainment')).toBe(0);
    } finally {
      db.prepare("DELETE FROM targets WHERE part_rule = 'test'").run();
    }
  });

  it("an older database gets its part column, computed from the stored records, and the review's tables", async () => {
    const file = join(dir, 'old.sqlite');
    db.prepare('VACUUM INTO ?').run(file);
    // a file from before versioned migrations, part, certainty and verdicts
    const before = new Database(file);
    for (const v of ['v_attainment_reviewed', 'v_reviewed', 'v_attainment', 'v_targets', 'v_targets_all']) before.exec(`DROP VIEW IF EXISTS ${v}`);
    before.exec('DROP TABLE schema_migrations; DROP TABLE schema_views; DROP TABLE verdicts; DROP TABLE drops');
    for (const c of ['part', 'part_rule', 'certainty', 'fallbacks']) before.exec(`ALTER TABLE targets DROP COLUMN ${c}`);
    before.close();
    await (await Db.open(file)).close();
    const old = new Database(file);
    try {
      expect(old.prepare('SELECT certainty, fallbacks, verdict FROM v_targets WHERE value = 790').get()).toEqual({
        certainty: null,
        fallbacks: '',
        verdict: null,
      });
      expect(old.prepare('SELECT COUNT(*) AS n FROM v_reviewed').get()).toEqual({ n: 0 });
      expect(old.prepare('SELECT part FROM targets WHERE value = 790').get()).toEqual({ part: 'active' });
      expect((old.prepare("SELECT actual_value FROM v_attainment WHERE metric = 'count'").get() as { actual_value: number }).actual_value).toBe(820);
    } finally {
      old.close();
    }
  });
});
