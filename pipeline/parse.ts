/**
 * Stage 3: parse. remark-parse reads the text as Markdown (plain text is Markdown
 * too); the `remarkOutline` plugin then recovers the outline of a Vietnamese
 * administrative document from the leaf blocks: "Phần thứ nhất/hai/ba", roman
 * "I.", "1.", "2.1.", "a)", "-" and "+" bullets, bold or upper-case headings, and
 * lead-ins that end with a colon (the cues are rules with examples in rules/outline.ts).
 * It works in two steps: classify (each block's kind, level and label) and link (each
 * block's parent). Each block knows its parent, so later stages can ask which heading
 * and which lead-in a sentence stands under.
 */
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, Nodes } from 'mdast';
import { VFile } from 'vfile';
import { NUMBERING_RULES, OUTLINE_CUES, type Numbering } from '../rules/outline.ts';
import { compileText } from '../rules/text-rule.ts';

/** 'furniture': a "Tin liên quan" list and the like; never read for figures. */
export type BlockKind = 'heading' | 'leadin' | 'item' | 'paragraph' | 'furniture';

export interface Block {
  id: number;
  /** Offsets into the NFC text. */
  start: number;
  end: number;
  /** Where the content starts, after any numbering or bullet. */
  contentStart: number;
  kind: BlockKind;
  /** Smaller is higher: 1 "Phần", 2 roman, 3 "1.", 4 "2.1.", 6 "a)", 7 "-", 8 "+", 9 plain text. */
  level: number;
  /** For headings and lead-ins: the span whose words govern the blocks under it. */
  label: { start: number; end: number } | null;
  parent: number | null;
}

declare module 'vfile' {
  interface DataMap {
    blocks: Block[];
  }
}

interface LeafSpan {
  start: number;
  end: number;
  /** Markdown heading depth, or 0. */
  depth: number;
  /** Start of the enclosing list item (its marker), when this is the item's first block. */
  itemStart: number | null;
}

function collectLeaves(node: Nodes, out: LeafSpan[], itemStart: number | null): void {
  const pos = node.position;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'code':
    case 'html':
    case 'table':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
        out.push({ start: pos.start.offset, end: pos.end.offset, depth: node.type === 'heading' ? node.depth : 0, itemStart });
      }
      return;
    case 'listItem': {
      let first = true;
      for (const child of node.children) {
        collectLeaves(child, out, first ? (pos?.start.offset ?? null) : null);
        first = false;
      }
      return;
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) collectLeaves(child, out, null);
  }
}

/** The numbering rules, tried in order at the start of a block's content (rules/outline.ts). */
const NUMBERING = NUMBERING_RULES.map(compileText);
const RELATED_LINKS = compileText(OUTLINE_CUES.relatedLinks).re;
const GLUED_HEADING = compileText(OUTLINE_CUES.gluedHeading).re;
const DOCUMENT_NUMBER = compileText(OUTLINE_CUES.documentNumber).re;
const TITLE_WORD = compileText(OUTLINE_CUES.titleWord).re;
const BOLD_HEADING = compileText(OUTLINE_CUES.boldHeading).re;
const LEADIN = compileText(OUTLINE_CUES.leadin).re;

/** The level a numbering rule gives to what it matched. */
function levelOf(n: Numbering, m: RegExpExecArray): number {
  if (n.level !== 'per-part') return n.level;
  // (deeper than three numbers, still above a lettered item: "4.1.1.1. …" then "a. …" is its child)
  const parts = (m.groups?.parts ?? '').split('.').length;
  return parts <= 3 ? 2 + parts : 6 - 0.5 ** (parts - 3);
}

/** Openers of a line that speaks of parts of what the line before counted. */
const PART_OF_BEFORE = /^(Trong đó|Trong số đó|Trong số này|Cụ thể|Gồm|Bao gồm)(?=[\s,:])/u;

