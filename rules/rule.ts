/**
 * A rule is data: a named pattern in ordinary Vietnamese, what it yields, and the
 * sentences it must and must not match (in the spirit of Duckling's Rules.hs and
 * Corpus.hs). test/rules.test.ts runs every example of every rule.
 *
 * Patterns are JavaScript regular expressions written with diacritics for
 * readability; they are compiled once against the folded matching key
 * (see pipeline/normalise.ts): case and diacritics do not matter, a space means
 * any run of white space, and \b works because the key is ASCII for Vietnamese letters.
 */
import { foldPattern } from '../pipeline/normalise.ts';

export interface RuleExamples {
  /** Sentences in which the pattern must find a match. */
  match: readonly string[];
  /** Sentences in which it must not. */
  reject: readonly string[];
}

export interface Rule<V> {
  /** Stable id, e.g. "metric.income_avg"; records name the rules that made them. */
  readonly id: string;
  readonly pattern: string;
  readonly value: V;
  readonly examples: RuleExamples;
  /** Higher wins when several rules of one kind match the same context. */
  readonly priority?: number;
  readonly note?: string;
  /**
   * Where the extractor applies the pattern. 'after-number': only exactly where a
   * number ends (unit words); the examples test does the same, at the end of the
   * first number of each example. Default: anywhere in the text given.
   */
  readonly context?: 'after-number';
}

export interface CompiledRule<V> extends Rule<V> {
  /** Global regex over the folded key. */
  readonly re: RegExp;
  /** The same pattern, sticky: matches only exactly at lastIndex. */
  readonly sticky: RegExp;
}

export function compile<V>(rules: readonly Rule<V>[]): CompiledRule<V>[] {
  return rules.map((r) => {
    const source = foldPattern(r.pattern);
    return { ...r, re: new RegExp(source, 'g'), sticky: new RegExp(source, 'y') };
  });
}

export interface RuleHit<V> {
  rule: CompiledRule<V>;
  start: number;
  end: number;
  match: RegExpExecArray;
}

/**
 * Matches already found in the current key, by rule set and window: the extractor asks
 * for the same window (a sentence, a heading, a paragraph) once per figure in it.
 * Emptied when a new key comes (one document at a time per thread).
 */
let memoKey: string | null = null;
let memo = new WeakMap<readonly CompiledRule<unknown>[], Map<number, readonly RuleHit<unknown>[]>>();

/** All matches of the rules in key[from, to), in order of position. Shared: do not modify. */
export function findAll<V>(rules: readonly CompiledRule<V>[], key: string, from = 0, to = key.length): readonly RuleHit<V>[] {
  if (key !== memoKey) {
    memoKey = key;
    memo = new WeakMap();
  }
  let byWindow = memo.get(rules);
  if (byWindow === undefined) {
    byWindow = new Map();
    memo.set(rules, byWindow);
  }
  const id = from * 0x4000000 + to;
  const known = byWindow.get(id);
  if (known !== undefined) return known as readonly RuleHit<V>[];
  const hits = scan(rules, key, from, to);
  byWindow.set(id, hits);
  return hits;
}

function scan<V>(rules: readonly CompiledRule<V>[], key: string, from: number, to: number): RuleHit<V>[] {
  const hits: RuleHit<V>[] = [];
  const slice = from === 0 && to === key.length ? key : key.slice(from, to);
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(slice)) !== null) {
      hits.push({ rule, start: from + m.index, end: from + m.index + m[0].length, match: m });
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** The first rule (in list order) that matches exactly at `pos`, with its match. */
export function matchAt<V>(rules: readonly CompiledRule<V>[], key: string, pos: number): RuleHit<V> | null {
  for (const rule of rules) {
    rule.sticky.lastIndex = pos;
    const m = rule.sticky.exec(key);
    if (m && m[0].length > 0) return { rule, start: pos, end: pos + m[0].length, match: m };
  }
  return null;
}
