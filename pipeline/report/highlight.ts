/**
 * The document text with every record highlighted at its [start, end) offsets.
 *
 * Exactly one <mark> per record, so the number of highlights is the number of records:
 * - spans that contain one another (or coincide) nest: <mark A><mark B>…</mark></mark>;
 * - spans that cross can not nest in HTML, so the record that has to be closed early is
 *   continued in a <span class="rec-cont"> carrying the same record id (not a second <mark>);
 * - an empty or out-of-range span (clamped to the text) still gets its own, empty, <mark>.
 * Offsets are JavaScript string indices (UTF-16 code units), as the pipeline stores them.
 *
 * The stored text keeps the Markdown the decode stage wrote for bold run-in headings
 * (`**Mục tiêu:**`) and headings (`## II. NHIỆM VỤ`). Those marks are not shown: each
 * sits in a `<span class="md">` the stylesheet hides (so the text content still equals
 * the stored text, offset for offset), and what they mark is set in `<b>`.
 */
import { esc, statusMark } from './format.ts';

export interface Span {
  id: number;
  start: number;
  end: number;
  status: string;
  metric: string;
  /**
   * 'record' (the default): an extracted record, `<mark class="rec">` with `data-rec`.
   * 'drop': a figure the extractor dropped (`<mark class="drop">` with `data-drop`, its reason in `title`).
   * 'added': a record a reviewer added (`<mark class="added">` with `data-add`).
   * Only records count as records: `mark.rec` is one per record whatever else is marked.
   */
  kind?: 'record' | 'drop' | 'added';
  /** Shown on hover (drops: the reason). */
  title?: string;
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
  if (s.kind === 'drop' || s.kind === 'added') {
    const [cls, attr, prefix] = s.kind === 'drop' ? ['drop', 'data-drop', 'd'] : [`added ${s.status === 'target' ? 't' : 'a'}`, 'data-add', 'a'];
    const title = s.title ? ` title="${esc(s.title)}"` : '';
    if (!o.opened) {
      o.opened = true;
      return `<mark id="${prefix}-${s.id}" class="${cls}" ${attr}="${s.id}"${title}>`;
    }
    return `<span class="${cls} cont" ${attr}="${s.id}"${title}>`;
  }
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

interface Range {
  start: number;
  end: number;
}

/** The Markdown marks to hide, and the stretches they make bold, in text order. */
export function markdownDecor(text: string): { hidden: Range[]; bold: Range[] } {
  const hidden: Range[] = [];
  const bold: Range[] = [];
  for (const m of text.matchAll(/^(#{1,6}[ \t]+)(.*)$/gm)) {
    const at = m.index ?? 0;
    const mark = m[1] ?? '';
    hidden.push({ start: at, end: at + mark.length });
    if ((m[2] ?? '').length) bold.push({ start: at + mark.length, end: at + m[0].length });
  }
  // **bold**, within one paragraph (a single line break may fall inside, a blank line not)
  for (const m of text.matchAll(/\*\*(?=[^\s*])((?:[^*\n]|\n(?![ \t]*\n))+?)\*\*/g)) {
    const at = m.index ?? 0;
    const inner = m[1] ?? '';
    if (/\s$/.test(inner)) continue;
    hidden.push({ start: at, end: at + 2 }, { start: at + 2 + inner.length, end: at + 4 + inner.length });
    bold.push({ start: at + 2, end: at + 2 + inner.length });
  }
  const byStart = (a: Range, b: Range) => a.start - b.start;
  return { hidden: hidden.sort(byStart), bold: bold.sort(byStart) };
}

/** Whether [p, …) lies in one of the sorted, non-overlapping ranges; `cursor` moves forward only. */
function inside(ranges: readonly Range[], cursor: { i: number }, p: number): boolean {
  while (cursor.i < ranges.length && (ranges[cursor.i] as Range).end <= p) cursor.i++;
  const r = ranges[cursor.i];
  return r !== undefined && r.start <= p && p < r.end;
}

export function highlightText(text: string, spans: readonly Span[]): string {
  const len = text.length;
  const decor = markdownDecor(text);
  // a heading's bold line and a **bold** run inside it overlap; one <b> is enough
  const bold: Range[] = [];
  for (const r of decor.bold) {
    const last = bold[bold.length - 1];
    if (!last || r.start >= last.end) bold.push(r);
    else last.end = Math.max(last.end, r.end);
  }
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
  for (const r of [...decor.hidden, ...bold]) {
    bounds.add(r.start);
    bounds.add(r.end);
  }
  const hiddenAt = { i: 0 };
  const boldAt = { i: 0 };
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
    // 3. the text up to the next boundary: a Markdown mark hidden, a bold stretch in <b>.
    const next = points[i + 1];
    if (next !== undefined && next > p) {
      const piece = esc(text.slice(p, next));
      if (inside(decor.hidden, hiddenAt, p)) out.push(`<span class="md">${piece}</span>`);
      else if (inside(bold, boldAt, p)) out.push(`<b>${piece}</b>`);
      else out.push(piece);
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k];
    if (!o) continue;
    markEnd(out, tagAt.get(o) ?? -1);
    out.push(closeTag(isMarkTag.get(o) ?? false));
  }
  return out.join('');
}
