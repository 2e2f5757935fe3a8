/**
 * Stage 4: segment. Sentences inside each outline block, with offsets into the text.
 * A sentence ends at . ! ? … followed by white space or glued to a capital
 * ("115 triệu đồng.Thu nhập"), or at a line break that starts a new line of thought
 * (capital or bullet next, or punctuation before; a digit next continues a hard-wrapped line). Decimal and thousands
 * separators never end a sentence.
 */
import type { Block } from './parse.ts';

export interface Sentence {
  start: number;
  end: number;
  block: number;
}

const UPPER_OR_DIGIT = /[\p{Lu}\d•\-–+*(“"]/u;
/** A line that starts with a digit continues the sentence in hard-wrapped text ("… lợi nhuận bình quân\n168 triệu đồng"). */
const NEW_LINE_START = /[\p{Lu}•\-–+*(“"]/u;

/**
 * A table row flattened into lines: its label ends with a colon and its value follows on the next line, with
 * nothing but the table's bars between them ("+ Hợp tác xã vận tải:\n|\n12 HTX."). The value is the label's:
 * one sentence. (A numbered line after a colon, "1. Thành lập …", is a new item.)
 */
export const ROW_VALUE_NEXT = /^[\s|]*\d+(?:[.,]\d+)*[ \t]*[\p{L}%]/u;
function rowValueAfter(text: string, from: number, end: number): boolean {
  return ROW_VALUE_NEXT.test(text.slice(from, Math.min(end, from + 80)));
}

export function segment(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    let s = b.contentStart;
    const push = (e: number) => {
      let a = s;
      let z = e;
      while (a < z && /\s/u.test(text[a] as string)) a++;
      while (z > a && /\s/u.test(text[z - 1] as string)) z--;
      if (z > a) out.push({ start: a, end: z, block: b.id });
      s = e;
    };
    for (let i = b.contentStart; i < b.end; i++) {
      const ch = text[i] as string;
      const next = text[i + 1] ?? '';
      if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
        const prev = text[i - 1] ?? '';
        if (ch === '.' && /\d/u.test(prev) && /\d/u.test(next)) continue; // 1.715
        // an ellipsis that cuts a list short goes on in lower case: "… dệt may, mộc… giúp tạo việc làm cho …"
        if (ch === '…' && /^[ \t]*\p{Ll}/u.test(text.slice(i + 1, i + 4))) continue;
        if (/\s/u.test(next) || next === '') {
          // skip abbreviations such as "TP." and "Đc."
          const word = /(\S+)$/u.exec(text.slice(Math.max(b.contentStart, i - 6), i))?.[1] ?? '';
          if (/^(TP|Tp|Đc|đ\/c|ThS|TS|PGS|GS|Ô|B|St|v\.v)$/u.test(word)) continue;
          push(i + 1);
        } else if (UPPER_OR_DIGIT.test(next) && /\p{L}/u.test(next)) {
          push(i + 1); // "đồng.Thu"
        }
      } else if (ch === '\n') {
        let j = i + 1;
        while (j < b.end && (text[j] === ' ' || text[j] === '\t')) j++;
        const after = text[j] ?? '';
        const before = text.slice(s, i).trimEnd();
        if (NEW_LINE_START.test(after) || after === '\n') push(i);
        else if (/[.;!?]$/u.test(before) || (before.endsWith(':') && !rowValueAfter(text, j, b.end))) push(i);
      }
    }
    push(b.end);
  }
  return out;
}
