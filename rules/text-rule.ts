/**
 * A rule read on the stored text as written (NFC), not on the folded matching key of
 * rule.ts: for the few cues where what the key drops is what decides. Capitals make a
 * heading ("KẾ HOẠCH" as a title line, "I." a roman numeral where "i." is not), and a tone
 * mark tells "ngày" (the date in a place line) from "ngay" (at once).
 *
 * The pattern is used exactly as written, with `flags` (never 'g' or 'y': a compiled text
 * rule keeps no state between uses). test/rules.test.ts runs every example on the NFC text.
 */
import type { Rule } from './rule.ts';

export interface TextRule<V> extends Rule<V> {
  /** RegExp flags, e.g. 'u' or 'iu'. */
  readonly flags: string;
}

export interface CompiledTextRule<V> extends TextRule<V> {
  /** The pattern with its flags, over the NFC text. */
  readonly re: RegExp;
}

export function compileText<V>(rule: TextRule<V>): CompiledTextRule<V> {
  if (/[gy]/.test(rule.flags)) throw new Error(`${rule.id}: a text rule's flags may not hold g or y`);
  return { ...rule, re: new RegExp(rule.pattern, rule.flags) };
}

/**
 * The rule's pattern with 'g' added, for an extractor that reads every match: String#matchAll (which copies the
 * regex) and String#replace (which starts at 0 and ends at 0), or an exec loop that sets lastIndex to 0 first.
 */
export function compileTextAll<V>(rule: TextRule<V>): RegExp {
  return new RegExp(compileText(rule).re.source, `${rule.flags}g`);
}
