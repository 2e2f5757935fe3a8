/**
 * Time cues: the year a figure refers to. A period gives its end year
 * ("giai đoạn 2021-2025" → 2025), a date its year ("tính đến 30/6/2023" → 2023),
 * "mỗi năm" marks a recurring goal (a count per year, dated by its period's end).
 * The capture group `y` holds the year.
 */
import type { Rule } from './rule.ts';

export interface TimeValue {
  /** 'now': as of the document's own date ("từ năm 2021 đến nay"). */
  kind: 'period' | 'date' | 'year' | 'recurring' | 'now' | 'last_year';
  /** False: it dates its own sentence only, and later paragraphs do not go on from it. */
  carries?: false;
}

export const TIME_RULES: Rule<TimeValue>[] = [
  {
    id: 'time.period',
    pattern: String.raw`\b(?:giai đoạn|thời kỳ|từ năm|từ|năm|kế hoạch|chiến lược)? ?(?:19|20)\d{2} ?(?:-|–|—|đến|tới|đến năm) ?(?:năm )?(?<y>(?:19|20)\d{2})\b`,
    value: { kind: 'period' },
    examples: { match: ['giai đoạn 2021-2025', 'GIAI ĐOẠN 2021 – 2030', 'từ năm 2021 đến năm 2025'], reject: ['năm 2024', 'chiếm 65 – 70%'] },
  },
  {
    id: 'time.date',
    pattern: String.raw`(?<!\d{1,2}:\d{2}\s*(?:[-|,–]\s*)?)\b\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?<y>(?:19|20)\d{2})\b(?!\s*(?:[-|,–]\s*)?\d{1,2}[:h]\d{2})|\bngày \d{0,2} ?tháng \d{0,2} ?năm (?<y2>(?:19|20)\d{2})`,
    value: { kind: 'date' },
    note: 'not a page\'s clock ("09/06/2023 16:10", "10:41 - 08/12/2022"): the time the page went up dates no figure (the document\'s date is read from it apart)',
    examples: {
      match: ['Tính đến 30/6/2023', 'ngày 07 tháng 8 năm 2023'],
      reject: ['năm 2024', '09/06/2023 16:10', '08:30, 19/01/2025', '08/12/2022 - 10:41 AM'],
    },
  },
  {
    id: 'time.month',
    pattern: String.raw`\btháng \d{1,2} ?[/.-] ?(?<y>(?:19|20)\d{2})\b|\btháng \d{1,2} năm (?<y2>(?:19|20)\d{2})\b|\b(?:hết|đến hết|cuối|đến cuối|tính đến hết) quý (?:i{1,3}|iv|[1-4]) ?[/.-] ?(?<y3>(?:19|20)\d{2})\b`,
    value: { kind: 'date' },
    note: 'a month of a year: "đến tháng 8/2024 toàn tỉnh có 264 HTX"; the end of a quarter: "Hết quý II/2024, tỉnh có 415 HTX"',
    examples: {
      match: ['đến tháng 8/2024 toàn tỉnh có', 'tính đến tháng 6 năm 2025', 'Hết quý II/2024, tỉnh Quảng Ngãi có'],
      reject: ['6 tháng đầu năm 2024', 'trong 3 tháng', 'quý I năm nay'],
    },
  },
  {
    id: 'time.year',
    pattern: String.raw`\b(?:năm|đến|tới|hết|cuối|trước) (?:năm )?(?<y>(?:19|20)\d{2})\b`,
    value: { kind: 'year' },
    examples: { match: ['Ước thực hiện hết năm 2023', 'Đến năm 2025:', 'đến 2030 có 200 HTX'], reject: ['có 2025 thành viên', 'trong 6 tháng đầu'] },
  },
  {
    id: 'time.now',
    pattern: String.raw`\b(?:hiện nay|hiện tại|đến nay|tới nay|cho đến nay|đến thời điểm hiện tại)\b|(?<!\bthực )\bhiện\b(?=,? (?:toàn|cả|các|trên địa bàn|có|đang|còn|đóng góp|đạt)\b)|(?<=[,;]\s{0,2})\bnay\b(?= (?:đã |đạt |có |tăng |lên |là ))`,
    value: { kind: 'now' },
    note: 'the time of writing: a figure reported "hiện nay" is dated by the document, not by a year named in an earlier sentence; also a bare "nay" that opens the second half of a change ("từ 120 thành viên (năm 2018), nay tăng lên 410 thành viên")',
    examples: {
      match: [
        'Hiện nay toàn tỉnh có 48 sản phẩm OCOP',
        'Hiện toàn tỉnh có 146 HTX',
        'Hiện, toàn huyện có 58 HTX',
        'đến nay đã có 18 HTX',
        'từ 120 thành viên (năm 2018), nay tăng lên 410 thành viên',
      ],
      reject: ['thực hiện năm 2023', 'hiện đại hóa', 'địa phương thực hiện các giải pháp', 'thực hiện có hiệu quả'],
    },
  },
  {
    id: 'time.rest_of_year',
    pattern: String.raw`\b(?:từ nay |từ giờ )?(?:đến|tới|trước|vào) (?:cuối|hết) năm(?: nay)?\b(?! (?:nay|qua|trước|ngoái|vừa|(?:19|20)\d{2}))|\b(?:trong|cuối|hết|của) năm nay\b`,
    value: { kind: 'now' },
    note: 'the rest of the year of writing: "Dự kiến từ nay đến cuối năm thành lập thêm 8 HTX" is this year\'s (not "cuối năm 2025", nor "cuối năm qua")',
    examples: {
      match: ['Dự kiến từ nay đến cuối năm, toàn tỉnh thành lập thêm', 'phấn đấu trong năm nay có thêm 5 HTX', 'đến hết năm nay'],
      reject: ['đến cuối năm 2025', 'đến hết năm qua', 'cuối năm trước'],
    },
  },
  {
    id: 'time.since_until_now',
    pattern: String.raw`\b(?:từ|kể từ|trong) (?:năm |giai đoạn )?(?:19|20)\d{2}(?: ?[-–] ?(?:19|20)\d{2})? (?:đến|tới|cho đến|đến thời điểm) (?:nay|hiện nay|hiện tại)\b`,
    value: { kind: 'now', carries: false },
    note: 'a count since a year "up to now" is dated by the document, not by its first year; a paragraph after it goes on from the time its report opened with, not from this span ("Đến cuối năm 2015, … Từ năm 2011 đến nay, …")',
    examples: {
      match: ['Từ năm 2021 đến nay, toàn tỉnh thành lập mới 210 HTX', 'kể từ 2018 tới nay'],
      reject: ['từ năm 2021 đến năm 2025', 'năm 2021 thành lập mới 20 HTX'],
    },
  },
  {
    id: 'time.years_on',
    pattern: String.raw`(?:^|[.;:]\s*)\W*sau (?:hơn |gần |khoảng |trên )?\d+ năm(?: (?:phát triển|thực hiện|triển khai|hoạt động|xây dựng|đổi mới|nỗ lực))?\b(?! ?[(,]? ?(?:từ|giai đoạn|\(|(?:19|20)\d{2}))`,
    value: { kind: 'now', carries: false },
    note: '"Năm 2012, huyện mới có 40 HTX. Sau hơn 11 năm xây dựng, cả huyện có 96 HTX": N years on from the year before is the time of writing, dated by the document (not a span given its years, "Sau 5 năm (2016-2020)")',
    examples: {
      match: ['Sau gần 12 năm hoạt động, cả huyện đã có tới', 'Năm 2012, huyện mới có 40 HTX. Sau 12 năm, toàn huyện có'],
      reject: ['Sau 5 năm (2016-2020), toàn tỉnh thành lập mới', 'sau 5 năm từ 2016 đến 2020', 'thành lập sau 3 năm chuẩn bị'],
    },
  },
  {
    id: 'time.after_year',
    pattern: String.raw`\b(?:kể )?từ sau (?:năm )?(?:19|20)\d{2}\b(?! ?(?:[-–]|đến|tới))`,
    value: { kind: 'now', carries: false },
    note: '"Từ sau năm 2017, các HTX liên tục ra đời": a span from a year to the time of writing, dated by the document; it dates no paragraph after it',
    examples: { match: ['Từ sau năm 2019, nhiều mô hình HTX ra đời', 'kể từ sau 2020'], reject: ['từ sau năm 2019 đến năm 2022', 'năm 2017 thành lập 5 HTX'] },
  },
  {
    id: 'time.last_year',
    pattern: String.raw`(?<!\b(?:so với|so cùng kỳ|cùng kỳ|so với cùng kỳ|những|nhiều|các|mấy|\d+|chục) )\b(?:(?<always>năm ngoái|năm trước)|(?<end>(?:hết|cuối) năm (?:vừa )?qua)|năm (?:vừa )?qua)\b`,
    value: { kind: 'last_year' },
    note: 'the year before the document\'s: "năm ngoái", "năm trước"; "hết/cuối năm qua" before the last quarter; plain "năm qua" only in the first quarter, when last year\'s results are reported (later it may mean the last twelve months); not a comparison ("so với năm trước") nor "những năm qua"',
    examples: {
      match: ['Tính đến hết năm qua, toàn tỉnh có 212 HTX', 'năm ngoái các HTX đạt doanh thu', 'Trong năm vừa qua, thành lập mới 15 HTX'],
      reject: ['tăng 12% so với năm trước', 'những năm qua, các HTX', 'trong 10 năm qua', 'tăng so với cùng kỳ năm trước'],
    },
  },
  {
    id: 'time.column_year',
    pattern: String.raw`\b(?:thực hiện|th|ước th|ước thực hiện|ước|kế hoạch|kh|dự kiến|dự báo)(?: \d{1,2} tháng(?: đầu năm| năm)?)? (?<y>(?:19|20)\d{2})\b`,
    value: { kind: 'year' },
    note: 'a table column named by its status and year without "năm": "Thực hiện 2023", "Ước TH 2024", "KH 2025", "Thực hiện 6 tháng 2024"',
    examples: {
      match: ['Thực hiện 2023 412', 'Ước TH 2024 425', 'Kế hoạch 2025 440', 'Thực hiện 6 tháng 2024 45 HTX', 'Ước thực hiện 9 tháng đầu năm 2025 52 HTX'],
      reject: ['thực hiện Kế hoạch số 12', 'thực hiện 6 tháng, 45 HTX'],
    },
  },
  {
    id: 'time.recurring',
    pattern: String.raw`\b(mỗi năm|hằng năm|hàng năm|bình quân (mỗi |hằng |hàng )?năm|trung bình (mỗi )?năm)\b`,
    value: { kind: 'recurring' },
    examples: { match: ['mỗi năm thành lập 03 HTX trở lên', 'bình quân hằng năm tăng 5%'], reject: ['năm 2025 có 319 HTX'] },
  },
];

