/**
 * The English extractor's closed word lists (rules/english/words.ts), read as the extractor
 * reads them: each `match` example holds a term (or, for the language check, a word) that is
 * in the list, each `reject` example holds none, and every word of a list is one term as
 * compromise splits text, so none is an entry that can never be met.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { isNode, walk, type AstNode } from './ast.ts';
import { describe, expect, it } from 'vitest';
import { EnglishText } from '../extractors/english/engine.ts';
import { wordsOf } from '../extractors/english/lang.ts';
import { EN_WORD_LISTS, type EnWordList } from '../rules/english/words.ts';
import { SUBJECTS } from '../pipeline/record.ts';
import { EN_UNIT_CLASSES } from '../rules/english/metrics.ts';

function tokens(list: EnWordList, text: string): string[] {
  if (list.reads === 'letters') return wordsOf(text).map((w) => w.toLowerCase());
  return new EnglishText(text, 0).sentences.flatMap((s) => s.terms.filter((t) => t.text.length > 0).map((t) => t.normal));
}

describe('English word lists', () => {
  it('ids are unique and named en.words.<name>', () => {
    const ids = EN_WORD_LISTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^en\.words\.[a-z_]+$/u.test(id))).toEqual([]);
  });
  for (const list of EN_WORD_LISTS) {
    describe(list.id, () => {
      it('has positive and negative examples, and no word twice', () => {
        expect(list.examples.match.length).toBeGreaterThan(0);
        expect(list.examples.reject.length).toBeGreaterThan(0);
        expect(new Set(list.words).size).toBe(list.words.length);
      });
      it('every word is one token as the extractor reads text, so it can be met', () => {
        expect(list.words.filter((w) => tokens(list, w).join(' ') !== w)).toEqual([]);
      });
      for (const s of list.examples.match) it(`matches: ${JSON.stringify(s)}`, () => expect(tokens(list, s).some((t) => list.words.includes(t))).toBe(true));
      for (const s of list.examples.reject)
        it(`rejects: ${JSON.stringify(s)}`, () => expect(tokens(list, s).filter((t) => list.words.includes(t))).toEqual([]));
    });
  }
});

// (string literals of two or more letters in an array: a closed list of words, unless all are the extractor's own codes)
describe('English word lists live in rules/', () => {
  // (codes are the record's subjects and the extractor's unit classes: names the project gave, not words it looks for;
  // compromise's plugin hooks are named by the plugin)
  const codes = new Set<string>([...SUBJECTS, ...EN_UNIT_CLASSES, 'vietnamYears', 'capitalisedNumbers']);
  const dir = new URL('../extractors/english/', import.meta.url);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    it(`extractors/english/${f} holds no list of words of its own`, () => {
      const source = readFileSync(new URL(f, dir), 'utf8');
      const lists: string[] = [];
      for (const n of walk(parseAst(source, { lang: 'ts' }))) {
        if (n.type !== 'ArrayExpression') continue;
        const els = n.elements as unknown[];
        const words = els.filter(
          (e): e is AstNode & { value: string } => isNode(e) && e.type === 'Literal' && typeof e.value === 'string' && /\p{L}{2}/u.test(e.value),
        );
        if (els.length >= 2 && words.length === els.length && !words.every((w) => codes.has(w.value))) lists.push(words.map((w) => w.value).join(','));
      }
      expect(lists).toEqual([]);
    });
  }
});