function isUpperHeading(line: string): boolean {
  let letters = 0;
  let lower = 0;
  // one pass, ASCII letters told by their codes; ordinary prose stops early, as soon as its small letters
  // alone are more than the 15% of the line's characters a heading can have
  const mostLower = line.length * 0.15;
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      letters++;
      if (++lower > mostLower) return false;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c >= 0x80 && LETTER.test(ch)) {
      letters++;
      if (!UPPER_LETTER.test(ch) && ++lower > mostLower) return false;
    }
  }
  if (letters < 6) return false;
  return (letters - lower) / letters > 0.85 && !DOCUMENT_NUMBER.test(line);
}
const LETTER = /^\p{L}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;

interface Span {
  start: number;
  end: number;
}

/** Split a leaf block's text into lines that each start a new block when they are numbered. */
function splitNumberedLines(text: string, span: LeafSpan): Span[] {
  const parts: Span[] = [];
  let cur = span.start;
  let lineStart = span.start;
  let prevLineStart = span.start;
  while (lineStart < span.end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > span.end) nl = span.end;
    if (lineStart > span.start) {
      const line = text.slice(lineStart, nl).trimStart();
      // what comes before this line in the block: only its end is read, so the line before stands for it
      // (the whole stretch only when that line is blank, which a paragraph's lines are not)
      const lineBefore = text.slice(Math.max(cur, prevLineStart), lineStart - 1).trimEnd();
      const before = lineBefore !== '' || prevLineStart <= cur ? lineBefore : text.slice(cur, lineStart - 1).trimEnd();
      // a numbered line starts a block; so does a new sentence on its own line after a list item
      // (Markdown reads it as the item's lazy continuation, scraped text means a new paragraph)
      const afterItem = span.itemStart !== null && /[.!?]$/u.test(before) && /^\p{Lu}/u.test(line);
      // a line in capitals after one that is not starts a heading: a flattened masthead runs into the
      // plan's headings ("Hòa Bình, ngày 08 tháng 07 năm 2015 |\nĐÁNH GIÁ TÌNH HÌNH …")
      const capitalsAfterText = isUpperHeading(line) && !isUpperHeading(before.split('\n').pop() ?? '');
      // a sentence that ends its line, and a capital opening the next: scraped pages write each paragraph on one
      // line with no blank line between them ("… đến nay đã cơ bản hoàn thiện.\nBáo cáo của Liên minh cho thấy, …")
      // (a line that opens on a part of what the one before counted goes on with it: "Trong đó, có 259 HTX …")
      const sentenceThenLine = /[.!?…]["”’)]?$/u.test(before) && /^["“‘(]?\p{Lu}/u.test(line) && !PART_OF_BEFORE.test(line);
      if (
        NUMBERING.some((n) => n.re.test(line)) ||
        afterItem ||
        sentenceThenLine ||
        capitalsAfterText ||
        RELATED_LINKS.test(line) ||
        RELATED_LINKS.test(before.split('\n').pop() ?? '')
      ) {
        parts.push({ start: cur, end: lineStart - 1 });
        cur = lineStart;
      }
    }
    // a heading in capitals glued to the text after it ("MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030Phấn đấu có …"):
    // a block of its own, and the text after it another
    const glued = GLUED_HEADING.exec(text.slice(lineStart, nl));
    if (glued) {
      if (lineStart > cur) parts.push({ start: cur, end: lineStart - 1 });
      parts.push({ start: lineStart, end: lineStart + (glued[1] as string).length });
      cur = lineStart + (glued[1] as string).length;
    }
    prevLineStart = lineStart;
    lineStart = nl + 1;
  }
  parts.push({ start: cur, end: span.end });
  return parts;
}

/** A piece of a leaf block read on its own: its kind and level by its numbering, markup or capitals. */
interface Piece {
  start: number;
  end: number;
  /** After the numbering, bullet, "#" or bold markers. */
  contentStart: number;
  kind: BlockKind;
  level: number;
  /** The first line of the text after "#" and bold markers, trimmed. */
  firstLine: string;
  /** The whole piece is bold ("**Mục tiêu cụ thể:**"). */
  bold: boolean;
}

