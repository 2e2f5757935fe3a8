/**
 * The year a document speaks from, when it gives no date of its own: excerpts of news
 * pages often start in the middle of an article. These rules read it from the text:
 * a sentence that opens on the time it reports ("6 tháng đầu năm 2018, toàn tỉnh …",
 * "Đến cuối năm 2024, toàn tỉnh có …"), a share of a year's plan reached, or the term
 * a congress opens. The capture group `y` holds the year (`before`: the year before it). extractors/docyear.ts applies
 * them in order, as named steps.
 */
import type { Rule } from './rule.ts';

export type DocYearKind =
  | 'report_opening'
  | 'plan_reached'
  | 'congress_term'
  | 'goal_horizon'
  | 'year_review'
  | 'anniversary'
  | 'whole_area'
  | 'same_period_before'
  | 'since_year_start'
  | 'estimate_of_year'
  | 'rest_of_year'
  | 'singled_year_done'
  | 'merged_province'
  | 'tasks_for_next_year'
  | 'new_in_year'
  | 'this_year_so_far'
  | 'period_done'
  | 'last_year_opening';

export interface DocYearValue {
  kind: DocYearKind;
  /** The year is the date a report speaks from ("Đến năm 2024, toàn tỉnh có …" opening an undated page): a later
   * "đến năm" of that same year in it is that as-of date again, not a deadline. */
  asOf?: true;
}

