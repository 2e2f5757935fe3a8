/**
 * Tables laid out with spaces, as a statistical yearbook's PDF comes out as text:
 *
 *     Số hợp tác xã đang hoạt động phân theo ngành kinh tế      (the title)
 *     Đơn vị tính: HTX                                          (a unit line, optional)
 *                                        2019   2020   2021     (the years)
 *     TỔNG SỐ - TOTAL                     412    430    451
 *     Nông nghiệp, lâm nghiệp và thủy sản
 *     Agriculture, forestry and fishing   300    310    322     (a label over two lines)
 *      Trồng trọt                          120    125    130     (a part, indented deeper)
 *
 * become one line per figure, as table-rows.ts writes a row's part: the title, the row's
 * label, then the figure with its column's year and the unit. Only rows at the table's
 * outer indentation are kept, and none named after a place (a district's figures are not the
 * document's): a deeper row is a part
 * of the row above, in the same field, and two figures for one field and year would
 * read as a contradiction on a dashboard. English halves of bilingual labels are left
 * out (the labels are read with the Vietnamese rules).
 */

/** A line of years only: the column headers. */
const YEARS_LINE = /^\s*(?:19|20)\d{2}(?:\s+(?:19|20)\d{2})+\s*$/u;
/** A cell of figures: a number, or a dash or dots for none. */
const CELL = String.raw`(?:\d[\d.,]*|-|–|\.\.|…)`;
/** A row: an optional label, two or more spaces, then its cells. */
const ROW = new RegExp(String.raw`^(\s*)(.*?\S)?(?:\s{2,}|^\s*)(${CELL}(?:\s+${CELL})*)\s*$`, 'u');
/** The unit line above the years ("Người - Person", "Đơn vị tính: HTX"). */
const UNIT_LINE = /^\s*(?:đơn vị tính\s*:?\s*|đvt\s*:?\s*)?(\p{L}[\p{L} ]{0,20}?)(?:\s*-\s*[A-Za-z][A-Za-z ]*)?\s*$/iu;
/** A leading table number in a yearbook title ("128   Số lao động …"). */
const TABLE_NUMBER = /^\s*\d{1,3}[.)]?\s+/u;
const NON_ASCII_LETTER = /[^\u0000-\u007f]/u;
/** Most label lines a row may have before the run is no longer a table. */
const MAX_LABEL_LINES = 4;

interface Row {
  indent: number;
  label: string;
  cells: string[];
}

/** The Vietnamese half of a bilingual label ("Khai khoáng - Mining and quarrying" → "Khai khoáng"). */
function vietnameseHalf(label: string): string {
  const dash = label.lastIndexOf(' - ');
  if (dash > 0 && !NON_ASCII_LETTER.test(label.slice(dash + 3)) && /[A-Za-z]/u.test(label.slice(dash + 3))) return label.slice(0, dash).trim();
  return label.trim();
}

/** The label of a row from its lines: Vietnamese lines kept, English lines left out unless there is nothing else. */
function joinLabel(lines: string[]): string {
  const vi = lines.filter((l) => NON_ASCII_LETTER.test(l));
  return vietnameseHalf((vi.length > 0 ? vi : lines).map((l) => l.trim()).join(' '));
}

/** The title and unit above the years at `headerAt`: the paragraph just above (and a short unit line between). */
function titleAbove(lines: string[], headerAt: number): { title: string; unit: string } {
  let i = headerAt - 1;
  const skipBlank = (): void => {
    while (i >= 0 && (lines[i] as string).trim() === '') i--;
  };
  skipBlank();
  let unit = '';
  const maybeUnit = lines[i] ?? '';
  const unitMatch = UNIT_LINE.exec(maybeUnit);
  if (unitMatch && i >= 1 && (lines[i - 1] as string).trim() === '') {
    unit = (unitMatch[1] ?? '').trim();
    i--;
    skipBlank();
  }
  const block: string[] = [];
  while (i >= 0 && (lines[i] as string).trim() !== '') {
    block.unshift(lines[i] as string);
    i--;
  }
  const vi = block.filter((l) => NON_ASCII_LETTER.test(l)).map((l) => l.trim());
  return { title: vi.join(' ').replace(TABLE_NUMBER, '').trim(), unit };
}

