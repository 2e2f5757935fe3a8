/**
 * PDF with a text layer → text (unpdf, i.e. pdf.js, offline).
 *
 * Text items are put into lines by their position, lines into paragraphs:
 *   - a wider gap than the page's usual line spacing starts a new paragraph;
 *   - a numbered or bulleted line ("1.", "2.1.", "a)", "-", "+", "I.", "Phần thứ")
 *     starts a line of its own;
 *   - otherwise a hard-wrapped line continues the paragraph, unless the line before
 *     ended a sentence (or stopped short of the margin) and this one starts upper case;
 *   - a word broken with a hyphen at the line end is joined again;
 *   - page numbers alone in the bottom margin are dropped.
 * A PDF without any text (a scan) is refused, not read as empty.
 */
// unpdf (pdf.js) is loaded with the first PDF
let unpdfLoaded: Promise<typeof import('unpdf')> | null = null;
import { InputError } from '../errors.ts';
import { isSyllable } from './vietnamese.ts';

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface RawItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  hasEOL: boolean;
}

function isTextItem(v: unknown): v is { str: string; transform: number[]; width: number; height: number; hasEOL: boolean } {
  return typeof v === 'object' && v !== null && 'str' in v && 'transform' in v;
}

function toLines(items: RawItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  let breakNext = false;
  for (const it of items) {
    if (it.str === '' && !it.hasEOL) continue;
    const sameLine = cur !== undefined && !breakNext && Math.abs(cur.y - it.y) < Math.max(1, 0.5 * Math.max(cur.size, it.size));
    if (it.str !== '') {
      if (cur === undefined || !sameLine) {
        cur = { text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size: it.size };
        lines.push(cur);
      } else {
        const gap = it.x - cur.x1;
        const needsSpace = gap > 0.15 * it.size && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
        cur.text += (needsSpace ? ' ' : '') + it.str;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
      }
    }
    breakNext = it.hasEOL;
  }
  for (const l of lines) l.text = l.text.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t\u00a0]+/g, '');
  return lines.filter((l) => l.text !== '');
}

const LIST_START = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][).]\s|[-+•–*●○▪■]\s|[IVXLC]{1,6}[.)]\s|phần thứ\s|chương\s+[IVXLC\d]|điều\s+\d|mục\s+[IVXLC\d])/iu;
const ENDS_SENTENCE = /[.!?…:;]["”')]*$/u;
const STARTS_LOWER = /^["“'(]*\p{Ll}/u;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface PageLines {
  lines: Line[];
  spacing: number;
  right: number;
}

/** Join one PDF's pages of lines into paragraphs. */
export function linesToText(pages: PageLines[]): string {
  const paragraphs: string[] = [];
  let para = '';
  let prev: (Line & { page: PageLines }) | undefined;
  const endParagraph = (): void => {
    if (para.trim() !== '') paragraphs.push(para.trim());
    para = '';
  };
  for (const page of pages) {
    page.lines.forEach((line, idx) => {
      const short = (l: Line, p: PageLines): boolean => l.x1 < p.right - 4 * l.size;
      if (prev === undefined) {
        para = line.text;
      } else {
        const newPage = prev.page !== page;
        const gap = newPage ? 0 : prev.y - line.y;
        const wideGap = !newPage && (gap > 1.45 * page.spacing || gap < 0);
        const listStart = LIST_START.test(line.text) && !(/^[-–]\s+\p{Ll}/u.test(line.text) && !ENDS_SENTENCE.test(prev.text));
        const lower = STARTS_LOWER.test(line.text);
        const sentenceEnd = ENDS_SENTENCE.test(prev.text) && !lower;
        const stoppedShort = short(prev, prev.page) && !lower;
        if (wideGap || listStart || sentenceEnd || stoppedShort) {
          if (newPage && !listStart && !sentenceEnd && lower) {
            para = joinLine(para, line.text);
          } else {
            endParagraph();
            para = line.text;
          }
        } else {
          para = joinLine(para, line.text);
        }
      }
      prev = { ...line, page };
      void idx;
    });
  }
  endParagraph();
  return `${paragraphs.join('\n\n')}\n`;
}

function joinLine(para: string, next: string): string {
  // A hyphen at the margin before a lower-case line: a word broken in two ("nghi-" +
  // "ệp", "develop-" + "ment") is joined; Vietnamese syllables that are whole on both
  // sides ("hợp tác-" + "xã") were never one word, so they are joined with a space.
  const broken = /(\p{L}+)-$/u.exec(para);
  if (broken !== null && STARTS_LOWER.test(next)) {
    const head = (broken[1] as string).toLowerCase();
    const tail = (/^\p{L}+/u.exec(next)?.[0] ?? '').toLowerCase();
    const wholeSyllables = isSyllable(head) && isSyllable(tail) && !isSyllable(head + tail);
    return para.slice(0, -1) + (wholeSyllables ? ' ' : '') + next;
  }
  if (/\d[-–]$/.test(para) && /^\d/.test(next)) return para + next;
  if (/\/$/.test(para)) return para + next;
  return `${para} ${next}`;
}

export async function pdfToText(bytes: Uint8Array, name: string): Promise<string> {
  // A complete PDF ends with %%EOF; a cut-off download does not.
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 16 * 1024));
  if (!tail.includes('%%EOF', 0, 'latin1')) throw new InputError(name, 'truncated PDF (no %%EOF end marker)');
  let pdf: Awaited<ReturnType<typeof import('unpdf')['getDocumentProxy']>>;
  const { getDocumentProxy } = await (unpdfLoaded ??= import('unpdf'));
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: true });
  } catch (e) {
    const ename = e instanceof Error ? e.name : '';
    if (ename === 'PasswordException') throw new InputError(name, 'PDF is password-protected');
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(name, `damaged PDF (${msg})`);
  }
  try {
    const pages: PageLines[] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: RawItem[] = [];
      for (const it of content.items) {
        if (!isTextItem(it)) continue;
        const t = it.transform;
        const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || it.height || 10;
        items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, width: it.width, size, hasEOL: it.hasEOL });
        chars += it.str.trim().length;
      }
      let lines = toLines(items);
      const gaps: number[] = [];
      for (let i = 1; i < lines.length; i++) {
        const g = (lines[i - 1] as Line).y - (lines[i] as Line).y;
        if (g > 0 && g < 3 * (lines[i] as Line).size) gaps.push(g);
      }
      const spacing = median(gaps) || 1.2 * median(lines.map((l) => l.size));
      // A page number alone in the top or bottom margin, wherever the content stream put it.
      if (lines.length > 1) {
        const ys = lines.map((l) => l.y);
        const [low, high] = [Math.min(...ys), Math.max(...ys)];
        lines = lines.filter((l) => {
          if (!/^(?:-\s*)?(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?(?:\s*-)?$/iu.test(l.text)) return true;
          const others = ys.filter((y) => y !== l.y);
          if (l.y === low) return Math.min(...others) - l.y <= 1.8 * spacing;
          if (l.y === high) return l.y - Math.max(...others) <= 1.8 * spacing;
          return true;
        });
      }
      const right = lines.reduce((m, l) => Math.max(m, l.x1), 0);
      pages.push({ lines, spacing, right });
      page.cleanup();
    }
    if (chars === 0) throw new InputError(name, 'PDF has no text layer (scanned image?)');
    return linesToText(pages);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(name, `damaged PDF (${msg})`);
  } finally {
    await pdf.destroy();
  }
}
