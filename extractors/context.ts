/** What every extractor may look at: the document, the sentence, and where a figure's phrase begins and ends. */
import type { Block } from '../pipeline/parse.ts';
import type { Sentence } from '../pipeline/segment.ts';
import type { DocumentMeta, Sector, Subject } from '../pipeline/record.ts';
import type { Masks } from './masks.ts';
import type { Figure } from './figures.ts';
import { cueRegExp, type RuleHit } from '../rules/rule.ts';
import { CONTEXT_CUES } from '../rules/cues.ts';

/** A word that names a cooperative body or the collective economy (HTX, THT, liên hiệp, quỹ tín dụng, KTTT). */
export const SUBJECT_WORD = cueRegExp(CONTEXT_CUES.subjectWord);

export interface DocView {
  text: string;
  key: string;
  blocks: readonly Block[];
  masks: Masks;
  meta: DocumentMeta;
  /** Year of the document's own date, if known. */
  docYear: number | null;
  /** The step that read docYear from the document's headline or text (null: its own date, or no year). */
  docYearRule: string | null;
  /** docYear was read from an opening that reports as of that year (see rules/docyear.ts `asOf`). */
  docYearAsOf: boolean;
  /** The end year of the plan or term whose goals the body states, when the title names none. */
  goalHorizon: { year: number; rule: string } | null;
}

export interface PreviousFigure {
  figure: Figure;
  metric: string;
  /** The sector it took from its own noun phrase ("46 HTX thủy sản"), if any. */
  ownSector: Sector | null;
  /** How its metric was decided, where a later figure reads it (extractors/metric.ts `MetricDecision.via`). */
  metricVia: 'list' | 'share' | 'event_part' | 'change' | null;
  /** Its metric cue picked out a group of cooperatives by what fits no metric (rules/metrics.ts `picksSubset`). */
  picksSubset?: boolean;
  /** Where its own left context began. */
  leftStart: number;
  /** Its subject, once decided. */
  subject?: Subject;
  /** It was found to be no body's of the collective economy (records.ts `unowned`): its parts are none's either. */
  unowned?: true;
  /** It was one named body's own (an organisation's, one cooperative's): an aside about it is that body's too. */
  named?: true;
  /** A per-year figure ("mỗi năm thành lập 3 HTX"), once decided. */
  recurring?: boolean;
  /** Where its noun phrase ends ("60 HTX nông nghiệp|, 25 HTX …"). */
  tailEnd: number;
}

export interface FigureContext {
  doc: DocView;
  block: Block;
  /** Parents of the block, nearest first. */
  ancestors: readonly Block[];
  sentence: Sentence;
  figure: Figure;
  /** The figure after this one in the same sentence, if any (read only to share a list's verb). */
  next?: Figure;
  /** Figures of the same sentence before this one, with their decided metric and sector. */
  previous: readonly PreviousFigure[];
  /** Left context: [leftStart, figure.numStart). */
  leftStart: number;
  /** Right context: [figure.numEnd, rightEnd). */
  rightEnd: number;
  /**
   * When an aside in brackets follows the figure's noun ("171 HTX (chiếm 64,8%) liên kết … chuỗi giá trị"),
   * the words after it, which still describe the figure.
   */
  afterAside?: { start: number; end: number };
  /** End of the figure's clause (next ";" or the sentence end). */
  clauseEnd: number;
  /** End of the figure's noun phrase: the words after its unit that still describe it ("HTX nông nghiệp"). */
  tailEnd: number;
}

/** Drop hits that lie inside a longer hit (hits sorted by start, longer first). */
/** How many brackets are open at `pos` in key[from, pos). */
export function bracketDepth(key: string, from: number, pos: number): number {
  let d = 0;
  for (let i = from; i < pos; i++) {
    const c = key.charCodeAt(i);
    if (c === 40 /* ( */) d++;
    else if (c === 41 /* ) */ && d > 0) d--;
  }
  return d;
}

