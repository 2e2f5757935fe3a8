/**
 * The extractors' cues (rules/cues.ts on the folded key, rules/text-cues.ts and rules/english/text-cues.ts on the
 * NFC text):
 * each `match` example must match, each `reject` example must not, compiled exactly as the
 * extractor compiles it (cueRegExp / compileText, with the cue's flags) and tried on the same
 * text form. Examples are the slices the extractor tests, so a sticky ('y') cue is tried at
 * their first character. Every cue carries both kinds, and no cue regex is left in the
 * extractors that read them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as keyCueModule from '../rules/cues.ts';
import * as textCueModule from '../rules/text-cues.ts';
import * as enTextCueModule from '../rules/english/text-cues.ts';
import { EN } from '../extractors/english/rulesets.ts';
import { cueRegExp, type KeyCue } from '../rules/rule.ts';
import { compileText, type TextRule } from '../rules/text-rule.ts';
import { normalise } from '../pipeline/normalise.ts';
import { R } from '../extractors/rulesets.ts';
import { PLACE_RULES } from '../extractors/places/resolve.ts';
import { OUTLINE_RULES } from '../rules/outline.ts';

const { KEY_CUES } = keyCueModule;
const { TEXT_CUES } = textCueModule;
const { EN_TEXT_CUES } = enTextCueModule;

function keyCueMatches(cue: KeyCue, example: string): boolean {
  const re = cueRegExp(cue);
  re.lastIndex = 0;
  return re.test(normalise(example).key);
}

function textCueMatches(cue: TextRule<null>, example: string): boolean {
  return compileText(cue).re.test(example.normalize('NFC'));
}

const cues: readonly (readonly [TextRule<null> | KeyCue, (example: string) => boolean])[] = [
  ...KEY_CUES.map((c) => [c, (s: string) => keyCueMatches(c, s)] as const),
  ...TEXT_CUES.map((c) => [c, (s: string) => textCueMatches(c, s)] as const),
  ...EN_TEXT_CUES.map((c) => [c, (s: string) => textCueMatches(c, s)] as const),
];

describe('cue examples', () => {
  it('cue ids are unique, named cue.<area>.<name> (en.cue.<area>.<name> for English), and no other rule has one', () => {
    const ids = cues.map(([c]) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^cue\.[a-z]+\.[a-z_]+$/u.test(id) && !/^en\.cue\.[a-z]+\.[a-z_]+$/u.test(id))).toEqual([]);
    expect(EN_TEXT_CUES.filter((c) => !c.id.startsWith('en.')).map((c) => c.id)).toEqual([]);
    const others = new Set([...Object.values(R).flat(), ...PLACE_RULES, ...OUTLINE_RULES, ...[...EN.byId.values()].map((v) => v.rule)].map((r) => r.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });
  it('every cue of every group the rules files export is in the lists this test runs', () => {
    const listed = new Set<unknown>([...KEY_CUES, ...TEXT_CUES, ...EN_TEXT_CUES]);
    // (a group is an exported object of rules; EN_MONTH_NUMBERS, a table of month names, is data)
    const isRule = (c: unknown): c is { id: string } => typeof c === 'object' && c !== null && 'pattern' in c && 'id' in c;
    const grouped = [...Object.entries(keyCueModule), ...Object.entries(textCueModule), ...Object.entries(enTextCueModule)]
      .filter(([name]) => name !== 'KEY_CUES' && name !== 'TEXT_CUES' && name !== 'EN_TEXT_CUES' && name !== 'EN_MONTH_NUMBERS')
      .flatMap(([, group]) => Object.values(group as Record<string, unknown>));
    expect(grouped.length).toBeGreaterThan(0);
    expect(grouped.filter((c) => !isRule(c)).length).toBe(0);
    expect(grouped.filter((c) => isRule(c) && !listed.has(c)).map((c) => (c as { id: string }).id)).toEqual([]);
  });
  it('every month name a date cue reads is in the table that gives its number', () => {
    const names = /\((?<names>[a-z|]+)\)\\\.\?/u.exec(enTextCueModule.EN_DOCMETA_CUES.monthDayYear.pattern)?.groups?.names?.split('|') ?? [];
    expect(names.length).toBe(24);
    expect(names.filter((n) => !(n in enTextCueModule.EN_MONTH_NUMBERS))).toEqual([]);
    expect(Object.keys(enTextCueModule.EN_MONTH_NUMBERS).filter((n) => !names.includes(n))).toEqual([]);
  });
  for (const [cue, matches] of cues) {
    describe(cue.id, () => {
      it('has positive and negative examples', () => {
        expect(cue.examples.match.length).toBeGreaterThan(0);
        expect(cue.examples.reject.length).toBeGreaterThan(0);
      });
      for (const s of cue.examples.match) it(`matches: ${JSON.stringify(s)}`, () => expect(matches(s)).toBe(true));
      for (const s of cue.examples.reject) it(`rejects: ${JSON.stringify(s)}`, () => expect(matches(s)).toBe(false));
    });
  }
});

describe('cue regexes live in rules/', () => {
  // (these extractors read their cues from rules/cues.ts and rules/text-cues.ts; what regexes they still hold are
  // number formats, letter classes and punctuation, written as literals; a pattern written out as a string to compile,
  // for the key or for the text, is a cue)
  const files = ['context', 'docmeta', 'docyear', 'figures', 'metric', 'numbers', 'part', 'records', 'scope', 'sector', 'subject'];
  for (const f of files) {
    it(`extractors/${f}.ts compiles no pattern of its own, for the key or the text`, () => {
      const source = readFileSync(new URL(`../extractors/${f}.ts`, import.meta.url), 'utf8');
      expect(source.match(/keyRegExp\(|foldPattern\(|new RegExp\(\s*(String\.raw)?[`'"]/gu) ?? []).toEqual([]);
    });
  }
});
