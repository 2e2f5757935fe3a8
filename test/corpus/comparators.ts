/** Comparators bound to a number: trên, hơn, vượt, từ … trở lên, ít nhất, tối thiểu, dưới, không quá, tối đa, khoảng, gần, xấp xỉ, trên dưới, ranges. */
import { NEWS_2023, NEWS_2024, PLAN_2025, r, type CorpusGroup } from './types.ts';

export const COMPARATORS: CorpusGroup = {
  phenomenon: 'comparators',
  entries: [
    { text: 'Toàn tỉnh có trên 1.200 HTX.', doc: NEWS_2024, expect: [r('htx', 'count', 'actual', 2024, 'count', 1200, { comparator: 'gt' })] },
    { text: 'Các HTX thu hút hơn 40.000 thành viên.', doc: NEWS_2024, expect: [r('htx', 'members', 'actual', 2024, 'count', 40000, { comparator: 'gt' })] },
    {
      text: 'Thành lập mới từ 30 HTX trở lên.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 30, { comparator: 'gte' })],
    },
    { text: 'Thành lập mới 30 HTX trở lên.', doc: PLAN_2025, expect: [r('htx', 'new_count', 'target', 2025, 'count', 30, { comparator: 'gte' })] },
    {
      text: 'Phấn đấu thành lập mới ít nhất 10 tổ hợp tác.',
      doc: PLAN_2025,
      expect: [r('tht', 'new_count', 'target', 2025, 'count', 10, { comparator: 'gte' })],
    },
    {
      text: 'Mỗi xã có tối thiểu 01 HTX; thành lập mới tối thiểu 15 HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 15, { comparator: 'gte' })],
    },
    {
      text: 'Tỷ lệ HTX yếu kém dưới 5%.',
      doc: PLAN_2025,
      expect: [r('htx', 'weak', 'target', 2025, 'percent', 5, { comparator: 'lt' })],
    },
    {
      text: 'Tỷ lệ nợ xấu của quỹ tín dụng nhân dân tối đa 2%.',
      doc: PLAN_2025,
      expect: [r('htx', 'bad_debt', 'target', 2025, 'percent', 2, { comparator: 'lte', sector: 'credit' })],
    },
    {
      text: 'Doanh thu bình quân của HTX khoảng 1,5 tỷ đồng/năm.',
      doc: NEWS_2024,
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_500_000_000, { comparator: 'approx' })],
    },
    {
      text: 'Các HTX tạo việc làm cho gần 3.000 lao động.',
      doc: NEWS_2024,
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 3000, { comparator: 'approx' })],
    },
    {
      text: 'Thu nhập bình quân của thành viên HTX xấp xỉ 50 triệu đồng/người/năm.',
      doc: NEWS_2024,
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/year', 50_000_000, { comparator: 'approx' })],
    },
    {
      text: 'Toàn tỉnh có trên dưới 300 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [r('tht', 'count', 'actual', 2024, 'count', 300, { comparator: 'approx' })],
    },
    {
      text: 'Các HTX tạo việc làm cho 600 đến 800 lao động.',
      doc: PLAN_2025,
      expect: [r('htx', 'workers', 'target', 2025, 'count', 600, { value_max: 800 })],
    },
    {
      text: 'Thành lập mới từ 15 - 20 HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 15, { value_max: 20 })],
    },
    {
      text: 'Doanh thu bình quân đạt 1,2 - 1,5 tỷ đồng/HTX/năm.',
      doc: PLAN_2025,
      expect: [r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 1_200_000_000, { value_max: 1_500_000_000 })],
    },
    {
      text: 'Phấn đấu có 70% - 75% HTX hoạt động hiệu quả.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 70, { value_max: 75 })],
    },
    {
      text: 'Số HTX thành lập mới vượt 25 HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 25, { comparator: 'gt' })],
    },
    {
      text: 'Tỷ lệ HTX hoạt động yếu kém không quá 8%.',
      doc: PLAN_2025,
      expect: [r('htx', 'weak', 'target', 2025, 'percent', 8, { comparator: 'lte' })],
    },
    {
      text: 'Thu nhập của lao động trong HTX đạt không dưới 4 triệu đồng/người/tháng.',
      doc: PLAN_2025,
      expect: [r('htx', 'income_avg', 'target', 2025, 'VND/month', 4_000_000, { comparator: 'gte' })],
    },
    // a range whose magnitude is said at both ends ("từ 5 triệu đến 5,8 triệu đồng/lao động/tháng") is one range; the
    // cooperatives that paid their taxes are a part, not a count
    {
      text: 'Năm 2023, 96 HTX đã hoàn thành nghĩa vụ thuế; lao động các HTX có thu nhập bình quân từ 5 triệu đến 5,8 triệu đồng/lao động/tháng.',
      doc: NEWS_2023,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 5_000_000, { value_max: 5_800_000, comparator: 'range' })],
    },
  ],
};
