/**
 * How sure a record is, from the evidence its fields were decided on (`decided`, see
 * extractors/records.ts): which fields came from words of the text near the figure, and which
 * from a fallback. The record lists the fallbacks it used; its level follows from them:
 *
 * - `low`: the text does not say when or whose: the status or the year was taken from the
 *   document itself (its type, its date, its plan period), or the subject by default.
 * - `medium`: every field has words in the text, but one came from afar or indirectly: a metric
 *   read from the counted noun alone (no metric words), a sector from a heading above or from
 *   the group the passage is about, a table cell read through its row label.
 * - `high`: no fallback.
 *
 * `npm run eval` prints precision and recall per level (README: what each level measured).
 * Pure, and deliberately simple: a fallback is recognised by the rule or step id that decided
 * the field, for the Vietnamese and the English extractor alike (`en.` ids read the same).
 */
import { z } from 'zod';

export const CERTAINTY_LEVELS = ['high', 'medium', 'low'] as const;
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

/** Every fallback a record can list, with what it means (shown in the report and the review pages). */
export const FALLBACKS = {
  'status.from_document': 'status from the document (its type or date), no cue in the text',
  'year.from_document': "year from the document's date or plan period, none in the text",
  'subject.default': 'subject by default: no body named near the figure',
  'metric.no_cue': 'metric from the counted noun alone, no metric words',
  'sector.from_afar': "sector from a heading above or the passage's group, not the figure's phrase",
  'table.header': 'a table cell read through its row label',
  untraced: 'the extractor did not say how the fields were decided',
} as const;
export type Fallback = keyof typeof FALLBACKS;

/** Fallbacks that make a record `low`: what the text does not say at all (when, whose). */
const LOW: ReadonlySet<Fallback> = new Set(['status.from_document', 'year.from_document', 'subject.default', 'untraced']);

export const CertaintySchema = z.object({
  level: z.enum(CERTAINTY_LEVELS),
  fallbacks: z.array(z.enum(Object.keys(FALLBACKS) as [Fallback, ...Fallback[]])),
});
export type Certainty = z.infer<typeof CertaintySchema>;

/** What certainty is computed from: a record's `decided` map and its flat rule list. */
export interface Evidence {
  decided?: { metric: string; subject: string; sector: string; status: string; year: string; figure: string } | undefined;
  rules: readonly string[];
}

/** Each fallback and the test on the (prefix-free) id of the step that decided its field. */
const TESTS: { fallback: Fallback; field: 'metric' | 'subject' | 'sector' | 'status' | 'year' | 'figure'; test: RegExp }[] = [
  // status.default.document (a plan sets, a report reports), status.default.year_vs_document_date
  { fallback: 'status.from_document', field: 'status', test: /\bstatus\.default\./u },
  // year.default.document_date, .date_of_issue, .plan, .plan_in_text, .year_just_ended
  { fallback: 'year.from_document', field: 'year', test: /\byear\.default\./u },
  { fallback: 'subject.default', field: 'subject', test: /\bsubject\.default\b/u },
  // "420 thành viên": the noun decides; "32 HTX nông nghiệp" as an item of a breakdown; English "45 cooperatives"
  { fallback: 'metric.no_cue', field: 'metric', test: /^unit\.noun\.|^metric\.count\.(sector_item|noun)$|^metric\.other\.no_cue$/u },
  { fallback: 'sector.from_afar', field: 'sector', test: /\bsector\.(heading|passage_group|part_of_passage_group)\b/u },
  { fallback: 'table.header', field: 'figure', test: /\bunit\.row_label\b/u },
];

/** The fallbacks a record used and its level. */
export function certaintyOf(r: Evidence): Certainty {
  const d = r.decided;
  if (!d) return { level: 'low', fallbacks: ['untraced'] };
  const fallbacks: Fallback[] = [];
  for (const t of TESTS) {
    const why = d[t.field].replace(/\ben\./gu, '');
    if (t.test.test(why)) fallbacks.push(t.fallback);
  }
  const level: CertaintyLevel = fallbacks.some((f) => LOW.has(f)) ? 'low' : fallbacks.length > 0 ? 'medium' : 'high';
  return { level, fallbacks };
}
