/**
 * Whole or part: does a record give the whole of what its key names, or a part of it?
 *
 * "Toàn tỉnh có 820 HTX, trong đó 790 HTX đang hoạt động" gives two `count` records with the same
 * key (TARGETS.md's key is kept as it is); only the first is the total. Attainment and the
 * dashboards compare a total with a total and a part only with the same part, so each record is
 * given one of:
 *
 * - `total`: all of them, in every sector ("toàn tỉnh có 820 HTX", "tổng số HTX là 53");
 * - `sector`: all of them in one sector (the record has a sector: "32 HTX nông nghiệp");
 * - `active`: only those operating ("790 HTX đang hoạt động", "số HTX đang hoạt động là 389",
 *   "200 HTX hoạt động ổn định"); not "HTX đang hoạt động trong lĩnh vực …", which names a sector,
 *   nor a bare "HTX hoạt động", which as often counts them all;
 * - `effective`: those operating effectively (metric `effective`);
 * - `part`: another part of a whole given just before it with the same metric ("420 thành viên,
 *   trong đó 200 thành viên nữ", "Trong số đó, 300 HTX …").
 *
 * Derived from the record's metric, sector and words alone, after extraction: it never changes
 * which records there are. Each decision names its rule (`part.*`).
 */
import { foldKey } from '../pipeline/normalise.ts';
import { cueRegExp } from '../rules/rule.ts';
import { PART_CUES } from '../rules/cues.ts';

export const PARTS = ['total', 'sector', 'active', 'effective', 'part'] as const;
export type Part = (typeof PARTS)[number];

export interface PartDecision {
  part: Part;
  rule: string;
}

/** What the decision reads of a record (a TargetRecord has all of it). */
export interface PartInput {
  subject: string;
  metric: string;
  sector: string | null;
  unit: string;
  start: number;
  end: number;
  sentence: string;
}

/** Right after the figure and its noun: "49 HTX| đang hoạt động", "200 HTX| nông nghiệp hoạt động ổn định". */
const ACTIVE_AFTER = cueRegExp(PART_CUES.activeAfter);
/** Right before the figure: "Số HTX đang hoạt động là |389 HTX", "số hợp tác xã còn hoạt động: |41". */
const ACTIVE_BEFORE = cueRegExp(PART_CUES.activeBefore);
/** Between a whole and the figure: "…, trong đó 300 HTX", "(trong số này 40 …", "; riêng …". */
const PART_CUE = cueRegExp(PART_CUES.partCue);
/** A sentence that opens with the cue speaks of the whole the sentence before it gave. */
const OPENS_WITH_PART_CUE = cueRegExp(PART_CUES.opensWithPartCue);

/** Where the record's sentence starts in the text (the sentence holds the figure). */
function sentenceStart(text: string, r: PartInput): number {
  const at = text.lastIndexOf(r.sentence, r.start);
  return at >= 0 && at + r.sentence.length >= r.end ? at : r.start;
}

/** Whole or part for each record of one document, in the same order. */
export function partsOf(records: readonly PartInput[], text: string): PartDecision[] {
  const starts = records.map((r) => sentenceStart(text, r));
  return records.map((_r, i) => decide(records, starts, text, i));
}

function decide(records: readonly PartInput[], starts: readonly number[], text: string, i: number): PartDecision {
  const r = records[i] as PartInput;
  const s = starts[i] as number;
  if (r.metric === 'effective') return { part: 'effective', rule: 'part.effective' };
  if (r.metric === 'count') {
    const after = foldKey(text.slice(r.end, Math.min(text.length, r.end + 80)));
    const before = foldKey(text.slice(Math.max(s, r.start - 90), r.start));
    if (ACTIVE_AFTER.test(after) || ACTIVE_BEFORE.test(before)) return { part: 'active', rule: 'part.active' };
  }
  const whole = wholeBefore(records, starts, text, i);
  if (whole !== undefined) {
    if (r.sector !== null && r.sector !== whole.sector) return { part: 'sector', rule: 'part.sector_of_whole' };
    return { part: 'part', rule: 'part.of_whole' };
  }
  if (r.sector !== null) return { part: 'sector', rule: 'part.sector' };
  return { part: 'total', rule: 'part.total' };
}

/**
 * The whole a figure is a part of: a record of the same subject, metric and unit before it in its
 * sentence with "trong đó" (or "trong số đó", "riêng", "chia ra") between them, or, when the
 * sentence opens with such a cue, the last such record of the sentence before.
 */
function wholeBefore(records: readonly PartInput[], starts: readonly number[], text: string, i: number): PartInput | undefined {
  const r = records[i] as PartInput;
  const s = starts[i] as number;
  const same = (o: PartInput): boolean => o.subject === r.subject && o.metric === r.metric && o.unit === r.unit && o.end <= r.start;
  let best: PartInput | undefined;
  for (let j = 0; j < records.length; j++) {
    const o = records[j] as PartInput;
    if (j === i || starts[j] !== s || !same(o) || (best && best.end >= o.end)) continue;
    best = o;
  }
  if (best) return PART_CUE.test(foldKey(text.slice(best.end, r.start))) ? best : undefined;
  if (!OPENS_WITH_PART_CUE.test(foldKey(r.sentence.slice(0, 40)))) return undefined;
  // the sentence just before: a whole whose sentence ends where this one begins (give or take a space)
  let prev: PartInput | undefined;
  for (let j = 0; j < records.length; j++) {
    const o = records[j] as PartInput;
    const os = starts[j] as number;
    if (os >= s || os + o.sentence.length < s - 3 || !same(o) || (prev && prev.end >= o.end)) continue;
    prev = o;
  }
  return prev;
}
