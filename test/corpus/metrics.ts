/** Metrics: every metric of TARGETS.md in several phrasings, and what is not one (a change, a total, "gấp … lần"). */
import { NEWS_2023, NEWS_2024, PLAN_2025, PLAN_2026_2030, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const METRICS: CorpusGroup = {
  phenomenon: 'metrics',
  entries: [
    // a grade right after the noun is a rating ("HTX làm ăn giỏi", "HTX khá"); the average and the weak together are no
    // share of the weak
    // the old-model cooperatives that converted to the law are a part picked out by their history, not a count of all
    // bodies classed by the people they employ: the bound of a class is no count of workers, and the class is a part
    // members counted per credit fund are an average, not the members of all
    // cooperatives founded "from the start of the year to now" are new ones, not all there are; those that converted to
    // the law, counted with their unions, and the units not yet converted are parts
    {
      text: 'Tính đến nay, toàn tỉnh có 215 HTX, liên hiệp HTX đang hoạt động; 209 HTX, liên hiệp HTX đã chuyển đổi theo Luật HTX năm 2012 và còn 6 đơn vị chưa tiến hành chuyển đổi. Từ đầu năm đến nay đã thành lập được 7 hợp tác xã.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 215), r('htx', 'new_count', 'actual', 2024, 'count', 7)],
    },
    // the collective economy that contributes is the share's body, whatever body was named just before it; a range of đồng
    // in thousands ("800.000-900.000") is no phone number
    {
      text: 'Năm 2025, tập trung củng cố các đơn vị kinh tế tập thể, trước hết là HTX, để kinh tế tập thể đóng góp nhiều hơn vào nền kinh tế của tỉnh (9-10% GRDP). Phấn đấu thu nhập bình quân của thành viên HTX đạt 750.000-850.000 đồng/người/tháng.',
      doc: PLAN_2025,
      expect: [
        r('kttt', 'grdp_share', 'target', 2025, 'percent', 9, { value_max: 10, comparator: 'range' }),
        r('htx', 'income_avg', 'target', 2025, 'VND/month', 750_000, { value_max: 850_000, comparator: 'range' }),
      ],
    },
    // a goal of no weak cooperatives left measures nothing: the grade told after it in the same sentence is the figure's
    {
      text: 'Năm 2025, huyện phấn đấu thành lập mới 4 HTX; củng cố các HTX hiện có, phấn đấu không còn HTX loại yếu, nâng tỷ lệ HTX xếp loại khá, tốt lên trên 70% tổng số HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 4), r('htx', 'effective', 'target', 2025, 'percent', 70, { comparator: 'gt' })],
    },
    {
      text: 'Đến ngày 30/6, tổng số thành viên của các quỹ tín dụng nhân dân đạt 96.400 người, bình quân khoảng 1.650 thành viên/quỹ.',
      doc: NEWS_2024,
      expect: [r('htx', 'members', 'actual', 2024, 'count', 96400, { sector: 'credit' })],
    },
    {
      text: 'Theo quy mô lao động, toàn tỉnh có 512 HTX, trong đó 300 HTX có dưới 10 lao động, 190 HTX có từ 10-49 lao động và 22 HTX có từ 50 lao động trở lên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 512)],
    },
    {
      text: 'Sau rà soát, huyện còn 52 hợp tác xã; cả 11 HTX kiểu cũ đã tổ chức lại, trong đó 6 HTX hoạt động theo mô hình cũ đã hoàn thành việc kiện toàn.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 52)],
    },
    {
      text: 'Toàn tỉnh hiện có 27 HTX làm ăn giỏi, chiếm 9,1%, 88 HTX khá, chiếm 29,6%, số HTX trung bình và yếu kém chiếm 61,3%.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'effective', 'actual', 2024, 'count', 27),
        r('htx', 'effective', 'actual', 2024, 'percent', 9.1),
        r('htx', 'effective', 'actual', 2024, 'count', 88),
        r('htx', 'effective', 'actual', 2024, 'percent', 29.6),
      ],
    },
    // "bình quân các HTX đạt doanh thu …" is an average; cooperatives admitted into the Alliance are no new ones
    {
      text: 'Bình quân các hợp tác xã đạt doanh thu gần 2,3 tỉ đồng mỗi năm. Liên minh HTX tỉnh vừa tổ chức kết nạp 9 hợp tác xã mới thành lập làm thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_300_000_000, { comparator: 'approx' })],
    },
    // count
    { text: 'Tổng số HTX trên địa bàn tỉnh là 465 HTX.', doc: REPORT_2023, expect: [r('htx', 'count', 'actual', 2023, 'count', 465)] },
    { text: 'Số HTX đang hoạt động là 389 HTX.', doc: REPORT_2023, expect: [r('htx', 'count', 'actual', 2023, 'count', 389)] },
    {
      text: 'Đến năm 2025, toàn tỉnh có trên 200 HTX hoạt động ổn định.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 200, { comparator: 'gt' })],
    },
    { text: 'Năm 2023, toàn huyện duy trì 41 HTX.', expect: [r('htx', 'count', 'actual', 2023, 'count', 41)] },
    // new_count
    { text: 'Năm 2023, toàn tỉnh thành lập được 47 HTX.', expect: [r('htx', 'new_count', 'actual', 2023, 'count', 47)] },
    { text: 'Phấn đấu năm 2025 phát triển mới 18 tổ hợp tác.', expect: [r('tht', 'new_count', 'target', 2025, 'count', 18)] },
    { text: 'Năm 2023 có 33 HTX được thành lập mới.', expect: [r('htx', 'new_count', 'actual', 2023, 'count', 33)] },
    // dissolved_count
    { text: 'Năm 2023, toàn tỉnh giải thể 21 HTX.', expect: [r('htx', 'dissolved_count', 'actual', 2023, 'count', 21)] },
    // what the new cooperatives bring, told before the figure, and cooperatives picked out by a certificate
    { text: 'Số lao động đăng ký tại các hợp tác xã thành lập trong quý là 1.240 lao động.', doc: REPORT_2023, expect: [], none: true },
    { text: 'Trong năm, có 7 hợp tác xã được cấp giấy chứng nhận nhãn hiệu tập thể.', doc: REPORT_2023, expect: [], none: true },
    { text: 'Có 14 HTX ngừng hoạt động, chờ giải thể.', doc: REPORT_2023, expect: [r('htx', 'dissolved_count', 'actual', 2023, 'count', 14)] },
    // a monthly rate of new cooperatives is no count of the year
    {
      text: 'Năm 2023, cả nước thành lập mới 1.920 HTX, bình quân 160 HTX thành lập mới mỗi tháng.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 1920), r('htx', 'other', 'actual', 2023, 'count', 160)],
    },

    // members
    { text: 'Các HTX có tổng số 5.935 nghìn thành viên.', doc: NEWS_2024, expect: [r('htx', 'members', 'actual', 2024, 'count', 5_935_000)] },
    { text: 'Số thành viên HTX đạt 18.250 người.', doc: REPORT_2023, expect: [r('htx', 'members', 'actual', 2023, 'count', 18250)] },
    { text: 'Năm 2023, các HTX có 12.730 thành viên.', expect: [r('htx', 'members', 'actual', 2023, 'count', 12730)] },
    // workers
    {
      text: 'Tổng số lao động làm việc thường xuyên trong HTX là 9.870 người.',
      doc: REPORT_2023,
      expect: [r('htx', 'workers', 'actual', 2023, 'count', 9870)],
    },
    {
      text: 'Các HTX tạo việc làm thường xuyên cho khoảng 4.300 lao động.',
      doc: REPORT_2023,
      expect: [r('htx', 'workers', 'actual', 2023, 'count', 4300, { comparator: 'approx' })],
    },
    { text: 'Năm 2023, HTX sử dụng 6.120 lao động.', expect: [r('htx', 'workers', 'actual', 2023, 'count', 6120)] },
    // managers
    { text: 'Tổng số cán bộ quản lý HTX là 1.250 người.', doc: REPORT_2023, expect: [r('htx', 'managers', 'actual', 2023, 'count', 1250)] },
    // managers_trained
    {
      text: 'Có 35% cán bộ quản lý HTX có trình độ đại học.',
      doc: REPORT_2023,
      expect: [r('htx', 'managers_trained', 'actual', 2023, 'percent', 35)],
    },
    {
      text: 'Phấn đấu 80% cán bộ quản lý HTX được đào tạo, bồi dưỡng.',
      doc: PLAN_2025,
      expect: [r('htx', 'managers_trained', 'target', 2025, 'percent', 80)],
    },
    {
      text: 'Năm 2023 đã bồi dưỡng cho 540 cán bộ quản lý HTX.',
      expect: [r('htx', 'managers_trained', 'actual', 2023, 'count', 540)],
    },
    {
      text: 'Số cán bộ quản lý HTX có trình độ trung cấp trở lên là 620 người.',
      doc: REPORT_2023,
      expect: [r('htx', 'managers_trained', 'actual', 2023, 'count', 620)],
    },
    // revenue_avg
    {
      text: 'Doanh thu bình quân đạt 2,3 tỷ đồng/HTX/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_300_000_000)],
    },
    {
      text: 'Bình quân mỗi HTX đạt doanh thu 1,8 tỷ đồng.',
      doc: REPORT_2023,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_800_000_000)],
    },
    {
      text: 'Doanh thu trung bình của một HTX khoảng 950 triệu đồng/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 950_000_000, { comparator: 'approx' })],
    },
    {
      text: 'Năm 2023, doanh thu của HTX Hoà Bình đạt 2,2 tỷ đồng.',
      expect: [r('htx', 'other', 'actual', 2023, 'VND', 2_200_000_000)],
    },
    // profit_avg
    {
      text: 'Lãi bình quân 150 triệu đồng/HTX/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 150_000_000)],
    },
    {
      text: 'Lợi nhuận bình quân mỗi HTX đạt 210 triệu đồng.',
      doc: PLAN_2025,
      expect: [r('htx', 'profit_avg', 'target', 2025, 'VND/year', 210_000_000)],
    },
    // income_avg
    {
      text: 'Thu nhập bình quân 5,3 triệu đồng/người/tháng.',
      doc: REPORT_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 5_300_000)],
    },
    {
      text: 'Thu nhập bình quân của thành viên HTX đạt 58 triệu đồng/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/year', 58_000_000)],
    },
    {
      text: 'Thu nhập của người lao động trong HTX khoảng 4,5 triệu đồng/tháng.',
      doc: REPORT_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_500_000, { comparator: 'approx' })],
    },
    {
      text: 'Thu nhập bình quân của lao động thường xuyên trong HTX đạt 72 triệu đồng.',
      doc: PLAN_2025,
      expect: [r('htx', 'income_avg', 'target', 2025, 'VND/year', 72_000_000)],
    },
    // capital
    {
      text: 'Tổng vốn điều lệ của các HTX đạt 1.250 tỷ đồng.',
      doc: REPORT_2023,
      expect: [r('htx', 'capital', 'actual', 2023, 'VND', 1_250_000_000_000)],
    },
    {
      text: 'Tổng vốn hoạt động của các HTX khoảng 3.400 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'capital', 'actual', 2024, 'VND', 3_400_000_000_000, { comparator: 'approx' })],
    },
    // budget_contribution
    {
      text: 'Các HTX nộp ngân sách nhà nước 85 tỷ đồng.',
      doc: REPORT_2023,
      expect: [r('htx', 'budget_contribution', 'actual', 2023, 'VND', 85_000_000_000)],
    },
    {
      text: 'Năm 2023, đóng góp vào ngân sách của các HTX ước đạt 12,5 tỷ đồng.',
      expect: [r('htx', 'budget_contribution', 'actual', 2023, 'VND', 12_500_000_000)],
    },
    // grdp_share
    {
      text: 'Đến năm 2030, kinh tế tập thể đóng góp khoảng 5% vào GRDP của tỉnh.',
      expect: [r('kttt', 'grdp_share', 'target', 2030, 'percent', 5, { comparator: 'approx' })],
    },
    {
      text: 'Phấn đấu khu vực kinh tế tập thể chiếm 5 - 6% GRDP.',
      doc: PLAN_2026_2030,
      expect: [r('kttt', 'grdp_share', 'target', 2030, 'percent', 5, { value_max: 6 })],
    },
    // growth_rate
    {
      text: 'Tốc độ tăng trưởng bình quân của khu vực KTTT đạt 7%/năm.',
      doc: PLAN_2026_2030,
      expect: [r('kttt', 'growth_rate', 'target', 2030, 'percent/year', 7)],
    },
    {
      text: 'Doanh thu của HTX tăng trưởng bình quân hằng năm từ 6 - 8%.',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'growth_rate', 'target', 2030, 'percent/year', 6, { value_max: 8 })],
    },
    // effective
    { text: 'Năm 2023 có 70% HTX hoạt động hiệu quả.', expect: [r('htx', 'effective', 'actual', 2023, 'percent', 70)] },
    { text: 'Có 145 HTX hoạt động có hiệu quả.', doc: REPORT_2023, expect: [r('htx', 'effective', 'actual', 2023, 'count', 145)] },
    {
      text: 'Số HTX hoạt động hiệu quả chiếm 65 – 70%.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 65, { value_max: 70 })],
    },
    {
      text: 'Số HTX xếp loại tốt và khá đạt 60%.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 60)],
    },
    // weak
    {
      text: 'Giảm tỷ lệ HTX yếu kém xuống dưới 10%.',
      doc: PLAN_2025,
      expect: [r('htx', 'weak', 'target', 2025, 'percent', 10, { comparator: 'lt' })],
    },
    { text: 'Hiện còn 23 HTX hoạt động yếu kém.', doc: NEWS_2024, expect: [r('htx', 'weak', 'actual', 2024, 'count', 23)] },
    // value_chain
    {
      text: 'Có 40% HTX nông nghiệp liên kết theo chuỗi giá trị.',
      doc: PLAN_2025,
      expect: [r('htx', 'value_chain', 'target', 2025, 'percent', 40, { sector: 'agriculture' })],
    },
    { text: 'Năm 2023 có 85 HTX tham gia liên kết chuỗi giá trị.', expect: [r('htx', 'value_chain', 'actual', 2023, 'count', 85)] },
    // ocop_products
    {
      text: 'Các HTX có 120 sản phẩm đạt OCOP từ 3 sao trở lên.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 120)],
    },
    {
      text: 'Phấn đấu đến năm 2025 có 50 sản phẩm OCOP của HTX.',
      expect: [r('htx', 'ocop_products', 'target', 2025, 'count', 50)],
    },
    // the products of a number of owners take the grade said after the owners, and the owners' kind (both kinds: the
    // collective economy's); the owners themselves are no count
    {
      text: 'Hiện huyện có 38 sản phẩm của 27 HTX được công nhận đạt chuẩn OCOP. Toàn tỉnh có 131 sản phẩm của 96 hợp tác xã, tổ hợp tác đạt OCOP 3 sao trở lên.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 38), r('kttt', 'ocop_products', 'actual', 2024, 'count', 131)],
    },
    // (not when the grade belongs to a later clause)
    {
      text: 'Toàn tỉnh có 75 sản phẩm của 40 HTX; 12 sản phẩm đạt OCOP.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 12)],
    },
    // bad_debt
    {
      text: 'Tỷ lệ nợ xấu của các quỹ tín dụng nhân dân dưới 1,5%.',
      doc: NEWS_2024,
      expect: [r('htx', 'bad_debt', 'actual', 2024, 'percent', 1.5, { sector: 'credit', comparator: 'lt' })],
    },
    {
      text: 'Nợ xấu của quỹ tín dụng nhân dân không quá 3%.',
      doc: PLAN_2025,
      expect: [r('htx', 'bad_debt', 'target', 2025, 'percent', 3, { sector: 'credit', comparator: 'lte' })],
    },
    // coverage
    { text: 'Đến năm 2025, 100% xã có HTX hoạt động.', expect: [r('htx', 'coverage', 'target', 2025, 'percent', 100)] },
    {
      text: 'Tỷ lệ xã có HTX nông nghiệp đạt 95%.',
      doc: REPORT_2023,
      expect: [r('htx', 'coverage', 'actual', 2023, 'percent', 95, { sector: 'agriculture' })],
    },
    // not a level: a change, a ratio
    {
      text: 'Năm 2023, doanh thu bình quân của HTX đạt 2 tỷ đồng, tăng 7% so với năm 2022.',
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_000_000_000), r('htx', 'other', 'actual', 2023, 'percent', 7)],
    },
    {
      text: 'Năm 2023, số HTX toàn tỉnh gấp 1,5 lần so với năm 2018.',
      expect: [],
      none: true,
    },
    {
      text: 'Năm 2023, số thành viên HTX tăng 1.200 thành viên so với năm 2022.',
      expect: [r('htx', 'other', 'actual', 2023, 'count', 1200)],
    },
    // "17/18 xã": a count of communes, not a date (there is no 18th month)
    { text: 'Có 17/18 xã, thị trấn có HTX hoạt động (đạt 94,4%).', doc: REPORT_2023, expect: [r('htx', 'coverage', 'actual', 2023, 'percent', 94.4)] },
    // an average over part of a year has no unit (TARGETS.md): other; people per cooperative are an average, not a total
    {
      text: 'Doanh thu bình quân 6 tháng đầu năm ước đạt 1,3 tỷ đồng/HTX. Toàn tỉnh có 512 HTX với khoảng 8.200 thành viên (bình quân khoảng 16 thành viên/HTX).',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 512), r('htx', 'members', 'actual', 2024, 'count', 8200, { comparator: 'approx' })],
    },
    {
      // those operating now are all there are, whatever the words farther before them praise
      text: 'Đến nay, tỉnh tiếp tục là một trong những địa phương có số HTX thành lập mới cao trong cả nước với 436 HTX đang hoạt động, khoảng 41.000 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 436), r('htx', 'members', 'actual', 2024, 'count', 41000, { comparator: 'approx' })],
    },
    {
      // cooperatives picked out by a service they run are a subset; members "on average" after a comparison are per cooperative
      text: 'Trong số các HTX đang hoạt động, có 512 HTX dịch vụ nông nghiệp; 54 HTX có quản lý dịch vụ điện. Các HTX dịch vụ nông nghiệp thu hút nhiều thành viên nhất, trung bình 380 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 512, { sector: 'agriculture' })],
    },
    // cooperatives founded up to now, with no start of the span and no "mới", are all there are; the people after a
    // breakdown in brackets are the whole's, in no one sector
    {
      text: 'Theo Phòng Nông nghiệp, tính đến nay toàn huyện đã thành lập 31 HTX (24 HTX nông nghiệp, 7 HTX phi nông nghiệp) với 610 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 31),
        r('htx', 'count', 'actual', 2024, 'count', 24, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 7, { sector: 'non_agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 610),
      ],
    },
    {
      text: 'Toàn huyện hiện nay đã thành lập được 38 HTX, tăng 2 HTX so năm 2023. Từ năm 2018 đến nay, huyện đã thành lập 15 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 38), r('htx', 'new_count', 'actual', 2024, 'count', 15)],
    },
    // members who joined, or are to be admitted, are no membership
    {
      text: 'Các HTX đã thu hút 38.000 thành viên tham gia, trong đó có 640 thành viên gia nhập mới trong năm. Năm 2024, Liên minh HTX tỉnh phấn đấu hướng dẫn thành lập 15 HTX, vận động kết nạp ít nhất 12 thành viên.',
      doc: NEWS_2023,
      expect: [r('htx', 'members', 'actual', 2023, 'count', 38000), r('htx', 'new_count', 'target', 2024, 'count', 15)],
    },
    // the comma of "sản xuất, kinh doanh" does not end the noun's phrase: the grade after it is the figure's
    {
      text: 'Toàn tỉnh có 37 HTX nông nghiệp sản xuất, kinh doanh giỏi.',
      doc: NEWS_2024,
      expect: [r('htx', 'effective', 'actual', 2024, 'count', 37, { sector: 'agriculture' })],
    },
    // new ones told after their noun with its short form in brackets and a kind ("12 hợp tác xã (HTX) kinh doanh tổng hợp đăng
    // ký thành lập mới") are new, not a count
    {
      text: 'Trong quý III/2023, tỉnh có 12 hợp tác xã (HTX) kinh doanh tổng hợp đăng ký thành lập mới.',
      doc: NEWS_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 12)],
    },
    // bodies a list says are registered to operate ("… 8 hợp tác xã và 3 tổ hợp tác đăng ký hoạt động ở các lĩnh vực …")
    // are counted, not new
    {
      text: 'Đến tháng 6/2023, xã có 8 hợp tác xã và 3 tổ hợp tác đăng ký hoạt động ở các lĩnh vực vận tải, nông nghiệp, thương mại.',
      doc: NEWS_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 8), r('tht', 'count', 'actual', 2023, 'count', 3)],
    },
    // a count "recorded" ("cả nước ghi nhận N HTX") is a count
    {
      text: 'Theo số liệu của Bộ Tài chính, cả nước ghi nhận 33.870 HTX, tăng 7.100 HTX so với năm 2020.',
      doc: NEWS_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 33870)],
    },
    // how far new cooperatives went past the plan is a margin, not a count of new ones
    {
      text: 'Năm 2023, toàn tỉnh thành lập mới 36 HTX, trong đó số HTX thành lập mới vượt 11 HTX so với kế hoạch.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 36)],
    },
    // the people a share comes to, told right after it, are the share's measure counted
    {
      text: 'Năm 2024, số cán bộ quản lý HTX có trình độ trung cấp chiếm 41% trong tổng số với hơn 5.900 người.',
      doc: NEWS_2024,
      expect: [r('htx', 'managers_trained', 'actual', 2024, 'percent', 41), r('htx', 'managers_trained', 'actual', 2024, 'count', 5900, { comparator: 'gt' })],
    },
  ],
};
