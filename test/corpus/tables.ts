/** Tables as the docx/html converters render them: one row per bullet, "label: column value; column value". */
import { REPORT_2023, r, type CorpusGroup } from './types.ts';

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
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_850_000_000), r('htx', 'revenue_avg', 'target', 2024, 'VND/year', 2_000_000_000)],
    },
    {
      text: '- Thu nhập bình quân của lao động thường xuyên trong HTX: Thực hiện năm 2023 4,2 triệu đồng/người/tháng; Kế hoạch năm 2024 4,5 triệu đồng/người/tháng.',
      doc: KH_2024,
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_200_000), r('htx', 'income_avg', 'target', 2024, 'VND/month', 4_500_000)],
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
    },
    {
      text: 'Nội dung | ĐVT | Ước thực hiện năm 2023 | Kế hoạch năm 2024\nTổng số tổ hợp tác | THT | 1.045 | 1.100\nThu nhập bình quân của thành viên | Triệu đồng/người/năm | 46 | 50',
      doc: KH_2024,
      expect: [
        r('tht', 'count', 'actual', 2023, 'count', 1045),
        r('tht', 'count', 'target', 2024, 'count', 1100),
        r('htx', 'income_avg', 'actual', 2023, 'VND/year', 46_000_000),
        r('htx', 'income_avg', 'target', 2024, 'VND/year', 50_000_000),
      ],
    },
    {
      text: 'Trang chủ | Tin tức | Kinh tế\nĐăng nhập | Liên hệ | Sơ đồ trang\nToàn tỉnh có 212 HTX.',
      doc: KH_2024,
      expect: [r('htx', 'count', 'target', 2024, 'count', 212)],
    },
    // a column that compares two others is never a figure, whatever the row's unit
    {
      text: [
        '| STT | Chỉ tiêu | ĐVT | Ước TH năm 2023 | KH năm 2024 | KH 2024 so với ƯTH 2023 (%) |',
        '|---|---|---|---|---|---|',
        '| 1 | Tổng số HTX | HTX | 248 | 262 | 105,6 |',
        '| 2 | Số thành viên HTX | Thành viên | 18.240 | 19.000 | 104,2 |',
        '| 3 | Lợi nhuận bình quân 1 HTX | Triệu đồng/năm | 310 | 335 | 108,1 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 248),
        r('htx', 'count', 'target', 2024, 'count', 262),
        r('htx', 'members', 'actual', 2023, 'count', 18240),
        r('htx', 'members', 'target', 2024, 'count', 19000),
        r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 310_000_000),
        r('htx', 'profit_avg', 'target', 2024, 'VND/year', 335_000_000),
      ],
    },
    {
      text: [
        '| TT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Thực hiện 2023 | So sánh (%) | Tăng (+), giảm (-) |',
        '|---|---|---|---|---|---|---|',
        '| 1 | Số tổ hợp tác | THT | 880 | 912 | 103,6 | 32 |',
        '| 2 | Số HTX thành lập mới | HTX | 17 | 21 | 123,5 | 4 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('tht', 'count', 'actual', 2022, 'count', 880),
        r('tht', 'count', 'actual', 2023, 'count', 912),
        r('htx', 'new_count', 'actual', 2022, 'count', 17),
        r('htx', 'new_count', 'actual', 2023, 'count', 21),
      ],
    },
    // a part of the row above reads under it; a part that names its own measure keeps it
    {
      text: [
        '| STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |',
        '|---|---|---|---|---|',
        '| 1 | Tổng số HTX | HTX | 402 | 415 |',
        '| | Trong đó: | | | |',
        '| | - Nông, lâm, ngư nghiệp | HTX | 265 | 270 |',
        '| | - Công nghiệp, tiểu thủ công nghiệp | HTX | 41 | 43 |',
        '| | - Quỹ tín dụng nhân dân | Quỹ | 18 | 18 |',
        '| 2 | Tổng số thành viên | Thành viên | 35.600 | 36.200 |',
        '| | Trong đó: thành viên là hộ gia đình | Hộ | 21.300 | 21.800 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 402),
        r('htx', 'count', 'target', 2024, 'count', 415),
        r('htx', 'count', 'actual', 2023, 'count', 265, { sector: 'agriculture' }),
        r('htx', 'count', 'target', 2024, 'count', 270, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 41, { sector: 'industry' }),
        r('htx', 'count', 'target', 2024, 'count', 43, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2023, 'count', 18, { sector: 'credit' }),
        r('htx', 'count', 'target', 2024, 'count', 18, { sector: 'credit' }),
        r('htx', 'members', 'actual', 2023, 'count', 35600),
        r('htx', 'members', 'target', 2024, 'count', 36200),
      ],
    },
    {
      text: [
        '| TT | Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 |',
        '|---|---|---|---|---|',
        '| 1 | Số HTX đang hoạt động | HTX | 36 | 39 |',
        '| a | HTX nông nghiệp | HTX | 30 | 32 |',
        '| b | HTX phi nông nghiệp | HTX | 6 | 7 |',
        '| 2 | Doanh thu bình quân 1 HTX | Triệu đồng/năm | 1.450 | 1.600 |',
        '| 2.1 | HTX nông nghiệp | Triệu đồng/năm | 1.200 | 1.350 |',
      ].join('\n'),
      doc: { title: 'BÁO CÁO\nTình hình kinh tế tập thể năm 2023', issued: '2023-12-20' },
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 36),
        r('htx', 'count', 'actual', 2023, 'count', 39),
        r('htx', 'count', 'actual', 2022, 'count', 30, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 32, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2022, 'count', 6, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 7, { sector: 'non_agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_450_000_000),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_600_000_000),
        r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_200_000_000, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_350_000_000, { sector: 'agriculture' }),
      ],
    },
    // liên hiệp HTX written short in the unit column or the label
    {
      text: [
        '| STT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH 2024 |',
        '|---|---|---|---|---|',
        '| 1 | Số liên hiệp HTX | LH | 2 | 3 |',
        '| 2 | Số LH HTX thành lập mới | Liên hiệp | 0 | 1 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('lhhtx', 'count', 'actual', 2023, 'count', 2),
        r('lhhtx', 'count', 'target', 2024, 'count', 3),
        r('lhhtx', 'new_count', 'actual', 2023, 'count', 0),
        r('lhhtx', 'new_count', 'target', 2024, 'count', 1),
      ],
    },
    // section rows give the body (or field) of the rows under them, until the next section
    {
      text: [
        '| STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |',
        '|---|---|---|---|---|',
        '| A | KHU VỰC HỢP TÁC XÃ | | | |',
        '| 1 | Tổng số | HTX | 218 | 225 |',
        '| 2 | Số thành viên | Thành viên | 40.100 | 40.500 |',
        '| B | KHU VỰC TỔ HỢP TÁC | | | |',
        '| 1 | Tổng số | THT | 640 | 660 |',
        '| 2 | Số thành viên | Thành viên | 7.800 | 8.000 |',
        '| C | CHỈ TIÊU CHUNG | | | |',
        '| 1 | Tỷ trọng đóng góp vào GRDP của khu vực kinh tế tập thể | % | 2,1 | 2,2 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 218),
        r('htx', 'count', 'target', 2024, 'count', 225),
        r('htx', 'members', 'actual', 2023, 'count', 40100),
        r('htx', 'members', 'target', 2024, 'count', 40500),
        r('tht', 'count', 'actual', 2023, 'count', 640),
        r('tht', 'count', 'target', 2024, 'count', 660),
        r('tht', 'members', 'actual', 2023, 'count', 7800),
        r('tht', 'members', 'target', 2024, 'count', 8000),
        r('kttt', 'grdp_share', 'actual', 2023, 'percent', 2.1),
        r('kttt', 'grdp_share', 'target', 2024, 'percent', 2.2),
      ],
    },
    {
      text: [
        '| STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |',
        '|---|---|---|---|---|',
        '| I | Chỉ tiêu năm 2023 | | | |',
        '| 1 | Số HTX thành lập mới | HTX | 25 | 30 |',
        '| II | Lĩnh vực nông nghiệp | | | |',
        '| 1 | Số HTX | HTX | 310 | 320 |',
        '| 2 | Số thành viên | Thành viên | 9.100 | 9.300 |',
      ].join('\n'),
      doc: KH_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 25),
        r('htx', 'new_count', 'target', 2024, 'count', 30),
        r('htx', 'count', 'actual', 2023, 'count', 310, { sector: 'agriculture' }),
        r('htx', 'count', 'target', 2024, 'count', 320, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2023, 'count', 9100, { sector: 'agriculture' }),
        r('htx', 'members', 'target', 2024, 'count', 9300, { sector: 'agriculture' }),
      ],
    },
    {
      // a table flattened a cell a line: each row's label ends with a colon, its value is on the line after the bar,
      // and a "Trong đó" after the last row speaks of the whole, not of that row's sector
      text: [
        '- Đến hết tháng 6, toàn tỉnh có 212 HTX, chia theo lĩnh vực như sau:',
        '+ Hợp tác xã nông nghiệp:',
        '|',
        '160 HTX.',
        '|',
        '+ Hợp tác xã vận tải:',
        '|',
        '07 HTX.',
        '|',
        '+ Hợp tác xã thương mại dịch vụ:',
        '|',
        '45 HTX.',
        '|',
        'Trong đó, từ đầu năm đến nay thành lập mới 03 HTX, số HTX bàn giao lưới điện cho ngành điện là 20 HTX.',
      ].join('\n'),
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 212),
        r('htx', 'count', 'actual', 2023, 'count', 160, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 7, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2023, 'count', 45, { sector: 'trade_services' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 3),
      ],
    },
  ],
};
