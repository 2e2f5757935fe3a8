/** Subjects: HTX, THT, liên hiệp HTX, the collective economy (HTX and THT together, kinh tế tập thể), quỹ tín dụng nhân dân (an HTX in credit). */
import { NEWS_2023, NEWS_2024, PLAN_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const SUBJECTS: CorpusGroup = {
  phenomenon: 'subjects',
  entries: [
    // both kinds named together after one count, then "mới được thành lập": new ones of the collective economy
    { text: 'Năm 2023, toàn thành phố có 31 HTX, tổ hợp tác mới được thành lập.', expect: [r('kttt', 'new_count', 'actual', 2023, 'count', 31)] },
    // a sentence that has just counted several bodies speaks of them, whatever cooperative the paragraph before named
    {
      text: 'Trong đó, HTX Cam Phú Lợi và HTX Thủy sản Bình An được công nhận sản phẩm OCOP 3 sao. Đồng thời, huyện có 45 tổ hợp tác với 1.210 thành viên, 1.800 lao động.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 45),
        r('tht', 'members', 'actual', 2024, 'count', 1210),
        r('tht', 'workers', 'actual', 2024, 'count', 1800),
      ],
    },
    // the total after cooperatives and their union is the cooperatives'
    {
      text: 'Trong năm, nâng tổng số HTX toàn tỉnh lên 118 HTX và 2 liên hiệp HTX với 8.350 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 118),
        r('lhhtx', 'count', 'actual', 2024, 'count', 2),
        r('htx', 'members', 'actual', 2024, 'count', 8350),
      ],
    },
    // cooperatives counted with their unions are cooperatives, and so are the totals after them
    {
      text: 'Hiện có 152 hợp tác xã, liên hiệp hợp tác xã với tổng vốn điều lệ 410 tỷ đồng, thu hút 9.800 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 152),
        r('htx', 'capital', 'actual', 2024, 'VND', 410_000_000_000),
        r('htx', 'members', 'actual', 2024, 'count', 9800),
      ],
    },
    // products owned by cooperatives and cooperative groups together are the collective economy's; the owners are no count
    {
      text: 'Hiện tỉnh có 42 HTX, tổ hợp tác sở hữu 97 sản phẩm OCOP đạt 3 sao trở lên.',
      doc: NEWS_2024,
      expect: [r('kttt', 'ocop_products', 'actual', 2024, 'count', 97)],
    },
    {
      text: 'Có 9 hợp tác xã và 3 tổ hợp tác tham gia chương trình OCOP với tổng số 21 sản phẩm được công nhận sản phẩm OCOP.',
      doc: NEWS_2024,
      expect: [r('kttt', 'ocop_products', 'actual', 2024, 'count', 21)],
    },
    // people counted with the body right after their noun are that body's ("cán bộ quản lý HTXNN": of agricultural
    // cooperatives), even after a count of districts
    {
      text: 'Tổng hợp số liệu của 30 tỉnh và thành phố năm 2005 trong số 14.300 cán bộ quản lý HTXNN, số cán bộ được tập huấn là 7.100 người (49%).',
      expect: [
        r('htx', 'managers', 'actual', 2005, 'count', 14300, { sector: 'agriculture' }),
        r('htx', 'managers_trained', 'actual', 2005, 'count', 7100),
        r('htx', 'managers_trained', 'actual', 2005, 'percent', 49),
      ],
    },
    // the share of a cost a programme pays is no rate of managers trained
    { text: 'Năm 2005, tỉnh An Bình chi trả 100% học phí cho cán bộ HTX đi học trung cấp.', expect: [] },
    // the parts of a whole counted just before, by star grade, are that whole's, not the groups' named last
    {
      text: 'Đến nay, 31 HTX và 5 tổ hợp tác có 64 sản phẩm được công nhận OCOP; trong đó: 4 sao có 19 sản phẩm, 3 sao có 45 sản phẩm.',
      doc: NEWS_2024,
      expect: [
        r('kttt', 'ocop_products', 'actual', 2024, 'count', 64),
        r('kttt', 'ocop_products', 'actual', 2024, 'count', 19),
        r('kttt', 'ocop_products', 'actual', 2024, 'count', 45),
      ],
    },
    // several kinds of body counted, then "thu hút" all their members: the collective economy's
    {
      text: 'Tính đến hết năm 2023, toàn tỉnh có 412 hợp tác xã, 3 liên hiệp HTX và 780 tổ hợp tác, thu hút trên 24.000 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 412),
        r('lhhtx', 'count', 'actual', 2023, 'count', 3),
        r('tht', 'count', 'actual', 2023, 'count', 780),
        r('kttt', 'members', 'actual', 2023, 'count', 24_000, { comparator: 'gt' }),
      ],
    },
    {
      text: 'Toàn huyện có 36 HTX và 95 tổ hợp tác, với khoảng 5.200 thành viên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 36),
        r('tht', 'count', 'actual', 2023, 'count', 95),
        r('kttt', 'members', 'actual', 2023, 'count', 5200, { comparator: 'approx' }),
      ],
    },
    // one kind with its members stays that kind's
    {
      text: 'Toàn tỉnh có 186 HTX với khoảng 72.400 thành viên, thu hút 2.950 lao động thường xuyên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 186),
        r('htx', 'members', 'actual', 2023, 'count', 72_400, { comparator: 'approx' }),
        r('htx', 'workers', 'actual', 2023, 'count', 2950),
      ],
    },
    { text: 'Các HTX và THT trên địa bàn đã thu hút 25.000 lao động.', doc: NEWS_2024, expect: [r('kttt', 'workers', 'actual', 2024, 'count', 25000)] },
    {
      text: 'Khu vực kinh tế tập thể đóng góp khoảng 4,2% GRDP của tỉnh.',
      doc: NEWS_2024,
      expect: [r('kttt', 'grdp_share', 'actual', 2024, 'percent', 4.2, { comparator: 'approx' })],
    },
    {
      text: 'Toàn tỉnh có 28 quỹ tín dụng nhân dân với 45.600 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 28, { sector: 'credit' }), r('htx', 'members', 'actual', 2024, 'count', 45600, { sector: 'credit' })],
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
    // … or whose kind is a list of lower-case words
    { text: 'Tiêu biểu là hợp tác xã chăn nuôi bò, dê thịt Tân Lập, xã Phú Thọ, hiện có 27 thành viên.', doc: NEWS_2024, expect: [], none: true },
    // members per cooperative are an average with no metric of its own
    {
      text: 'Toàn tỉnh có 210 HTX, quy mô thành viên bình quân 38 thành viên trên một HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 210)],
    },
    // a named cooperative whose kind is written in lower case before its name
    {
      text: 'Nhiều mô hình hiệu quả như HTX chè Shan tuyết Bản Phùng với 36 thành viên, tạo việc làm cho 20 lao động.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    { text: 'Hợp tác xã dịch vụ nông nghiệp Tiến Thành hiện có 210 thành viên.', doc: NEWS_2023, expect: [], none: true },
    { text: 'HTX dược liệu Bắc Hà có 18 thành viên, thu nhập bình quân 5 triệu đồng/người/tháng.', doc: NEWS_2024, expect: [], none: true },
    // … but a kind followed by a place is the place's cooperatives
    {
      text: 'Các HTX nông nghiệp huyện Yên Thế đã thu hút 2.300 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'members', 'actual', 2024, 'count', 2300, { sector: 'agriculture' })],
    },
    {
      text: 'Số HTX nông nghiệp Bình Phước đạt 312 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 312, { sector: 'agriculture' })],
    },
    // a named cooperative whose kind is written in lower case before its name
    { text: 'Đến nay, HTX khởi nghiệp Tân Hòa, xã Phú Lương đã có 3 sản phẩm đạt OCOP 3 sao.', doc: NEWS_2024, expect: [], none: true },
    { text: 'HTX thanh niên Bình Minh hiện có 14 thành viên.', doc: NEWS_2024, expect: [], none: true },
    // an article about one named cooperative that goes on to call it plain "HTX" / "hợp tác xã"
    {
      text: [
        'Thành lập năm 2015 tại xã Nghĩa Đô, HTX Nông nghiệp Tân Tiến ban đầu chỉ có 9 thành viên.',
        'Sau 9 năm hoạt động, HTX hiện có 42 thành viên, tạo việc làm thường xuyên cho 30 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.',
        'Năm 2023, doanh thu của hợp tác xã đạt 7,2 tỷ đồng.',
        'Theo Phòng Kinh tế huyện, toàn huyện hiện có 45 HTX với 2.300 thành viên, thu hút 1.800 lao động.',
      ].join('\n\n'),
      doc: { title: 'Hợp tác xã Nông nghiệp Tân Tiến vươn lên từ cây quế', issued: '2024-03-12' },
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 45),
        r('htx', 'members', 'actual', 2024, 'count', 2300),
        r('htx', 'workers', 'actual', 2024, 'count', 1800),
      ],
    },
    {
      text: [
        'Về xã Hòa Bình hôm nay, nhiều người nhắc đến HTX Dịch vụ tổng hợp Đồng Xanh như một điểm sáng.',
        'Ông Lê Văn Hùng, Giám đốc cho biết, hiện HTX có 126 thành viên, doanh thu năm 2023 đạt 3,1 tỷ đồng.',
      ].join('\n\n'),
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // the title names the cooperative; the text calls it "hợp tác xã"
    {
      text: 'Đến nay hợp tác xã có 58 thành viên, giải quyết việc làm cho 40 lao động địa phương.',
      doc: { title: 'HTX Chè Tân Cương Hoàng Bình: nâng tầm thương hiệu chè', issued: '2024-06-02' },
      expect: [],
      none: true,
    },
    // a profile ends where the article turns to the aggregate
    {
      text: [
        'HTX Thủy sản Rạng Đông có 35 thành viên.',
        'Theo Liên minh HTX tỉnh, nhiều HTX thủy sản đã đổi mới phương thức hoạt động.',
        'Hiện HTX thủy sản chiếm phần lớn, thu hút 4.200 thành viên.',
      ].join('\n\n'),
      doc: NEWS_2024,
      expect: [r('htx', 'members', 'actual', 2024, 'count', 4200, { sector: 'agriculture' })],
    },
    // a named cooperative in a general report does not make the report's aggregate figures its own
    {
      text: ['Năm 2023 thành lập mới 18 HTX, trong đó có HTX Nông nghiệp Thành Đạt.', 'Các HTX đã thu hút 9.500 thành viên.'].join('\n\n'),
      doc: NEWS_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 18), r('htx', 'members', 'actual', 2023, 'count', 9500)],
    },
    // "650 tổ": tổ hợp tác, once the sentence has named them
    {
      text: 'Đến năm 2025, số hợp tác xã đạt 320 HTX; số tổ hợp tác đạt 650 tổ.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 320), r('tht', 'count', 'target', 2025, 'count', 650)],
    },
    {
      text: 'Toàn tỉnh có 812 HTX với 24.500 thành viên; tổng số tổ hợp tác là 1.130 tổ.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 812),
        r('htx', 'members', 'actual', 2024, 'count', 24500),
        r('tht', 'count', 'actual', 2024, 'count', 1130),
      ],
    },
    {
      text: 'Năm 2023, thành lập mới 14 tổ hợp tác, nâng tổng số lên 386 tổ.',
      doc: REPORT_2023,
      expect: [r('tht', 'new_count', 'actual', 2023, 'count', 14), r('tht', 'count', 'actual', 2023, 'count', 386)],
    },
    // … never a street group, an organisation, a working group or a savings group
    { text: 'Hội Liên hiệp phụ nữ xã duy trì 24 tổ tiết kiệm và vay vốn, 12 tổ dân phố ra mắt mô hình.', doc: NEWS_2024, expect: [], none: true },
    { text: 'Huyện thành lập 6 tổ công tác hỗ trợ HTX và 15 tổ, nhóm hộ liên kết sản xuất.', doc: NEWS_2024, expect: [], none: true },
    { text: 'Toàn xã có 15 tổ, đội sản xuất.', doc: NEWS_2024, expect: [], none: true },
    // "với N thành viên" right after a count is that count's members (a list's total needs "tổng số" or ", thu hút")
    {
      text: 'Toàn tỉnh có 534 HTX với 21.000 thành viên và 216 tổ hợp tác với 3.100 thành viên.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 534),
        r('htx', 'members', 'actual', 2023, 'count', 21000),
        r('tht', 'count', 'actual', 2023, 'count', 216),
        r('tht', 'members', 'actual', 2023, 'count', 3100),
      ],
    },
    // what a list of several kinds of body gives together is the collective economy's
    {
      text: 'Đến thời điểm hiện nay toàn tỉnh có 312 HTX và 205 tổ hợp tác tạo việc làm thường xuyên cho trên 6.400 lao động.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 312),
        r('tht', 'count', 'actual', 2024, 'count', 205),
        r('kttt', 'workers', 'actual', 2024, 'count', 6400, { comparator: 'gt' }),
      ],
    },
    // a date of history earlier in the paragraph dates no figure after it
    {
      text: 'Ngày 11/4/1946, Chủ tịch Hồ Chí Minh viết thư kêu gọi nông dân tham gia hợp tác xã. Toàn tỉnh có 290 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 290)],
    },
    {
      // income "per head" of the workers just counted is theirs, not the province's income per head
      text: 'Các HTX thu hút trên 15.200 lao động với mức thu nhập bình quân đầu người đạt 5,2 triệu đồng/ tháng.',
      doc: NEWS_2024,
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 15200, { comparator: 'gt' }), r('htx', 'income_avg', 'actual', 2024, 'VND/month', 5_200_000)],
    },
    {
      // money per "tổ" after a slash is the cooperative groups'
      text: 'Toàn tỉnh có 1.150 tổ hợp tác. Doanh thu bình quân đạt 250 – 270 triệu đồng/tổ/năm.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 1150),
        r('tht', 'revenue_avg', 'actual', 2024, 'VND/year', 250_000_000, { comparator: 'range', value_max: 270_000_000 }),
      ],
    },
    {
      // a sentence that names one cooperative and then says plain "HTX" speaks of that one, in a paragraph that counted many
      text: 'Trong quý II, toàn thành phố thành lập mới 3 HTX. Theo Giám đốc HTX nuôi bò xã Phước Lộc, hiện HTX có 9 thành viên với vốn điều lệ 350 triệu đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 3)],
    },
    // a founding meeting names the new cooperative with its short form in brackets ("hợp tác xã (HTX) nông nghiệp <Name>"),
    // a blank line stands between, and the next paragraph's plain "Hợp tác xã (HTX)" with its members and capital is that
    // one; the district's total that the founding raises is the count (whatever founding the clause told before it)
    {
      text: 'Sáng 12/10/2023, xã Bình Hòa ra mắt hợp tác xã (HTX) nông nghiệp Phước Thịnh.\n\u00a0\nHợp tác xã (HTX) có 37 thành viên, vốn góp ban đầu 95.000.000 đồng. HTX được thành lập trong tháng 10 và nâng tổng số HTX hiện nay của huyện lên 64 HTX nông nghiệp.',
      doc: NEWS_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 64, { sector: 'agriculture' })],
    },
    // a paragraph that names one credit fund and goes on about "Quỹ" with its own total ("đến nay Quỹ đã có tổng số thành
    // viên …") profiles that fund: its members and capital are not the province's
    {
      text: 'Toàn tỉnh hiện có 27 Quỹ TDND hoạt động tại 54 xã, phường.\nQuỹ TDND xã Tân Lập (huyện Yên Hòa) ra đời năm 1996 với gần 80 người góp vốn và 150 triệu đồng vốn điều lệ. Hiện nay Quỹ đã có tổng số thành viên 1.520 người, vốn điều lệ 5,4 tỉ đồng.',
      doc: NEWS_2023,
      expect: [r('htx', 'count', 'actual', 2023, 'count', 27, { sector: 'credit' })],
    },
    // a headline that opens on a year before one cooperative's name ("Năm 2023 Hợp tác xã … đạt …"), run on with the article
    // in one block, counts nothing: the year is no count, and the article profiles that cooperative (its kind "Hoa kiểng" is
    // part of the name)
    {
      text: 'Năm 2023 Hợp tác xã Hoa kiểng Phú Lâm đạt doanh thu trên 12 tỷ đồng\nHợp tác xã (HTX) Hoa kiểng Phú Lâm được thành lập từ năm 2019 với 45 thành viên, vốn điều lệ 400 triệu đồng. Bốn năm sau, HTX đã có 58 thành viên, vốn điều lệ gần 600 triệu đồng.',
      doc: NEWS_2023,
      expect: [],
      none: true,
    },
    // an undated page dated by its statistics "tính đến hết năm 2024"; a list of examples ("tiêu biểu như: HTX …, HTX …")
    // names several cooperatives, so the next paragraph's people "tham gia làm thành viên" are the members of them all (of the passage's agricultural
    // cooperatives)
    {
      text: 'Theo số liệu thống kê tính đến hết năm 2024, tỉnh có số HTX nông nghiệp đứng thứ ba cả nước.\nHiện nay toàn tỉnh có 980 HTX nông nghiệp.\nCó thể kể đến HTX rau an toàn Tân Lộc, HTX Nông nghiệp xanh Phú Điền, HTX Bưởi sạch Hòa An.\nCác HTX thu hút hơn 51,2 nghìn người đã tham gia làm thành viên.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 980, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 51_200, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // one of the bodies of a list named again as the one that acts ("…, các HTX đã tạo việc làm cho …"): its workers, not
    // the whole list's; an income "/1 người/tháng" is per person and month
    {
      text: 'Năm 2023, toàn tỉnh có hơn 610 HTX và gần 3.900 tổ hợp tác, các HTX đã tạo việc làm thường xuyên cho 8.200 lao động với thu nhập bình quân 4,6 triệu đồng/1 người/tháng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 610, { comparator: 'gt' }),
        r('tht', 'count', 'actual', 2023, 'count', 3900, { comparator: 'approx' }),
        r('htx', 'workers', 'actual', 2023, 'count', 8200),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_600_000),
      ],
    },
    // an aside in brackets right after a fund's own figure is the fund's too
    {
      text: 'Toàn tỉnh có 184 HTX. Quỹ hỗ trợ phát triển HTX tỉnh đã cho 30 HTX vay. Hiện nay, vốn điều lệ của quỹ đạt trên 36 tỷ đồng (vốn điều lệ khi mới ra đời chỉ là 12 tỷ đồng).',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 184)],
    },
  ],
};
