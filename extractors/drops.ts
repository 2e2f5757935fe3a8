/**
 * Dropped figures: every number the extractor saw and did not turn into a record
 * (or kept only as `other`), with the reason and the rule or step that decided it.
 * They become vfile messages with positions (`chitieu:drop.*`) and are stored with
 * their structure, so an auditor sees what was skipped and why.
 */

/** Why a number gave no scored record. */
export const DROP_REASONS = {
  'drop.furniture': 'page furniture (counter, date, numbering, contact line)',
  'drop.reference': 'part of a reference (document number, law, resolution, criterion)',
  'drop.no-unit': 'a bare number: no unit or counted noun after it',
  'drop.short-noun': '"tổ" read as tổ hợp tác only after the sentence names them',
  'drop.fund-not-credit': '"quỹ" counts credit funds only where the text names them',
  'drop.no-metric': 'no metric cue and a unit that no record carries',
  'drop.no-subject': 'no metric cue and nothing about cooperatives around it',
  'drop.communes': 'communes with no metric cue',
  'drop.mixed-part': 'a part of a counted group that spans several fields: neither one sector nor all of them',
  'drop.unnamed-part': 'a part of a group counted before it, picked out by what no metric or field names: not all there are',
  'drop.not-cooperatives': 'the figure is about the province, enterprises or households, not the collective economy',
  'drop.named-cooperative': "one named cooperative's own figure",
  'drop.foreign-money': 'money in a currency other than the đồng (US$, €, …): no record carries it',
  'drop.by-place': "an item of a breakdown by place: a district's figure, not the page's",
  'drop.stock-per-year': 'a level (all the HTX, their members, the effective ones) counted per year: a flow that no metric measures',
  'drop.duplicate': 'the same fact as an earlier record of this document',
  'drop.cut-off': 'the page ends right after the number: its last digits or its unit may have been cut off',
  'drop.invalid': 'rejected by the record schema',
} as const;

export type DropReason = keyof typeof DROP_REASONS;

export interface Drop {
  /** Span of the number (with its unit, when one was read), in the stored text. */
  start: number;
  end: number;
  reason: DropReason;
  /** The rule or step that decided it (a mask rule, a metric rule, an extractor step). */
  rule: string;
  /** A record was still kept for it with metric `other` (unscored, for completeness). */
  keptAsOther: boolean;
}

/** Collects drops; a no-op sink when nobody asked. */
export type DropSink = (drop: Drop) => void;

/**
 * Is the figure of a record the last thing on a page that was cut off ("… lãi bình quân của HTX đạt 2", an excerpt ending
 * mid-figure)? Its number ends the page, with no unit, word or full stop after it: "2" may have been "2,5 tỷ đồng".
 */
export function cutAtPageEnd(text: string, quote: string, end: number): boolean {
  const last = quote.charCodeAt(quote.length - 1);
  return last >= 48 && last <= 57 && text.slice(end).trim() === '';
}
export const ignoreDrops: DropSink = () => {};
