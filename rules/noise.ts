/**
 * Noise: spans that are never a figure. Page furniture (counters, phones, times),
 * references (document numbers, laws, resolutions and their dates and years),
 * criteria numbers, "4.0", durations of past programmes, star grades on their own.
 *
 * `reference` spans also hide their years and words from the status and time cues
 * ("so với năm 2022" is not the year of the figure before it; "Kế hoạch số 3136/KH-UBND"
 * does not make a sentence a target).
 */
import type { Rule } from './rule.ts';

export interface NoiseValue {
  kind: 'furniture' | 'reference';
  /** A reference whose words still say whether the sentence reports ("đạt 106,7% kế hoạch" reports a result). */
  keepsStatus?: boolean;
  /** A citation of a legal text (its number, a law's or a resolution's name): a year in it is the text's, no time of the page. */
  cites?: true;
}
const furniture: NoiseValue = { kind: 'furniture' };
const reference: NoiseValue = { kind: 'reference' };
/** Hides its figure and its year, but not that the sentence reports a result against a plan. */
const ratioReference: NoiseValue = { kind: 'reference', keepsStatus: true };
const citation: NoiseValue = { kind: 'reference', cites: true };

export const NOISE_RULES: Rule<NoiseValue>[] = [
  {
    id: 'noise.date',
    pattern: String.raw`\b\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}\b|\b(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?![\d/])(?! ?(xã|phường|thị trấn|huyện|thôn|bản|htx|hợp tác xã|tổ hợp tác|đơn vị|địa phương|sản phẩm|tiêu chí))|\b\d{1,2}/\d{4}\b`,
    value: furniture,
    examples: {
      match: [
        'Tính đến 30/6/2023 toàn tỉnh có 674 tổ hợp tác',
        'Sáng 19/11, UBND tỉnh tổ chức hội nghị',
        'Thời gian đăng: 04/09/2020 03:02:34 PM',
        'số liệu tháng 6/2024',
      ],
      reject: ['toàn tỉnh có 1.546 thành viên', 'đạt 0,53% GRDP', 'Có 17/18 xã, thị trấn có HTX hoạt động', '5/7 xã có HTX'],
    },
    note: 'a day and month ("19/11") only when they can be one, and not a count of communes or cooperatives ("17/18 xã", "16/41 HTX")',
  },
  {
    id: 'noise.column_year',
    pattern: String.raw`(?<=\b(thực hiện|th|ước th|ước thực hiện|ước|kế hoạch|kh|dự kiến|dự báo|năm|đến|cuối|hết|giai đoạn) )(19|20)\d{2}\b`,
    value: furniture,
    note: 'the year of a table column or a date is never a figure, even when the row names a unit: "(HTX): Thực hiện 2023 412"',
    examples: { match: ['Tổng số HTX (HTX): Thực hiện 2023 412', 'Ước TH 2024 425', 'Kế hoạch 2025 440'], reject: ['toàn tỉnh có 2023 thành viên'] },
  },
  {
    id: 'noise.date_words',
    pattern: String.raw`\bngày \d{0,2} ?tháng \d{0,2} ?năm \d{4}|\bngày \d{1,2}\b|\btháng \d{1,2}\b`,
    value: furniture,
    examples: {
      match: ['Tam Đường, ngày   tháng 9 năm 2023', 'Hà Nội, ngày 15 tháng 3 năm 2024', 'trong 6 tháng đầu năm, từ tháng 7 trở đi'],
      reject: ['thu nhập 5,3 triệu đồng/người/tháng'],
    },
  },
  {
    id: 'noise.time_of_day',
    pattern: String.raw`\b\d{1,2}:\d{2}(:\d{2})?( ?(am|pm|sa|ch)\b)?|\bgmt ?\+ ?\d+`,
    value: furniture,
    examples: { match: ['Thứ Sáu, 19/11/2021, 16:37 [GMT+7]', '28/04/2021 7:59:43 SA'], reject: ['tỷ lệ 3:1 không có ở đây', 'đạt 16 HTX'] },
  },
  {
    id: 'noise.weekday',
    pattern: String.raw`\bthứ (hai|ba|tư|năm|sáu|bảy)\b|\bchủ nhật\b`,
    value: furniture,
    examples: { match: ['Thứ Sáu, 19/11/2021', 'thứ Hai tuần trước'], reject: ['thành lập mới hai liên hiệp HTX'] },
  },
  {
    id: 'noise.phone',
    pattern: String.raw`(\(\+?84\) ?|\+84 ?)?(?<!\d[.,])\b0\d{2,4}[. -]{0,2}\d{3}[. -]{0,2}\d{3,4}\b|\b(điện thoại|đt|hotline|fax)\s*:?\s*[\d. ()+-]{6,}`,
    value: furniture,
    examples: {
      match: ['Văn phòng Sở KH & ĐT 0215.382.5409', 'Phòng Đăng ký kinh doanh 0215. 382.5896', 'Điện thoại:02133.798.799', 'Hotline: 1900 1234'],
      reject: ['toàn tỉnh có 1.546.826 thành viên', 'đạt 05 HTX', 'thu nhập đạt 800.000-900.000 đồng/người/tháng'],
    },
  },
  {
    id: 'noise.document_number',
    pattern: String.raw`((\bsố\s*:?\s*|\b\d+[a-z]?\s*)/\s*(\d{4}\s*/\s*)?[a-zđ]{1,8}(\s*[-–]\s*[a-zđ0-9]{1,10}){0,3}\b|\b\d+[a-z]?\s*-\s*(nq|kl|ct|ctr|qđ|qd)\s*/\s*[a-z]+\b)(,? ngày \d{1,2}(\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}| tháng \d{1,2} năm \d{4}))?`,
    value: citation,
    examples: {
      match: [
        'Kế hoạch số 2552/KH-UBND phát triển kinh tế tập thể',
        'theo Thông tư 09/2017/TT-BNNPTNT ngày 17/4/2017 của Bộ',
        'theo Nghị định 77/2019/NĐ-CP ngày 10 tháng 10 năm 2019 của Chính phủ',
        'Thông tư số 01/2020/TT-BKHĐT ngày 19/2/2020',
        'Nghị quyết số 13-NQ/TW ngày 13/3/2002',
        'Giấy phép số:48/GP-TTĐT',
        'Số: /KH-UBND',
        'Báo cáo số 755a/BC-UBND',
      ],
      reject: ['doanh thu 1,7 tỷ đồng/HTX', 'thu nhập 62 triệu đồng/người/năm'],
    },
  },
  {
    id: 'noise.legal_reference',
    pattern: String.raw`\b(luật|nghị quyết|nghị định|quyết định|thông tư|chỉ thị|kết luận|kế hoạch|công văn|chương trình hành động|đề án|báo cáo|văn bản|hướng dẫn|chương trình) số\s*:?\s*[\w./-]*( ngày \d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?|\bvăn bản \d+`,
    value: citation,
    examples: {
      match: ['thực hiện Nghị quyết số 13 Trung ương 5 khoá IX', 'Quyết định số 749/QĐ-UBND ngày 30/6/2022 về việc', 'Chi tiết xem văn bản 25522553 tại đây'],
      reject: ['Thành lập mới 22 hợp tác xã', 'Kế hoạch năm 2024 đề ra'],
    },
  },
  {
    id: 'noise.programme_name',
    pattern: String.raw`\b(đề án|chương trình|dự án|phong trào|cuộc vận động)\s*:?\s*[“"«][^”"»\n]{3,160}[”"»]`,
    value: citation,
    note: 'the name of a programme, in quotes, with its own years and goals ("Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025”"): no figure, and no time of the sentence',
    examples: {
      match: ['thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025” của Chính phủ', 'Chương trình "Phát triển 500 HTX kiểu mới"'],
      reject: ['Chương trình OCOP năm 2024 có 40 sản phẩm', 'thành lập mới 22 hợp tác xã'],
    },
  },
  {
    id: 'noise.programme_name.unquoted',
    pattern: String.raw`\b(?:đề án|chương trình)\s+(?:phát triển|thành lập|hỗ trợ|xây dựng|củng cố)\s+\d[\d.,]*\s+(?:hợp tác xã|htx)\b[^.;:\n]{0,140}?\bđến năm (?:19|20)\d{2}`,
    value: citation,
    note: 'a programme named by its goal without quotes ("Đề án phát triển 300 hợp tác xã kiểu mới làm ăn hiệu quả đến năm 2027 của tỉnh"): the name of what is carried out, no figure of the page',
    examples: {
      match: ['Triển khai Đề án phát triển 300 hợp tác xã kiểu mới làm ăn hiệu quả đến năm 2027 của tỉnh'],
      reject: ['Đề án đặt mục tiêu phát triển 300 HTX đến năm 2025', 'phấn đấu phát triển 120 hợp tác xã đến năm 2025'],
    },
  },
  {
    id: 'noise.law_year',
    pattern: String.raw`\bluật (hợp tác xã|htx)( năm)? \d{4}|\bluật [\w ]{3,40}? năm \d{4}|\b(trung ương|tw) \d+( khóa [ivxl]+)?|\bkhóa [ivxl]+\b|\bkỳ họp thứ \d+`,
    value: citation,
    examples: {
      match: ['10 năm thi hành Luật Hợp tác xã năm 2012', 'hoạt động hiệu quả theo Luật HTX 2012', 'Nghị quyết Trung ương 5 khóa IX', 'tại kỳ họp thứ 4'],
      reject: ['Đến năm 2025 có 319 HTX'],
    },
  },
  {
    id: 'noise.comparison_reference',
    pattern: String.raw`\bso (với )?(thời điểm |thời kỳ |lúc |kết quả (thực hiện )?|số liệu )?(cùng kỳ |cuối |đầu |hết )?(kế hoạch |kh )?(năm |giai đoạn |(ngày )?\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?|(tháng )?\d{1,2} ?[/.-] ?)?(\d{4}([ ]?[-–][ ]?\d{4})?|trước|ngoái)|\bso với cùng kỳ\b|\bso với kế hoạch\b|\bso (với )?(thời điểm )?(thành lập|mới thành lập|đầu nhiệm kỳ|đầu kỳ)\b`,
    value: ratioReference,
    examples: {
      match: [
        'tăng 9,5% so với năm 2022',
        'tăng 132 HTX so với thời điểm cuối năm 2001',
        'tăng 5,5% so với thời điểm 31/12/2017',
        'giảm 3 HTX so với tháng 6/2023',
        'tăng 57,14% so với kết quả thực hiện năm 2020',
        'tăng 05 triệu đồng so với kế hoạch năm 2022',
        'đạt 100% so với kế hoạch',
        'tăng 12% so với cùng kỳ',
      ],
      reject: ['Đến năm 2025 đạt 1.766 triệu đồng/năm'],
    },
  },
  {
    id: 'noise.agency_name',
    pattern: String.raw`\b(sở|bộ|phòng|ban|cục|vụ)( tài chính[ -]+)? kế hoạch( và| &|,)? (đầu tư|tài chính)\b|\bphòng tài chính[ -]+kế hoạch\b|\b(sở|bộ|phòng) (kh ?(&|và) ?đt|khđt|kh-đt|tc-kh|tckh)\b`,
    value: reference,
    note: 'an agency named for planning is not a plan: "Theo Sở Kế hoạch và Đầu tư, năm 2022 thành lập mới 41 HTX"',
    examples: { match: ['Theo Sở Kế hoạch và Đầu tư tỉnh Bến Tre', 'phòng Tài chính - Kế hoạch huyện', 'Sở KH&ĐT'], reject: ['Kế hoạch năm 2024 đã đề ra'] },
  },
  {
    id: 'noise.ratio_to_plan',
    pattern: String.raw`[\d.,]+ ?% ?(so với )?(cùng kỳ|kế hoạch|kh\b|chỉ tiêu|mục tiêu)( năm)?( (19|20)\d{2})?|\bcùng kỳ( năm)? (19|20)\d{2}\b|\bbằng [\d.,]+ ?% ?(so với )?(năm|cùng kỳ) (19|20)\d{2}\b`,
    value: ratioReference,
    note: 'a ratio to the plan or to the same period is neither a figure nor its year: "bằng 127% cùng kỳ năm 2023", "đạt 106,7% kế hoạch" (its words still say the sentence reports)',
    examples: {
      match: ['Thành lập mới 14 HTX, bằng 127% cùng kỳ năm 2023', 'doanh thu đạt 106,7% kế hoạch', 'tăng 12% so với cùng kỳ', 'doanh thu bằng 105,2% năm 2023'],
      reject: ['tỷ lệ HTX hoạt động hiệu quả đạt 60% năm 2025'],
    },
  },
  {
    id: 'noise.criteria_number',
    pattern: String.raw`\btiêu chí (số )?\d+\b|\bmục tiêu (số )?\d+\b|\bđiều \d+\b|\bkhoản \d+\b|\bchương trình \d+\b`,
    value: reference,
    examples: { match: ['tại các xã đã đạt tiêu chí số 13', 'theo Điều 8 của Luật'], reject: ['xã, phường, thị trấn có HTX đạt 100%'] },
  },
  {
    id: 'noise.industry_4_0',
    pattern: String.raw`\b\d\.0\b`,
    value: furniture,
    examples: { match: ['tham gia cuộc Cách mạng công nghiệp 4.0', 'chuyển đổi số, nông nghiệp 4.0'], reject: ['toàn tỉnh có 4.061 thành viên'] },
  },
  {
    id: 'noise.duration',
    pattern: String.raw`\b\d+ năm (thực hiện|thi hành|triển khai|hoạt động|thành lập|xây dựng|đổi mới|qua|gần đây|tới)\b|\b(kế hoạch|giai đoạn|chiến lược) \d+ năm\b|\bsau \d+ năm\b`,
    value: furniture,
    examples: {
      match: ['tổng kết 20 năm thực hiện Nghị quyết', '10 năm thi hành Luật Hợp tác xã', 'Kế hoạch 5 năm giai đoạn 2021-2025', 'trong 5 năm qua'],
      reject: ['mỗi năm thành lập 03 HTX trở lên'],
    },
  },
  {
    id: 'noise.size_threshold',
    pattern: String.raw`\b(có|đạt) quy mô (từ|trên|hơn|lớn hơn|tối thiểu|ít nhất) [^.;()]{0,160}`,
    value: reference,
    note: 'the size that picks out some cooperatives ("có quy mô trên 200 thành viên, vốn trên 3 tỷ đồng và doanh thu trên 3 tỷ đồng/năm") is a threshold of each, not a figure of them all',
    examples: {
      match: ['300 HTX có quy mô trên 200 thành viên, vốn trên 3 tỷ đồng', 'đạt quy mô từ 50 lao động trở lên'],
      reject: ['HTX có quy mô nhỏ, vốn ít', 'có 300 HTX với 20.000 thành viên'],
    },
  },
  {
    id: 'noise.per_one',
    pattern: String.raw`\b(bình quân|trung bình|mỗi|/)( của| cho)? ?(1|01) (hợp tác xã|htx|tổ hợp tác|tht|liên hiệp|thành viên|lao động|người|xã viên)\b|\b(doanh thu|thu nhập|lợi nhuận|lãi|vốn)( bình quân| trung bình)? (của|cho|trên) (1|01) (hợp tác xã|htx|tổ hợp tác|tht|thành viên|lao động|người)\b`,
    value: furniture,
    note: 'the denominator of an average ("doanh thu bình quân 1 HTX đạt …") is not a count',
    examples: {
      match: ['Doanh thu bình quân 1 HTX đạt 2,4 tỷ đồng', 'thu nhập của 01 lao động', 'lợi nhuận bình quân/1 HTX'],
      reject: ['thành lập mới 01 HTX', 'có 1 liên hiệp HTX'],
    },
  },
  {
    id: 'noise.star_grade',
    pattern: String.raw`\b\d+ sao\b`,
    value: furniture,
    examples: { match: ['sản phẩm đạt OCOP 4 sao', 'đạt chất lượng 3 sao trở lên'], reject: ['15 sản phẩm đạt OCOP'] },
  },
  {
    id: 'noise.web_furniture',
    pattern: String.raw`\b\d+ (người|khách) đang (online|truy cập|trực tuyến)|\b(lượt truy cập|lượt xem|số lượt|đang truy cập|lượt thích|bình luận)\s*:?\s*[\d.,]+|\bhttps?://\S+|\b[\w.-]+@[\w-]+\.[\w.]+|\bwww\.\S+`,
    value: furniture,
    examples: {
      match: ['893 Người đang Online', 'Lượt truy cập: 1.547.055', 'Email:BANBIENTAPDOINGOAI@LAICHAU.GOV.VN'],
      reject: ['thu hút 893 người lao động'],
    },
  },
  {
    id: 'noise.ordinal_and_names',
    pattern: String.raw`\blần thứ (\d+|[ivxl]+\b)|\bthứ \d+\b|\bđại hội (lần )?[ivxl\d]+|\bquốc lộ \d+|\bql ?\d+|\bnhiệm kỳ \d{4}\s*[-–]\s*\d{4}`,
    value: reference,
    examples: { match: ['Đại hội Đảng bộ tỉnh lần thứ XIV', 'nhiệm kỳ 2020 - 2025', 'dọc Quốc lộ 12'], reject: ['có 12 HTX'] },
  },
];
