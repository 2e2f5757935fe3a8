/**
 * The extractors' cues (rules/cues.ts on the folded key, rules/text-cues.ts and rules/english/text-cues.ts on the
 * NFC text):
 * each `match` example must match, each `reject` example must not, compiled exactly as the
 * extractor compiles it (cueRegExp / compileText, with the cue's flags) and tried on the same
 * text form. Examples are the slices the extractor tests, so a sticky ('y') cue is tried at
 * their first character. Every cue carries both kinds, and no cue regex is left in the
 * extractors that read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { isNode, walk, type AstNode } from './ast.ts';
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
    // (a group is an exported object of rules; EN_MONTH_NUMBERS and EN_MONTH_NAMES, tables of month names, are data)
    const isRule = (c: unknown): c is { id: string } => typeof c === 'object' && c !== null && 'pattern' in c && 'id' in c;
    const grouped = [...Object.entries(keyCueModule), ...Object.entries(textCueModule), ...Object.entries(enTextCueModule)]
      .filter(([name]) => !['KEY_CUES', 'TEXT_CUES', 'EN_TEXT_CUES', 'EN_MONTH_NUMBERS', 'EN_MONTH_NAMES'].includes(name))
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
    expect(enTextCueModule.EN_MONTH_NAMES.map((n) => enTextCueModule.EN_MONTH_NUMBERS[n])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
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

/**
 * The words of a pattern: runs of two or more letters outside a character class and outside an escape. What may stay
 * in an extractor's own pattern is what has none: punctuation, digits and their counts ("\d{1,2}:\d{2}"), letter
 * classes ("[A-Z]{2,4}", "[Tt]", "\p{Lu}"), escapes ("\b", "\s", "\u00a0"), a single letter, a group's name
 * ("(?<d>…)"), and pieces built from data read elsewhere (a gazetteer's names, a rule's own pattern): any word of the
 * language a pattern looks for is a cue, and belongs in rules/ with its examples.
 */
function patternWords(pattern: string): string[] {
  const bare = pattern
    .replace(/\\[pPk]\{[^}]*\}|\\k<[^>]*>|\\u\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\./gu, ' ')
    .replace(/\[[^\]]*\]/gu, ' ')
    .replace(/\(\?<(?![=!])[^>]*>/gu, '(');
  return bare.match(/\p{L}{2,}/gu) ?? [];
}

/**
 * Every pattern an extractor file writes itself, with the words in it: regex literals, String.raw templates, and what
 * it gives `new RegExp(…)` as a string or template, following the file's own constants it names there (a pattern
 * built from another module's values, a rule's `.source` or a gazetteer's names, is read where it is written).
 */
function ownPatternWords(source: string, file: string): { line: number; words: string[] }[] {
  const ast = parseAst(source, { lang: 'ts' }, file);
  const constants = new Map<string, unknown>();
  for (const n of walk(ast)) if (n.type === 'VariableDeclarator' && isNode(n.id) && n.id.type === 'Identifier') constants.set(n.id.name as string, n.init);
  const isRaw = (n: AstNode) => n.type === 'TaggedTemplateExpression' && isNode(n.tag) && source.slice(n.tag.start, n.tag.end) === 'String.raw';
  const pieces = (n: unknown, seen: Set<string>): string[] => {
    if (!isNode(n)) return [];
    if (n.type === 'Literal') return typeof n.value === 'string' ? [n.value] : [];
    if (n.type === 'Identifier') {
      const name = n.name as string;
      if (seen.has(name) || !constants.has(name)) return [];
      return pieces(constants.get(name), new Set([...seen, name]));
    }
    if (n.type === 'TemplateLiteral' || isRaw(n)) {
      const t = (n.type === 'TemplateLiteral' ? n : n.quasi) as { quasis: { value: { raw: string; cooked: string | null } }[]; expressions: unknown[] };
      const own = t.quasis.map((q) => (n.type === 'TemplateLiteral' ? (q.value.cooked ?? q.value.raw) : q.value.raw));
      return [...own, ...t.expressions.flatMap((e) => pieces(e, seen))];
    }
    if (n.type === 'BinaryExpression' && n.operator === '+') return [...pieces(n.left, seen), ...pieces(n.right, seen)];
    return [];
  };
  const line = (n: AstNode) => source.slice(0, n.start).split('\n').length;
  const found: { line: number; words: string[] }[] = [];
  for (const n of walk(ast)) {
    let texts: string[] = [];
    const regex = n.regex as { pattern: string } | undefined;
    if (n.type === 'Literal' && regex) texts = [regex.pattern];
    else if (isRaw(n)) texts = pieces(n, new Set());
    else if ((n.type === 'NewExpression' || n.type === 'CallExpression') && isNode(n.callee) && n.callee.type === 'Identifier' && n.callee.name === 'RegExp') {
      // (a String.raw template given to it is read on its own, above)
      const arg = (n.arguments as unknown[])[0];
      texts = isNode(arg) && isRaw(arg) ? [] : pieces(arg, new Set());
    }
    const words = texts.flatMap(patternWords);
    if (words.length > 0) found.push({ line: line(n), words });
  }
  return found;
}