/** The rows of an aligned table whose years are on line `headerAt`, and the line after its last row. */
function readRows(lines: string[], headerAt: number, width: number): { rows: Row[]; end: number; unit: string } {
  const rows: Row[] = [];
  let pending: string[] = [];
  let pendingIndent = -1;
  let end = headerAt + 1;
  let unit = '';
  let misses = 0;
  for (let j = headerAt + 1; j < lines.length; j++) {
    const line = lines[j] as string;
    if (line.trim() === '') continue;
    const m = ROW.exec(line);
    const cells = m ? (m[3] as string).split(/\s+/u) : [];
    if (m && cells.length === width) {
      const own = m[2] ?? '';
      const ownIndent = (m[1] as string).length;
      // (lines far to the right of a row that has its own label are no part of it: a unit under the years)
      const lead = pending.length > 0 && !(own !== '' && pendingIndent > ownIndent + 4) ? pending : [];
      rows.push({ indent: lead.length > 0 ? pendingIndent : ownIndent, label: joinLabel([...lead, own].filter((l) => l.trim() !== '')), cells });
      pending = [];
      misses = 0;
      end = j + 1;
      continue;
    }
    // a row of another width (one spaced out letter by letter by the PDF's converter) is skipped; three in a row end the table
    if (m && cells.length > 1) {
      pending = [];
      if (++misses >= 3) break;
      continue;
    }
    // a sub-header of shares starts another table ("Cơ cấu (%)"): the counts end there
    if (SHARES_HEADER.test(line)) break;
    // a short line under the years, before any row, names the unit ("Hợp tác xã")
    if (rows.length === 0 && pending.length === 0 && unit === '' && UNIT_LINE.test(line) && line.trim().length <= 30) {
      unit = (UNIT_LINE.exec(line)?.[1] ?? '').trim();
      continue;
    }
    if (pending.length === 0) pendingIndent = line.length - line.trimStart().length;
    pending.push(line);
    if (pending.length > MAX_LABEL_LINES) break;
  }
  return { rows, end, unit };
}

/** A row named after a place: a district, town, commune or province. */
const PLACE_ROW = /^\s*(?:huyện|thành phố|thị xã|quận|thị trấn|xã|phường|tỉnh|tp\.?|tx\.?)\s+\p{Lu}/iu;

/** A sub-header of shares: "Cơ cấu (%)", "Tỷ lệ (%)", "Structure (%)". */
const SHARES_HEADER = /\(%\)|^\s*(?:cơ cấu|tỷ lệ|structure)\b/iu;

export function alignedTablesToRows(text: string): string {
  if (!/(?:19|20)\d{2}[ \t]{2,}(?:19|20)\d{2}/u.test(text) && !/(?:19|20)\d{2} (?:19|20)\d{2}/u.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string;
    if (!YEARS_LINE.test(line)) {
      out.push(line);
      i++;
      continue;
    }
    const years = line.trim().split(/\s+/u);
    const { rows, end, unit: unitBelow } = readRows(lines, i, years.length);
    if (rows.length < 2) {
      out.push(line);
      i++;
      continue;
    }
    const outer = Math.min(...rows.map((r) => r.indent));
    const above = titleAbove(lines, i);
    const title = above.title;
    const unit = above.unit || unitBelow;
    // one line per figure, the title and the row's label before it, as table-rows.ts writes a part that
    // borrows its measure: each figure then reads with its own field, measure and year
    const head = title === '' ? '' : `${title.replace(/[.:]$/u, '')} - `;
    for (const r of rows) {
      // (a row of a breakdown by place is another place's figure, not the document's: "Huyện Vụ Bản  35  35  35")
      if (r.indent > outer || PLACE_ROW.test(r.label)) continue;
      r.cells.forEach((cell, c) => {
        if (/\d/u.test(cell)) out.push(`- ${head}${r.label}: Năm ${years[c]} ${cell}${unit ? ` ${unit}` : ''}.`);
      });
    }
    i = end;
  }
  return out.join('\n');
}
