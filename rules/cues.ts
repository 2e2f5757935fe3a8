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
    pattern: String.raw`,(?! ?(lâm|ngư|diêm|thủy sản)\b)|[;.:()\d]|\b(trong |vào )?năm \d|\b(với|và(?! (thủy sản|ngư nghiệp|lâm nghiệp|diêm nghiệp|phi nông nghiệp|vận tải|xây dựng|thương mại|dịch vụ|vệ sinh môi trường|môi trường)\b)|cùng|gồm|trong đó|thu hút|tạo|giải quyết|đạt|chiếm|tăng|giảm|nâng|là|của|so với|bằng|(tham gia )?(nộp|đóng góp))\b`,
    value: null,
    note: "where a figure's noun phrase ends, read from its unit on: a comma, a number, or a word that starts something new (\"… 31 HTX có nộp ngân sách …\": what they paid is a figure's own measure, not the count's noun)",
    examples: {
      match: [' nông nghiệp, thu hút 300 lao động', ' hoạt động trong lĩnh vực dịch vụ với 1.200 thành viên', ' thủy sản năm 2024', ' có nộp ngân sách'],
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
    pattern: String.raw`^\s*(,\s*)?((đang )?hoạt động\s+)?(trên|trong|thuộc|ở)\s+(các|nhiều|\d+)\s+(lĩnh vực|ngành|ngành nghề)\b(\s*(chính|khác nhau)?\s*:)?`,
    value: null,
    note: "the noun's tail names several fields: the list that follows is all the noun's",
    examples: {
      match: [
        ' trên các lĩnh vực trồng trọt và chăn nuôi',
        ' đang hoạt động trong nhiều ngành nghề',
        ', thuộc các ngành dịch vụ',
        ' hoạt động trong 6 lĩnh vực chính: ',
      ],
      reject: [' hoạt động trong lĩnh vực nông nghiệp', ' nông nghiệp ở các xã vùng cao'],
    },
  },
  fieldsEnd: {
    id: 'cue.context.fields_end',
    pattern: String.raw`[;.:()]|(,\s*)?\b(và )?(đạt|với|thu hút|tạo|giải quyết|chiếm|tăng|giảm|nâng|là|so với)\b`,
    value: null,
    note: "where such a list of fields ends: the end of the clause, or a verb of the sentence (with the comma before it, which is the next phrase's)",
    examples: {
      match: [' trồng trọt và chăn nuôi, thu hút 900 lao động', ' vận tải; doanh thu bình quân', ' dịch vụ và đạt doanh thu'],
      reject: [' nông nghiệp, thương mại, dịch vụ và vận tải'],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/docyear.ts: the year a document speaks from. */
export const DOCYEAR_CUES = {
  eventDate: {
    id: 'cue.docyear.event_date',
    pattern: String.raw`\b(sáng|chiều|tối|trưa) (ngày )?(?<d>\d{1,2}) ?[/.-] ?(?<m>\d{1,2})( ?[/.-] ?(?<y>(19|20)\d{2}))?\b`,
    value: null,
    note: 'the day an event was held, as a report\'s opening tells it ("Sáng 22/1/2019, Liên minh HTX tỉnh tổ chức hội nghị …")',
    examples: {
      match: ['LSO-Sáng 22/1/2019, Liên minh hợp tác xã', 'Chiều 15/3, UBND tỉnh'],
      reject: ['Thứ hai, 19/08/2019', 'ngày 22/1/2019 UBND tỉnh ban hành'],
    },
  },
  yearSoFar: {
    id: 'cue.docyear.year_so_far',
    pattern: String.raw`\b(từ đầu năm( đến nay| tới nay)?|trong năm qua|năm qua|cả năm)\b|\b(đạt|vượt)( và vượt)?( khoảng| hơn| trên)? \d+([.,]\d+)? ?%( so với)?( chỉ tiêu)? kế hoạch\b(?! (năm |kh )?\d)`,
    value: null,
    note: 'a sentence that reports the year so far ("Từ đầu năm đến nay, thành phố thành lập mới 15 HTX"), or measures a result against the year\'s plan ("thành lập mới 22 HTX, đạt 100% kế hoạch"), not a stock',
    examples: {
      match: [
        'Từ đầu năm đến nay, thành phố thành lập mới 15 HTX',
        'Năm qua, toàn tỉnh có thêm 20 HTX',
        'thành lập mới 22 HTX, giải thể 9 HTX đạt 100% kế hoạch',
      ],
      reject: ['Đến nay, toàn tỉnh có 713 HTX', 'hiện thành phố có 155 HTX', 'thành lập mới 30 HTX, đạt 102% kế hoạch năm 2023'],
    },
  },
  yearOpening: {
    id: 'cue.docyear.year_opening',
    pattern: String.raw`^\W*((theo|thông tin từ) [^.;,]{0,100}?,\s*|[^.;,]{0,100}? cho biết,?\s*)?(dự kiến,?\s*|trong\s+)?năm (?<y>(?:19|20)\d{2})\b(?! ?[-–])`,
    value: null,
    note: 'a sentence that opens on a year, after whoever says it: "Năm 2022, thành phố tiếp tục …", "Dự kiến, năm 2022 thành lập mới 20 HTX", "Theo Sở Nông nghiệp cho biết, năm 2022, …"',
    examples: {
      match: [
        'Năm 2022, thành phố tiếp tục',
        'Dự kiến, năm 2022 thành lập mới 20 HTX',
        'Theo UBND tỉnh cho biết, năm 2021, tỉnh phấn đấu thành lập mới 40 HTX',
      ],
      reject: ['Từ đầu năm đến nay, thành phố', 'Năm 2021 - 2025 là giai đoạn', 'Theo UBND tỉnh, trong giai đoạn tới, năm 2021 là năm bản lề'],
    },
  },
  countOfBodies: {
    id: 'cue.docyear.count_of_bodies',
    pattern: String.raw`\d (htx|hợp tác xã|tổ hợp tác|tht)\b`,
    value: null,
    note: 'a count of cooperatives told before a sentence that opens on a year ("Toàn tỉnh có 85 HTX … Năm 2023, tỉnh có 30 HTX nộp ngân sách"): that year singles out a part, it does not date the page',
    examples: { match: ['Toàn tỉnh có 85 HTX đang hoạt động', 'có 12 tổ hợp tác'], reject: ['Năm 2023, tỉnh có', 'Luật Hợp tác xã năm 2012'] },
  },
  comparedWithYear: {
    id: 'cue.docyear.compared_with_year',
    pattern: String.raw`\bso với (cả )?năm (?<y>(?:19|20)\d{2})\b`,
    value: null,
    flags: 'g',
    note: 'a page that compares with a whole year ("tăng 300 triệu đồng so với năm 2016") writes after it: a "so với đầu năm 2016" on the same page is a baseline years back, not this year\'s start',
    examples: { match: ['tăng 300 triệu đồng so với năm 2016', 'gấp đôi so với cả năm 2019'], reject: ['so với đầu năm 2016', 'so với cùng kỳ năm 2022'] },
  },
  nowAfter: {
    id: 'cue.docyear.now_after',
    pattern: String.raw`^\W*((cho )?đến nay|tới nay)\b`,
    value: null,
    note: 'the sentence after an opening that names a year opens on the span up to now ("Năm 2012, toàn huyện có 3 HTX. Đến nay, số HTX là 11"): the opening\'s year is a baseline, not the time the page reports',
    examples: {
      match: ['Đến nay, số HTX là 11 đơn vị', ' Tới nay toàn huyện có'],
      reject: ['Trong đó, thành lập mới', 'Năm 2024, toàn tỉnh có', 'Hiện nay toàn huyện có'],
    },
  },
  goesOn: {
    id: 'cue.docyear.goes_on',
    pattern: String.raw`\btiếp tục (thực hiện|triển khai|đẩy mạnh|tăng cường|phát huy|quan tâm|chỉ đạo|hỗ trợ|củng cố|nâng cao|rà soát|tuyên truyền|vận động|xây dựng|hoàn thiện|đổi mới|phát triển)\b`,
    value: null,
    note: 'a sentence says what is still to be done: it sets goals, and does not date the time the document reports',
    examples: {
      match: ['Năm 2025, huyện tiếp tục đẩy mạnh tuyên truyền về Luật Hợp tác xã', 'các ngành tiếp tục hỗ trợ thành lập mới HTX'],
      reject: ['Kinh tế tập thể tiếp tục có bước phát triển', 'Năm 2023, huyện thành lập mới 9 HTX'],
    },
  },
  attributed: {
    id: 'cue.docyear.attributed',
    pattern: String.raw`\bcho biết\s*,|^\W*theo\b(?! đó\b)`,
    value: null,
    note: 'an opening told as what a body said reports the state of things: its own "đến năm …" is an as-of date, not a deadline',
    examples: {
      match: ['Liên minh HTX tỉnh cho biết, đến năm 2024 toàn tỉnh có', 'Theo Sở Nông nghiệp, đến năm 2023'],
      reject: ['Đến năm 2025, toàn tỉnh phấn đấu có', 'thực hiện theo kế hoạch', 'Theo đó, đến năm 2025, tỉnh thành lập mới'],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/figures.ts: a figure's unit and what a count's noun may be. */
export const FIGURE_CUES = {
  englishThousands: {
    id: 'cue.figure.english_thousands',
    pattern: String.raw`^\d{1,3},\d{3}$`,
    value: null,
    note: 'a number read for a count: one comma before exactly three digits is an English thousands separator ("13,225 thành viên"), a count has no fraction',
    examples: { match: ['14,380'], reject: ['13,2', '1.225', '13,2255'] },
  },
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

/** extractors/metric.ts: which metric a figure measures, where a metric rule alone does not say. */
export const METRIC_CUES = {
  averagePerBody: {
    id: 'cue.metric.average_per_body',
    pattern: String.raw`(bình quân|trung bình) (mỗi|một|1|01) (hợp tác xã|htx|tổ hợp tác|tht|quỹ)`,
    value: null,
    note: 'before the figure in its clause: an amount of each body ("bình quân một HTX đạt …"), as a per-cooperative unit would say',
    examples: {
      match: ['Doanh thu bình quân một HTX đạt ', 'lợi nhuận trung bình 01 quỹ TDND là '],
      reject: ['Doanh thu bình quân đạt ', 'bình quân mỗi thành viên '],
    },
  },
  nextItemVerb: {
    id: 'cue.metric.next_item_verb',
    pattern: String.raw`^[^;]*\b(và|,)\s*$`,
    value: null,
    note: 'between a figure\'s noun and a verb after it: "và" or a comma, so the verb opens the next item ("23 HTX| và |giải thể 10 HTX")',
    examples: { match: [' mới và ', ' nông nghiệp, '], reject: ['; và ', ' được ', ', '] },
  },
  countOfShare: {
    id: 'cue.metric.count_of_share',
    pattern: String.raw`^[^,;.\d]{0,30}?\bvới\s*(hơn|trên|khoảng|gần)?\s*$`,
    value: null,
    note: 'between a share and the number of people it comes to ("chiếm 41% trong tổng số| với hơn |5.900 người"): the same measure, counted',
    examples: { match: [' trong tổng số với hơn ', ' với '], reject: [', thu hút ', ' và '] },
  },
  nothingButGlue: {
    id: 'cue.metric.nothing_but_glue',
    pattern: String.raw`^\s*(mới|thêm|được|là|:|khoảng|trên|hơn|gần|từ|ít nhất|tối thiểu)?\s*(khoảng|trên|hơn|gần)?\s*$`,
    value: null,
    note: 'between such a verb and the next figure: nothing but glue ("giải thể| thêm khoảng |8 HTX"), so the verb is that figure\'s',
    examples: { match: [' mới ', ' thêm khoảng ', ' '], reject: [' HTX nông nghiệp và ', ' và '] },
  },
  ownedByCoops: {
    id: 'cue.metric.owned_by_coops',
    pattern: String.raw`^\s*(sản phẩm\s*)?(là )?(của|do) (các )?(hợp tác xã|htx)\b|\b(của|do) (các )?(hợp tác xã|htx)( làm chủ thể| là chủ thể)? (là|có|đạt|chiếm)\s*$`,
    value: null,
    note: 'a part of the OCOP products counted before it, named as the cooperatives\' ("trong đó 30 sản phẩm là của các HTX", "trong đó sản phẩm của HTX là 95/120 sản phẩm")',
    examples: {
      match: [' sản phẩm là của các HTX', 'trong đó sản phẩm của HTX là ', ' do HTX làm chủ thể'],
      reject: [' sản phẩm của hộ gia đình', ' sản phẩm đạt 3 sao'],
    },
  },
  levelAfterChange: {
    id: 'cue.metric.level_after_change',
    pattern: String.raw`^\s*(so với (cùng kỳ )?(năm )?((19|20)\d{2}|trước|ngoái|trước đó)\s*)?,\s*(và )?(đạt|lên|là|lên mức|đạt mức|ở mức)( mức)?( khoảng| từ)?\s*$`,
    value: null,
    note: 'between a change and the level it reached ("tăng 0,1% so với năm 2022|, đạt mức |5,2%"): the level is of the measure the change was of',
    examples: { match: [' so với năm 2013, đạt mức từ ', ' so với năm trước, lên ', ', đạt '], reject: [', trong đó ', ' so với năm 2013 ', ', chiếm '] },
  },
  listGlue: {
    id: 'cue.metric.list_glue',
    pattern: String.raw`^[\s,;:\-–]*(và|cùng kỳ|cùng kì|cùng|với|còn)?[\s,:\-–]*(lĩnh vực|ngành|khu vực)?[\s,:\-–]*(xây dựng)?[\s,:\-–]*((ước |dự kiến |phấn đấu )?(đạt|là)|khoảng|tương ứng)?[\s,:]*(từ)?\s*$`,
    value: null,
    note: 'all before a figure (scope words blanked) that only joins it to a list sharing the previous item\'s measure ("674 tổ hợp tác|, |371 HTX")',
    examples: { match: [', ', ' và ', '; lĩnh vực xây dựng đạt ', ', cùng kỳ là '], reject: [' HTX thành lập mới ', ', trong đó ', ' tăng '] },
  },
  shareItemGlue: {
    id: 'cue.metric.share_item_glue',
    pattern: String.raw`^[\s,;]*chiếm\s*$`,
    value: null,
    note: 'all before a share (scope words blanked) that only repeats the share before it for another time: "tỷ lệ HTX khá, giỏi năm 2019 chiếm 31%|, năm 2022 chiếm |47%"',
    examples: { match: [', chiếm ', '; chiếm '], reject: [', HTX nông nghiệp chiếm ', ' và '] },
  },
  shareOfPrevious: {
    id: 'cue.metric.share_of_previous',
    pattern: String.raw`^[\s,;(]*(chiếm|bằng|đạt)( tỷ lệ| khoảng| gần| trên)?\s*$`,
    value: null,
    note: 'before a percent: the share of the group just counted ("52 HTX|, chiếm |40%")',
    examples: { match: [', chiếm ', ' (chiếm tỷ lệ ', ', đạt '], reject: [', tăng ', ' chiếm 30% và '] },
  },
  communesWithCoop: {
    id: 'cue.metric.communes_with_coop',
    pattern: String.raw`\bcó (hợp tác xã|htx)\b`,
    value: null,
    note: 'after a count of communes: those that have a cooperative, so the percent after it is the coverage',
    examples: { match: [' xã, phường có HTX, đạt ', ' xã có hợp tác xã'], reject: [' xã có tổ hợp tác', ' xã, thị trấn đạt '] },
  },
  ownPredicate: {
    id: 'cue.metric.own_predicate',
    // ("1.020 tổ hợp tác sản xuất nông nghiệp": "sản xuất" before a field names the kind, no predicate)
    pattern: String.raw`^[^,;]{0,25}?\b(ứng dụng|tham gia|được|đã|sản xuất(?! (nông|lâm|ngư|kinh doanh|tiểu thủ|thủ công|công nghiệp|rau|lúa|chè|muối|cây|trái cây|hoa|nấm|dừa|mía|cà phê|hồ tiêu|giống|thanh long|xoài|bưởi))|chế biến|xuất khẩu|áp dụng|sử dụng|triển khai)\b`,
    value: null,
    note: 'right after a figure\'s unit: a predicate of its own ("… 130 HTX| ứng dụng công nghệ cao"), so it is no plain item of a list',
    examples: {
      match: [' tham gia liên kết chuỗi', ' ứng dụng công nghệ số', ' sản xuất theo hướng hữu cơ'],
      reject: [' sản xuất nông nghiệp', ' nông nghiệp, tham gia', ' thủy sản', ' sản xuất cây ăn trái'],
    },
  },
  coverageQualifier: {
    id: 'cue.metric.coverage_qualifier',
    pattern: String.raw`^[\s,]*((xã|phường|thị trấn)[\s,]*)*((có|với)\s*)?(ít nhất|tối thiểu|từ)?\s*$`,
    value: null,
    note: 'after a share of communes: the count only says how many each has ("100% xã, phường có ít nhất |1 HTX")',
    examples: { match: [' xã, phường có ít nhất ', ' có ', ' xã, thị trấn với tối thiểu '], reject: [' xã có trên ', ' HTX ', ' và '] },
  },
  fromTo: {
    id: 'cue.metric.from_to',
    pattern: String.raw`^[\s,]*(xuống|lên|tới|đến)( còn| mức| chỉ còn)?\s*$`,
    value: null,
    note: 'before the end of a change ("giảm từ 40 HTX| xuống còn |25 HTX"): it measures what the start measured',
    examples: { match: [' xuống còn ', ', lên mức ', ' đến '], reject: [' và ', ' lên khoảng ', ', tăng '] },
  },
  planInBracket: {
    id: 'cue.metric.plan_in_bracket',
    pattern: String.raw`\(\s*(kh|kế hoạch|chỉ tiêu)( năm)?( (19|20)\d{2})?\s*:?\s*$`,
    value: null,
    note: 'right before a figure: the plan\'s value in brackets after a result ("đạt 60% KH (KH 2024: |25 HTX)"), which measures what the result did',
    examples: { match: ['đạt 60% KH (KH 2024: ', ' (kế hoạch năm 2025: ', ' (chỉ tiêu '], reject: [' (tăng ', ' kế hoạch 2025: '] },
  },
  wholePeriod: {
    id: 'cue.metric.whole_period',
    pattern: String.raw`\b(cả|trong|lũy kế cả|tính chung cả)\s+(năm|giai đoạn|nhiệm kỳ)\b[^,;.\d]{0,12}(\d{4}\s*)?(sẽ\s+)?(đạt|lên|là|có)( tổng số| tổng cộng)?(\s+(khoảng|trên|gần|hơn|ít nhất|tối thiểu))?\s*$`,
    value: null,
    note: 'between a count of new cooperatives and a later count: the later one is the whole period\'s total of new ones ("…, để cả năm 2025 đạt |30 HTX")',
    examples: {
      match: [' HTX mới để cả năm 2025 đạt ', ', nâng số HTX thành lập mới trong năm lên ', ' HTX, cả giai đoạn có tổng số '],
      reject: [' HTX trong năm 2024 với ', ' HTX, cả năm 2024, đạt ', ' HTX và '],
    },
  },
  sectorItem: {
    id: 'cue.metric.sector_item',
    pattern: String.raw`^[\s,;:\-–+]*((chia|phân) theo (lĩnh vực|ngành)( nghề| hoạt động)?[\s,:\-–]*)?((trong |thuộc )?(các )?(lĩnh vực|ngành|khối|nhóm)\s*)?((hiện )?có|gồm|là)?[\s:\-–]*$`,
    value: null,
    note: 'all before a count (scope words blanked, the sector\'s name among them) in a breakdown by sector ("Chia theo lĩnh vực: [nông nghiệp] |190 HTX")',
    examples: { match: ['Chia theo lĩnh vực:   ', ' lĩnh vực   có ', '; ', ' - '], reject: [' thành lập mới ', ' tổng số ', ' giải thể '] },
  },
  partOpener: {
    id: 'cue.metric.part_opener',
    pattern: String.raw`^\s*([,;.]\s*)?(trong đó|trong số đó|trong số này|gồm|bao gồm|\()\s*(ít nhất|tối thiểu|khoảng|trên|hơn|gần)?\s*(có|là)?\s*$`,
    value: null,
    note: 'right after a group of new or dissolved cooperatives: what follows is a part of it ("12 HTX|, trong đó có |9 HTX nông nghiệp")',
    examples: { match: [', trong đó có ', ' (', ' gồm khoảng ', '; trong số này là '], reject: [', tăng ', ', trong đó có 5 HTX nông nghiệp và ', ' với '] },
  },
  partOpenerAfter: {
    id: 'cue.metric.part_opener_after',
    pattern: String.raw`[,(]\s*(trong đó|trong số đó|trong số này|gồm|bao gồm)\s*(ít nhất|tối thiểu|khoảng|trên|hơn|gần)?\s*(có|là)?\s*$`,
    value: null,
    note: 'the same opener after what the group brought ("15 HTX mới với 120 thành viên|, trong đó |14 HTX …")',
    examples: { match: [' với 120 thành viên, trong đó ', ' HTX mới (gồm '], reject: [' HTX trong đó ', ', trong đó 4 HTX nông nghiệp, '] },
  },
  amongBefore: {
    id: 'cue.metric.among_before',
    pattern: String.raw`\btrong (số|tổng số)\s*$`,
    value: null,
    note: 'right before a count: the group is opened before it ("Trong số |30 HTX thành lập mới, có …")',
    examples: { match: ['Trong số ', 'trong tổng số '], reject: ['Trong năm ', 'số '] },
  },
  partOpenerLabel: {
    id: 'cue.metric.part_opener_label',
    pattern: String.raw`[,(]\s*(trong đó|trong số đó|gồm|bao gồm)\s*[,:]?\s*(lĩnh vực|ngành|khu vực|nhóm)\s+[^\d;.()]{1,40}?\s*(là|có|đạt|:)\s*$`,
    value: null,
    note: 'a part opener, then the part\'s field as its label (", trong đó, lĩnh vực nông nghiệp là |…")',
    examples: {
      match: [' HTX, trong đó, lĩnh vực nông nghiệp là ', ' HTX (gồm: nhóm vận tải có '],
      reject: [' HTX, trong đó nông nghiệp là ', ' HTX, lĩnh vực nông nghiệp là '],
    },
  },
  nextLabelledPart: {
    id: 'cue.metric.next_labelled_part',
    pattern: String.raw`^\s*(\([^()]*\))?\s*,\s*(và\s+)?[^\d;.()]{1,40}?\s+(là|có|:)\s*$`,
    value: null,
    note: 'after one part of a group: the next part, named by its field ("(chiếm 70%)|, phi nông nghiệp là |…")',
    examples: { match: [' (chiếm 70%), phi nông nghiệp là ', ', và vận tải có ', ', thương mại :'], reject: [' và thương mại là ', ', thương mại đạt '] },
  },
  partAfterAmong: {
    id: 'cue.metric.part_after_among',
    pattern: String.raw`^\s*,?\s*(thì\s*)?(có|là)?\s*$`,
    value: null,
    note: 'after a group opened by "trong số": all that may stand before its part ("…, có |24 HTX")',
    examples: { match: [', có ', ' ', ', thì có '], reject: [', tăng ', ' HTX '] },
  },
  eventAfter: {
    id: 'cue.metric.event_after',
    pattern: String.raw`^\s*((mới |vừa |đã |đã được |được )?(thành lập|đăng ký(?! (hoạt động|kinh doanh|lại)\b)|ra đời|hình thành)( mới)?(?! (doanh nghiệp|công ty|chi nhánh|cửa hàng|tổ|nhóm|chuỗi|văn phòng|trung tâm|quỹ))|(?<gone>(bị )?giải thể))\b`,
    value: null,
    note: 'right after the last item of a list of bodies: a verb that is every item\'s ("… và 50 tổ hợp tác| thành lập mới"); the group `gone` marks dissolution',
    examples: {
      match: [' thành lập mới trong năm', ' bị giải thể', ' vừa ra đời', ' đăng ký mới'],
      reject: [' thành lập doanh nghiệp', ' tham gia OCOP', ' và ', ' đăng ký hoạt động trên các lĩnh vực'],
    },
  },
  sizeClass: {
    id: 'cue.metric.size_class',
    pattern: String.raw`^\s*(hiện )?có (quy mô )?(từ |dưới |trên )?\s*$`,
    value: null,
    note: 'all between a count of bodies and the people the class is sized by ("8.000 HTX| có dưới |10 lao động", "500 HTX| có từ |10-49 lao động"): a bound of the class, no count of people (where the figure is a bound or a span)',
    examples: { match: [' có dưới ', ' có từ ', ' có quy mô trên '], reject: [' thu hút ', ' với ', ', trong đó có '] },
  },
  shareOfBodies: {
    id: 'cue.metric.share_of_bodies',
    pattern: String.raw`^\s*(số |các )?(hợp tác xã|htx|tổ hợp tác|tht)\s*$`,
    value: null,
    note: 'all between a share and the grade after it, in a list of two kinds of bodies ("140 HTX và trên 50%| tổ hợp tác |hoạt động có hiệu quả")',
    examples: { match: [' tổ hợp tác ', ' số HTX '], reject: [' tổ hợp tác đã tham gia OCOP và ', ' thành viên '] },
  },
  siblingMeasure: {
    id: 'cue.metric.sibling_measure',
    pattern: String.raw`^[\s,]*(và )?((?<profit>lãi|lợi nhuận)|(?<revenue>doanh thu))( (đạt|là|có))?\s*$`,
    value: null,
    note: 'a money figure named only by its measure, right after an average of another measure ("doanh thu bình quân của một HTX khoảng 500 triệu đồng|, lãi |70 triệu đồng"): an average too',
    examples: { match: [', lãi ', ', lợi nhuận đạt ', ' và doanh thu '], reject: [', tổng lợi nhuận ', ' thu nhập '] },
  },
  peopleOfCounted: {
    id: 'cue.metric.people_of_counted',
    pattern: String.raw`\b(tổng )?số (lượng )?((?<members>thành viên)|(người )?(?<workers>lao động))( làm việc)?( thường xuyên)? (của|trong|tại) (các |những )?$`,
    value: null,
    note: 'the measure named before a count of bodies nested in it ("Tổng số thành viên của |20 HTX| này là |2.805 người"): the people after it are that measure',
    examples: { match: ['Tổng số thành viên của ', 'số lao động thường xuyên trong các '], reject: ['Tổng số HTX của ', 'thành viên của '] },
  },
  nestedIs: {
    id: 'cue.metric.nested_is',
    pattern: String.raw`^\s*(này|đó|nói trên|trên)?\s*(là|đạt|có)\s*$`,
    value: null,
    note: 'all between a nested count of bodies and the figure its measure names ("20 HTX| này là |2.805 người")',
    examples: { match: [' này là ', ' là ', ' đạt '], reject: [' với ', ', thu hút '] },
  },
  averageWord: {
    id: 'cue.metric.average_word',
    pattern: String.raw`\b(bình quân|trung bình)\b`,
    value: null,
    note: 'before a money figure: an average, of the measure its clause named before it',
    examples: { match: [', bình quân đạt ', 'Trung bình '], reject: [' doanh thu đạt ', ' bình thường '] },
  },
  measureBefore: {
    id: 'cue.metric.measure_before',
    pattern: String.raw`\b(?<revenue>doanh thu)|\b(?<profit>lợi nhuận|lãi(?! suất))|\b(?<income>thu nhập)`,
    flags: 'g',
    value: null,
    note: "the measures a clause names before an average; the last one found (group revenue, profit or income) is the average's",
    examples: {
      match: ['Tổng doanh thu của các HTX đạt ', 'lợi nhuận sau thuế ', 'thu nhập của người lao động '],
      reject: ['lãi suất cho vay ', 'tổng vốn điều lệ '],
    },
  },
  attachedToNew: {
    id: 'cue.metric.attached_to_new',
    pattern: String.raw`^([^;.,\d]{0,30}\s)?((với|gồm|thu hút)\b|,\s*(thu hút|tạo (ra )?(công ăn )?việc làm (thường xuyên )?cho)\b)[^;.]*$|^\s*(hợp tác xã |htx )?(được )?(thành lập|đăng ký|ra đời)( mới)?,\s*(với|gồm)\b[^;.,]*$`,
    value: null,
    note: 'between new cooperatives and people or capital (asides blanked): those are the new ones\' only ("12 HTX đăng ký mới| với |90 thành viên", "thành lập mới 25 HTX|, thu hút |300 thành viên", "01 HTX| thành lập mới, với tổng vốn đăng ký |10 tỷ đồng")',
    examples: {
      match: [' đăng ký mới với ', ' với tổng vốn điều lệ ', ' gồm ', ', thu hút ', ', tạo việc làm cho ', ' thành lập mới, với tổng vốn đăng ký '],
      reject: [' HTX; thu hút ', ' HTX, doanh thu ', ', với ', ' HTX. Toàn tỉnh thu hút '],
    },
  },
  parallelField: {
    id: 'cue.metric.parallel_field',
    pattern: String.raw`^\s*[,;]\s*(còn )?(trong |ở |đối với |với )?(lĩnh vực|ngành|khu vực|nhóm)\s[^\d,;.:()]{2,40}?\s(đạt|là|chiếm)( khoảng| trên| hơn| gần| từ| tối thiểu| ít nhất)?\s*$`,
    value: null,
    note: 'between a share of one field and the next ("… hoạt động hiệu quả trong lĩnh vực nông nghiệp đạt 65%|, trong lĩnh vực phi nông nghiệp đạt |75%"): the same measure, for another field',
    examples: { match: [', trong lĩnh vực phi nông nghiệp đạt ', '; ngành thương mại dịch vụ là '], reject: [', thu nhập bình quân đạt ', ', trong đó '] },
  },
  progressAside: {
    id: 'cue.metric.progress_aside',
    pattern: String.raw`,\s*(tăng|giảm|đạt|bằng|vượt)\b[^,;.]{0,80}?\b(so với|kế hoạch|cùng kỳ|mục tiêu)\b[^,;]*?(?=\s(với|thu hút|gồm)\b|[,;]|$)|\[\d{1,2}\]`,
    flags: 'g',
    value: null,
    note: 'an aside that compares the figure before it with a plan or a year ("…, tăng 12% so với năm trước, đạt 100% so với mục tiêu kế hoạch đề ra[3]"), or a footnote mark: blanked from the glue between new cooperatives and the people after them',
    examples: { match: [', giảm 15% so với năm 2022', ', đạt 95% so với mục tiêu kế hoạch đề ra', '[2]'], reject: [' với khoảng ', ', thu hút '] },
  },
  surveySample: {
    id: 'cue.metric.survey_sample',
    pattern: String.raw`\b(điều tra|khảo sát|phỏng vấn|lấy mẫu|chọn mẫu)\b[^;.:]{0,80}$`,
    value: null,
    note: 'from the sentence\'s start to a figure: bodies or people a study surveyed ("Báo cáo điều tra 35 HTX và 105 thành viên …") are a sample, not all there are',
    examples: {
      match: ['Bài báo này khảo sát 28 hợp tác xã (HTX) và ', 'Nhóm nghiên cứu đã khảo sát '],
      reject: ['Qua rà soát, toàn tỉnh còn ', 'Kết quả điều tra cho thấy. Toàn tỉnh có '],
    },
  },
  bodiesWithProducts: {
    id: 'cue.metric.bodies_with_products',
    pattern: String.raw`^[^\d;.]{0,20}?,?\s*(với|có|sở hữu|gồm)\s*(tổng số |tổng cộng )?$`,
    value: null,
    note: 'between a number of bodies and the number of products they own ("đã có 11 HTX|, với |12 sản phẩm được công nhận OCOP"): the bodies are the owners, a part picked out, not all there are',
    examples: { match: [' HTX, với ', ' hợp tác xã có ', ' HTX sở hữu tổng số '], reject: [' HTX; ', ' HTX và ', ' HTX. Năm 2023, có '] },
  },
  ownersOfProducts: {
    id: 'cue.metric.owners_of_products',
    pattern: String.raw`^[^,;.\d]{0,25}?\b(của|do|thuộc)\s*$`,
    value: null,
    note: 'between a number of products and the number of bodies that own them ("66 sản phẩm| của |57 HTX được công nhận OCOP"): what is said after the owners grades the products',
    examples: { match: [' sản phẩm của ', ' sản phẩm chủ lực do '], reject: [' sản phẩm, ', ' sản phẩm; toàn tỉnh có ', ' sản phẩm và '] },
  },
  newOnesSubject: {
    id: 'cue.metric.new_ones_subject',
    pattern: String.raw`^\s*(các|những|số) (hợp tác xã|htx|tổ hợp tác|tht)( mới| được| vừa)* (thành lập|đăng ký)( mới)?\b[^;]*$`,
    value: null,
    note: 'a sentence whose subject is the new cooperatives (from its start to the figure): the people and capital it counts are theirs only ("Các HTX thành lập mới đã thu hút 1.200 thành viên, vốn góp 40 tỷ đồng")',
    examples: {
      match: ['Các HTX thành lập mới trong năm đã tạo việc làm cho hơn ', 'Những hợp tác xã mới được thành lập thu hút 300 thành viên, vốn góp '],
      reject: ['Toàn tỉnh có 12 HTX thành lập mới, thu hút ', 'Các HTX thu hút ', 'Các HTX thành lập mới; toàn tỉnh có '],
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

const BODY = String.raw`(hợp tác xã|htx|tổ hợp tác|tht|liên hiệp (hợp tác xã|htx)|lhhtx|quỹ tín dụng nhân dân)`;
/** "hoạt động trong lĩnh vực nông nghiệp", "hoạt động sản xuất, kinh doanh trong lĩnh vực …": a sector, not a state. */
const IN_FIELD = String.raw`(sản xuất,? ?kinh doanh )?(trong |ở |tại |thuộc )?(các )?(lĩnh vực|ngành|địa bàn)`;
const ACTIVE_WORDS = String.raw`((đang|còn|vẫn) (đăng ký và )?hoạt động|hoạt động ổn định)(?! ${IN_FIELD}| (có |đạt )?hiệu quả| yếu| kém)`;

/** extractors/part.ts: whether a record gives a whole or a part of it. */
export const PART_CUES = {
  activeAfter: {
    id: 'cue.part.active_after',
    pattern: String.raw`^( ?${BODY})?( nông nghiệp| phi nông nghiệp)? ${ACTIVE_WORDS}`,
    value: null,
    note: 'right after the figure and its noun: the count is of those operating ("49 HTX| đang hoạt động")',
    examples: {
      match: [' đang hoạt động', ' nông nghiệp hoạt động ổn định', ' HTX vẫn đăng ký và hoạt động'],
      reject: [' đang hoạt động trong lĩnh vực vận tải', ' đang hoạt động hiệu quả', ' hoạt động'],
    },
  },
  activeBefore: {
    id: 'cue.part.active_before',
    pattern: String.raw`\b(tổng )?số( lượng)? ${BODY}( nông nghiệp| phi nông nghiệp)? ${ACTIVE_WORDS}[^\d;.]{0,16}$`,
    value: null,
    note: 'right before the figure: the count is of those operating ("Số HTX đang hoạt động là |389 HTX")',
    examples: {
      match: ['Số HTX đang hoạt động là ', 'tổng số hợp tác xã còn hoạt động: '],
      reject: ['Số HTX đang hoạt động trong lĩnh vực nông nghiệp là ', 'Toàn tỉnh có '],
    },
  },
  partCue: {
    id: 'cue.part.part_cue',
    pattern: String.raw`\b(trong (số )?(đó|này)|riêng|chia ra)\b`,
    value: null,
    note: 'between a whole and a later figure of the same kind: the later one is a part of it',
    examples: { match: [' thành viên, trong đó ', ' HTX; riêng ', ' HTX (chia ra: '], reject: [' HTX và ', ' HTX, tăng 5% so với năm trước, '] },
  },
  opensWithPartCue: {
    id: 'cue.part.opens_with_part_cue',
    pattern: String.raw`^\W*(trong (số )?(đó|này)|riêng)\b`,
    value: null,
    note: 'a sentence that opens with the cue speaks of the whole the sentence before it gave',
    examples: {
      match: ['Trong số này, 12 HTX có lãi', '- Riêng khối quỹ tín dụng'],
      reject: ['Toàn tỉnh có 40 HTX, trong đó', 'Trong năm 2024, thành lập'],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/records.ts: a figure's phrase in its sentence, and the group it belongs to. */
export const RECORD_CUES = {
  sharedRateGlue: {
    id: 'cue.records.shared_rate_glue',
    pattern: String.raw`^\s*(và|,)\s*(của|cho|ở)\s[^\d;.]{1,40}?\s(là|đạt)( khoảng| trên| hơn| gần)?\s*$`,
    value: null,
    note: 'between an average with no period and the next one that has it, for another group ("… của thành viên đạt 4,2 triệu đồng| và của người lao động là |3,9 triệu đồng/tháng"): both are per month',
    examples: { match: [' và của người lao động là ', ', của lao động thường xuyên đạt '], reject: [' và doanh thu đạt ', '; lợi nhuận '] },
  },
  pairedWords: {
    id: 'cue.record.paired_words',
    pattern: String.raw`sản xuất\s*,\s*kinh doanh\b`,
    value: null,
    note: 'a comma inside a fixed pair of words ("sản xuất, kinh doanh"): no end of the figure\'s phrase ("41 HTX nông nghiệp sản xuất, kinh doanh giỏi")',
    examples: { match: ['HTX nông nghiệp sản xuất, kinh doanh'], reject: ['HTX nông nghiệp sản xuất, 12 HTX'] },
  },
  qualifierGlue: {
    id: 'cue.record.qualifier_glue',
    pattern: String.raw`^\s*(là|:|đạt)\s*$`,
    value: null,
    note: 'all between a figure that only qualified a noun phrase and the figure it describes ("số HTX có lãi trên 500 triệu đồng| là |40 HTX")',
    examples: { match: [' là ', ': ', ' đạt '], reject: [' và ', ' HTX, ', ' là khoảng '] },
  },
  partOfPrevious: {
    id: 'cue.record.part_of_previous',
    pattern: String.raw`^\s*(trong số (đó|này)|trong đó)\b`,
    value: null,
    note: 'a sentence that opens on a part of the group the sentence before counted',
    examples: {
      match: ['Trong số đó, 25 HTX nông nghiệp', 'Trong đó có 8 HTX thành lập mới'],
      reject: ['Toàn huyện có 30 HTX, trong đó 8 HTX mới', 'Trong năm 2024, thành lập mới 5 HTX'],
    },
  },
  partInSentence: {
    id: 'cue.record.part_in_sentence',
    pattern: String.raw`[;,(]\s*(trong số (đó|này)|trong đó)\b[^;]*$`,
    value: null,
    note: 'between a count and a later figure of its clause: "…, trong đó 38 HTX …" names a part of what was counted',
    examples: {
      match: [' HTX, trong đó có ', ' thành viên (trong số này '],
      reject: [' HTX, trong đó có 3 HTX giải thể; toàn tỉnh còn ', ' HTX và '],
    },
  },
  raisedTotal: {
    id: 'cue.record.raised_total',
    pattern: String.raw`\b(đưa|nâng) (tổng )?số (lượng )?((hợp tác xã|htx)\b[^;.\d]{0,70}?\b)?lên\b`,
    value: null,
    note: 'after a count of new cooperatives, the total it raised is named next ("…, đưa tổng số HTX toàn tỉnh lên"), or only the total\'s own noun names the bodies ("…, nâng tổng số lên 275 HTX và tổ hợp tác nông nghiệp")',
    examples: {
      match: [', đưa tổng số HTX toàn tỉnh lên 150 HTX', ', nâng số lượng hợp tác xã trên địa bàn huyện lên', ', nâng tổng số lên 275 HTX'],
      reject: [', nâng cao thu nhập cho thành viên lên', ', đưa tổng số HTX toàn tỉnh đến nay là 150'],
    },
  },
  partOpenerAfter: {
    id: 'cue.record.part_opener_after',
    pattern: String.raw`[;,(]\s*(trong số (đó|này)|trong đó)\b`,
    value: null,
    note: 'where a part of what the figure counted is named after it ("…, trong đó …")',
    examples: { match: [' HTX mới, trong đó 4 HTX nông nghiệp', ' thành viên (trong số này'], reject: [' HTX, tăng 3 HTX so với năm trước'] },
  },
  provinceIndicators: {
    id: 'cue.record.province_indicators',
    pattern: String.raw`\bdoanh nghiệp\b|\bgrdp\b|ngân sách|hộ nghèo|dân số|xuất khẩu|nông thôn mới`,
    value: null,
    note: "an indicator of a whole province: a socio-economic report's sentence that names no cooperative gives the province's figure",
    examples: {
      match: ['thành lập mới 120 doanh nghiệp', 'tỷ lệ hộ nghèo giảm còn 2,1%', 'GRDP tăng 7,2%'],
      reject: ['Doanh thu bình quân của HTX đạt 3,1 tỷ đồng', 'thu hút 400 lao động'],
    },
  },
  comma: {
    id: 'cue.record.comma',
    // (not a comma inside a list of communes, before "chờ giải thể", or between two kinds of bodies counted as one: "86 HTX, tổ hợp tác sở hữu …")
    pattern: String.raw`,(?!\s*(xã|phường|thị trấn|chờ giải thể|đang chờ giải thể|(các )?(tổ hợp tác|tht|liên hiệp|quỹ tín dụng)(?! \d))\b)`,
    flags: 'g',
    value: null,
    note: "a comma after which the next figure's own phrase begins",
    examples: {
      match: ['38 HTX, giải thể 11 HTX', '20 HTX, tổ hợp tác 15'],
      reject: ['100% xã, phường có HTX', '86 HTX, tổ hợp tác được hỗ trợ', '7 HTX, đang chờ giải thể'],
    },
  },
  placesBefore: {
    id: 'cue.record.places_before',
    pattern: String.raw`\b(ở|tại|thuộc)( các)? (huyện|xã|phường|thị xã|thị trấn|thành phố|tỉnh|tp)\b[^,;.]*$|,[^,;.]*$`,
    value: null,
    note: 'before a comma, a list of place names is running ("ở các huyện Tân Sơn, Đồng Lạc"): the comma does not end the phrase',
    examples: {
      match: ['3 HTX tạm ngừng hoạt động tại xã Bình Minh', 'ở các huyện Tân Sơn, Đồng Lạc'],
      reject: ['3 HTX tạm ngừng hoạt động', '2 HTX ở khu vực miền núi'],
    },
  },
  peopleOfGroup: {
    id: 'cue.record.people_of_group',
    pattern: String.raw`^[^;:]*\b(tạo việc làm cho|giải quyết việc làm cho|thu hút|với)\b[^;:]*$`,
    value: null,
    note: "between a group's count and a count of people in one clause: the people are the group's",
    examples: {
      match: [' HTX, chiếm 20%, và tạo việc làm cho ', ' HTX với '],
      reject: [' HTX; thu hút ', ' HTX, doanh thu bình quân đạt '],
    },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/scope.ts: how far a time or status cue carries. */
export const SCOPE_CUES = {
  sinceThen: {
    id: 'cue.scope.since_then',
    pattern: String.raw`\b((cho )?đến nay|tới nay)\b`,
    value: null,
    note: 'a "now" that spans from a time named before ("Đến nay, số HTX là 11"), not one that goes on with it ("hiện có")',
    examples: { match: ['Đến nay', 'cho đến nay'], reject: ['hiện nay', 'hiện tại'] },
  },
  nowOpener: {
    id: 'cue.scope.now_opener',
    pattern: String.raw`(^|[.!?;:\n])\W{0,3}((cho )?đến nay|tới nay)\b`,
    value: null,
    note: 'a sentence that opens on the span up to now ("… có 3 HTX. Đến nay, số HTX là 11"): a year named before it is a baseline for what follows ("Hiện nay" goes on with the time before it: "Năm 2020, … Theo đó, thành phố hiện có 19 HTX")',
    examples: {
      match: ['có 3 HTX. Đến nay, số HTX là 11', '\nTới nay toàn huyện có'],
      reject: ['toàn tỉnh đến nay có 20 HTX', 'Năm 2023, toàn tỉnh có', 'có 3 HTX. Hiện nay toàn huyện có'],
    },
  },
  timeOnlyAside: {
    id: 'cue.scope.time_only_aside',
    pattern: String.raw`^\(\s*((cuối |đầu |hết |giữa )?năm\s*|giai đoạn\s*|tháng \d{1,2}\s*[/.-]\s*)?\d{4}(\s*[-–]\s*\d{4})?\s*\)$`,
    value: null,
    note: 'an aside that only gives a year or a span ("Trong 3 năm (2017-2019), …", "(năm 2020)", "Thời điểm Đề án được phê duyệt (cuối năm 2016), …"): its words are not kept apart from the figure',
    examples: {
      match: ['(2017-2019)', '(năm 2020)', '(giai đoạn 2021 - 2025)', '(cuối năm 2016)', '(tháng 6/2019)'],
      reject: ['(tăng 5 HTX so với năm 2020)', '(KH 2020: 38 HTX)'],
    },
  },
  attribution: {
    id: 'cue.scope.attribution',
    pattern: String.raw`^\s*theo (?!đó\b)[^,]{0,100},`,
    value: null,
    note: 'an attribution that opens a sentence ("Theo báo cáo của …, năm 2024, …"): the time after it still opens the sentence',
    examples: {
      match: ['Theo báo cáo của Sở Nông nghiệp, năm 2024'],
      reject: ['Năm 2024, theo báo cáo', 'Theo kế hoạch đề ra toàn tỉnh phấn đấu có thêm 30 HTX', 'Theo đó, năm 2025'],
    },
  },
  momentOpening: {
    id: 'cue.scope.moment_opening',
    pattern: String.raw`^\s*(vào |tại )?thời điểm\b[^,.;:]{0,60}\(\s*$`,
    value: null,
    note: 'a sentence that opens on a moment named and then dated in brackets ("Thời điểm Đề án được phê duyệt (cuối năm 2016), tỉnh có …"): its date opens the sentence as a plain "Cuối năm 2015, …" would',
    examples: { match: ['Thời điểm Đề án được phê duyệt (', 'Vào thời điểm kiểm tra ('], reject: ['Toàn tỉnh có 212 HTX (', 'thời điểm này, toàn tỉnh'] },
  },
  singledOut: {
    id: 'cue.scope.singled_out',
    pattern: String.raw`\b(riêng|chỉ riêng|trong đó)\s*$`,
    value: null,
    note: 'right before a time: one year singled out ("riêng năm 2022 …"), which says nothing of the sentences after it',
    examples: { match: ['Riêng ', ', trong đó '], reject: ['Tính đến ', 'Trong '] },
  },
  foundedIn: {
    id: 'cue.scope.founded_in',
    pattern: String.raw`\b(thành lập|ra đời|hình thành|đi vào hoạt động)( chính thức)?( từ| vào| trong)?( tháng \d{1,2})?\s*$`,
    value: null,
    note: 'right before a time that opens a sentence: when something was founded ("Ra đời từ năm 2020, HTX …", "Được thành lập vào năm 2018, …"), which dates none of the figures after it',
    examples: { match: ['Ra đời từ ', 'Được thành lập vào ', 'Chính thức đi vào hoạt động từ tháng 3 '], reject: ['Tính đến ', 'Trong ', 'Riêng '] },
  },
  gluedTime: {
    id: 'cue.scope.glued_time',
    pattern: String.raw`^[\s,]*(vào|trong)?\s*$`,
    value: null,
    note: 'all between a figure and a time bound tightest to it ("19 HTX| |năm 2024", "6%| vào |năm 2030")',
    examples: { match: [' ', ', vào ', ' trong '], reject: [' được thành lập từ ', ' và '] },
  },
  bracketBeforeTime: {
    id: 'cue.scope.bracket_before_time',
    pattern: String.raw`^\s*\(\s*$`,
    value: null,
    note: 'between a figure and a time that stands alone in brackets after it ("156 thành viên| (|năm 2016)"): the figure\'s own time, the start of a change',
    examples: { match: [' (', '('], reject: [' (tăng ', ', '] },
  },
  samePeriodBefore: {
    id: 'cue.scope.same_period_before',
    pattern: String.raw`\b(trong )?cùng (thời gian|giai đoạn|thời kỳ|thời hạn) (trên|đó|nói trên|này)\b`,
    value: null,
    note: 'a sentence set in "the same period" as a deadline named before it ("Theo Chương trình … đến năm 2025, …" ¶ "Trong cùng thời gian trên, tỉnh thành lập mới 120 HTX"): that deadline is its own',
    examples: {
      match: ['Cũng trong cùng thời gian trên, tỉnh có thêm', 'Cùng giai đoạn đó, tỉnh phát triển thêm'],
      reject: ['trong thời gian tới', 'cùng thời gian với hội nghị', 'cùng kỳ năm trước'],
    },
  },
  goesOnFromBefore: {
    id: 'cue.scope.goes_on_from_before',
    pattern: String.raw`^\s*((qua đó|đồng thời|bên cạnh đó|cùng với đó|ngoài ra|từ đó|theo đó)\b|(tỉnh|huyện|thành phố|thị xã) (sẽ |tiếp tục )?tập trung\b)`,
    value: null,
    note: 'a paragraph that goes on from the one before: its status cue carries over (also one that says what the province will focus on, "Tỉnh tập trung hỗ trợ …; trong đó, thành lập mới …", after a paragraph of goals)',
    examples: {
      match: ['Qua đó, thu hút thêm 500 lao động', 'Bên cạnh đó, tỉnh hỗ trợ 20 HTX', 'Tỉnh tập trung hỗ trợ tổ hợp tác đủ điều kiện chuyển lên HTX'],
      reject: ['Toàn tỉnh hiện có 80 HTX', 'Quá trình đó kéo dài'],
    },
  },
  pastTerm: {
    id: 'cue.scope.past_term',
    pattern: String.raw`\bnhiệm kỳ (vừa )?qua\b`,
    value: null,
    note: 'results of the term just ended: dated by its end year, which the paragraph names',
    examples: { match: ['Trong nhiệm kỳ qua, Liên minh đã', 'nhiệm kỳ vừa qua'], reject: ['nhiệm kỳ 2025-2030', 'một nhiệm kỳ quan trọng'] },
  },
  termNamed: {
    id: 'cue.scope.term_named',
    pattern: String.raw`\bnhiệm kỳ (?:(?:19|20)\d{2}) ?[-–—] ?(?<y>(?:19|20)\d{2})\b`,
    flags: 'g',
    value: null,
    note: 'a term named by its years; the group `y` holds its end year',
    examples: { match: ['hoàn thành các chỉ tiêu nhiệm kỳ 2015-2020', 'nhiệm kỳ 2020 – 2025'], reject: ['nhiệm kỳ qua', 'giai đoạn 2021-2025'] },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/sector.ts: the sector a figure is limited to, and what it shares with the figure before it. */
export const SECTOR_CUES = {
  theFunds: {
    id: 'cue.sector.the_funds',
    pattern: String.raw`\b(các |những )?quỹ\b`,
    value: null,
    note: 'the figure\'s own phrase speaks of "the funds": after the paragraph has named the people\'s credit funds, the figure is in credit',
    examples: {
      match: ['Tổng dư nợ cho vay của các quỹ đạt 640 tỷ đồng', 'nguồn vốn của những quỹ này là 75 tỷ đồng'],
      reject: ['Tổng dư nợ cho vay của các HTX đạt 640 tỷ đồng', 'doanh thu đạt 12 tỷ đồng'],
    },
  },
  coordinated: {
    id: 'cue.sector.coordinated',
    pattern: String.raw`^\s*(,|và|,\s*và|hoặc)\s*(các |những )?$`,
    value: null,
    note: 'all between two bodies named as one group ("HTX| và |quỹ tín dụng", "hợp tác xã|, |quỹ tín dụng")',
    examples: { match: [' và ', ', ', ' hoặc các ', ', và những '], reject: [' với ', ' và 12 ', ', trong đó '] },
  },
  fundsOfTheGroup: {
    id: 'cue.sector.funds_of_the_group',
    pattern: String.raw`^\s*((,|và)\s*(các )?(quỹ tín dụng nhân dân|qtdnd|quỹ tdnd)(\s*\([^()]*\))?|\([^()]*\))`,
    value: null,
    note: "right after a count of cooperatives: credit funds named with them, or an aside about them, belong to that group's noun, not to the next figure",
    examples: {
      match: [
        ' và quỹ tín dụng nhân dân với tổng vốn ',
        ', các QTDND thu hút ',
        ' (kể cả 3 quỹ tín dụng) với ',
        ' và các quỹ tín dụng nhân dân (QTDND), trong đó: ',
      ],
      reject: [' với tổng vốn điều lệ ', ' thu hút vốn của quỹ tín dụng nhân dân'],
    },
  },
  creditFunds: {
    id: 'cue.sector.credit_funds',
    pattern: String.raw`quỹ tín dụng|\bqtdnd\b|\bquỹ tdnd\b`,
    value: null,
    note: "the paragraph has named the people's credit funds before the figure",
    examples: {
      match: ['Trên địa bàn có 9 quỹ tín dụng nhân dân', 'Hệ thống QTDND hoạt động ổn định', 'Quỹ TDND Hòa Xuân có '],
      reject: ['Quỹ hỗ trợ phát triển HTX đã cho vay ', 'Toàn tỉnh có 210 HTX'],
    },
  },
  operatingPart: {
    id: 'cue.sector.operating_part',
    // ("hiatj động", "hoạt đông": typing slips that documents carry)
    pattern: String.raw`^[^;:\d]{0,12}?[\s,]*(và |trong đó )?(hiện )?(đang|còn) (hoạt động|hiatj động|hoạt đông)\s*$`,
    value: null,
    note: 'between a sector\'s count and the part of it that operates ("… có 40 đơn vị|, đang hoạt động |31")',
    examples: {
      match: [' đơn vị, đang hoạt động ', ' HTX và hiện còn hoạt động ', ' đơn vị, trong đó đang hoạt động '],
      reject: [' đơn vị; đang hoạt động ', ' HTX đang hoạt động hiệu quả ', ' HTX, thu hút '],
    },
  },
  labelOnly: {
    id: 'cue.sector.label_only',
    pattern: String.raw`^\s+(?!(đang|đã|được|có|với|và|hoạt động|thành lập|giải thể|ngừng|đạt|thu hút|tham gia|chiếm|của|trong|tại|ở)\b)[a-zđăâêôơư][a-zđăâêôơư -]{2,28}\s*$`,
    value: null,
    note: 'the words after an item\'s noun, up to its separator, are a label of a kind and nothing else ("6 HTX| dịch vụ điện|;"): no verb, no number, no attachment',
    examples: { match: [' dịch vụ điện', ' tổng hợp', ' y tế'], reject: [' đang hoạt động', ' với 300 thành viên', ' thành lập mới', ''] },
  },
  thisField: {
    id: 'cue.sector.this_field',
    pattern: String.raw`\b(trong |thuộc |ở )?(lĩnh vực|ngành|khu vực) (này|đó|trên)\b`,
    value: null,
    note: 'a field named by pointing back ("… 11 HTX hoạt động trong lĩnh vực nông nghiệp, nâng tổng số HTX trong lĩnh vực này lên 149 HTX"): the field named just before it in the sentence',
    examples: { match: ['nâng tổng số HTX trong lĩnh vực này lên', 'số HTX thuộc ngành đó là'], reject: ['trong lĩnh vực nông nghiệp', 'lĩnh vực khác'] },
  },
  coordinatedField: {
    id: 'cue.sector.coordinated_field',
    pattern: String.raw`^[\s,]*(và|hoặc|,)\s*((lĩnh vực |ngành )?dịch vụ\s*(,|và)\s*)?(lĩnh vực |ngành )?$`,
    value: null,
    note: 'all between two fields named together right after a noun ("… tiểu thủ công nghiệp| và |thương mại"), services named between them too ("… nông nghiệp|, dịch vụ và |vệ sinh môi trường"): the noun is no one sector\'s',
    examples: { match: [' và ', ', hoặc lĩnh vực ', ', ngành ', ', dịch vụ và '], reject: [' với ', ' và các xã ', '; ', ', dịch vụ cho '] },
  },
  fieldVerb: {
    id: 'cue.sector.field_verb',
    pattern: String.raw`^\s*(đang |hiện đang |cùng )?(hoạt động|kinh doanh|sản xuất)\s+(trong|trên|thuộc|ở)\s+(các |những )?(lĩnh vực|ngành)\s*$`,
    value: null,
    note: 'all between the last noun of a list of bodies and the one field it says they work in ("5 HTX và 2 tổ hợp tác| hoạt động trong lĩnh vực |vận tải"): the field is every item\'s, as a verb after the list is',
    examples: {
      match: [' hoạt động trong lĩnh vực ', ' đang hoạt động trên các lĩnh vực ', ' kinh doanh trong ngành '],
      reject: [' nông nghiệp', ' với 300 thành viên trong lĩnh vực ', ' hoạt động hiệu quả trong lĩnh vực '],
    },
  },
  attached: {
    id: 'cue.sector.attached',
    pattern: String.raw`^[\s,]*(với|gồm|thu hút|có)( tổng số| tổng cộng)?\s*$`,
    value: null,
    note: 'all before a figure attached to the cooperative count before it ("46 HTX thủy sản| với |2.100 thành viên"): it shares that count\'s sector',
    examples: { match: [' với ', ', thu hút tổng số ', ' gồm '], reject: [' và ', ' với khoảng ', '; doanh thu đạt '] },
  },
} as const satisfies Record<string, KeyCue>;

/** extractors/subject.ts: which body a figure is about, and whether it is one named cooperative. */
export const SUBJECT_CUES = {
  incomeOfPeopleBefore: {
    id: 'cue.subject.income_of_people_before',
    pattern: String.raw`^[^;.\d]{0,20}?\b(với|có) (mức )?thu nhập (bình quân|trung bình)( đầu người| của (mỗi )?(người|lao động|thành viên))?( (đạt|là|khoảng|ước đạt))?\s*(trên |khoảng |gần |hơn )?$`,
    value: null,
    note: 'between a count of people and an income: the income is of the people just counted ("… 800 lao động| với mức thu nhập bình quân đạt |5 triệu")',
    examples: {
      match: [' lao động với mức thu nhập bình quân đầu người đạt ', ' thành viên, có thu nhập trung bình của mỗi thành viên khoảng '],
      reject: [' lao động; thu nhập bình quân đạt ', ' lao động với doanh thu bình quân đạt '],
    },
  },
  aggregateBefore: {
    id: 'cue.subject.aggregate_before',
    pattern: String.raw`(\b(các|những|mọi|nhiều|số|tổng số|toàn bộ|từng|mỗi)|(?<!\bnăm \d*)\d)\s*$`,
    value: null,
    note: 'right before a cooperative word: it speaks of several ("các HTX", "56 HTX", "số HTX"), not of one named cooperative',
    examples: {
      match: ['Toàn huyện có các ', 'thành lập mới 17 ', 'Tổng số ', 'hỗ trợ mỗi '],
      reject: ['Giám đốc ', 'Ông Trần Văn Lộc, chủ nhiệm ', 'Năm 2023 '],
    },
  },
  aggregateParagraph: {
    id: 'cue.subject.aggregate_paragraph',
    pattern: String.raw`toàn tỉnh|toàn huyện|toàn thành phố|toàn thị xã|cả tỉnh|cả nước|(hợp tác xã|htx|tổ hợp tác|tht)\b[^.;]{0,40}trên địa bàn|trên địa bàn( tỉnh| huyện| thành phố| thị xã)?( hiện| đã| nay| đến nay)* có\b|các (hợp tác xã|htx)|những (hợp tác xã|htx)|số (hợp tác xã|htx)|(?<!\b(quỹ|htx|hợp tác xã)( đã| hiện| nay)*( có)? )tổng số (lượng )?(hợp tác xã|htx|tổ hợp tác|tht|thành viên|xã viên|lao động|người|đơn vị|sản phẩm)|(doanh thu|lợi nhuận|lãi) bình quân|khu vực kinh tế tập thể|(?<!\bnăm )\b\d+ (hợp tác xã|htx)`,
    value: null,
    note: 'a paragraph (or title) that speaks of the aggregate: no profile of one cooperative (a year before the cooperative\'s name, "Năm 2022 Hợp tác xã Tân Phú đạt …", counts nothing) (the total a body has of its own, "đến nay Quỹ đã có tổng số thành viên …", is that one\'s)',
    examples: {
      match: [
        'Toàn tỉnh hiện có 310 HTX đang hoạt động',
        'Lợi nhuận bình quân đạt 250 triệu đồng/HTX',
        'các hợp tác xã trên địa bàn huyện',
        'Trên địa bàn huyện hiện có nhiều tổ hợp tác',
        'HTX, tổ hợp tác đang hoạt động trên địa bàn',
      ],
      reject: [
        'HTX Nông nghiệp Phú Mỹ ra đời năm 2019 với 25 thành viên',
        'Hiện HTX có 30 lao động thường xuyên',
        'Tổ hợp tác có tổng số vốn 3,2 tỷ đồng',
        'Hiện nay Quỹ đã có tổng số thành viên 940 người',
        'Năm 2023 Hợp tác xã Phú Lâm đạt doanh thu 12 tỷ đồng',
        'bếp ăn của HTX. Rau được giao cho các quán ăn trên địa bàn thị trấn',
      ],
    },
  },
  anyAggregate: {
    id: 'cue.subject.any_aggregate',
    pattern: String.raw`\d+ (hợp tác xã|htx|tổ hợp tác|tht|liên hiệp)\b|toàn tỉnh|toàn huyện|toàn thành phố|cả tỉnh|cả nước|(các|những|số) (hợp tác xã|htx|tổ hợp tác)|kinh tế tập thể`,
    value: null,
    note: "anywhere in a page: it counts bodies or speaks of the whole, so a title naming one cooperative does not make it that one's profile",
    examples: {
      match: ['Huyện có 40 HTX nông nghiệp', 'Kinh tế tập thể tiếp tục phát triển', 'những tổ hợp tác ở vùng cao'],
      reject: ['Đại hội thành viên HTX Phú Mỹ lần thứ hai', 'HTX Hòa Xuân có 30 thành viên'],
    },
  },
  totalOfList: {
    id: 'cue.subject.total_of_list',
    pattern: String.raw`^[\s,]*(với|thu hút|gồm)? ?(tổng số|tổng cộng)\s*$|^\s*,\s*(thu hút|với|gồm)( được)?( tổng số| tổng cộng)?( khoảng| trên| hơn| gần)?\s*$|^[\s,]*(đã )?(tạo|giải quyết) (công ăn )?việc làm( thường xuyên)? cho( khoảng| trên| hơn| gần)?\s*$`,
    value: null,
    note: 'before a total after a list of different bodies ("320 HTX, 150 THT| với tổng số |9.000 thành viên"): the total is of the whole list',
    examples: {
      match: [' với tổng số ', ', thu hút được khoảng ', ', tạo việc làm thường xuyên cho hơn ', ', tạo công ăn việc làm cho trên '],
      reject: [' và ', '; thu hút ', ' tạo ra '],
    },
  },
  asideOfBefore: {
    id: 'cue.subject.aside_of_before',
    pattern: String.raw`^[^()\d]{0,40}\([^()\d]{0,60}$`,
    value: null,
    note: 'between a figure and one in the brackets right after it ("quỹ hiện có vốn điều lệ trên 36 tỷ đồng| (khi mới ra đời là |12 tỷ đồng)"): the aside speaks of the same body',
    examples: { match: [' (khi mới ra đời là ', ' đồng ('], reject: [', tăng ', ' (năm 2020), nay là '] },
  },
  bodyAgain: {
    id: 'cue.subject.body_again',
    pattern: String.raw`[,;]\s*(các|những) (hợp tác xã|htx|tổ hợp tác|tht|liên hiệp (hợp tác xã|htx))\b`,
    value: null,
    note: 'between a list of different bodies and a figure after it: one of them named again as the one that acts ("640 HTX và 4.100 tổ hợp tác, các HTX đã bảo đảm việc làm cho …"), so the figure is that body\'s, not the whole list\'s',
    examples: {
      match: [' tổ hợp tác, các HTX đã bảo đảm việc làm cho ', '; những hợp tác xã này thu hút '],
      reject: [' hoạt động ở 6 lĩnh vực: vận tải, nông nghiệp, quỹ tín dụng nhân dân, với ', ' với tổng số '],
    },
  },
  sectionOfBody: {
    id: 'cue.subject.section_of_body',
    pattern: String.raw`^[\s*]*([a-zD][.)]|[ivxl]+\.|\d+(\.\d+)*[.)]?)?\s*(về )?(các )?(tổ hợp tác|liên hiệp (hợp tác xã|htx)|hợp tác xã|htx|tht|lhhtx)( ?\((tht|htx|lhhtx|liên hiệp htx)\))?[\s*:]*$`,
    value: null,
    note: 'a heading that is the name of one kind of body and nothing else ("B. TỔ HỢP TÁC"): its figures are that kind\'s',
    examples: {
      match: ['B. TỔ HỢP TÁC', 'II. Liên hiệp hợp tác xã', '3.2. Về các HTX:', 'b) Tổ hợp tác (THT)'],
      reject: ['II. Kết quả thực hiện', 'HTX nông nghiệp', 'Tình hình phát triển tổ hợp tác'],
    },
  },
  organisationAfter: {
    id: 'cue.subject.organisation_after',
    pattern: String.raw`^\s*(của )?liên minh\b`,
    value: null,
    note: 'right after a figure\'s unit: the Alliance\'s own figure ("150 thành viên| Liên minh")',
    examples: { match: [' của Liên minh HTX tỉnh', ' Liên minh'], reject: [' HTX thành viên', ' của các liên hiệp HTX'] },
  },
  theFund: {
    id: 'cue.subject.the_fund',
    pattern: String.raw`\bquỹ\b(?! tín dụng)`,
    value: null,
    note: "a figure's phrase that names a fund (not a credit fund): the fund named in the paragraph before may own it",
    examples: { match: ['tỷ lệ nợ xấu của Quỹ dưới ', 'Quỹ đã giải ngân '], reject: ['dư nợ của quỹ tín dụng nhân dân đạt ', 'tổng vốn điều lệ đạt '] },
  },
  fundName: {
    id: 'cue.subject.fund_name',
    pattern: String.raw`^quỹ hỗ trợ`,
    value: null,
    note: 'an organisation named as the support fund ("Quỹ Hỗ trợ phát triển HTX"): the fund whose own figures follow',
    examples: { match: ['Quỹ Hỗ trợ phát triển HTX tỉnh', 'quỹ hỗ trợ'], reject: ['Liên minh HTX tỉnh', 'Ngân hàng hỗ trợ'] },
  },
  creditFund: {
    id: 'cue.subject.credit_fund',
    pattern: String.raw`quỹ tín dụng|\bqtdnd\b`,
    value: null,
    note: 'the paragraph has named the people\'s credit funds before the figure: a plain "Quỹ" there is one of them',
    examples: { match: ['Hệ thống quỹ tín dụng nhân dân có ', 'Các QTDND trên địa bàn '], reject: ['Quỹ Hỗ trợ phát triển HTX giải ngân ', 'Các HTX đã vay '] },
  },
  ownersTogether: {
    id: 'cue.subject.owners_together',
    pattern: String.raw`^\s*(,|(,\s*)?và(\s+các)?)\s*(\d+ )?$`,
    value: null,
    note: 'between the count of one kind of body and the name of another ("86 HTX|, |tổ hợp tác", "12 hợp tác xã| và 4 |tổ hợp tác"): both own what follows; not ", các HTX …", which opens a clause about one of them',
    examples: { match: [', ', ' và 4 ', ' và các ', ', và '], reject: [' với ', ', trong đó ', ' và những ', ', các '] },
  },
  anotherKindAfter: {
    id: 'cue.subject.another_kind_after',
    pattern: String.raw`^\s*(,|và|,\s*và)\s*(các\s+)?(?=hợp tác xã|htx|tổ hợp tác|tht)`,
    value: null,
    note: 'right after a count of bodies, the name of another kind joined to it ("89 tổ hợp tác|, |hợp tác xã"): both are counted',
    examples: { match: [', hợp tác xã', ' và tổ hợp tác', ', và các HTX'], reject: [', trong đó 5 HTX', ' với 300 thành viên'] },
  },
  partOrList: {
    id: 'cue.subject.part_or_list',
    pattern: String.raw`^[^.;\d]{0,40}?(trong đó|trong số đó|gồm|,|và)[^.;\d]{0,15}$`,
    value: null,
    note: 'between a number of products and a later one: a part of the whole, or the next item of its list (star grades taken out)',
    examples: { match: [' sản phẩm OCOP, trong đó có ', ' sản phẩm và ', ' sản phẩm, '], reject: [' sản phẩm. Đến nay có ', ' sản phẩm được công nhận '] },
  },
  economyWords: {
    id: 'cue.subject.economy_words',
    pattern: String.raw`\b(thành phần kinh tế|khu vực kinh tế|kinh tế này|khu vực này|grdp|gdp|tổng sản phẩm)\b`,
    value: null,
    note: "a figure of an economy's share or growth that names no body: the collective economy's",
    examples: {
      match: ['tỷ trọng đóng góp vào GRDP của ', 'tốc độ tăng trưởng của khu vực kinh tế này đạt '],
      reject: ['doanh thu bình quân của HTX đạt ', 'tổng vốn điều lệ '],
    },
  },
  starGrade: {
    id: 'cue.subject.star_grade',
    pattern: String.raw`\b\d sao\b`,
    flags: 'g',
    value: null,
    note: 'a star grade between two numbers of products ("3 sản phẩm| 5 sao|, …"): the part before\'s, taken out before reading what joins them',
    examples: { match: [' sản phẩm đạt 3 sao, ', ' sản phẩm 4 sao'], reject: [' sản phẩm OCOP, ', ' sản phẩm 45 sao'] },
  },
  amongOpener: {
    id: 'cue.subject.among_opener',
    pattern: String.raw`\btrong (số |tổng số )?\s*$`,
    value: null,
    note: 'right before a number of products that a later part of the sentence picks from ("Trong |45 sản phẩm …, có 31 sản phẩm là của các HTX")',
    examples: { match: ['Trong ', 'trong tổng số '], reject: ['Toàn tỉnh có ', 'trong năm '] },
  },
  ownedAfter: {
    id: 'cue.subject.owned_after',
    pattern: String.raw`^[^,;.]{0,20}\b(do|của|thuộc)\s+(các\s+|\d[\d.]*\s+)?(hợp tác xã|htx|tổ hợp tác|tht)\b((,| và| hoặc) (các )?(hợp tác xã|htx|tổ hợp tác|tht)\b)?`,
    value: null,
    note: 'right after a number of products: a body named as their owner ("19 sản phẩm| do HTX làm chủ thể"), also with the owners counted ("66 sản phẩm| của 60 HTX, tổ hợp tác")',
    examples: {
      match: [' do HTX làm chủ thể', ' OCOP của các hợp tác xã', ' sản phẩm thuộc tổ hợp tác', ' sản phẩm của 60 HTX, tổ hợp tác'],
      reject: [' OCOP, trong đó của HTX', ' do doanh nghiệp làm chủ thể'],
    },
  },
  fromToEnd: {
    id: 'cue.subject.from_to_end',
    pattern: String.raw`^\s*(\([^()]{0,30}\))?,?\s*(hiện nay |hiện tại |nay |năm \d{4} )?((đã )?(tăng|giảm) )?(lên|lên mức|đến|tới|xuống|xuống còn|còn)\s*$`,
    value: null,
    note: 'between the start and the end of a change ("… 8%| hiện nay lên |12%", "156 thành viên| (năm 2016), nay tăng lên |575 thành viên"): the end takes the start\'s body and field',
    examples: { match: [' hiện nay lên ', ' xuống còn ', ' năm 2020 lên mức ', ' (năm 2018), nay tăng lên '], reject: [' và ', ' lên đến hơn ', ', tăng '] },
  },
  andOneUnion: {
    id: 'cue.subject.and_one_union',
    pattern: String.raw`^\s*(hợp tác xã|htx)?\s*(và|,)\s*(một|01|1) liên hiệp (hợp tác xã|htx)( [^\d,;.]{0,30})?\s*,?\s*(với|thu hút|gồm)( tổng số| tổng cộng)?( khoảng| trên| hơn| gần)?\s*$`,
    value: null,
    note: 'between cooperatives counted and a total of people after them, a single union named in words ("142 hợp tác xã| và một liên hiệp hợp tác xã, thu hút hơn |9 nghìn thành viên"): the union is the cooperatives\', the total theirs',
    examples: {
      match: [' HTX và một liên hiệp HTX, thu hút khoảng ', ' HTX và 01 liên hiệp HTX với '],
      reject: [' HTX, thu hút ', ' HTX và 3 liên hiệp HTX với '],
    },
  },
  attachedTotal: {
    id: 'cue.subject.attached_total',
    pattern: String.raw`^\s*,?\s*(với|thu hút|gồm)( tổng số| tổng cộng)?( khoảng| trên| hơn| gần)?\s*$`,
    value: null,
    note: 'before a total attached to the list just counted ("… 2 liên hiệp HTX| với |6.100 thành viên")',
    examples: { match: [' với ', ', thu hút trên ', ' gồm tổng số '], reject: [' và ', ' với tổng vốn ', '; thu hút '] },
  },
  owner: {
    id: 'cue.subject.owner',
    pattern: String.raw`^\s*((ở|trong|của|tại|thuộc)(\s+(trong|của|tại|thuộc))?\s+(các\s+)?)?$`,
    value: null,
    note: 'between people counted and the body right after them ("… lao động| trong các |HTX", or nothing: "… cán bộ quản lý| |HTX"): the body owns them',
    examples: { match: [' trong các ', ' ', ' ở trong ', ' của '], reject: [' làm việc tại ', ' và ', ' với các '] },
  },
  otherOwnerAfter: {
    id: 'cue.subject.other_owner_after',
    pattern: String.raw`^\s*(ở|trong|của|tại|thuộc)(\s+(trong|của|tại|thuộc))?\s+(các\s+)?(trang trại|doanh nghiệp|hộ kinh doanh|hộ gia đình|cơ sở sản xuất)\b`,
    value: null,
    note: 'right after a figure\'s unit: people or money of another body ("420 người| ở trang trại"), not the collective economy\'s',
    examples: {
      match: [' ở trang trại', ' của các doanh nghiệp trên địa bàn', ' tại hộ gia đình'],
      reject: [' trong các HTX', ' ở các xã vùng cao', ' và doanh nghiệp'],
    },
  },
  respectively: {
    id: 'cue.subject.respectively',
    pattern: String.raw`\blần lượt( là| đạt| khoảng| hơn| trên)?\b`,
    flags: 'g',
    value: null,
    note: '"lần lượt": the amounts after it go, in order, with the bodies counted before it',
    examples: { match: ['tổng vốn lần lượt là ', 'doanh thu lần lượt đạt '], reject: ['thu hút 3.000 lượt khách', 'tổng vốn đạt '] },
  },
  countedBody: {
    id: 'cue.subject.counted_body',
    pattern: String.raw`\d[\d.,]*\s+(?<body>liên hiệp (hợp tác xã|htx)|hợp tác xã|htx|tổ hợp tác|tht|trang trại|doanh nghiệp|hộ kinh doanh|hộ gia đình|làng nghề)\b`,
    flags: 'g',
    value: null,
    note: 'a body counted in a list before "lần lượt" ("112 trang trại", "3 liên hiệp HTX"); the group `body` holds its noun',
    examples: { match: ['có 112 trang trại', 'và 85 tổ hợp tác', '3 liên hiệp HTX'], reject: ['có các trang trại', '30 thành viên'] },
  },
  bodyListGap: {
    id: 'cue.subject.body_list_gap',
    pattern: String.raw`^[^\d;.]{0,25}?(,|và|,\s*và)\s*$`,
    value: null,
    note: 'between two bodies of one list: a few words of the first, then a comma or "và"',
    examples: { match: [' và ', ' nông nghiệp, ', ' chăn nuôi, và '], reject: ['; ', ' và 5 ', ' nông nghiệp đang hoạt động hiệu quả và '] },
  },
} as const satisfies Record<string, KeyCue>;

/** Every key cue, for the examples test. */
export const KEY_CUES: readonly KeyCue[] = [
  CONTEXT_CUES,
  DOCYEAR_CUES,
  FIGURE_CUES,
  METRIC_CUES,
  NUMBER_CUES,
  PART_CUES,
  RECORD_CUES,
  SCOPE_CUES,
  SECTOR_CUES,
  SUBJECT_CUES,
].flatMap((o) => Object.values(o));
