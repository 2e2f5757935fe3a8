/**
 * Document structure around the figures: headings whose body follows on the next line,
 * mastheads over web menus, asides in brackets inside a list, grades named after the
 * noun, sector labels at the head of a list line, and figures that only qualify a share.
 */
import { NEWS_2024, PLAN_2021_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const STRUCTURE: CorpusGroup = {
  phenomenon: 'document structure',
  entries: [
    // a headline that restates a figure of the body gives it no record of its own
    {
      text: 'Đồng Tháp: dự kiến phát triển mới 60 hợp tác xã\n\nDự kiến giai đoạn 2021 - 2025, tỉnh sẽ phát triển mới 60 hợp tác xã.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 60)],
    },
    {
      text: 'II. KẾT QUẢ THEO LĨNH VỰC\n1. Lĩnh vực thủy sản\nCó 46 HTX, doanh thu bình quân 3,1 tỷ đồng/HTX/năm.\n2. Lĩnh vực vận tải\nCó 18 HTX với 920 phương tiện.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 46, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 3_100_000_000, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 18, { sector: 'transport' }),
      ],
    },
    {
      text: 'BÁO ĐIỆN TỬ TỈNH\nTrang chủ | Kinh tế | Nông nghiệp | Du lịch | Xã hội\n\nHiện nay toàn tỉnh có 212 HTX với 8.400 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 212), r('htx', 'members', 'actual', 2024, 'count', 8400)],
    },
    {
      text: 'Hiện nay, toàn huyện có 38 HTX (tăng 4 HTX so với năm 2022), 02 Liên hiệp HTX và 57 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 38), r('lhhtx', 'count', 'actual', 2024, 'count', 2), r('tht', 'count', 'actual', 2024, 'count', 57)],
    },
    {
      text: 'Hiện nay toàn tỉnh có 640 HTX (trong đó 410 HTX nông nghiệp, thủy sản) và 9 liên hiệp HTX.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 640),
        r('htx', 'count', 'actual', 2024, 'count', 410, { sector: 'agriculture' }),
        r('lhhtx', 'count', 'actual', 2024, 'count', 9),
      ],
    },
    {
      text: 'Kết quả phân loại năm 2023: 30 HTX hoạt động tốt, 41 HTX khá, 12 HTX trung bình và 5 HTX yếu.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'effective', 'actual', 2023, 'count', 30),
        r('htx', 'effective', 'actual', 2023, 'count', 41),
        r('htx', 'weak', 'actual', 2023, 'count', 5),
      ],
    },
    {
      text: 'Đến năm 2025:\n- Nông nghiệp: phát triển 120 HTX nông nghiệp.\n- Xây dựng: duy trì khoảng 15 HTX.\n- Thương mại - dịch vụ: 25 HTX.',
      doc: PLAN_2021_2025,
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 120, { sector: 'agriculture' }),
        r('htx', 'count', 'target', 2025, 'count', 15, { sector: 'construction', comparator: 'approx' }),
        r('htx', 'count', 'target', 2025, 'count', 25, { sector: 'trade_services' }),
      ],
    },
    {
      text: 'Phấn đấu đến năm 2025 có 100% xã, phường, thị trấn có ít nhất 01 HTX hoạt động hiệu quả.',
      doc: PLAN_2021_2025,
      expect: [r('htx', 'coverage', 'target', 2025, 'percent', 100)],
    },
    {
      text: 'Giai đoạn 2021 - 2025, mỗi năm thành lập mới từ 4 đến 6 HTX và 10 - 12 tổ hợp tác.',
      doc: PLAN_2021_2025,
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count/year', 4, { value_max: 6, comparator: 'range' }),
        r('tht', 'new_count', 'target', 2025, 'count/year', 10, { value_max: 12, comparator: 'range' }),
      ],
    },
    {
      text: 'Hiện nay toàn tỉnh có 11 quỹ tín dụng nhân dân. Tổng nguồn vốn hoạt động của các quỹ đạt 2.150 tỷ đồng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 11, { sector: 'credit' }),
        r('htx', 'capital', 'actual', 2024, 'VND', 2_150_000_000_000, { sector: 'credit' }),
      ],
    },
    {
      text: 'IV. ĐÓNG GÓP CỦA KHU VỰC KINH TẾ TẬP THỂ\n- Nộp ngân sách nhà nước: Thực hiện năm 2023 38,5 tỷ đồng; Kế hoạch năm 2024 40 tỷ đồng.',
      doc: REPORT_2023,
      expect: [
        r('kttt', 'budget_contribution', 'actual', 2023, 'VND', 38_500_000_000),
        r('kttt', 'budget_contribution', 'target', 2024, 'VND', 40_000_000_000),
      ],
    },
    {
      text: 'Phần thứ nhất\nĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2020\nĐến cuối năm 2020, toàn huyện có 52 HTX.',
      doc: { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025', issued: '2020-11-15' },
      expect: [r('htx', 'count', 'actual', 2020, 'count', 52)],
    },
    {
      text: 'Năm 2023, có 16 HTX tham gia chuỗi liên kết giá trị với doanh nghiệp.',
      doc: NEWS_2024,
      expect: [r('htx', 'value_chain', 'actual', 2023, 'count', 16)],
    },
  ],
};

