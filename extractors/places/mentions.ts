/**
 * Where a text names a province or district, and how much each naming says about the place
 * the document is from.
 *
 * A mention is a gazetteer name (gazetteer.ts) written with capitals, read with the
 * administrative word in front of it (tỉnh, huyện, thị xã, thành phố, quận, UBND …, read from
 * the original text) and weighed by where it stands: the title and the opening lines, the
 * place line "Tam Đường, ngày … tháng …", an issuer ("UBND huyện X ban hành …") weigh more;
 * reference contexts ("học tập kinh nghiệm tại …", "Căn cứ …") weigh less. Self-references
 * ("toàn huyện", "trên địa bàn tỉnh") count how the document speaks of its own level.
 * resolve.ts turns mentions and self-references into the place.
 */
import { foldPattern } from '../../pipeline/normalise.ts';
import type { Rule } from '../../rules/rule.ts';
import { compileText } from '../../rules/text-rule.ts';
import { ADMIN_WORD_RULES, SELF_REFERENCE_RULES, type AdminWord, type SelfLevel } from '../../rules/places/admin-words.ts';
import { CAN_CU_RULE, ISSUER_RULE, PLACE_AFTER_RULE, PLACE_LINE_RULE, REFERENCE_RULE } from '../../rules/places/cues.ts';
import { MENTION_WEIGHTS as W, PLACE_WINDOWS, type WeightEffect } from '../../rules/places/weights.ts';
import type { Entry, Gazetteer } from './gazetteer.ts';
import { isDigit, isUpper, type Tok, type Words } from './words.ts';

/** The words before a name (rules/places/admin-words.ts), or none. */
export type Admin = AdminWord | { readonly kind: 'none' };

/** The ids of the rules and weights that acted while a text was read (rules test, explaining a place). */
export type Trace = Set<string> | undefined;

/** Where a mention stands: what makes a district the document's own. */
export interface Evidence {
  /** In the place line "Tam Đường, ngày … tháng …". */
  placeLine: boolean;
  /** An issuer: "UBND huyện Tam Đường ban hành …". */
  issuer: boolean;
  /** In the first line (the title), with an administrative word. */
  title: boolean;
  /** In the opening, with an administrative word. */
  opening: boolean;
}

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entry: Entry;
  readonly admin: Admin;
  readonly weight: number;
  readonly evidence: Evidence;
  readonly placeLine: boolean;
  /** The name as the text writes it. */
  readonly surface: string;
}

/** How often the text speaks of its own district or province without naming it. */
export interface SelfReferences {
  /** "toàn huyện", "trên địa bàn huyện", "UBND huyện" with no name after it. */
  readonly district: number;
  readonly province: number;
}

