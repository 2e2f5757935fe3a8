/**
 * Bytes → text: the character encoding, told from the bytes.
 *
 *   - a byte-order mark decides: UTF-8, UTF-16 LE, UTF-16 BE;
 *   - UTF-16 without a BOM shows as zero bytes on every other position;
 *   - NUL bytes or many control characters: binary, refused;
 *   - valid UTF-8 is UTF-8, unless it reads as mojibake of a legacy font encoding
 *     (".VnTime" text stored as "hîp t¸c x·", VNI as "hôïp taùc xaõ") and the
 *     legacy reading is plainly Vietnamese;
 *   - otherwise TCVN3, VNI and Windows-1258 are each tried, and one is taken only
 *     when it alone reads as Vietnamese. A wrong guess is worse than a refusal.
 *
 * Statistics look at a bounded sample, so a 50 MB file costs one pass of decoding.
 */
import { InputError } from '../errors.ts';
import { bytesToByteString, decodeTcvn3, decodeVni, decodeWindows1258, nonByteShare, textToByteString } from './legacy-encodings.ts';
import { looksVietnamese, scoreVietnamese, type VietnameseScore } from './vietnamese.ts';

export interface DecodedText {
  text: string;
  encoding: string;
}

export const UNKNOWN_ENCODING = 'cannot tell the character encoding (not UTF-8; looks like neither TCVN3, VNI nor Windows-1258)';

const SAMPLE = 64 * 1024;

/** Up to three windows of the bytes: start, middle, end. */
function sampleBytes(bytes: Uint8Array, size = SAMPLE): Uint8Array[] {
  if (bytes.length <= size * 3) return [bytes];
  const mid = Math.floor(bytes.length / 2 - size / 2);
  return [bytes.subarray(0, size), bytes.subarray(mid, mid + size), bytes.subarray(bytes.length - size)];
}

function utf16Decode(bytes: Uint8Array, bigEndian: boolean, name: string): string {
  let body = bytes;
  if (bigEndian) {
    body = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      body[i] = bytes[i + 1] as number;
      body[i + 1] = bytes[i] as number;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(body);
  } catch {
    throw new InputError(name, `not valid UTF-16${bigEndian ? 'BE' : 'LE'} text (truncated or damaged)`);
  }
}

/** UTF-16 without a BOM: most text is ASCII, so one byte of each pair is zero. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.02) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.02) return 'utf-16be';
  return undefined;
}

/** Refuse binary content: NUL bytes, or many control characters. */
function checkBinary(bytes: Uint8Array, name: string): void {
  if (bytes.indexOf(0) !== -1) throw new InputError(name, 'binary content (NUL bytes), not text');
  let control = 0;
  let total = 0;
  for (const part of sampleBytes(bytes)) {
    for (let i = 0; i < part.length; i++) {
      const b = part[i] as number;
      if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 0x7f) control++;
    }
    total += part.length;
  }
  if (control / total > 0.02) throw new InputError(name, `binary content (${Math.round((100 * control) / total)}% control characters), not text`);
}

interface Candidate {
  encoding: string;
  decode: (byteString: string) => string;
}

const LEGACY: Candidate[] = [
  { encoding: 'tcvn3', decode: decodeTcvn3 },
  { encoding: 'vni', decode: decodeVni },
  { encoding: 'windows-1258', decode: decodeWindows1258 },
];

function sampleString(s: string, size = SAMPLE): string {
  if (s.length <= size * 3) return s;
  const mid = Math.floor(s.length / 2 - size / 2);
  // Start windows at a line or space boundary so no VNI letter is cut from its mark.
  const cut = (from: number): string => {
    const at = s.indexOf(' ', from);
    return s.slice(at === -1 ? from : at, (at === -1 ? from : at) + size);
  };
  return `${s.slice(0, size)}\n${cut(mid)}\n${cut(s.length - size)}`;
}

/** The legacy encodings under which the byte string reads as Vietnamese. */
function plausibleLegacy(byteString: string): { candidate: Candidate; score: VietnameseScore }[] {
  const sample = sampleString(byteString);
  return LEGACY.map((candidate) => ({ candidate, score: scoreVietnamese(candidate.decode(sample).normalize('NFC')) })).filter((c) => looksVietnamese(c.score));
}

/** How many characters of the sample look like legacy bytes read as Latin-1/Windows-1252. */
function latinShare(sample: string): number {
  let latin = 0;
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c <= 0xff) latin++;
  }
  return nonAscii === 0 ? 0 : latin / nonAscii;
}

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  // Byte-order marks decide.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
    } catch {
      throw new InputError(name, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16Decode(bytes.subarray(2), false, name), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16Decode(bytes.subarray(2), true, name), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) {
    const text = utf16Decode(bytes, utf16 === 'utf-16be', name);
    if (!text.includes('\u0000')) return { text, encoding: utf16 };
  }
  checkBinary(bytes, name);

  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  if (utf8 !== undefined) {
    const sample = sampleString(utf8);
    // Legacy text that went through a Latin-1 → UTF-8 conversion: nearly all its
    // non-ASCII characters are Latin-1, and it does not read as Vietnamese.
    // (The cheap Latin-1 share first: Unicode Vietnamese never needs the scoring.)
    const suspect = latinShare(sample) > 0.9 && nonByteShare(sample) < 0.01;
    const score = suspect ? scoreVietnamese(sample.normalize('NFC')) : null;
    if (score && !looksVietnamese(score) && score.accented >= 5) {
      const hits = plausibleLegacy(textToByteString(sample));
      if (hits.length === 1) {
        const hit = hits[0] as (typeof hits)[number];
        return { text: hit.candidate.decode(textToByteString(utf8)), encoding: `${hit.candidate.encoding} (as UTF-8 characters)` };
      }
    }
    return { text: utf8, encoding: 'utf-8' };
  }

  const byteString = bytesToByteString(bytes);
  const hits = plausibleLegacy(byteString);
  if (hits.length === 1) {
    const hit = hits[0] as (typeof hits)[number];
    return { text: hit.candidate.decode(byteString), encoding: hit.candidate.encoding };
  }
  if (hits.length > 1) {
    throw new InputError(name, `cannot tell the character encoding (not UTF-8; reads as ${hits.map((h) => h.candidate.encoding).join(' and as ')})`);
  }
  throw new InputError(name, UNKNOWN_ENCODING);
}