/** Cases from the second blind set: tables with units in the row label, asides, ratios to plan, agencies. */
export const STRUCTURE_2: CorpusGroup = {
  phenomenon: 'document structure (tables, asides, ratios)',
  entries: [
    {
      text: '- Tổng số HTX (HTX): Thực hiện 2023 520; Ước TH 2024 540; Kế hoạch 2025 560.\n- Doanh thu bình quân của HTX (triệu đồng/năm): Thực hiện 2023 980; Kế hoạch 2025 1.100.\n- Tỷ lệ HTX nông nghiệp hoạt động hiệu quả (%): Thực hiện 2023 52,5; Kế hoạch 2025 60.',
      doc: { title: 'BIỂU CHỈ TIÊU PHÁT TRIỂN KINH TẾ TẬP THỂ', issued: '2024-08-12' },
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 520),
        r('htx', 'count', 'actual', 2024, 'count', 540),
        r('htx', 'count', 'target', 2025, 'count', 560),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 980_000_000),
        r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 1_100_000_000),
        r('htx', 'effective', 'actual', 2023, 'percent', 52.5, { sector: 'agriculture' }),
        r('htx', 'effective', 'target', 2025, 'percent', 60, { sector: 'agriculture' }),
      ],
    },
    {
      text: '4. Kết quả theo lĩnh vực\n4.1. Lĩnh vực nông nghiệp:\n- Có 300 HTX; doanh thu bình quân 2,1 tỷ đồng/HTX/năm.\n4.2. Lĩnh vực vận tải:\n- Có 40 HTX; thu nhập bình quân 8 triệu đồng/người/tháng.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 300, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_100_000_000, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 40, { sector: 'transport' }),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 8_000_000, { sector: 'transport' }),
      ],
    },
    {
      text: 'Thu nhập bình quân của lao động trong HTX đạt 4,6 triệu đồng/người/tháng (năm 2020 là 3,1 triệu đồng/người/tháng).',
      doc: NEWS_2024,
      // the aside's year dates the aside's own figure, not the one before it
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_600_000), r('htx', 'income_avg', 'actual', 2020, 'VND/month', 3_100_000)],
    },
    {
      text: '6 tháng đầu năm 2024, toàn tỉnh thành lập mới 12 HTX, bằng 120% cùng kỳ năm 2023; doanh thu đạt 105,2% kế hoạch.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 12)],
    },
    {
      text: 'Theo Sở Kế hoạch và Đầu tư, năm 2023 toàn tỉnh thành lập mới 33 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 33)],
    },
    {
      text: 'Khu vực kinh tế tập thể hiện đóng góp khoảng 2,1% GRDP; toàn tỉnh vẫn còn 25 HTX yếu kém.',
      doc: { title: 'Hợp tác xã sau ba năm thực hiện Kế hoạch giai đoạn 2021-2025', issued: '2023-09-15' },
      expect: [r('kttt', 'grdp_share', 'actual', 2023, 'percent', 2.1, { comparator: 'approx' }), r('htx', 'weak', 'actual', 2023, 'count', 25)],
    },
    {
      text: 'Sau ba năm thực hiện Kế hoạch giai đoạn 2021-2025, đến nay toàn tỉnh có 352 HTX.',
      doc: { title: 'Hợp tác xã chuyển mình', issued: '2023-09-15' },
      expect: [r('htx', 'count', 'actual', 2023, 'count', 352)],
    },
    {
      text: 'Chiều 26/12, hội nghị tổng kết diễn ra tại thành phố.\n\nDoanh thu bình quân của HTX đạt 1,9 tỷ đồng/HTX/năm.',
      doc: { title: 'Năm 2024 thành lập mới 52 hợp tác xã' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 52), r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_900_000_000)],
    },
    {
      text: 'Toàn tỉnh vẫn còn 41 HTX yếu kém, cần hướng dẫn giải thể.',
      doc: NEWS_2024,
      expect: [r('htx', 'weak', 'actual', 2024, 'count', 41)],
    },
    {
      text: 'Hiện nay toàn tỉnh có 150 HTX.\n\nTin liên quan\n- Thành lập mới 21 HTX trong năm 2023 (10/01/2024)\n- Huyện A có 12 sản phẩm OCOP (05/01/2024)',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 150)],
    },
    {
      text: 'Doanh thu bình quân của HTX ước đạt 2,1 tỷ đồng/HTX/năm, lợi nhuận bình quân\n168 triệu đồng/HTX/năm; đến năm 2030 toàn huyện có 120 HTX,\n70 tổ hợp tác.',
      doc: { title: 'BÁO CÁO\nTình hình kinh tế tập thể năm 2024', issued: '2024-12-10' },
      expect: [
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_100_000_000),
        r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 168_000_000),
        r('htx', 'count', 'target', 2030, 'count', 120),
        r('tht', 'count', 'target', 2030, 'count', 70),
      ],
    },
    {
      text: 'Phấn đấu đến năm 2025 có ít nhất 60% số hợp tác xã hoạt động hiệu quả.',
      doc: PLAN_2021_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 60, { comparator: 'gte' })],
    },
    {
      text: 'Năm 2023, doanh thu bình quân của HTX đạt gần 2 tỷ 300 triệu đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_300_000_000, { comparator: 'approx' })],
    },
    {
      text: 'Năm 2023, toàn tỉnh có 171 HTX (chiếm 64,8%) liên kết tiêu thụ nông sản theo chuỗi giá trị; 198 HTX (48,1%) hoạt động hiệu quả.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'value_chain', 'actual', 2023, 'count', 171),
        r('htx', 'value_chain', 'actual', 2023, 'percent', 64.8),
        r('htx', 'effective', 'actual', 2023, 'count', 198),
        r('htx', 'effective', 'actual', 2023, 'percent', 48.1),
      ],
    },
    {
      text: 'Năm 2023, toàn tỉnh có 412 HTX, trong đó: nông nghiệp 268 HTX; công nghiệp - tiểu thủ công nghiệp 52 HTX; thương mại - dịch vụ 40 HTX.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 412),
        r('htx', 'count', 'actual', 2023, 'count', 268, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 52, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2023, 'count', 40, { sector: 'trade_services' }),
      ],
    },
    {
      text: 'Năm 2024, tỉnh phấn đấu thành lập mới HTX tại 14 xã chưa có HTX.',
      doc: PLAN_2021_2025,
      expect: [],
      none: true,
    },
    {
      text: 'Hiện nay toàn tỉnh có 14 quỹ tín dụng nhân dân. Năm 2023, các quỹ có tổng nguồn vốn 3.000 tỷ đồng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 14, { sector: 'credit' }),
        r('htx', 'capital', 'actual', 2023, 'VND', 3_000_000_000_000, { sector: 'credit' }),
      ],
    },
    {
      text: 'Toàn tỉnh có 264 HTX nông nghiệp. Trong số đó, 171 HTX (chiếm 64,8%) liên kết tiêu thụ nông sản theo chuỗi giá trị.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 264, { sector: 'agriculture' }),
        r('htx', 'value_chain', 'actual', 2024, 'count', 171, { sector: 'agriculture' }),
        r('htx', 'value_chain', 'actual', 2024, 'percent', 64.8, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'C. TỔ HỢP TÁC\n- Tổng số thành viên (thành viên): Thực hiện 2023 6.930; Kế hoạch 2024 7.100.',
      doc: REPORT_2023,
      expect: [r('tht', 'members', 'actual', 2023, 'count', 6930), r('tht', 'members', 'target', 2024, 'count', 7100)],
    },
    {
      text: 'HTX Nông nghiệp Phú Thành (huyện Châu Thành) là một trong những HTX điển hình của tỉnh.\n\nThành lập năm 2018 với 25 thành viên, đến nay HTX có 140 thành viên, tạo việc làm cho 15 lao động với thu nhập bình quân 7 triệu đồng/người/tháng.\n\nHiện toàn tỉnh có 250 HTX nông nghiệp với 21.000 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 250, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 21000, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 26 HTX, nâng tổng số HTX lên 356 HTX. Liên minh HTX tỉnh hiện có 189 thành viên chính thức; đã tổ chức bồi dưỡng cho 1.050 lượt cán bộ quản lý HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 26), r('htx', 'count', 'actual', 2023, 'count', 356)],
    },
    {
      text: 'Đến nay, 96/107 xã, phường, thị trấn có HTX, đạt 89,7%.',
      doc: NEWS_2024,
      expect: [r('htx', 'coverage', 'actual', 2024, 'percent', 89.7)],
    },
    {
      text: 'Đại Lộc phát triển hợp tác xã nông nghiệp\n\nHiện toàn huyện có 32 HTX.\nTin liên quan\nQuế Sơn: 5 HTX được hỗ trợ chuyển đổi số (10/11/2023)\nQuảng Nam có 468 sản phẩm OCOP (02/11/2023)',
      doc: { issued: '2023-11-20' },
      expect: [r('htx', 'count', 'actual', 2023, 'count', 32)],
    },
    {
      text: 'MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030Phấn đấu có khoảng 300 HTX và 700 tổ hợp tác.',
      doc: { title: 'Ban hành Kế hoạch phát triển kinh tế tập thể giai đoạn 2021-2030', issued: '2022-06-14' },
      expect: [r('htx', 'count', 'target', 2030, 'count', 300, { comparator: 'approx' }), r('tht', 'count', 'target', 2030, 'count', 700)],
    },
    // a plan's masthead flattened from a table runs into its first heading: the heading in capitals still governs
    {
      text: 'Số: 31/KH-UBND |\nPleiku, ngày 12 tháng 5 năm 2020 |\nTHỰC TRẠNG KINH TẾ TẬP THỂ GIAI ĐOẠN 2016-2020\n- Tổng số HTX: toàn tỉnh 210 hợp tác xã; thành lập mới 58 hợp tác xã.',
      doc: { title: 'Kế hoạch phát triển kinh tế tập thể giai đoạn 2021-2025', issued: '2020-05-12' },
      expect: [r('htx', 'count', 'actual', 2020, 'count', 210), r('htx', 'new_count', 'actual', 2020, 'count', 58)],
    },
    // a part of the group just counted, after a semicolon in the same sentence, keeps its sector
    {
      text: 'Trong lĩnh vực nông nghiệp, thủy sản có 186 HTX; trong đó 45 HTX liên kết theo chuỗi giá trị với doanh nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 186, { sector: 'agriculture' }),
        r('htx', 'value_chain', 'actual', 2024, 'count', 45, { sector: 'agriculture' }),
      ],
    },
    // … and a share of it in the next sentence takes its body and sector
    {
      text: 'Toàn tỉnh có 1.120 tổ hợp tác nông nghiệp. Trong số đó, 35% hoạt động hiệu quả.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 1120, { sector: 'agriculture' }),
        r('tht', 'effective', 'actual', 2024, 'percent', 35, { sector: 'agriculture' }),
      ],
    },
    // "Trong số đó" speaks of the last group of its own kind, not of the tổ hợp tác counted after it
    {
      text: 'Toàn tỉnh có 198 HTX nông nghiệp với 9.400 thành viên và 640 tổ hợp tác. Trong số đó, 76 HTX đạt loại tốt.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 198, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 9400, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 640),
        r('htx', 'effective', 'actual', 2024, 'count', 76, { sector: 'agriculture' }),
      ],
    },
    // a part of another kind of body, or a figure after a semicolon that is no part, keeps no sector from the group
    {
      text: 'Đến năm 2025, số HTX đạt 300 HTX, trong đó HTX nông nghiệp 190 HTX; có 03 liên hiệp HTX; số tổ hợp tác đạt 520 tổ.',
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 300),
        r('htx', 'count', 'target', 2025, 'count', 190, { sector: 'agriculture' }),
        r('lhhtx', 'count', 'target', 2025, 'count', 3),
        r('tht', 'count', 'target', 2025, 'count', 520),
      ],
    },
    {
      text: 'Năm 2023 toàn tỉnh có 96 HTX nông nghiệp. Trong đó, 12 tổ hợp tác đã chuyển đổi thành HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 96, { sector: 'agriculture' })],
    },
    // a credit fund named in an aside does not make the liên hiệp after it a credit body
    {
      text: 'Đến 30/9/2023, toàn tỉnh có 215 HTX (trong đó 180 HTX nông nghiệp, 05 quỹ tín dụng nhân dân), 02 liên hiệp HTX và 160 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 215),
        r('htx', 'count', 'actual', 2023, 'count', 180, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 5, { sector: 'credit' }),
        r('lhhtx', 'count', 'actual', 2023, 'count', 2),
        r('tht', 'count', 'actual', 2023, 'count', 160),
      ],
    },
    // an aside that lists what a sector covers does not blur it; one that names the one sector does
    {
      text: 'Các lĩnh vực phi nông nghiệp (công nghiệp - tiểu thủ công nghiệp, thương mại - dịch vụ, vận tải) có 88 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 88, { sector: 'non_agriculture' })],
    },
    {
      text: 'Lĩnh vực khác (vệ sinh môi trường, thu gom rác) có 14 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 14, { sector: 'environment' })],
    },
  ],
};

