/**
 * Stage 3: parse. remark-parse reads the text as Markdown (plain text is Markdown
 * too); the `remarkOutline` plugin then recovers the outline of a Vietnamese
 * administrative document from the leaf blocks: "Phần thứ nhất/hai/ba", roman
 * "I.", "1.", "2.1.", "a)", "-" and "+" bullets, bold or upper-case headings, and
 * lead-ins that end with a colon. Each block knows its parent, so later stages can
 * ask which heading and which lead-in a sentence stands under.
 */
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, Nodes } from 'mdast';
import { VFile } from 'vfile';

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

const RELATED_LINKS = /^\s*(tin liên quan|tin bài liên quan|bài viết liên quan|bài liên quan|tin cùng chuyên mục|tin bài cùng chuyên mục|cùng chuyên mục|các tin khác|tin khác|tin mới hơn|tin cũ hơn|tin mới|bài viết mới|tin đã đưa|xem thêm|đọc thêm|tin tức khác)\s*:?\s*$/iu;

/** Capitals (a heading) run straight into a sentence: no space, upper then lower case. */
const GLUED_HEADING = /^(\s*[^\p{Ll}\n]{12,}?[\p{Lu}\d])(?=\p{Lu}\p{Ll})/u;

const NUMBERING: { re: RegExp; level: (m: RegExpExecArray) => number }[] = [
  { re: /^(?:phần|chương|mục)\s+(?:thứ\s+)?(?:nhất|hai|ba|bốn|tư|năm|sáu|bảy|[ivxl]+|\d+)\b[.:]?\s*/iu, level: () => 1 },
  { re: /^[IVXL]{1,5}\s*[.)/-]\s+/u, level: () => 2 },
  { re: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/u, level: (m) => 2 + (m[1] as string).split('.').length },
  { re: /^\d{1,2}\s*[.)/]\s+/u, level: () => 3 },
  { re: /^[a-zđ]\s*[).]\s+/u, level: () => 6 },
  { re: /^[-–—•●▪◦·]\s*/u, level: () => 7 },
  { re: /^[+*]\s+/u, level: () => 8 },
];