export const DOC_YEAR_RULES: Rule<DocYearValue>[] = [
  {
    id: 'docyear.report_opening',
    pattern: String.raw`^\W*(?:\([^)]{1,40}\)\s*[-–]?\s*|[a-zđ]{2,6}\s*[-–]\s+)?(?:(?:(?:theo(?! đó\b)|thông tin từ|số liệu (?:của|từ)|báo cáo của|thực hiện|triển khai) [^.;]{0,140}?|[^.;,]{0,100}? cho biết),\s*)?(?:về [^:.;]{0,60}:\s*)?(?:(?:theo )?số liệu (?:tập hợp|thống kê|tổng hợp|cập nhật) )?(?:ước |dự ước |ước tính |ước thực hiện )?(?:trong |tính chung |lũy kế |qua )?(?:(?:\d+|sáu|chín|ba) tháng (?:đầu |cuối )?năm |quý [ivx1-4]+ (?:năm )?|năm |tháng \d{1,2} ?[/.-] ?|tháng \d{1,2} năm |(?:đến|tới|tính đến|tính tới|tính đến hết|tính hết|đến hết|tới hết|đến cuối|tới cuối|tính đến cuối|cuối|hết) (?:(?:đầu |giữa )?năm |quý (?:i{1,3}|iv|[1-4]) ?[/.-] ?|(?:đầu |cuối |hết )?tháng \d{1,2} ?[/.-] ?|(?:đầu |cuối |hết )?tháng \d{1,2} năm |(?:ngày )?\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?))(?<y>(?:19|20)\d{2})\b(?! ?[-–] ?(?:19|20)\d{2})`,
    value: { kind: 'report_opening', asOf: true },
    note: 'matched from the start of a sentence (the extractor applies it to each sentence) (after a source tag "(Báo X) -" or an attribution "Theo …,"), and only in a sentence that sets no goal: the time a report speaks of',
    examples: {
      match: [
        'BHG - Năm 2022, toàn tỉnh thành lập mới được 35 hợp tác xã',
        '6 tháng đầu năm 2019, toàn tỉnh thành lập mới 21 HTX',
        'Qua 9 tháng đầu năm 2023, Liên minh HTX tỉnh đã tổ chức cho 150 HTX',
        'Đến cuối năm 2023, toàn tỉnh có 402 HTX',
        'Tính đến 31/12/2022, toàn huyện có 35 hợp tác xã',
        'Năm 2021, các HTX đạt doanh thu bình quân',
        'Đến tháng 9/2024 toàn tỉnh có 814 HTX',
        'Sở Kế hoạch và Đầu tư cho biết, trong tháng 8/2021, toàn tỉnh có 40 doanh nghiệp thành lập mới',
        'Tháng 3 năm 2020, huyện có thêm 2 HTX',
        '(Báo Nam Bộ) - Theo Liên minh HTX tỉnh, 9 tháng năm 2022, toàn tỉnh có thêm 14 HTX',
        '(BNB) Năm 2022, Hội Nông dân các xã trong tỉnh đã vận động thành lập mới 86 tổ hợp tác',
        'Về tổ hợp tác: Đến hết năm 2021, cả nước có 71.000 tổ hợp tác',
        '(ĐN)- Thông tin từ Liên minh HTX tỉnh, đến đầu tháng 10-2016, trên địa bàn tỉnh có 12 HTX thành lập mới',
        'Theo Sở Kế hoạch và Đầu tư cho biết, ước đến cuối năm 2021, toàn tỉnh có 210 HTX',
        'Theo Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể tỉnh, năm 2023, toàn tỉnh có 193 HTX',
        'Số liệu tập hợp năm 2020, toàn huyện có 21 hợp tác xã',
        'Theo số liệu thống kê tính đến hết năm 2024, tỉnh đã vươn lên thứ ba cả nước về số HTX',
        'Thực hiện Chương trình OCOP, tính đến đầu năm 2024, huyện có 35 sản phẩm của HTX',
        'Báo cáo tại hội nghị cho biết, tính hết tháng 10-2022, toàn thành phố có 380 tổ hợp tác, HTX',
        'Hết quý II/2024, tỉnh có 415 HTX nông nghiệp',
      ],
      reject: [
        'Giai đoạn 2021-2025, thành lập mới 150 HTX',
        'Năm 2021 - 2025 là giai đoạn',
        'Theo đó, đến năm 2025, tỉnh thành lập mới 140 hợp tác xã',
        'Toàn tỉnh hiện có 320 HTX',
        'Các HTX năm 2023 đạt doanh thu',
      ],
    },
  },
  {
    id: 'docyear.plan_reached',
    pattern: String.raw`\b(?:đạt|vượt|bằng)(?: và vượt)?(?: (?:trên|hơn|gần|khoảng))? \d+(?:[.,]\d+)? ?%(?: so với)? (?:chỉ tiêu )?kế hoạch (?:năm |kh )?(?<y>(?:19|20)\d{2})\b`,
    value: { kind: 'plan_reached' },
    note: '"đạt 102% so với kế hoạch năm 2023": the document reports that year',
    examples: {
      match: ['doanh thu đạt 102% so với kế hoạch năm 2023', 'thành lập mới 34 HTX, vượt 13% kế hoạch năm 2022'],
      reject: ['phấn đấu hoàn thành kế hoạch năm 2025', 'Kế hoạch năm 2024 thành lập mới 30 HTX'],
    },
  },
  {
    id: 'docyear.congress_term',
    pattern: String.raw`(?<!nghị quyết )\bđại hội\b[^.;\n]{0,120}?\bnhiệm kỳ (?<y>(?:19|20)\d{2}) ?[-–—] ?(?:19|20)\d{2}\b`,
    value: { kind: 'congress_term' },
    note: 'a congress opens its term in the term\'s first year ("Đại hội … nhiệm kỳ 2020-2025" sits in 2020)',
    examples: {
      match: ['Khai mạc Đại hội thành viên Liên minh Hợp tác xã tỉnh, nhiệm kỳ 2020-2025', 'Đại hội đại biểu Liên minh HTX lần thứ VI, nhiệm kỳ 2025 - 2030'],
      reject: [
        'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX. Trong nhiệm kỳ 2020-2025',
        'hoàn thành các chỉ tiêu mà Nghị quyết Đại hội IV Liên minh HTX tỉnh, nhiệm kỳ 2012-2017 đã đề ra',
        'nhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 353 HTX',
      ],
    },
  },
  {
    id: 'docyear.year_review',
    pattern: String.raw`(?<!\bso (?:với )?)\b(?:tổng kết|đánh giá|sơ kết|kết quả|tình hình)\b[^.;]{0,150}?(?<!\b(?:đến|tới|hướng tới|vào|trước) )\bnăm (?<y>(?:19|20)\d{2})\b(?! ?[-–])`,
    value: { kind: 'year_review' },
    note: 'a page with no date of its own that tells of a conference reviewing a year ("… được đưa ra tại hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024") reports that year; so does a page dated early in a year that reviews the year before ("Sáng 23/1, … hội nghị đánh giá tình hình phát triển KTTT năm 2023 và triển khai nhiệm vụ năm 2024") reports that year: its "hiện có" is the year-end figure',
    examples: {
      match: [
        'tổ chức hội nghị đánh giá tình hình phát triển kinh tế tập thể, HTX năm 2023 và triển khai nhiệm vụ năm 2024',
        'Hội nghị tổng kết công tác năm 2022',
      ],
      reject: [
        'triển khai nhiệm vụ năm 2024',
        'đánh giá giai đoạn 2021-2025',
        'doanh thu tăng 57% so với kết quả thực hiện năm 2020',
        'Với kết quả đó, tỉnh định hướng đến năm 2025 có 400 HTX',
      ],
    },
  },
  {
    id: 'docyear.whole_area',
    pattern: String.raw`\btoàn (?:tỉnh|huyện|thành phố|thị xã|quốc|ngành)\b|\bcả nước\b|\btrên địa bàn\b|\bthành lập (?:mới|được)\b|\bnâng tổng số\b`,
    value: { kind: 'whole_area' },
    note: "a sentence that reports on a whole province, district or country (not on one cooperative's year): a page dated early in a year that opens on the year before with such a sentence reports that year",
    examples: {
      match: ['Trong năm 2020, tỉnh vận động thành lập mới 19 hợp tác xã nông nghiệp', 'Năm 2023, toàn tỉnh có 402 HTX'],
      reject: ['Năm 2023, doanh thu của hợp tác xã đạt 7,2 tỷ đồng'],
    },
  },
  {
    id: 'docyear.period_done',
    pattern: String.raw`^\W*(?:trong|sau|qua) (?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) năm(?: qua)?,?\s*\(?(?:từ |giai đoạn )?(?:năm )?(?:19|20)\d{2}\s*[-–]\s*(?<y>(?:19|20)\d{2})\)?,?[^.;]{0,80}?\bđã\b`,
    value: { kind: 'period_done' },
    note: 'a sentence that opens on N years just past, told as done ("Trong 5 năm từ 2016 - 2020 đã có …"): an undated page speaks from the end of that period',
    examples: {
      match: ['Trong 5 năm từ 2016 - 2020 đã có 3.000 HTX thành lập mới', 'Sau 3 năm (2021-2023), tỉnh đã hỗ trợ thành lập 60 HTX'],
      reject: ['Trong 5 năm 2021 - 2025, phấn đấu thành lập mới 100 HTX', 'Giai đoạn 2016 - 2020 đã có 50 HTX', 'Trong 5 năm từ 2016 - 2020 sẽ có 300 HTX'],
    },
  },
  {
    id: 'docyear.anniversary',
    pattern: String.raw`\b(?:tổng kết|sơ kết|kỷ niệm)\s+(?<n>\d{1,2}) năm (?:thực hiện|thi hành|triển khai)\s+(?:luật (?:hợp tác xã|htx)(?: năm)? (?<since>(?:19|20)\d{2})|nghị quyết (?:số )?13\b(?<nq13>))|\b(?:tổng kết|sơ kết|sau)\s+(?<n2>\d{1,2}) năm (?:thực hiện|thi hành|triển khai)\s+(?:nghị quyết|chỉ thị|kết luận|quyết định|đề án|chương trình|kế hoạch) (?:số )?\d+/(?<since2>(?:19|20)\d{2})\b`,
    value: { kind: 'anniversary' },
    note: 'a review of N years of a law or resolution is held N years after it: "tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012" → 2022; Nghị quyết 13-NQ/TW dates from 2002; "Sau 6 năm thực hiện Nghị quyết số 15/2018/NQ-HĐND" → 2024 (not "sau hơn N năm", which says no exact year)',
    examples: {
      match: [
        'Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012',
        'tổng kết 20 năm thực hiện Nghị quyết số 13-NQ/TW',
        'Sau 6 năm thực hiện Nghị quyết số 15/2018/NQ-HĐND về hỗ trợ hợp tác xã',
        'sơ kết 3 năm triển khai Đề án số 09/2021 của Tỉnh ủy',
      ],
      reject: ['10 năm thi hành Luật Hợp tác xã năm 2012 cho thấy', 'sau 5 năm triển khai Đề án', 'Sau hơn 6 năm thực hiện Nghị quyết số 15/2018/NQ-HĐND'],
    },
  },
  {
    id: 'docyear.goal_horizon',
    pattern: String.raw`\b(?:(?:đề án|chương trình|kế hoạch|chiến lược|nghị quyết|mục tiêu|chỉ tiêu|phương hướng|phấn đấu|(?:triển khai|phương hướng,?) nhiệm vụ)\b[^.;]{0,80}?\b(?:giai đoạn|thời kỳ|nhiệm kỳ|đến năm|tới năm|năm) (?:(?:19|20)\d{2} ?[-–—] ?)?(?<y>(?:19|20)\d{2})|đại hội\b[^.;]{0,120}?\bnhiệm kỳ (?:19|20)\d{2} ?[-–—] ?(?<y2>(?:19|20)\d{2}))\b`,
    value: { kind: 'goal_horizon' },
    note: 'the plan, programme or term whose goals the text states, when its title does not say: a target with no year of its own takes its end year ("Đề án … giai đoạn 2021-2025" → 2025; "Đại hội … nhiệm kỳ 2025-2030" → 2030)',
    examples: {
      match: [
        'UBND tỉnh phê duyệt Đề án phát triển kinh tế tập thể giai đoạn 2021-2025',
        'đã đặt mục tiêu cụ thể đến năm 2030',
        'Đại hội đại biểu Liên minh HTX tỉnh lần thứ II, nhiệm kỳ 2025 - 2030 đã bế mạc',
        'Kế hoạch phát triển HTX năm 2025',
        'hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024',
        'Phấn đấu đến năm 2030, toàn tỉnh có trên 90 HTX hoạt động hiệu quả',
      ],
      reject: ['Giai đoạn 2016-2020, thành lập mới 86 HTX', 'thực hiện Luật Hợp tác xã năm 2023 có hiệu lực', 'đã hoàn thành nhiệm vụ năm 2023'],
    },
  },
  {
    id: 'docyear.same_period_before',
    pattern: String.raw`\bso với cùng kỳ (?:năm |năm trước \()?(?<before>(?:19|20)\d{2})\b`,
    value: { kind: 'same_period_before' },
    note: 'an undated report that compares with the same period of a year ("tăng 6% so với cùng kỳ năm 2023") reports the year after it; a last resort, after every other step',
    examples: {
      match: ['nâng tổng số lên 515 HTX (tăng 6% so với cùng kỳ năm 2023)', 'doanh thu tăng 3,1% so với cùng kỳ 2022'],
      reject: ['tăng 2,8% so với năm 2020', 'so với cùng kỳ năm trước'],
    },
  },
  {
    id: 'docyear.since_year_start',
    pattern: String.raw`\bso với (?:thời điểm )?đầu năm (?<y>(?:19|20)\d{2})\b|\btừ đầu năm (?<y2>(?:19|20)\d{2})\b(?!\s*(?:đến|tới)\s+(?:hết |cuối )?(?:năm |tháng )?\d)`,
    value: { kind: 'since_year_start' },
    note: 'an undated report that compares with the start of a year ("tăng 3 triệu đồng so với đầu năm 2022") or tells what was done since it ("Từ đầu năm 2024, ngành …") was written later in that year; a last resort',
    examples: {
      match: ['thu nhập tăng 3 triệu đồng so với đầu năm 2022', 'tăng 12 HTX so với thời điểm đầu năm 2024', 'Từ đầu năm 2023, Liên minh HTX tỉnh đã hỗ trợ'],
      reject: ['tăng 2,8% so với năm 2020', 'so với đầu năm', 'từ đầu năm 2021 đến hết năm 2023'],
    },
  },
  {
    id: 'docyear.estimate_of_year',
    pattern: String.raw`\bước (thực hiện |tính |đạt )?((trong |cả )?năm|(đến|tới) (hết |cuối )?năm) (?<y>(?:19|20)\d{2})\b|\bnăm (?<y2>(?:19|20)\d{2}),? ước (thực hiện|tính|đạt)\b`,
    value: { kind: 'estimate_of_year' },
    note: 'an undated report that estimates a year\'s result ("doanh thu bình quân … ước thực hiện trong năm 2023 là 2,2 tỷ đồng", "ước tính đến cuối năm 2020 có thêm …") was written during that year; a last resort',
    examples: {
      match: [
        'doanh thu bình quân của 01 HTX ước thực hiện trong năm 2023 là 1,9 tỷ đồng',
        'doanh thu năm 2023 ước đạt 45 tỷ đồng',
        'ước tính đến hết năm 2018, tỉnh có thêm 6 HTX',
        'Doanh thu bình quân của HTX năm 2019, ước đạt 1,8 tỷ đồng',
      ],
      reject: ['doanh thu năm 2023 đạt 30 tỷ đồng', 'ước thực hiện giai đoạn 2021-2025'],
    },
  },
  {
    id: 'docyear.rest_of_year',
    pattern: String.raw`\b(?:\d+|ba|sáu|những) tháng cuối năm (?<y>(?:19|20)\d{2})\b|\b(?:\d+ tháng|ba tháng|sáu tháng|những tháng|quý (?:iv|4)) cuối năm\b[^.;]{0,150}?\b(?:chỉ tiêu|kế hoạch|nhiệm vụ|mục tiêu)\b(?: kế hoạch| chủ yếu)?(?: của| đề ra cho| đề ra)? năm (?<y2>(?:19|20)\d{2})\b`,
    value: { kind: 'rest_of_year' },
    note: 'an undated report that turns to the months left of a year ("Trong 3 tháng cuối năm, huyện tập trung … đạt các chỉ tiêu của năm 2024", "6 tháng cuối năm 2022") was written during that year; a last resort',
    examples: {
      match: [
        'Trong 3 tháng cuối năm, UBND huyện tập trung các giải pháp nhằm hoàn thành các chỉ tiêu của năm 2023',
        'Nhiệm vụ 6 tháng cuối năm 2022: tiếp tục hỗ trợ thành lập mới HTX',
        'những tháng cuối năm, ngành phấn đấu đạt kế hoạch năm 2021',
      ],
      reject: ['6 tháng đầu năm 2022, toàn tỉnh thành lập mới 12 HTX', 'cuối năm 2023, toàn tỉnh có 300 HTX', 'phấn đấu hoàn thành các chỉ tiêu năm 2025'],
    },
  },
  {
    id: 'docyear.tasks_for_next_year',
    pattern: String.raw`\b(đề ra|thống nhất|bàn|triển khai|xác định|thảo luận)( các| những)?( phương hướng,?| mục tiêu,?)? nhiệm vụ( trọng tâm| chủ yếu)?( của)? năm (?<next>(?:19|20)\d{2})\b(?! ?[-–])`,
    value: { kind: 'tasks_for_next_year' },
    note: 'an undated page of a meeting that sets the tasks of a year ("hội nghị thống nhất đề ra nhiệm vụ năm 2021") reports the year before it; a last resort',
    examples: {
      match: ['Hội nghị đã thống nhất đề ra nhiệm vụ năm 2022', 'triển khai phương hướng, nhiệm vụ năm 2020'],
      reject: ['hoàn thành nhiệm vụ năm 2022', 'nhiệm vụ giai đoạn 2021-2025', 'triển khai nhiệm vụ năm 2021 - 2025'],
    },
  },

  {
    id: 'docyear.new_in_year',
    pattern: String.raw`\bthành lập mới (trong |vào )?năm (?<y>(?:19|20)\d{2})\b(?! ?[-–])`,
    value: { kind: 'new_in_year' },
    note: 'a body named as newly founded in a year ("HTX A - đơn vị thành lập mới năm 2025"), on an undated page that counts what was founded "từ đầu năm đến nay": that year is the page\'s (only with docyear.this_year_so_far)',
    examples: { match: ['Hợp tác xã Tân Lộc (xã Hòa Bình) - đơn vị thành lập mới năm 2024'], reject: ['thành lập mới 20 HTX năm 2025', 'thành lập năm 2019'] },
  },
  {
    id: 'docyear.round_of_year',
    pattern: String.raw`\b(?:đợt|lần|kỳ) (?:\d+|[ivx]+) (?:của |trong )?năm (?<y>(?:19|20)\d{2})\b(?! ?[-–])`,
    value: { kind: 'new_in_year' },
    note: 'a round of a year\'s programme ("có 6 sản phẩm dự thi OCOP đợt 1 năm 2024") on an undated page that counts what was done "từ đầu năm đến nay": that year is the page\'s (only with docyear.this_year_so_far)',
    examples: {
      match: ['có 6 sản phẩm dự thi OCOP đợt 1 năm 2024', 'xét chọn lần 2 năm 2023'],
      reject: ['đợt 1 năm 2023 - 2024', 'năm 2024 tổ chức 2 đợt'],
    },
  },
  {
    id: 'docyear.this_year_so_far',
    pattern: String.raw`\btừ đầu năm (đến nay|tới nay)\b`,
    value: { kind: 'this_year_so_far' },
    note: 'what was done "từ đầu năm đến nay": the page speaks of its own year so far (read with docyear.new_in_year)',
    examples: { match: ['Từ đầu năm đến nay, Liên minh HTX tỉnh đã'], reject: ['từ đầu năm 2023 đến nay', 'đầu năm nay'] },
  },
  {
    id: 'docyear.merged_province',
    pattern: String.raw`\btỉnh (?!hà tây\b)[^\s(),.;]+( [^\s(),.;]+){0,2} ?\(cũ\)`,
    value: { kind: 'merged_province' },
    note: 'an undated page that names a province "(cũ)" (the former one) writes after the provinces were merged on 1 July 2025 (Hà Tây, merged in 2008, is the one older case): a last resort, it dates the page 2025',
    examples: {
      match: ['Trong đó, tỉnh Hà Giang (cũ) hỗ trợ thành lập 9 HTX', 'tỉnh Bắc Kạn (cũ) có 31 HTX'],
      reject: ['tỉnh Hà Tây (cũ) có 300 HTX', 'huyện Tân Yên (cũ)'],
    },
  },
  {
    id: 'docyear.last_year_opening',
    pattern: String.raw`^\W*(?:[^.;,]{0,120}? cho biết,\s*)?(?:trong )?năm (?:vừa )?qua\b(?! (?:và|,))`,
    value: { kind: 'last_year_opening' },
    note: 'a page dated early in a year that opens on "năm qua" ("Phòng Nông nghiệp huyện cho biết, năm qua có thêm mới 3 HTX …") reports the year before: its "hiện có" is as of that year\'s end',
    examples: {
      match: ['Phòng Kinh tế thị xã cho biết, năm qua có thêm 4 hợp tác xã ra đời', 'Năm vừa qua, toàn huyện có thêm 6 HTX'],
      reject: ['Những năm qua, huyện luôn quan tâm phát triển HTX', 'Năm 2019, huyện thành lập mới 4 HTX', 'năm qua và những năm tới'],
    },
  },
  {
    id: 'docyear.singled_year_done',
    pattern: String.raw`\b(?:tính )?riêng (?:trong )?năm (?<y>(?:19|20)\d{2}),?[^.;]{0,80}?\bđã\b`,
    value: { kind: 'singled_year_done' },
    note: 'an undated page that singles out one year as done ("Tính riêng năm 2021, toàn huyện đã có 6 HTX thành lập mới") speaks from that year: its "đến nay" is that year\'s; a last resort',
    examples: {
      match: ['Tính riêng năm 2021, trên địa bàn huyện đã có 6 HTX thành lập mới', 'riêng trong năm 2019 đã thành lập 4 HTX'],
      reject: ['riêng năm 2025 phấn đấu thành lập 10 HTX', 'Tính riêng năm 2021, thành lập mới 6 HTX'],
    },
  },
];