describe('no extractor writes a pattern with words of its own', () => {
  // every file under extractors/, Vietnamese and English: each pattern it writes must hold no word (patternWords);
  // the cues it needs are named rules in rules/ with match and reject examples, tested above
  // (certainty.ts reads the ids of the rules that made a record, "status.default.", not the language: left out)
  const exempt = new Set(['certainty.ts']);
  const root = new URL('../extractors/', import.meta.url);
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !exempt.has(f)).sort();
  it('reads every extractor file, English ones too', () => {
    expect(files).toEqual(expect.arrayContaining(['docmeta.ts', 'english/docmeta.ts', 'english/records.ts', 'english/scope.ts', 'places/resolve.ts']));
  });
  for (const f of files) {
    it(`extractors/${f}`, () => {
      expect(ownPatternWords(readFileSync(new URL(f, root), 'utf8'), f)).toEqual([]);
    });
  }
});

describe('the words check itself', () => {
  it('finds a word written inline, in a literal, a String.raw template, or a constant given to new RegExp', () => {
    const src = [
      'const A = /\\b(?:as of|by)\\s+$/iu;',
      'const B = String.raw`(jan|feb)\\.?`;',
      "const C = '(?:per month)';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample source file's text, its placeholders are what is checked
      'const D = new RegExp(`^${C}$`, "u");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample source file's text, its placeholders are what is checked
      'const E = new RegExp(String.raw`\\b${B}\\s+\\d`, "u");',
    ].join('\n');
    expect(ownPatternWords(src, 'x.ts')).toEqual([
      { line: 1, words: ['as', 'of', 'by'] },
      { line: 2, words: ['jan', 'feb'] },
      { line: 4, words: ['per', 'month'] },
      { line: 5, words: ['jan', 'feb'] },
    ]);
  });
  it('lets through punctuation, digits, letter classes, escapes, single letters and group names', () => {
    const src = [
      String.raw`const A = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$/u;`,
      String.raw`const B = /(?<![\p{L}\d.,/])(?<day>\d+)[Tt]\u00e0\b/u;`,
      String.raw`const C = /^i\.\s/u;`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample source file's text, its placeholders are what is checked
      'const D = new RegExp(`\\b${names.join("|")}\\b`, "giu");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample source file's text, its placeholders are what is checked
      'const E = new RegExp(rule.re.source, `${rule.re.flags}g`);',
    ].join('\n');
    expect(ownPatternWords(src, 'x.ts')).toEqual([]);
  });
});

/**
 * Where a rule id is compared with a literal (`=== 'status.target.deadline'`, `.startsWith('en.range')`,
 * `.includes('unit.row_label')`): a rule id is a name, and what a decision needs of a rule is on its value. Ids are
 * dotted lower-case names ("metric.members", "en.subject.htx"); drop reasons ("drop.no-subject") are kinds, not rule
 * ids, and are let through.
 */
function ruleIdTests(source: string, file: string): { line: number; id: string }[] {
  const ast = parseAst(source, { lang: 'ts' }, file);
  const idOf = (v: unknown): string | null => (typeof v === 'string' && /^(?:en\.)?[a-z]+(?:\.[a-z_]+)+\.?$/u.test(v) && !v.startsWith('drop.') ? v : null);
  // (a constant of the file that holds an id is read through its name: "const FUND = 'unit.noun.fund'; … includes(FUND)")
  const constants = new Map<string, string>();
  for (const n of walk(ast)) {
    if (n.type === 'VariableDeclarator' && isNode(n.id) && n.id.type === 'Identifier' && isNode(n.init) && n.init.type === 'Literal') {
      const id = idOf(n.init.value);
      if (id) constants.set(n.id.name as string, id);
    }
  }
  const idIn = (n: unknown): string | null =>
    !isNode(n) ? null : n.type === 'Literal' ? idOf(n.value) : n.type === 'Identifier' ? (constants.get(n.name as string) ?? null) : null;
  const line = (n: AstNode) => source.slice(0, n.start).split('\n').length;
  const found: { line: number; id: string }[] = [];
  for (const n of walk(ast)) {
    if (n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator as string)) {
      for (const side of [n.left, n.right]) {
        const id = idIn(side);
        if (id) found.push({ line: line(n), id });
      }
    }
    if (n.type === 'CallExpression' && isNode(n.callee) && n.callee.type === 'MemberExpression' && isNode(n.callee.property)) {
      const name = n.callee.property.name as string | undefined;
      const id = idIn((n.arguments as unknown[])[0]);
      if ((name === 'startsWith' || name === 'includes' || name === 'endsWith') && id) found.push({ line: line(n), id });
    }
  }
  return found;
}

describe('no rule id is tested in a decision', () => {
  const roots = ['../extractors/', '../pipeline/'].map((r) => new URL(r, import.meta.url));
  for (const root of roots) {
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
    for (const f of files) {
      it(`${root.pathname.split('/').at(-2)}/${f}`, () => {
        expect(ruleIdTests(readFileSync(new URL(f, root), 'utf8'), f)).toEqual([]);
      });
    }
  }
  it('the check finds an id compared, or tested as a prefix or a part, and lets a drop reason and other strings through', () => {
    const src = [
      "if (rule === 'status.target.deadline') x();",
      "const a = ids.some((r) => r.startsWith('en.range'));",
      "if (h.rules.includes('unit.row_label')) y();",
      "if (reason === 'drop.no-subject') z();",
      "if (kind === 'report_opening' || s === 'a.b c') w();",
      "const FUND = 'unit.noun.fund';",
      'if (f.rules.includes(FUND)) v();',
    ].join('\n');
    expect(ruleIdTests(src, 'x.ts')).toEqual([
      { line: 1, id: 'status.target.deadline' },
      { line: 2, id: 'en.range' },
      { line: 3, id: 'unit.row_label' },
      { line: 7, id: 'unit.noun.fund' },
    ]);
  });
});
