/** What every extractor may look at: the document, the sentence, and where a figure's phrase begins and ends. */
import type { Block } from '../pipeline/parse.ts';
import type { Sentence } from '../pipeline/segment.ts';
import type { DocumentMeta } from '../pipeline/record.ts';
import type { Masks } from './masks.ts';
import type { Figure } from './figures.ts';
import type { RuleHit } from '../rules/rule.ts';

export interface DocView {
  text: string;
  key: string;
  blocks: readonly Block[];
  masks: Masks;
  meta: DocumentMeta;
  /** Year of the document's own date, if known. */
  docYear: number | null;
}

export interface FigureContext {
  doc: DocView;
  block: Block;
  /** Parents of the block, nearest first. */
  ancestors: readonly Block[];
  sentence: Sentence;
  figure: Figure;
  /** Figures of the same sentence before this one, with their decided metric. */
  previous: readonly { figure: Figure; metric: string }[];
  /** Left context: [leftStart, figure.numStart). */
  leftStart: number;
  /** Right context: [figure.numEnd, rightEnd). */
  rightEnd: number;
  /** End of the figure's clause (next ";" or the sentence end). */
  clauseEnd: number;
}

/** Drop hits that lie inside a longer hit (hits sorted by start, longer first). */
export function outermost<V>(hits: RuleHit<V>[]): RuleHit<V>[] {
  const out: RuleHit<V>[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.end <= reach) continue;
    out.push(h);
    reach = Math.max(reach, h.end);
  }
  return out;
}