/**
 * The value of the same period of an earlier year, named right before the figure: a table
 * column "Cùng kỳ năm 2023 41 HTX", or "…, cùng kỳ năm 2023 là 1.450 triệu đồng". The figure
 * is that year's result. (Elsewhere "cùng kỳ năm 2023" is only a comparison base, see noise.ratio_to_plan.)
 * The pattern ends where the figure begins.
 */
export const SAME_PERIOD_RULES: Rule<true>[] = [
  {
    id: 'time.same_period_value',
    pattern: String.raw`\b(?:cùng kỳ|cùng kì)(?: năm)? (?<y>(?:19|20)\d{2})(?: là| đạt| có)? ?:? ?(?=\d)`,
    value: true,
    examples: {
      match: [
        '- Tổng số hợp tác xã: Cùng kỳ năm 2023 41 HTX; Thực hiện 6 tháng 2024 45 HTX.',
        'doanh thu bình quân đạt 1.610 triệu đồng, cùng kỳ năm 2023 là 1.450 triệu đồng',
        'Cùng kỳ 2024: 312 thành viên',
      ],
      reject: ['Thành lập mới 14 HTX, bằng 127% cùng kỳ năm 2023', 'tăng 12% so với cùng kỳ năm 2023, đạt 45 HTX', 'so với cùng kỳ năm trước 41 HTX'],
    },
  },
  {
    id: 'time.compared_year_value',
    pattern: String.raw`\bso (?:với )?(?:cuối |hết |thời điểm )?năm (?<y>(?:19|20)\d{2}) ?\(\s*(?=\d)`,
    value: true,
    note: 'the level of the year compared with, in brackets: "tăng 178 HTX so với năm 2020 (359 HTX)"',
    examples: { match: ['có 410 HTX, tăng 96 HTX so với năm 2020 (314 HTX)'], reject: ['tăng 96 HTX so với năm 2020, đạt 410 HTX'] },
  },
];

