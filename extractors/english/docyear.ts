/**
 * The year an undated English page speaks from, read from its text: ordered, named steps, the
 * first that answers wins (as extractors/docyear.ts does for Vietnamese). First a sentence near
 * the start that opens on the time it reports, then a conference that reviews a year or period,
 * last the latest year the page names as a time of facts (inferEnglishYear).
 */
import { findAll } from '../../rules/rule.ts';
import type { EnDocYearKind } from '../../rules/english/docyear.ts';
import { EN_DOCMETA_CUES, EN_MONTH_NAMES } from '../../rules/english/text-cues.ts';
import { compileText } from '../../rules/text-rule.ts';
import { R } from '../rulesets.ts';
import { foldKey } from '../../pipeline/normalise.ts';
import { inferEnglishYear } from './docmeta.ts';

export interface EnDocYear {
  year: number;
  rule: string;
  /** The month of the time the page opens on, when it names one ("As of December 15, 2023, …"). */
  month?: number;
  /** The year the page was written in, not one it reports on: its "last year" is the year before. */
  written?: true;
}

/** The months' names, January first: a month's number is its place plus one. */
const MONTH_NUMBER = EN_MONTH_NAMES;

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
      // (nor does a sentence that tells when a law or decree was issued report the page's time)
      if (kind === 'report_opening' && hits.some((h) => h.rule.value.kind === 'history')) continue;
      // (… nor a sentence of one person's story: "In 2020, she borrowed …")
      if (kind === 'report_opening' && hits.some((h) => h.rule.value.kind === 'personal_story')) continue;
      // (a year that names a law is no time the page reports: "reviewing five years of the 2012 Co-operative Law")
      const h = hits.find((x) => x.rule.value.kind === kind && !citesLaw(s, x.start, x.end, Number(x.match.groups?.y ?? x.match.groups?.y2)));
      const g = h?.match.groups ?? {};
      const y = Number(g.y ?? g.y2);
      if (h && Number.isInteger(y)) {
        const month = MONTH_NUMBER.findIndex((m) => new RegExp(String.raw`\b${m}\b`, 'u').test(h.match[0])) + 1;
        return month > 0 ? { year: y, rule: h.rule.id, month } : { year: y, rule: h.rule.id };
      }
    }
    return null;
  };

const LAW_BEFORE = compileText(EN_DOCMETA_CUES.lawBefore).re;
const LAW_AFTER = compileText(EN_DOCMETA_CUES.lawAfter).re;

/** Is the year a hit of s[a, b) reads the year of a law named right before or after it? */
function citesLaw(s: string, a: number, b: number, year: number): boolean {
  const at = s.slice(a, b).lastIndexOf(String(year));
  if (!Number.isInteger(year) || at < 0) return false;
  const pos = a + at;
  return LAW_BEFORE.test(s.slice(Math.max(0, pos - 40), pos)) || LAW_AFTER.test(s.slice(pos + 4, pos + 44));
}

/** The lead: the first sentences of substance (eight words or more; a headline or a caption line is not one). */
const LEAD_SENTENCES = 3;
function lead(sentences: readonly string[]): string[] {
  return sentences.filter((s) => s.split(/\s+/u).length >= 8).slice(0, LEAD_SENTENCES);
}

/**
 * The latest year the lead states facts of ("Fifty co-operatives were established … in 2022, an increase of 35% compared
 * with those in 2021"): the time a news story reports is set in its lead.
 */
function leadFactYear(sentences: readonly string[]): EnDocYear | null {
  let best: number | null = null;
  for (const s of lead(sentences)) {
    if (findAll(R.enDocYear, s, 0, s.length).some((h) => h.rule.value.kind === 'goal')) continue;
    const y = inferEnglishYear(s);
    if (y !== null && (best === null || y > best)) best = y;
  }
  return best === null ? null : { year: best, rule: 'en.docyear.lead_fact_year' };
}

/** An opening further down ("In 2021, the pandemic forced …") is a look back when the lead reports a later year. */
function reportOpening(sentences: readonly string[]): EnDocYear | null {
  const opening = fromRule('report_opening', true)(sentences);
  if (opening === null) return null;
  const later = leadFactYear(sentences);
  return later !== null && later.year > opening.year ? later : opening;
}

const STEPS: readonly (readonly [string, (sentences: readonly string[], text: string) => EnDocYear | null])[] = [
  ['en.docyear.report_opening', reportOpening],
  ['en.docyear.review', fromRule('review', false)],
  // (an event named with its year: "… at the 2025 Cooperative Economic Forum")
  ['en.docyear.event_edition', fromRule('event_edition', false)],
  // ("… average revenues of VND1.2 billion last year, up 10 per cent from 2022": last year was 2023, the page speaks from 2024)
  [
    'en.docyear.last_year_compared',
    (sentences) => {
      const found = fromRule('last_year_compared', false)(sentences);
      return found === null ? null : { year: found.year + 2, rule: found.rule, written: true };
    },
  ],
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
