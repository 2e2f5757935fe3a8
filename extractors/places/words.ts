/**
 * The words of a text, as the place reader sees them: runs of letters and digits of the
 * matching key (pipeline/normalise.ts), each with its offsets, its spelling in the stored
 * text and, when first asked for, its gazetteer identity (`loose`). Split once per text.
 */
import { loose } from './gazetteer.ts';

export interface Tok {
  readonly s: number;
  readonly e: number;
  /** The word's gazetteer identity (`loose`), computed when first asked for. */
  k: string | null;
}

/** Letters and digits: ASCII, Latin and other alphabets; not punctuation (U+2000–U+206F), × or ÷. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || c >= 0x3040;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export class Words {
  readonly toks: readonly Tok[];

  /** `text`: the NFC text; `key`: its matching key (same length). */
  constructor(
    readonly text: string,
    readonly key: string,
  ) {
    // A scan by character code: several times faster than /[\p{L}\p{N}]+/gu.
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
    this.toks = toks;
  }

  /** The gazetteer identity of a word. */
  kOf(t: Tok): string {
    return (t.k ??= loose(this.text.slice(t.s, t.e)));
  }

  /** Word j as the text writes it, in lower case (tone marks kept); '' outside the text. */
  word(j: number): string {
    const t = this.toks[j];
    return t === undefined ? '' : this.text.slice(t.s, t.e).toLowerCase();
  }

  /** What stands between word j-1 and word j, on the key (every white space a plain space). */
  sepBefore(j: number): string {
    const t = this.toks[j];
    const p = this.toks[j - 1];
    return t === undefined ? '' : this.key.slice(p === undefined ? 0 : p.e, t.s);
  }

  /** The separator before word j, on one line of the text: null if it holds a line break. */
  sameLine(j: number): string | null {
    const t = this.toks[j];
    const p = this.toks[j - 1];
    if (t === undefined || p === undefined) return null;
    const sep = this.text.slice(p.e, t.s);
    return sep.includes('\n') ? null : sep;
  }

  /** Word j begins with a capital or a digit. */
  capitalised(j: number): boolean {
    const t = this.toks[j];
    return t !== undefined && (isUpper(this.text[t.s]) || isDigit(this.text[t.s]));
  }
}
