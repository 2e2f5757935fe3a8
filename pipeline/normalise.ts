/**
 * Stage 2: normalise.
 *
 * The stored text of a document is its decoded text in Unicode NFC. Rules do not
 * match that text directly but a *matching key* of exactly the same length, so an
 * offset found in the key is an offset into the stored text (the offset map is
 * the identity by construction). The key is:
 *   - lower case;
 *   - without tone marks, so old and new tone placement (hoá/hóa, thuỷ/thủy, Uỷ/Ủy)
 *     and slips of the tone mark ("Phân đầu" for "Phấn đấu") read alike;
 *   - with the vowel quality kept, each written as one ASCII capital
 *     (ă→A â→B ê→E ô→O ơ→P ư→U đ→D), so "đang" and "đẳng", "cần" and "cán",
 *     "đạt" and "đất" stay apart, and the key is ASCII: \b and \w work on it;
 *   - every kind of white space as a plain space;
 *   - old spellings with i written the new way with y ("tỉ lệ" as "tỷ lệ", "quí" as "quý").
 * Each character of the NFC text maps to exactly one key character.
 */

export interface NormalisedText {
  /** NFC text: what is stored, and what every offset points into. */
  readonly text: string;
  /** Matching key: same length as `text`. */
  readonly key: string;
}

const QUALITY: Record<string, string> = {
  'a\u0306': 'A',
  'a\u0302': 'B',
  'e\u0302': 'E',
  'o\u0302': 'O',
  'o\u031b': 'P',
  'u\u031b': 'U',
};

const foldCache = new Map<string, string>();

/** Fold one UTF-16 code unit to one key character. */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (/\s/u.test(ch)) out = ' ';
  else if (ch === 'đ' || ch === 'Đ') out = 'D';
  // (text taken from PDFs set in old fonts writes ư as ƣ, "oi": "thƣơng mại" is "thương mại")
  else if (ch === 'ƣ' || ch === 'Ƣ') out = foldChar('ư');
  else {
    const nfd = ch.normalize('NFD');
    const base = (nfd[0] ?? ch).toLowerCase();
    const marks = nfd.slice(1);
    const quality = /[\u0302\u0306\u031b]/u.exec(marks)?.[0];
    const q = quality ? QUALITY[base + quality] : undefined;
    if (q) out = q;
    else if (base.length === 1 && marks.length > 0 && /^\p{M}+$/u.test(marks)) out = base;
    else {
      const lower = ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
  }
  foldCache.set(ch, out);
  return out;
}

/** Key code unit of each UTF-16 code unit, filled in as characters are first met (0: not yet). */
const KEY_OF = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) KEY_OF[c] = c >= 65 && c <= 90 ? c + 32 : c >= 9 && c <= 13 ? 32 : c;
const utf16 = new TextDecoder('utf-16le');

/** The matching key of an NFC string: same length, folded character by character. */
export function foldKey(nfc: string): string {
  const n = nfc.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = nfc.charCodeAt(i);
    let k = KEY_OF[code] as number;
    if (k === 0 && code !== 0) {
      k = foldChar(String.fromCharCode(code)).charCodeAt(0);
      KEY_OF[code] = k;
    }
    out[i] = k;
  }
  // one string from the code units; a lone surrogate becomes U+FFFD, still one unit
  return respell(utf16.decode(out));
}

/**
 * Old and new spellings of the same syllable with i or y ("tỉ lệ"/"tỷ lệ", "quí"/"quý", "quản lí"/"quản lý", "kĩ"/"kỹ"):
 * the key writes them the new way, one letter for one, so its length does not change.
 */
const RESPELL = /\b(ti(?= (?:lE|trong)\b)|qui\b|(?<=quan )li\b|ki(?= (?:thuBt|nAng)\b))/g;
function respell(key: string): string {
  return key.replace(RESPELL, (m) => `${m.slice(0, -1)}y`);
}

/** NFC-normalise text and build its matching key. */
export function normalise(raw: string): NormalisedText {
  const text = raw.normalize('NFC');
  return { text, key: foldKey(text) };
}

/**
 * Fold the source of a regular expression written in ordinary Vietnamese so it
 * matches the key: letters lose case and tone marks exactly as the text does,
 * escapes (\d, \S, \b …) are kept as written, and a literal space outside a
 * character class means "any run of white space" (" ?" and " *": optional white space).
 */
export function foldPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch === ' ' && !inClass) {
      while (source[i + 1] === ' ') i++;
      // " ?" and " *" mean optional white space; a plain space, at least one
      if (source[i + 1] === '?' || source[i + 1] === '*') {
        out += '\\s*';
        i++;
      } else out += '\\s+';
      continue;
    }
    out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldKey(ch.normalize('NFC'));
  }
  return out;
}

/** A regular expression written in ordinary Vietnamese, compiled for the key. */
export function keyRegExp(source: string, flags = ''): RegExp {
  return new RegExp(foldPattern(source), flags);
}
