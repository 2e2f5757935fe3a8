/**
 * Comparators bound to a number: words right before it ("trên 200", "từ 35 … trở lên",
 * "khoảng 630") and words right after its unit ("03 HTX trở lên"), and range connectors
 * between two numbers ("600 đến 800", "65 – 70%").
 */
import type { Rule } from './rule.ts';
import type { Comparator } from '../pipeline/record.ts';

/** Must end exactly where the number starts (only white space between). Longer phrases first. */
export const LEFT_COMPARATOR_RULES: Rule<Comparator>[] = [
  {
    id: 'comparator.approx.tren_duoi',
    pattern: String.raw`\b(trên dưới|xấp xỉ|khoảng chừng|ước khoảng|khoảng|gần|chừng|độ khoảng|hơn kém)\s*:?\s*$`,
    value: 'approx',
    note: 'a report that lists its figures may put a colon after the qualifier: "lợi nhuận bình quân khoảng: 210 triệu"',
    examples: {
      match: ['tạo việc làm cho khoảng', 'doanh thu bình quân đạt gần', 'trên dưới', 'thu nhập bình quân khoảng:'],
      reject: ['có trên', 'xuống dưới', 'khoảng thời gian:'],
    },
  },
  {
    id: 'comparator.lte',
    pattern: String.raw`\b(không quá|không vượt quá|tối đa|nhiều nhất|không cao hơn)\s*$`,
    value: 'lte',
    examples: { match: ['tỷ lệ nợ xấu không quá', 'tối đa'], reject: ['tối thiểu'] },
  },
  {
    id: 'comparator.gte',
    pattern: String.raw`\b(ít nhất|tối thiểu|không dưới|không ít hơn|không thấp hơn)\s*$|(?<!\b(tăng|giảm|nâng|hạ|đưa)\b[^,;.\d]{0,40})\btừ\s*$`,
    value: 'gte',
    note: '"giảm từ 58 HTX xuống còn 19 HTX": the start of a change, not a lower bound',
    examples: { match: ['thành lập mới từ', 'có ít nhất', 'tối thiểu'], reject: ['có trên', 'tính từ ngày', 'Số HTX yếu kém giảm từ', 'tăng từ'] },
  },
  {
    id: 'comparator.lt',
    pattern: String.raw`\b(?<!trên )(dưới|ít hơn|thấp hơn|chưa đến|chưa tới|chưa đầy)\s*$`,
    value: 'lt',
    examples: { match: ['tỷ lệ HTX yếu kém xuống còn dưới', 'nợ xấu xuống dưới'], reject: ['trên dưới', 'xuống còn'] },
  },
  {
    id: 'comparator.gt',
    pattern: String.raw`\b(trên|hơn|vượt|vượt quá|cao hơn|nhiều hơn|hơn mức)\s*$`,
    value: 'gt',
    examples: { match: ['có trên', 'thu hút, tạo việc làm cho hơn', 'Phấn đấu có hơn'], reject: ['trên dưới', 'khoảng'] },
  },
];

/** Read right after the unit. */
export const RIGHT_COMPARATOR_RULES: Rule<Comparator>[] = [
  {
    id: 'comparator.gte.tro_len',
    context: 'after-number',
    pattern: String.raw`\s*trở lên\b`,
    value: 'gte',
    examples: { match: ['03 trở lên', '25 trở lên'], reject: ['03 HTX hoạt động'] },
  },
  {
    id: 'comparator.lte.tro_xuong',
    context: 'after-number',
    pattern: String.raw`\s*(trở xuống)\b`,
    value: 'lte',
    examples: { match: ['từ 5 trở xuống'], reject: ['từ 5 trở lên'] },
  },
];

/** Between two numbers: makes a range. */
export const RANGE_RULES: Rule<'range'>[] = [
  {
    id: 'comparator.range',
    context: 'after-number',
    pattern: String.raw`\s*(-|–|—|~|đến|tới)\s*(?=\d)`,
    value: 'range',
    examples: { match: ['600 đến 800 lao động', 'chiếm 65 – 70%', '5-7 HTX'], reject: ['600 lao động đến năm'] },
  },
];
