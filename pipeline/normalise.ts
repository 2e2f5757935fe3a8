/**
 * Stage 2: normalise.
 *
 * The stored text of a document is its decoded text in Unicode NFC. Rules do not
 * match that text directly but a *matching key* of exactly the same length, so an
 * offset found in the key is an offset into the stored text (the offset map is
 * the identity by construction). The key is:
 *   - lower case,
 *   - without diacritics (đ → d), so old and new tone placement (hoá/hóa,
 *     thuỷ/thủy, Uỷ/Ủy) and typos in tone marks ("Phân đầu" for "Phấn đấu") read alike,
 *   - every kind of white space as a plain space.
 * Each NFC character maps to exactly one key character.
 */

export interface NormalisedText {
  /** NFC text: what is stored, and what every offset points into. */
  readonly text: string;
  /** Matching key: same length as `text`. */
  readonly key: string;
}

const foldCache = new Map<string, string>();

/** Fold one character (a UTF-16 code unit or surrogate pair) to one key character. */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (/\s/u.test(ch)) out = ' ';
  else if (ch === 'đ' || ch === 'Đ') out = 'd';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    // Keep the one-to-one length: characters whose folding changes length stay as they are.
    out = base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  foldCache.set(ch, out);
  return out;
}

/** The matching key of an NFC string: same length, folded character by character. */
export function foldKey(nfc: string): string {
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ? ' ' : nfc[i];
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < nfc.length) {
      out += nfc.slice(i, i + 2);
      i++;
      continue;
    }
    out += foldChar(nfc[i] as string);
  }
  return out;
}

/** NFC-normalise text and build its matching key. */
export function normalise(raw: string): NormalisedText {
  const text = raw.normalize('NFC');
  return { text, key: foldKey(text) };
}

/**
 * Fold the source of a regular expression written in ordinary Vietnamese so it
 * matches the key: letters lose case and diacritics, escapes (\d, \S, \b …) are
 * kept as written, and a literal space means "any run of white space".
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
      out += '\\s+';
      while (source[i + 1] === ' ') i++;
      continue;
    }
    out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldKey(ch.normalize('NFC'));
  }
  return out;
}
