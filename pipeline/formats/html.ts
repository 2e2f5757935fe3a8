/**
 * HTML → Markdown-ish text for the parse stage.
 *
 * Web pages: the page furniture (menus, header, footer, sidebars, scripts, styles,
 * forms, share buttons, "Tin liên quan" lists, visitor counters, hotline boxes) is
 * dropped, and the article is chosen readability-style: every paragraph-like block
 * scores by its length and its Vietnamese sentence punctuation, the score flows to
 * its parent and grandparent, links count against it, and the best container wins
 * (with its siblings that score nearly as well).
 *
 * The article comes out as lines the parse stage (remark-parse) reads as an outline:
 * headings as `#` lines, list items as `- ` (or `1. `) lines, paragraphs separated
 * by blank lines, bold as `**…**`, and every data-table row as one sentence
 * "- {row label}: {column header} {cell} {unit}; …." so its figures read like prose.
 */
import { tableRowsAsLines, type Cell } from './table-rows.ts';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface HtmlOptions {
  /** Pick the article and drop page furniture (web pages); off for converted Word files. */
  article: boolean;
}

type Node = Root | RootContent;

// ---------------------------------------------------------------------------------
// Parsing

/** Nesting past this is flattened before parsing (the parser recurses per level). */
const FLATTEN_TAGS = /<\/?(?:div|span|font|section|article|center|main|aside|b|i|u|em|strong|small|big|blockquote)\b[^>]*>/gi;

export class NestingError extends Error {}

function parse(html: string): Root {
  try {
    return unified().use(rehypeParse).parse(html);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  // Pathologically deep markup: containers carry no text of their own, so drop them.
  try {
    return unified()
      .use(rehypeParse)
      .parse(html.replace(FLATTEN_TAGS, (t) => (/^<\/?(?:div|section|article|center|main|aside|blockquote)/i.test(t) ? '\n<br>' : ' ')));
  } catch (e) {
    if (e instanceof RangeError) throw new NestingError('HTML markup nested too deeply to read');
    throw e;
  }
}

// ---------------------------------------------------------------------------------
// Helpers over hast

const isElement = (n: Node | undefined): n is Element => n !== undefined && n.type === 'element';

function classTokens(el: Element): string[] {
  const cls = el.properties.className;
  const id = el.properties.id;
  const parts: string[] = [];
  if (Array.isArray(cls)) for (const c of cls) parts.push(String(c));
  else if (typeof cls === 'string') parts.push(cls);
  if (typeof id === 'string') parts.push(id);
  return parts.flatMap((p) => p.toLowerCase().split(/[\s_-]+/)).filter(Boolean);
}

/** Text content, with HTML white space collapsed. Iterative (deep trees). */
function textOf(node: Node): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' || n.type === 'root') {
      if (isElement(n) && n.tagName === 'br') out += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node);
      if (isElement(n) && BLOCK_TAGS.has(n.tagName)) out += ' ';
    }
  }
  return out.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function linkTextLength(node: Node): number {
  let n = 0;
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop() as Node;
    if (isElement(cur) && cur.tagName === 'a') n += textOf(cur).length;
    else if (cur.type === 'element' || cur.type === 'root') for (const c of cur.children) stack.push(c);
  }
  return n;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
]);