function isUpperHeading(line: string): boolean {
  if (/^(Số|SỐ)\s*:/u.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.85;
}

/** Split a leaf block's text into lines that each start a new block when they are numbered. */
function splitNumberedLines(text: string, span: LeafSpan): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let cur = span.start;
  let lineStart = span.start;
  while (lineStart < span.end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > span.end) nl = span.end;
    if (lineStart > span.start) {
      const line = text.slice(lineStart, nl).trimStart();
      const before = text.slice(cur, lineStart - 1).trimEnd();
      // a numbered line starts a block; so does a new sentence on its own line after a list item
      // (Markdown reads it as the item's lazy continuation, scraped text means a new paragraph)
      const afterItem = span.itemStart !== null && /[.!?]$/u.test(before) && /^\p{Lu}/u.test(line);
      // a line in capitals after one that is not starts a heading: a flattened masthead runs into the
      // plan's headings ("Hòa Bình, ngày 08 tháng 07 năm 2015 |\nĐÁNH GIÁ TÌNH HÌNH …")
      const capitalsAfterText = isUpperHeading(line) && !isUpperHeading(before.split('\n').pop() ?? '');
      if (NUMBERING.some((n) => n.re.test(line)) || afterItem || capitalsAfterText || RELATED_LINKS.test(line) || RELATED_LINKS.test(before.split('\n').pop() ?? '')) {
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
    lineStart = nl + 1;
  }
  parts.push({ start: cur, end: span.end });
  return parts;
}

/** Classify the blocks and link each to its parent. */
function outline(text: string, leaves: LeafSpan[]): Block[] {
  const blocks: Block[] = [];
  const stack: Block[] = [];
  let furniture = false;
  for (const leaf of leaves) {
    // a list item's block starts at its marker; numbered lines inside any block start blocks of their own
    // ("4. Tình hình theo lĩnh vực\n4.1. Lĩnh vực nông nghiệp:", "- … 4 sao\n4.2. Lĩnh vực công nghiệp:")
    const pieces = splitNumberedLines(text, leaf.itemStart !== null ? { ...leaf, start: leaf.itemStart } : leaf);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as { start: number; end: number };
      let start = piece.start;
      while (start < piece.end && /\s/u.test(text[start] as string)) start++;
      const end = piece.end;
      if (end <= start) continue;
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
          level = n.level(m);
          contentStart += m[0].length;
          kind = level >= 7 ? 'item' : 'heading';
          break;
        }
      }
      const raw = text.slice(contentStart, end);
      const firstLine = (content.split('\n')[0] ?? '').trim();
      const bold = /^\*\*[^*]+\*\*[:.]?$/u.test(text.slice(start, end).trim());
      if (kind === 'paragraph' && leaf.depth > 0) {
        kind = 'heading';
        level = Math.min(leaf.depth, 6) + 0.5;
      } else if (kind === 'paragraph' && (bold || (raw.length < 400 && isUpperHeading(firstLine)))) {
        kind = 'heading';
        level = 1.5;
      }
      // a bare "Phần thứ nhất" takes the title on the next block
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === 'heading' && prev.level === 1 && prev.contentStart >= prev.end - 1 && kind === 'heading' && level === 1.5) {
        prev.end = end;
        prev.label = { start: contentStart, end };
        continue;
      }
      // A heading's first line may carry its body on the next lines ("1. Lĩnh vực nông nghiệp\nCó 148 HTX …",
      // or a masthead over a menu): the heading ends at that line, the rest is a paragraph under it.
      let headEnd = end;
      if (kind === 'heading') {
        const nl = text.indexOf('\n', contentStart);
        const colon = text.indexOf(':', contentStart);
        const firstIsTitleWord = /^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN|TỜ TRÌNH)\s*$/u.test(firstLine);
        if (nl >= 0 && nl < end && !(colon >= 0 && colon < nl)) {
          if (level !== 1.5 && !bold && nl - contentStart < 200) headEnd = nl;
          else if (level === 1.5 && !bold && !firstIsTitleWord) {
            // keep the leading upper-case lines only
            let p = nl;
            while (p < end) {
              const q = text.indexOf('\n', p + 1);
              const lineEnd = q < 0 || q > end ? end : q;
              if (!isUpperHeading(text.slice(p + 1, lineEnd).trim())) break;
              p = lineEnd;
            }
            if (p < end) headEnd = p;
          }
        }
      }
      emit(start, headEnd, contentStart, kind, level);
      // the rest is read like any other block (it may be numbered itself)
      if (headEnd < end) pieces.splice(k + 1, 0, { start: headEnd + 1, end });
    }
  }

  function emit(start: number, end: number, contentStart: number, kindIn: BlockKind, levelIn: number): void {
    let kind = kindIn;
    let level = levelIn;
    const body = text.slice(contentStart, end).trimEnd();
    // links to other articles under "Tin liên quan", "Tin khác" …: page furniture, up to the next
    // numbered heading or long paragraph
    if (RELATED_LINKS.test(body.replace(/[*#_]/gu, ''))) {
      furniture = true;
      kind = 'furniture';
    } else if (furniture && (kind === 'item' || kind === 'paragraph' || level === 1.5) && body.length < 220) {
      kind = 'furniture';
    } else furniture = false;
    if (kind === 'paragraph' && /:\s*\**$/u.test(body)) {
      kind = 'leadin';
      level = 6.5;
    }
    if (kind === 'item' && /:\s*\**$/u.test(body)) kind = 'leadin';
    let label: Block['label'] = null;
    if (kind === 'heading') {
      const colon = text.indexOf(':', contentStart);
      const nl = text.indexOf('\n', contentStart);
      let labelEnd = end;
      if (colon >= 0 && colon < end && colon - contentStart < 160) labelEnd = colon;
      else if (nl >= 0 && nl < end && !(level <= 2)) labelEnd = nl;
      label = { start: contentStart, end: labelEnd };
    } else if (kind === 'leadin') {
      // the last sentence, the one that ends with the colon
      const bodyEnd = contentStart + body.length;
      let ls = contentStart;
      const re = /[.!?](?=\s)/gu;
      const seg = text.slice(contentStart, bodyEnd - 1);
      let m: RegExpExecArray | null;
      while ((m = re.exec(seg)) !== null) ls = contentStart + m.index + 1;
      label = { start: ls, end: bodyEnd };
    }
    while (stack.length > 0 && (stack[stack.length - 1] as Block).level >= level) stack.pop();
    const block: Block = {
      id: blocks.length,
      start,
      end,
      contentStart: Math.min(contentStart, end),
      kind,
      level,
      label,
      parent: stack.length > 0 ? (stack[stack.length - 1] as Block).id : null,
    };
    blocks.push(block);
    if (kind === 'heading' || kind === 'leadin') stack.push(block);
  }
  return blocks;
}

/** unified plugin: attach the outline blocks to file.data.blocks. */
export const remarkOutline: Plugin<[], Root> = function () {
  return (tree, file) => {
    const leaves: LeafSpan[] = [];
    collectLeaves(tree, leaves, null);
    outlineInto(file, leaves);
  };
};

/** The outline blocks of the file's text from its leaves, with a message for each heading at its parent's level. */
function outlineInto(file: VFile, leaves: LeafSpan[]): void {
  {
    const text = String(file.value);
    file.data.blocks = outline(text, leaves);
    for (const b of file.data.blocks) {
      if (b.kind === 'heading' && b.parent !== null) {
        const parent = file.data.blocks[b.parent];
        if (parent && parent.level === b.level) file.message('heading at the same level as its parent', { start: offsetToPoint(text, b.start), end: offsetToPoint(text, b.end) }, 'outline:level');
      }
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
