/**
 * One runner for the corpora (Vietnamese in test/corpus.test.ts, English in
 * test/english-corpus.test.ts): each entry through the extractor, compared with the records
 * it must yield, exactly, on the identifying fields (subject, metric, sector, status, year,
 * unit, value, value_max) plus comparator. `other` records are ignored unless the entry lists
 * some (then those must be present); `none` entries yield no record except `other`. Entries
 * with a `todo` are known gaps, reported as it.todo.
 */
import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../pipeline/record.ts';
import type { CorpusEntry, CorpusGroup, Expected } from './types.ts';

type Key = Required<Expected>;

function keyOf(e: Expected): Key {
  const value_max = e.value_max ?? null;
  return {
    subject: e.subject,
    metric: e.metric,
    sector: e.sector ?? null,
    status: e.status,
    year: e.year,
    unit: e.unit,
    value: e.value,
    value_max,
    comparator: e.comparator ?? (value_max === null ? 'eq' : 'range'),
  };
}

function fromRecord(r: TargetRecord): Key {
  return {
    subject: r.subject,
    metric: r.metric,
    sector: r.sector,
    status: r.status,
    year: r.year,
    unit: r.unit,
    value: r.value,
    value_max: r.value_max,
    comparator: r.comparator,
  };
}

const show = (k: Key) =>
  `${k.subject} ${k.metric} ${k.sector ?? '-'} ${k.status} ${k.year ?? '-'} ${k.unit} ${k.value}${k.value_max === null ? '' : `..${k.value_max}`} ${k.comparator}`;

const name = (e: CorpusEntry) => e.text.replace(/\s+/gu, ' ').trim().slice(0, 150);

/** Declares one test per entry of every group, reading each entry's records with `extract`. */
export function runCorpus(groups: readonly CorpusGroup[], extract: (entry: CorpusEntry) => readonly TargetRecord[]): void {
  for (const group of groups) {
    describe(group.phenomenon, () => {
      for (const entry of group.entries) {
        if (entry.todo) {
          it.todo(`${name(entry)} — TODO: ${entry.todo}`);
          continue;
        }
        it(name(entry), () => {
          const keys = extract(entry).map(fromRecord);
          const got = keys
            .filter((k) => k.metric !== 'other')
            .map(show)
            .sort();
          const others = keys.filter((k) => k.metric === 'other').map(show);
          if (entry.none) expect(got).toEqual([]);
          else
            expect(got).toEqual(
              entry.expect
                .filter((e) => e.metric !== 'other')
                .map(keyOf)
                .map(show)
                .sort(),
            );
          for (const o of entry.expect
            .filter((e) => e.metric === 'other')
            .map(keyOf)
            .map(show))
            expect(others).toContain(o);
        });
      }
    });
  }
}
