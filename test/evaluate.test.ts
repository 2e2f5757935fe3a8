import { describe, expect, it } from 'vitest';
import { score, type ScoredRecord } from '../pipeline/evaluate.ts';

const base: ScoredRecord = {
  doc: 'a.txt',
  subject: 'htx',
  metric: 'count',
  sector: null,
  status: 'target',
  year: 2025,
  unit: 'count',
  value: 10,
  value_max: null,
  comparator: 'eq',
};

describe('scoring (TARGETS.md)', () => {
  it('counts matches on the identifying keys, and comparator agreement separately', () => {
    const s = score([{ ...base, comparator: 'gt' }], [base]);
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
    expect(s.comparatorAgreement).toBe(0);
  });
  it('a wrong year is a false positive and a miss', () => {
    const s = score([{ ...base, year: 2024 }], [base]);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });
  it('leaves metric "other" out on both sides', () => {
    const s = score([base, { ...base, metric: 'other', value: 3 }], [base, { ...base, metric: 'other', value: 4 }]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });
  it('money must match to the đồng; other numbers to 1e-9', () => {
    const money = { ...base, metric: 'revenue_avg' as const, unit: 'VND/year' as const, value: 1715000000 };
    expect(score([{ ...money, value: 1715000001 }], [money]).tp).toBe(0);
    expect(score([{ ...base, unit: 'percent', value: 0.53 + 1e-12 }], [{ ...base, unit: 'percent', value: 0.53 }]).tp).toBe(1);
  });
  it('an optional gold record is neither credited nor penalised', () => {
    const open = { ...base, value: 7, optional: true };
    // predicted: neither a match nor a false positive; missed: no miss
    expect(score([base, { ...base, value: 7 }], [base, open])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score([base], [base, open])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // a key given both as required and as optional is required
    expect(score([], [base, { ...base, optional: true }])).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
  it('a fact stated twice counts once', () => {
    const s = score([base, base], [base]);
    expect([s.tp, s.fp]).toEqual([1, 0]);
  });
  it('micro-averages over documents', () => {
    const s = score([base, { ...base, doc: 'b.txt', value: 2 }], [base, { ...base, doc: 'b.txt' }]);
    expect(s.precision).toBe(0.5);
    expect(s.perDoc.map((d) => d.f1)).toEqual([1, 0]);
  });
});
