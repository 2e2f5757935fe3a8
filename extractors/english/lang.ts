/**
 * Language of a document and of each of its blocks: Vietnamese or English.
 *
 * Read from the letters, without compromise (it must never see Vietnamese): a Vietnamese
 * block is full of letters with Vietnamese marks (ă â đ ê ô ơ ư and the tones); an English
 * one has none to speak of and is made of English function words. Short blocks that say
 * neither (a number, a name, "Hà Nội, 12/3/2024") take the language of the block before
 * them. The document is 'en' or 'vi' when the other language has under a tenth of its
 * letters (an English menu on a Vietnamese page changes nothing), else 'mixed'. In a
 * Vietnamese document every block is Vietnamese; in the others each block goes to the
 * extractor of its own language (a Vietnamese quotation in an English article too).
 */
import type { Block } from '../../pipeline/parse.ts';
import { EN_WORDS, wordSet } from '../../rules/english/words.ts';

export type Lang = 'vi' | 'en';
export type DocLang = Lang | 'mixed';

export interface LanguageMap {
  doc: DocLang;
  /** Per block id. */
  blocks: Lang[];
}

const VI_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

/** The words the language check counts: runs of letters, with inner hyphens and apostrophes. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
const EN_FUNCTION = wordSet(EN_WORDS.functionWords);

interface Counts {
  words: number;
  marked: number;
  english: number;
  letters: number;
}

function count(text: string): Counts {
  let words = 0;
  let marked = 0;
  let english = 0;
  let letters = 0;
  for (const w of wordsOf(text)) {
    words++;
    letters += w.length;
    if (VI_MARKED.test(w)) marked++;
    else if (EN_FUNCTION.has(w.toLowerCase())) english++;
  }
  return { words, marked, english, letters };
}

const VI_CODES: ReadonlySet<number> = new Set(
  [...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'].flatMap((ch) => [ch.charCodeAt(0), ch.toUpperCase().charCodeAt(0)]),
);

/**
 * Letters and letters with Vietnamese marks, one pass over the characters: a Vietnamese block
 * is told at once (about one letter in five carries a mark), without reading its words.
 */
function marks(text: string): { letters: number; marked: number } {
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
    else if (c >= 0xc0) {
      letters++;
      if (VI_CODES.has(c)) marked++;
    }
  }
  return { letters, marked };
}

/** 'en' / 'vi' when the block says so clearly, null when it says neither. */
export function blockLanguage(raw: string): Lang | null {
  const text = raw.normalize('NFC');
  // English that writes Vietnamese names with their marks ("SÓC TRĂNG — The Cửu Long (Mekong) Delta province of Sóc
  // Trăng aims to …") is still English: Vietnamese never has a fifth of its words English function words
  const words = count(text);
  if (words.words >= 8 && words.english / words.words >= 0.2 && words.marked / words.words < 0.3) return 'en';
  const quick = marks(text);
  if (quick.marked >= 3 && quick.marked / Math.max(1, quick.letters) >= 0.05) return 'vi';
  const c = words;
  if (c.words === 0) return null;
  if (c.marked >= 2 && c.marked / c.words >= 0.15) return 'vi';
  if (c.words >= 4 && c.marked / c.words < 0.05 && c.english / c.words >= 0.12) return 'en';
  if (c.marked >= 1 && c.words <= 3) return 'vi';
  return null;
}

export function detectLanguages(text: string, blocks: readonly Block[]): LanguageMap {
  const raw = blocks.map((b) => blockLanguage(text.slice(b.contentStart, b.end)));
  let en = 0;
  let vi = 0;
  raw.forEach((l, i) => {
    const b = blocks[i] as Block;
    if (l === null) return;
    const letters = marks(text.slice(b.contentStart, b.end)).letters;
    if (l === 'en') en += letters;
    else vi += letters;
  });
  // with no block that says either (a title alone), the letters of the whole text decide
  if (en === 0 && vi === 0) {
    const whole = blockLanguage(text);
    const lang: Lang = whole ?? 'vi';
    return { doc: lang, blocks: blocks.map(() => lang) };
  }
  const total = en + vi;
  const doc: DocLang = en < total * 0.1 ? 'vi' : vi < total * 0.1 ? 'en' : 'mixed';
  // a Vietnamese document stays Vietnamese through and through (its English menu included)
  if (doc === 'vi') return { doc, blocks: blocks.map(() => 'vi') };
  // otherwise each block its own language; one that says neither follows the block before it
  let last: Lang = raw.find((l) => l !== null) ?? (doc === 'en' ? 'en' : 'vi');
  return {
    doc,
    blocks: raw.map((l) => {
      if (l) last = l;
      return last;
    }),
  };
}