/** A piece as it stands in the outline, before lead-ins, furniture and labels are read. */
interface Placed {
  start: number;
  end: number;
  contentStart: number;
  kind: BlockKind;
  level: number;
  /** The heading that a bare "Phần thứ nhất" takes as its title: the block ends with it, and it is the label. */
  title: Span | null;
}

/** A block before it is linked into the outline: everything but its id and its parent. */
type Classified = Omit<Block, 'id' | 'parent'>;

/** Read one piece: numbering, a Markdown heading's depth, a bold or upper-case line. Null when it is only white space. */
function readPiece(text: string, span: Span, depth: number): Piece | null {
  let start = span.start;
  while (start < span.end && /\s/u.test(text[start] as string)) start++;
  const end = span.end;
  if (end <= start) return null;
  let contentStart = start;
  const hashes = /^#{1,6}\s+/u.exec(text.slice(start, end));
  if (hashes) contentStart += hashes[0].length;
  while (contentStart < end && (text[contentStart] === '*' || text[contentStart] === '_')) contentStart++;
  const content = text.slice(contentStart, end);
  let level = 9;
  let kind: BlockKind = 'paragraph';
  for (const n of NUMBERING) {
    const m = n.re.exec(content);
    if (m) {
      level = levelOf(n.value, m);
      contentStart += m[0].length;
      kind = n.value.kind;
      break;
    }
  }
  const raw = text.slice(contentStart, end);
  const firstLine = (content.split('\n')[0] ?? '').trim();
  const bold = BOLD_HEADING.test(text.slice(start, end).trim());
  if (kind === 'paragraph' && depth > 0) {
    kind = 'heading';
    level = Math.min(depth, 6) + 0.5;
  } else if (kind === 'paragraph' && (bold || (raw.length < 400 && isUpperHeading(firstLine)))) {
    kind = 'heading';
    level = 1.5;
  }
  return { start, end, contentStart, kind, level, firstLine, bold };
}

/**
 * Where a heading ends: its first line may carry its body on the next lines ("1. Lĩnh vực nông
 * nghiệp\nCó 148 HTX …", or a masthead over a menu); the rest is read as a piece of its own.
 */
function headingEnd(text: string, p: Piece): number {
  const { contentStart, end, level, bold, firstLine } = p;
  if (p.kind !== 'heading') return end;
  const nl = text.indexOf('\n', contentStart);
  const colon = text.indexOf(':', contentStart);
  const firstIsTitleWord = TITLE_WORD.test(firstLine);
  if (nl < 0 || nl >= end || (colon >= 0 && colon < nl)) return end;
  if (level !== 1.5 && !bold && nl - contentStart < 200) return nl;
  if (level === 1.5 && !bold && !firstIsTitleWord) {
    // keep the leading upper-case lines only
    let q = nl;
    while (q < end) {
      const next = text.indexOf('\n', q + 1);
      const lineEnd = next < 0 || next > end ? end : next;
      if (!isUpperHeading(text.slice(q + 1, lineEnd).trim())) break;
      q = lineEnd;
    }
    if (q < end) return q;
  }
  return end;
}

/** A bare "Phần thứ nhất" (no title after it on its line) that has not yet taken one. */
function isBarePart(b: Placed): boolean {
  return b.kind === 'heading' && b.level === 1 && Math.min(b.contentStart, b.end) >= (b.title?.end ?? b.end) - 1;
}

/**
 * The pieces of the outline in text order: each leaf cut at numbered lines, each heading cut
 * after its first line (the rest read again, as it may be numbered itself), a bare "Phần thứ
 * nhất" given the heading that follows it as its title.
 */
