/** What is never a record: references, page furniture, durations, star grades, ages, areas, tonnages, prices; loans are `other`. */
import { NEWS_2024, PLAN_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

const none = (text: string, doc = NEWS_2024) => ({ text, doc, expect: [], none: true as const });

export const NEGATIVES: CorpusGroup = {
  phenomenon: 'negatives',
  entries: [
    // a profile of one cooperative named with two kinds joined by "và" ("HTX nông nghiệp và dịch vụ …") is that one's
    {
      text: 'Hợp tác xã nông nghiệp và dịch vụ Phước Hưng (huyện Đất Đỏ) được thành lập năm 1991 với 362 thành viên, vốn điều lệ ban đầu là 85 triệu đồng. Sau hơn 30 năm, vốn điều lệ hiện có 700 triệu đồng, với 940 thành viên.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // a study's sample is not all there are; cooperatives picked out by the loans they owe are a part
    {
      text: 'Bài viết khảo sát 42 hợp tác xã và 126 thành viên hợp tác xã ở hai huyện ven biển. Toàn huyện có 9 HTX đang có dư nợ vay vốn 3,5 tỷ đồng của Quỹ hỗ trợ phát triển HTX.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // the owners of OCOP products counted by kind are those that own one, not all there are; the parts of the province's
    // products are the province's too
    // the name of a programme, in quotes, is no goal of the page, and its years date nothing
    {
      text: 'Thực hiện Đề án “Phát triển 200 hợp tác xã kiểu mới giai đoạn 2021-2025” của tỉnh, từ năm 2021 đến nay, các huyện đã thành lập mới 86 HTX.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 86)],
    },
    {
      text: 'Đến nay toàn tỉnh có 152 sản phẩm OCOP được phân hạng sao, trong đó có 2 sản phẩm 5 sao, 31 sản phẩm 4 sao của 96 chủ thể, gồm 58 hợp tác xã, 7 doanh nghiệp, 23 hộ kinh doanh và 8 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // a page whose title names one cooperative and that never counts bodies or speaks of the whole profiles that one
    {
      text: 'Ngày 12/5/2024, Hợp tác xã Tân Hòa Phát tổ chức đại hội thành viên.\n\nHợp tác xã được thành lập năm 2015, hiện có 41 thành viên. Với vốn điều lệ trên 2 tỷ đồng, doanh thu bình quân đạt 4,2 tỷ đồng/năm, tạo việc làm cho 25 lao động với thu nhập bình quân 5 triệu đồng/người/tháng.',
      doc: { title: 'Đại hội thành viên Hợp tác xã Tân Hòa Phát lần thứ III', issued: '2024-05-14' },
      expect: [],
      none: true,
    },
    // one named group of fishers ("Tổ hợp tác khai thác thủy sản Bình An Phú") and what it owns ("tổng số vốn") is no aggregate
    {
      text: 'Tổ hợp tác khai thác thủy sản Bình An Phú có 5 thành viên với 4 tàu cá.\n\nTổ hợp tác có tổng số vốn 5,2 tỷ đồng, trong đó vốn lưu động 1,8 tỷ đồng.',
      doc: { title: 'Ra mắt tổ hợp tác khai thác thủy sản xa bờ', issued: '2024-03-02' },
      expect: [],
      none: true,
    },
    // a socio-economic report's list: a clause that names no cooperative is the province's
    {
      text: 'Chỉ tiêu chủ yếu năm 2025: thu ngân sách 5.100 tỷ đồng; thành lập mới 520 doanh nghiệp và 20 HTX; giải quyết việc làm cho 18.500 lao động; giảm tỷ lệ hộ nghèo 1,5%.',
      doc: { title: 'BÁO CÁO\nTình hình kinh tế - xã hội năm 2024, phương hướng nhiệm vụ năm 2025', issued: '2024-12-05' },
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 20)],
    },
    {
      text: '1. Kết quả chủ yếu\nNăm 2024, GRDP tăng 7,2%; toàn tỉnh có 210 HTX; tạo việc làm mới cho 21.000 lao động.',
      doc: { title: 'BÁO CÁO\nTình hình kinh tế - xã hội năm 2024', issued: '2024-12-28' },
      expect: [r('htx', 'count', 'actual', 2024, 'count', 210)],
    },
    // … but the same clause in a report about cooperatives is theirs
    {
      text: 'Toàn tỉnh có 210 HTX; thành lập mới 18 HTX; giải quyết việc làm cho 6.300 lao động.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 210),
        r('htx', 'new_count', 'actual', 2023, 'count', 18),
        r('htx', 'workers', 'actual', 2023, 'count', 6300),
      ],
    },
    // the Liên minh's own organisation and its support fund give no record
    {
      text: 'Liên minh hiện có 186 thành viên, trong năm kết nạp thêm 12 thành viên mới. Cơ quan Liên minh có 24 cán bộ, công chức.',
      doc: REPORT_2023,
      expect: [],
      none: true,
    },
    {
      text: 'Quỹ Hỗ trợ phát triển HTX tỉnh giải ngân 18 tỷ đồng cho 30 HTX vay vốn, tỷ lệ nợ xấu của Quỹ dưới 1%.',
      doc: PLAN_2025,
      expect: [],
      none: true,
    },
    // … while a people's credit fund's bad debt is the cooperatives' (a credit fund is one)
    {
      text: 'Các quỹ tín dụng nhân dân hoạt động ổn định, tỷ lệ nợ xấu của các quỹ 0,7%.',
      doc: REPORT_2023,
      expect: [r('htx', 'bad_debt', 'actual', 2023, 'percent', 0.7, { sector: 'credit' })],
    },
    none('Mọi chi tiết xin liên hệ Liên minh HTX tỉnh, điện thoại: 0238.3844.567.'),
    none('Hotline hỗ trợ hợp tác xã: 1900 6789 – Fax: (0232) 3822 456.'),
    none('Ngày 15/3/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác hợp tác xã.'),
    none('Căn cứ Kế hoạch số 178/KH-UBND ngày 21/7/2023 của UBND tỉnh về phát triển hợp tác xã.'),
    none('Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về kinh tế tập thể.'),
    none('Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, tạo hành lang pháp lý cho HTX.'),
    none('Các xã đã đạt tiêu chí số 13 về tổ chức sản xuất, có HTX hoạt động hiệu quả.'),
    none('Hợp tác xã ứng dụng công nghệ trong cuộc Cách mạng công nghiệp 4.0.'),
    none('Hội nghị tổng kết 20 năm thực hiện Nghị quyết về kinh tế tập thể, hợp tác xã.'),
    none('Sản phẩm gạo của HTX được công nhận OCOP 4 sao.'),
    none('Trang 3/12 - Lượt truy cập: 2.345.678 - Đang truy cập: 125 - Tin về hợp tác xã.'),
    none('Thực hiện Quyết định 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ về hỗ trợ HTX.'),
    none('Giám đốc HTX năm nay 45 tuổi, có 20 năm kinh nghiệm sản xuất lúa.'),
    none('HTX liên kết sản xuất 1.200 ha lúa chất lượng cao, sản lượng đạt 8.500 tấn.'),
    none('Sản phẩm chè của HTX có giá bán từ 300.000 đến 500.000 đồng/kg.'),
    none('Thông tư số 09/2024/TT-BKHĐT hướng dẫn về hợp tác xã có hiệu lực từ ngày 20/10/2024.'),
    none('Nghị định số 92/2024/NĐ-CP quy định về đăng ký hợp tác xã, tổ hợp tác.'),
    none('Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, phát biểu tại Đại hội đại biểu Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2020 - 2025.'),
    none('HTX nằm trên Quốc lộ 1A, cách trung tâm thành phố 12 km.'),
    none('Kế hoạch gồm 5 phần, 3 phụ lục và 12 biểu mẫu về hợp tác xã.'),
    none('Các HTX trong tỉnh đã trải qua 30 năm xây dựng và phát triển.'),
    none('Chương trình 135 và Chương trình 30a hỗ trợ hợp tác xã vùng khó khăn.'),
    none('Giai đoạn 2021-2025, Chương trình mục tiêu quốc gia xây dựng nông thôn mới hỗ trợ hợp tác xã.', PLAN_2025),
    none('Mỗi HTX được hỗ trợ 01 cán bộ trẻ về làm việc có thời hạn.', PLAN_2025),
    none('Nghị quyết 09-NQ/TU của Tỉnh ủy về phát triển kinh tế tập thể đến năm 2030.', PLAN_2025),
    none('Năm 2024 là năm thứ 4 thực hiện kế hoạch 5 năm về phát triển HTX.', PLAN_2025),
    none('Điện thoại: 024.3733.4567; Email: lienminhhtx@gmail.com; Website: www.lienminhhtx.vn'),
    none('Tin liên quan: Hợp tác xã 9X làm giàu (12/04/2024); HTX chè 20 năm giữ nghề (03/04/2024).'),
    {
      text: 'Ngân hàng Chính sách xã hội tỉnh đã cho 45 HTX vay với tổng số tiền 18 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'other', 'actual', 2024, 'VND', 18_000_000_000)],
    },
    {
      text: 'Quỹ hỗ trợ phát triển HTX đã giải ngân 25 tỷ đồng cho các HTX vay vốn.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    {
      text: 'Ngân sách tỉnh hỗ trợ 3,5 tỷ đồng để xây dựng kho bãi cho HTX.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    {
      text: 'HTX Tân Phát có 12 thành viên, doanh thu năm 2023 đạt 4,8 tỷ đồng.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // capital is a total: an average per cooperative is not the metric
    none('Quy mô HTX còn nhỏ, vốn điều lệ bình quân chỉ khoảng 1,3 tỷ đồng/HTX.', REPORT_2023),
    none('Các HTX có vốn hoạt động 2,4 tỷ đồng/HTX, cao hơn năm trước.', REPORT_2023),
    { text: 'Tổng vốn điều lệ của các HTX đạt 1.250 tỷ đồng.', doc: REPORT_2023, expect: [r('htx', 'capital', 'actual', 2023, 'VND', 1_250_000_000_000)] },
    // a norm for every district or commune is not a total
    none('Phấn đấu mỗi huyện, thị xã có ít nhất 02 HTX kiểu mới điển hình.', PLAN_2025),
    none('Đến năm 2030, mỗi xã, phường, thị trấn có tối thiểu 01 HTX nông nghiệp hoạt động hiệu quả.', PLAN_2025),
    // a part of a whole is no total count
    none('Có 16/41 HTX được đánh giá, xếp loại, phân loại theo tiêu chí mới.', REPORT_2023),
    none('Năm 2023 có 12/30 HTX tham gia đánh giá.', REPORT_2023),
    // a limit to keep under is no goal; dissolving or consolidating is no count of dissolutions
    {
      text: 'Hạn chế việc thành lập nhiều hơn 1 HTX cùng lĩnh vực trên cùng một xã. Tỉnh sẽ giải thể hoặc củng cố lại 40 HTX ngừng hoạt động.',
      doc: PLAN_2025,
      expect: [],
      none: true,
    },
    // the province's OCOP products, of every kind of producer, are not the cooperatives'; the part the cooperatives own is
    {
      text: 'Đến nay toàn tỉnh có 412 sản phẩm OCOP, trong đó gần 55% sản phẩm do các HTX, tổ hợp tác làm chủ thể.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    {
      text: 'Cả huyện hiện có 41 sản phẩm OCOP, trong đó 19 sản phẩm do HTX làm chủ thể.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 19)],
    },
    // another country's cooperatives, in an article that compares them with Vietnam's
    {
      text: 'Năm 2022, tại Nhật Bản có khoảng 600 HTX nông nghiệp với hơn 10 triệu thành viên. Ở Hàn Quốc, các HTX nông nghiệp thu hút hơn 2 triệu thành viên.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // cooperatives counted together with bodies that are not ("HTX, tổ hợp tác, cơ sở chế biến"): no count of them
    {
      text: 'Toàn huyện hiện có 150 HTX, tổ hợp tác, cơ sở chế biến cá cơm với tổng diện tích nhà xưởng 12 ha.',
      doc: NEWS_2024,
      expect: [],
      none: true,
    },
    // a programme named by its goal, without quotes, is a name, not a goal of the page; text from a PDF in an old font writes
    // ư as ƣ and still names the field
    {
      text: 'Thực hiện Đề án phát triển 9.000 hợp tác xã, liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả đến năm 2025, huyện đã củng cố nhiều HTX. Toàn huyện có 36 HTX thƣơng mại - dịch vụ.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 36, { sector: 'trade_services' })],
    },
    // cooperatives picked out by their size, and the size that picks them out, are no figures of all of them
    {
      text: 'Toàn tỉnh có 412 HTX. Trong số này có 37 HTX có quy mô trên 200 thành viên, vốn điều lệ trên 3 tỷ đồng và doanh thu trên 4 tỷ đồng/năm.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 412)],
    },
    // a page cut off right after a number: "13" may have been "132", so no record (with a full stop it is whole)
    {
      text: 'Trong năm, huyện thành lập mới 4 HTX, nâng tổng số HTX toàn huyện lên 13',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 4)],
    },
    {
      text: 'Trong năm, huyện thành lập mới 4 HTX, nâng tổng số HTX toàn huyện lên 13.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 4), r('htx', 'count', 'actual', 2024, 'count', 13)],
    },
  ],
};
