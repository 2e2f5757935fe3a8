/**
 * Every rule's examples: each `match` sentence must contain a match of the rule's
 * pattern (on the folded key), each `reject` sentence must not. Every rule must
 * carry at least one of each.
 */
import { describe, expect, it } from 'vitest';
import { R } from '../extractors/rulesets.ts';
import { normalise } from '../pipeline/normalise.ts';
import type { CompiledRule } from '../rules/rule.ts';

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
