/**
 * Status cues: is a figure set as a goal (target) or reported as reached (actual)?
 * Strong cues govern what follows them in their paragraph and, in a heading or a
 * lead-in, everything under it; weak cues count only inside their own sentence.
 * In a heading the first cue wins ("ĐÁNH GIÁ … THỰC HIỆN KẾ HOẠCH" reports), elsewhere the nearest.
 */
import type { Rule } from './rule.ts';
import type { Status } from '../pipeline/record.ts';

export interface StatusValue {
  status: Status;
  strength: 'strong' | 'weak';
  /** A deadline ("đến năm 2025"): a goal unless the year it names has already passed when the text was written. */
  deadline?: true;
}

const T = (strength: 'strong' | 'weak'): StatusValue => ({ status: 'target', strength });
const A = (strength: 'strong' | 'weak'): StatusValue => ({ status: 'actual', strength });

export const STATUS_RULES: Rule<StatusValue>[] = [
  {
    id: 'status.actual.reached_plan',
    pattern: String.raw`(?<!(phấn đấu|cố gắng|quyết tâm|nhằm|để) )\b(đạt|vượt|hoàn thành|đảm bảo|bảo đảm|bằng)( và vượt)?(( trên| hơn| gần| khoảng)? \d+([.,]\d+)? ?/?%)?( so với)?( chỉ tiêu| mục tiêu)? kế hoạch( năm( \d{4})?)?( (đề ra|đặt ra|được giao|giao|đã đề ra))?|\b(đạt|vượt|bằng)( và vượt)?( trên| hơn| gần| khoảng)? \d+([.,]\d+)? ?/?%( so với)? (chỉ tiêu|mục tiêu)( (đề ra|đặt ra|được giao|giao))?|\bvượt( so với)? (chỉ tiêu|mục tiêu)( (đề ra|đặt ra|được giao|giao))?|\bđạt và vượt\b`,
    value: A('strong'),
    examples: {
      match: [
        'Số HTX thành lập mới là 36 HTX đạt và vượt Kế hoạch năm 2023 đã đề ra',
        'trình độ trung cấp 45 người đảm bảo kế hoạch',
        'thành lập mới 52 HTX, đạt 104% kế hoạch năm',
        'vượt 12,5% so với kế hoạch',
        'thành lập mới 96 HTX, vượt 20% so với mục tiêu',
        'thành lập mới 40 HTX, vượt trên 30% kế hoạch đề ra',
        'đạt 108% kế hoạch năm đề ra',
        'thành lập mới được 51 đơn vị, đạt 102/% kế hoạch',
      ],
      reject: [
        'Kế hoạch năm 2024 đã đề ra mục tiêu',
        'phấn đấu đạt được các mục tiêu như sau',
        'phấn đấu hoàn thành các mục tiêu cụ thể như sau',
        'phấn đấu hoàn thành kế hoạch',
      ],
    },
  },
  {
    id: 'status.actual.source_as_of',
    pattern: String.raw`\btheo (?!đó\b|(?:kế hoạch|mục tiêu|đề án|chương trình|nghị quyết|quyết định|chiến lược|định hướng|lộ trình|dự kiến|dự thảo|chỉ tiêu)\b)[^.;:]{0,140}?,\s*(?:tính )?(?:đến|tới) (?:hết |cuối )?năm (?:19|20)\d{2}\b(?=,?\s*(?:toàn|cả|tỉnh|huyện|thành phố|thị xã|trên địa bàn)\b)`,
    value: A('strong'),
    note: 'a year a source counts up to ("Theo Trung tâm thông tin …, đến năm 2016, cả nước có …") is an as-of date, not a deadline (not "Theo kế hoạch, đến năm 2025, toàn tỉnh có …")',
    examples: {
      match: ['Theo số liệu của Cục Kinh tế hợp tác, đến năm 2017, cả nước có', 'Theo Liên minh HTX tỉnh, tính đến hết năm 2021, toàn tỉnh có'],
      reject: ['Theo kế hoạch, đến năm 2025, toàn tỉnh có', 'Theo đó, đến năm 2030, toàn tỉnh có', 'Đến năm 2025, toàn tỉnh có'],
    },
  },
  {
    id: 'status.actual.as_of',
    pattern: String.raw`(?<!\bthực )\bhiện\b(?=,? (đóng góp|có|đạt|chiếm|còn|đang|toàn|cả|các|trên địa bàn|thu hút|giải quyết|tạo|tỉnh có|huyện có|thành phố có|thị xã có)\b)(?! có\s*[.,;:)])|\bvẫn còn\b|\b(tính|tính đến|tính tới|cập nhật) (đến|tới|hết|đến hết|đến cuối|đến thời điểm|đến ngày)\b|\btính đến\b|\bđến nay\b|\bđến thời điểm (này|hiện tại|báo cáo)\b|\bhiện nay\b|\bhiện tại\b|(?<!\bthực )\bhiện (có|đang)\b(?!\s*[.,;:)])|\blũy kế\b|(?<!\b(đến|tới|phấn đấu|trước) )\bhết quý (i{1,3}|iv|[1-4]) ?[/.-] ?(19|20)\d{2}\b`,
    value: A('strong'),
    examples: {
      match: [
        'Tính đến 30/6/2023 toàn tỉnh có 674 tổ hợp tác',
        'Hiện, toàn huyện có 58 HTX và 410 tổ hợp tác',
        'Hiện nay, toàn tỉnh có 264 hợp tác xã',
        'Khu vực kinh tế tập thể hiện đóng góp khoảng 1,4% GRDP',
        'toàn tỉnh vẫn còn 63 HTX yếu kém',
        'tính đến hết năm 2022 có 120 HTX',
        'đến nay 100% hợp tác xã đã chuyển đổi',
        'Hết quý II/2024, tỉnh có 415 HTX nông nghiệp',
      ],
      reject: [
        'Duy trì các HTX hiện có. Cuối năm 2024, tỉnh có 265 HTX',
        'Đến năm 2025, có 319 HTX',
        'địa phương thực hiện các giải pháp để giải thể được 40 HTX',
        'thực hiện có hiệu quả',
      ],
    },
  },
  {
    id: 'status.actual.estimate',
    pattern: String.raw`\bước (thực hiện|th|đạt|tính|cả năm|năm|hết năm|đến|tới)\b|\bdự ước\b|\bước thực hiện\b|\bước\b(?= \d)`,
    value: A('strong'),
    examples: {
      match: [
        'Ước thực hiện hết năm 2023, toàn huyện có 53 hợp tác xã',
        'ước đến 31/12/2023 trên địa bàn tỉnh thành lập mới 35 HTX',
        'Dự ước năm 2020, đóng góp vào ngân sách',
        'doanh thu ước đạt 1.100 triệu đồng',
        'ước năm 2023 có 60 HTX',
      ],
      reject: ['phấn đấu doanh thu bình quân đạt 1.250 triệu đồng'],
    },
  },
  {
    id: 'status.actual.done_year',
    pattern: String.raw`(?<!kế hoạch )(?<!kh )(?<!chương trình )(?<!tổ chức )\b(thực hiện|th|kết quả|số liệu) (năm |cả năm |hết năm |đến hết năm )?(19|20)\d{2}\b|(?<!kế hoạch )\bthực hiện (6|9) tháng\b`,
    value: A('strong'),
    note: 'a column of a table written as text: "Thực hiện năm 2023 36 HTX; Kế hoạch năm 2024 35 HTX"',
    examples: {
      match: ['Số HTX thành lập mới: Thực hiện năm 2023 36 HTX', 'Tổng số HTX: TH 2022: 412 HTX', 'kết quả năm 2023 đạt 40 HTX', 'thực hiện 6 tháng đầu năm'],
      reject: ['Kế hoạch thực hiện năm 2024', 'tổ chức thực hiện năm 2025 đạt mục tiêu', 'thực hiện Nghị quyết số 20'],
    },
  },
  {
    id: 'status.actual.report',
    pattern: String.raw`\b(đánh giá|tình hình|kết quả|tổng kết|sơ kết|thực trạng|báo cáo) (tình hình|kết quả|thực hiện|phát triển|đạt được|hoạt động|năm|giai đoạn|công tác)|^\s*(đánh giá|tình hình|kết quả|thực trạng)\b|\bkết quả đạt được\b|\bnăm qua\b|\bvừa qua\b|\bthời gian qua\b|\bgiai đoạn (vừa )?qua\b|\bnhiệm kỳ (vừa )?qua\b`,
    value: A('strong'),
    examples: {
      match: [
        'ĐÁNH GIÁ TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2023',
        'TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ, HTX NĂM 2023',
        'KẾT QUẢ THỰC HIỆN PHÁP LUẬT',
        'Trong năm qua, toàn tỉnh thành lập mới 40 HTX',
        'Trong nhiệm kỳ qua, toàn tỉnh đã thành lập mới 69 HTX',
      ],
      reject: ['KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2024', 'Một số mục tiêu cụ thể'],
    },
  },
  {
    id: 'status.actual.report_shows',
    pattern: String.raw`\b(báo cáo|số liệu|thống kê)\b[^.;:]{0,80}?\bcho thấy\b|\btheo (số liệu )?thống kê\b|\btheo số liệu\b(?! (kế hoạch|dự kiến|dự báo))`,
    value: A('strong'),
    note: 'what a report or statistics show has happened: "Báo cáo của Liên minh HTX cho thấy, đến cuối năm nay …" reports, whatever a line before said was planned',
    examples: {
      match: [
        'Báo cáo của Sở Kế hoạch và Đầu tư cho thấy, đến cuối năm toàn tỉnh có 280 HTX',
        'Theo số liệu của Liên minh HTX, toàn tỉnh có 412 HTX',
        'Số liệu thống kê cho thấy khu vực này có 45 HTX',
        'Theo thống kê, huyện có 31 tổ hợp tác',
      ],
      reject: ['Dự thảo báo cáo chính trị trình Đại hội', 'báo cáo viên cho biết sẽ thành lập thêm 10 HTX'],
    },
  },
  {
    id: 'status.actual.source_says',
    pattern: String.raw`\btheo (liên minh|sở|chi cục|phòng|cục|tổng cục|bộ|ubnd|ủy ban nhân dân|ban chỉ đạo)\b[^,.;:\n]{0,60},`,
    value: A('weak'),
    note: 'a count told as what an office says ("Theo Liên minh HTX tỉnh, toàn tỉnh có …") is what it has recorded',
    examples: {
      match: ['Theo Liên minh HTX tỉnh, toàn tỉnh có 140 HTX đang hoạt động', 'Theo Chi cục Phát triển nông thôn, huyện có 22 tổ hợp tác'],
      reject: ['Theo kế hoạch, năm 2025 toàn tỉnh có 150 HTX', 'Theo Liên minh HTX Việt Nam và các sở ngành'],
    },
  },
  {
    id: 'status.actual.against_plan',
    pattern: String.raw`\b(thấp hơn|cao hơn|chưa đạt|không đạt)( so với)?( chỉ tiêu| mục tiêu)? kế hoạch\b`,
    value: A('strong'),
    note: 'a figure measured against its plan has been reached (or not): "GRDP tăng 5,1%, thấp hơn kế hoạch"; the plan itself is no goal of this sentence',
    examples: {
      match: ['tốc độ tăng trưởng đạt 5,1%, thấp hơn kế hoạch', 'doanh thu cao hơn so với kế hoạch năm', 'số HTX thành lập mới chưa đạt kế hoạch'],
      reject: ['Kế hoạch năm 2025 đặt mục tiêu thành lập mới 30 HTX'],
    },
  },
  {
    id: 'status.actual.years_on',
    pattern: String.raw`^\W*sau (hơn |gần |trên )?\d+ năm (triển khai |tổ chức )?(thực hiện|triển khai|thi hành|hoạt động)\b`,
    value: A('weak'),
    note: 'a sentence opening on the years a policy has run ("Sau 6 năm thực hiện Nghị quyết …") tells what came of it, whatever the line before planned',
    examples: {
      match: ['Sau 6 năm thực hiện Nghị quyết số 15/2018/NQ-HĐND, các HTX đã tạo việc làm cho', 'Sau hơn 3 năm triển khai Đề án, toàn tỉnh có'],
      reject: ['Năm 2025 phấn đấu sau 5 năm thực hiện', 'thành lập sau 3 năm chuẩn bị'],
    },
  },
  {
    id: 'status.actual.past',
    pattern: String.raw`(?<!tối )(?<!\b(trung ương|của|chi bộ|tổ chức|đại hội|cấp ủy|ban chấp hành|nghị quyết|chủ trương|lãnh đạo|sự lãnh đạo của|xứng|đường lối của|chính sách của) )\b(đã(?! (qua (đào tạo|bồi dưỡng|tập huấn)|dạng|số|phần|ngành|lĩnh vực|mục tiêu|mục đích|năng|phương|chức năng|nghề)\b)|đang(?! (hoạt động|bộ|ủy|viên|và nhà nước|cộng sản|kể|chú ý|khích lệ|mừng|lo ngại|quan tâm|ghi nhận|tự hào|học tập|trân trọng)\b)|được ghi nhận|đạt được là)\b`,
    value: A('weak'),
    note: 'the key folds "đã" and "đa" alike: "tối đa" is a bound, "đa dạng", "đa số" are no past tense; it folds "đang" (now) with "Đảng" (the Party: "Trung ương Đảng", "Đảng bộ") and "đáng" ("đáng kể", "xứng đáng"), which tell no time; "đã qua đào tạo" names trained managers, in a goal as in a result; "đang hoạt động" names the kind counted (working cooperatives), in a goal as in a result',
    examples: {
      match: ['Các HTX trên địa bàn tỉnh đã thu hút và đảm bảo việc làm ổn định cho 14.650 lao động'],
      reject: [
        'Phấn đấu thành lập mới 35 HTX',
        'tỷ lệ nợ xấu tối đa 2%',
        'Mục tiêu: huyện có 40 HTX đang hoạt động',
        'Tỷ lệ cán bộ quản lý HTX đã qua đào tạo đạt 60%',
        'Nghị quyết số 13 của Ban Chấp hành Trung ương Đảng khóa IX, huyện có gần 90 HTX',
        'Đảng bộ huyện xác định',
        'số HTX tăng đáng kể',
        'xứng đáng là bà đỡ',
        'các HTX hoạt động đa dạng ngành nghề',
        'đa số HTX có quy mô nhỏ',
      ],
    },
  },
  {
    id: 'status.target.strive',
    pattern: String.raw`(?<!(%|\bđạt|\bvượt|\bso với|\bbằng|\btheo) )\bkh\b(?= (năm )?(19|20)\d{2}\b)|\bphấn đấu\b|\bphấn đầu\b|\bphần đầu\b|\bphân đầu\b|\bdự kiến\b|\bchỉ tiêu (kế hoạch|giao|đề ra|phấn đấu)\b|\bgiao chỉ tiêu\b|(?<!(\b(thực hiện|triển khai|theo|của|sau|tổng kết|sơ kết|ban hành|căn cứ|so với|đạt|vượt|với|nhằm|vì|(trước|sau|từ) khi có)( các| những)?|%) )\b(mục tiêu|kế hoạch|chiến lược|định hướng|đề án|nhiệm vụ)\b(?! (nêu|cho biết|chỉ rõ|nhận định|đánh giá|xác định rõ))(?![^.;:]{0,100}\bđược\b(?! (xác định|giao|đặt ra|đề ra|cụ thể))[^.;:]{0,90}\b(chỉ đạo thực hiện|triển khai thực hiện|tổ chức thực hiện|quán triệt)\b)|(?<!\b(vượt|đạt|hoàn thành|bằng)\b[^.;]{0,120})\b(đặt ra|đề ra)\b|\bphương hướng\b|(?<!\b(đã|được) )\bxác định (mục tiêu |nhiệm vụ |chỉ tiêu )?(năm (19|20)\d{2} )?(sẽ )?(thành lập|phát triển|xây dựng|nâng|đưa|củng cố)\b`,
    value: T('strong'),
    note: 'a plan named as the thing carried out ("sau 3 năm triển khai Đề án", "kết quả thực hiện Kế hoạch", "các nhiệm vụ … được … chỉ đạo thực hiện") sets no goal',
    examples: {
      match: [
        'Năm 2024, tỉnh Bắc Kạn phấn đấu hoàn thành các mục tiêu cụ thể như sau:',
        'Số HTX thành lập mới: TH 2023 36 HTX; KH 2024 35 HTX',
        'Phân đầu hết năm 2024 thành lập mới 04 HTX',
        'phần đầu có khoảng 08% HTX liên kết',
        '4. Một số mục tiêu cụ thể',
        'DỰ KIẾN CÁC MỤC TIÊU HOÀN THÀNH THEO KẾ HOẠCH 5 NĂM',
        'Kế hoạch năm 2024 35 HTX',
        'II. CÁC MỤC TIÊU',
        'hoàn thành các mục tiêu đề ra',
        'Năm tới, Liên minh HTX tỉnh xác định phát triển thêm ít nhất 40 HTX',
        'Nhiệm vụ năm 2025 được giao cho các huyện tổ chức thực hiện là thành lập mới 30 HTX',
      ],
      reject: [
        'Hiện nay, toàn tỉnh có 264 hợp tác xã',
        'Kết quả sau 3 năm triển khai Đề án, toàn tỉnh đã thành lập',
        'kết quả thực hiện Kế hoạch',
        'Với mục tiêu nâng cao năng lực quản trị, Liên minh đã triển khai',
        'Qua rà soát, đã xác định được 12 HTX đủ điều kiện hỗ trợ',
        'Các sản phẩm được xác định phát triển theo chuỗi giá trị đều có HTX tham gia',
        'thành lập mới 9 HTX, đạt 45% KH 2023',
        'toàn tỉnh có 96 tổ hợp tác, đạt 92% kế hoạch năm',
        'cao hơn 8% so với trước khi có đề án',
        'những nhiệm vụ phát triển HTX gắn với xây dựng nông thôn mới luôn được huyện ủy, UBND huyện quan tâm, chỉ đạo thực hiện',
        'thành lập mới 88 HTX, vượt 46% chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 đề ra',
      ],
    },
  },
  {
    id: 'status.target.indicators_list',
    pattern: String.raw`(?<!\b(kết quả|đạt|vượt|hoàn thành|đánh giá|báo cáo)( thực hiện)?( các| những| được)? )\b(các |những )?chỉ tiêu( chính| chủ yếu| cụ thể| sau)?\s*:`,
    value: T('strong'),
    note: 'a list of indicators to carry out ("Trong năm, còn thực hiện các chỉ tiêu: Thành lập mới 5 HTX; …") sets goals; the results against them ("Kết quả thực hiện các chỉ tiêu: …") do not',
    examples: {
      match: ['Trong năm, còn thực hiện các chỉ tiêu: Thành lập mới 5 HTX', 'Các chỉ tiêu cụ thể: thành lập mới 20 HTX'],
      reject: ['Kết quả thực hiện các chỉ tiêu: thành lập mới 20 HTX', 'đạt các chỉ tiêu: thành lập mới 20 HTX', 'các chỉ tiêu về hợp tác xã đều đạt'],
    },
  },
  {
    id: 'status.target.main_indicators',
    pattern: String.raw`(?<!\b(thực hiện|kết quả|đánh giá|đạt|vượt|hoàn thành|so với)( các| một số)? )\b(các |một số )?chỉ tiêu (chủ yếu|chính|cơ bản)\b(?=[^.;:]{0,25}(19|20)\d{2})`,
    value: T('strong'),
    note: 'a socio-economic report\'s list of next year\'s main indicators ("Một số chỉ tiêu chủ yếu năm 2025: …; thành lập mới 70 HTX") sets goals; the results against them ("kết quả thực hiện các chỉ tiêu chủ yếu năm 2024") do not',
    examples: {
      match: ['Một số chỉ tiêu chủ yếu năm 2025: tốc độ tăng trưởng GRDP 8%', 'Các chỉ tiêu chính năm 2026:'],
      reject: ['Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024', 'đạt một số chỉ tiêu chủ yếu năm 2023', '1. Chỉ tiêu chủ yếu'],
    },
  },
  {
    id: 'status.target.deadline',
    pattern: String.raw`(?<!tính )(?<!tính từ nay )\b(đến|tới|trước|vào) năm \d{4}\b|\b(đến|tới) \d{4}\b|\bđến cuối giai đoạn\b|\bđến hết giai đoạn\b`,
    value: { ...T('strong'), deadline: true },
    note: '"đến cuối năm 2024", "đến hết năm 2024" are no cue of their own: a report\'s as-of date as often as a deadline ("Đến cuối năm 2024, toàn tỉnh có 320 HTX" in a review of that year); the scope, the other cues and the document\'s date decide',
    examples: {
      match: ['Đến năm 2025: Đóng góp của KTTT trong GRDP', 'tới năm 2030 có 300 HTX', 'trước năm 2026 hoàn thành'],
      reject: ['tính đến năm 2022 có 120 HTX', 'Đến cuối năm 2023, cả nước có 31.000 HTX', 'đến hết năm 2022 toàn tỉnh có 120 HTX'],
    },
  },
  {
    id: 'status.target.future',
    pattern: String.raw`\b(sẽ|cần(?! thơ)|phải)\b|(?<!\b(bình quân|trung bình) )\b(mỗi năm|hằng năm|hàng năm)\b|(?<!\bđã (thành lập|phát triển|có)\b[^.;]{0,150})(?<!\b(tăng|giảm) )\b(bình quân|trung bình) (mỗi|hằng|hàng) năm\b`,
    value: T('weak'),
    note: '"nâng tổng số … lên", "giảm … xuống còn" read the same in a report of what was done and in a plan: not status cues; nor does an average per year after what was done ("đã thành lập 70 HTX, bình quân mỗi năm thành lập 14 HTX") look ahead',
    examples: {
      match: ['mỗi năm thành lập 03 HTX trở lên', 'các HTX cần đạt', 'hằng năm có thêm 10 HTX'],
      reject: [
        'toàn tỉnh có 674 tổ hợp tác',
        'TP Cần Thơ có 324 HTX',
        'nhiệm kỳ trước đã thành lập 70 HTX, bình quân mỗi năm thành lập 14 HTX',
        'số lao động tăng bình quân hằng năm khoảng 180 lao động',
        'thành lập mới 28 HTX, nâng tổng số HTX lên 402 HTX',
        'số HTX yếu kém giảm từ 58 HTX xuống còn 19 HTX',
      ],
    },
  },
];
