/**
 * Cues read on the text as written (NFC, rules/text-rule.ts), not on the folded key: a
 * document's header and title, or the proper name after a cooperative word, where capitals decide ("Hợp tác xã Minh Phát" is a named
 * cooperative, "hợp tác xã nông nghiệp" a kind) or the extractor reads the text itself.
 * Each yields no value, only a match; test/cues.test.ts runs every example on the NFC text.
 */
import type { TextRule } from './text-rule.ts';

/** extractors/docmeta.ts: a document's title and date. */
export const DOCMETA_CUES = {
  topic: {
    id: 'cue.docmeta.topic',
    pattern: String.raw`kế hoạch|kinh tế tập thể|hợp tác xã|\bHTX\b|tổ hợp tác|KTTT|báo cáo|chiến lược|đề án|quỹ tín dụng|\bQTDND\b`,
    flags: 'iu',
    value: null,
    note: "a line near the top that speaks of this project's topic: a news page's headline",
    examples: {
      match: ['Tỉnh Hòa Lâm phát triển hợp tác xã kiểu mới', 'Báo cáo tình hình kinh tế tập thể năm 2024', 'Huyện Đông Sơn có thêm 5 HTX'],
      reject: ['Lễ hội hoa đào xuân 2025 thu hút đông đảo du khách', 'Thời tiết miền Bắc chuyển lạnh'],
    },
  },
  furniture: {
    id: 'cue.docmeta.furniture',
    pattern: String.raw`^(trang chủ|chào mừng|số\s*:|skip to|translate|menu|tìm kiếm|đăng nhập)`,
    flags: 'iu',
    value: null,
    note: "a line of the site's furniture (breadcrumb, menu, search box) or the document number: no headline",
    examples: {
      match: ['Trang chủ > Tin tức > Kinh tế', 'Số: 15/KH-UBND', 'Đăng nhập | Đăng ký'],
      reject: ['Huyện Tân Lạc có 30 HTX hoạt động hiệu quả', 'Tìm hiểu mô hình hợp tác xã kiểu mới'],
    },
  },
  citedDocumentBefore: {
    id: 'cue.docmeta.cited_document_before',
    pattern: String.raw`(?:\b(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông tư|Nghị định|Chương trình(?: hành động)?|Kế hoạch|Công văn|Luật|Đề án)\b[^.;\n]{0,60}|\d+\s*\/\s*[\p{Lu}Đ]+-[\p{Lu}Đ]+[^.;\n]{0,20}|\d+-(?:NQ|CT|KL|CTr)\/[\p{Lu}]+[^.;\n]{0,20})[,\s]*(?:ngày|ban hành ngày)?\s*$`,
    flags: 'u',
    value: null,
    note: "the words just before a date name a document it cites: the date is that document's, not the page's",
    examples: {
      match: ['Căn cứ Quyết định số 845/QĐ-UBND ngày ', 'theo Chương trình hành động số 17-CTr/TU, ', 'Văn bản 312/SNN-KTHT ngày '],
      reject: ['Cập nhật lúc ', 'Phú Lâm, ngày ', 'Bài và ảnh: Minh Anh – '],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** extractors/docyear.ts: the year a document speaks from. */
export const DOCYEAR_TEXT_CUES = {
  namedCooperative: {
    id: 'cue.docyear.named_cooperative',
    pattern: String.raw`(?<!Liên minh |Liên hiệp )\b(?:Hợp tác xã|HTX)\s+(?!(?:Nông|Phi|Dịch|Kiểu|Thủy|Thuỷ|Vận|Thương|Xây|Công|Tiểu|Môi|Việt|tỉnh|huyện)\b)[\p{Lu}Đ][\p{Ll}]*`,
    flags: 'u',
    value: null,
    note: 'a cooperative named by its proper name (not the Alliance, nor a kind such as "HTX Nông nghiệp"): its story does not date the document',
    examples: {
      match: ['Năm 2019, Hợp tác xã Chè Tân Hương được thành lập với 12 thành viên', 'HTX Minh Phát mở rộng diện tích trồng bưởi'],
      reject: ['Năm 2023, toàn tỉnh có 85 HTX nông nghiệp', 'Liên minh HTX tỉnh tổ chức hội nghị', 'HTX Dịch vụ nông nghiệp xã An Bình'],
    },
  },
  cooperativeManager: {
    id: 'cue.docyear.cooperative_manager',
    pattern: String.raw`\b(?:[Gg]iám đốc|[Pp]hó [Gg]iám đốc|[Cc]hủ tịch (?:HĐQT|[Hh]ội đồng quản trị)|[Tt]rưởng ban quản trị)\s+(?:Hợp tác xã|hợp tác xã|HTX)(?!\p{L})`,
    flags: 'u',
    value: null,
    note: "a paragraph that gives one cooperative's manager the word tells that cooperative's story: its years do not date the document",
    examples: {
      match: ['Ông Lê Văn Tám, Giám đốc HTX nông nghiệp Phú An cho biết, năm 2021 HTX đạt doanh thu 2 tỷ đồng', 'bà Hoa, Chủ tịch HĐQT hợp tác xã'],
      reject: ['Năm 2021, toàn tỉnh có 320 HTX', 'Giám đốc Sở Nông nghiệp cho biết'],
    },
  },
  goalHeadline: {
    id: 'cue.docyear.goal_headline',
    pattern: String.raw`(đến|tới|đến hết|đến cuối)\s+năm|phấn đấu|mục tiêu|kế hoạch|giai đoạn`,
    flags: 'iu',
    value: null,
    note: 'a news headline that sets goals: its years are goals, not the year the page reports',
    examples: {
      match: ['Phấn đấu đến năm 2030 có 500 HTX hoạt động hiệu quả', 'Bình Sơn đặt mục tiêu thành lập mới 40 HTX'],
      reject: ['Năm 2024, Bình Sơn thành lập mới 38 hợp tác xã', 'Tân Phú: 6 tháng đầu năm có thêm 7 HTX'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** extractors/scope.ts: status of a figure that no cue decides. */
export const SCOPE_TEXT_CUES = {
  planningTitle: {
    id: 'cue.scope.planning_title',
    pattern: String.raw`kế hoạch|mục tiêu|định hướng|chiến lược|phấn đấu|chỉ tiêu|đề án`,
    flags: 'iu',
    value: null,
    note: 'a title that sets goals (outside a báo cáo): a figure with no status cue is a target',
    examples: {
      match: ['Kế hoạch phát triển kinh tế tập thể năm 2026', 'Định hướng phát triển HTX đến năm 2030'],
      reject: ['Tình hình hoạt động của HTX năm 2024', 'Hợp tác xã Tân Hưng đón nhận Huân chương Lao động'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** Generic words that may stand capitalised between "HTX" and a proper name ("HTX Nông nghiệp Tân Phát"). */
const GENERIC = String.raw`(?:(?:Nông|Lâm|Ngư|Dịch|Thương|Sản|Chăn|Trồng|Môi|Vận|Thủy|Thuỷ|Tổng|Du|Công|Tiểu|Xây|Điện|Nước|Tín|Kinh|Chế|Rau|Chè|Lúa|Muối|Nuôi|Trà|Cà|Dược|Mây|Gốm|Rượu)\s+(?:\p{Ll}+\s+){0,5}|(?:NN|DV|SX|KD|TM|DVNN|DVTH|DVTM|SXKD|NLN|CN|TTCN)\s+(?:\p{Ll}+\s+){0,5})?`;
/**
 * The same kinds written in lower case before the name ("HTX chè Shan tuyết Lũng Phìn", "HTX dịch vụ nông
 * nghiệp Tân Tiến"): a kind word, then up to four more lower-case words that are not a preposition or a place
 * word ("HTX nông nghiệp ở Tân Tiến", "HTX nông nghiệp huyện Bảo Lâm" speak of a place's cooperatives).
 */
// (its words may be listed with a comma: "hợp tác xã chăn nuôi gia súc, gia cầm Quý Hiền")
const GENERIC_LOWER = String.raw`(?:(?:nông|lâm|ngư|dịch|thương|sản|chăn|trồng|môi|vận|thủy|thuỷ|tổng|du|công|tiểu|xây|điện|nước|tín|kinh|chế|rau|chè|lúa|muối|nuôi|trà|cà|dược|mây|gốm|rượu|mật|nấm|gạo|bưởi|cam|hồ|sâm|quế|hồi|dừa|tôm|cá|thổ|dệt|mộc|may|khởi|thanh|phụ|sinh|an|hữu|organic|xanh|sạch|liên)\s+(?:(?!(?:ở|tại|của|trong|thuộc|trên|dưới|huyện|xã|tỉnh|phường|thị|thành|quận|và|với|có|đã|được|là|đang|hiện|còn|các|những|kiểu|mới|đạt|tham|hoạt)\s)\p{Ll}+,?\s+){0,6})?`;

/** extractors/subject.ts: whether a cooperative word is followed by one cooperative's proper name. */
export const SUBJECT_TEXT_CUES = {
  properName: {
    id: 'cue.subject.proper_name',
    // (… also after the commune or village it is named by: "HTX nuôi ong xã Khe Mát")
    pattern: String.raw`^\s+(?:${GENERIC}|${GENERIC_LOWER})(?:(?:xã|thôn|ấp|bản|phường)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*(?=[\s,.(]|$)`,
    flags: 'u',
    value: null,
    note: 'right after a cooperative word: a proper name, after the kind words it may carry ("HTX| Nông nghiệp Phú Mỹ", "hợp tác xã| rau sạch Đồng Lạc")',
    examples: {
      match: [' Nông nghiệp Phú Mỹ có 40 thành viên', ' rau sạch Đồng Lạc', ' nuôi ong thôn Khe Mát', ' DV Hòa Xuân'],
      reject: [' nông nghiệp huyện Tân Yên', ' nông nghiệp ở xã Hòa An', ' trên địa bàn tỉnh'],
    },
  },
  oneWordName: {
    id: 'cue.subject.one_word_name',
    pattern: String.raw`^\s+\p{Lu}\p{Ll}+$`,
    flags: 'u',
    value: null,
    note: 'a proper name of one capitalised word only: most often the kind itself ("Hợp tác xã| Nông" before "nghiệp"), which names no one',
    examples: { match: [' Nông', ' Thủy'], reject: [' Phú Mỹ', ' Nông nghiệp Phú Mỹ', ' nông'] },
  },
  oneWordThenVerb: {
    id: 'cue.subject.one_word_then_verb',
    pattern: String.raw`^\s+\p{Lu}\p{Ll}+\s+(có|đã|hiện|đạt|với|là)\b`,
    flags: 'u',
    value: null,
    note: 'one capitalised word and then a verb: a name after all ("HTX| Thắng hiện có 20 thành viên")',
    examples: {
      match: [' Thắng hiện có 20 thành viên', ' Phong với 35 thành viên', ' Bình đạt doanh thu'],
      reject: [' Nông nghiệp Phú Mỹ', ' nông nghiệp hiện có'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** Every text cue, for the examples test. */
export const TEXT_CUES: readonly TextRule<null>[] = [DOCMETA_CUES, DOCYEAR_TEXT_CUES, SCOPE_TEXT_CUES, SUBJECT_TEXT_CUES].flatMap((o) => Object.values(o));
