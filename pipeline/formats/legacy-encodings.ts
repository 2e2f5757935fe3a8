/**
 * The pre-Unicode Vietnamese font encodings: TCVN3 (ABC, the ".VnTime" fonts),
 * VNI (VNI-Windows, the "VNI-Times" fonts) and Windows-1258.
 *
 * iconv-lite knows Windows-1258 but neither TCVN3 nor VNI, so those two tables are
 * written out here. All decoders work on a *byte string*: a string whose code units
 * 0x00–0xFF stand for bytes. That lets the same decoder read raw file bytes and text
 * that was once legacy bytes but has since been stored as UTF-8 character by
 * character (a ".VnTime" page saved as UTF-8 shows "hîp t¸c x·"); code units above
 * 0xFF pass through unchanged, except the Windows-1252 punctuation that such text
 * carries for the bytes 0x80–0x9F, which is mapped back to its byte first.
 *
 * Decoders return text that may be partly decomposed (NFD); NFC happens in normalise.
 */
import iconv from 'iconv-lite';

// ---------------------------------------------------------------------------------
// Shared: Windows-1252 for 0x80–0x9F, which the legacy fonts left as Windows had them
// (curly quotes, dashes, the ellipsis) and which pages saved as UTF-8 carry as such.

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_TO_BYTE = new Map<number, number>();
for (let i = 0; i < 32; i++) CP1252_TO_BYTE.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

/** Raw bytes as a byte string (one code unit per byte). Fast for large inputs. */
export function bytesToByteString(bytes: Uint8Array): string {
  // latin1 maps every byte to the code unit of the same value.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Text that may hold legacy bytes as Latin-1/Windows-1252 characters, as a byte string. */
export function textToByteString(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const b = CP1252_TO_BYTE.get(text.charCodeAt(i));
    if (b !== undefined) {
      out += text.slice(last, i) + String.fromCharCode(b);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Share of characters that a byte string view cannot represent (above 0xFF, not cp1252). */
export function nonByteShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !CP1252_TO_BYTE.has(c)) n++;
  }
  return text.length === 0 ? 0 : n / text.length;
}

const UTF16 = new TextDecoder('utf-16le');
function codeUnitsToString(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}

// ---------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN3 "ABC" fonts). One byte per letter: all the lower-case
// letters with their tone marks, and only the seven tone-less upper-case letters.
// Upper-case letters with tone marks were typed in the companion ".VnTimeH" fonts,
// whose glyphs sit on the lower-case codes, so from the bytes they read as lower case;
// `fixLegacyCase` restores the case inside words that are otherwise upper case.

const TCVN3_PAIRS: [number, string][] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];

/** Byte → UTF-16 code unit for TCVN3; bytes with no letter keep Windows-1252's meaning. */
const TCVN3_DECODE = new Uint16Array(256);
const TCVN3_ENCODE = new Map<string, number>();
{
  for (let b = 0; b < 256; b++) TCVN3_DECODE[b] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  for (const [b, ch] of TCVN3_PAIRS) {
    TCVN3_DECODE[b] = ch.charCodeAt(0);
    TCVN3_ENCODE.set(ch, b);
  }
}

/** The bytes TCVN3 gives a letter (for statistics: which high bytes are letters). */
export const TCVN3_LETTER_BYTES: ReadonlySet<number> = new Set(TCVN3_PAIRS.map(([b]) => b));

export function decodeTcvn3(byteString: string): string {
  const units = new Uint16Array(byteString.length);
  for (let i = 0; i < byteString.length; i++) {
    const c = byteString.charCodeAt(i);
    units[i] = c < 256 ? (TCVN3_DECODE[c] as number) : c;
  }
  return fixLegacyCase(codeUnitsToString(units, units.length), TCVN3_LOWER_ONLY);
}

/** Letters TCVN3 has only in lower case (candidates for case repair). */
const TCVN3_LOWER_ONLY = new Set(TCVN3_PAIRS.map(([, ch]) => ch).filter((ch) => ch === ch.toLowerCase() && !'ăâêôơưđ'.includes(ch)));

