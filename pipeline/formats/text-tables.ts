/**
 * Pipe tables in plain text or Markdown ("| Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |")
 * become one line per row, as Word and HTML tables do (see table-rows.ts), so the
 * stored text reads the same whatever format a table came in.
 *
 * A grid written without the outer pipes ("Chỉ tiêu | ĐVT | TH 2023 | KH 2024" over
 * "Số HTX thành lập mới | HTX | 36 | 35") is read the same way when it looks like a
 * table of figures: two or more lines with the same number of cells (three or more),
 * a first line without figures (the column headers) and a figure in a line below.
 */
import { tableRowsAsLines, NUMERIC, type Cell } from './table-rows.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const RULE_ROW = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/u;

function cells(line: string): Cell[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split('|').map((t) => ({ text: t.trim(), header: false }));
}

/** Cells of a line written without outer pipes, or null when it is not one. */
function bareCells(line: string): Cell[] | null {
  if (PIPE_ROW.test(line) || RULE_ROW.test(line)) return null;
  const n = line.split('|').length - 1;
  if (n < 2) return null;
  const row = cells(line);
  return row.filter((c) => c.text !== '').length >= 2 ? row : null;
}

/** A run of bare grid lines starting at `i` that reads as a table of figures, as its rows; else null. */
function bareGrid(lines: string[], i: number): { rows: Cell[][]; end: number } | null {
  const first = bareCells(lines[i] as string);
  if (first === null) return null;
  const width = first.length;
  const rows: Cell[][] = [first];
  let j = i + 1;
  // a Markdown rule under the headers ("---|---|---")
  if (j < lines.length && RULE_ROW.test(lines[j] as string) && !PIPE_ROW.test(lines[j] as string)) j++;
  while (j < lines.length) {
    const row = bareCells(lines[j] as string);
    if (row === null || row.length !== width) break;
    rows.push(row);
    j++;
  }
  if (rows.length < 2) return null;
  const hasFigure = (r: Cell[]): boolean => r.some((c) => NUMERIC.test(c.text));
  if (hasFigure(first) || !rows.slice(1).some(hasFigure)) return null;
  return { rows, end: j };
}

export function pipeTablesToRows(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!PIPE_ROW.test(lines[i] as string)) {
      const grid = bareGrid(lines, i);
      if (grid !== null) {
        out.push(...tableRowsAsLines(grid.rows, 1));
        i = grid.end;
        continue;
      }
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
    const rendered = tableRowsAsLines(rows, Math.max(ruleAt, 0));
    out.push(...(rendered.length > 0 ? rendered : block));
    i = j;
  }
  return out.join('\n');
}