/** Province-wide figures in socio-economic reports are not the cooperatives'. */
const REPORT_KTXH = { title: 'BÁO CÁO\nTình hình kinh tế - xã hội năm 2024', issued: '2024-12-15' };
export const NOT_OURS: CorpusGroup = {
  phenomenon: 'province-wide figures',
  entries: [
    { text: 'Thu nhập bình quân đầu người của tỉnh năm 2024 đạt 58 triệu đồng/năm.', doc: REPORT_KTXH, expect: [], none: true },
    {
      text: 'Năm 2024 tốc độ tăng trưởng GRDP của tỉnh đạt 7,15%; tỷ trọng nông, lâm nghiệp và thủy sản chiếm 20,3% GRDP.',
      doc: REPORT_KTXH,
      expect: [],
      none: true,
    },
    {
      text: 'Phát triển doanh nghiệp, kinh tế tập thể: năm 2024 có 520 doanh nghiệp thành lập mới với tổng vốn đăng ký 4.870 tỷ đồng, giải quyết việc làm cho 46.000 lao động.',
      doc: REPORT_KTXH,
      expect: [],
      none: true,
    },
    { text: 'Chương trình OCOP: toàn tỉnh đến nay có 176 sản phẩm đạt 3 sao trở lên.', doc: REPORT_KTXH, expect: [], none: true },
    { text: 'Tỷ lệ nợ xấu của toàn hệ thống ngân hàng trên địa bàn ở mức 0,9%.', doc: REPORT_KTXH, expect: [], none: true },
    {
      text: 'Hiện nay có 102 HTX tham gia liên kết theo chuỗi giá trị với doanh nghiệp, khoảng 130 HTX ứng dụng công nghệ cao.',
      doc: NEWS_2024,
      expect: [r('htx', 'value_chain', 'actual', 2024, 'count', 102)],
    },
    {
      text: 'Đánh giá kết quả giai đoạn 2016 - 2020, Kế hoạch nêu: đến 31/12/2020, toàn tỉnh có 568 HTX.',
      doc: { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025', issued: '2021-03-10' },
      expect: [r('htx', 'count', 'actual', 2020, 'count', 568)],
    },
    // a page that writes a sentence a line, with no blank line between paragraphs: a line is a paragraph of its own,
    // so a plan announced for an event on one line does not make the next line's figures goals
    {
      text: 'Công tác chuẩn bị Đại hội Liên minh HTX tỉnh đã hoàn tất. Dự kiến Đại hội sẽ diễn ra trong 2 ngày cuối tháng 10.\nToàn tỉnh có 366 HTX và 512 THT.',
      doc: { title: 'Liên minh HTX tỉnh sẵn sàng cho Đại hội', issued: '2020-10-12' },
      expect: [r('htx', 'count', 'actual', 2020, 'count', 366), r('tht', 'count', 'actual', 2020, 'count', 512)],
    },
    // … and what a report shows has happened, whatever the line before said was planned
    {
      text: 'Dự kiến hội nghị tổng kết sẽ được tổ chức vào tháng 12.\nBáo cáo của Sở Nông nghiệp cho thấy, hết năm 2023 toàn tỉnh có 208 HTX nông nghiệp.',
      doc: { title: 'Hợp tác xã nông nghiệp chuẩn bị tổng kết năm', issued: '2023-11-02' },
      expect: [r('htx', 'count', 'actual', 2023, 'count', 208, { sector: 'agriculture' })],
    },
    // … yet the goals a line opened go on in the lines after it, a sentence a line
    {
      text: 'Mục tiêu đến năm 2030, toàn tỉnh có khoảng 540 HTX với 60.000 thành viên.\nSố HTX xếp loại tốt, khá chiếm trên 70% tổng số HTX.',
      doc: { title: 'Tỉnh ban hành kế hoạch thực hiện chiến lược phát triển kinh tế tập thể', issued: '2022-04-05' },
      expect: [
        r('htx', 'count', 'target', 2030, 'count', 540, { comparator: 'approx' }),
        r('htx', 'members', 'target', 2030, 'count', 60000),
        r('htx', 'effective', 'target', 2030, 'percent', 70, { comparator: 'gt' }),
      ],
    },
    // … and a line that opens on a part of what the line before counted goes on with it
    {
      text: 'Lũy kế đến nay, toàn tỉnh có 301 HTX.\nTrong đó, có 270 HTX đang hoạt động và 31 HTX tạm ngừng hoạt động.',
      doc: { title: 'Hội nghị đánh giá kinh tế tập thể 6 tháng đầu năm và phương hướng nhiệm vụ thời gian tới', issued: '2024-07-20' },
      expect: [r('htx', 'count', 'actual', 2024, 'count', 301), r('htx', 'count', 'actual', 2024, 'count', 270)],
    },
    // a site's breadcrumb above the headline is not the title; the headline under it is
    {
      text: 'Tin tức - Sự kiện  /  Trong huyện  /  Kinh tế\nHTX nông nghiệp của huyện hoạt động ổn định\nNgày đăng: 05/03/2019\n\nHiện nay trên địa bàn huyện có 31 HTX.\n\nThu nhập bình quân của người lao động đạt trên 2,5 triệu/tháng.',
      expect: [r('htx', 'count', 'actual', 2019, 'count', 31), r('htx', 'income_avg', 'actual', 2019, 'VND/month', 2_500_000, { comparator: 'gt' })],
    },
  ],
};
