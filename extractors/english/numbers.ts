/**
 * Numbers in an English sentence, read over compromise's terms: digits ("45,000", "5.4",
 * "1,5" the Vietnamese way), with a magnitude word or suffix ("5.4 million", "1.5bn",
 * "VND5.4mil"), words (compromise's .numbers(): "two", "forty-five thousand"), money in
 * đồng or in another currency, percentages ("12%", "65.5 percent", "per cent") and ranges
 * ("600-800", "1.7 - 2 billion", "between 600 and 800", "from 600 to 800").
 *
 * compromise splits a glued token such as "VND5.4mil" or "10-15%" as one term; the digits
 * inside one term are read here. Years, dates and ordinals are compromise's own tags.
 */
import type { EnSentence, EnTerm, EnglishText } from './engine.ts';
import { EN_FOREIGN_MONEY, EN_MAGNITUDES, EN_VND_WORDS } from '../../rules/english/units.ts';
import { EN_NUMBER_CUES } from '../../rules/english/text-cues.ts';
import { compileText } from '../../rules/text-rule.ts';
import { EN_WORDS, wordSet } from '../../rules/english/words.ts';

export interface EnNumber {
  /** First term of the number (a currency word before it included) and the end of it (exclusive). */
  a: number;
  b: number;
  /** The first term with digits or number words. */
  numA: number;
  value: number;
  valueMax: number | null;
  money: 'vnd' | 'foreign' | null;
  percent: boolean;
  /** A magnitude word or suffix was read ("million"). */
  magnitude: boolean;
  /** Written in words ("two"). */
  words: boolean;
  /** "VND/person/month": denominators written into the currency term. */
  per: { month: boolean; year: boolean; person: boolean; coop: boolean };
  /** How the range was written, if it is one: 'hyphen', 'to', 'and'. */
  range: 'hyphen' | 'to' | 'and' | null;
  /** Where the second number of a range over several terms starts (to split "rose from 320 to 500"). */
  secondA: number | null;
  /** The digits as written, first and second number, for re-reading "1.500" once the unit is known. */
  digits: [string | null, string | null];
  /** Tags: #Year, #Date on the number's term, an integer that could be a year. */
  yearLike: boolean;
  dateLike: boolean;
  /** The rules that read it, in order: how the number was written, the range, the unit. */
  rules: string[];
  /** The rules among `rules` that joined two numbers into a range (a range split again loses them). */
  rangeRules: string[];
}

/** One term: currency? number magnitude? %? (- currency? number magnitude? %?)? currency? */
const TOKEN = compileText(EN_NUMBER_CUES.token).re;

/** "45,000" → 45000, "5.4" → 5.4, "2,5" → 2.5, "1.234.567" → 1234567; `countish`: "1.500 cooperatives" → 1500. */
export function readDigits(s: string, countish = false): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(s)) return Number(s.replace(/,/gu, ''));
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/u.test(s)) return Number(s.replace(/\./gu, '').replace(',', '.'));
  if (countish && /^\d{1,3}\.\d{3}$/u.test(s)) return Number(s.replace('.', ''));
  if (/^\d+,\d{1,2}$/u.test(s) || /^\d+,\d{4,}$/u.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d+,\d+$/u.test(s)) return Number(s.replace(/\./gu, '').replace(',', '.'));
  return Number(s.replace(/,/gu, ''));
}

function currencyOf(word: string | undefined): 'vnd' | 'foreign' | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (EN_VND_WORDS.has(w)) return 'vnd';
  if (EN_FOREIGN_MONEY.has(w)) return 'foreign';
  return null;
}

const VAGUE = wordSet(EN_WORDS.vagueMultiple);

function isReal(t: EnTerm | undefined): t is EnTerm {
  return t !== undefined && t.text.length > 0;
}

/** The next term with text after index i (compromise adds empty implicit terms after "600-800"). */
function nextReal(terms: readonly EnTerm[], i: number): number {
  let j = i + 1;
  while (j < terms.length && (terms[j] as EnTerm).text.length === 0) j++;
  return j;
}