/** Clause openers: the left context of a figure starts after the last of them. */
export const CLAUSE_OPENER_RULES: Rule<true>[] = [
  {
    id: 'clause.opener',
    pattern: String.raw`\b(phấn đấu|phấn đầu|phân đầu|phần đầu|trong đó|đồng thời|bên cạnh đó|ngoài ra|theo đó|cụ thể)\b|[;(]|\bvà(?= (giải thể|sáp nhập|củng cố|xử lý)\b)`,
    value: true,
    note: '"và" before a verb of dealing with cooperatives opens a clause of its own: "Số HTX hoạt động hiệu quả chiếm 20% trở lên và giải thể các HTX yếu kém"',
    examples: {
      match: [
        'Củng cố các HTX yếu kém, phấn đấu đến cuối năm 2025 có trên 70%',
        'toàn huyện có 53 hợp tác xã, trong đó 49 HTX',
        'Số HTX hoạt động hiệu quả chiếm 20% trở lên và giải thể các HTX yếu kém',
      ],
      reject: ['Doanh thu bình quân của HTX đạt'],
    },
  },
];

/**
 * A period shorter than a year ("6 tháng đầu năm", "9 tháng", "quý I"): an average over it has no unit in
 * TARGETS.md, so an average of revenue, profit or income over it is `other` (extractors/records.ts).
 */
export const PART_YEAR_RULES: Rule<true>[] = [
  {
    id: 'time.part_of_year',
    pattern: String.raw`\b(?:[1-9]|1[01]|0[1-9]|ba|sáu|chín) tháng(?: đầu| cuối)?(?: năm)?\b|\bquý (?:i{1,3}|iv|[1-4])\b|\bnửa đầu năm\b`,
    value: true,
    examples: {
      match: ['Doanh thu bình quân 9 tháng năm 2025 ước đạt 2,1 tỷ đồng/HTX', '6 tháng đầu năm, thu nhập bình quân đạt', 'trong quý I, doanh thu bình quân'],
      reject: ['doanh thu bình quân năm 2025 đạt 2,1 tỷ đồng/HTX', 'thu nhập 12 tháng', 'trong 24 tháng qua'],
    },
  },
];
