/**
 * Longer passages in the shape of real provincial reports, plans and news: several
 * figures, headings and lead-ins together, the way a document from an unseen
 * province states them.
 */
import { NEWS_2024, r, type CorpusGroup } from './types.ts';

const KH_2025 = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã tỉnh Thái Bình năm 2025', issued: '2024-08-20' };
const BC_2024 = { title: 'BÁO CÁO\nKết quả thực hiện kế hoạch phát triển kinh tế tập thể năm 2024', issued: '2024-12-10' };

export const PASSAGES: CorpusGroup = {
  phenomenon: 'passages',
  entries: [
    // wholes of one field counted side by side are one group of it; the measure named before a nested count is the
    // people's after it; a measure named alone after an average is an average too
    {
      text: 'Hiện tỉnh có 14 hợp tác xã vận tải hành khách và 2 HTX vận tải hàng hóa. Tổng số thành viên của 16 HTX này là 1.240 người, khoảng 1.500 lao động. Doanh thu bình quân của một HTX khoảng 800 triệu đồng, lãi 90 triệu đồng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 14, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 2, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 16, { sector: 'transport' }),
        r('htx', 'members', 'actual', 2024, 'count', 1240, { sector: 'transport' }),
        r('htx', 'workers', 'actual', 2024, 'count', 1500, { sector: 'transport', comparator: 'approx' }),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 800_000_000, { sector: 'transport', comparator: 'approx' }),
        r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 90_000_000, { sector: 'transport' }),
      ],
    },
    {
      text: [
        'I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024',
        '',
        '1. Về số lượng',
        '',
        'Ước đến 31/12/2024, toàn tỉnh có 598 HTX, 1.120 THT và 03 liên hiệp HTX. Trong năm thành lập mới 41 HTX, đạt 117% kế hoạch; giải thể 17 HTX.',
        '',
        '2. Về hiệu quả hoạt động',
        '',
        'Doanh thu bình quân ước đạt 3,2 tỷ đồng/HTX/năm; lãi bình quân 210 triệu đồng/HTX/năm; thu nhập bình quân của thành viên, người lao động thường xuyên trong HTX 4,8 triệu đồng/người/tháng.',
        '',
        'II. KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2025',
        '',
        '1. Mục tiêu cụ thể',
        '',
        '- Thành lập mới 45 HTX, 60 THT; nâng tổng số HTX toàn tỉnh lên 640 HTX.',
        '- Doanh thu bình quân đạt 3,5 tỷ đồng/HTX/năm.',
        '- Thu nhập bình quân của thành viên, người lao động thường xuyên trong HTX đạt 5,2 triệu đồng/người/tháng.',
      ].join('\n'),
      doc: KH_2025,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 598),
        r('tht', 'count', 'actual', 2024, 'count', 1120),
        r('lhhtx', 'count', 'actual', 2024, 'count', 3),
        r('htx', 'new_count', 'actual', 2024, 'count', 41),
        r('htx', 'dissolved_count', 'actual', 2024, 'count', 17),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 3_200_000_000),
        r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 210_000_000),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_800_000),
        r('htx', 'new_count', 'target', 2025, 'count', 45),
        r('tht', 'new_count', 'target', 2025, 'count', 60),
        r('htx', 'count', 'target', 2025, 'count', 640),
        r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 3_500_000_000),
        r('htx', 'income_avg', 'target', 2025, 'VND/month', 5_200_000),
      ],
    },
    {
      text: [
        'Năm 2024, kinh tế tập thể tỉnh tiếp tục phát triển cả về số lượng và chất lượng. Toàn tỉnh hiện có 1.179 HTX (tăng 87 HTX so với năm 2023) với trên 215.000 thành viên; tổng vốn điều lệ đạt 2.950 tỷ đồng.',
        'Số HTX hoạt động hiệu quả là 812 HTX, chiếm 68,9%. Doanh thu bình quân của HTX đạt 2,7 tỷ đồng/năm, tăng 8,5% so với năm 2023.',
      ].join('\n\n'),
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 1179),
        r('htx', 'members', 'actual', 2024, 'count', 215000, { comparator: 'gt' }),
        r('htx', 'capital', 'actual', 2024, 'VND', 2_950_000_000_000),
        r('htx', 'effective', 'actual', 2024, 'count', 812),
        r('htx', 'effective', 'actual', 2024, 'percent', 68.9),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_700_000_000),
      ],
    },
    {
      text: [
        '2. Mục tiêu cụ thể',
        '',
        'a) Đến năm 2025:',
        '- Có 420 HTX, trong đó 70% HTX hoạt động hiệu quả.',
        '- Tỷ trọng đóng góp của khu vực kinh tế tập thể vào GRDP đạt 4%.',
        '',
        'b) Đến năm 2030:',
        '- Có 550 HTX, trong đó 80% HTX hoạt động hiệu quả.',
        '- Tỷ trọng đóng góp của khu vực kinh tế tập thể vào GRDP đạt 5%.',
      ].join('\n'),
      doc: { title: 'KẾ HOẠCH\nThực hiện Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030' },
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 420),
        r('htx', 'effective', 'target', 2025, 'percent', 70),
        r('kttt', 'grdp_share', 'target', 2025, 'percent', 4),
        r('htx', 'count', 'target', 2030, 'count', 550),
        r('htx', 'effective', 'target', 2030, 'percent', 80),
        r('kttt', 'grdp_share', 'target', 2030, 'percent', 5),
      ],
    },
    {
      text: 'Toàn tỉnh có 187/256 HTX hoạt động hiệu quả, chiếm 73%.',
      doc: BC_2024,
      expect: [r('htx', 'effective', 'actual', 2024, 'count', 187), r('htx', 'effective', 'actual', 2024, 'percent', 73)],
    },
    {
      text: 'Doanh thu bình quân 1 HTX đạt 2,4 tỷ đồng/năm; lợi nhuận bình quân 1 HTX đạt 180 triệu đồng/năm.',
      doc: BC_2024,
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_400_000_000), r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 180_000_000)],
    },
    {
      text: 'Trong 6 tháng đầu năm 2024, toàn tỉnh thành lập mới 32 HTX, lũy kế đến nay có 1.230 HTX đang hoạt động.',
      doc: { issued: '2024-07-02' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 32), r('htx', 'count', 'actual', 2024, 'count', 1230)],
    },
    {
      text: 'Lĩnh vực nông nghiệp có 412 HTX, chiếm 69% tổng số HTX toàn tỉnh.',
      doc: BC_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 412, { sector: 'agriculture' })],
    },
    {
      text: 'Phấn đấu đến năm 2030, toàn tỉnh có 5.000 HTX, trong đó 40% HTX nông nghiệp ứng dụng công nghệ cao.',
      expect: [r('htx', 'count', 'target', 2030, 'count', 5000)],
    },
    {
      text: 'Các HTX đã giải quyết việc làm cho hơn 18.000 lao động, trong đó có 12.500 lao động là thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 18000, { comparator: 'gt' })],
    },
    {
      text: 'Số HTX đạt loại tốt và khá là 165 HTX, chiếm 64%; số HTX xếp loại yếu là 21 HTX, chiếm 8%.',
      doc: BC_2024,
      expect: [
        r('htx', 'effective', 'actual', 2024, 'count', 165),
        r('htx', 'effective', 'actual', 2024, 'percent', 64),
        r('htx', 'weak', 'actual', 2024, 'count', 21),
        r('htx', 'weak', 'actual', 2024, 'percent', 8),
      ],
    },
    {
      text: 'Tổng doanh thu của các HTX năm 2023 đạt 12.500 tỷ đồng, nộp ngân sách 96 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'budget_contribution', 'actual', 2023, 'VND', 96_000_000_000)],
    },
    {
      text: [
        'Phần thứ hai',
        'KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2025',
        '',
        'I. MỤC TIÊU',
        '',
        '2. Mục tiêu cụ thể',
        '',
        '- Số HTX thành lập mới: 30 HTX; số THT thành lập mới: 45 THT.',
        '- Số thành viên HTX tăng thêm: 1.500 thành viên.',
        '- Số lao động thường xuyên trong HTX: 14.000 lao động.',
      ].join('\n'),
      doc: { title: 'BÁO CÁO\nTình hình thực hiện năm 2024 và kế hoạch phát triển kinh tế tập thể năm 2025', issued: '2024-09-15' },
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count', 30),
        r('tht', 'new_count', 'target', 2025, 'count', 45),
        r('htx', 'workers', 'target', 2025, 'count', 14000),
      ],
    },
    {
      text: 'Tính đến ngày 30/9/2024, toàn tỉnh có 28 quỹ tín dụng nhân dân, tổng nguồn vốn hoạt động đạt 3.120 tỷ đồng, tỷ lệ nợ xấu 0,65%.',
      doc: { issued: '2024-10-12' },
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 28, { sector: 'credit' }),
        r('htx', 'capital', 'actual', 2024, 'VND', 3_120_000_000_000, { sector: 'credit' }),
        r('htx', 'bad_debt', 'actual', 2024, 'percent', 0.65, { sector: 'credit' }),
      ],
    },
    {
      text: 'Năm 2023, có 152 sản phẩm của các HTX được công nhận đạt chuẩn OCOP, trong đó 18 sản phẩm đạt 4 sao.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2023, 'count', 152), r('htx', 'ocop_products', 'actual', 2023, 'count', 18)],
    },
    {
      text: 'Phấn đấu đến năm 2025 có ít nhất 30% HTX nông nghiệp tham gia liên kết theo chuỗi giá trị và 100% xã có HTX nông nghiệp hoạt động.',
      expect: [
        r('htx', 'value_chain', 'target', 2025, 'percent', 30, { sector: 'agriculture', comparator: 'gte' }),
        r('htx', 'coverage', 'target', 2025, 'percent', 100, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Tổng số cán bộ quản lý HTX là 2.870 người, trong đó trình độ đại học trở lên 540 người, cao đẳng, trung cấp 1.120 người.',
      doc: BC_2024,
      expect: [
        r('htx', 'managers', 'actual', 2024, 'count', 2870),
        r('htx', 'managers_trained', 'actual', 2024, 'count', 540),
        r('htx', 'managers_trained', 'actual', 2024, 'count', 1120),
      ],
    },
    {
      text: 'Kết quả sau 3 năm triển khai Đề án, toàn tỉnh đã thành lập mới 96 HTX, vượt 20% so với mục tiêu.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 96)],
    },
    {
      text: 'Các THT có 6.850 thành viên, doanh thu bình quân đạt 320 triệu đồng/THT/năm.',
      doc: NEWS_2024,
      expect: [r('tht', 'members', 'actual', 2024, 'count', 6850), r('tht', 'revenue_avg', 'actual', 2024, 'VND/year', 320_000_000)],
    },
    {
      text: 'Thu nhập bình quân của thành viên HTX năm 2023 đạt 52 triệu đồng/người/năm, tăng 4 triệu đồng so với năm 2022.',
      doc: NEWS_2024,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/year', 52_000_000)],
    },
    {
      text: 'Số HTX thành lập mới bình quân 40 HTX/năm.',
      doc: { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2026 - 2030' },
      expect: [r('htx', 'new_count', 'target', 2030, 'count/year', 40)],
    },
    {
      text: 'Đến năm 2030, cả nước có khoảng 140.000 tổ hợp tác, 45.000 HTX với 8 triệu thành viên và 300 liên hiệp HTX.',
      expect: [
        r('tht', 'count', 'target', 2030, 'count', 140000, { comparator: 'approx' }),
        r('htx', 'count', 'target', 2030, 'count', 45000),
        r('htx', 'members', 'target', 2030, 'count', 8_000_000),
        r('lhhtx', 'count', 'target', 2030, 'count', 300),
      ],
    },
    // a profile of one named cooperative goes on through a paragraph that says "trên địa bàn" of the places it serves, not of
    // bodies: its workers are its own; the district's count after it is the district's
    {
      text: [
        'Ra đời từ năm 2020, HTX Dịch vụ Nông nghiệp Suối Thầu đã trở thành đầu mối thu mua rau, củ cho bà con trong bản.',
        '',
        'Bếp sơ chế của HTX cũng đã đi vào hoạt động, cung cấp rau sạch cho các quán ăn và trường mầm non trên địa bàn thị trấn.',
        '',
        'Bà Lò Thị Xuân, Giám đốc HTX chia sẻ: "Mùa vụ chính, HTX tạo việc làm cho 15 lao động thời vụ".',
        '',
        'Đây là một trong số 31 HTX đang hoạt động trên địa bàn huyện.',
      ].join('\n'),
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 31)],
    },
    // named cooperatives listed with their members after a count of a kind: each one's members are its own, a name whose
    // kind words are joined by a dash too
    {
      text: 'Xã ven biển hiện có 3 HTX nuôi trồng thủy sản gồm: HTX tôm - lúa An Hòa với 58 thành viên, HTX Nuôi nghêu Tân Phong với 41 thành viên và HTX Dịch vụ Thủy sản Bình Lợi với 23 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 3, { sector: 'agriculture' })],
    },
    // a report of one cooperative's founding gives its capital, then the district's tally in the same paragraph: the capital
    // is the one cooperative's, the tally the district's
    {
      text: [
        'Ra mắt Hợp tác xã Dịch vụ nông nghiệp Tân Hòa',
        '',
        'Sáng 14.3, UBND xã Tân Hòa tổ chức hội nghị thành lập HTX Dịch vụ nông nghiệp Tân Hòa. HTX có 35 thành viên sáng lập, vốn điều lệ ban đầu của HTX là 350 triệu đồng. Đến nay, toàn huyện đã có 18 HTX nông nghiệp được thành lập mới.',
      ].join('\n'),
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 18, { sector: 'agriculture' })],
    },
    {
      text: 'Hợp tác xã Đồng Tâm hiện có 215 thành viên, doanh thu năm 2023 đạt trên 6 tỷ đồng.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    {
      text: 'Tỷ lệ HTX có lãi đạt 85%; 30% HTX ứng dụng chuyển đổi số.',
      doc: BC_2024,
      expect: [],
      none: true,
    },
    {
      text: 'Số HTX yếu kém giảm từ 58 HTX năm 2020 xuống còn 19 HTX năm 2024.',
      doc: BC_2024,
      expect: [r('htx', 'weak', 'actual', 2020, 'count', 58), r('htx', 'weak', 'actual', 2024, 'count', 19)],
    },
    {
      text: 'Phấn đấu năm 2025, số HTX tăng thêm 35 HTX so với năm 2024.',
      expect: [],
      none: true,
    },
  ],
};
