/**
 * Page furniture of English pages that survives the HTML stage or comes as plain text:
 * lists of other articles under "Related news", "Read more", "Latest news", "Tags:" and the
 * like. Their headlines carry other articles' figures ("Hanoi has 1,900 cooperatives"), so
 * the blocks after such a line are no part of the article, up to the next long paragraph.
 * (The Vietnamese "Tin liên quan" lists are found in pipeline/parse.ts.)
 */
import type { Block } from '../../pipeline/parse.ts';
import { EN_FURNITURE_CUES } from '../../rules/english/text-cues.ts';
import { compileText } from '../../rules/text-rule.ts';

/** A line that opens a list of other articles ("Related news", "Read more"), and a line of tags. */
const OPENS_FURNITURE = compileText(EN_FURNITURE_CUES.opensList).re;
const TAGS_LINE = compileText(EN_FURNITURE_CUES.tagsLine).re;

/** Ids of English blocks that are page furniture. */
export function englishFurniture(text: string, blocks: readonly Block[], english: (b: Block) => boolean): Set<number> {
  const out = new Set<number>();
  let inList = false;
  for (const b of blocks) {
    if (!english(b)) {
      inList = false;
      continue;
    }
    const body = text.slice(b.contentStart, b.end).replace(/[*#_]/gu, '').trim();
    if (OPENS_FURNITURE.test(body) || TAGS_LINE.test(body)) {
      inList = true;
      out.add(b.id);
      continue;
    }
    if (inList && body.length < 220 && b.kind !== 'leadin') out.add(b.id);
    else inList = false;
  }
  return out;
}
