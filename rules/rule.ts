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
 * All matches of the rules in key[from, to), in order of position. (Remembering them per
 * window for the document was tried: a quarter fewer scans, but the kept matches outlive
 * the young generation and cost more in garbage collection and memory than they saved.)
 */
export function findAll<V>(rules: readonly CompiledRule<V>[], key: string, from = 0, to = key.length): readonly RuleHit<V>[] {
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

/**
 * A cue: a rule that yields nothing but whether it matches, which an extractor tests on a
 * slice of the folded key it cuts itself ("^…$" cues get exactly that slice, e.g. " là ").
 * The cues live in rules/cues.ts; test/cues.test.ts runs their examples compiled by cueRegExp.
 */
export interface KeyCue extends Rule<null> {
  /**
   * 'g' where the extractor walks the matches or sets lastIndex to search from there, 'y' where it
   * matches only exactly at lastIndex; the examples are then tried from their first character.
   */
  readonly flags?: 'g' | 'y';
}

/** The cue's pattern compiled for the key, with its flags: the same compile as keyRegExp (pipeline/normalise.ts). */
export function cueRegExp(cue: KeyCue): RegExp {
  return new RegExp(foldPattern(cue.pattern), cue.flags ?? '');
}
