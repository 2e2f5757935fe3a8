/** Status cues: actual (tính đến, ước, đến nay, kết quả đạt được) versus target (phấn đấu, dự kiến, chỉ tiêu, mục tiêu), in the sentence, a lead-in or a heading. */
import { NEWS_2023, NEWS_2024, PLAN_2021_2025, PLAN_2025, PLAN_2026_2030, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const STATUS: CorpusGroup = {
  phenomenon: 'status cues',
  entries: [
    // a cue glued right after a figure binds tightest; the end of a change takes its start's body
    {
      text: 'Tỉnh phấn đấu đến năm 2030 có 320 HTX và nâng tỷ trọng đóng góp vào GRDP của khu vực kinh tế này từ 4,5% hiện nay lên 6% vào năm 2030.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'target', 2030, 'count', 320),
        r('kttt', 'grdp_share', 'actual', 2024, 'percent', 4.5, { comparator: 'gte' }),
        r('kttt', 'grdp_share', 'target', 2030, 'percent', 6),
      ],
    },
    { text: 'Tính đến hết năm 2022, toàn tỉnh có 312 hợp tác xã đang hoạt động.', expect: [r('htx', 'count', 'actual', 2022, 'count', 312)] },
    { text: 'Tính đến ngày 31/12/2023, trên địa bàn tỉnh Nghệ An có 1.036 HTX.', expect: [r('htx', 'count', 'actual', 2023, 'count', 1036)] },
    {
      text: 'Ước năm 2023, toàn tỉnh có 1.025 HTX, tăng 58 HTX so với năm 2022.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 1025), r('htx', 'other', 'actual', 2023, 'count', 58)],
    },
    {
      text: 'Đến nay, trên địa bàn huyện có 45 tổ hợp tác với 520 thành viên.',
      doc: NEWS_2024,
      expect: [r('tht', 'count', 'actual', 2024, 'count', 45), r('tht', 'members', 'actual', 2024, 'count', 520)],
    },
    { text: 'Kết quả đạt được: năm 2023, toàn tỉnh thành lập mới 41 HTX, vượt kế hoạch đề ra.', expect: [r('htx', 'new_count', 'actual', 2023, 'count', 41)] },
    { text: 'Phấn đấu năm 2025 thành lập mới 30 hợp tác xã.', expect: [r('htx', 'new_count', 'target', 2025, 'count', 30)] },
    // an undated page that opens with what a body said, "đến năm 2024 …", reports the state of things then: an as-of
    // date, not a deadline
    {
      text: 'Liên minh HTX tỉnh cho biết, đến năm 2024 toàn tỉnh có gần 420 HTX với tổng vốn đăng ký khoảng 950 tỷ đồng. Số thành viên tham gia HTX là 5.130 người.',
      doc: { title: 'Hợp tác xã giúp nông dân làm giàu' },
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 420, { comparator: 'approx' }),
        r('htx', 'capital', 'actual', 2024, 'VND', 950_000_000_000, { comparator: 'approx' }),
        r('htx', 'members', 'actual', 2024, 'count', 5130),
      ],
    },
    // a sentence told as what a body reports reads its own cue ("đang hoạt động") before a goal on the lines above; on an
    // undated page, that goal's "đến năm 2025" dates no result after it
    {
      text: 'UBND tỉnh vừa ban hành Kế hoạch giảm nghèo bền vững. Mục tiêu giảm tỷ lệ hộ nghèo đến năm 2025 còn dưới 3%.\nĐi lên từ mô hình tổ liên kết\nTheo Liên minh HTX tỉnh, toàn tỉnh có 165 HTX nông nghiệp đang hoạt động với trên 21.000 thành viên.',
      doc: { title: 'Tổ liên kết giúp nông dân vươn lên' },
      expect: [
        r('htx', 'count', 'actual', null, 'count', 165, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', null, 'count', 21000, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // a result measured against the plan ("đạt 45% KH 2023") is a result; the plan's value in brackets after it is the
    // goal, of the same measure
    {
      text: 'Năm 2023, toàn tỉnh thành lập mới 9 HTX, đạt 45% KH 2023 (KH 2023: 20 HTX), giải thể 3 HTX (KH 2023: 5 HTX).',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 9),
        r('htx', 'new_count', 'target', 2023, 'count', 20),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 3),
        r('htx', 'dissolved_count', 'target', 2023, 'count', 5),
      ],
    },
    {
      text: 'Dự kiến năm 2024, toàn tỉnh có 380 HTX và 1.150 THT.',
      expect: [r('htx', 'count', 'target', 2024, 'count', 380), r('tht', 'count', 'target', 2024, 'count', 1150)],
    },
    { text: 'Chỉ tiêu kế hoạch năm 2025: thành lập mới 25 HTX.', expect: [r('htx', 'new_count', 'target', 2025, 'count', 25)] },
    {
      text: 'Mục tiêu đến năm 2030, có ít nhất 80% HTX hoạt động có hiệu quả.',
      expect: [r('htx', 'effective', 'target', 2030, 'percent', 80, { comparator: 'gte' })],
    },
    {
      text: 'Năm 2024, tỉnh Hà Tĩnh phấn đấu đạt được các chỉ tiêu sau:\n- Thành lập mới 40 HTX, 60 THT.\n- Doanh thu bình quân của HTX đạt 2,5 tỷ đồng/năm.',
      expect: [
        r('htx', 'new_count', 'target', 2024, 'count', 40),
        r('tht', 'new_count', 'target', 2024, 'count', 60),
        r('htx', 'revenue_avg', 'target', 2024, 'VND/year', 2_500_000_000),
      ],
    },
    {
      text: 'I. KẾT QUẢ THỰC HIỆN NĂM 2023\n\n1. Về số lượng: toàn tỉnh có 268 HTX, trong đó thành lập mới 22 HTX.\n\nII. KẾ HOẠCH NĂM 2024\n\n1. Về số lượng: thành lập mới 25 HTX, nâng tổng số HTX toàn tỉnh lên 290 HTX.',
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 268),
        r('htx', 'new_count', 'actual', 2023, 'count', 22),
        r('htx', 'new_count', 'target', 2024, 'count', 25),
        r('htx', 'count', 'target', 2024, 'count', 290),
      ],
    },
    {
      text: 'Hiện nay, toàn tỉnh có 1.320 tổ hợp tác, thu hút 9.850 thành viên tham gia.',
      doc: NEWS_2024,
      expect: [r('tht', 'count', 'actual', 2024, 'count', 1320), r('tht', 'members', 'actual', 2024, 'count', 9850)],
    },
    {
      text: 'Dự ước năm 2024, doanh thu bình quân của HTX đạt 3,1 tỷ đồng/HTX/năm.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 3_100_000_000)],
    },
    {
      text: 'DỰ KIẾN CÁC MỤC TIÊU GIAI ĐOẠN 2026 - 2030\n\n- Tổng số HTX trên địa bàn tỉnh đạt 500 HTX.\n- Thu nhập bình quân của thành viên, người lao động trong HTX đạt 80 triệu đồng/người/năm.',
      expect: [r('htx', 'count', 'target', 2030, 'count', 500), r('htx', 'income_avg', 'target', 2030, 'VND/year', 80_000_000)],
    },
    { text: 'Năm 2023, các HTX trên địa bàn tỉnh đã tạo việc làm cho 12.400 lao động.', expect: [r('htx', 'workers', 'actual', 2023, 'count', 12400)] },
    {
      text: 'Phần thứ hai\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n- Thành lập mới 15 HTX, 20 tổ hợp tác.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 15), r('tht', 'new_count', 'target', 2025, 'count', 20)],
    },
    { text: 'Tính đến 30/6/2024, toàn tỉnh có 04 liên hiệp HTX.', expect: [r('lhhtx', 'count', 'actual', 2024, 'count', 4)] },
    { text: 'Đến 30/6/2024, toàn tỉnh có 728 HTX đang hoạt động.', doc: { issued: '2024-07-10' }, expect: [r('htx', 'count', 'actual', 2024, 'count', 728)] },
    {
      text: 'Thành lập mới 35 HTX và 50 tổ hợp tác.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 35), r('tht', 'new_count', 'target', 2025, 'count', 50)],
    },
    {
      text: 'Trong năm, toàn tỉnh thành lập mới 38 HTX, giải thể 11 HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 38), r('htx', 'dissolved_count', 'actual', 2023, 'count', 11)],
    },
    {
      text: 'Theo đó, tỉnh Quảng Ngãi phấn đấu đạt được các mục tiêu như:\n- Có 210 HTX hoạt động hiệu quả.\n- 100% cán bộ quản lý HTX được bồi dưỡng kiến thức.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'count', 210), r('htx', 'managers_trained', 'target', 2025, 'percent', 100)],
    },
    {
      text: '4. Một số mục tiêu cụ thể\n\n- Số HTX thành lập mới: 120 HTX.\n- Số thành viên HTX: 25.000 thành viên.',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'new_count', 'target', 2030, 'count', 120), r('htx', 'members', 'target', 2030, 'count', 25000)],
    },
    {
      text: 'ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2023\n\n- Toàn tỉnh có 644 HTX, 2.105 THT.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 644), r('tht', 'count', 'actual', 2023, 'count', 2105)],
    },
    {
      text: 'Ước thực hiện hết năm 2024:\n+ Số HTX thành lập mới 28 HTX.\n+ Số HTX giải thể 6 HTX.',
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 28), r('htx', 'dissolved_count', 'actual', 2024, 'count', 6)],
    },
    {
      text: 'Năm 2024, tỉnh phấn đấu hoàn thành các mục tiêu cụ thể như sau:\n\n- Toàn tỉnh có 560 HTX, trong đó thành lập mới 30 HTX.',
      expect: [r('htx', 'count', 'target', 2024, 'count', 560), r('htx', 'new_count', 'target', 2024, 'count', 30)],
    },
    {
      text: 'Trong năm qua, các HTX đã giải quyết việc làm cho trên 5.000 lao động.',
      doc: NEWS_2024,
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 5000, { comparator: 'gt' })],
    },
    {
      text: 'Năm 2023 thành lập mới 52 HTX, đạt 104% kế hoạch năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 52)],
    },
    {
      text: 'Chỉ tiêu giao năm 2024 là thành lập mới 20 HTX; kết quả thực hiện 6 tháng đầu năm đã thành lập mới 11 HTX.',
      doc: { issued: '2024-07-05' },
      expect: [r('htx', 'new_count', 'target', 2024, 'count', 20), r('htx', 'new_count', 'actual', 2024, 'count', 11)],
    },
    // goals said as the total they bring the count to
    {
      text: 'Từ nay đến cuối năm, tỉnh phấn đấu thành lập mới thêm 18 hợp tác xã để cả năm 2024 đạt 35 hợp tác xã.',
      doc: { title: 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm', issued: '2024-07-05' },
      expect: [r('htx', 'new_count', 'target', 2024, 'count', 18), r('htx', 'new_count', 'target', 2024, 'count', 35)],
    },
    {
      text: 'Năm 2023, thành lập mới 30 HTX; cả năm có 12 HTX giải thể.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 30), r('htx', 'dissolved_count', 'actual', 2023, 'count', 12)],
    },
    {
      text: 'Năm 2025 phấn đấu thành lập mới 25 HTX, nâng tổng số HTX toàn tỉnh lên 410.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 25), r('htx', 'count', 'target', 2025, 'count', 410)],
    },
    {
      text: 'Năm 2023 đã thành lập mới 9 tổ hợp tác, nâng tổng số tổ hợp tác trên địa bàn lên 126.',
      doc: REPORT_2023,
      expect: [r('tht', 'new_count', 'actual', 2023, 'count', 9), r('tht', 'count', 'actual', 2023, 'count', 126)],
    },
    {
      text: 'Đến năm 2030, số lượng liên hiệp HTX đạt 5; số HTX là 620 và số thành viên đạt 48.000.',
      doc: PLAN_2026_2030,
      expect: [
        r('lhhtx', 'count', 'target', 2030, 'count', 5),
        r('htx', 'count', 'target', 2030, 'count', 620),
        r('htx', 'members', 'target', 2030, 'count', 48000),
      ],
    },
    // a bare number after another noun, a year or a score is no count of cooperatives
    {
      text: 'Tổng số HTX năm 2025 tăng so với năm 2024; số HTX đạt điểm 85 trở lên được khen thưởng.',
      doc: PLAN_2025,
      expect: [],
      none: true,
    },
    // under a headline that sets next year's goal, a year the text names before it is reported on
    {
      text: 'Trong năm 2024, toàn tỉnh thành lập mới 19 HTX, nâng tổng số lên 188 HTX. Các HTX tạo việc làm cho hơn 2.600 lao động.',
      doc: { title: 'Phấn đấu năm 2025, 60% HTX hoạt động hiệu quả', issued: '2024-12-09' },
      expect: [
        r('htx', 'effective', 'target', 2025, 'percent', 60),
        r('htx', 'new_count', 'actual', 2024, 'count', 19),
        r('htx', 'count', 'actual', 2024, 'count', 188),
        r('htx', 'workers', 'actual', 2024, 'count', 2600, { comparator: 'gt' }),
      ],
    },
    {
      // a year-end report's closing paragraph: what the alliance "xác định" to do next year is a goal of that year
      text: 'Năm 2025, toàn tỉnh thành lập mới 64 HTX. Bước sang năm 2026, Liên minh HTX tỉnh xác định phát triển mới tối thiểu 70 HTX; đẩy mạnh chuyển đổi số.',
      doc: { title: 'Kinh tế tập thể tỉnh năm 2025: nhiều khởi sắc', issued: '2025-12-29' },
      expect: [r('htx', 'new_count', 'actual', 2025, 'count', 64), r('htx', 'new_count', 'target', 2026, 'count', 70, { comparator: 'gte' })],
    },
    {
      // a plan's goals: "đã qua đào tạo" names trained managers, no past tense; "và giải thể …" is a clause of its own
      text: 'Tỷ lệ cán bộ chủ chốt hợp tác xã đã qua đào tạo khoảng 35%. Số hợp tác xã hoạt động hiệu quả chiếm 30% trở lên và giải thể các hợp tác xã yếu kém.',
      doc: PLAN_2025,
      expect: [
        r('htx', 'managers_trained', 'target', 2025, 'percent', 35, { comparator: 'approx' }),
        r('htx', 'effective', 'target', 2025, 'percent', 30, { comparator: 'gte' }),
      ],
    },
    // "Theo đó" (accordingly) is no attribution: an undated page's "Theo đó, đến năm 2025, …" sets a goal, not an as-of date
    {
      text: 'Tỉnh tập trung phát triển kinh tế tập thể ở 4 lĩnh vực. Theo đó, đến năm 2025, tỉnh thành lập mới 120 hợp tác xã và 80 tổ hợp tác.',
      doc: { title: 'Đẩy mạnh phát triển kinh tế tập thể' },
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 120), r('tht', 'new_count', 'target', 2025, 'count', 80)],
    },
    // a growth rate named after its body; a count per year whose "Mỗi năm," opens the sentence
    {
      text: 'Mục tiêu đến năm 2025 tăng trưởng HTX bình quân 8% – 10%/năm. Mỗi năm, tỉnh phấn đấu thành lập mới 20 hợp tác xã trở lên.',
      doc: PLAN_2021_2025,
      expect: [
        r('htx', 'growth_rate', 'target', 2025, 'percent/year', 8, { value_max: 10 }),
        r('htx', 'new_count', 'target', 2025, 'count/year', 20, { comparator: 'gte' }),
      ],
    },
    // "thực hiện các giải pháp" is no "hiện" (now); a figure whose own sentence names a year after the page's is a goal,
    // whatever "Hiện …" the sentence before it opened with
    {
      text: 'Hiện các HTX này đã được xóa nợ thuế. Tỉnh yêu cầu các sở, ngành thực hiện các giải pháp để giải thể được 25 HTX ngừng hoạt động lâu năm trong năm 2024.',
      doc: NEWS_2023,
      expect: [r('htx', 'dissolved_count', 'target', 2024, 'count', 25)],
    },
    // "đang hoạt động" names the kind counted (working cooperatives), not a tense: under a goal heading the list item after
    // it is a goal too
    {
      text: 'II. MỤC TIÊU\n1. Mục tiêu đến năm 2030\nHuyện có 75 tổ hợp tác nông nghiệp, 28 hợp tác xã nông nghiệp đang hoạt động, 02 liên hiệp hợp tác xã nông nghiệp.',
      expect: [
        r('tht', 'count', 'target', 2030, 'count', 75, { sector: 'agriculture' }),
        r('htx', 'count', 'target', 2030, 'count', 28, { sector: 'agriculture' }),
        r('lhhtx', 'count', 'target', 2030, 'count', 2, { sector: 'agriculture' }),
      ],
    },
    // a paragraph that says what the province will focus on, after a paragraph of goals by a deadline, sets goals too, by
    // that deadline
    {
      text: 'Đến năm 2025, tỉnh thành lập mới 90 hợp tác xã.\nTỉnh tập trung hỗ trợ các tổ hợp tác đủ điều kiện chuyển lên hợp tác xã; trong đó, thành lập mới 60 tổ hợp tác nông nghiệp.',
      doc: NEWS_2023,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 90), r('tht', 'new_count', 'target', 2025, 'count', 60, { sector: 'agriculture' })],
    },
    // "các HTX hiện có." ends its clause: "existing", not "now has"; the plan's targets for the year after it stay targets
    {
      text: 'Các chỉ tiêu chủ yếu của năm 2024 như sau: Duy trì và nâng chất lượng các HTX hiện có. Đến cuối năm 2024, tỉnh có khoảng 265 HTX với 12.400 thành viên, 310 tổ hợp tác.',
      doc: { title: 'Kinh tế tập thể năm 2024', issued: '2024-02-10' },
      expect: [
        r('htx', 'count', 'target', 2024, 'count', 265, { comparator: 'approx' }),
        r('htx', 'members', 'target', 2024, 'count', 12_400),
        r('tht', 'count', 'target', 2024, 'count', 310),
      ],
    },
    // a review's "so với trước khi có đề án" compares with the time before the plan: no goal
    {
      text: 'Tổng kết 5 năm thực hiện, tỉnh đã thành lập mới 140 hợp tác xã; tỷ lệ hợp tác xã hoạt động hiệu quả đạt 58,5%, cao hơn 8% so với trước khi có đề án.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 140), r('htx', 'effective', 'actual', 2024, 'percent', 58.5)],
    },
    // the tasks of a plan told as carried out ("các nhiệm vụ … luôn được … quan tâm chỉ đạo thực hiện") set no goal for the
    // sentence after them, which reports
    {
      text: 'Ông Vi Văn Khánh, Phó Chủ tịch Liên minh HTX tỉnh, nói rằng nhiệm vụ củng cố, nâng chất hợp tác xã luôn được lãnh đạo tỉnh và các huyện quan tâm, chỉ đạo thực hiện. Đến cuối năm 2022, toàn tỉnh có 388 hợp tác xã, 1.140 tổ hợp tác.',
      expect: [r('htx', 'count', 'actual', 2022, 'count', 388), r('tht', 'count', 'actual', 2022, 'count', 1140)],
    },
    // a goal a resolution set, named as what the result went past ("vượt 20% chỉ tiêu Nghị quyết … đề ra"), sets no goal; the
    // same share told again for another year ("năm 2020 chiếm 31,2%, năm 2023 chiếm 52,6%") is that share, of that year
    {
      doc: { title: 'Kinh tế tập thể sau 3 năm', issued: '2024-03-20' },
      text: 'Giai đoạn 2021 - 2023, toàn tỉnh thành lập mới 96 HTX, vượt 20% chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đề ra. Ngoài ra, thành lập mới 57 tổ hợp tác. Tỷ lệ HTX hoạt động hiệu quả tăng dần, năm 2020 chiếm 31,2%, năm 2023 chiếm 52,6% tổng số HTX.',
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 96),
        r('tht', 'new_count', 'actual', 2023, 'count', 57),
        r('htx', 'effective', 'actual', 2020, 'percent', 31.2),
        r('htx', 'effective', 'actual', 2023, 'percent', 52.6),
      ],
    },
    // "Hiện," with a comma reports now, whatever plan the paragraph before named
    {
      doc: { title: 'Phát triển kinh tế tập thể', issued: '2018-11-20' },
      text: 'Năm 2016, tỉnh ban hành Đề án phát triển hợp tác xã giai đoạn 2016 - 2020, định hướng đến năm 2030.\nHiện, toàn tỉnh có 2.400 tổ hợp tác, 285 HTX. Năm 2018, thành lập mới 11 tổ hợp tác, 42 HTX.',
      expect: [
        r('tht', 'count', 'actual', 2018, 'count', 2400),
        r('htx', 'count', 'actual', 2018, 'count', 285),
        r('tht', 'new_count', 'actual', 2018, 'count', 11),
        r('htx', 'new_count', 'actual', 2018, 'count', 42),
      ],
    },
    // an undated page: a year a source counts up to ("Theo Trung tâm …, đến năm 2017, cả nước có …") is as of then, not a
    // deadline; cooperatives named by the crop they grow and process ("sản xuất chế biến chè") are agricultural
    {
      text: 'Luận văn nghiên cứu mô hình hợp tác xã kiểu mới ở vùng trung du.\nHuyện có 9 hợp tác xã sản xuất chế biến chè.\nHợp tác xã kiểu mới lấy lợi ích của thành viên làm mục tiêu, gắn sở hữu tập thể với sở hữu của từng thành viên, tự chủ, tự chịu trách nhiệm và bình đẳng giữa các thành viên trong quản lý, khác hẳn mô hình cũ. Theo Trung tâm Thông tin hợp tác xã, đến năm 2017, cả nước có 11.320 hợp tác xã nông nghiệp.',
      expect: [
        r('htx', 'count', 'actual', 2017, 'count', 9, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2017, 'count', 11320, { sector: 'agriculture' }),
      ],
    },
    // "Đảng" (the Party) and "đáng" fold like "đang" (now) in the key: they tell no time, and the plan's goals stay goals;
    // cooperative groups and cooperatives counted together with their short names in brackets are the collective economy
    {
      text: 'Quán triệt Nghị quyết của Đảng bộ tỉnh, toàn tỉnh thành lập mới 45 HTX, nâng tổng số lên 380 tổ hợp tác (THT), hợp tác xã (HTX).',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'new_count', 'target', 2030, 'count', 45), r('kttt', 'count', 'target', 2030, 'count', 380)],
    },
    // a paragraph set in "the same period" as a deadline named before it: that deadline's goals, and its year; new bodies
    // that raise a total named by its own noun and field are in that field
    {
      text: 'Theo Chương trình phát triển kinh tế tập thể đến năm 2025, tỉnh tập trung xây dựng các HTX ứng dụng công nghệ cao.\nCũng trong cùng thời gian trên, toàn tỉnh thành lập mới 120 HTX và tổ hợp tác, nâng tổng số lên 350 HTX và tổ hợp tác hoạt động nông nghiệp.',
      doc: NEWS_2023,
      expect: [
        r('kttt', 'new_count', 'target', 2025, 'count', 120, { sector: 'agriculture' }),
        r('kttt', 'count', 'target', 2025, 'count', 350, { sector: 'agriculture' }),
      ],
    },
  ],
};
