/**
 * A table of figures as text the extractor reads: one line per body row,
 * `- {row label}: {column header} {cell} {unit}; {column header} {cell} {unit}.`
 * so each cell carries its column's status and year ("Thực hiện năm 2023",
 * "KH 2024") and the row's unit ("Đơn vị"/"ĐVT" column). Shared by every format
 * that has tables: HTML, Word (through HTML), and pipe tables in plain text.
 */

export interface Cell {
  text: string;
  header: boolean;
}

const UNIT_HEADER = /^(?:đơn vị(?: tính)?|đvt|đv|dvt|don vi(?: tinh)?)\.?$/iu;
const SERIAL_HEADER = /^(?:stt|tt|số tt|số thứ tự|so tt)\.?$/iu;
export const NUMERIC = /^[\d\s.,%+\-–~≥≤<>()/]*\d[\d\s.,%+\-–~≥≤<>()/]*$/u;

/** The body rows as lines; `declaredHeadRows` from markup (<thead>, <th>, a "---" rule), else guessed. */
export function tableRowsAsLines(rows: Cell[][], declaredHeadRows: number): string[] {
  // Header rows: as declared, else the first row when it holds no figures.
  let headRows = declaredHeadRows;
  if (headRows === 0 && rows[0] !== undefined && rows[0].filter((c) => c.text !== '').every((c) => !NUMERIC.test(c.text))) headRows = 1;
  const width = Math.max(...rows.map((r) => r.length));
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headRows; r++) {
      const t = rows[r]?.[c]?.text ?? '';
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    headers.push(parts.join(' '));
  }
  const unitCol = headers.findIndex((h) => UNIT_HEADER.test(h));
  let labelCol = 0;
  if (SERIAL_HEADER.test(headers[0] ?? '') && width > 2) labelCol = 1;
  const lines: string[] = [];
  for (const row of rows.slice(headRows)) {
    const label = (row[labelCol]?.text ?? '').replace(/[:.]$/, '');
    const unit = unitCol >= 0 ? (row[unitCol]?.text ?? '') : '';
    const parts: string[] = [];
    for (let c = 0; c < width; c++) {
      if (c === labelCol || c === unitCol || (labelCol === 1 && c === 0)) continue;
      const cell = row[c]?.text ?? '';
      if (cell === '') continue;
      const header = headers[c] ?? '';
      parts.push([header, cell, unit && NUMERIC.test(cell) ? unit : ''].filter((s) => s !== '').join(' '));
    }
    if (label === '' && parts.length === 0) continue;
    if (parts.length === 0) lines.push(`- ${label}`);
    else if (label === '') lines.push(`- ${parts.join('; ')}.`);
    else lines.push(`- ${label}: ${parts.join('; ')}.`);
  }
  return lines;
}
