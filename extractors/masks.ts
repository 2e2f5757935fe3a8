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
  constructor(spans: Mask[]) {
    this.spans = spans.sort((a, b) => a.start - b.start);
  }
  static of(key: string): Masks {
    return new Masks(findAll(R.noise, key).map((h) => ({ start: h.start, end: h.end, kind: h.rule.value.kind, rule: h.rule.id, ...(h.rule.value.keepsStatus ? { keepsStatus: true } : {}) })));
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
    for (const s of this.spans) {
      if (s.start >= end) break;
      if (s.kind === 'reference' && s.end > start && !(forStatus && s.keepsStatus)) return true;
    }
    return false;
  }
}
