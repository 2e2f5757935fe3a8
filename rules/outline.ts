/**
 * The outline of an administrative document (pipeline/parse.ts): how a line says it opens a
 * part, a section or an item ("Phần thứ nhất", "I.", "1.", "2.1.", "a)", "-", "+"), and the
 * other cues that make a line a heading, a lead-in or page furniture.
 *
 * These are text rules (rules/text-rule.ts), read on the NFC text as written: capitals
 * decide ("I." is a roman numeral, "i." is not; "a)" is an item, "A)" is not; "KẾ HOẠCH"
 * alone on a line is a title word). Numbering rules are tried in order at the start of a
 * block's content, after any "#" and bold markers; the first that matches gives the level.
 */
import type { TextRule } from './text-rule.ts';

/**
 * Smaller is higher: 1 "Phần", 2 roman, 3 "1.", 4 "2.1." (2 + the number of numbers, up to 5 for "2.1.3"; deeper ones
 * between 5 and 6: "4.1.1.1." 5.5), 6 "a)", 7 "-", 8 "+".
 */
export interface Numbering {
  readonly kind: 'heading' | 'item';
  /** The level, or 'per-part': 2 + the number of numbers in the `parts` group ("2.1." → 4, "2.1.3" → 5, "4.1.1.1" → 5.5). */
  readonly level: number | 'per-part';
}

export const NUMBERING_RULES: readonly TextRule<Numbering>[] = [
  {
    id: 'outline.part',
    pattern: String.raw`^(?:phần|chương|mục)\s+(?:thứ\s+)?(?:nhất|hai|ba|bốn|tư|năm|sáu|bảy|[ivxl]+|\d+)(?![\p{L}\p{N}])[.:]?\s*`,
    flags: 'iu',
    value: { kind: 'heading', level: 1 },
    note: 'the numeral must end there: \\b holds between a roman letter and a Vietnamese one, so "Phần lớn HTX …" was read as part "l"',
    examples: {
      match: ['Phần thứ nhất', 'PHẦN THỨ HAI: KẾ HOẠCH NĂM 2025', 'Chương II', 'Mục 3. Nhiệm vụ'],
      reject: ['Phần đóng góp của thành viên', 'Phần thưởng cho HTX', 'Mục tiêu cụ thể', 'Phần lớn HTX có quy mô nhỏ'],
    },
  },
  {
    id: 'outline.roman',
    pattern: String.raw`^[IVXL]{1,5}\s*[.)/-]\s+`,
    flags: 'u',
    value: { kind: 'heading', level: 2 },
    examples: { match: ['I. KẾT QUẢ ĐẠT ĐƯỢC', 'II - NHIỆM VỤ', 'IV) Giải pháp'], reject: ['i. không phải số La Mã', 'IX.2023', 'Ia. mục'] },
  },
  {
    id: 'outline.decimal',
    pattern: String.raw`^(?<parts>\d{1,2}(?:\.\d{1,2})+)\.?\s+`,
    flags: 'u',
    value: { kind: 'heading', level: 'per-part' },
    examples: { match: ['2.1. Lĩnh vực nông nghiệp:', '3.2.1 Chỉ tiêu'], reject: ['2. Lĩnh vực', '2.1.Lĩnh vực', '1.715 HTX'] },
  },
  {
    id: 'outline.arabic',
    pattern: String.raw`^\d{1,2}\s*[.)/]\s+`,
    flags: 'u',
    value: { kind: 'heading', level: 3 },
    examples: { match: ['1. Về số lượng', '2) Thành viên', '3 / Lao động'], reject: ['2025. Năm bản lề', '1.715 HTX', '12,5% HTX'] },
  },
  {
    id: 'outline.letter',
    pattern: String.raw`^[a-zđ]\s*[).]\s+`,
    flags: 'u',
    value: { kind: 'heading', level: 6 },
    examples: { match: ['a) Hợp tác xã', 'đ) Tổ hợp tác', 'b. Thành viên'], reject: ['A) Hợp tác xã', 'ab) hai chữ', 'c)không cách'] },
  },
  {
    id: 'outline.dash',
    pattern: String.raw`^[-–—•●▪◦·]\s*`,
    flags: 'u',
    value: { kind: 'item', level: 7 },
    examples: {
      match: ['- Có 80 HTX nông nghiệp.', '• Thành lập mới 10 HTX', '–Doanh thu bình quân'],
      reject: ['+ Toàn tỉnh có 120 HTX.', 'Có 80 HTX - nông nghiệp'],
    },
  },
  {
    id: 'outline.plus',
    pattern: String.raw`^[+*]\s+`,
    flags: 'u',
    value: { kind: 'item', level: 8 },
    examples: { match: ['+ Toàn tỉnh có 120 HTX.', '* Có 80 HTX'], reject: ['+120 HTX so với năm trước', '**Mục tiêu**'] },
  },
];

