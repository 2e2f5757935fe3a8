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
import type { DistrictKind, Entry, Gazetteer } from './gazetteer.ts';
import { isDigit, isUpper, type Tok, type Words } from './words.ts';

export type Admin =
  | { kind: 'province' }
  | { kind: 'city' }
  | { kind: 'district'; type: DistrictKind }
  | { kind: 'generic' }
  | { kind: 'none' }
  | { kind: 'skip' };

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

function inRanges(ranges: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
  return ranges.some(([a, b]) => s >= a && e <= b);
}

/** The administrative word before word i: "tỉnh", "thị xã", "UBND" …, or a word that makes the name no place. */
function adminOf(w: Words, i: number): Admin {
  const s1 = w.sameLine(i);
  if (s1 === null || !ADMIN_SEP.test(s1)) return { kind: 'none' };
  const p1 = w.word(i - 1);
  const s2 = w.sameLine(i - 1);
  const p2 = s2 !== null && ADMIN_SEP.test(s2) ? w.word(i - 2) : '';
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
}

/** Every province and district the text names, in order, each weighed by where it stands. */
export function findMentions(w: Words, g: Gazetteer): Mention[] {
  const { text, key, toks } = w;
  const firstLineEnd = (() => {
    // bounded: an unbounded [^\n]* over a one-line 20 MB text overflows the regexp engine's stack
    const m = /\S[^\n]{0,299}/u.exec(text);
    return m === null ? 0 : Math.min(m.index + m[0].length, m.index + 300);
  })();
  const placeLines = lineRanges(text, text, 2000, PLACE_LINE_RE);
  const canCu = lineRanges(text, key, text.length, CAN_CU_RE);

  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t0 = toks[i] as Tok;
    // Every name begins with a capital (or a digit: "Quận 12").
    const c0 = text[t0.s];
    if (!isUpper(c0) && !isDigit(c0)) continue;
    const list = g.index.get(w.kOf(t0));
    if (list === undefined) continue;
    let found: Entry | undefined;
    for (const e of list) {
      const n = e.tokens.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        if (w.kOf(toks[i + k] as Tok) !== e.tokens[k]) ok = false;
        else if (k > 0 && !NAME_SEP.test(w.sepBefore(i + k))) ok = false;
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
    let caps = w.capitalised(i - n + 1);
    for (let k = 1; k < n && caps; k++) if (!/['’]/.test(w.sepBefore(i - n + 1 + k))) caps = w.capitalised(i - n + 1 + k);
    if (!caps) continue;

    const start = t0.s;
    const end = last.e;
    const admin = adminOf(w, i - n + 1);
    if (admin.kind === 'skip') continue;
    if (found.needsAdmin && admin.kind === 'none') continue;
    const surface = text.slice(start, end);
    const allCaps = surface === surface.toUpperCase();

    let weight = admin.kind === 'none' ? 1 : admin.kind === 'generic' ? 1.5 : 2;
    // The place line: at the start of a line, or after a flattened header table
    // ("… TỈNH LAI CHÂU CỘNG HÒA … Số: 12/KH-UBND Lai Châu, ngày 5 tháng 6 năm 2023").
    const placeLine = start < 2000 && (inRanges(placeLines, start, end) || PLACE_AFTER_RE.test(key.slice(end, end + 30)));
    if (placeLine) weight = 6;
    if (admin.kind === 'none' && !placeLine) {
      // A following capitalised word continues a longer proper noun
      // ("Thái Bình Dương", "Hà Nam Ninh"); a preceding one may be a person's name.
      const next = i + 1;
      const nextTok = toks[next];
      if (nextTok !== undefined && w.sepBefore(next) === ' ' && !allCaps) {
        const nw = text.slice(nextTok.s, nextTok.e);
        if (isUpper(nw[0]) && nw.length > 1 && nw !== nw.toUpperCase()) continue;
      }
      const prevStart = i - n;
      if (prevStart >= 0 && w.sepBefore(i - n + 1) === ' ' && w.capitalised(prevStart)) {
        const pw = text.slice((toks[prevStart] as Tok).s, (toks[prevStart] as Tok).e);
        if (pw !== pw.toUpperCase() || pw.length === 1) weight *= 0.5;
      }
      if (allCaps) weight *= 0.5;
    }
    if (start < firstLineEnd) weight *= 4;
    else if (start < OPENING) weight *= 3;

    const before = key.slice(Math.max(0, start - 80), start);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
    if (REFERENCE_RE.test(clause)) weight *= 0.3;
    const issuer = admin.kind !== 'none' && ISSUER_AFTER_RE.test(key.slice(end, end + 40));
    if (issuer) weight *= 1.5;
    else if (inRanges(canCu, start, end)) weight *= 0.5;

    const named = admin.kind !== 'none';
    const evidence: Evidence = { placeLine, issuer, title: named && start < firstLineEnd, opening: named && start < OPENING };
    mentions.push({ start, end, entry: found, admin, weight, evidence, placeLine, surface });
  }
  return mentions;
}

/** Self-references: "toàn huyện", "địa bàn tỉnh", "UBND huyện" with no name after. */
export function countSelfReferences(w: Words): SelfReferences {
  const { key, toks } = w;
  let district = 0;
  let province = 0;
  const SELF_BEFORE = new Set(['toàn', 'bàn', 'của', 'trong', 'ubnd', 'dân', 'cả', 'ngoài']);
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j] as Tok;
    // only "huyện", "quận", "xã", "tỉnh" (in any spelling) can be one
    const len = t.e - t.s;
    if (len !== 2 && len !== 4 && len !== 5) continue;
    const c = key.charCodeAt(t.s);
    if (c !== 104 && c !== 113 && c !== 120 && c !== 116) continue;
    const k0 = w.kOf(t);
    if (k0 !== 'huyen' && k0 !== 'quan' && k0 !== 'xa' && k0 !== 'tinh') continue;
    const w0 = w.word(j);
    let level: 'd' | 'p' | null = null;
    if (w0 === 'huyện' || w0 === 'quận') level = 'd';
    else if (w0 === 'xã' && w.word(j - 1) === 'thị') level = 'd';
    else if (w0 === 'tỉnh') level = 'p';
    if (level === null) continue;
    const prev = level === 'd' && w0 === 'xã' ? w.word(j - 2) : w.word(j - 1);
    if (!SELF_BEFORE.has(prev)) continue;
    if (w.capitalised(j + 1) && /^\s*\.?\s*$/.test(w.sepBefore(j + 1))) continue;
    if (level === 'd') district++;
    else province++;
  }
  return { district, province };
}
