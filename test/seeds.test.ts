/**
 * The seed documents against their hand-checked gold (TARGETS.md scoring), and the
 * document metadata of each seed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import { GoldRecordSchema, score, type ScoredRecord } from '../pipeline/evaluate.ts';

const SEEDS = new URL('../seeds/', import.meta.url);
const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const gold = readFileSync(new URL('./data/seeds.gold.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => GoldRecordSchema.parse(JSON.parse(l)));
const docs = new Map(files.map((f) => [f, extractDocument(readFileSync(new URL(f, SEEDS), 'utf8'), f)]));

describe('seeds', () => {
  it('score at least P 0.98, R 0.97, comparator agreement 0.95', () => {
    const predicted: ScoredRecord[] = [...docs].flatMap(([doc, d]) => d.records.map((r) => ({ doc, ...r })));
    const s = score(predicted, gold, files);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.comparatorAgreement).toBeGreaterThanOrEqual(0.95);
  });

  it('every record quotes exactly the text at its offsets and names its rules', () => {
    for (const d of docs.values()) {
      for (const r of d.records) {
        expect(d.text.slice(r.start, r.end)).toBe(r.quote);
        expect(d.text.slice(0).includes(r.sentence)).toBe(true);
        expect(r.rules[0]).toMatch(/^(metric|unit)\./);
      }
    }
  });

  it.each([
    [
      '000_f2d91f2754347d31.txt',
      {
        province: 'Điện Biên',
        district: null,
        province_today: 'Điện Biên',
        doc_type: 'tin_bai',
        issued: '2020-09-04',
        plan_year: 2021,
        period_start: 2021,
        period_end: 2025,
      },
    ],
    [
      '001_482f7cef224ecb08.txt',
      { province: 'Điện Biên', district: null, province_today: 'Điện Biên', doc_type: 'tin_bai', issued: '2021-11-19', plan_year: null, period_end: null },
    ],
    [
      '002_e8c341b51b59ed2c.txt',
      { province: 'Bắc Kạn', district: null, province_today: 'Thái Nguyên', doc_type: 'tin_bai', issued: '2023-08-07', plan_year: 2024 },
    ],
    [
      '003_91dcfe8042129261.txt',
      { province: 'Lai Châu', district: null, province_today: 'Lai Châu', doc_type: 'tin_bai', issued: '2021-04-28', period_start: 2021, period_end: 2030 },
    ],
    [
      '004_13f95b6278968d48.txt',
      {
        province: 'Lai Châu',
        district: 'Tam Đường',
        province_today: 'Lai Châu',
        doc_type: 'ke_hoach',
        issued: '2023-09',
        plan_year: 2024,
        issuer: 'UBND huyện Tam Đường',
      },
    ],
  ])('metadata of %s', (file, expected) => {
    expect(docs.get(file)?.meta).toMatchObject(expected);
  });
});
