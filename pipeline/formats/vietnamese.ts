/**
 * How much a piece of text looks like Vietnamese: the share of its words that are
 * well-formed Vietnamese syllables. Used to tell a right decoding from mojibake,
 * so it looks only at a bounded sample of the text.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** Every Vietnamese rhyme, tone marks removed. */
const RHYMES = [
  'a',
  'ai',
  'ao',
  'au',
  'ay',
  'ac',
  'ach',
  'am',
  'an',
  'ang',
  'anh',
  'ap',
  'at',
  'ă',
  'ăc',
  'ăm',
  'ăn',
  'ăng',
  'ăp',
  'ăt',
  'â',
  'âc',
  'âm',
  'ân',
  'âng',
  'âp',
  'ât',
  'âu',
  'ây',
  'e',
  'eo',
  'ec',
  'em',
  'en',
  'eng',
  'ep',
  'et',
  'ê',
  'êch',
  'êm',
  'ên',
  'ênh',
  'êp',
  'êt',
  'êu',
  'i',
  'ia',
  'ich',
  'im',
  'in',
  'inh',
  'ip',
  'it',
  'iu',
  'iêc',
  'iêm',
  'iên',
  'iêng',
  'iêp',
  'iêt',
  'iêu',
  'o',
  'oa',
  'oac',
  'oach',
  'oai',
  'oam',
  'oan',
  'oang',
  'oanh',
  'oao',
  'oap',
  'oat',
  'oay',
  'oă',
  'oăc',
  'oăm',
  'oăn',
  'oăng',
  'oăt',
  'oe',
  'oen',
  'oeo',
  'oet',
  'oi',
  'oc',
  'om',
  'on',
  'ong',
  'oong',
  'ooc',
  'op',
  'ot',
  'ô',
  'ôc',
  'ôi',
  'ôm',
  'ôn',
  'ông',
  'ôp',
  'ôt',
  'ơ',
  'ơi',
  'ơm',
  'ơn',
  'ơp',
  'ơt',
  'u',
  'ua',
  'uân',
  'uâng',
  'uât',
  'uây',
  'uc',
  'ui',
  'um',
  'un',
  'ung',
  'up',
  'ut',
  'uy',
  'uya',
  'uych',
  'uyên',
  'uyêt',
  'uynh',
  'uyt',
  'uyu',
  'uê',
  'uêch',
  'uênh',
  'uơ',
  'uôc',
  'uôi',
  'uôm',
  'uôn',
  'uông',
  'uôt',
  'ư',
  'ưa',
  'ưc',
  'ưi',
  'ưm',
  'ưn',
  'ưng',
  'ưt',
  'ưu',
  'ươc',
  'ươi',
  'ươm',
  'ươn',
  'ương',
  'ươp',
  'ươt',
  'ươu',
  'y',
  'yêm',
  'yên',
  'yêt',
  'yêu',
];
const SYLLABLE = new RegExp(`^${INITIAL}(?:${[...RHYMES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** "gi" and "qu" words whose vowel is written in the initial: gì, quá is qu+a, gìn is gi+in. */
const SPECIAL = /^(?:gi|gin|gim|git|gip)$/u;

/** Is this (lower-case, NFC) word a well-formed Vietnamese syllable with at most one tone? */
export function isSyllable(word: string): boolean {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare) || SPECIAL.test(bare);
}

const COMMON = new Set([
  'của',
  'và',
  'các',
  'năm',
  'hợp',
  'tác',
  'xã',
  'được',
  'trong',
  'những',
  'với',
  'có',
  'là',
  'cho',
  'phát',
  'triển',
  'kinh',
  'tế',
  'tập',
  'thể',
  'người',
  'đồng',
  'theo',
  'một',
  'này',
  'đã',
  'đến',
  'số',
  'tỉnh',
  'thành',
  'viên',
]);

export interface VietnameseScore {
  /** Word tokens looked at. */
  words: number;
  /** Words with a non-ASCII character in them. */
  accented: number;
  /** Of the accented words, the share that are valid syllables (0–1). */
  accentedValid: number;
  /** Of all words, the share that are valid syllables or all-ASCII (0–1). */
  valid: number;
  /** Share of words that are very common Vietnamese words. */
  common: number;
}

const TOKEN = /[^\s\d.,;:!?()[\]{}"'“”‘’\-–—/\\|<>=*#&%+_@~^`$]+/gu;

/** Score a sample of text: the beginning, the middle and the end, at most about `max` chars. */
export function scoreVietnamese(text: string, max = 60_000): VietnameseScore {
  const sample =
    text.length <= max ? text : `${text.slice(0, max / 3)} ${text.slice(text.length / 2 - max / 6, text.length / 2 + max / 6)} ${text.slice(-max / 3)}`;
  let words = 0;
  let accented = 0;
  let accentedOk = 0;
  let ok = 0;
  let common = 0;
  for (const m of sample.matchAll(TOKEN)) {
    const w = m[0].normalize('NFC').toLowerCase();
    words++;
    const ascii = !/[^\x00-\x7f]/.test(w);
    if (ascii) {
      if (/^[a-z]+$/.test(w)) ok++;
      if (COMMON.has(w)) common++;
      continue;
    }
    accented++;
    if (isSyllable(w)) {
      accentedOk++;
      ok++;
      if (COMMON.has(w)) common++;
    }
  }
  return {
    words,
    accented,
    accentedValid: accented === 0 ? 0 : accentedOk / accented,
    valid: words === 0 ? 0 : ok / words,
    common: words === 0 ? 0 : common / words,
  };
}

/** Plausible Vietnamese: enough accented words, and nearly all of them well-formed. */
export function looksVietnamese(s: VietnameseScore): boolean {
  return s.accented >= 5 && s.accented / Math.max(1, s.words) >= 0.15 && s.accentedValid >= 0.85 && s.valid >= 0.75;
}
