/**
 * A table of figures as text the extractor reads: one line per body row,
 * `- {row label}: {column header} {cell} {unit}; {column header} {cell} {unit}.`
 * so each cell carries its column's status and year ("Thực hiện năm 2023",
 * "KH 2024") and the row's unit ("Đơn vị"/"ĐVT" column). Shared by every format
 * that has tables: HTML, Word (through HTML), and pipe tables in plain text.
 *
 * How rows and columns relate is read with the table cues of rules/tables.ts:
 * - a column comparing two others ("KH 2025 so với ƯTH 2024 (%)", "TH/KH") is left out;
 * - a row with no figures that names a body or a field ("III | Tổ hợp tác", "B | KHU VỰC HTX",
 *   "2 | Lĩnh vực nông nghiệp") is a section: the rows under it carry its label
 *   ("- Tổ hợp tác - Tổng số thành viên: …");
 * - a part of the row above ("Trong đó: HTX nông nghiệp", "- Vận tải", "1.1 | …", "a | …")
 *   that names no measure of its own reads under that row ("- Tổng số HTX - HTX nông nghiệp: …");
 * - short forms in labels and the unit column ("LH") are written out.
 */
import { compile, type CompiledRule } from '../../rules/rule.ts';
import { TABLE_RULES, type TableValue } from '../../rules/tables.ts';
import { METRIC_RULES } from '../../rules/metrics.ts';
import { SUBJECT_RULES } from '../../rules/subjects.ts';
import { SECTOR_RULES } from '../../rules/sectors.ts';
import { foldKey } from '../normalise.ts';

export interface Cell {
  text: string;
  header: boolean;
}

const UNIT_HEADER = /^(?:đơn vị(?: tính)?|đvt|đv|dvt|don vi(?: tinh)?)\.?$/iu;
const SERIAL_HEADER = /^(?:stt|tt|số tt|số thứ tự|so tt)\.?$/iu;
export const NUMERIC = /^[\d\s.,%+\-–~≥≤<>()/]*\d[\d\s.,%+\-–~≥≤<>()/]*$/u;
const YEAR = /\b(?:19|20)\d{2}\b/u;

const TABLE = compile(TABLE_RULES);
const ofKind = (kind: TableValue['kind']): CompiledRule<TableValue>[] => TABLE.filter((r) => r.value.kind === kind);
const RATIO_COLUMN = ofKind('ratio_column');
const PART_OF = ofKind('part_of');
const OWN_MEASURE = ofKind('own_measure');
const ABBREVIATION = ofKind('abbreviation');
const METRIC = compile(METRIC_RULES);
const NAMES_BODY_OR_FIELD = [...compile(SUBJECT_RULES), ...compile(SECTOR_RULES)];

function keyOf(text: string): string {
  return foldKey(text.normalize('NFC'));
}

function anyMatch(rules: readonly CompiledRule<unknown>[], text: string): boolean {
  const key = keyOf(text);
  return rules.some((r) => {
    r.re.lastIndex = 0;
    return r.re.test(key);
  });
}

/** Short forms written out ("Số LH HTX" → "Số liên hiệp HTX", unit "LH" → "liên hiệp"). */
function expand(text: string): string {
  if (text === '') return text;
  let nfc = text.normalize('NFC');
  const key = foldKey(nfc);
  const hits: { start: number; end: number; expansion: string }[] = [];
  for (const r of ABBREVIATION) {
    if (r.value.kind !== 'abbreviation') continue;
    r.re.lastIndex = 0;
    for (const m of key.matchAll(r.re)) hits.push({ start: m.index, end: m.index + m[0].length, expansion: r.value.expansion });
  }
  hits.sort((a, b) => b.start - a.start);
  for (const h of hits) nfc = nfc.slice(0, h.start) + h.expansion + nfc.slice(h.end);
  return nfc;
}

/** The label without a leading part-of marker ("Trong đó: - ", "- ", "+ "), and whether it had one. */
function partOf(label: string): { part: boolean; bare: string } {
  const nfc = label.normalize('NFC');
  const key = foldKey(nfc);
  let cut = 0;
  for (const r of PART_OF) {
    r.sticky.lastIndex = 0;
    const m = r.sticky.exec(key);
    if (m !== null) cut = Math.max(cut, m[0].length);
  }
  return {
    part: cut > 0,
    bare: nfc
      .slice(cut)
      .replace(/[:.]\s*$/u, '')
      .trim(),
  };
}