function placePieces(text: string, leaves: readonly LeafSpan[]): Placed[] {
  const out: Placed[] = [];
  for (const leaf of leaves) {
    // a list item's block starts at its marker; numbered lines inside any block start blocks of their own
    // ("4. Tình hình theo lĩnh vực\n4.1. Lĩnh vực nông nghiệp:", "- … 4 sao\n4.2. Lĩnh vực công nghiệp:")
    for (const cut of splitNumberedLines(text, leaf.itemStart !== null ? { ...leaf, start: leaf.itemStart } : leaf)) {
      let span: Span | null = cut;
      while (span !== null) {
        const p = readPiece(text, span, leaf.depth);
        if (p === null) break;
        const last = out[out.length - 1];
        if (last !== undefined && isBarePart(last) && p.kind === 'heading' && p.level === 1.5) {
          out[out.length - 1] = { ...last, title: { start: p.contentStart, end: p.end } };
          break;
        }
        const end = headingEnd(text, p);
        out.push({ start: p.start, end, contentStart: p.contentStart, kind: p.kind, level: p.level, title: null });
        span = end < p.end ? { start: end + 1, end: p.end } : null;
      }
    }
  }
  return out;
}

/** The words of a heading or lead-in that govern the blocks under it. */
function labelOf(text: string, b: { contentStart: number; end: number; kind: BlockKind; level: number }, body: string): Block['label'] {
  const { contentStart, end, kind, level } = b;
  if (kind === 'heading') {
    const colon = text.indexOf(':', contentStart);
    const nl = text.indexOf('\n', contentStart);
    let labelEnd = end;
    if (colon >= 0 && colon < end && colon - contentStart < 160) labelEnd = colon;
    else if (nl >= 0 && nl < end && !(level <= 2)) labelEnd = nl;
    return { start: contentStart, end: labelEnd };
  }
  if (kind === 'leadin') {
    // the last sentence, the one that ends with the colon
    const bodyEnd = contentStart + body.length;
    let ls = contentStart;
    const re = /[.!?](?=\s)/gu;
    const seg = text.slice(contentStart, bodyEnd - 1);
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg)) !== null) ls = contentStart + m.index + 1;
    return { start: ls, end: bodyEnd };
  }
  return null;
}

/**
 * Step 1, classify: every block of the outline with its kind, level and label. Links under
 * "Tin liên quan", "Tin khác" … are page furniture, up to the next numbered heading or long
 * paragraph; a paragraph or item that ends with a colon is a lead-in.
 */