/**
 * Unicode → TCVN3 bytes (for fixtures and tests). Upper-case letters with tone marks
 * are written with the lower-case codes, as the ".VnTimeH" fonts did; characters
 * TCVN3 cannot hold throw.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const nfc = text.normalize('NFC');
  const out: number[] = [];
  for (const ch of nfc) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase());
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const cp = CP1252_TO_BYTE.get(code);
    if (cp !== undefined) {
      out.push(cp);
      continue;
    }
    if (code >= 0xa0 && code <= 0xff && !TCVN3_LETTER_BYTES.has(code)) {
      out.push(code);
      continue;
    }
    throw new Error(`TCVN3 cannot encode ${JSON.stringify(ch)}`);
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------
// VNI (VNI-Windows, "VNI-Times"). A vowel is its ASCII letter followed by one mark
// byte that carries the tone and/or the circumflex/breve; ơ ư đ and the toned i's
// are single bytes of their own. Lower- and upper-case marks differ (ù / Ù).

const TONE = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323', none: '' } as const;
type Tone = keyof typeof TONE;
type Shape = 'circumflex' | 'breve' | 'plain';

/** Mark byte (lower-case form) → what it adds. The upper-case form is the byte − 0x20. */
const VNI_MARKS: [number, Shape, Tone][] = [
  [0xf9, 'plain', 'acute'],
  [0xf8, 'plain', 'grave'],
  [0xfb, 'plain', 'hook'],
  [0xf5, 'plain', 'tilde'],
  [0xef, 'plain', 'dot'],
  [0xe2, 'circumflex', 'none'],
  [0xe1, 'circumflex', 'acute'],
  [0xe0, 'circumflex', 'grave'],
  [0xe5, 'circumflex', 'hook'],
  [0xe3, 'circumflex', 'tilde'],
  [0xe4, 'circumflex', 'dot'],
  [0xea, 'breve', 'none'],
  [0xe9, 'breve', 'acute'],
  [0xe8, 'breve', 'grave'],
  [0xfa, 'breve', 'hook'],
  [0xfc, 'breve', 'tilde'],
  [0xeb, 'breve', 'dot'],
];