// ---------------------------------------------------------------------------------
// Furniture

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'menu',
  'object',
  'embed',
  'link',
  'meta',
  'head',
  'title',
  'dialog',
  'video',
  'audio',
  'map',
]);
const FURNITURE_CLASS = new Set([
  'menu',
  'menubar',
  'mainmenu',
  'topmenu',
  'nav',
  'navbar',
  'navigation',
  'footer',
  'sidebar',
  'share',
  'sharing',
  'social',
  'related',
  'relate',
  'lienquan',
  'tinlienquan',
  'counter',
  'visitor',
  'visitors',
  'thongke',
  'luottruycap',
  'stats',
  'online',
  'hotline',
  'duongdaynong',
  'comment',
  'comments',
  'binhluan',
  'breadcrumb',
  'breadcrumbs',
  'banner',
  'ads',
  'advert',
  'advertisement',
  'quangcao',
  'widget',
  'toolbar',
  'tags',
  'tag',
  'popup',
  'modal',
  'cookie',
  'print',
  'search',
  'login',
  'pagination',
  'subscribe',
  'newsletter',
  'copyright',
  'weather',
  'marquee',
  'slider',
  'fb',
  'facebook',
  'zalo',
  'twitter',
]);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
/** Text that opens a block of page furniture (when that block is mostly links, or short). */
const FURNITURE_TEXT =
  /^(?:tin liên quan|các tin liên quan|bài viết liên quan|tin bài liên quan|tin cùng chuyên mục|tin cùng loại|các tin khác|tin khác|tin mới|tin đã đưa|xem thêm|đọc thêm|bài liên quan|lượt truy cập|số lượt truy cập|lượt xem|đang truy cập|đang online|thống kê truy cập|hotline|đường dây nóng|chia sẻ|share|in bài|bản quyền|copyright|©)/iu;

function isFurnitureElement(el: Element, insideArticle: boolean): boolean {
  if (DROP_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'header' && !insideArticle) return true;
  const p = el.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (p.ariaHidden === 'true') return true;
  if (typeof p.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style)) return true;
  if (typeof p.role === 'string' && FURNITURE_ROLES.has(p.role.toLowerCase())) return true;
  if (el.tagName !== 'body' && el.tagName !== 'html' && el.tagName !== 'article' && el.tagName !== 'main') {
    for (const t of classTokens(el)) if (FURNITURE_CLASS.has(t)) return true;
  }
  return false;
}

/** Remove furniture elements in place (iteratively). */
function stripFurniture(root: Root): void {
  const stack: { node: Root | Element; inArticle: boolean }[] = [{ node: root, inArticle: false }];
  while (stack.length > 0) {
    const { node, inArticle } = stack.pop() as { node: Root | Element; inArticle: boolean };
    const kept: typeof node.children = [];
    for (const child of node.children) {
      if (child.type === 'comment' || child.type === 'doctype') continue;
      if (isElement(child)) {
        if (isFurnitureElement(child, inArticle)) continue;
        stack.push({ node: child, inArticle: inArticle || child.tagName === 'article' || child.tagName === 'main' });
      }
      kept.push(child as ElementContent);
    }
    node.children = kept as Root['children'] & Element['children'];
  }
}

/** Blocks of related links, counters and hotlines recognised by their text. */
function isFurnitureBlock(el: Element): boolean {
  const text = textOf(el);
  if (!FURNITURE_TEXT.test(text)) return false;
  const links = linkTextLength(el);
  return text.length < 80 || links / Math.max(1, text.length) > 0.4;
}

// ---------------------------------------------------------------------------------
// Readability-style content pick

interface Scored {
  score: number;
}

const POSITIVE = /article|body|content|entry|main|news|post|text|detail|noidung|chitiet|story|baiviet|tintuc/i;

