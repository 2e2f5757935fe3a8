/**
 * Noise masks over a whole document: spans where no figure starts, and (for
 * references) where no status or time cue counts.
 */
import { findAll } from '../rules/rule.ts';
import { R } from './rulesets.ts';

export interface Mask {
  start: number;
  end: number;
  kind: 'furniture' | 'reference';
  rule: string;
  /** A reference whose words still count as a status cue (see rules/noise.ts). */
  keepsStatus?: boolean;
}

export class Masks {
  private readonly spans: Mask[];
  /** The reference spans, by start, and the furthest end of each prefix of them (for overlapsReference). */
  private readonly refs: Mask[];
  private readonly refReach: number[];
  constructor(spans: Mask[]) {
    this.spans = spans.sort((a, b) => a.start - b.start);
    this.refs = this.spans.filter((s) => s.kind === 'reference');
    let reach = -1;
    this.refReach = this.refs.map((s) => (reach = Math.max(reach, s.end)));
  }
  static of(key: string): Masks {
    return new Masks(
      findAll(R.noise, key).map((h) => ({
        start: h.start,
        end: h.end,
        kind: h.rule.value.kind,
        rule: h.rule.id,
        ...(h.rule.value.keepsStatus ? { keepsStatus: true } : {}),
      })),
    );
  }
  /** Add spans found elsewhere (e.g. outline numbering). */
  add(more: Mask[]): Masks {
    return new Masks([...this.spans, ...more]);
  }
  /** The mask covering position pos, if any (optionally only of one kind). */
  at(pos: number, kind?: Mask['kind']): Mask | undefined {
    // spans are few per document; binary search on start then scan back a little
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Mask).start <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 12; i--) {
      const s = this.spans[i] as Mask;
      if (s.start <= pos && pos < s.end && (kind === undefined || s.kind === kind)) return s;
    }
    return undefined;
  }
  /** True when [start, end) overlaps a reference span. */
  overlapsReference(start: number, end: number, forStatus = false): boolean {
    // binary search, then back only while an earlier span can still reach `start`: a scan from the
    // document's start made this quadratic in its length
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.refs[mid] as Mask).start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (this.refReach[i] as number) > start; i--) {
      const s = this.refs[i] as Mask;
      if (s.end > start && !(forStatus && s.keepsStatus)) return true;
    }
    return false;
  }
}
