/**
 * Every rule's examples: each `match` sentence must contain a match of the rule's
 * pattern (on the folded key), each `reject` sentence must not. Every rule must
 * carry at least one of each.
 */
import { describe, expect, it } from 'vitest';
import { R } from '../extractors/rulesets.ts';
import { normalise } from '../pipeline/normalise.ts';
import type { CompiledRule } from '../rules/rule.ts';
import { PLACE_RULES, placeRulesFired } from '../extractors/places/resolve.ts';
import { OUTLINE_RULES } from '../rules/outline.ts';
import { compileText } from '../rules/text-rule.ts';

const all: CompiledRule<unknown>[] = Object.values(R).flat() as CompiledRule<unknown>[];

const afterNumber = all.filter((r) => r.context === 'after-number');

/**
 * Where unit words can stand: right after a number, or after unit words that
 * themselves follow a number ("3.929 triệu đồng/người/năm"), as the extractor reads them.
 */
function unitPositions(key: string): number[] {
  const seen = new Set<number>();
  const queue: number[] = [];
  for (const m of key.matchAll(/\d+(?:[.,]\d+)*/g)) queue.push((m.index ?? 0) + m[0].length);
  while (queue.length > 0) {
    const pos = queue.shift() as number;
    if (seen.has(pos)) continue;
    seen.add(pos);
    for (const r of afterNumber) {
      r.sticky.lastIndex = pos;
      const m = r.sticky.exec(key);
      if (m && m[0].length > 0) queue.push(pos + m[0].length);
    }
  }
  return [...seen];
}

function matches(rule: CompiledRule<unknown>, sentence: string): boolean {
  const { key } = normalise(sentence);
  if (rule.context === 'after-number') {
    return unitPositions(key).some((pos) => {
      rule.sticky.lastIndex = pos;
      const m = rule.sticky.exec(key);
      return m !== null && m[0].length > 0;
    });
  }
  rule.re.lastIndex = 0;
  return rule.re.test(key);
}

describe('rule examples', () => {
  it('rule ids are unique', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of all) {
    describe(rule.id, () => {
      it('has positive and negative examples', () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.reject.length).toBeGreaterThan(0);
      });
      for (const s of rule.examples.match) it(`matches: ${s}`, () => expect(matches(rule, s)).toBe(true));
      for (const s of rule.examples.reject) it(`rejects: ${s}`, () => expect(matches(rule, s)).toBe(false));
    });
  }
});

/**
 * The place reader's rules and weights (rules/places/): each example is a text the reader
 * reads whole, and the rule must act on it (match) or must not (reject). Their patterns
 * stand where the reader puts them (before a name, after it, on a line), so they are tried
 * there, not anywhere in the sentence.
 */
describe('place rule examples (read by extractors/places/)', () => {
  it('rule ids are unique, and none is also a cue rule id', () => {
    const ids = PLACE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cue = new Set(all.map((r) => r.id));
    expect(ids.filter((id) => cue.has(id))).toEqual([]);
  });
  const known = new Set(PLACE_RULES.map((r) => r.id));
  for (const rule of PLACE_RULES) {
    describe(rule.id, () => {
      it('has positive and negative examples', () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.reject.length).toBeGreaterThan(0);
      });
      for (const s of rule.examples.match) {
        it(`acts on: ${s}`, () => {
          const fired = placeRulesFired(s);
          expect([...fired].filter((id) => !known.has(id))).toEqual([]);
          expect(fired.has(rule.id)).toBe(true);
        });
      }
      for (const s of rule.examples.reject) it(`does not act on: ${s}`, () => expect(placeRulesFired(s).has(rule.id)).toBe(false));
    });
  }
});

/** The outline's rules (rules/outline.ts) are read on the text as written: capitals decide. */
describe('outline rule examples (on the NFC text)', () => {
  it('rule ids are unique across every rule set', () => {
    const ids = [...all, ...PLACE_RULES, ...OUTLINE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of OUTLINE_RULES) {
    describe(rule.id, () => {
      const { re } = compileText(rule);
      it('has positive and negative examples', () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.reject.length).toBeGreaterThan(0);
      });
      for (const s of rule.examples.match) it(`matches: ${s}`, () => expect(re.test(s.normalize('NFC'))).toBe(true));
      for (const s of rule.examples.reject) it(`rejects: ${s}`, () => expect(re.test(s.normalize('NFC'))).toBe(false));
    });
  }
});
