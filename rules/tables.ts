/**
 * Table cues: how the rows and columns of a table of figures relate, read by
 * pipeline/formats/table-rows.ts before a table becomes one line per row.
 * Each pattern is tested on one header or one cell (a short string), so `^` and `$`
 * are the cell's own ends.
 *
 * - `ratio_column`: a column that compares two other columns ("KH 2025 so với ƯTH 2024 (%)",
 *   "TH/KH (%)", "Tăng (+), giảm (-)"). Its cells are never a figure of the row (TARGETS.md):
 *   the column is left out, whatever the row's unit.
 * - `part_of`: a row label that opens a part of the row above ("Trong đó: HTX nông nghiệp",
 *   "- Nông nghiệp"); the marker is dropped and the part reads under the row above.
 * - `own_measure`: a label that names its own measure (members, revenue, a share …), so a
 *   part row with it does not borrow the measure of the row above.
 * - `abbreviation`: a short form tables use in labels and the unit column ("LH" for liên hiệp).
 */
import type { Rule } from './rule.ts';

export type TableValue = { kind: 'ratio_column' } | { kind: 'part_of' } | { kind: 'own_measure' } | { kind: 'abbreviation'; expansion: string };

const ratio: TableValue = { kind: 'ratio_column' };

/** The names of a column of figures that a ratio column puts over one another. */
const COLUMN = String.raw`(th|kh|ưth|ước th|ước|thực hiện|kế hoạch|dự kiến|ước thực hiện|cùng kỳ|năm|ct|chỉ tiêu)`;

export const TABLE_RULES: Rule<TableValue>[] = [
  {
    id: 'table.ratio_column.compared',
    pattern: String.raw`\bso (với|sánh)\b|\bso (kh|kế hoạch|th|thực hiện|cùng kỳ|năm|ước|ct|chỉ tiêu)\b`,
    value: ratio,
    note: 'a column that sets one column against another: its cells are ratios, never figures of the row',
    examples: {
      match: ['KH 2025 so với ƯTH 2024 (%)', 'So sánh (%)', 'Tỷ lệ so với cùng kỳ', '% so với KH', 'Ước TH 2024 so KH năm (%)', 'So sánh TH 2023/KH 2023'],
      reject: ['Kế hoạch năm 2025', 'Ước thực hiện năm 2024', 'Cùng kỳ năm 2023', 'Số lượng'],
    },
  },
  {
    id: 'table.ratio_column.slash',
    pattern: String.raw`\b${COLUMN}\.? ?((19|20)\d{2})? ?/ ?${COLUMN}\.? ?((19|20)\d{2})?\b|\b(19|20)\d{2} ?/ ?(19|20)\d{2}\b|\bn ?/ ?n ?[-–] ?1\b`,
    value: ratio,
    note: 'two columns over one another: "TH/KH", "TH 2024/KH 2024", "2024/2023", "N/N-1"',
    examples: {
      match: ['TH/KH (%)', 'Tỷ lệ TH 2024/KH 2024', 'Ước TH 2024/TH 2023 (%)', '2024/2023 (%)', 'KH2025/ƯTH2024', 'N/N-1 (%)'],
      reject: ['Triệu đồng/năm', 'Thu nhập (triệu đồng/người/năm)', 'Thực hiện năm 2024', 'Đến 30/6/2024', 'Giai đoạn 2021-2025'],
    },
  },
  {
    id: 'table.ratio_column.attained',
    pattern: String.raw`^(tỷ lệ )?(% ?)?(đạt|hoàn thành)\b|^% ?(kh|kế hoạch|ct|chỉ tiêu|th|thực hiện|năm)\b|^tỷ lệ (%|\(%\) )?(thực hiện|th) ?(kh|kế hoạch|chỉ tiêu|so)\b`,
    value: ratio,
    note: 'how much of the plan a column reached: "Đạt (%)", "% KH", "Tỷ lệ hoàn thành"',
    examples: {
      match: ['Đạt (%)', '% đạt', 'Tỷ lệ đạt (%)', 'Tỷ lệ hoàn thành kế hoạch', 'Hoàn thành KH (%)', '% KH năm', 'Tỷ lệ thực hiện KH (%)'],
      reject: ['Thực hiện năm 2023', 'Thực hiện 2023 (%)', 'Tỷ lệ (%)', 'Số HTX đạt chuẩn', 'Kế hoạch năm 2024'],
    },
  },
  {
    id: 'table.ratio_column.change',
    pattern: String.raw`\btăng ?(\(\+\))? ?[,/]? ?giảm\b|\btăng ?\(\+\)|\bchênh lệch\b|\(\+ ?\/ ?-\)|\(\+,? ?-\)`,
    value: ratio,
    note: 'the change from one column to another: "Tăng (+), giảm (-)", "Chênh lệch"',
    examples: {
      match: ['Tăng (+), giảm (-)', 'Tăng/giảm (%)', 'Chênh lệch', 'Tăng, giảm so với năm trước', 'Biến động (+/-)'],
      reject: ['Số HTX tăng thêm', 'Kế hoạch năm 2025', 'Số HTX giải thể'],
    },
  },
  {
    id: 'table.part_of',
    pattern: String.raw`^((trong đó|trong số đó|tr\. ?đó|tđ|chia ra|bao gồm|gồm)\b ?:? ?|[-+*•–] ?)+`,
    value: { kind: 'part_of' },
    note: 'a row that is a part of the row above ("Trong đó: HTX nông nghiệp", "- Vận tải"); the marker is dropped',
    examples: {
      match: ['Trong đó: HTX nông nghiệp', 'Trong đó: - Số HTX thành lập mới', '- Nông nghiệp', '+ Vận tải', 'Chia ra: HTX phi nông nghiệp'],
      reject: ['Tổng số HTX', 'HTX nông nghiệp', 'Số HTX trong đó có vốn nhà nước'],
    },
  },
  {
    id: 'table.own_measure',
    pattern: String.raw`\b(thành viên|xã viên|lao động|cán bộ|người|doanh thu|lợi nhuận|lãi|thu nhập|vốn|tài sản|sản phẩm|tỷ lệ|tỷ trọng|ngân sách|giá trị|nợ|xã, phường|trình độ|đào tạo|bồi dưỡng|số lượng|tổng số|số)\b`,
    value: { kind: 'own_measure' },
    note: 'the part names what is measured, so it keeps its own reading',
    examples: {
      match: ['Thành viên là hộ gia đình', 'Doanh thu của HTX nông nghiệp', 'Trình độ đại học', 'Số HTX thành lập mới'],
      reject: ['HTX nông nghiệp', 'Nông, lâm, thủy sản', 'Quỹ tín dụng nhân dân', 'Vận tải'],
    },
  },
  {
    id: 'table.abbreviation.lh',
    pattern: String.raw`(?<![\w/])lh(?![\w/])`,
    value: { kind: 'abbreviation', expansion: 'liên hiệp' },
    note: 'a table writes liên hiệp HTX as "LH" in its unit column or labels ("Số LH HTX", unit "LH")',
    examples: { match: ['LH', 'Số LH HTX', 'LH HTX'], reject: ['Liên hiệp HTX', 'LHHTX', 'Số HTX', 'lhs'] },
  },
];
