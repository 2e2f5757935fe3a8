/**
 * Every English corpus entry (test/corpus/english.ts) through extractDocument, as
 * test/corpus.test.ts runs the Vietnamese ones: the records it must yield, exactly, on the
 * identifying fields plus comparator; `none` entries yield no record except `other`.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import type { TargetRecord } from '../pipeline/record.ts';
import { ENGLISH_CORPUS } from './corpus/english.ts';
import { englishDocumentOf } from './corpus/english-types.ts';
import type { CorpusEntry, Expected } from './corpus/types.ts';

type Key = Required<Expected>;

function keyOf(e: Expected): Key {
  const value_max = e.value_max ?? null;
  return {
    subject: e.subject, metric: e.metric, sector: e.sector ?? null, status: e.status, year: e.year, unit: e.unit,
    value: e.value, value_max, comparator: e.comparator ?? (value_max === null ? 'eq' : 'range'),
  };
}

function fromRecord(r: TargetRecord): Key {
  return { subject: r.subject, metric: r.metric, sector: r.sector, status: r.status, year: r.year, unit: r.unit, value: r.value, value_max: r.value_max, comparator: r.comparator };
}

const show = (k: Key) => `${k.subject} ${k.metric} ${k.sector ?? '-'} ${k.status} ${k.year ?? '-'} ${k.unit} ${k.value}${k.value_max === null ? '' : `..${k.value_max}`} ${k.comparator}`;

function run(entry: CorpusEntry): string[] {
  const doc = extractDocument(englishDocumentOf(entry), 'corpus-en.txt');
  return doc.records.map(fromRecord).filter((k) => k.metric !== 'other').map(show).sort();
}

const name = (e: CorpusEntry) => e.text.replace(/\s+/gu, ' ').trim().slice(0, 150);

describe('English corpus', () => {
  it('has at least 150 sentences of its own', () => {
    const sentences = ENGLISH_CORPUS.flatMap((g) => g.entries).flatMap((e) => e.text.split(/(?<=[.;:!?])\s+|\n+/u).filter((s) => /\p{L}{3}/u.test(s)));
    expect(sentences.length).toBeGreaterThanOrEqual(150);
  });
  for (const group of ENGLISH_CORPUS) {
    describe(group.phenomenon, () => {
      for (const entry of group.entries) {
        if (entry.todo) {
          it.todo(`${name(entry)} — TODO: ${entry.todo}`);
          continue;
        }
        it(name(entry), () => {
          const got = run(entry);
          if (entry.none) expect(got).toEqual([]);
          else expect(got).toEqual(entry.expect.filter((e) => e.metric !== 'other').map(keyOf).map(show).sort());
        });
      }
    });
  }
});
