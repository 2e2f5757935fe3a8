/**
 * How sure a record is (extractors/certainty.ts): the fallbacks read from `decided`, the level they
 * give, on real extractions; and eval's table per level.
 */
import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../extractors/certainty.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { formatCertainty, score, type ScoredRecord } from '../pipeline/evaluate.ts';

const decided = {
  metric: 'metric.count',
  subject: 'subject.unit_noun',
  sector: 'sector.none (no sector cue: all sectors)',
  status: 'status.target.strive «phấn đấu»',
  year: 'time.year',
  figure: 'unit.noun.htx',
};

describe('certainty', () => {
  it('names each fallback from the step that decided the field, and grades the record by them', () => {
    expect(certaintyOf({ decided, rules: [] })).toEqual({ level: 'high', fallbacks: [] });
    expect(certaintyOf({ decided: { ...decided, status: 'status.default.document', year: 'year.default.document_date docyear.headline' }, rules: [] })).toEqual(
      { level: 'low', fallbacks: ['status.from_document', 'year.from_document'] },
    );
    expect(certaintyOf({ decided: { ...decided, subject: 'subject.default' }, rules: [] })).toEqual({ level: 'low', fallbacks: ['subject.default'] });
    expect(certaintyOf({ decided: { ...decided, sector: 'sector.agriculture sector.heading' }, rules: [] })).toEqual({
      level: 'medium',
      fallbacks: ['sector.from_afar'],
    });
    expect(certaintyOf({ decided: { ...decided, metric: 'unit.noun.members', figure: 'unit.noun.members unit.row_label' }, rules: [] })).toEqual({
      level: 'medium',
      fallbacks: ['metric.no_cue', 'table.header'],
    });
    // a heading's cue is words of the text, not a fallback
    expect(certaintyOf({ decided: { ...decided, status: 'status.target.goal scope.heading', year: 'time.year scope.heading' }, rules: [] }).level).toBe('high');
    // the English extractor's steps read the same
    expect(certaintyOf({ decided: { ...decided, subject: 'en.subject.default', year: 'en.year.default.plan' }, rules: [] })).toEqual({
      level: 'low',
      fallbacks: ['year.from_document', 'subject.default'],
    });
    expect(certaintyOf({ rules: ['metric.count'] })).toEqual({ level: 'low', fallbacks: ['untraced'] });
  });

  it('a figure whose sentence says when and whose is high; one whose status only the document gives is low', () => {
    const doc = extractDocument(
      'Tin kinh tế tập thể\n\nTính đến 31/12/2024, toàn tỉnh có 380 hợp tác xã.\n\nCác hợp tác xã thu hút 12.000 thành viên.\n',
      'tin.txt',
    );
    const of = (q: string) => doc.records.find((r) => r.quote === q)?.certainty;
    expect(of('380 hợp tác xã')).toEqual({ level: 'high', fallbacks: [] });
    // no status cue (a news page reports), no metric words (the noun says members)
    expect(of('12.000 thành viên')).toEqual({ level: 'low', fallbacks: ['status.from_document', 'metric.no_cue'] });
  });

  it("eval counts predicted and matched records per level; the levels' recalls add up to the recall", () => {
    const rec = (value: number, certainty: 'high' | 'medium' | 'low'): ScoredRecord => ({
      doc: 'a.txt',
      subject: 'htx',
      metric: 'count',
      sector: null,
      status: 'actual',
      year: 2024,
      unit: 'count',
      value,
      value_max: null,
      comparator: 'eq',
      certainty,
    });
    const gold = [rec(1, 'high'), rec(2, 'high'), rec(3, 'high'), rec(4, 'high')].map(({ certainty: _c, ...g }) => g);
    const s = score([rec(1, 'high'), rec(2, 'high'), rec(3, 'low'), rec(9, 'low'), rec(8, 'low')], gold, ['a.txt']);
    expect(s.byCertainty).toEqual([
      { level: 'high', predicted: 2, matched: 2 },
      { level: 'low', predicted: 3, matched: 1 },
    ]);
    const lines = formatCertainty(s);
    expect(lines[1]).toMatch(/^ {2}high\s+2\s+2\s+1\.000\s+0\.500$/u);
    expect(lines[2]).toMatch(/^ {2}low\s+3\s+1\s+0\.333\s+0\.250$/u);
    expect(s.recall).toBe(0.75);
    // gold records and old databases carry no level: no table
    expect(score(gold, gold, ['a.txt']).byCertainty).toEqual([]);
  });
});
