/**
 * The year an undated English page speaks from, read from its text: ordered, named steps, the
 * first that answers wins (as extractors/docyear.ts does for Vietnamese). First a sentence near
 * the start that opens on the time it reports, then a conference that reviews a year or period,
 * last the latest year the page names as a time of facts (inferEnglishYear).
 */
import { findAll } from '../../rules/rule.ts';
import type { EnDocYearKind } from '../../rules/english/docyear.ts';
import { R } from '../rulesets.ts';
import { foldKey } from '../../pipeline/normalise.ts';
import { inferEnglishYear } from './docmeta.ts';

export interface EnDocYear {
  year: number;
  rule: string;
}

/** How much of the page's start the time it reports may stand in. */
const OPENING_WINDOW = 2500;

/** Sentences of the opening, with their folded keys: a plain split at sentence ends or line breaks. */
function openingSentences(text: string): string[] {
  // (split before folding: the key runs lines together)
  return text
    .slice(0, OPENING_WINDOW)
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => foldKey(s.trim()))
    .filter((s) => s.length > 0);
}

const fromRule =
  (kind: EnDocYearKind, skipGoals: boolean) =>
  (sentences: readonly string[]): EnDocYear | null => {
    for (const s of sentences) {
      const hits = findAll(R.enDocYear, s, 0, s.length);
      // (a review conference names next year's tasks in the same breath: only an opening is spoiled by a goal)
      if (skipGoals && hits.some((h) => h.rule.value.kind === 'goal')) continue;
      const h = hits.find((x) => x.rule.value.kind === kind);
      const g = h?.match.groups ?? {};
      const y = Number(g.y ?? g.y2);
      if (h && Number.isInteger(y)) return { year: y, rule: h.rule.id };
    }
    return null;
  };

const STEPS: readonly (readonly [string, (sentences: readonly string[], text: string) => EnDocYear | null])[] = [
  ['en.docyear.report_opening', fromRule('report_opening', true)],
  ['en.docyear.review', fromRule('review', false)],
  [
    'en.docyear.latest_fact_year',
    (_s, text) => {
      const y = inferEnglishYear(text);
      return y === null ? null : { year: y, rule: 'en.docyear.latest_fact_year' };
    },
  ],
];

/** The year an undated English text reports on, and the step that found it; null when no step answers. */
export function readEnglishDocYear(text: string): EnDocYear | null {
  const sentences = openingSentences(text);
  for (const [, step] of STEPS) {
    const found = step(sentences, text);
    if (found) return found;
  }
  return null;
}
