/** Sectors from the sentence, a lead-in ("Trong lĩnh vực …:") or a heading ("2.3. Lĩnh vực …"). */
import { NEWS_2024, PLAN_2025, PLAN_2026_2030, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const SECTORS: CorpusGroup = {
  phenomenon: 'sectors',
  entries: [
    // a field named before a list of different bodies scopes every item, and what is attached to the last
    {
      text: 'Riêng lĩnh vực nông nghiệp, đến cuối năm 2023 tỉnh có 320 HTX và 210 tổ hợp tác, với hơn 9.000 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 320, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2023, 'count', 210, { sector: 'agriculture' }),
        r('kttt', 'members', 'actual', 2023, 'count', 9000, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // a field coordinated with another right after the noun's tail: no one field
    {
      text: 'Trong năm 2012, tỉnh thành lập mới 3 hợp tác xã ở lĩnh vực tiểu thủ công nghiệp và thương mại – dịch vụ.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2012, 'count', 3)],
    },
    {
      text: 'Toàn huyện có 27 HTX và 64 tổ hợp tác trong lĩnh vực nông nghiệp.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 27, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2023, 'count', 64, { sector: 'agriculture' }),
      ],
      todo: 'a sector phrase after the last item of a list ("trong lĩnh vực …") covering the items before it needs the sector decided after the whole list is read',
    },
    {
      text: 'Các HTX nông nghiệp (119 HTX) có doanh thu bình quân 1,2 tỷ đồng/năm.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 119, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_200_000_000, { sector: 'agriculture' }),
      ],
      todo: "a count in brackets after the group it counts, and the group's sector for the figures after the aside",
    },
    // a list of fields after the noun limits it to a sector only when every field is in that sector
    {
      text: 'Đến năm 2025, toàn huyện phấn đấu có 24 hợp tác xã trên các lĩnh vực trồng trọt công nghệ cao và làng nghề thủ công; trên 60% số hợp tác xã xếp loại khá.',
      doc: PLAN_2025,
      expect: [r('htx', 'count', 'target', 2025, 'count', 24), r('htx', 'effective', 'target', 2025, 'percent', 60, { comparator: 'gt' })],
    },
    {
      text: 'Ngoài ra còn có 95 tổ hợp tác trong các lĩnh vực trồng trọt, chăn nuôi, nuôi trồng thủy sản.',
      doc: REPORT_2023,
      expect: [r('tht', 'count', 'actual', 2023, 'count', 95, { sector: 'agriculture' })],
    },
    // a noun of two fields is no one sector's
    {
      text: 'Hiện tỉnh còn có 840 tổ hợp tác nông nghiệp và phi nông nghiệp, với trên 9.300 thành viên.',
      doc: REPORT_2023,
      expect: [r('tht', 'count', 'actual', 2023, 'count', 840), r('tht', 'members', 'actual', 2023, 'count', 9300, { comparator: 'gt' })],
    },
    // a lead-in inside a sentence speaks for that sentence only
    {
      text: 'Toàn tỉnh có 410 HTX, trong đó lĩnh vực nông nghiệp: 300 HTX; lĩnh vực phi nông nghiệp: 110 HTX. Trong năm, đã thành lập mới được 26 HTX.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 410),
        r('htx', 'count', 'actual', 2023, 'count', 300, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 110, { sector: 'non_agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 26),
      ],
    },
    // cooperatives and credit funds counted as one group: their members are all sectors'
    {
      text: 'Lũy kế đến nay, toàn tỉnh có 150 HTX và quỹ tín dụng nhân dân với tổng vốn điều lệ 310 tỷ đồng và hơn 38.000 thành viên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 150),
        r('htx', 'capital', 'actual', 2023, 'VND', 310_000_000_000),
        r('htx', 'members', 'actual', 2023, 'count', 38000, { comparator: 'gt' }),
      ],
    },
    // an amount of each body named before it, the measure after it ("… đạt 640 triệu đồng doanh thu")
    {
      text: 'Bình quân một HTX đạt 640 triệu đồng doanh thu, 52 triệu đồng lợi nhuận; bình quân 01 Quỹ TDND đạt 14 tỷ đồng doanh thu.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 640_000_000),
        r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 52_000_000),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 14_000_000_000, { sector: 'credit' }),
      ],
    },
    // after a breakdown by sector, "Trong đó, …" is a part of the whole, not of the last sector listed
    {
      text: 'Toàn tỉnh có 420 HTX, gồm 300 HTX nông nghiệp, 90 HTX phi nông nghiệp và 30 quỹ tín dụng nhân dân. Các HTX có 52.000 thành viên. Trong đó, 190 HTX hoạt động có hiệu quả.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 420),
        r('htx', 'count', 'actual', 2023, 'count', 300, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 90, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 30, { sector: 'credit' }),
        r('htx', 'members', 'actual', 2023, 'count', 52000),
        r('htx', 'effective', 'actual', 2023, 'count', 190),
      ],
    },
    // a paragraph that opens on one group with a sector speaks of that group in the sentences after it
    {
      text: 'Đến nay, toàn huyện có 64 HTX nông nghiệp đang hoạt động. Doanh thu bình quân đạt 980 triệu đồng/HTX/năm, thu nhập của người lao động khoảng 4,2 triệu đồng/tháng.\n\nToàn huyện hiện có 12 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 64, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 980_000_000, { sector: 'agriculture' }),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_200_000, { sector: 'agriculture', comparator: 'approx' }),
        r('tht', 'count', 'actual', 2023, 'count', 12),
      ],
    },
    // … but not a paragraph that counts the whole first and breaks it down after
    {
      text: 'Toàn tỉnh có 240 HTX, gồm 180 HTX nông nghiệp và 60 HTX phi nông nghiệp. Lợi nhuận bình quân đạt 210 triệu đồng/HTX.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 240),
        r('htx', 'count', 'actual', 2023, 'count', 180, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 60, { sector: 'non_agriculture' }),
        r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 210_000_000),
      ],
    },
    // a page that opens on one group is about that group in its later paragraphs too …
    {
      text: 'Tỉnh có 35 HTX vận tải với 1.200 thành viên.\n\nThu nhập bình quân của lao động trong HTX đạt 5 triệu đồng/tháng.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 35, { sector: 'transport' }),
        r('htx', 'members', 'actual', 2023, 'count', 1200, { sector: 'transport' }),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 5_000_000, { sector: 'transport' }),
      ],
    },
    // … and a count no larger than its group is a part of it
    {
      text: 'Hiện nay, tỉnh có 180 hợp tác xã hoạt động trong lĩnh vực nông nghiệp.\n\nPhân theo loại hình, 152 HTX đang hoạt động gồm 120 HTX trồng trọt và 32 HTX chăn nuôi.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 180, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 152, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 120, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 32, { sector: 'agriculture' }),
      ],
    },
    // … until it counts another whole of that kind
    {
      text: 'Tỉnh có 35 HTX vận tải với 1.200 thành viên.\n\nToàn tỉnh hiện có 310 HTX. Thu nhập bình quân của lao động trong HTX đạt 5 triệu đồng/tháng.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 35, { sector: 'transport' }),
        r('htx', 'members', 'actual', 2023, 'count', 1200, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2023, 'count', 310),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 5_000_000),
      ],
    },
    // a cooperative named in brackets gives its kind to no aggregate figure around it
    {
      text: 'Toàn huyện có 45 HTX (trong đó có HTX Nông nghiệp Tân Tiến được công nhận điển hình) và 120 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 45), r('tht', 'count', 'actual', 2023, 'count', 120)],
    },
    {
      text: 'Trong năm 2023, thành lập mới 4 HTX (HTX Dịch vụ nông nghiệp Phú Lộc, HTX Thủy sản Bình Minh, HTX Rau an toàn Đông Hòa, HTX Vận tải Hòa Phát) và 7 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 4), r('tht', 'new_count', 'actual', 2023, 'count', 7)],
    },
    {
      text: 'Tính đến 30/6/2023, trên địa bàn xã có 2 hợp tác xã (HTX Nông nghiệp Hòa Bình và HTX Dịch vụ thủy sản An Hải) và 5 tổ hợp tác.\n\nTổng số thành viên của 2 HTX là 1.340 thành viên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 2),
        r('tht', 'count', 'actual', 2023, 'count', 5),
        r('htx', 'members', 'actual', 2023, 'count', 1340),
      ],
    },
    // … but the kind of the aggregate itself still counts
    {
      text: 'Toàn tỉnh có 38 HTX nông nghiệp (tiêu biểu là HTX Nông nghiệp Quỳnh Hưng) với 4.200 thành viên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 38, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2023, 'count', 4200, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Lĩnh vực nông - lâm - ngư nghiệp có 320 HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 320, { sector: 'agriculture' })],
    },
    {
      text: 'Toàn tỉnh có 46 HTX thủy sản với 2.100 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 46, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 2100, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Số HTX trong lĩnh vực công nghiệp - tiểu thủ công nghiệp là 58 HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 58, { sector: 'industry' })],
    },
    {
      text: 'Trong lĩnh vực xây dựng: toàn tỉnh có 27 HTX, thu hút 840 lao động.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 27, { sector: 'construction' }),
        r('htx', 'workers', 'actual', 2023, 'count', 840, { sector: 'construction' }),
      ],
    },
    {
      text: 'Lĩnh vực thương mại - dịch vụ: thành lập mới 12 HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 12, { sector: 'trade_services' })],
    },
    {
      text: 'Toàn tỉnh có 64 HTX vận tải với 3.900 phương tiện.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 64, { sector: 'transport' })],
    },
    {
      text: 'Trong lĩnh vực tín dụng: có 19 quỹ tín dụng nhân dân hoạt động, tỷ lệ nợ xấu 0,8%.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 19, { sector: 'credit' }),
        r('htx', 'bad_debt', 'actual', 2023, 'percent', 0.8, { sector: 'credit' }),
      ],
    },
    {
      text: 'Có 9 HTX hoạt động trong lĩnh vực vệ sinh môi trường.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 9, { sector: 'environment' })],
    },
    {
      text: 'Số HTX phi nông nghiệp là 140 HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 140, { sector: 'non_agriculture' })],
    },
    {
      text: '2.1. Lĩnh vực nông nghiệp\n\n- Thành lập mới 20 HTX.\n- Doanh thu bình quân đạt 1,6 tỷ đồng/HTX/năm.\n\n2.2. Lĩnh vực phi nông nghiệp\n\n- Thành lập mới 8 HTX.',
      doc: PLAN_2025,
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count', 20, { sector: 'agriculture' }),
        r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 1_600_000_000, { sector: 'agriculture' }),
        r('htx', 'new_count', 'target', 2025, 'count', 8, { sector: 'non_agriculture' }),
      ],
    },
    {
      text: 'b) Lĩnh vực công nghiệp, tiểu thủ công nghiệp:\n- Có 33 HTX đang hoạt động.\n- Thu nhập bình quân của thành viên 4,8 triệu đồng/người/tháng.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 33, { sector: 'industry' }),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_800_000, { sector: 'industry' }),
      ],
    },
    {
      text: 'Đối với HTX nông nghiệp: phấn đấu thành lập mới 25 HTX, 80% HTX nông nghiệp hoạt động hiệu quả.',
      doc: PLAN_2025,
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count', 25, { sector: 'agriculture' }),
        r('htx', 'effective', 'target', 2025, 'percent', 80, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Năm 2023, thành lập mới 36 HTX, trong đó 28 HTX nông nghiệp, 8 HTX phi nông nghiệp.',
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 36),
        r('htx', 'new_count', 'actual', 2023, 'count', 28, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 8, { sector: 'non_agriculture' }),
      ],
    },
    {
      text: 'Toàn tỉnh có 12 HTX hoạt động trong lĩnh vực giao thông vận tải.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'transport' })],
    },
    // the unions counted with the cooperatives, after the abbreviation in brackets, are part of the noun the field follows
    {
      text: 'Cả nước hiện có khoảng 950 hợp tác xã (HTX), liên hiệp HTX hoạt động trong các ngành nghề và lĩnh vực vận tải.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 950, { sector: 'transport', comparator: 'approx' })],
    },
    {
      text: 'Khối HTX thương mại, dịch vụ có 74 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 74, { sector: 'trade_services' })],
    },
    {
      text: 'Lĩnh vực nông, lâm nghiệp và thủy sản: doanh thu bình quân đạt 1,1 tỷ đồng/HTX.',
      doc: REPORT_2023,
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_100_000_000, { sector: 'agriculture' })],
    },
    // an agency or bank named after a field does not limit the figure to it
    {
      text: 'Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có 52 HTX với 3.100 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 52), r('htx', 'members', 'actual', 2024, 'count', 3100)],
    },
    {
      text: 'Theo Sở Kế hoạch và Đầu tư, thu nhập bình quân của thành viên, người lao động trong HTX ước đạt 58 triệu đồng/người/năm.',
      doc: NEWS_2024,
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/year', 58_000_000)],
    },
    {
      text: 'Các HTX đã được Ngân hàng Nông nghiệp cho vay 45 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'other', 'actual', 2024, 'VND', 45_000_000_000)],
    },
    // "tổ hợp tác sản xuất nông nghiệp" is a kind, so the count stays in the list it stands in
    {
      text: 'Đến tháng 6/2024 toàn tỉnh có 305 HTX nông nghiệp với 21.000 thành viên và 860 tổ hợp tác sản xuất nông nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 305, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 21000, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 860, { sector: 'agriculture' }),
      ],
    },
    // cooperatives named by what they grow or raise are agricultural; not those that process it
    {
      text: 'Toàn tỉnh hiện có 52 HTX điều với 4.100 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 52, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 4100, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Đến năm 2027, toàn tỉnh có ít nhất 15 HTX trồng chè đạt chứng nhận hữu cơ.',
      doc: PLAN_2026_2030,
      expect: [r('htx', 'count', 'target', 2027, 'count', 15, { sector: 'agriculture', comparator: 'gte' })],
    },
    {
      text: 'Toàn huyện có 18 HTX chế biến điều xuất khẩu.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 18)],
    },
    // the service sector named as a "khu vực", and the workers of each group counted in its own sentence
    {
      text: 'Phân theo khu vực kinh tế: hợp tác xã hoạt động trong khu vực dịch vụ là 42 hợp tác xã, chiếm 20,1% tổng số hợp tác xã và tạo việc làm cho 415 lao động. Hợp tác xã hoạt động trong lĩnh vực vận tải là 9 hợp tác xã, giải quyết việc làm cho 160 lao động.',
      doc: { title: 'Hợp tác xã của tỉnh qua số liệu tổng điều tra', issued: '2022-10-03' },
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 42, { sector: 'trade_services' }),
        r('htx', 'workers', 'actual', 2022, 'count', 415, { sector: 'trade_services' }),
        r('htx', 'count', 'actual', 2022, 'count', 9, { sector: 'transport' }),
        r('htx', 'workers', 'actual', 2022, 'count', 160, { sector: 'transport' }),
      ],
    },
    // a count in brackets right after a field's name is that field's
    {
      text: 'Hiện toàn tỉnh có 140 HTX hoạt động trên các lĩnh vực: Nông nghiệp (98 HTX), vận tải (12 HTX), thương mại, dịch vụ (30 HTX).',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 140),
        r('htx', 'count', 'actual', 2024, 'count', 98, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 30, { sector: 'trade_services' }),
      ],
    },
    {
      // a paragraph on the people's credit funds alone: its figures that name no body are the funds'; deposits raised
      // are not capital
      text: 'Theo Ngân hàng Nhà nước chi nhánh tỉnh, 9 tháng qua hệ thống quỹ tín dụng nhân dân (QTDND) hoạt động an toàn. Trong đó, tổng nguồn vốn hoạt động đạt trên 1.150 tỷ đồng, tổng nguồn vốn huy động đạt gần 980 tỷ đồng. Hiện 8 QTDND trên địa bàn hoạt động đều có lãi.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'capital', 'actual', 2024, 'VND', 1_150_000_000_000, { comparator: 'gt', sector: 'credit' }),
        r('htx', 'count', 'actual', 2024, 'count', 8, { sector: 'credit' }),
      ],
    },
    {
      // cooperatives counted by their plain noun after the credit funds are no credit funds
      text: 'Theo số liệu thống kê, đến hết năm 2024 toàn tỉnh có 612 HTX và 12 quỹ tín dụng nhân dân, trong đó có 45 HTX thành lập mới.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 612),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'credit' }),
        r('htx', 'new_count', 'actual', 2024, 'count', 45),
      ],
    },
    {
      // a breakdown set off by semicolons: each item's label and the part of it that operates; a label does not reach
      // the next item; typos as pages have them ("hiatj động", "thành lợp")
      text: 'Tính đến cuối tháng 6, thành phố có 96 HTX. Cụ thể, HTX nông nghiệp có 40 đơn vị, đang hoạt động 31; HTX Công nghiệp - tiểu thủ công nghiệp: 18 đơn vị, đang hoạt động 12; Vận tải có 24 đơn vị và đang hiatj động 20 đơn vị; Về liên hiệp hợp tác xã có 3 liên hiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 96),
        r('htx', 'count', 'actual', 2024, 'count', 40, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 31, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 18, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2024, 'count', 24, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 20, { sector: 'transport' }),
        r('lhhtx', 'count', 'actual', 2024, 'count', 3),
      ],
    },
    // fields listed after "hoạt động trong N lĩnh vực:" are the noun's, a credit fund among them too: the totals after the
    // list are the whole list's, in no one sector; services named between two fields make the noun no one sector's
    {
      text: 'Hiện nay, tỉnh đã phát triển mạng lưới 210 HTX và 1.450 tổ hợp tác hoạt động trong 7 lĩnh vực: nông nghiệp, thủy sản, xây dựng, quỹ tín dụng nhân dân và y tế, thu hút gần 48.000 thành viên, tạo công ăn việc làm cho trên 2 vạn lao động. Trong năm thành lập mới 60 tổ hợp tác trong lĩnh vực nông nghiệp, dịch vụ và vệ sinh môi trường.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 210),
        r('tht', 'count', 'actual', 2024, 'count', 1450),
        r('kttt', 'members', 'actual', 2024, 'count', 48000, { comparator: 'approx' }),
        r('kttt', 'workers', 'actual', 2024, 'count', 20000, { comparator: 'gt' }),
        r('tht', 'new_count', 'actual', 2024, 'count', 60),
      ],
    },
    // model cooperatives are a subset, and so are their parts
    {
      text: 'Toàn tỉnh có 9 HTX điển hình tiên tiến, trong đó có 3 hợp tác xã nông nghiệp.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // a list broken down with counts in brackets names no one sector before the first bracket
    {
      text: 'Toàn tỉnh có 150 HTX hoạt động trên các lĩnh vực: Nông nghiệp (110 HTX), phi nông nghiệp (40 HTX).',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 150),
        r('htx', 'count', 'actual', 2024, 'count', 110, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 40, { sector: 'non_agriculture' }),
      ],
    },
    // bodies named by the fruit they grow are agricultural, and so are the members counted with them
    {
      text: 'Đến nay, huyện có 14 tổ hợp tác sản xuất cây ăn trái với 160 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 14, { sector: 'agriculture' }),
        r('tht', 'members', 'actual', 2024, 'count', 160, { sector: 'agriculture' }),
      ],
    },
    // the crop a list's last item grows is its kind, no predicate of its own: it is still an item of the count
    {
      text: 'Hiện nay, toàn huyện đã phát triển được 8 HTX và 21 tổ hợp tác sản xuất cây ăn trái.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 8), r('tht', 'count', 'actual', 2024, 'count', 21, { sector: 'agriculture' })],
    },
    // the field a list of two kinds of bodies is said to work in, after its last item, is every item's
    {
      text: 'Theo số liệu của ngành, toàn huyện hiện có 9 HTX và 2 tổ hợp tác đang hoạt động trong lĩnh vực vận tải hành khách.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 9, { sector: 'transport' }), r('tht', 'count', 'actual', 2024, 'count', 2, { sector: 'transport' })],
    },
    // … but one of several fields named there is none's
    {
      text: 'Ở khu vực ven biển có 6 HTX và 3 tổ hợp tác hoạt động trong lĩnh vực vận tải, nông nghiệp.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 6), r('tht', 'count', 'actual', 2024, 'count', 3)],
    },
    // … and an adjective of the last noun is its own
    {
      text: 'Riêng xã Tân Lập có 4 hợp tác xã và 5 tổ hợp tác chăn nuôi.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 4), r('tht', 'count', 'actual', 2024, 'count', 5, { sector: 'agriculture' })],
    },
    // a word typed twice ("phi nông nông nghiệp") still names the non-agricultural field; workers "làm việc trong HTX là N
    // người" are counted
    {
      text: 'Toàn thành phố có 215 HTX, trong đó có 97 HTX nông nghiệp và 118 HTX phi nông nông nghiệp. Lao động làm việc trong HTX là 6.420 người.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 215),
        r('htx', 'count', 'actual', 2024, 'count', 97, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 118, { sector: 'non_agriculture' }),
        r('htx', 'workers', 'actual', 2024, 'count', 6420),
      ],
    },
    // agricultural cooperatives told apart by kind: the general-service ones and the salt makers are agricultural; a field
    // "kinh doanh dịch vụ tổng hợp" beside other fields is trade and services
    {
      text: 'Hiện toàn tỉnh có 410 HTX, trong đó 140 HTX dịch vụ tổng hợp, 95 HTX trồng trọt, 12 HTX diêm nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 410),
        r('htx', 'count', 'actual', 2024, 'count', 140, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 95, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Đến nay toàn huyện có 64 hợp tác xã, lĩnh vực nông nghiệp có 52 hợp tác xã; kinh doanh dịch vụ tổng hợp có 6 hợp tác xã; vận tải có 6 hợp tác xã.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 64),
        r('htx', 'count', 'actual', 2024, 'count', 52, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 6, { sector: 'trade_services' }),
        r('htx', 'count', 'actual', 2024, 'count', 6, { sector: 'transport' }),
      ],
    },
    // an item of a breakdown by field whose label names no field of ours ("dịch vụ điện", "tổng hợp"): not in all fields
    {
      text: 'Toàn huyện có tổng số 58 HTX, trong đó có 31 HTX nông nghiệp; 9 HTX công nghiệp - tiểu thủ công nghiệp; 5 HTX dịch vụ điện; 12 HTX vận tải; 1 HTX tổng hợp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 58),
        r('htx', 'count', 'actual', 2024, 'count', 31, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 9, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'transport' }),
      ],
    },
  ],
};
