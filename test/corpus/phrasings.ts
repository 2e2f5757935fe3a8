/** More phrasings seen across provinces: bounds after the unit, ranges of money, past years inside a plan, cumulative counts. */
import { NEWS_2024, PLAN_2025, r, type CorpusGroup } from './types.ts';

const KH_2024 = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã năm 2024', issued: '2023-10-05' };

export const PHRASINGS: CorpusGroup = {
  phenomenon: 'more phrasings',
  entries: [
    {
      text: 'Thu nhập bình quân của thành viên, người lao động đạt khoảng 65 - 70 triệu đồng/người/năm.',
      doc: PLAN_2025,
      expect: [r('htx', 'income_avg', 'target', 2025, 'VND/year', 65_000_000, { value_max: 70_000_000 })],
    },
    {
      text: 'Doanh thu bình quân đạt 5 tỷ đồng/HTX/năm trở lên.',
      doc: PLAN_2025,
      expect: [r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 5_000_000_000, { comparator: 'gte' })],
    },
    {
      text: 'Tỷ lệ HTX hoạt động hiệu quả đạt trên 60%.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 60, { comparator: 'gt' })],
    },
    {
      text: 'Có 45 sản phẩm OCOP của HTX đạt 3 sao trở lên.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 45)],
    },
    {
      text: 'Số HTX đang hoạt động theo Luật HTX năm 2012 là 420 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 420)],
    },
    {
      text: 'Giai đoạn 2021 - 2025 thành lập mới bình quân 30 HTX/năm.',
      doc: { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025' },
      expect: [r('htx', 'new_count', 'target', 2025, 'count/year', 30)],
    },
    {
      text: 'Năm 2023, toàn tỉnh có 390 HTX, 1.240 THT.',
      doc: KH_2024,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 390), r('tht', 'count', 'actual', 2023, 'count', 1240)],
    },
    {
      text: 'Lao động làm việc thường xuyên trong các HTX là 5.600 người.',
      doc: NEWS_2024,
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 5600)],
    },
    {
      text: 'Thành lập mới 12 HTX, tăng 12% so với cùng kỳ năm trước.',
      doc: { issued: '2024-07-01' },
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 12)],
    },
    {
      text: 'Đến hết năm 2025, phấn đấu:\n+ Có 100% HTX tổ chức lại hoạt động theo Luật Hợp tác xã năm 2023.\n+ Có 65% HTX hoạt động hiệu quả.',
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 65)],
    },
    {
      text: 'Cụ thể, thành lập mới 18 HTX nông nghiệp, 7 HTX phi nông nghiệp.',
      doc: PLAN_2025,
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count', 18, { sector: 'agriculture' }),
        r('htx', 'new_count', 'target', 2025, 'count', 7, { sector: 'non_agriculture' }),
      ],
    },
    {
      text: 'Lũy kế đến nay toàn tỉnh có 76 HTX tham gia chuỗi giá trị.',
      doc: NEWS_2024,
      expect: [r('htx', 'value_chain', 'actual', 2024, 'count', 76)],
    },
    {
      text: 'Phấn đấu tỷ lệ thành viên HTX được đào tạo, tập huấn đạt 50%.',
      doc: PLAN_2025,
      expect: [],
      none: true,
    },
    {
      text: 'Số HTX có lãi chiếm 88%, trong đó số HTX có lãi trên 500 triệu đồng/năm là 40 HTX.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    {
      text: 'Toàn tỉnh có 7.900 tổ hợp tác với 95.000 thành viên, thu hút khoảng 120.000 lao động.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 7900),
        r('tht', 'members', 'actual', 2024, 'count', 95000),
        r('tht', 'workers', 'actual', 2024, 'count', 120000, { comparator: 'approx' }),
      ],
    },
    {
      text: 'Doanh thu bình quân của HTX nông nghiệp đạt 1,3 tỷ đồng/năm; HTX phi nông nghiệp đạt 3,6 tỷ đồng/năm.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_300_000_000, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 3_600_000_000, { sector: 'non_agriculture' }),
      ],
    },
    // a count whose noun stood before it, with a bracketed change after it
    {
      text: 'Trong năm, toàn tỉnh thành lập mới 9 HTX, nâng tổng số hợp tác xã lên 428 (tăng 2% so với cùng kỳ). Hiện số thành viên của các HTX là 6.930 (tăng 1,8%).',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 9),
        r('htx', 'count', 'actual', 2024, 'count', 428),
        r('htx', 'members', 'actual', 2024, 'count', 6930),
      ],
    },
    {
      // a national review: "có tổng cộng" counts all; capital in "nghìn tỷ"; cooperatives per union on average are no count
      text: 'Tính đến cuối năm, cả nước có tổng cộng 30.112 HTX. Vốn điều lệ của các HTX khoảng 61,3 nghìn tỷ đồng. Cả nước có 131 liên hiệp HTX, trung bình có 7 HTX tham gia một liên hiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 30112),
        r('htx', 'capital', 'actual', 2024, 'VND', 61_300_000_000_000, { comparator: 'approx' }),
        r('lhhtx', 'count', 'actual', 2024, 'count', 131),
      ],
    },
    {
      // a half-year report: new ones that raise the farm cooperatives' total are farm cooperatives; "từ nay đến cuối
      // năm" is the rest of the year of writing
      text: '6 tháng đầu năm, toàn tỉnh đã thành lập mới được 21 HTX, đạt 70% kế hoạch năm; nâng tổng số HTX nông nghiệp toàn tỉnh lên 388 HTX. Dự kiến từ nay đến cuối năm, toàn tỉnh thành lập mới thêm 9 HTX.',
      doc: { title: 'Phát triển hợp tác xã nông nghiệp 6 tháng đầu năm', issued: '2024-07-10' },
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 21, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 388, { sector: 'agriculture' }),
        // (the paragraph speaks of the farm cooperatives it has just counted)
        r('htx', 'new_count', 'target', 2024, 'count', 9, { sector: 'agriculture' }),
      ],
    },
  ],
};