/** Single-byte letters of VNI. */
const VNI_LETTERS: [number, string][] = [
  [0xf4, 'ơ'],
  [0xd4, 'Ơ'],
  [0xf6, 'ư'],
  [0xd6, 'Ư'],
  [0xf1, 'đ'],
  [0xd1, 'Đ'],
  [0xed, 'í'],
  [0xcd, 'Í'],
  [0xec, 'ì'],
  [0xcc, 'Ì'],
  [0xe6, 'ỉ'],
  [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'],
  [0xd3, 'Ĩ'],
  [0xf2, 'ị'],
  [0xd2, 'Ị'],
  [0xee, 'ỵ'],
  [0xce, 'Ỵ'],
];

const SHAPE_MARK: Record<Shape, string> = { circumflex: '\u0302', breve: '\u0306', plain: '' };
const CAN_TAKE: Record<Shape, string> = { circumflex: 'aeoAEO', breve: 'aA', plain: 'aeiouyAEIOUYơưƠƯ' };

const VNI_BASE_BYTE: Record<string, string> = { ơ: '\xf4', ư: '\xf6', Ơ: '\xd4', Ư: '\xd6' };
/** (base code unit << 8 | mark byte) → composed code unit. */
const VNI_COMPOSE = new Map<number, number>();
const VNI_MARK_BYTES = new Set<number>();
const VNI_LETTER_DECODE = new Map<number, number>();
const VNI_ENCODE = new Map<string, string>();
{
  for (const [lowerByte, shape, tone] of VNI_MARKS) {
    for (const markByte of [lowerByte, lowerByte - 0x20]) {
      VNI_MARK_BYTES.add(markByte);
      for (const base of CAN_TAKE[shape]) {
        const composed = (base + SHAPE_MARK[shape] + TONE[tone]).normalize('NFC');
        if (composed.length !== 1) continue;
        VNI_COMPOSE.set((base.charCodeAt(0) << 8) | markByte, composed.charCodeAt(0));
        const upper = base === base.toUpperCase();
        if (upper === (markByte === lowerByte - 0x20) && !VNI_ENCODE.has(composed)) {
          VNI_ENCODE.set(composed, (VNI_BASE_BYTE[base] ?? base) + String.fromCharCode(markByte));
        }
      }
    }
  }
  for (const [b, ch] of VNI_LETTERS) {
    VNI_LETTER_DECODE.set(b, ch.charCodeAt(0));
    VNI_ENCODE.set(ch, String.fromCharCode(b));
  }
  // Single letters win over base + mark when encoding (í is 0xED, not i + ù).
}

/** Bytes that VNI uses for marks or letters (for statistics). */
export const VNI_HIGH_BYTES: ReadonlySet<number> = new Set([...VNI_MARK_BYTES, ...VNI_LETTER_DECODE.keys()]);

export function decodeVni(byteString: string): string {
  const n = byteString.length;
  const units = new Uint16Array(n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = byteString.charCodeAt(i);
    if (c < 0x80) {
      if (i + 1 < n) {
        const next = byteString.charCodeAt(i + 1);
        if (next >= 0xc0 && next <= 0xff) {
          const composed = VNI_COMPOSE.get((c << 8) | next);
          if (composed !== undefined) {
            units[o++] = composed;
            i++;
            continue;
          }
        }
      }
      units[o++] = c;
      continue;
    }
    const letter = c <= 0xff ? VNI_LETTER_DECODE.get(c) : undefined;
    if (letter !== undefined) {
      // ơ/ư take a tone mark after them.
      if (i + 1 < n) {
        const composed = VNI_COMPOSE.get((letter << 8) | byteString.charCodeAt(i + 1));
        if (composed !== undefined) {
          units[o++] = composed;
          i++;
          continue;
        }
      }
      units[o++] = letter;
      continue;
    }
    units[o++] = c >= 0x80 && c < 0xa0 ? CP1252_HIGH.charCodeAt(c - 0x80) : c;
  }
  return codeUnitsToString(units, o);
}

/** Unicode → VNI bytes (for fixtures and tests). */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    let enc = VNI_ENCODE.get(ch);
    if (enc === undefined) {
      // Upper-case base with a tone mark whose composed form is only in the map via lower case
      const lower = VNI_ENCODE.get(ch.toLowerCase());
      if (lower !== undefined && ch !== ch.toLowerCase()) {
        enc = [...lower].map((c) => (c.charCodeAt(0) >= 0xe0 ? String.fromCharCode(c.charCodeAt(0) - 0x20) : c.toUpperCase())).join('');
      }
    }
    if (enc !== undefined) {
      for (const c of enc) out.push(c.charCodeAt(0));
      continue;
    }
    const cp = CP1252_TO_BYTE.get(code);
    if (cp !== undefined) {
      out.push(cp);
      continue;
    }
    if (code === 0xa0) {
      out.push(code);
      continue;
    }
    throw new Error(`VNI cannot encode ${JSON.stringify(ch)}`);
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------
// Windows-1258: the base letters (with circumflex, breve, horn) are precomposed
// bytes, the five tone marks are combining bytes after them.

export function decodeWindows1258(byteString: string): string {
  if (!/[^\x00-\xff]/.test(byteString)) return iconv.decode(Buffer.from(byteString, 'latin1'), 'windows-1258');
  // Mixed: decode the byte-range characters, keep the others.
  return byteString.replace(/[\u0080-\u00ff]+/g, (run) => iconv.decode(Buffer.from(run, 'latin1'), 'windows-1258'));
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Unicode → Windows-1258 bytes: base letter precomposed, tone mark as a combining byte. */
export function encodeWindows1258(text: string): Uint8Array {
  let prepared = '';
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      prepared += ch;
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tones = nfd.match(TONE_MARKS)?.join('') ?? '';
    prepared += nfd.replace(TONE_MARKS, '').normalize('NFC') + tones;
  }
  const bytes = iconv.encode(prepared, 'windows-1258');
  const back = iconv.decode(bytes, 'windows-1258');
  if (back.normalize('NFC') !== text.normalize('NFC')) throw new Error('Windows-1258 cannot encode this text');
  return new Uint8Array(bytes);
}

// ---------------------------------------------------------------------------------

const _WORD = /[\p{L}\p{M}]+/gu;
/** What may stand before the first word of a line: list markers, numbering. */
const LINE_START = /^[\s\-+•*]*(?:(?:\d+\.)+|[a-zđ]\)|[IVXLC]+\.)?\s*$/u;

/** Does the word at `at` open a sentence (or a line)? Looks back a bounded distance only. */
function startsSentence(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 24), at);
  const nl = back.lastIndexOf('\n');
  if ((nl !== -1 || at <= 24) && LINE_START.test(nl === -1 ? back : back.slice(nl + 1))) return true;
  return /[.!?]["”)]?\s+$/u.test(back);
}

/**
 * Repair the case of letters that the encoding only has in lower case: inside a word
 * whose other letters are upper case ("HOạCH" → "HOẠCH"), in a short word standing
 * next to such a word ("KẾ HOẠCH" typed in .VnTimeH reads "Kế HOạCH"), and at the
 * start of a sentence ("ủy ban" → "Ủy ban"). Linear: each word looks at most at its
 * neighbours, through bounded slices of the text.
 */
