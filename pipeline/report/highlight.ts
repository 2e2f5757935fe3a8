/**
 * The document text with every record highlighted at its [start, end) offsets.
 *
 * Exactly one <mark> per record, so the number of highlights is the number of records:
 * - spans that contain one another (or coincide) nest: <mark A><mark B>…</mark></mark>;
 * - spans that cross can not nest in HTML, so the record that has to be closed early is
 *   continued in a <span class="rec-cont"> carrying the same record id (not a second <mark>);
 * - an empty or out-of-range span (clamped to the text) still gets its own, empty, <mark>.
 * Offsets are JavaScript string indices (UTF-16 code units), as the pipeline stores them.
 */
import { esc, statusMark } from './format.ts';

export interface Span {
  id: number;
  start: number;
  end: number;
  status: string;
  metric: string;
}

interface Open {
  span: Span;
  opened: boolean;
}

function attrs(s: Span, base: string): string {
  const cls = s.status === 'target' ? 't' : 'a';
  return `class="${base} ${cls}" data-rec="${s.id}" data-status="${esc(s.status)}" data-metric="${esc(s.metric)}"`;
}

function openTag(o: Open): string {
  const s = o.span;
  const m = `data-m="${esc(statusMark(s.status))}"`;
  if (!o.opened) {
    o.opened = true;
    return `<mark id="r-${s.id}" ${attrs(s, 'rec')} ${m} tabindex="0">`;
  }
  return `<span ${attrs(s, 'rec-cont')} ${m}>`;
}

function closeTag(first: boolean): string {
  return first ? '</mark>' : '</span>';
}

/** Add the class "end" to the opening tag at out[i]: the last piece of a record carries its T/A letter. */
function markEnd(out: string[], i: number): void {
  const tag = out[i];
  if (tag !== undefined) out[i] = tag.replace(/class="([^"]*)"/, 'class="$1 end"');
}

export function highlightText(text: string, spans: readonly Span[]): string {
  const len = text.length;
  const norm = spans.map((s) => {
    const start = Math.min(Math.max(0, Math.trunc(s.start)), len);
    const end = Math.min(Math.max(start, Math.trunc(s.end)), len);
    return { ...s, start, end };
  });
  const bounds = new Set<number>([0, len]);
  for (const s of norm) {
    bounds.add(s.start);
    bounds.add(s.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const startsAt = new Map<number, Span[]>();
  for (const s of norm) {
    const list = startsAt.get(s.start) ?? [];
    list.push(s);
    startsAt.set(s.start, list);
  }
  const stack: Open[] = [];
  // Whether the tag currently open for a stack entry is its <mark> (true) or a continuation.
  const isMarkTag = new Map<Open, boolean>();
  // Where the currently open tag of a stack entry is in `out`.
  const tagAt = new Map<Open, number>();
  const out: string[] = [];

  const push = (o: Open): void => {
    const first = !o.opened;
    tagAt.set(o, out.length);
    out.push(openTag(o));
    isMarkTag.set(o, first);
    stack.push(o);
  };

  for (let i = 0; i < points.length; i++) {
    const p = points[i] ?? 0;
    // 1. close everything that ends here; entries above it that go on are closed and continued.
    const lowest = stack.findIndex((o) => o.span.end <= p);
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      for (let k = popped.length - 1; k >= 0; k--) {
        const o = popped[k];
        if (!o) continue;
        if (o.span.end <= p) markEnd(out, tagAt.get(o) ?? -1);
        out.push(closeTag(isMarkTag.get(o) ?? false));
      }
      for (const o of popped) if (o.span.end > p) push(o);
    }
    // 2. open what starts here: the longest first (outermost), ties by id; empty spans open and close.
    const starting = (startsAt.get(p) ?? []).slice().sort((a, b) => b.end - a.end || a.id - b.id);
    for (const s of starting) {
      const o: Open = { span: s, opened: false };
      if (s.end === s.start) {
        out.push(openTag(o), '</mark>');
        markEnd(out, out.length - 2);
        continue;
      }
      push(o);
    }
    // 3. the text up to the next boundary.
    const next = points[i + 1];
    if (next !== undefined && next > p) out.push(esc(text.slice(p, next)));
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k];
    if (!o) continue;
    markEnd(out, tagAt.get(o) ?? -1);
    out.push(closeTag(isMarkTag.get(o) ?? false));
  }
  return out.join('');
}
