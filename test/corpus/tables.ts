/** Tables as the docx/html converters render them: one row per bullet, "label: column value; column value". */
import { r, type CorpusGroup } from './types.ts';

const KH_2024 = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã năm 2024', issued: '2023-09-12' };

export const TABLES: CorpusGroup = {
  phenomenon: 'tables as text',
  entries: [
    {
      text: '- Số HTX thành lập mới: Thực hiện năm 2023 36 HTX; Kế hoạch năm 2024 35 HTX.',
      doc: KH_2024,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 36), r('htx', 'new_count', 'target', 2024, 'count', 35)],
    },
    {
      text: '- Tổng số HTX: Thực hiện năm 2022: 412 HTX; Ước thực hiện năm 2023: 440 HTX; Kế hoạch năm 2024: 470 HTX.',
      doc: KH_2024,
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 412),
        r('htx', 'count', 'actual', 2023, 'count', 440),
        r('htx', 'count', 'target', 2024, 'count', 470),
      ],
    },
    {
      text: '- Số thành viên HTX: Thực hiện năm 2023 12.500 thành viên; Kế hoạch năm 2024 13.200 thành viên.',
      doc: KH_2024,
      expect: [r('htx', 'members', 'actual', 2023, 'count', 12500), r('htx', 'members', 'target', 2024, 'count', 13200)],
    },
    {
      text: '- Doanh thu bình quân của HTX: Ước thực hiện năm 2023 1.850 triệu đồng/năm; Kế hoạch năm 2024 2.000 triệu đồng/năm.',
      doc: KH_2024,
      expect: [
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_850_000_000),
        r('htx', 'revenue_avg', 'target', 2024, 'VND/year', 2_000_000_000),
      ],
    },
    {
      text: '- Thu nhập bình quân của lao động thường xuyên trong HTX: Thực hiện năm 2023 4,2 triệu đồng/người/tháng; Kế hoạch năm 2024 4,5 triệu đồng/người/tháng.',
      doc: KH_2024,
      expect: [
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_200_000),
        r('htx', 'income_avg', 'target', 2024, 'VND/month', 4_500_000),
      ],
    },
    {
      text: '- Số tổ hợp tác: Thực hiện năm 2023 1.045 THT; Kế hoạch năm 2024 1.100 THT.',
      doc: KH_2024,
      expect: [r('tht', 'count', 'actual', 2023, 'count', 1045), r('tht', 'count', 'target', 2024, 'count', 1100)],
    },
    {
      text: '- Số HTX giải thể: Thực hiện năm 2023 9 HTX; Kế hoạch năm 2024 5 HTX.',
      doc: KH_2024,
      expect: [r('htx', 'dissolved_count', 'actual', 2023, 'count', 9), r('htx', 'dissolved_count', 'target', 2024, 'count', 5)],
    },
    {
      text: '- Số lao động thường xuyên trong HTX: Ước thực hiện năm 2023 8.600 lao động; Kế hoạch năm 2024 9.000 lao động.',
      doc: KH_2024,
      expect: [r('htx', 'workers', 'actual', 2023, 'count', 8600), r('htx', 'workers', 'target', 2024, 'count', 9000)],
    },
    {
      text: '- Tỷ lệ HTX hoạt động hiệu quả: Thực hiện năm 2023 62%; Kế hoạch năm 2024 65%.',
      doc: KH_2024,
      expect: [r('htx', 'effective', 'actual', 2023, 'percent', 62), r('htx', 'effective', 'target', 2024, 'percent', 65)],
    },
    {
      text: 'Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024\nSố HTX thành lập mới | HTX | 36 | 35',
      doc: KH_2024,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 36), r('htx', 'new_count', 'target', 2024, 'count', 35)],
      todo: 'a grid with its column headers on another line: the unit and year of a cell come from the header row, which the outline does not link to the cell',
    },
  ],
};
