/**
 * Cues the extractors test on a slice of the folded key they cut themselves: whether a word
 * names a cooperative body, where a noun phrase stops, what may stand between two figures,
 * whether a part of a whole is named, and the like. Each yields no value, only a match; each
 * carries the slices it must and must not match, written as the extractor sees them (an anchored
 * "^…$" cue gets exactly the slice between two things, e.g. " là " between two figures).
 *
 * Patterns are written and compiled like every rule of rule.ts (case and tone marks do not
 * matter, a space is any run of white space); `flags` where the extractor needs 'g' or 'y'.
 * One object per extractor that reads them; test/cues.test.ts runs every example.
 * (Cues that only text as written can decide, capitals or tone marks, are in text-cues.ts.)
 */
import type { KeyCue } from './rule.ts';

/** extractors/context.ts: a figure's noun phrase and the words around it. */
export const CONTEXT_CUES = {
  subjectWord: {
    id: 'cue.context.subject_word',
    pattern: String.raw`hợp tác|htx|\btht\b|kinh tế tập thể|kttt|liên hiệp|quỹ tín dụng|\bqtdnd\b`,
    value: null,
    note: 'a word that names a cooperative body or the collective economy: the passage speaks of cooperatives',
    examples: {
      match: ['Toàn huyện Kim Sơn có 45 hợp tác xã', 'Kinh tế tập thể tiếp tục phát triển', 'Số THT tăng thêm 12 tổ', 'Xã có 2 QTDND'],
      reject: ['Tổng số doanh nghiệp đạt 1.250', 'Thu nhập bình quân đạt 52 triệu đồng/người/năm'],
    },
  },
  tailStop: {
    id: 'cue.context.tail_stop',
    // (a field named in parts goes on: "HTX nông, lâm nghiệp và thủy sản", "HTX nông, lâm, ngư nghiệp")
    pattern: String.raw`,(?! ?(lâm|ngư|diêm|thủy sản)\b)|[;.:()\d]|\b(trong |vào )?năm \d|\b(với|và(?! (thủy sản|ngư nghiệp|lâm nghiệp|diêm nghiệp|phi nông nghiệp|vận tải|xây dựng|thương mại|dịch vụ|vệ sinh môi trường|môi trường)\b)|cùng|gồm|trong đó|thu hút|tạo|giải quyết|đạt|chiếm|tăng|giảm|nâng|là|của|so với|bằng)\b`,
    value: null,
    note: "where a figure's noun phrase ends, read from its unit on: a comma, a number, or a word that starts something new",
    examples: {
      match: [' nông nghiệp, thu hút 300 lao động', ' hoạt động trong lĩnh vực dịch vụ với 1.200 thành viên', ' thủy sản năm 2024'],
      reject: [' nông, lâm nghiệp và thủy sản', ' nông nghiệp công nghệ cao', ' thương mại và dịch vụ'],
    },
  },
  listAnd: {
    id: 'cue.context.list_and',
    pattern: String.raw`^\s*(,|và|,\s*và)\s*$`,
    value: null,
    note: 'all that stands between two items of a list of counts',
    examples: { match: [', ', ' và ', ', và '], reject: [' HTX và ', ' hoặc ', ', trong đó '] },
  },
  manyFields: {
    id: 'cue.context.many_fields',
    pattern: String.raw`^\s*(,\s*)?((đang )?hoạt động\s+)?(trên|trong|thuộc|ở)\s+(các|nhiều)\s+(lĩnh vực|ngành|ngành nghề)\b`,
    value: null,
    note: "the noun's tail names several fields: the list that follows is all the noun's",
    examples: {
      match: [' trên các lĩnh vực trồng trọt và chăn nuôi', ' đang hoạt động trong nhiều ngành nghề', ', thuộc các ngành dịch vụ'],
      reject: [' hoạt động trong lĩnh vực nông nghiệp', ' nông nghiệp ở các xã vùng cao'],
    },
  },
  fieldsEnd: {
    id: 'cue.context.fields_end',
    pattern: String.raw`[;.:()]|\b(và )?(đạt|với|thu hút|tạo|giải quyết|chiếm|tăng|giảm|nâng|là|so với)\b`,
    value: null,
    note: 'where such a list of fields ends: the end of the clause, or a verb of the sentence',
    examples: {
      match: [' trồng trọt và chăn nuôi, thu hút 900 lao động', ' vận tải; doanh thu bình quân', ' dịch vụ và đạt doanh thu'],
      reject: [' nông nghiệp, thương mại, dịch vụ và vận tải'],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/docyear.ts: the year a document speaks from. */
export const DOCYEAR_CUES = {
  goesOn: {
    id: 'cue.docyear.goes_on',
    pattern: String.raw`\btiếp tục (thực hiện|triển khai|đẩy mạnh|tăng cường|phát huy|quan tâm|chỉ đạo|hỗ trợ|củng cố|nâng cao|rà soát|tuyên truyền|vận động|xây dựng|hoàn thiện)\b`,
    value: null,
    note: 'a sentence says what is still to be done: it sets goals, and does not date the time the document reports',
    examples: {
      match: ['Năm 2025, huyện tiếp tục đẩy mạnh tuyên truyền về Luật Hợp tác xã', 'các ngành tiếp tục hỗ trợ thành lập mới HTX'],
      reject: ['Kinh tế tập thể tiếp tục có bước phát triển', 'Năm 2023, huyện thành lập mới 9 HTX'],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/figures.ts: a figure's unit and what a count's noun may be. */
export const FIGURE_CUES = {
  afterImplied: {
    id: 'cue.figure.after_implied',
    pattern: String.raw`^\s*([,.;:()]|$)|^\s+(và|vào|trong|đến|tới|so với|năm|nhằm|để|với)\b`,
    value: null,
    note: 'what may follow a bare count whose noun stood before it ("nâng tổng số HTX lên 120."): the end of its clause, or a word that starts something else',
    examples: { match: ['.', ', tăng so', ' vào cuối', ' so với năm'], reject: [' người lao', ' ha đất', ' thành viên'] },
  },
  shareOf: {
    id: 'cue.figure.share_of',
    pattern: String.raw`^\s*(số|tổng số|các|những|tổng số các|số các)(?= )`,
    value: null,
    note: 'words between a percent and the noun whose share it gives ("70% số hợp tác xã")',
    examples: { match: [' số hợp tác', ' các HTX nông', ' tổng số HTX'], reject: [' HTX nông nghiệp', ' thành viên', ' sốHTX'] },
  },
  spelledMagnitude: {
    id: 'cue.figure.spelled_magnitude',
    pattern: String.raw`\s+(?:triệu|nghìn|ngàn)(?=\s)`,
    flags: 'y',
    value: null,
    note: 'a magnitude word right after a spelled number ("hai triệu thành viên"): a count noun may follow it',
    examples: { match: [' triệu thành viên', ' nghìn lao động', ' ngàn hộ'], reject: [' tỷ đồng', ' HTX nông nghiệp', 'hai triệu thành viên'] },
  },
  namesTht: {
    id: 'cue.figure.names_tht',
    pattern: String.raw`tổ hợp tác|\btht\b`,
    value: null,
    note: 'the sentence has named tổ hợp tác before a short "650 tổ" that counts them',
    examples: { match: ['Số tổ hợp tác đạt ', 'Toàn tỉnh có 120 THT với '], reject: ['Toàn xã có ', 'Số hợp tác xã đạt '] },
  },
  namesCoop: {
    id: 'cue.figure.names_coop',
    pattern: String.raw`hợp tác xã|\bhtx\b|tổ hợp tác|\btht\b|quỹ tín dụng|\bqtdnd\b|\bquỹ tdnd\b|\blhhtx\b`,
    value: null,
    note: 'the sentence has named a cooperative body before a short noun that counts them only then',
    examples: {
      match: ['Số hợp tác xã thành lập mới là ', 'Toàn huyện có 3 QTDND với ', 'Quỹ TDND Tân Hòa có '],
      reject: ['Số doanh nghiệp thành lập mới là ', 'Toàn tỉnh có '],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/numbers.ts: numbers spelled in words. */
export const NUMBER_CUES = {
  spelled: {
    id: 'cue.number.spelled',
    pattern: String.raw`(?<![A-Za-z])((?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín) mươi|mười)(?: (?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)(?![A-Za-z])`,
    flags: 'g',
    value: null,
    note: 'a number from one to ninety-nine spelled in words; a figure only where a count noun follows ("ba", "năm" are ordinary words too)',
    examples: {
      match: ['thành lập mới hai hợp tác xã', 'có mười lăm HTX', 'ba mươi mốt tổ hợp tác'],
      reject: ['khai thác cát sỏi tại bãi sông', 'Tổng doanh thu đạt 20 tỷ đồng', 'các xã miền Nam'],
    },
  },
  oneAfter: {
    id: 'cue.number.one_after',
    pattern: String.raw`\b(thành lập( mới| thêm| được)?|giải thể|có|còn|thêm|đạt|hình thành|phát triển mới)\s*$`,
    value: null,
    note: 'a verb of counting right before "một": "thành lập mới một HTX" counts one, "doanh thu của một HTX" is the article',
    examples: { match: ['Năm 2024 thành lập mới ', 'Xã Yên Hòa chỉ còn ', 'toàn huyện có '], reject: ['Doanh thu bình quân của ', 'đây là '] },
  },
} as const satisfies Record<string, KeyCue>;

/** Every key cue, for the examples test. */
export const KEY_CUES: readonly KeyCue[] = [CONTEXT_CUES, DOCYEAR_CUES, FIGURE_CUES, NUMBER_CUES].flatMap((o) => Object.values(o));