function pickArticle(root: Root): Element[] {
  const scores = new Map<Element, Scored>();
  const parents = new Map<Node, Element | Root>();
  const all: Element[] = [];
  const stack: (Root | Element)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Root | Element;
    for (const c of n.children) {
      if (isElement(c)) {
        parents.set(c, n);
        all.push(c);
        stack.push(c);
      }
    }
  }
  const initial = (el: Element): number => {
    let s = 0;
    if (el.tagName === 'article' || el.tagName === 'main') s += 10;
    else if (el.tagName === 'div' || el.tagName === 'section') s += 5;
    else if (['pre', 'td', 'blockquote'].includes(el.tagName)) s += 3;
    else if (['ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(el.tagName)) s -= 3;
    else if (/^h[1-6]$/.test(el.tagName) || el.tagName === 'th') s -= 5;
    const cls = classTokens(el).join(' ');
    if (POSITIVE.test(cls)) s += 25;
    return s;
  };
  const scoreOf = (el: Element): Scored => {
    let s = scores.get(el);
    if (s === undefined) {
      s = { score: initial(el) };
      scores.set(el, s);
    }
    return s;
  };
  for (const el of all) {
    if (!['p', 'li', 'td', 'pre', 'blockquote', 'div', 'section', 'dd'].includes(el.tagName)) continue;
    // Containers count as paragraphs only for the text they hold directly.
    const own = el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tagName))
      ? el.children
          .filter((c) => c.type === 'text' || (isElement(c) && !BLOCK_TAGS.has(c.tagName)))
          .map((c) => textOf(c))
          .join(' ')
          .trim()
      : textOf(el);
    if (own.length < 25) continue;
    const punctuation = (own.match(/[,;:]/g)?.length ?? 0) + 2 * (own.match(/[.!?…](?:\s|$)/g)?.length ?? 0);
    const points = 1 + punctuation + Math.min(Math.floor(own.length / 100), 3);
    let ancestor = parents.get(el);
    for (let level = 0; ancestor !== undefined && ancestor.type === 'element' && level < 4; level++) {
      scoreOf(ancestor).score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      ancestor = parents.get(ancestor);
    }
  }
  let best: Element | undefined;
  let bestScore = -Infinity;
  const finalScore = new Map<Element, number>();
  for (const [el, s] of scores) {
    if (el.tagName === 'body' || el.tagName === 'html') continue;
    const text = textOf(el);
    const density = linkTextLength(el) / Math.max(1, text.length);
    const f = s.score * (1 - density);
    finalScore.set(el, f);
    if (f > bestScore) {
      bestScore = f;
      best = el;
    }
  }
  if (best === undefined) return [];
  // Siblings that score nearly as well belong to the article too.
  const parent = parents.get(best);
  if (parent === undefined || parent.type !== 'element') return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const picked: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === best) {
      picked.push(sib);
      continue;
    }
    const f = finalScore.get(sib);
    if (f !== undefined && f >= threshold) {
      picked.push(sib);
      continue;
    }
    if (sib.tagName === 'p') {
      const t = textOf(sib);
      const density = linkTextLength(sib) / Math.max(1, t.length);
      if ((t.length > 80 && density < 0.25) || (t.length > 0 && density === 0 && /[.!?]$/.test(t))) picked.push(sib);
    }
  }
  return picked;
}

// ---------------------------------------------------------------------------------
// Tree → Markdown-ish lines

interface Ctx {
  blocks: string[];
  listDepth: number;
  article: boolean;
}

const HEADING = /^h([1-6])$/;

/** Inline content → one string with **bold** and *italic*; `<br>` becomes a newline. */
function inline(nodes: ElementContent[], marks = true): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value.replace(/[ \t\n\r\f]+/g, ' ');
    else if (isElement(n)) {
      if (n.tagName === 'br') out += '\n';
      else if (n.tagName === 'img') continue;
      else if (marks && (n.tagName === 'strong' || n.tagName === 'b')) out += wrap(inline(n.children, false), '**');
      else if (marks && (n.tagName === 'em' || n.tagName === 'i')) out += wrap(inline(n.children, false), '*');
      else if (n.tagName === 'sup') out += inline(n.children, marks);
      else out += (BLOCK_TAGS.has(n.tagName) ? ' ' : '') + inline(n.children, marks) + (BLOCK_TAGS.has(n.tagName) ? ' ' : '');
    }
  }
  return out;
}

