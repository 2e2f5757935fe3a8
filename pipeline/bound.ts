/**
 * Stage 4b: bound. Pages pasted from PDFs and spreadsheets often come as one line: one paragraph
 * of megabytes. The extractors look back over "the paragraph so far" and "the sentence up to the
 * figure" for every figure, so their cost grows with the square of a paragraph's length (a 5 MB
 * line took 13 minutes). Here a paragraph longer than MAX_BLOCK is split at sentence ends into
 * blocks of at most about CHUNK characters (siblings under the same parent, so headings above
 * still govern them), and a sentence longer than MAX_SENTENCE is split at clause ends (";", then
 * ", ", then a space between words). Every window the extractors scan is then bounded, and the
 * cost is linear in the length.
 *
 * The limits are well above what real documents have (the longest paragraph of every test set
 * and real page is about 3,100 characters, the longest sentence about 900), so their blocks and
 * sentences, and so their records, are left exactly as they were.
 */
import type { Block } from './parse.ts';
import type { Sentence } from './segment.ts';

/** A block longer than this is split … */
export const MAX_BLOCK = 6000;
/** … into blocks of about this many characters (more only when one sentence is longer). */
export const CHUNK = 3000;
/** A sentence longer than this is split at clause ends into pieces of at most this length. */
export const MAX_SENTENCE = 2000;

/** Split over-long blocks and sentences; returns the input itself when nothing is too long. */
export function boundBlocks(text: string, blocks: readonly Block[], sentences: readonly Sentence[]): { blocks: Block[]; sentences: Sentence[] } {
  const longBlock = blocks.some((b) => b.end - b.start > MAX_BLOCK && b.label === null);
  const longSentence = sentences.some((s) => s.end - s.start > MAX_SENTENCE);
  if (!longBlock && !longSentence) return { blocks: [...blocks], sentences: [...sentences] };

  const pieces: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE) pieces.push(s);
    else for (const [a, z] of splitSentence(text, s.start, s.end)) pieces.push({ start: a, end: z, block: s.block });
  }
  if (!longBlock) return { blocks: [...blocks], sentences: pieces };

  // sentences by block, in order
  const byBlock = new Map<number, Sentence[]>();
  for (const s of pieces) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  const out: Block[] = [];
  const outSentences: Sentence[] = [];
  const newId = new Map<number, number>();
  const emitted: { block: Block; old: Block; sentences: Sentence[] }[] = [];
  for (const b of blocks) {
    const own = byBlock.get(b.id) ?? [];
    // a heading or lead-in governs the blocks under it by its label: kept whole
    if (b.end - b.start <= MAX_BLOCK || b.label !== null || own.length < 2) {
      newId.set(b.id, out.length);
      const nb: Block = { ...b, id: out.length };
      out.push(nb);
      emitted.push({ block: nb, old: b, sentences: own });
      continue;
    }
    let group: Sentence[] = [];
    const flush = (last: boolean): void => {
      if (group.length === 0) return;
      const first = !newId.has(b.id);
      const start = first ? b.start : (group[0] as Sentence).start;
      const nb: Block = {
        ...b,
        id: out.length,
        start,
        contentStart: first ? b.contentStart : start,
        end: last ? b.end : (group[group.length - 1] as Sentence).end,
      };
      if (first) newId.set(b.id, nb.id);
      out.push(nb);
      emitted.push({ block: nb, old: b, sentences: group });
      group = [];
    };
    let size = 0;
    for (const s of own) {
      if (group.length > 0 && size + (s.end - s.start) > CHUNK) {
        flush(false);
        size = 0;
      }
      group.push(s);
      size += s.end - s.start;
    }
    flush(true);
  }
  for (const e of emitted) {
    e.block.parent = e.old.parent === null ? null : (newId.get(e.old.parent) ?? null);
    for (const s of e.sentences) outSentences.push({ ...s, block: e.block.id });
  }
  return { blocks: out, sentences: outSentences };
}

/** Pieces of [start, end) of at most MAX_SENTENCE characters, cut after ";", else after ", ", else at a space between words. */
function splitSentence(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  while (end - a > MAX_SENTENCE) {
    const limit = a + MAX_SENTENCE;
    const cut = lastCut(text, a + MAX_SENTENCE / 4, limit);
    out.push([a, cut]);
    a = cut;
    while (a < end && /\s/u.test(text[a] as string)) a++;
  }
  if (end > a) out.push([a, end]);
  return out;
}

/** The best place to cut in (from, to]: after the last ";", else the last ", ", else the last space between two letters, else `to`. */
function lastCut(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ';') return i + 1;
  for (let i = to - 1; i >= from; i--) if (text[i] === ',' && /\s/u.test(text[i + 1] ?? '')) return i + 1;
  for (let i = to - 1; i > from; i--) {
    if (/\s/u.test(text[i] as string) && /\p{L}/u.test(text[i - 1] as string) && /\p{L}/u.test(text[i + 1] ?? '')) return i;
  }
  return to;
}