function prevReal(terms: readonly EnTerm[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (terms[j] as EnTerm).text.length === 0) j--;
  return j;
}

interface Single {
  a: number;
  /** After the number and its magnitude. */
  b: number;
  value: number;
  valueMax: number | null;
  digits: [string | null, string | null];
  magnitude: boolean;
  money: 'vnd' | 'foreign' | null;
  percent: boolean;
  words: boolean;
  hyphenRange: boolean;
}

const PER_MONTH = compileText(EN_NUMBER_CUES.perMonth).re;
const PER_YEAR = compileText(EN_NUMBER_CUES.perYear).re;
const PER_PERSON = compileText(EN_NUMBER_CUES.perPerson).re;
const PER_COOPERATIVE = compileText(EN_NUMBER_CUES.perCooperative).re;

/** Rates written after slashes ("/person/month"), into `per`. */
function readRates(parts: readonly string[], per: { month: boolean; year: boolean; person: boolean; coop: boolean }): void {
  for (const part of parts) {
    if (PER_MONTH.test(part)) per.month = true;
    else if (PER_YEAR.test(part)) per.year = true;
    else if (PER_PERSON.test(part)) per.person = true;
    else if (PER_COOPERATIVE.test(part)) per.coop = true;
  }
}

/** A number starting at term i (digits in one term, or number words), with a magnitude word after it. */
function readSingle(text: EnglishText, s: EnSentence, i: number): Single | null {
  const terms = s.terms;
  const t = terms[i];
  if (!isReal(t)) return null;
  const low = t.text.toLowerCase();
  // (a number joined to a singular noun that qualifies another is an adjective, no figure: "the 108-member cooperative",
  // "a 50-hectare farm")
  const joined = terms[i + 1];
  if (DURATION_AFTER.test(t.post) && isReal(joined) && joined.tags.has('Singular') && !joined.tags.has('Value') && terms[i + 2]?.tags.has('Noun')) return null;
  const m = TOKEN.exec(low);
  if (m) {
    const [, c1, n1, m1, p1, c2, n2, m2, p2, c3] = m;
    const mag1 = m1 ? (EN_MAGNITUDES[m1] ?? 1) : 1;
    const mag2 = m2 ? (EN_MAGNITUDES[m2] ?? 1) : 1;
    let b = nextReal(terms, i);
    let magWord = 1;
    const nextT = terms[b];
    // "5.4 million", but not a lone letter ("5 m" is a length)
    // (also glued to a rate: "VND 650 million/year" is one term)
    const nextWord = isReal(nextT) ? (nextT.normal.split('/')[0] ?? '') : '';
    if (isReal(nextT) && nextWord.length > 1 && EN_MAGNITUDES[nextWord] !== undefined && !m1 && !m2) {
      magWord = EN_MAGNITUDES[nextWord] as number;
      b = nextReal(terms, b);
    }
    const n1s = n1 as string;
    const v1 = readDigits(n1s);
    const v2 = n2 ? readDigits(n2) : null;
    const scale2 = (m2 ? mag2 : 1) * magWord;
    const scale1 = m1 ? mag1 * magWord : n2 && m2 ? mag2 * magWord : magWord;
    const money = currencyOf(c1) ?? currencyOf(c2) ?? currencyOf(c3);
    return {
      a: i,
      b,
      value: v1 * scale1,
      valueMax: v2 !== null ? v2 * scale2 : null,
      digits: [n1s, n2 ?? null],
      magnitude: Boolean(m1 || m2) || magWord !== 1,
      money,
      percent: Boolean(p1 || p2),
      words: false,
      hyphenRange: v2 !== null,
    };
  }
  // number words: a run of #TextValue terms ("forty-five thousand", "two hundred and five")
  if (!t.tags.has('TextValue') || t.tags.has('Ordinal') || t.tags.has('Fraction') || VAGUE.has(t.normal)) return null;
  // (a number word joined to a span of time is an adjective, no figure: "the ten-year programme for cooperatives")
  if (DURATION_AFTER.test(t.post) && DURATION_WORD.test(terms[i + 1]?.normal ?? '')) return null;
  let j = i;
  while (j < terms.length) {
    const u = terms[j] as EnTerm;
    if (u.text.length === 0 || (u.tags.has('TextValue') && !u.tags.has('Ordinal') && !VAGUE.has(u.normal))) j++;
    else if (u.normal === 'and' && (terms[j + 1]?.tags.has('TextValue') ?? false) && j > i) j++;
    else break;
    if (/[,;:]/u.test(u.post)) break;
  }
  // (a magnitude with no number before it is none: "about1.6 million members" glued, its "million" alone says nothing)
  if (terms.slice(i, j).every((u) => u.text.length === 0 || EN_MAGNITUDES[u.normal] !== undefined)) return null;
  const got = text.range(s.n, i, j).numbers().get();
  const value = Array.isArray(got) ? got[0] : got;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return { a: i, b: j, value, valueMax: null, digits: [null, null], magnitude: false, money: null, percent: false, words: true, hyphenRange: false };
}