/** Between the words of one name: white space, a hyphen or dash, or an apostrophe (Cư M'gar). */
const NAME_SEP = /^(?:\s+|\s*[-‐‑–—]\s*|\s*['’]\s*)$/u;
/** Between an administrative word and the name: "tỉnh Lai Châu", "TP. Cần Thơ", "TP.HCM". */
const ADMIN_SEP = /^\s*\.?\s*$/u;

/** A rule over the words that end at a point, "(?:^| )(?:pattern)$" (rules/places/admin-words.ts). */
const wordsRule = <V>(r: Rule<V>): { readonly rule: Rule<V>; readonly re: RegExp } => ({ rule: r, re: new RegExp(`(?:^| )(?:${r.pattern})$`, 'u') });
const ADMIN_WORDS = ADMIN_WORD_RULES.map(wordsRule);
const SELF_REFERENCES = SELF_REFERENCE_RULES.map(wordsRule);

type WordsRule<V> = ReturnType<typeof wordsRule<V>>;
/** The same few words stand before names again and again: what they read as is remembered. */
const adminMemo = new Map<string, WordsRule<AdminWord> | null>();
const selfMemo = new Map<string, WordsRule<SelfLevel> | null>();

/** The first rule (in table order) that matches the words, or null. */
function firstWordsRule<V>(rules: readonly WordsRule<V>[], memo: Map<string, WordsRule<V> | null>, words: string): WordsRule<V> | null {
  let hit = memo.get(words);
  if (hit === undefined) {
    hit = rules.find((r) => r.re.test(words)) ?? null;
    if (memo.size > 10_000) memo.clear();
    memo.set(words, hit);
  }
  return hit;
}

/** A cue on the key, as written (anchored where its pattern says). */
const keyRule = <V>(r: Rule<V>): { readonly rule: Rule<V>; readonly re: RegExp } => ({ rule: r, re: new RegExp(foldPattern(r.pattern)) });
const REFERENCE = keyRule(REFERENCE_RULE);
const ISSUER = keyRule(ISSUER_RULE);
const PLACE_AFTER = keyRule(PLACE_AFTER_RULE);
const CAN_CU = keyRule(CAN_CU_RULE);
const PLACE_LINE = compileText(PLACE_LINE_RULE);

const NONE: Admin = { kind: 'none' };

/** A weight step applied: the new weight, the step traced. */
function applyStep(weight: number, step: { readonly id: string; readonly value: WeightEffect }, trace: Trace): number {
  trace?.add(step.id);
  return 'set' in step.value ? step.value.set : weight * step.value.times;
}

/** The lines of `text` (up to `limit`) whose copy in `on` (the text itself or its key) `re` matches. */
function lineRanges(text: string, on: string, limit: number, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  while (pos < text.length && pos < limit) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = on.slice(pos, nl);
    const m = re.exec(line);
    if (m !== null) {
      const g = m[1];
      if (g !== undefined) {
        const off = line.indexOf(g, m.index);
        out.push([pos + off, pos + off + g.length]);
      } else out.push([pos, nl]);
    }
    pos = nl + 1;
  }
  return out;
}

function inRanges(ranges: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
  return ranges.some(([a, b]) => s >= a && e <= b);
}

/** The administrative word before word i ("tỉnh", "thị xã", "UBND" …), or a word that makes the name no place. */
function adminOf(w: Words, i: number, trace: Trace): Admin {
  const s1 = w.sameLine(i);
  if (s1 === null || !ADMIN_SEP.test(s1)) return NONE;
  const p1 = w.word(i - 1);
  const s2 = w.sameLine(i - 1);
  const hit = firstWordsRule(ADMIN_WORDS, adminMemo, s2 !== null && ADMIN_SEP.test(s2) ? `${w.word(i - 2)} ${p1}` : p1);
  if (hit === null) return NONE;
  trace?.add(hit.rule.id);
  return hit.rule.value;
}

/** The first line's first characters: bounded, as an unbounded [^\n]* over a one-line 20 MB text overflows the regexp engine's stack. */
const FIRST_LINE = new RegExp(`\\S[^\\n]{0,${PLACE_WINDOWS.firstLine - 1}}`, 'u');

/** What the reader knows of the whole text while it weighs its mentions. */
interface Page {
  readonly w: Words;
  /** Where the first line (the title) ends. */
  readonly firstLineEnd: number;
  /** The place lines of the header ("Tam Đường, ngày …"): the words before the comma. */
  readonly placeLines: ReadonlyArray<[number, number]>;
  /** The "Căn cứ …" lines. */
  readonly canCu: ReadonlyArray<[number, number]>;
  readonly trace: Trace;
}

/** The longest gazetteer name that starts at word i, which must begin with a capital (or a digit: "Quận 12"). */
function nameAt(w: Words, g: Gazetteer, i: number): Entry | undefined {
  const { text, toks } = w;
  const t0 = toks[i] as Tok;
  const c0 = text[t0.s];
  if (!isUpper(c0) && !isDigit(c0)) return undefined;
  const list = g.index.get(w.kOf(t0));
  if (list === undefined) return undefined;
  for (const e of list) {
    const n = e.tokens.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      if (w.kOf(toks[i + k] as Tok) !== e.tokens[k]) ok = false;
      else if (k > 0 && !NAME_SEP.test(w.sepBefore(i + k))) ok = false;
    }
    if (ok) return e;
  }
  return undefined;
}