export function fixLegacyCase(text: string, lowerOnly: ReadonlySet<string>): string {
  const cls = [...lowerOnly].join('');
  const CAND_ALL = new RegExp(`[${cls}]`, 'gu');
  const candUnit = new Uint8Array(0x10000);
  for (const ch of lowerOnly) candUnit[ch.charCodeAt(0)] = 1;
  const isLetterUnit = (c: number): boolean =>
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff);
  const isUpperWord = (w: string): boolean => w.length > 0 && w === w.toUpperCase() && w !== w.toLowerCase();
  const others = (w: string): string => w.replace(CAND_ALL, '');
  const hasCand = (w: string): boolean => {
    for (let i = 0; i < w.length; i++) if (candUnit[w.charCodeAt(i)] === 1) return true;
    return false;
  };
  /** Upper case on its own evidence: two or more upper-case letters besides the candidates. */
  const selfUpper = (w: string): boolean => {
    const o = others(w);
    return o.length >= 2 && isUpperWord(o);
  };
  /** A neighbour that shows its line is in capitals: upper case, and Vietnamese (not an acronym like HTX). */
  const vouches = (w: string | undefined): boolean => w !== undefined && selfUpper(w) && (hasCand(w) || /[^\x00-\x7f]/.test(w));
  /** A short word that can be restored (its other letters are upper case, or it has none). */
  const shortCand = (w: string): boolean => hasCand(w) && (others(w) === '' || isUpperWord(others(w)));
  const prevWord = (at: number): { w: string; at: number } | undefined => {
    let e = at;
    for (let k = 0; k < 3 && e > 0 && !isLetterUnit(text.charCodeAt(e - 1)); k++) e--;
    if (e === at || e === 0 || !isLetterUnit(text.charCodeAt(e - 1)) || text.slice(e, at).includes('\n')) return undefined;
    let b = e;
    while (b > 0 && isLetterUnit(text.charCodeAt(b - 1))) b--;
    return { w: text.slice(b, e), at: b };
  };
  const nextWord = (end: number): { w: string; end: number } | undefined => {
    let b = end;
    for (let k = 0; k < 3 && b < text.length && !isLetterUnit(text.charCodeAt(b)); k++) b++;
    if (b === end || b >= text.length || !isLetterUnit(text.charCodeAt(b)) || text.slice(end, b).includes('\n')) return undefined;
    let e = b;
    while (e < text.length && isLetterUnit(text.charCodeAt(e))) e++;
    return { w: text.slice(b, e), end: e };
  };
  const fix = (w: string, at: number): string => {
    let pureCand = true;
    for (let k = 0; k < w.length && pureCand; k++) if (candUnit[w.charCodeAt(k)] !== 1) pureCand = false;
    if (!pureCand && w === w.toLowerCase()) {
      // The common case: an ordinary lower-case word; only a sentence start can change it.
      return candUnit[w.charCodeAt(0)] === 1 && startsSentence(text, at) ? (w[0] as string).toUpperCase() + w.slice(1) : w;
    }
    if (selfUpper(w)) return w.toUpperCase();
    if (shortCand(w)) {
      const p = prevWord(at);
      const n = nextWord(at + w.length);
      if (vouches(p?.w) || vouches(n?.w)) return w.toUpperCase();
      // "SỞ KẾ HOẠCH": the neighbour is itself a short word whose other neighbour vouches.
      if (p !== undefined && shortCand(p.w) && vouches(prevWord(p.at)?.w)) return w.toUpperCase();
      if (n !== undefined && shortCand(n.w) && vouches(nextWord(n.end)?.w)) return w.toUpperCase();
    }
    if (candUnit[w.charCodeAt(0)] === 1 && startsSentence(text, at)) return (w[0] as string).toUpperCase() + w.slice(1);
    return w;
  };
  // One pass over the code units; only words with a lower-only letter are looked at.
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const b = i;
    let cand = false;
    while (i < text.length && isLetterUnit(text.charCodeAt(i))) {
      if (candUnit[text.charCodeAt(i)] === 1) cand = true;
      i++;
    }
    if (!cand) continue;
    const w = text.slice(b, i);
    const fixed = fix(w, b);
    if (fixed !== w) {
      parts.push(text.slice(last, b), fixed);
      last = i;
    }
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