function classify(text: string, leaves: readonly LeafSpan[]): Classified[] {
  let furniture = false;
  return placePieces(text, leaves).map((p) => {
    let kind = p.kind;
    let level = p.level;
    const body = text.slice(p.contentStart, p.end).trimEnd();
    if (RELATED_LINKS.test(body.replace(/[*#_]/gu, ''))) {
      furniture = true;
      kind = 'furniture';
    } else if (furniture && (kind === 'item' || kind === 'paragraph' || level === 1.5) && body.length < 220) {
      kind = 'furniture';
    } else furniture = false;
    if (kind === 'paragraph' && LEADIN.test(body)) {
      kind = 'leadin';
      level = 6.5;
    }
    if (kind === 'item' && LEADIN.test(body)) kind = 'leadin';
    const label = p.title ?? labelOf(text, { contentStart: p.contentStart, end: p.end, kind, level }, body);
    return { start: p.start, end: p.title?.end ?? p.end, contentStart: Math.min(p.contentStart, p.end), kind, level, label };
  });
}

/** Step 2, link: each block's parent is the nearest heading or lead-in before it of a higher (smaller) level. */
function link(classified: readonly Classified[]): Block[] {
  const open: Block[] = [];
  return classified.map((c, id) => {
    while (open.length > 0 && (open[open.length - 1] as Block).level >= c.level) open.pop();
    const block: Block = { id, ...c, parent: open.length > 0 ? (open[open.length - 1] as Block).id : null };
    if (c.kind === 'heading' || c.kind === 'leadin') open.push(block);
    return block;
  });
}

/** The outline of a text from its leaf blocks: classified, then linked. */
function outline(text: string, leaves: readonly LeafSpan[]): Block[] {
  return link(classify(text, leaves));
}

/** unified plugin: attach the outline blocks to file.data.blocks. */
export const remarkOutline: Plugin<[], Root> = () => (tree, file) => {
  const leaves: LeafSpan[] = [];
  collectLeaves(tree, leaves, null);
  outlineInto(file, leaves);
};

/** The outline blocks of the file's text from its leaves, with a message for each heading at its parent's level. */
function outlineInto(file: VFile, leaves: LeafSpan[]): void {
  const text = String(file.value);
  file.data.blocks = outline(text, leaves);
  for (const b of file.data.blocks) {
    if (b.kind === 'heading' && b.parent !== null) {
      const parent = file.data.blocks[b.parent];
      if (parent && parent.level === b.level)
        file.message('heading at the same level as its parent', { start: offsetToPoint(text, b.start), end: offsetToPoint(text, b.end) }, 'outline:level');
    }
  }
}

function offsetToPoint(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last, offset };
}

const processor = unified().use(remarkParse).use(remarkOutline).freeze();
const markdown = unified().use(remarkParse).freeze();

/**
 * A text longer than this is parsed in pieces of about PARSE_PIECE characters, cut at blank lines:
 * micromark's time grows faster than the length of one document (5 MB of lines took 6 s to parse,
 * 20 MB 85 s), while every piece's is linear. Far above any real document, which parses whole.
 */
export const PARSE_WHOLE = 500_000;
const PARSE_PIECE = 200_000;

/** Parse NFC text into outline blocks; diagnostics go to the returned file's messages. `whole`: the longest text parsed in one piece. */
export function parseOutline(text: string, path?: string, whole = PARSE_WHOLE): { blocks: Block[]; file: VFile } {
  const file = new VFile({ value: text, path });
  if (text.length <= whole) {
    const tree = processor.parse(file);
    processor.runSync(tree, file);
    return { blocks: file.data.blocks ?? [], file };
  }
  const leaves: LeafSpan[] = [];
  let a = 0;
  while (a < text.length) {
    const b = pieceEnd(text, a);
    const part: LeafSpan[] = [];
    collectLeaves(markdown.parse(text.slice(a, b)), part, null);
    for (const l of part) leaves.push({ start: l.start + a, end: l.end + a, depth: l.depth, itemStart: l.itemStart === null ? null : l.itemStart + a });
    a = b;
  }
  outlineInto(file, leaves);
  return { blocks: file.data.blocks ?? [], file };
}

/**
 * Where the piece that starts at `a` ends: after a blank line followed by an unindented line, past
 * PARSE_PIECE; with no blank line for another PARSE_PIECE, at a line break before an unindented
 * line; else the text's end.
 */
function pieceEnd(text: string, a: number): number {
  const cutAt = (sep: string, from: number, to: number): number => {
    let i = from;
    while (i < to) {
      const at = text.indexOf(sep, i);
      if (at < 0 || at >= to) return -1;
      let j = at + sep.length;
      while (text[j] === '\n') j++;
      if (j < text.length && !/\s/u.test(text[j] as string)) return j;
      i = j;
    }
    return -1;
  };
  const blank = cutAt('\n\n', a + PARSE_PIECE, a + 2 * PARSE_PIECE);
  if (blank >= 0) return blank;
  const line = cutAt('\n', a + 2 * PARSE_PIECE, text.length);
  return line >= 0 ? line : text.length;
}

/** The chain of parents of a block, nearest first. */
export function ancestors(blocks: readonly Block[], block: Block): Block[] {
  const out: Block[] = [];
  let p = block.parent;
  while (p !== null) {
    const b = blocks[p] as Block;
    out.push(b);
    p = b.parent;
  }
  return out;
}
