/**
 * Pipe tables in plain text or Markdown ("| Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |")
 * become one line per row, as Word and HTML tables do (see table-rows.ts), so the
 * stored text reads the same whatever format a table came in.
 */
import { tableRowsAsLines, type Cell } from './table-rows.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const RULE_ROW = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/u;

function cells(line: string): Cell[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split('|').map((t) => ({ text: t.trim(), header: false }));
}

export function pipeTablesToRows(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!PIPE_ROW.test(lines[i] as string)) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && PIPE_ROW.test(lines[j] as string)) j++;
    if (j - i < 2) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    const block = lines.slice(i, j);
    const ruleAt = block.findIndex((l) => RULE_ROW.test(l));
    const rows = block.filter((l) => !RULE_ROW.test(l)).map(cells);
    const rendered = tableRowsAsLines(rows, ruleAt > 0 ? ruleAt : 0);
    out.push(...(rendered.length > 0 ? rendered : block));
    i = j;
  }
  return out.join('\n');
}
