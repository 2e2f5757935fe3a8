/** Years and deadlines: "đến năm 2025", "hết năm 2024", periods ("giai đoạn 2021-2025" → 2025), recurring goals ("mỗi năm" → count/year), part-year reports. */
import { NEWS_2024, PLAN_2021_2025, PLAN_2025, PLAN_2026_2030, r, type CorpusGroup } from './types.ts';

export const TIME: CorpusGroup = {
  phenomenon: 'years and deadlines',
  entries: [
    // an undated page that singles out one year as done speaks from it; "từ sau năm …" dates no paragraph after it; a
    // heading that ends on "HTX" and the capital opening the next line are no cooperative's name; "lên con số" is the total
    {
      doc: { title: 'Hợp tác xã ở huyện vùng cao khởi sắc' },
      text: 'Từ sau năm 2019, nhiều mô hình HTX trên địa bàn huyện lần lượt ra đời.\n\nPhát triển HTX\nNgoài việc củng cố chất lượng, số HTX cũng tăng nhanh. Tính riêng năm 2021, toàn huyện đã có 6 HTX thành lập mới, nâng tổng số HTX trên địa bàn lên con số 23.\nThu nhập bình quân của thành viên, người lao động trong HTX đạt 4 - 5 triệu đồng/người/ tháng. Đến nay, huyện còn có 27 THT với 210 thành viên.',
      expect: [
        r('htx', 'new_count', 'actual', 2021, 'count', 6),
        r('htx', 'count', 'actual', 2021, 'count', 23),
        r('htx', 'income_avg', 'actual', 2021, 'VND/month', 4_000_000, { value_max: 5_000_000, comparator: 'range' }),
        r('tht', 'count', 'actual', 2021, 'count', 27),
        r('tht', 'members', 'actual', 2021, 'count', 210),
      ],
    },
    // a level counted per year is a flow no metric measures (bodies helped up a grade each year); new bodies a year are
    {
      text: 'Đề án đặt ra: mỗi năm có ít nhất 3 hợp tác xã/năm được nâng từ loại trung bình lên khá; thành lập mới từ 6 hợp tác xã/năm.',
      doc: PLAN_2021_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count/year', 6, { comparator: 'gte' })],
    },
    // a change told "từ X (năm Y), nay tăng lên Z": the start is of its bracketed year, the end is now and keeps the
    // start's field; members who joined are no total; bodies "giải thể hoặc hợp nhất" are neither dissolved nor all
    {
      text: 'Trong đó, các HTX thuộc lĩnh vực vận tải có số thành viên tăng từ 210 thành viên (năm 2019), nay lên 640 thành viên. Tổng số thành viên các HTX là 5.120 người, tăng 9% so với cùng kỳ, trong đó gia nhập mới 86 thành viên. Giai đoạn 2015 - 2023 đã có 37 HTX bị giải thể hoặc hợp nhất với các HTX khác.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'members', 'actual', 2019, 'count', 210, { sector: 'transport' }),
        r('htx', 'members', 'actual', 2024, 'count', 640, { sector: 'transport' }),
        r('htx', 'members', 'actual', 2024, 'count', 5120),
      ],
    },
    // an undated page that names a former province ("tỉnh X (cũ)") writes after the 2025 merger; the members of the new
    // cooperatives, past an aside comparing them with the plan, are theirs only
    {
      doc: { title: 'Hợp tác xã tiếp tục phát triển sau sáp nhập' },
      text: 'Từ đầu năm đến nay, Liên minh HTX đã hỗ trợ các địa phương, kể cả vùng tỉnh Hà Giang (cũ), thành lập mới 64 HTX, nâng tổng số HTX toàn tỉnh lên 1.150. Dự kiến cả năm có khoảng 90 HTX thành lập mới, tăng 12% so với năm trước, đạt 100% so với mục tiêu kế hoạch đề ra[3] với khoảng 620 thành viên tham gia.',
      expect: [
        r('htx', 'new_count', 'actual', 2025, 'count', 64),
        r('htx', 'count', 'actual', 2025, 'count', 1150),
        r('htx', 'new_count', 'target', 2025, 'count', 90, { comparator: 'approx' }),
      ],
    },
    // an undated page that compares a count with a year says nothing of when it was written ("tăng 12% so năm 2021" may be
    // told years later): no year; "liên HTX" are unions; "có tất cả" counts; a count written with an English thousands
    // comma is whole
    {
      doc: { title: 'Kinh tế tập thể của tỉnh phát triển' },
      text: 'Toàn tỉnh hiện có 245 HTX, tăng 12% so năm 2021, với 14,380 thành viên. Mục tiêu đến năm 2030, tỉnh sẽ có 5 liên HTX (tăng 2 liên HTX so với năm 2020) và 700 HTX. Như vậy đến năm 2030, toàn tỉnh có tất cả 520 HTX nông nghiệp.',
      expect: [
        r('htx', 'count', 'actual', null, 'count', 245),
        r('htx', 'members', 'actual', null, 'count', 14_380),
        r('lhhtx', 'count', 'target', 2030, 'count', 5),
        r('htx', 'count', 'target', 2030, 'count', 700),
        r('htx', 'count', 'target', 2030, 'count', 520, { sector: 'agriculture' }),
      ],
    },
    // an undated page that counts what was founded "từ đầu năm đến nay" and names one body as "thành lập mới năm X" speaks
    // from X
    {
      doc: { title: 'Thành lập mới 45 hợp tác xã' },
      text: 'Từ đầu năm đến nay, Liên minh HTX tỉnh đẩy mạnh tư vấn thành lập mới. Kết quả, toàn tỉnh có 45 hợp tác xã thành lập mới.\n\nXưởng sơ chế của Hợp tác xã An Phú (xã Tân Lập) - đơn vị thành lập mới năm 2025.\n\nToàn tỉnh hiện có 1.320 hợp tác xã.',
      expect: [r('htx', 'new_count', 'actual', 2025, 'count', 45), r('htx', 'count', 'actual', 2025, 'count', 1320)],
    },
    // an undated page whose headline reviews a year and whose body opens "Hết quý I/<next year>" reports that quarter as
    // done: the count is of the later year, the grades of the year reviewed
    {
      doc: { title: 'Kết quả xếp loại hợp tác xã nông nghiệp năm 2023' },
      text: 'Hết quý I/2024, tỉnh có 402 HTX nông nghiệp, tăng 06 HTX so với năm 2023.\n\nTheo kết quả xếp loại, có 61 HTX hoạt động tốt, chiếm 15,2% số HTX.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 402, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2023, 'count', 61, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2023, 'percent', 15.2, { sector: 'agriculture' }),
      ],
    },
    // a date a figure is compared with ("so với thời điểm 31/12/2022") dates nothing after it in the sentence
    {
      text: 'Tại thời điểm 31/12/2023, toàn tỉnh có 1.240 HTX, tăng 4% so với thời điểm 31/12/2022; có 310 HTX nông nghiệp ứng dụng công nghệ cao, có 960 HTX hoạt động hiệu quả.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 1240), r('htx', 'effective', 'actual', 2023, 'count', 960)],
    },
    // an aside that only names a span ("(giai đoạn 2016 - 2020)") dates the figure after it like the span itself
    { text: 'Sau 5 năm (giai đoạn 2016 - 2020), toàn tỉnh thành lập mới 120 HTX.', expect: [r('htx', 'new_count', 'actual', 2020, 'count', 120)] },
    // a time after the figure dates it only up to the next figure
    {
      text: 'Hiện tỉnh có 640 tổ hợp tác, với hơn 9.000 thành viên, doanh thu bình quân của các tổ hợp tác giai đoạn 2016-2020 đạt 180 triệu đồng/năm.',
      expect: [
        r('tht', 'count', 'actual', null, 'count', 640),
        r('tht', 'members', 'actual', null, 'count', 9000, { comparator: 'gt' }),
        r('tht', 'revenue_avg', 'actual', 2020, 'VND/year', 180_000_000),
      ],
    },
    { text: 'Đến năm 2025, toàn tỉnh có 450 HTX.', expect: [r('htx', 'count', 'target', 2025, 'count', 450)] },
    { text: 'Phấn đấu hết năm 2024 có 210 HTX hoạt động.', expect: [r('htx', 'count', 'target', 2024, 'count', 210)] },
    { text: 'Đến cuối năm 2026, toàn tỉnh có 35 liên hiệp HTX.', doc: PLAN_2026_2030, expect: [r('lhhtx', 'count', 'target', 2026, 'count', 35)] },
    // with nothing else to go by, a year-end date with "có" is a report's as-of date, not a deadline
    {
      text: 'Đến cuối năm 2022, toàn tỉnh có 186 hợp tác xã nông nghiệp.',
      expect: [r('htx', 'count', 'actual', 2022, 'count', 186, { sector: 'agriculture' })],
    },
    { text: 'Theo kế hoạch, đến hết năm 2026 toàn tỉnh có 40 liên hiệp HTX.', expect: [r('lhhtx', 'count', 'target', 2026, 'count', 40)] },
    { text: 'Tới năm 2030, thành lập mới 300 HTX.', expect: [r('htx', 'new_count', 'target', 2030, 'count', 300)] },
    {
      text: 'Giai đoạn 2021-2025, thành lập mới 150 HTX.',
      doc: PLAN_2021_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 150)],
    },
    {
      text: 'Mỗi năm thành lập mới từ 20 HTX trở lên.',
      doc: PLAN_2021_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count/year', 20, { comparator: 'gte' })],
    },
    {
      text: 'Bình quân mỗi năm thành lập mới 12 hợp tác xã.',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'new_count', 'target', 2030, 'count/year', 12)],
    },
    {
      text: 'Giai đoạn 2021 - 2025, bình quân hằng năm thành lập mới khoảng 45 HTX.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count/year', 45, { comparator: 'approx' })],
    },
    {
      text: '6 tháng đầu năm 2024, toàn tỉnh thành lập mới 9 HTX.',
      doc: { issued: '2024-07-15' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 9)],
    },
    {
      text: 'Trong 9 tháng năm 2023, đã thành lập mới 17 HTX, 24 THT.',
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 17), r('tht', 'new_count', 'actual', 2023, 'count', 24)],
    },
    { text: 'Trong năm 2023, toàn tỉnh đã giải thể 15 HTX.', expect: [r('htx', 'dissolved_count', 'actual', 2023, 'count', 15)] },
    {
      text: 'Năm 2022, doanh thu bình quân của HTX đạt 1,85 tỷ đồng; năm 2023 đạt 2,1 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_850_000_000), r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_100_000_000)],
    },
    {
      text: 'Phấn đấu đến năm 2025 có 300 HTX; đến năm 2030 có 420 HTX.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 300), r('htx', 'count', 'target', 2030, 'count', 420)],
    },
    { text: 'Thành lập mới 20 HTX.', doc: PLAN_2025, expect: [r('htx', 'new_count', 'target', 2025, 'count', 20)] },
    {
      text: 'Thu nhập bình quân của thành viên HTX đạt 60 triệu đồng/người/năm.',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'income_avg', 'target', 2030, 'VND/year', 60_000_000)],
    },
    { text: 'Toàn tỉnh có 812 HTX.', doc: NEWS_2024, expect: [r('htx', 'count', 'actual', 2024, 'count', 812)] },
    {
      text: 'Hằng năm, thành lập mới ít nhất 5 tổ hợp tác.',
      doc: PLAN_2021_2025,
      expect: [r('tht', 'new_count', 'target', 2025, 'count/year', 5, { comparator: 'gte' })],
    },
    {
      text: 'Đến hết năm 2023, toàn tỉnh có 97 HTX hoạt động trong lĩnh vực nông nghiệp.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 97, { sector: 'agriculture' })],
    },
    {
      text: 'Giai đoạn 2016 - 2020, toàn tỉnh đã thành lập mới 186 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2020, 'count', 186)],
    },
    {
      text: 'Từ năm 2021 đến nay, toàn tỉnh thành lập mới 210 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 210)],
    },
    // … from the time the report opened with, not from a "từ năm … đến nay" span later in that paragraph
    {
      text: 'Đến cuối năm 2019, toàn huyện có 64 HTX; từ năm 2015 đến nay có 12 HTX giải thể.\n\nVề xếp loại: HTX tốt, khá có 21 HTX.',
      doc: { title: 'Huyện miền núi củng cố hợp tác xã', issued: '2020-09-30' },
      expect: [
        r('htx', 'count', 'actual', 2019, 'count', 64),
        r('htx', 'dissolved_count', 'actual', 2020, 'count', 12),
        r('htx', 'effective', 'actual', 2019, 'count', 21),
      ],
    },
    // a news article published early in a year about the year before: the year comes from the text, paragraph after paragraph
    {
      text: 'Tính đến cuối năm 2023, toàn tỉnh có 415 HTX với 52.300 thành viên.\n\nDoanh thu bình quân của một HTX đạt 3,8 tỷ đồng; thu nhập bình quân của lao động thường xuyên trong HTX đạt 62 triệu đồng/năm.',
      doc: { title: 'Hợp tác xã vượt khó, tăng thu nhập cho thành viên', issued: '2024-02-06' },
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 415),
        r('htx', 'members', 'actual', 2023, 'count', 52_300),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 3_800_000_000),
        r('htx', 'income_avg', 'actual', 2023, 'VND/year', 62_000_000),
      ],
    },
    {
      text: 'Tính đến hết năm qua, toàn tỉnh có 188 HTX, tăng 11 HTX so với năm trước.',
      doc: { title: 'Kinh tế tập thể chuyển biến tích cực', issued: '2025-01-22' },
      expect: [r('htx', 'count', 'actual', 2024, 'count', 188)],
    },
    {
      text: 'Năm ngoái, các HTX trên địa bàn tỉnh đạt doanh thu bình quân 2,4 tỷ đồng/HTX.',
      doc: { title: 'Hợp tác xã tiếp cận vốn ưu đãi', issued: '2024-09-10' },
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_400_000_000)],
    },
    // negatives: "năm qua" in a December report is the year it closes; a comparison "so với năm trước" dates nothing;
    // a goal set for a later year in an earlier paragraph does not date the figures reported after it
    {
      text: 'Trong năm qua, toàn huyện thành lập mới 6 HTX, nâng tổng số lên 41 HTX.',
      doc: { title: 'BÁO CÁO\nKết quả phát triển hợp tác xã', issued: '2024-12-12' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 6), r('htx', 'count', 'actual', 2024, 'count', 41)],
    },
    {
      text: 'Doanh thu bình quân của HTX đạt 1,6 tỷ đồng, tăng 8% so với năm trước.',
      doc: { title: 'Hợp tác xã nông nghiệp phát triển', issued: '2024-03-02' },
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_600_000_000)],
    },
    {
      text: 'Năm 2026, HTX phấn đấu mở rộng diện tích lên 300 ha.\n\nTheo Liên minh HTX tỉnh, toàn tỉnh có 233 HTX nông nghiệp với 16.400 thành viên.',
      doc: { title: 'Hợp tác xã kiểu mới ở vùng lúa', issued: '2025-10-03' },
      expect: [
        r('htx', 'count', 'actual', 2025, 'count', 233, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2025, 'count', 16_400, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Đến tháng 9/2024, toàn tỉnh có 157 HTX.',
      doc: { title: 'Hợp tác xã tiếp tục phát triển', issued: '2024-11-15' },
      expect: [r('htx', 'count', 'actual', 2024, 'count', 157)],
    },
    // the same period of the year before, named right before its figure: that year's result
    {
      text: '| TT | Chỉ tiêu | ĐVT | Cùng kỳ năm 2023 | Thực hiện 6 tháng 2024 | So sánh (%) |\n|---|---|---|---|---|---|\n| 1 | Tổng số hợp tác xã | HTX | 41 | 45 | 109,8 |\n| 2 | Số thành viên HTX | Thành viên | 3.120 | 3.305 | 105,9 |',
      doc: { title: 'BÁO CÁO\nKết quả phát triển kinh tế tập thể 6 tháng đầu năm 2024', issued: '2024-06-28' },
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 41),
        r('htx', 'count', 'actual', 2024, 'count', 45),
        r('htx', 'members', 'actual', 2023, 'count', 3120),
        r('htx', 'members', 'actual', 2024, 'count', 3305),
      ],
    },
    {
      text: 'Doanh thu bình quân của HTX 6 tháng đầu năm 2025 đạt 820 triệu đồng, cùng kỳ năm 2024 là 760 triệu đồng.',
      doc: { issued: '2025-07-08' },
      // an average over part of a year, and the same part of the year before, have no unit in TARGETS.md: other
      expect: [],
      none: true,
    },
    {
      text: 'Trong 9 tháng, toàn tỉnh thành lập mới 22 HTX, bằng 137% cùng kỳ năm 2023.',
      doc: { issued: '2024-10-05' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 22)],
    },
    // a page's clock dates no figure, and a goal that no year, section or plan dates has none (TARGETS.md)
    {
      text: '14/03/2024 09:20\nKết luận hội nghị, lãnh đạo tỉnh giao các ngành thực hiện một số nhiệm vụ trọng tâm: vận động trên 60% các hợp tác xã nông nghiệp tham gia chuỗi giá trị.',
      expect: [r('htx', 'value_chain', 'target', null, 'percent', 60, { comparator: 'gt', sector: 'agriculture' })],
    },
    // results of the term just ended take the end year of the term its paragraph names
    {
      text: 'Trong nhiệm kỳ qua, toàn tỉnh đã thành lập mới 48 HTX; bình quân mỗi năm thành lập 10 HTX. Liên minh HTX tỉnh đã hoàn thành các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2015-2020 đề ra.',
      doc: { title: 'Đại hội đại biểu Liên minh HTX tỉnh lần thứ VI' },
      expect: [r('htx', 'new_count', 'actual', 2020, 'count', 48), r('htx', 'new_count', 'actual', 2020, 'count/year', 10)],
    },
    // an undated page that opens on a year and turns to "Đến nay": the year is a baseline; what follows is of now (no year),
    // also in the paragraph after
    {
      text: 'Theo Phòng Kinh tế huyện, năm 2015, toàn huyện có 4 HTX. Đến nay, số HTX là 13 đơn vị. Trong đó, thành lập mới là 9 HTX.\n\nCác HTX trên địa bàn thu hút 310 thành viên.',
      doc: { title: 'Hợp tác xã ở huyện vùng cao tăng nhanh' },
      expect: [
        r('htx', 'count', 'actual', 2015, 'count', 4),
        r('htx', 'count', 'actual', null, 'count', 13),
        r('htx', 'new_count', 'actual', null, 'count', 9),
        r('htx', 'members', 'actual', null, 'count', 310),
      ],
    },
    // … while "hiện có" goes on with the year the page opened on
    {
      text: 'Năm 2021, thị xã có 2 HTX thành lập mới. Theo đó, thị xã hiện có 17 HTX với 1.200 thành viên.',
      doc: { title: 'Thị xã có thêm hợp tác xã' },
      expect: [
        r('htx', 'new_count', 'actual', 2021, 'count', 2),
        r('htx', 'count', 'actual', 2021, 'count', 17),
        r('htx', 'members', 'actual', 2021, 'count', 1200),
      ],
    },
    // an undated page that reports the year so far, then opens a sentence on the year it plans for, reported the year
    // before it
    {
      text: 'Từ đầu năm đến nay, thành phố thành lập mới 12 HTX; lũy kế toàn thành phố có 240 HTX.\n\nNăm 2024, thành phố tiếp tục đổi mới, phát triển HTX. Dự kiến, năm 2024 thành lập mới 18 HTX.',
      doc: { title: 'Hợp tác xã thành phố tiếp tục đổi mới' },
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 12),
        r('htx', 'count', 'actual', 2023, 'count', 240),
        r('htx', 'new_count', 'target', 2024, 'count', 18),
      ],
    },
    // … and so did one that measures its results against the year's plan, then says what a source plans for a year
    {
      text: 'Toàn tỉnh có 164 HTX, trong năm thành lập mới 18 HTX, giải thể 7 HTX, đạt 100% kế hoạch. Doanh thu bình quân của HTX là 2,8 tỷ đồng.\n\nTheo Sở Kế hoạch và Đầu tư cho biết, năm 2021, tỉnh phấn đấu thành lập mới 35 HTX.',
      doc: { title: 'Kinh tế hợp tác xã tiếp tục phát triển' },
      expect: [
        r('htx', 'count', 'actual', 2020, 'count', 164),
        r('htx', 'new_count', 'actual', 2020, 'count', 18),
        r('htx', 'dissolved_count', 'actual', 2020, 'count', 7),
        r('htx', 'revenue_avg', 'actual', 2020, 'VND/year', 2_800_000_000),
        r('htx', 'new_count', 'target', 2021, 'count', 35),
      ],
    },
    // … and one that estimates a year's result was written during that year
    {
      text: 'Tính đến nay, toàn tỉnh có 205 hợp tác xã đang hoạt động; doanh thu bình quân của 01 hợp tác xã ước thực hiện trong năm 2022 là 1,9 tỷ đồng.',
      doc: { title: 'Tình hình phát triển hợp tác xã trên địa bàn tỉnh' },
      expect: [r('htx', 'count', 'actual', 2022, 'count', 205), r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_900_000_000)],
    },
    // … and one that turns to the months left of a year ("3 tháng cuối năm", the year's targets) was written in it
    {
      text: 'Ước đến ngày 30-9, tổng thu ngân sách huyện đạt 81% dự toán. Từ đầu năm đến nay, huyện có 9 doanh nghiệp và 2 hợp tác xã thành lập mới; lũy kế có 27 hợp tác xã đang hoạt động.\n\nTrong 3 tháng cuối năm, huyện tập trung chỉ đạo quyết liệt để hoàn thành các chỉ tiêu của năm 2023.',
      doc: { title: 'Huyện đẩy mạnh phát triển kinh tế - xã hội' },
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 2), r('htx', 'count', 'actual', 2023, 'count', 27)],
    },
    // a page posted later in a year about a review held in January reports the year reviewed
    {
      text: 'Sáng 18/1/2022, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.\n\nHiện nay trên địa bàn tỉnh có 3 liên hiệp HTX với 17 HTX thành viên.',
      doc: { title: 'Liên minh HTX tỉnh triển khai nhiệm vụ năm 2022', issued: '2022-07-04' },
      expect: [r('lhhtx', 'count', 'actual', 2021, 'count', 3), r('lhhtx', 'members', 'actual', 2021, 'count', 17)],
    },
    // an undated page that tells N years just past as done speaks from the end of them ("đến nay" is that year); a sentence
    // about another country, told to compare with, dates nothing
    {
      text: 'Năm 2019, tại Hàn Quốc có 1.100 hợp tác xã nông nghiệp với 2 triệu xã viên.\n\nBáo cáo tại hội nghị cho biết, đến nay cả nước có khoảng 24.000 HTX, thu hút hơn 6 triệu thành viên. Trong 5 năm từ 2016 - 2020 đã có 9.000 HTX thành lập mới.',
      doc: { title: 'Nhìn lại chặng đường phát triển hợp tác xã' },
      expect: [
        r('htx', 'count', 'actual', 2020, 'count', 24_000, { comparator: 'approx' }),
        r('htx', 'members', 'actual', 2020, 'count', 6_000_000, { comparator: 'gt' }),
        r('htx', 'new_count', 'actual', 2020, 'count', 9000),
      ],
    },
    // the level a change reached, told right after it, is of the measure the change was of
    {
      text: 'Đóng góp của khu vực kinh tế tập thể vào GRDP của tỉnh năm 2023 tăng 0,2% so với năm 2022, đạt mức 4,6%.',
      doc: NEWS_2024,
      expect: [r('kttt', 'grdp_share', 'actual', 2023, 'percent', 4.6)],
    },
    // a line that is only a date written with dots, above the article, is its date
    {
      text: '14.11.2021\nToàn tỉnh hiện có 286 hợp tác xã (HTX) đang hoạt động, với tổng vốn điều lệ 840 tỷ đồng, doanh thu bình quân năm của HTX gần 3 tỷ đồng, lãi bình quân 180 triệu đồng/đơn vị.',
      expect: [
        r('htx', 'count', 'actual', 2021, 'count', 286),
        r('htx', 'capital', 'actual', 2021, 'VND', 840_000_000_000),
        r('htx', 'revenue_avg', 'actual', 2021, 'VND/year', 3_000_000_000, { comparator: 'approx' }),
        r('htx', 'profit_avg', 'actual', 2021, 'VND/year', 180_000_000),
      ],
    },
    // an undated page that tells one year after another, with no word of a goal, reports each: its "đến năm" is when it
    // reached, not a deadline
    {
      text: 'Năm 2021, toàn tỉnh có 58 HTX thành lập mới, đến năm 2022 số HTX thành lập mới tăng lên 71 HTX.',
      doc: { title: 'Hợp tác xã phát triển mạnh ở vùng cao' },
      expect: [r('htx', 'new_count', 'actual', 2021, 'count', 58), r('htx', 'new_count', 'actual', 2022, 'count', 71)],
    },
    // an undated plan's "Với kết quả đó, … định hướng đến năm 2025" is a goal, not a review of 2025: its 2020 goals stay goals
    {
      text: 'UBND tỉnh vừa phê duyệt Đề án phát triển hợp tác xã đến năm 2020, định hướng đến năm 2025. Mục tiêu đến năm 2020, trên 55% HTX hoạt động khá trở lên. Với kết quả đó, tỉnh định hướng đến năm 2025 toàn tỉnh có trên 400 HTX hoạt động.',
      expect: [
        r('htx', 'effective', 'target', 2020, 'percent', 55, { comparator: 'gt' }),
        r('htx', 'count', 'target', 2025, 'count', 400, { comparator: 'gt' }),
      ],
    },
    // "Đến năm <its own year>, toàn tỉnh có …" on a news page of late that year, with no word of a goal, is what the year
    // reached, even under a headline that announces next year's goal; member households are members
    {
      text: 'Năm 2024 phấn đấu thành lập mới 6 HTX nông nghiệp\nThứ 4, 20/11/2023 | 09:15\nĐến năm 2023, toàn tỉnh có 214 HTX nông nghiệp với 38.200 hộ thành viên.',
      expect: [
        r('htx', 'new_count', 'target', 2024, 'count', 6, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 214, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2023, 'count', 38_200, { sector: 'agriculture' }),
      ],
    },
    // an undated page whose paragraph counts cooperatives and then opens a sentence on a year ("Năm 2022, tỉnh có 31 HTX tham
    // gia nộp ngân sách …") singles that year out for the payers: the counts before it stay undated, the payers are a part
    // (no count), and what they paid is the cooperatives' contribution of that year
    {
      text: 'Hợp tác xã làm dịch vụ cho nông dân\nToàn tỉnh có 318 HTX đang hoạt động, trong đó có 247 HTX dịch vụ nông nghiệp; các HTX có 2.960 lao động thường xuyên. Năm 2022, có 31 HTX có nộp ngân sách gần 7 tỷ đồng.',
      expect: [
        r('htx', 'count', 'actual', null, 'count', 318),
        r('htx', 'count', 'actual', null, 'count', 247, { sector: 'agriculture' }),
        r('htx', 'workers', 'actual', null, 'count', 2960),
        r('htx', 'budget_contribution', 'actual', 2022, 'VND', 7_000_000_000, { comparator: 'approx' }),
      ],
    },
    // an undated review whose text estimates the year's end ("ước tính đến cuối năm 2019 có …") was written that year: its
    // figures compared with an earlier year are that year's, not the year after the one compared with
    {
      text: 'Hợp tác xã sau bốn năm\nTừ năm 2016 tới tháng 5/2019, tỉnh có thêm 41 hợp tác xã được thành lập; ước tính đến cuối năm 2019 sẽ có khoảng 04 hợp tác xã thành lập mới, đưa tổng số lên 72 hợp tác xã, tăng 20% so với năm 2016. Vốn hoạt động của các hợp tác xã đạt 120.500 triệu đồng, tăng 50% so với năm 2016.',
      expect: [
        r('htx', 'new_count', 'actual', 2019, 'count', 41),
        r('htx', 'new_count', 'actual', 2019, 'count', 4, { comparator: 'approx' }),
        r('htx', 'count', 'actual', 2019, 'count', 72),
        r('htx', 'capital', 'actual', 2019, 'VND', 120_500_000_000),
      ],
    },
    // an undated page of a meeting that sets the tasks of a year ("thống nhất đề ra nhiệm vụ năm 2022") reports the year
    // before it
    {
      doc: { title: 'Hội nghị Liên minh HTX tỉnh' },
      text: 'Hội nghị đã thống nhất đề ra nhiệm vụ năm 2022 cho Liên minh.\nToàn tỉnh hiện có 184 HTX. Trong đó, có 150 HTX đang hoạt động.',
      expect: [r('htx', 'count', 'actual', 2021, 'count', 184), r('htx', 'count', 'actual', 2021, 'count', 150)],
    },
    // a page posted early in January that opens on the year before, after a source tag with no dash ("(BNB) Năm 2022, …"),
    // reports that year: its "đến nay" is the year's end
    {
      doc: { title: 'Thêm 86 tổ hợp tác ra đời', issued: '2023-01-06' },
      text: '(BNB) Năm 2022, Hội Nông dân các xã trong tỉnh đã vận động thành lập mới 86 tổ hợp tác, nâng tổng số đến nay toàn tỉnh có 845 tổ hợp tác với 20.300 thành viên.',
      expect: [
        r('tht', 'new_count', 'actual', 2022, 'count', 86),
        r('tht', 'count', 'actual', 2022, 'count', 845),
        r('tht', 'members', 'actual', 2022, 'count', 20_300),
      ],
    },
    // an undated page whose only year is in a farmer's own story ("Anh … cho biết: … Năm 2022, thu nhập …") stays undated
    {
      doc: { title: 'Nuôi ong cùng hợp tác xã' },
      text: 'Hiện nay, tỉnh có hơn 390 hợp tác xã nông nghiệp với tổng số vốn điều lệ hơn 250 tỷ đồng.\nAnh Lò Văn Hùng cho biết: “Khi vào hợp tác xã, mình được hướng dẫn kỹ thuật. Năm 2022, thu nhập của gia đình cũng đạt hơn 200 triệu đồng”.',
      expect: [
        r('htx', 'count', 'actual', null, 'count', 390, { sector: 'agriculture', comparator: 'gt' }),
        r('htx', 'capital', 'actual', null, 'VND', 250_000_000_000, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // an undated page that opens on a moment dated in brackets ("Thời điểm bắt đầu thực hiện Đề án (cuối năm 2017), …") reports
    // that year in the sentences after it too
    {
      doc: { title: 'Hợp tác xã kiểu mới khởi sắc' },
      text: 'Thời điểm bắt đầu thực hiện Đề án (cuối năm 2017), tỉnh có 186 HTX. Trong số này, nông, lâm nghiệp có 104 HTX; phi nông nghiệp có 82 HTX.',
      expect: [
        r('htx', 'count', 'actual', 2017, 'count', 186),
        r('htx', 'count', 'actual', 2017, 'count', 104, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2017, 'count', 82, { sector: 'non_agriculture' }),
      ],
    },
    // a headline that announces a year's tasks ("Bàn phương hướng, nhiệm vụ … năm 2026") does not date the page: the
    // review of the year before does; credit funds named with their short form after the whole ("… HTX và Quỹ tín dụng nhân
    // dân (QTDND), gồm: …") are the whole's, not the first part's field
    {
      doc: { title: 'Bàn phương hướng, nhiệm vụ kinh tế tập thể năm 2026' },
      text: 'Chiều 26/12, Liên minh HTX tỉnh tổng kết năm 2025 và bàn nhiệm vụ năm 2026.\nHiện tỉnh có 212 HTX và Quỹ tín dụng nhân dân (QTDND), gồm: 170 HTX nông nghiệp, 33 HTX phi nông nghiệp và 9 QTDND.',
      expect: [
        r('htx', 'count', 'actual', 2025, 'count', 212),
        r('htx', 'count', 'actual', 2025, 'count', 170, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2025, 'count', 33, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2025, 'count', 9, { sector: 'credit' }),
      ],
    },
    // a page dated early in a year that compares with the same period two years before ("so với cùng kỳ năm 2021" on a page
    // of February 2023) reports the year just ended; workers counted with their noun before the number and only "khoảng"
    // between
    {
      doc: { title: 'Thị xã có thêm hợp tác xã chăn nuôi', issued: '2023-02-14' },
      text: 'Thị xã hiện có 31 HTX; 3 HTX mới thành lập trong năm, tăng 2 HTX so với cùng kỳ năm 2021. Các HTX có tổng số thành viên là 1.960; tổng số lao động thường xuyên khoảng 380.',
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 31),
        r('htx', 'new_count', 'actual', 2022, 'count', 3),
        r('htx', 'members', 'actual', 2022, 'count', 1960),
        r('htx', 'workers', 'actual', 2022, 'count', 380, { comparator: 'approx' }),
      ],
    },
    // "Sau hơn 11 năm xây dựng, …" moves on from the year the paragraph opened with to the time of writing; "có tới N
    // HTX" counts
    {
      doc: { title: 'Hợp tác xã nông nghiệp lớn mạnh', issued: '2024-05-10' },
      text: 'Năm 2012, huyện mới có 46 hợp tác xã với 5.300 thành viên. Sau hơn 11 năm xây dựng, cả huyện đã có tới 97 hợp tác xã, với trên 8.400 thành viên.',
      expect: [
        r('htx', 'count', 'actual', 2012, 'count', 46),
        r('htx', 'members', 'actual', 2012, 'count', 5300),
        r('htx', 'count', 'actual', 2024, 'count', 97),
        r('htx', 'members', 'actual', 2024, 'count', 8400, { comparator: 'gt' }),
      ],
    },
    // an undated page whose second sentence opens on the months of a year gone by ("Qua 9 tháng đầu năm 2023, …") reports that
    // year
    {
      doc: { title: 'Liên minh HTX đồng hành cùng hợp tác xã' },
      text: 'Hiện cả nước có 29.160 HTX, trong đó có 19.400 HTX nông nghiệp và 9.760 HTX phi nông nghiệp, với hơn 7,2 triệu thành viên. Qua 9 tháng đầu năm 2023, Liên minh HTX đã tổ chức nhiều lớp tập huấn về thương mại điện tử cho các HTX.',
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 29160),
        r('htx', 'count', 'actual', 2023, 'count', 19400, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 9760, { sector: 'non_agriculture' }),
        r('htx', 'members', 'actual', 2023, 'count', 7_200_000, { comparator: 'gt' }),
      ],
    },
    // a January page that opens on "năm qua" reports the year before, its "hiện có" too
    {
      doc: { title: 'Thị xã có thêm hợp tác xã nông nghiệp', issued: '2022-01-12' },
      text: 'Năm qua, thị xã thành lập thêm 3 hợp tác xã nông nghiệp. Hiện cả thị xã có 17 HTX nông nghiệp, thu hút trên 940 thành viên.',
      expect: [
        r('htx', 'new_count', 'actual', 2021, 'count', 3, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2021, 'count', 17, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2021, 'count', 940, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // … and one that reviews the year before: its "năm qua" is that year, not the one before it
    {
      doc: { title: 'Tổng kết công tác năm 2022', issued: '2023-01-09' },
      text: 'Sáng 6/1, huyện tổng kết công tác kinh tế tập thể năm 2022. Năm qua, huyện thành lập mới 4 hợp tác xã.',
      expect: [r('htx', 'new_count', 'actual', 2022, 'count', 4)],
    },
    // a date of history quoted with a place before it ("… gửi nông dân Việt Nam, ngày 11 tháng 4 năm 1946") is no date of the
    // page: the event the page opens on dates it
    {
      text: 'Ngày 10/4/2016, Liên minh HTX tỉnh tổ chức kỷ niệm ngày Hợp tác xã Việt Nam. Hội nghị ôn lại Thư của Chủ tịch Hồ Chí Minh gửi nông dân Việt Nam, ngày 11 tháng 4 năm 1946; báo cáo kết quả phong trào thi đua. Toàn tỉnh hiện có 126 HTX.',
      expect: [r('htx', 'count', 'actual', 2016, 'count', 126)],
    },
    // an undated page: N years after the resolution it reviews (its number gives the year) is the time of writing; a goal
    // in the line before does not make the counts after it goals
    {
      text: 'Toàn tỉnh hiện có 285 HTX; dự kiến cuối năm nay sẽ thành lập thêm 20 HTX.\nSau 6 năm thực hiện Nghị quyết số 15/2018/NQ-HĐND về hỗ trợ phát triển hợp tác xã, các HTX đã tạo việc làm cho 7.140 thành viên và 5.210 lao động thường xuyên.',
      doc: { title: 'Đối thoại với hợp tác xã' },
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 285),
        r('htx', 'new_count', 'target', 2024, 'count', 20),
        r('htx', 'members', 'actual', 2024, 'count', 7140),
        r('htx', 'workers', 'actual', 2024, 'count', 5210),
      ],
    },
    // the country's fifteen-year review of Nghị quyết 13 was held in 2019, not in 2017: an undated page about it writes then
    {
      text: 'Sáng nay, Hội nghị tổng kết 15 năm thực hiện Nghị quyết số 13-NQ/TW về kinh tế tập thể đã diễn ra tại Hà Nội.\nTính đến nay, cả nước có 21.700 HTX với gần 5,8 triệu thành viên.',
      doc: { title: 'Kinh tế tập thể sau 15 năm' },
      expect: [r('htx', 'count', 'actual', 2019, 'count', 21700), r('htx', 'members', 'actual', 2019, 'count', 5_800_000, { comparator: 'approx' })],
    },
    // an undated page counting "từ đầu năm đến nay" that names a round of a year's programme writes in that year
    {
      text: 'Hiện nay toàn huyện có 31 HTX. Từ đầu năm đến nay có 03 HTX giải thể.\nTừ đầu năm đến nay huyện có 09 sản phẩm dự thi OCOP đợt 1 năm 2023.',
      doc: { title: 'Huyện giải thể 03 hợp tác xã' },
      expect: [r('htx', 'count', 'actual', 2023, 'count', 31), r('htx', 'dissolved_count', 'actual', 2023, 'count', 3)],
    },
    // "so với đầu năm Y" on a page that also compares with the whole year Y is a baseline years back: it does not date
    // the page to Y
    {
      text: 'Hiện nay, doanh thu bình quân của một HTX đạt 1,4 tỷ đồng/năm, tăng 600 triệu đồng so với năm 2015. Thu nhập của lao động thường xuyên đạt 45 triệu đồng/người/năm, tăng khoảng 20 triệu đồng so với đầu năm 2015.',
      doc: { title: 'Hợp tác xã vùng cao đổi mới' },
      expect: [r('htx', 'revenue_avg', 'actual', null, 'VND/year', 1_400_000_000), r('htx', 'income_avg', 'actual', null, 'VND/year', 45_000_000)],
    },
    // a goal with no year of its own, after a deadline earlier in its paragraph, takes that deadline's year, not the date
    // the page was published on
    {
      text: 'THỨ HAI, 16/03/2020 09:12\n\nMục tiêu của chương trình là mỗi năm tăng bình quân 12 HTX, đến năm 2025 toàn tỉnh sẽ có 590 HTX. Mỗi năm dự kiến 40 HTX được hỗ trợ vốn. Thu nhập bình quân của thành viên HTX đạt từ 6 triệu đồng/người/tháng trở lên.',
      doc: { title: 'Cần hơn 150 tỷ đồng hỗ trợ phát triển hợp tác xã' },
      expect: [r('htx', 'count', 'target', 2025, 'count', 590), r('htx', 'income_avg', 'target', 2025, 'VND/month', 6_000_000, { comparator: 'gte' })],
    },
  ],
};
