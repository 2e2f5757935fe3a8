/**
 * An English rule is data, as a Vietnamese one is (rules/rule.ts): a named pattern, what
 * it yields, and sentences it must and must not match. The pattern is written in
 * compromise's match syntax (words, `#Tags`, `(a|b)`, `?`, `{m,n}`, `/regex/` on one
 * term), not a regular expression over characters: compromise has already split the
 * sentence into terms and tagged them, and matching runs over those terms.
 * test/english-rules.test.ts runs every example of every rule through the extractor's own
 * matcher (extractors/english/engine.ts).
 */
import type { Sector } from '../../pipeline/record.ts';
import type { RuleExamples } from '../rule.ts';

export interface EnglishRule<V> {
  /** Stable id, always starting "en.", e.g. "en.metric.income_avg"; records name the rules that made them. */
  readonly id: string;
  /** compromise match syntax. */
  readonly match: string;
  readonly value: V;
  readonly examples: RuleExamples;
  /** Higher wins when several rules of one kind apply to the same figure. */
  readonly priority?: number;
  /** The field its words name, where a rule of another kind names one too ("people's credit funds" as a subject → credit). */
  readonly sector?: Sector;
  readonly note?: string;
  /**
   * 'after-number': only where it starts right after a number (units, per, comparators
   * after the figure); the examples test does the same. Default: anywhere in the sentence.
   */
  readonly context?: 'after-number';
  /** 'before-number': only where it ends right before a number (comparators, change words). */
  readonly adjacent?: 'before-number';
}