export const OUTLINE_CUES = {
  relatedLinks: {
    id: 'outline.related_links',
    pattern: String.raw`^\s*(tin liên quan|tin bài liên quan|bài viết liên quan|bài liên quan|tin cùng chuyên mục|tin bài cùng chuyên mục|cùng chuyên mục|các tin khác|tin khác|tin mới hơn|tin cũ hơn|tin mới|bài viết mới|tin đã đưa|xem thêm|đọc thêm|tin tức khác)\s*:?\s*$`,
    flags: 'iu',
    value: null,
    note: 'a line that heads a list of links to other articles: the list is page furniture, up to the next numbered heading or long paragraph',
    examples: { match: ['Tin liên quan', 'Tin khác:', '  XEM THÊM  '], reject: ['Tin liên quan đến HTX Lai Châu', 'Các tin khác về hợp tác xã'] },
  },
  gluedHeading: {
    id: 'outline.glued_heading',
    pattern: String.raw`^(\s*[^\p{Ll}\n]{12,}?[\p{Lu}\d])(?=\p{Lu}\p{Ll})`,
    flags: 'u',
    value: null,
    note: 'a heading in capitals run straight into the sentence after it (scraped text): the captured capitals are a block of their own',
    examples: {
      match: ['MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030Phấn đấu có 300 HTX'],
      reject: ['MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030 Phấn đấu có 300 HTX', 'HTXPhấn đấu', 'Phấn đấu có 300 HTX'],
    },
  },
  documentNumber: {
    id: 'outline.document_number',
    pattern: String.raw`^(Số|SỐ)\s*:`,
    flags: 'u',
    value: null,
    note: 'the document number line of a header ("Số: 12/KH-UBND") is not a heading, capitals or not',
    examples: { match: ['Số: 12/KH-UBND', 'SỐ : 45/BC-UBND'], reject: ['số: 12', 'Số lượng: 120 HTX'] },
  },
  titleWord: {
    id: 'outline.title_word',
    pattern: String.raw`^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN|TỜ TRÌNH)\s*$`,
    flags: 'u',
    value: null,
    note: 'the kind of document alone on its line: the title goes on over the next lines, which are not cut off as body',
    examples: { match: ['KẾ HOẠCH', 'TỜ TRÌNH  '], reject: ['KẾ HOẠCH phát triển kinh tế tập thể', 'Kế hoạch'] },
  },
  boldHeading: {
    id: 'outline.bold_heading',
    pattern: String.raw`^\*\*[^*]+\*\*[:.]?$`,
    flags: 'u',
    value: null,
    note: 'a block that is bold throughout is a heading (run-in headings of Word documents and web pages)',
    examples: {
      match: ['**ĐÁNH GIÁ TÌNH HÌNH NĂM 2024**', '**Mục tiêu cụ thể:**', '**Mục tiêu**:'],
      reject: ['**Mục tiêu** là phát triển 300 HTX', '*nghiêng*'],
    },
  },
  leadin: {
    id: 'outline.leadin',
    pattern: String.raw`:\s*\**$`,
    flags: 'u',
    value: null,
    note: 'a paragraph or item that ends with a colon leads in the blocks after it: they stand under its last sentence',
    examples: {
      match: ['Ước thực hiện hết năm 2024:', 'Theo đó, tỉnh phấn đấu đạt được các mục tiêu như: **'],
      reject: ['Mục tiêu: phát triển 300 HTX', 'Tổng số HTX: 120'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** Every outline rule, for the rules test. */
export const OUTLINE_RULES: readonly TextRule<unknown>[] = [...NUMBERING_RULES, ...Object.values(OUTLINE_CUES)];