/** Depth of a row by its serial: I/A 1, 1 2, 1.1 3, a 4, "-"/"+" 5; null when there is none. */
function serialRank(serial: string): number | null {
  const s = serial.trim().replace(/[.)]$/u, '');
  if (s === '') return null;
  if (/^[IVXL]+$/u.test(s) || /^[A-Z]$/u.test(s)) return 1;
  if (/^\d+$/u.test(s)) return 2;
  if (/^\d+(?:\.\d+)+$/u.test(s)) return 3;
  if (/^[a-zđ]$/u.test(s)) return 4;
  if (/^[-+*•–]$/u.test(s)) return 5;
  return null;
}

interface Frame {
  rank: number;
  /** The label without its part-of marker. */
  label: string;
  figures: boolean;
}

/** The body rows as lines; `declaredHeadRows` from markup (<thead>, <th>, a "---" rule), else guessed. */
export function tableRowsAsLines(rows: Cell[][], declaredHeadRows: number): string[] {
  // Header rows: as declared, else the first row when it holds no figures.
  let headRows = declaredHeadRows;
  if (headRows === 0 && rows[0] !== undefined && rows[0].filter((c) => c.text !== '').every((c) => !NUMERIC.test(c.text))) headRows = 1;
  const width = Math.max(...rows.map((r) => r.length));
  const headers: string[] = [];
  const ratioCols = new Set<number>();
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headRows; r++) {
      const t = rows[r]?.[c]?.text ?? '';
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    headers.push(parts.join(' '));
    if ([...parts, parts.join(' ')].some((p) => p !== '' && anyMatch(RATIO_COLUMN, p))) ratioCols.add(c);
  }
  const unitCol = headers.findIndex((h) => UNIT_HEADER.test(h));
  let labelCol = 0;
  if (SERIAL_HEADER.test(headers[0] ?? '') && width > 2) labelCol = 1;
  const hasSerial = labelCol === 1;
  const lines: string[] = [];
  const stack: Frame[] = [];
  let prevRank = 2;
  let numberedRank = 1.5;
  for (const row of rows.slice(headRows)) {
    const rawLabel = (row[labelCol]?.text ?? '').replace(/[:.]$/, '');
    const label = expand(rawLabel);
    const unit = expand(unitCol >= 0 ? (row[unitCol]?.text ?? '') : '');
    const parts: string[] = [];
    let figures = false;
    for (let c = 0; c < width; c++) {
      if (c === labelCol || c === unitCol || (hasSerial && c === 0) || ratioCols.has(c)) continue;
      const cell = row[c]?.text ?? '';
      // a merged cell repeats the label across the row (a section row in HTML/Word)
      if (cell === '' || (cell === rawLabel && !NUMERIC.test(cell))) continue;
      const header = headers[c] ?? '';
      const numeric = NUMERIC.test(cell);
      if (numeric) figures = true;
      parts.push([header, cell, unit && numeric ? unit : ''].filter((s) => s !== '').join(' '));
    }
    if (label === '' && parts.length === 0) continue;

    // where the row stands: its serial, a part-of marker, else under the last numbered row
    const { part: marked, bare } = partOf(label);
    const bySerial = serialRank(hasSerial ? (row[0]?.text ?? '') : '');
    let rank: number;
    if (bySerial !== null && !(marked && bySerial < 5)) rank = bySerial;
    else if (marked) rank = 5;
    else if (!figures && !hasSerial) rank = 1;
    else rank = Math.max(prevRank, numberedRank + 0.5);
    if (bySerial !== null && bySerial < 5) numberedRank = bySerial;
    while (stack.length > 0 && (stack[stack.length - 1] as Frame).rank >= rank) stack.pop();

    const context: string[] = [];
    let borrowed = false;
    if (figures && bare !== '') {
      for (const f of stack) {
        if (!f.figures && f.label !== '' && !YEAR.test(f.label) && anyMatch(NAMES_BODY_OR_FIELD, f.label)) context.push(f.label);
      }
      const parent = [...stack].reverse().find((f) => f.figures);
      if (parent !== undefined && parent.label !== '' && !anyMatch(METRIC, bare) && !anyMatch(OWN_MEASURE, bare)) {
        context.push(parent.label);
        borrowed = true;
      }
    }
    stack.push({ rank, label: bare, figures });
    prevRank = rank;

    const shown = context.length > 0 ? [...context, bare].join(' - ') : label;
    // a part that borrows the measure of the row above: each cell on its own line under the whole
    // label, so the part's field ("Công nghiệp, tiểu thủ công nghiệp") stands before every figure
    if (borrowed) for (const p of parts) lines.push(`- ${shown}: ${p}.`);
    else if (parts.length === 0) lines.push(`- ${shown}`);
    else if (shown === '') lines.push(`- ${parts.join('; ')}.`);
    else lines.push(`- ${shown}: ${parts.join('; ')}.`);
  }
  return lines;
}
