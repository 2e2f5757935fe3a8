import { foldKey } from '../pipeline/normalise.ts';
import { cueRegExp } from '../rules/rule.ts';
import { NUMBER_CUES } from '../rules/cues.ts';
import { NUMBER_TEXT_CUES } from '../rules/text-cues.ts';
import { compileTextAll } from '../rules/text-rule.ts';

/**
 * Vietnamese number formats: "." groups thousands ("1.715", "1.546.826"), "," marks
 * decimals ("0,53", "23,4"), leading zeros are kept in writing ("05"). A dot not
 * followed by exactly three digits is a decimal point written the English way ("1.5").
 * Small numbers may be spelled out ("hai liên hiệp").
 */

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Spelled with words rather than digits. */
  spelled: boolean;
}

/** Digits with Vietnamese or English grouping; no sign, no letters glued on either side (rules/text-cues.ts). */
const NUMBER_RE = compileTextAll(NUMBER_TEXT_CUES.digits);

/** Parse one number as written in a Vietnamese document; NaN if it is not one. */
export function parseVietnameseNumber(raw: string): number {
  const s = raw.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return Number.NaN;
}

const WORD_VALUES: [string, number][] = [
  ['một', 1],
  ['mốt', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['lăm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
];
const UNITS = new Map(WORD_VALUES.map(([w, v]) => [foldKey(w), v]));
const TEN = foldKey('mười');

/**
 * Spelled numbers from one to ninety-nine, read on the key: "hai", "mười",
 * "mười lăm", "hai mươi", "ba mươi mốt". Only returned when a count noun follows,
 * since "ba", "năm", "tư" are ordinary words too.
 */
const SPELLED_RE = cueRegExp(NUMBER_CUES.spelled);

/** A verb of counting right before "một": "thành lập mới một HTX" counts one. */
const ONE_AFTER = cueRegExp(NUMBER_CUES.oneAfter);

function spelledValue(words: string): number {
  const parts = words.split(/\s+/u);
  const unit = (w: string | undefined) => (w === undefined ? 0 : (UNITS.get(w) ?? Number.NaN));
  if (parts[0] === TEN) return 10 + unit(parts[1]);
  if (parts[1] === TEN) return unit(parts[0]) * 10 + unit(parts[2]);
  return unit(parts[0]);
}

/** "187/256 HTX": a part of a whole, read as the part; only before a word (never a date or a code). */
const FRACTION_RE = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+|\d+) ?\/ ?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/.,]*\d)(?= +\p{L})/gu;

/** Numbers written with digits in text[from, to). */
export function findNumbers(text: string, from: number, to: number): NumberToken[] {
  const out: NumberToken[] = [];
  const slice = text.slice(from, to);
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(slice)) !== null) {
    const value = parseVietnameseNumber(m[1] as string);
    if (Number.isFinite(value)) out.push({ start: from + m.index, end: from + m.index + m[0].length, value, spelled: false });
  }
  FRACTION_RE.lastIndex = 0;
  while ((m = FRACTION_RE.exec(slice)) !== null) {
    const part = parseVietnameseNumber(m[1] as string);
    const whole = parseVietnameseNumber(m[2] as string);
    if (Number.isFinite(part) && Number.isFinite(whole) && part <= whole && whole > 12) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, value: part, spelled: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Spelled numbers in key[from, to) that stand right before a match of `follow` (a sticky regex). */
export function findSpelledNumbers(key: string, from: number, to: number, follow: (pos: number) => boolean): NumberToken[] {
  const out: NumberToken[] = [];
  const slice = key.slice(from, to);
  SPELLED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPELLED_RE.exec(slice)) !== null) {
    const end = from + m.index + m[0].length;
    const value = spelledValue(m[1] as string);
    // "một HTX" is mostly the article "a/one HTX" ("doanh thu của một HTX"): only a figure after a verb of counting
    if (value === 1 && !ONE_AFTER.test(key.slice(Math.max(0, from + m.index - 20), from + m.index))) continue;
    if (Number.isFinite(value) && value > 0 && follow(end)) out.push({ start: from + m.index, end, value, spelled: true });
  }
  return out;
}
