/**
 * Every English rule's examples (rules/english/*.ts), run through the extractor's own
 * matcher: compromise parses the sentence and one net of all the rules sweeps it
 * (extractors/english/engine.ts). Each `match` sentence must contain a hit of the rule,
 * each `reject` sentence must not. A rule for the words after a number counts only where a
 * number, its noun phrase or a denominator ends; one for the words before a number only
 * where a number (or its comparator) starts.
 */
import { describe, expect, it } from 'vitest';
import { EnglishText, expand, type EnHit } from '../extractors/english/engine.ts';
import { readNumbers } from '../extractors/english/numbers.ts';
import { EN } from '../extractors/english/rulesets.ts';
import type { EnglishRule } from '../rules/english/rule.ts';

type AnyRule = EnglishRule<unknown>;
const all: { set: string; rule: AnyRule }[] = [...EN.byId.values()].map((v) => ({ set: String(v.set), rule: v.rule }));

function matches(set: string, rule: AnyRule, sentence: string): boolean {
  const text = new EnglishText(sentence, 0);
  for (const s of text.sentences) {
    const hits = (text.hitsOf(EN, set as keyof typeof EN.sets, s.n) as readonly EnHit<unknown>[]).filter((h) => h.rule.id === rule.id);
    if (hits.length === 0) continue;
    if (!rule.context && !rule.adjacent) return true;
    const numbers = readNumbers(text, s);
    if (rule.context === 'after-number') {
      // where a number ends, or the noun phrase after it, or a denominator after that
      const ends = new Set(numbers.map((n) => n.b));
      const units = text.hitsOf(EN, 'unit', s.n);
      const per = text.hitsOf(EN, 'per', s.n);
      for (let round = 0; round < 3; round++) {
        for (const u of [...units, ...per]) if ([...ends].some((e) => u.a >= e && u.a <= e + 3)) ends.add(u.b);
      }
      if (hits.some((h) => ends.has(h.a))) return true;
    }
    if (rule.adjacent === 'before-number') {
      const starts = new Set(numbers.flatMap((n) => [n.a, n.numA]));
      for (const c of text.hitsOf(EN, 'leftComparator', s.n)) if (starts.has(c.b)) starts.add(c.a);
      if (hits.some((h) => starts.has(h.b))) return true;
    }
  }
  return false;
}

describe('English patterns compiled for speed', () => {
  it('an opening alternation with phrases becomes one pattern of words and one per phrase', () => {
    expect(expand('(report|plan|official letter) (no|number)?')).toEqual(['(report|plan) (no|number)?', 'official letter (no|number)?']);
    expect(expand('(report|plan) (no|number)?')).toEqual(['(report|plan) (no|number)?']);
    expect(expand('(up && #Preposition) (by|of)?')).toEqual(['(up && #Preposition) (by|of)?']);
    expect(expand('(a|an big)? deal')).toEqual(['(a|an big)? deal']);
  });
});

describe('English rule examples', () => {
  it('every rule id starts with "en." and is unique', () => {
    const ids = all.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('en.')).toBe(true);
  });
  for (const { set, rule } of all) {
    describe(rule.id, () => {
      it('has positive and negative examples', () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.reject.length).toBeGreaterThan(0);
      });
      for (const s of rule.examples.match) it(`matches: ${s}`, () => expect(matches(set, rule, s)).toBe(true));
      for (const s of rule.examples.reject) it(`rejects: ${s}`, () => expect(matches(set, rule, s)).toBe(false));
    });
  }
});