/** Wrap a run in a marker, keeping its outer white space outside the marker. */
function wrap(s: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s) as RegExpExecArray;
  return m[2] === '' ? s : `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

function cleanBlock(s: string): string {
  return (
    s
      .split('\n')
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n')
      // "**Bold**" that spans the whole block of several lines: keep as one run.
      .replace(/\*\*\*\*/g, '')
  );
}

function emitParagraph(ctx: Ctx, nodes: ElementContent[]): void {
  // Pages built without <p> separate paragraphs with <br><br>.
  for (const part of inline(nodes).split(/\n[ \t\u00a0]*\n/)) {
    const text = cleanBlock(part);
    if (text !== '' && !/^[*\s]+$/.test(text)) ctx.blocks.push(text);
  }
}

function blocks(node: Root | Element, ctx: Ctx): void {
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.length > 0) emitParagraph(ctx, run);
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'text') {
      run.push(child);
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (!BLOCK_TAGS.has(tag) && tag !== 'br') {
      run.push(child);
      continue;
    }
    if (tag === 'br') {
      // Two <br> in a row separate paragraphs on pages built without <p>.
      run.push(child);
      continue;
    }
    flush();
    if (ctx.article && isFurnitureBlock(child)) continue;
    const h = HEADING.exec(tag);
    if (h !== null) {
      const text = cleanBlock(inline(child.children, false)).replace(/\n/g, ' ');
      if (text !== '') ctx.blocks.push(`${'#'.repeat(Number(h[1]))} ${text}`);
    } else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'figcaption' || tag === 'caption' || tag === 'summary' || tag === 'address') {
      if (child.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tagName) && c.tagName !== 'p')) blocks(child, ctx);
      else emitParagraph(ctx, child.children);
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') {
      list(child, ctx);
    } else if (tag === 'table') {
      table(child, ctx);
    } else if (tag === 'pre') {
      const text = textOfPre(child);
      if (text.trim() !== '') ctx.blocks.push(text.replace(/\n{2,}/g, '\n'));
    } else if (tag === 'hr') {
    } else {
      blocks(child, ctx);
    }
  }
  flush();
}

function textOfPre(el: Element): string {
  let out = '';
  const walk = (n: ElementContent): void => {
    if (n.type === 'text') out += n.value;
    else if (isElement(n)) {
      if (n.tagName === 'br') out += '\n';
      n.children.forEach(walk);
    }
  };
  el.children.forEach(walk);
  return out.replace(/\s+$/, '');
}

function list(el: Element, ctx: Ctx): void {
  const ordered = el.tagName === 'ol';
  const startProp = el.properties.start;
  let n = typeof startProp === 'number' ? startProp : 1;
  const indent = '  '.repeat(ctx.listDepth);
  const lines: string[] = [];
  for (const li of el.children) {
    if (!isElement(li)) continue;
    if (li.tagName !== 'li') {
      if (li.tagName === 'ul' || li.tagName === 'ol') {
        const sub: Ctx = { blocks: [], listDepth: ctx.listDepth + 1, article: ctx.article };
        list(li, sub);
        lines.push(...sub.blocks);
      }
      continue;
    }
    const marker = ordered ? `${n++}. ` : '- ';
    // The item's own text, then nested lists/blocks under it.
    const own: ElementContent[] = [];
    const nested: Ctx = { blocks: [], listDepth: ctx.listDepth + 1, article: ctx.article };
    for (const c of li.children) {
      if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) list(c, nested);
      else if (isElement(c) && c.tagName === 'table') table(c, nested);
      else own.push(c);
    }
    const text = cleanBlock(inline(own)).replace(/\n/g, ' ');
    if (text !== '') lines.push(`${indent}${marker}${text}`);
    lines.push(...nested.blocks);
  }
  if (lines.length > 0) ctx.blocks.push(lines.join('\n'));
}

// ---------------------------------------------------------------------------------
// Tables

/** The table as a grid of cells, with row and column spans filled in. */
function grid(table: Element): { rows: Cell[][]; headRows: number } {
  const trs: { tr: Element; inHead: boolean }[] = [];
  const collect = (el: Element, inHead: boolean): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') trs.push({ tr: c, inHead });
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c, inHead || c.tagName === 'thead');
    }
  };
  collect(table, false);
  const rows: Cell[][] = [];
  const pending: (Cell & { left: number })[] = []; // rowspans carried down, by column
  let headRows = 0;
  let headDone = false;
  trs.forEach(({ tr, inHead }, r) => {
    const row: Cell[] = [];
    let col = 0;
    const fillPending = (): void => {
      for (;;) {
        const p = pending[col];
        if (p === undefined || p.left <= 0) break;
        row[col] = { text: p.text, header: p.header };
        p.left--;
        col++;
      }
    };
    let allHeader = true;
    for (const td of tr.children) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      fillPending();
      const text = textOf(td);
      const header = td.tagName === 'th';
      if (!header) allHeader = false;
      const colspan = Math.min(50, Math.max(1, Number(td.properties.colSpan ?? 1) || 1));
      const rowspan = Math.min(500, Math.max(1, Number(td.properties.rowSpan ?? 1) || 1));
      for (let k = 0; k < colspan; k++) {
        row[col] = { text, header };
        if (rowspan > 1) pending[col] = { text, header, left: rowspan - 1 };
        col++;
      }
    }
    fillPending();
    for (let k = 0; k < row.length; k++) row[k] ??= { text: '', header: false };
    rows.push(row);
    if (!headDone && (inHead || (allHeader && row.length > 0))) headRows = r + 1;
    else headDone = true;
  });
  return { rows, headRows };
}

/** Is this a table of data (not a layout table holding the page)? */
function isDataTable(el: Element, rows: Cell[][]): boolean {
  const nested = (n: Element): boolean => n.children.some((c) => isElement(c) && (c.tagName === 'table' || nested(c)));
  if (nested(el)) return false;
  const cells = rows.flat().filter((c) => c.text !== '');
  if (rows.length < 2 || Math.max(...rows.map((r) => r.length)) < 2 || cells.length === 0) return false;
  return cells.reduce((s, c) => s + c.text.length, 0) / cells.length < 200;
}

function table(el: Element, ctx: Ctx): void {
  const { rows, headRows: declared } = grid(el);
  if (!isDataTable(el, rows)) {
    // A layout table: its cells are ordinary containers.
    const stack: Element[] = [];
    const cellsOf = (n: Element): void => {
      for (const c of n.children) {
        if (!isElement(c)) continue;
        if (c.tagName === 'td' || c.tagName === 'th') stack.push(c);
        else if (['tr', 'tbody', 'thead', 'tfoot'].includes(c.tagName)) cellsOf(c);
      }
    };
    cellsOf(el);
    for (const cell of stack) blocks(cell, ctx);
    return;
  }
  const caption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'caption');
  if (caption !== undefined) {
    const t = textOf(caption);
    if (t !== '') ctx.blocks.push(t);
  }
  const lines = tableRowsAsLines(rows, declared);
  if (lines.length > 0) ctx.blocks.push(lines.join('\n'));
}

// ---------------------------------------------------------------------------------

function title(root: Root): string | undefined {
  const h1s: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (isElement(n) && n.tagName === 'h1') h1s.push(n);
    else if (n.type === 'element' || n.type === 'root') for (const c of n.children) stack.push(c);
  }
  return h1s.length === 1 ? textOf(h1s[0] as Element) : undefined;
}

function containsNode(haystack: Element[], needle: Element): boolean {
  const stack: Node[] = [...haystack];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n === needle) return true;
    if (n.type === 'element' || n.type === 'root') for (const c of n.children) stack.push(c);
  }
  return false;
}

/** Convert an HTML document (or fragment) to Markdown-ish text. */
export function htmlToText(html: string, options: HtmlOptions): string {
  const root = parse(html);
  try {
    const ctx: Ctx = { blocks: [], listDepth: 0, article: options.article };
    if (options.article) {
      stripFurniture(root);
      const picked = pickArticle(root);
      if (picked.length === 0) {
        blocks(root, ctx);
      } else {
        // The page title (the one h1) often stands outside the article body.
        const h1 = findH1(root);
        const t = title(root);
        if (h1 !== undefined && t !== undefined && t !== '' && !containsNode(picked, h1)) ctx.blocks.push(`# ${t}`);
        for (const el of picked) blocks({ type: 'root', children: [el] }, ctx);
      }
    } else {
      blocks(root, ctx);
    }
    return `${ctx.blocks.join('\n\n')}\n`;
  } catch (e) {
    if (e instanceof RangeError) throw new NestingError('HTML markup nested too deeply to read');
    throw e;
  }
}

function findH1(root: Root): Element | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (isElement(n) && n.tagName === 'h1') return n;
    if (n.type === 'element' || n.type === 'root') for (const c of n.children) stack.push(c);
  }
  return undefined;
}

/** Does this text look like an HTML document? (Content sniffing; cheap.) */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!doctype html|<html))/.test(head) || (/^<!--/.test(head) && /<html[\s>]/.test(head))
  );
}