/** Words first…first+n-1 are written as a name: each capitalised, but after an apostrophe (Cư M'gar). */
function capitalisedName(w: Words, first: number, n: number): boolean {
  let caps = w.capitalised(first);
  for (let k = 1; k < n && caps; k++) if (!/['’]/.test(w.sepBefore(first + k))) caps = w.capitalised(first + k);
  return caps;
}

/**
 * The weight of the name in words first…last (rules/places/weights.ts, cues.ts, in the order
 * they list), and where it stands; null when it only begins a longer proper noun.
 */
function weighMention(page: Page, first: number, last: number, admin: Admin): { weight: number; placeLine: boolean; issuer: boolean } | null {
  const { w, trace } = page;
  const { text, key, toks } = w;
  const start = (toks[first] as Tok).s;
  const end = (toks[last] as Tok).e;
  const surface = text.slice(start, end);
  const allCaps = surface === surface.toUpperCase();

  let weight = applyStep(0, admin.kind === 'none' ? W.bare : admin.kind === 'generic' ? W.generic : W.named, trace);
  // The place line: at the start of a line, or after a flattened header table
  // ("… TỈNH LAI CHÂU CỘNG HÒA … Số: 12/KH-UBND Lai Châu, ngày 5 tháng 6 năm 2023").
  let placeLine = false;
  if (start < PLACE_WINDOWS.header) {
    if (inRanges(page.placeLines, start, end)) {
      placeLine = true;
      weight = applyStep(weight, PLACE_LINE, trace);
    } else if (PLACE_AFTER.re.test(key.slice(end, end + PLACE_WINDOWS.placeAfter))) {
      placeLine = true;
      weight = applyStep(weight, PLACE_AFTER.rule, trace);
    }
  }
  if (admin.kind === 'none' && !placeLine) {
    // A following capitalised word continues a longer proper noun
    // ("Thái Bình Dương", "Hà Nam Ninh"); a preceding one may be a person's name.
    const nextTok = toks[last + 1];
    if (nextTok !== undefined && w.sepBefore(last + 1) === ' ' && !allCaps) {
      const nw = text.slice(nextTok.s, nextTok.e);
      if (isUpper(nw[0]) && nw.length > 1 && nw !== nw.toUpperCase()) {
        trace?.add(W.longerName.id);
        return null;
      }
    }
    const prev = first - 1;
    if (prev >= 0 && w.sepBefore(first) === ' ' && w.capitalised(prev)) {
      const pw = text.slice((toks[prev] as Tok).s, (toks[prev] as Tok).e);
      if (pw !== pw.toUpperCase() || pw.length === 1) weight = applyStep(weight, W.afterCapital, trace);
    }
    if (allCaps) weight = applyStep(weight, W.allCaps, trace);
  }
  if (start < page.firstLineEnd) weight = applyStep(weight, W.title, trace);
  else if (start < PLACE_WINDOWS.opening) weight = applyStep(weight, W.opening, trace);

  const before = key.slice(Math.max(0, start - PLACE_WINDOWS.referenceBefore), start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  if (REFERENCE.re.test(clause)) weight = applyStep(weight, REFERENCE.rule, trace);
  const issuer = admin.kind !== 'none' && ISSUER.re.test(key.slice(end, end + PLACE_WINDOWS.issuerAfter));
  if (issuer) weight = applyStep(weight, ISSUER.rule, trace);
  else if (inRanges(page.canCu, start, end)) weight = applyStep(weight, CAN_CU.rule, trace);
  return { weight, placeLine, issuer };
}

/** Every province and district the text names, in order, each weighed by where it stands. */
export function findMentions(w: Words, g: Gazetteer, trace?: Trace): Mention[] {
  const { text, key, toks } = w;
  const firstLineEnd = (() => {
    const m = FIRST_LINE.exec(text);
    return m === null ? 0 : Math.min(m.index + m[0].length, m.index + PLACE_WINDOWS.firstLine);
  })();
  const page: Page = {
    w,
    firstLineEnd,
    placeLines: lineRanges(text, text, PLACE_WINDOWS.header, PLACE_LINE.re),
    canCu: lineRanges(text, key, text.length, CAN_CU.re),
    trace,
  };

  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const entry = nameAt(w, g, i);
    if (entry === undefined) continue;
    const first = i;
    const last = i + entry.tokens.length - 1;
    // the name's words are read: the next name can only start after them
    i = last;
    if (!capitalisedName(w, first, entry.tokens.length)) continue;
    const admin = adminOf(w, first, trace);
    if (admin.kind === 'skip') continue;
    if (entry.needsAdmin && admin.kind === 'none') continue;
    const weighed = weighMention(page, first, last, admin);
    if (weighed === null) continue;
    const { weight, placeLine, issuer } = weighed;
    const start = (toks[first] as Tok).s;
    const end = (toks[last] as Tok).e;
    const named = admin.kind !== 'none';
    const evidence: Evidence = { placeLine, issuer, title: named && start < firstLineEnd, opening: named && start < PLACE_WINDOWS.opening };
    mentions.push({ start, end, entry, admin, weight, evidence, placeLine, surface: text.slice(start, end) });
  }
  return mentions;
}

/**
 * Self-references: "toàn huyện", "địa bàn tỉnh", "UBND huyện" with no name after
 * (rules/places/admin-words.ts, SELF_REFERENCE_RULES).
 */
export function countSelfReferences(w: Words, trace?: Trace): SelfReferences {
  const { key, toks } = w;
  let district = 0;
  let province = 0;
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j] as Tok;
    // only words spelled like "huyện", "quận", "xã", "tỉnh" can end one: a cheap look first
    const len = t.e - t.s;
    if (len !== 2 && len !== 4 && len !== 5) continue;
    const c = key.charCodeAt(t.s);
    if (c !== 104 && c !== 113 && c !== 120 && c !== 116) continue;
    const k0 = w.kOf(t);
    if (k0 !== 'huyen' && k0 !== 'quan' && k0 !== 'xa' && k0 !== 'tinh') continue;
    // "xã" only as "thị xã": every "hợp tác xã" stops here
    const w0 = w.word(j);
    const w1 = w.word(j - 1);
    if (w0 === 'xã' && w1 !== 'thị') continue;
    const hit = firstWordsRule(SELF_REFERENCES, selfMemo, `${w.word(j - 2)} ${w1} ${w0}`);
    if (hit === null) continue;
    // a name right after makes it a mention ("toàn huyện Tam Đường")
    if (w.capitalised(j + 1) && ADMIN_SEP.test(w.sepBefore(j + 1))) continue;
    trace?.add(hit.rule.id);
    if (hit.rule.value.level === 'district') district++;
    else province++;
  }
  return { district, province };
}
