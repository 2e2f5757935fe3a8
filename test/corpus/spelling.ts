/** Old and new tone placement, decomposed Unicode, odd spacing and the typos real documents carry. */
import { NEWS_2024, PLAN_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const SPELLING: CorpusGroup = {
  phenomenon: 'spelling and spacing',
  entries: [
    // a number spelled out before a magnitude counts as its digits would, and the list goes on past it
    {
      text: 'Mục tiêu đến năm 2030 phấn đấu toàn tỉnh có khoảng 1.200 tổ hợp tác với ba nghìn thành viên, 260 HTX với 12 nghìn thành viên.',
      expect: [
        r('tht', 'count', 'target', 2030, 'count', 1200, { comparator: 'approx' }),
        r('tht', 'members', 'target', 2030, 'count', 3000),
        r('htx', 'count', 'target', 2030, 'count', 260),
        r('htx', 'members', 'target', 2030, 'count', 12000),
      ],
    },
    {
      text: 'Phân đầu năm 2025 thành lập mới 18 HTX.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 18)],
    },
    {
      text: 'Phấn đầu đến năm 2025 có 90% HTX hoạt động hiệu quả.',
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 90)],
    },
    // money glued to its currency ("1.500.000đ"), a range spaced on one side only; what some cooperatives earn is no average
    {
      text: 'Các HTX tạo việc làm cho 4.800 lao động, thu nhập bình quân từ 1.300.000- 1.800.000đ/người/tháng. Một số HTX có mức thu nhập cao hơn, khoảng 3.000.000đ/người/tháng như HTX Dịch vụ Hòa Sơn.',
      doc: REPORT_2023,
      expect: [r('htx', 'workers', 'actual', 2023, 'count', 4800), r('htx', 'income_avg', 'actual', 2023, 'VND/month', 1_300_000, { value_max: 1_800_000 })],
    },
    {
      text: 'Số HTX thuỷ sản là 31 HTX; số HTX thủy sản thành lập mới 4 HTX.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 31, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 4, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Uỷ ban nhân dân tỉnh phấn đấu đến năm 2025 có 520 hợp tác xã.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 520)],
    },
    {
      text: 'Ủy ban nhân dân huyện phấn đấu đến năm 2025 có 61 hợp tác xã.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 61)],
    },
    {
      text: 'Tính đến hết năm 2023, toàn tỉnh có 415 hợp tác xã.'.normalize('NFD'),
      expect: [r('htx', 'count', 'actual', 2023, 'count', 415)],
    },
    {
      text: 'Toàn tỉnh có  120   HTX với\t2.300\u00a0thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 120), r('htx', 'members', 'actual', 2024, 'count', 2300)],
    },
    {
      text: 'PHẤN ĐẤU NĂM 2025 THÀNH LẬP MỚI 40 HTX.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 40)],
    },
    {
      text: 'Doanh thu bình quân của hợp tác xã đạt 1.715 triệu đồng/HTX/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_715_000_000)],
    },
    {
      text: 'Thu nhập bình quân của thành viên HTX đạt 4,5 triệu đồng/ người/ tháng.',
      doc: REPORT_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_500_000)],
    },
    {
      text: 'Số HTX hoạt động hiệu quả đạt 75 %.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 75)],
    },
    {
      text: 'Tổng số HTX là 1.046 HTX,doanh thu bình quân đạt 2,1 tỷ đồng/HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 1046), r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_100_000_000)],
    },
    {
      text: 'Thu nhập bình quân đạt 55 tr.đồng/người/năm.',
      doc: REPORT_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/year', 55_000_000)],
    },
    {
      text: 'Số HTX thành lập mới 22 Hợp tác xã; giải thể 3 Hợp Tác Xã.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 22), r('htx', 'dissolved_count', 'actual', 2023, 'count', 3)],
    },
    { text: 'Tổng số thành viên HTX là 21.350 thành vien.', doc: REPORT_2023, expect: [r('htx', 'members', 'actual', 2023, 'count', 21350)] },
  ],
};
