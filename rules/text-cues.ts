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
  titleHeading: {
    id: 'cue.docmeta.title_heading',
    pattern: String.raw`^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN)$`,
    flags: 'u',
    value: null,
    note: "a line that is only a formal document's kind in capitals: the title is that kind and the line after it",
    examples: {
      match: ['KẾ HOẠCH', 'NGHỊ QUYẾT', 'ĐỀ ÁN'],
      reject: ['Kế hoạch', 'KẾ HOẠCH Phát triển hợp tác xã năm 2025', 'Căn cứ Kế hoạch số 12/KH-UBND'],
    },
  },
  titleLine: {
    id: 'cue.docmeta.title_line',
    pattern: String.raw`^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH)\s`,
    flags: 'u',
    value: null,
    note: "a line that opens with a formal document's kind in capitals and goes on: the whole line is the title",
    examples: {
      match: ['KẾ HOẠCH Phát triển kinh tế tập thể năm 2026', 'BÁO CÁO Tổng kết hoạt động của HTX năm 2024'],
      reject: ['KẾ HOẠCH', 'Kế hoạch phát triển HTX', 'NGHỊ QUYẾT Về phát triển HTX'],
    },
  },
  planKind: {
    id: 'cue.docmeta.plan_kind',
    pattern: String.raw`^\s*KẾ HOẠCH\b|Số\s*:\s*[\w.]*\s*\/\s*KH-`,
    flags: 'mu',
    value: null,
    note: 'near the top, a line "KẾ HOẠCH" or a number of the KH- series: the document is a plan',
    examples: {
      match: ['UBND TỈNH HÒA LÂM\nKẾ HOẠCH\nPhát triển HTX', 'Số: 45/KH-UBND'],
      reject: ['Căn cứ Kế hoạch số 45 của tỉnh', 'Số: 12/BC-UBND'],
    },
  },
  reportKind: {
    id: 'cue.docmeta.report_kind',
    pattern: String.raw`^\s*BÁO CÁO\b|Số\s*:\s*[\w.]*\s*\/\s*BC-`,
    flags: 'mu',
    value: null,
    note: 'near the top, a line "BÁO CÁO" or a number of the BC- series: the document is a report',
    examples: {
      match: ['SỞ NÔNG NGHIỆP\n  BÁO CÁO\nKết quả năm 2024', 'Số: 210/BC-SNN'],
      reject: ['Theo báo cáo của Sở Nông nghiệp', 'Số: 45/KH-UBND'],
    },
  },
  decisionKind: {
    id: 'cue.docmeta.decision_kind',
    pattern: String.raw`^\s*QUYẾT ĐỊNH\b|Số\s*:\s*[\w.]*\s*\/\s*QĐ-`,
    flags: 'mu',
    value: null,
    note: 'near the top, a line "QUYẾT ĐỊNH" or a number of the QĐ- series: the document is a decision',
    examples: {
      match: ['QUYẾT ĐỊNH\nVề việc phê duyệt đề án', 'Số: 1532/QĐ-UBND'],
      reject: ['Căn cứ Quyết định số 1532 của UBND tỉnh', 'Số: 210/BC-SNN'],
    },
  },
  resolutionKind: {
    id: 'cue.docmeta.resolution_kind',
    pattern: String.raw`^\s*NGHỊ QUYẾT\b|Số\s*:\s*[\w.]*\s*\/\s*NQ-`,
    flags: 'mu',
    value: null,
    note: 'near the top, a line "NGHỊ QUYẾT" or a number of the NQ- series: the document is a resolution',
    examples: {
      match: ['HỘI ĐỒNG NHÂN DÂN\nNGHỊ QUYẾT\nVề chính sách hỗ trợ HTX', 'Số: 09/NQ-HĐND'],
      reject: ['Thực hiện Nghị quyết của Tỉnh ủy', 'Số: 1532/QĐ-UBND'],
    },
  },
  newsPage: {
    id: 'cue.docmeta.news_page',
    pattern: String.raw`(ngày đăng|thời gian đăng|tin liên quan|bài viết|GMT\+7|cập nhật)`,
    flags: 'iu',
    value: null,
    note: "words of a news site's page around an article (when it was posted, related stories): with no title found, a news page still",
    examples: {
      match: ['Ngày đăng: 12/03/2024', 'Thứ Hai, 08:15 GMT+7', 'Tin liên quan'],
      reject: ['Số: 15/KH-UBND', 'Phát triển hợp tác xã kiểu mới'],
    },
  },
  docNumber: {
    id: 'cue.docmeta.doc_number',
    pattern: String.raw`Số\s*:\s*([\w.]*\s*\/\s*[\w.]*\/?[\p{Lu}Đ]+(?:-[\p{Lu}Đ]+)*)`,
    flags: 'u',
    value: null,
    note: 'the number of a formal document after "Số:", its series in capitals (captured: the number)',
    examples: {
      match: ['Số: 102/KH-UBND', 'Số:  07 / BC-SNN'],
      reject: ['Số lượng HTX: 120', 'Số: ……'],
    },
  },
  formalDate: {
    id: 'cue.docmeta.formal_date',
    pattern: String.raw`(?<=[\p{L} .]),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})`,
    flags: 'u',
    value: null,
    note: 'a formal document\'s place and date line, "<place>, ngày … tháng … năm …" (day and month may be left blank): its date of issue',
    examples: {
      match: ['Hòa Lâm, ngày 05 tháng 3 năm 2025', 'Phú Sơn, ngày   tháng 10 năm 2024'],
      reject: ['ngày 05 tháng 3 năm 2025', 'Hòa Lâm, 05/3/2025'],
    },
  },
  isoDateLine: {
    id: 'cue.docmeta.iso_date_line',
    pattern: String.raw`^\s*(?:date|ngày|published)\s*:?\s*((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?\b`,
    flags: 'iu',
    value: null,
    note: 'a saved page that opens with its own date written year first ("date: 2025-12-31", "date 2021-12")',
    examples: {
      match: ['date: 2025-12-31', 'Ngày 2021-12'],
      reject: ['Cập nhật: 2025-12-31', 'date: 12/31/2025'],
    },
  },
  postedDate: {
    id: 'cue.docmeta.posted_date',
    pattern: String.raw`(?:thời gian đăng|ngày đăng|ngày cập nhật|cập nhật|đăng ngày|ngày xuất bản)\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})`,
    flags: 'iu',
    value: null,
    note: 'the day a news page says it was posted or updated',
    examples: {
      match: ['Ngày đăng: 14/02/2023', 'Cập nhật 3/7/2022 09:30'],
      reject: ['Ngày 14/02/2023', 'Cập nhật lúc 08:15'],
    },
  },
  siteContactAfter: {
    id: 'cue.docmeta.site_contact_after',
    pattern: String.raw`^[^\n]{0,80}?(?:\bHotline\b|\bE-?mail\b|Đường dây nóng|Liên hệ quảng cáo)`,
    flags: 'iu',
    value: null,
    note: "the rest of a date's line names the site's contact: the date is the site's clock in its header (the day it was saved), not the article's",
    examples: {
      match: [' 05:38 Hotline: 0912.000.111', ' 08:15 | Email: toasoan@baodientu.vn', ' 10:02 Đường dây nóng: 0987 654 321'],
      reject: [' 08:15 Hội nghị tổng kết công tác hợp tác xã', ', 10:57 GMT+7'],
    },
  },
  weekdayDate: {
    id: 'cue.docmeta.weekday_date',
    pattern: String.raw`(?:\bThứ\s+(?:\p{L}+|[2-7])|\bChủ\s+nhật)\s*[,\-–]?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})`,
    flags: 'u',
    value: null,
    note: 'a weekday and then a day/month/year: the date line of a news page',
    examples: {
      match: ['Thứ Ba, 14/02/2023', 'Thứ sáu - 8/9/2021', 'Thứ 2, 27/07/2020 | 14:47', 'Chủ nhật, 18/04/2021, 19:05'],
      reject: ['thứ ba 14/02/2023', 'Thứ tự ưu tiên 1/2/3', 'Ngày 14/02/2023'],
    },
  },
  weekdayWordDate: {
    id: 'cue.docmeta.weekday_word_date',
    pattern: String.raw`\b(?:Thứ\s+\p{L}+|Chủ nhật)\s*[,\-–]?\s*(\d{1,2})\s+[Tt]háng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})\b`,
    flags: 'u',
    value: null,
    note: 'a weekday, then the day and the month in words ("Thứ hai, 05 tháng 3 năm 2018"): the date line of a news page',
    examples: {
      match: ['Thứ hai, 05 tháng 3 năm 2018', 'Chủ nhật, 9 Tháng 6 2024'],
      reject: ['Thứ hai, 05/3/2018', 'ngày 05 tháng 3 năm 2018'],
    },
  },
  dayBeforeIssuer: {
    id: 'cue.docmeta.day_before_issuer',
    pattern: String.raw`\bNgày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(?:UBND|Ủy ban|Uỷ ban|HĐND)`,
    flags: 'u',
    value: null,
    note: 'an opening that gives the day a people\'s committee or council acted ("Ngày 12/4/2023, UBND tỉnh ban hành …"): the page\'s date',
    examples: {
      match: ['Ngày 12/4/2023, UBND tỉnh ban hành kế hoạch', 'Ngày 2/11/2022 Ủy ban nhân dân huyện'],
      reject: ['Ngày 12/4/2023, Liên minh HTX tỉnh tổ chức hội nghị', 'ngày 12/4/2023, UBND tỉnh'],
    },
  },
  numberLine: {
    id: 'cue.docmeta.number_line',
    pattern: String.raw`^\s*Số\s*:`,
    flags: 'mu',
    value: null,
    note: 'the line "Số: …" of a formal document\'s header: the issuing body stands above it',
    examples: {
      match: ['UBND TỈNH HÒA LÂM\nSố: 15/KH-UBND', 'Số : 07'],
      reject: ['Số lượng: 20', 'Căn cứ văn bản Số: 12'],
    },
  },
  nationalHeading: {
    id: 'cue.docmeta.national_heading',
    pattern: String.raw`CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|XÃ HỘI CHỦ NGHĨA`,
    flags: 'u',
    value: null,
    note: "the country's name and motto in a formal header: no issuing body",
    examples: {
      match: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
      reject: ['UBND TỈNH HÒA LÂM', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    },
  },
  issuerName: {
    id: 'cue.docmeta.issuer_name',
    pattern: String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở [\p{L} &]+?|Liên minh Hợp tác xã|Liên minh HTX)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|TP\.?)(?:\s+[\p{Lu}][\p{Ll}]*){0,4}`,
    flags: 'u',
    value: null,
    note: "a body that may issue a document, with its province or district: a people's committee or council, a department, the cooperative alliance",
    examples: {
      match: ['UBND tỉnh Hòa Lâm ban hành kế hoạch', 'Liên minh HTX tỉnh Phú Sơn tổ chức hội nghị', 'Sở Nông nghiệp và Môi trường tỉnh Đông Hà'],
      reject: ['Ủy ban Mặt trận Tổ quốc xã', 'HTX Tân Phú thành lập năm 2019'],
    },
  },
  issuerActs: {
    id: 'cue.docmeta.issuer_acts',
    pattern: String.raw`^\s*(?:đã\s+|vừa\s+)?(?:ban hành|phê duyệt|ban hành|xây dựng|triển khai)`,
    flags: 'u',
    value: null,
    note: "right after a body's name, a verb of issuing: that body issued the document",
    examples: {
      match: [' vừa ban hành Kế hoạch số 88', ' đã phê duyệt đề án'],
      reject: [' tổ chức hội nghị tổng kết', ' và các sở đã ban hành'],
    },
  },
  portalName: {
    id: 'cue.docmeta.portal_name',
    pattern: String.raw`(?:Trang thông tin điện tử|Cổng thông tin(?: điện tử)?|Cơ quan chủ quản\s*:)\s*([^\n•]{3,80})`,
    flags: 'u',
    value: null,
    note: 'the name of the portal a page stands on (captured: the name after the words), its issuer when nothing else names one',
    examples: {
      match: ['Bản quyền thuộc Cổng thông tin điện tử tỉnh Hòa Lâm', 'Cơ quan chủ quản: Sở Văn hóa tỉnh Phú Sơn'],
      reject: ['Thông tin liên hệ: 0123', 'xem thêm trên cổng thông tin của tỉnh'],
    },
  },
  planYear: {
    id: 'cue.docmeta.plan_year',
    pattern: String.raw`kế hoạch[^;]*?năm\s+((?:19|20)\d{2})`,
    flags: 'iu',
    value: null,
    note: 'in a title, the year after "kế hoạch" (captured): the plan\'s year, even when a year reported on comes first',
    examples: {
      match: ['Báo cáo kết quả năm 2023 và kế hoạch phát triển HTX năm 2024', 'KẾ HOẠCH Phát triển kinh tế tập thể năm 2026'],
      reject: ['Kế hoạch phát triển HTX giai đoạn mới', 'Tình hình hoạt động HTX năm 2023; kế hoạch thời gian tới'],
    },
  },
  titleYear: {
    id: 'cue.docmeta.title_year',
    pattern: String.raw`năm\s+((?:19|20)\d{2})`,
    flags: 'iu',
    value: null,
    note: 'in a title with no "kế hoạch … năm", the first "năm <year>" (captured): the plan\'s year',
    examples: {
      match: ['Tình hình hoạt động của HTX năm 2023'],
      reject: ['Kết quả 5 năm thực hiện nghị quyết', 'Giai đoạn 2021 - 2025'],
    },
  },
  issuerWithoutPlace: {
    id: 'cue.docmeta.issuer_without_place',
    pattern: String.raw`^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND) (tỉnh|thành phố)$`,
    flags: 'u',
    value: null,
    note: 'an issuer read as "UBND tỉnh" and no more: it names no province, the document\'s own place completes it',
    examples: {
      match: ['UBND tỉnh', 'Ủy ban nhân dân thành phố'],
      reject: ['UBND tỉnh Hòa Lâm', 'Sở Tài chính tỉnh'],
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
  personSpeaks: {
    id: 'cue.docyear.person_speaks',
    pattern: String.raw`(?:^|[\s“"(])(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s+(?:cho biết|chia sẻ|kể|tâm sự|phấn khởi)`,
    flags: 'u',
    value: null,
    note: 'a paragraph where a named person speaks for themselves ("Anh Vàng Seo Pử cho biết: …"), with no office between name and verb, tells that person\'s story: its years do not date the document',
    examples: {
      match: ['Anh Lò Văn Hùng cho biết: “Năm 2022, thu nhập của gia đình đạt 200 triệu đồng”', 'Chị Mai chia sẻ, năm 2021 gia đình trồng thêm 2 ha'],
      reject: ['Ông Trần Văn Lộc, Chi cục trưởng Chi cục Phát triển nông thôn cho biết', 'Năm 2021, toàn tỉnh có 320 HTX'],
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
    pattern: String.raw`(đến|tới|đến hết|đến cuối)\s+năm|phấn đấu|mục tiêu|kế hoạch|giai đoạn|phương hướng|nhiệm vụ`,
    flags: 'iu',
    value: null,
    note: 'a news headline that sets goals (or the tasks of a year, "Triển khai phương hướng, nhiệm vụ … năm 2025"): its years are goals, not the year the page reports',
    examples: {
      match: [
        'Phấn đấu đến năm 2030 có 500 HTX hoạt động hiệu quả',
        'Bình Sơn đặt mục tiêu thành lập mới 40 HTX',
        'Triển khai phương hướng, nhiệm vụ phát triển kinh tế tập thể năm 2026',
      ],
      reject: ['Năm 2024, Bình Sơn thành lập mới 38 hợp tác xã', 'Tân Phú: 6 tháng đầu năm có thêm 7 HTX'],
    },
  },
  headlineOtherYear: {
    id: 'cue.docyear.headline_other_year',
    pattern: String.raw`\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\b|\b(?:từ|kể từ)\s+(?:năm\s+)?(?:19|20)\d{2}\b|\b(?:Luật|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị)\b[^,.;]{0,60}?\b(?:19|20)\d{2}\b|\bso\s+(?:với\s+)?(?:cùng kỳ\s+)?(?:năm\s+)?(?:19|20)\d{2}\b`,
    flags: 'iu',
    value: null,
    note: "in a headline, a year that is not the one the page reports: a term or period's, the start of \"từ năm … đến nay\", a cited law's, or the year a figure is compared with (each is blanked before the headline's latest year is read)",
    examples: {
      match: [
        'Đại hội Liên minh HTX tỉnh nhiệm kỳ 2020-2025',
        'Từ năm 2013 đến nay, toàn tỉnh có thêm 50 HTX',
        'Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012',
        'Toàn tỉnh có 45 HTX, tăng 1 HTX so với năm 2020',
      ],
      reject: ['Năm 2024, toàn tỉnh thành lập mới 38 HTX', 'Hòa Lâm có thêm 12 HTX trong năm 2023'],
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
const GENERIC = String.raw`(?:(?:Nông|Lâm|Ngư|Dịch|Thương|Sản|Chăn|Trồng|Môi|Vận|Thủy|Thuỷ|Tổng|Du|Công|Tiểu|Xây|Điện|Nước|Tín|Kinh|Chế|Rau|Chè|Lúa|Muối|Nuôi|Trà|Cà|Dược|Mây|Gốm|Rượu|Hoa|Cây|Gà|Bò|Heo|Dê|Mía|Sen|Nấm|Mật|Bưởi|Cam|Dừa|Tôm|Cá|Sâm|Quế|Gạo)\s+(?:\p{Ll}+\s+){0,5}|(?:NN|DV|SX|KD|TM|DVNN|DVTH|DVTM|SXKD|NLN|CN|TTCN)\s+(?:\p{Ll}+\s+){0,5})?`;
/**
 * The same kinds written in lower case before the name ("HTX chè Shan tuyết Lũng Phìn", "HTX dịch vụ nông
 * nghiệp Tân Tiến"): a kind word, then up to four more lower-case words that are not a preposition or a place
 * word ("HTX nông nghiệp ở Tân Tiến", "HTX nông nghiệp huyện Bảo Lâm" speak of a place's cooperatives).
 */
// (its words may be listed with a comma: "hợp tác xã chăn nuôi gia súc, gia cầm Quý Hiền", or joined by a dash: "HTX tôm - lúa An Hòa")
const GENERIC_LOWER = String.raw`(?:(?:nông|lâm|ngư|dịch|thương|sản|chăn|trồng|môi|vận|thủy|thuỷ|tổng|du|công|tiểu|xây|điện|nước|tín|kinh|chế|rau|chè|lúa|muối|nuôi|trà|cà|dược|mây|gốm|rượu|mật|nấm|gạo|bưởi|cam|hồ|sâm|quế|hồi|dừa|tôm|cá|thổ|dệt|mộc|may|khởi|thanh|phụ|sinh|an|hữu|organic|xanh|sạch|liên|khai|đánh|vệ|đan|thêu|hoa|cây|gà|bò|heo|dê|mía|sen)(?:\s*[-–]\s*|\s+)(?:(?!(?:ở|tại|của|trong|thuộc|trên|dưới|huyện|xã|tỉnh|phường|thị|thành|quận|và(?!\s+(?:dịch|thương|sản|môi|xây|vận|chế|kinh|tiêu|du|chăn|trồng))|với|có|đã|được|là|đang|hiện|còn|các|những|kiểu|mới|đạt|tham|hoạt)\s)\p{Ll}+,?(?:\s*[-–]\s*|\s+)){0,6})?`;

/** extractors/subject.ts: whether a cooperative word is followed by one cooperative's proper name. */
export const SUBJECT_TEXT_CUES = {
  properName: {
    id: 'cue.subject.proper_name',
    // (… also after the commune or village it is named by: "HTX nuôi ong xã Khe Mát")
    pattern: String.raw`^(?:[^\S\n]*\((?:HTX|THT)[^\S\n]*\))?[^\S\n]+(?:${GENERIC}|${GENERIC_LOWER})(?:(?:xã|thôn|ấp|bản|phường)\s+)?\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}*)*(?=[\s,.(]|$)`,
    flags: 'u',
    value: null,
    note: 'right after a cooperative word: a proper name, after the kind words it may carry ("HTX| Nông nghiệp Phú Mỹ", "hợp tác xã| rau sạch Đồng Lạc"), and after the bracketed short form ("hợp tác xã| (HTX) nông nghiệp Tân Thạnh"); never across a line break (a heading "Phát triển HTX" and the capital that opens the next line are no name)',
    examples: {
      match: [
        ' Nông nghiệp Phú Mỹ có 40 thành viên',
        ' rau sạch Đồng Lạc',
        ' nuôi ong thôn Khe Mát',
        ' DV Hòa Xuân',
        ' khai thác thủy sản Bình An Phú có 5 thành viên',
        ' lúa - tôm Bình Hòa với 40 thành viên',
        ' tôm-lúa Đông Hải',
        ' nông nghiệp và dịch vụ An Phước (huyện Long Hải) được thành lập',
        ' (HTX) nông nghiệp Tân Thạnh tại ấp Bình An',
        ' (HTX) Hoa kiểng Phú Hòa được thành lập',
        ' hoa kiểng Phú Hòa có 60 thành viên',
      ],
      reject: [' nông nghiệp huyện Tân Yên', ' nông nghiệp ở xã Hòa An', ' trên địa bàn tỉnh', '\nBên cạnh đó, số HTX cũng tăng'],
    },
  },
  oneWordName: {
    id: 'cue.subject.one_word_name',
    pattern: String.raw`^(?:[^\S\n]*\((?:HTX|THT)[^\S\n]*\))?\s+\p{Lu}\p{Ll}+$`,
    flags: 'u',
    value: null,
    note: 'a proper name of one capitalised word only: most often the kind itself ("Hợp tác xã| Nông" before "nghiệp"), which names no one',
    examples: { match: [' Nông', ' Thủy', ' (HTX) Nông'], reject: [' Phú Mỹ', ' Nông nghiệp Phú Mỹ', ' nông'] },
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

/** extractors/numbers.ts: a number written with digits. */
export const NUMBER_TEXT_CUES = {
  digits: {
    id: 'cue.numbers.digits',
    // (a number glued to the abbreviation it counts is still one: "84 HTX, 24THT ngừng hoạt động"; so is one glued to
    // the currency it is in: "1.500.000đ/người/tháng")
    pattern: String.raw`(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!(?!(?:HTX|THT|LHHTX|QTDND)\b|(?:đồng|đ|VNĐ|VND|vnđ)(?![\p{L}\d]))[\p{L}\d]|[.,]\d|\/\d)`,
    flags: 'u',
    value: null,
    note: 'digits with Vietnamese or English grouping (captured), no sign, no letters glued on either side but the abbreviation of a cooperative body it counts or the currency it is in',
    examples: {
      match: ['Toàn tỉnh có 1.250 HTX', '84 HTX, 24THT ngừng hoạt động', 'doanh thu đạt 3,5 tỷ đồng', 'thu nhập 1.500.000đ/người/tháng'],
      reject: ['giống lúa ST25', 'diện tích 20ha', 'mã số A12B', 'mua 5đôi giày'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** Every text cue, for the examples test. */
export const TEXT_CUES: readonly TextRule<null>[] = [DOCMETA_CUES, DOCYEAR_TEXT_CUES, SCOPE_TEXT_CUES, SUBJECT_TEXT_CUES, NUMBER_TEXT_CUES].flatMap((o) =>
  Object.values(o),
);