/** A hyphen right after a number word, and the span of time it is joined to ("five-year", "ten-day"). */
const DURATION_AFTER = /^-$/u;
const DURATION_WORD = compileText(EN_NUMBER_CUES.durationWord).re;

/** Every number phrase of the sentence, left to right, not overlapping. */
export function readNumbers(text: EnglishText, s: EnSentence): EnNumber[] {
  const terms = s.terms;
  const out: EnNumber[] = [];
  for (let i = 0; i < terms.length; i++) {
    const first = readSingle(text, s, i);
    if (!first) continue;
    const t = terms[i] as EnTerm;
    const rules: string[] = [first.words ? 'en.number.words' : 'en.number.digits'];
    const rangeRules: string[] = [];
    let { b, value, valueMax, money, percent, magnitude } = first;
    const digits: [string | null, string | null] = [...first.digits];
    let range: EnNumber['range'] = first.hyphenRange ? 'hyphen' : null;
    // a range over two terms: "1.1 - 1.2 million", "600 to 800", "between 600 and 800"
    const lastOfFirst = terms[prevReal(terms, b)] as EnTerm;
    const joiner = terms[b];
    let second: Single | null = null;
    let secondA: number | null = null;
    if (valueMax === null && !/[,;:()[\]]/u.test(lastOfFirst.post.replace(/^\s*[-–~]\s*$/u, ''))) {
      if (/^\s*[-–~]\s*$/u.test(lastOfFirst.post) || (isReal(joiner) && /^[-–~]$/u.test(joiner.text))) {
        second = readSingle(text, s, isReal(joiner) && /^[-–~]$/u.test(joiner.text) ? nextReal(terms, b) : b);
        if (second) range = 'hyphen';
      } else if (isReal(joiner) && (joiner.normal === 'to' || joiner.normal === 'and')) {
        const prevWord = terms[prevReal(terms, i)];
        const opensRange = joiner.normal === 'to' || prevWord?.normal === 'between';
        const cand = opensRange ? readSingle(text, s, nextReal(terms, b)) : null;
        // a currency repeated before the second number: "VND 6 million to VND 6.5 million"
        const cur = isReal(terms[nextReal(terms, b)]) ? currencyOf(terms[nextReal(terms, b)]?.normal) : null;
        const cand2 = !cand && cur ? readSingle(text, s, nextReal(terms, nextReal(terms, b))) : null;
        second = cand ?? cand2;
        if (second) {
          range = joiner.normal === 'to' ? 'to' : 'and';
          if (cand2) second.money ??= cur;
        }
      }
    }
    // (a number in words and one in digits make a range only with "to": "eight to 10 new co-operatives")
    if (second && second.valueMax === null && (!second.words === !first.words || range === 'to')) {
      const secondScaled = second.magnitude && !magnitude;
      const scale = secondScaled ? second.value / readDigits(second.digits[0] ?? '1') : 1;
      const lo = value * (Number.isFinite(scale) ? scale : 1);
      if (second.value > lo) {
        value = lo;
        valueMax = second.value;
        b = second.b;
        secondA = second.a;
        digits[1] = second.digits[0];
        money ??= second.money;
        percent ||= second.percent;
        magnitude ||= second.magnitude;
        rangeRules.push(`en.range.${range}`);
        rules.push(`en.range.${range}`);
      } else range = null;
    } else if (!second && range !== 'hyphen') range = null;
    if (first.hyphenRange) {
      rangeRules.push('en.range.hyphen');
      rules.push('en.range.hyphen');
    }
    // the money's currency before it ("VND 5.4 million", "US$ 60,000")
    let a = i;
    const before = prevReal(terms, i);
    // (not across a bracket: "1 billion VND (41,000 USD)")
    if (before >= 0 && !/[([]/u.test(t.pre) && !/[([,;:]/u.test((terms[before] as EnTerm).post)) {
      const cur = currencyOf((terms[before] as EnTerm).normal) ?? currencyOf((terms[before] as EnTerm).text.toLowerCase());
      if (cur && !money) {
        money = cur;
        a = before;
      }
    }
    // after it: "billion VND", "dong", "VND/person/month", "US dollars", "%", "percent", "per cent"
    const per = { month: false, year: false, person: false, coop: false };
    // rates glued to the magnitude word: "VND 6 million/month" (one term "million/month")
    const magTerm = terms[prevReal(terms, b)];
    if (magnitude && magTerm?.text.includes('/') && EN_MAGNITUDES[magTerm.text.toLowerCase().split('/')[0] ?? ''] !== undefined) {
      readRates(magTerm.text.toLowerCase().split('/').slice(1), per);
    }
    const after = terms[b];
    // nothing is read across punctuation: "1.5bn; VND 3 billion"
    const brokenAfter = /[,;:()[\]]/u.test((terms[b - 1] as EnTerm).post) || /[,;:()[\]]/u.test((terms[prevReal(terms, b)] as EnTerm).post);
    if (isReal(after) && !brokenAfter) {
      const low = after.text.toLowerCase();
      const slashed = low.split('/');
      const cur = currencyOf(slashed[0]);
      if (cur && !percent) {
        money ??= cur;
        b = nextReal(terms, b);
        readRates(slashed.slice(1), per);
      } else if (after.normal === 'us' && terms[nextReal(terms, b)]?.normal.startsWith('dollar')) {
        money ??= 'foreign';
        b = nextReal(terms, nextReal(terms, b));
      } else if (!money && (after.normal === 'percent' || after.normal === 'pct' || after.normal === 'percentage')) {
        percent = true;
        b = nextReal(terms, b);
      } else if (!money && after.normal === 'per' && terms[nextReal(terms, b)]?.normal === 'cent') {
        percent = true;
        b = nextReal(terms, nextReal(terms, b));
      }
    }
    if (money && money !== 'vnd') rules.push('en.money.foreign');
    else if (money === 'vnd') rules.push('en.money.vnd');
    if (percent) rules.push('en.unit.percent');
    const integer = Number.isInteger(value) && valueMax === null && !magnitude && !money && !percent && !(first.digits[0] ?? '').includes(',');
    out.push({
      a,
      b,
      numA: i,
      value,
      valueMax,
      money,
      percent,
      magnitude,
      words: first.words,
      per,
      range,
      secondA,
      digits,
      yearLike: (t.tags.has('Year') || (integer && value >= 1900 && value <= 2100)) && !first.words,
      dateLike: t.tags.has('Date') && !t.tags.has('Year'),
      rules,
      rangeRules,
    });
    i = b - 1;
  }
  return out;
}
