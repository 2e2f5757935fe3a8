/**
 * Document structure around the figures: headings whose body follows on the next line,
 * mastheads over web menus, asides in brackets inside a list, grades named after the
 * noun, sector labels at the head of a list line, and figures that only qualify a share.
 */
import { NEWS_2024, PLAN_2021_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const STRUCTURE: CorpusGroup = {
  phenomenon: 'document structure',
  entries: [
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
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 38),
        r('lhhtx', 'count', 'actual', 2024, 'count', 2),
        r('tht', 'count', 'actual', 2024, 'count', 57),
      ],
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
