/** Years and deadlines: "đến năm 2025", "hết năm 2024", periods ("giai đoạn 2021-2025" → 2025), recurring goals ("mỗi năm" → count/year), part-year reports. */
import { NEWS_2024, PLAN_2021_2025, PLAN_2025, PLAN_2026_2030, r, type CorpusGroup } from './types.ts';

export const TIME: CorpusGroup = {
  phenomenon: 'years and deadlines',
  entries: [
    { text: 'Đến năm 2025, toàn tỉnh có 450 HTX.', expect: [r('htx', 'count', 'target', 2025, 'count', 450)] },
    { text: 'Phấn đấu hết năm 2024 có 210 HTX hoạt động.', expect: [r('htx', 'count', 'target', 2024, 'count', 210)] },
    { text: 'Đến cuối năm 2026, toàn tỉnh có 35 liên hiệp HTX.', expect: [r('lhhtx', 'count', 'target', 2026, 'count', 35)] },
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
      expect: [
        r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_850_000_000),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_100_000_000),
      ],
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
  ],
};