/** Does `pos` stand in brackets opened at or after `from` that close before `to`? */
export function inClosedAside(key: string, from: number, pos: number, to: number): boolean {
  const open = key.lastIndexOf('(', pos);
  if (open < from || key.lastIndexOf(')', pos) > open) return false;
  const close = key.indexOf(')', pos);
  return close >= 0 && close < to;
}

export function outermost<V>(hits: readonly RuleHit<V>[]): RuleHit<V>[] {
  const out: RuleHit<V>[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.end <= reach) continue;
    out.push(h);
    reach = Math.max(reach, h.end);
  }
  return out;
}

/** Where a figure's noun phrase stops (a field named in parts goes on: "HTX nông, lâm nghiệp và thủy sản"). */
const TAIL_STOP = cueRegExp(CONTEXT_CUES.tailStop);

/**
 * Where the noun phrase of a figure ends: the words after its unit that still describe
 * it ("60 HTX nông nghiệp", "97 HTX hoạt động trong lĩnh vực nông nghiệp"), up to a
 * comma, a number, or a word that starts something new (với, và, thu hút, đạt …).
 */
export function nounTailEnd(key: string, unitEnd: number, limit: number): number {
  // "30 hợp tác xã trên các lĩnh vực nông nghiệp công nghệ cao và làng nghề": a list of fields is all the noun's
  const fields = MANY_FIELDS.exec(key.slice(unitEnd, Math.min(limit, unitEnd + 40)));
  if (fields) {
    const to = Math.min(limit, unitEnd + 200);
    const m = FIELDS_END.exec(key.slice(unitEnd + fields[0].length, to));
    return m ? unitEnd + fields[0].length + m.index : to;
  }
  const to = Math.min(limit, unitEnd + 60);
  const m = TAIL_STOP.exec(key.slice(unitEnd, to));
  return m ? unitEnd + m.index : to;
}

/**
 * Does `pos` stand in the list of fields that ends an earlier figure's noun ("1.687 tổ hợp tác hoạt động trong 8 lĩnh vực:
 * nông nghiệp, …, quỹ tín dụng nhân dân và y tế")? A body named there is one of that figure's fields, not a later
 * figure's body or sector.
 */
export function inFieldsList(key: string, previous: readonly PreviousFigure[], pos: number): boolean {
  return previous.some((p) => p.figure.unitEnd <= pos && pos < p.tailEnd && MANY_FIELDS.test(key.slice(p.figure.unitEnd, p.tailEnd)));
}

/** Between two items of a list of counts: ",", "và", ", và". */
export const LIST_AND = cueRegExp(CONTEXT_CUES.listAnd);

/** The noun's tail names several fields: "… trên các lĩnh vực …", "… hoạt động trong nhiều ngành …". */
export const MANY_FIELDS = cueRegExp(CONTEXT_CUES.manyFields);
/** Where such a list ends: the end of the clause, or a verb of the sentence. */
const FIELDS_END = cueRegExp(CONTEXT_CUES.fieldsEnd);

/**
 * Is the figure the last item of a breakdown of a larger whole of its kind counted before it in its sentence ("165 HTX …: Nông nghiệp
 * (120 HTX), phi nông nghiệp (29 HTX) và 16 quỹ tín dụng nhân dân, thu hút hơn 28.500 thành viên")? The people after it are
 * the whole's, not that item's.
 */
export function lastItemOfBreakdown(previous: readonly PreviousFigure[], sentenceStart: number, item: PreviousFigure): boolean {
  return (
    item.metricVia === 'list' &&
    previous.some(
      (p) =>
        p !== item &&
        p.figure.start >= sentenceStart &&
        p.figure.start < item.figure.start &&
        p.figure.unitClass === 'coop' &&
        p.figure.nounSubject === item.figure.nounSubject &&
        p.metric === 'count' &&
        p.figure.value > item.figure.value,
    )
  );
}
