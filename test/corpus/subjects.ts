/** Subjects: HTX, THT, liên hiệp HTX, the collective economy (HTX and THT together, kinh tế tập thể), quỹ tín dụng nhân dân (an HTX in credit). */
import { NEWS_2024, PLAN_2025, r, type CorpusGroup } from './types.ts';

export const SUBJECTS: CorpusGroup = {
  phenomenon: 'subjects',
  entries: [
    { text: 'Các HTX và THT trên địa bàn đã thu hút 25.000 lao động.', doc: NEWS_2024, expect: [r('kttt', 'workers', 'actual', 2024, 'count', 25000)] },
    {
      text: 'Khu vực kinh tế tập thể đóng góp khoảng 4,2% GRDP của tỉnh.',
      doc: NEWS_2024,
      expect: [r('kttt', 'grdp_share', 'actual', 2024, 'percent', 4.2, { comparator: 'approx' })],
    },
    {
      text: 'Toàn tỉnh có 28 quỹ tín dụng nhân dân với 45.600 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 28, { sector: 'credit' }),
        r('htx', 'members', 'actual', 2024, 'count', 45600, { sector: 'credit' }),
      ],
    },
    { text: 'Phấn đấu năm 2024 thành lập mới hai liên hiệp hợp tác xã.', expect: [r('lhhtx', 'new_count', 'target', 2024, 'count', 2)] },
    {
      text: 'Tốc độ tăng trưởng của khu vực kinh tế tập thể đạt 6,5%/năm.',
      doc: PLAN_2025,
      expect: [r('kttt', 'growth_rate', 'target', 2025, 'percent/year', 6.5)],
    },
    { text: 'Toàn tỉnh hiện có 2.150 tổ chức kinh tế tập thể.', doc: NEWS_2024, expect: [r('kttt', 'count', 'actual', 2024, 'count', 2150)] },
    { text: 'Các HTX, THT đã giải quyết việc làm cho 8.200 lao động.', doc: NEWS_2024, expect: [r('kttt', 'workers', 'actual', 2024, 'count', 8200)] },
    {
      text: 'Toàn tỉnh có 156 HTX nông nghiệp.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 156, { sector: 'agriculture' })],
    },
    { text: 'Các THT đã thu hút 3.500 thành viên.', doc: NEWS_2024, expect: [r('tht', 'members', 'actual', 2024, 'count', 3500)] },
    {
      text: 'Năm 2023, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 12 HTX.',
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 12)],
    },
    {
      text: 'Đến năm 2025, số lượng liên hiệp HTX đạt 6 liên hiệp.',
      expect: [r('lhhtx', 'count', 'target', 2025, 'count', 6)],
    },
    {
      text: 'Thu nhập bình quân của thành viên tổ hợp tác đạt 36 triệu đồng/người/năm.',
      doc: NEWS_2024,
      expect: [r('tht', 'income_avg', 'actual', 2024, 'VND/year', 36_000_000)],
    },
    {
      text: 'Số thành viên tham gia hợp tác xã, tổ hợp tác đạt 150.000 thành viên.',
      doc: PLAN_2025,
      expect: [r('kttt', 'members', 'target', 2025, 'count', 150000)],
    },
    {
      text: 'Toàn tỉnh có 3 Liên hiệp hợp tác xã, 410 HTX và 1.200 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [
        r('lhhtx', 'count', 'actual', 2024, 'count', 3),
        r('htx', 'count', 'actual', 2024, 'count', 410),
        r('tht', 'count', 'actual', 2024, 'count', 1200),
      ],
    },
    {
      text: 'Các quỹ tín dụng nhân dân có tổng nguồn vốn hoạt động 4.200 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'capital', 'actual', 2024, 'VND', 4_200_000_000_000, { sector: 'credit' })],
    },
    {
      text: 'Tỷ trọng đóng góp của kinh tế tập thể vào GRDP đạt 3,8%.',
      doc: PLAN_2025,
      expect: [r('kttt', 'grdp_share', 'target', 2025, 'percent', 3.8)],
    },
    {
      text: 'Toàn tỉnh có 156 HTX Nông nghiệp với 12.000 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 156, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 12000, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Các HTX Nông nghiệp có 25.000 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'members', 'actual', 2024, 'count', 25000, { sector: 'agriculture' })],
    },
    { text: 'HTX Nông nghiệp Thành Công có 320 thành viên, doanh thu bình quân 1,2 tỷ đồng/năm.', doc: NEWS_2024, expect: [], none: true },
    { text: 'Hợp tác xã Dịch vụ nông nghiệp Hòa Lạc đã thu hút 150 lao động địa phương.', doc: NEWS_2024, expect: [], none: true },
    { text: 'Quỹ tín dụng nhân dân Xuân Phương hiện có 4.300 thành viên.', doc: NEWS_2024, expect: [], none: true },
    {
      text: 'Tổ hợp tác Mây tre đan Phú Vinh có 45 thành viên, thu nhập 6 triệu đồng/người/tháng.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
  ],
};
