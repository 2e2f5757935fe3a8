/** "trong đó" sub-figures, lists that share one verb, and units whose noun is the subject ("02 Liên hiệp HTX"). */
import { NEWS_2023, NEWS_2024, PLAN_2021_2025, PLAN_2025, REPORT_2023, r, type CorpusGroup } from './types.ts';

export const LISTS: CorpusGroup = {
  phenomenon: 'lists and sub-figures',
  entries: [
    // a count of cooperatives listed after a count of other bodies shares its "có"; the amounts after "lần lượt" go, in
    // order, with the bodies counted before it (a farm's is no record); people "ở" a kind of body are that body's
    {
      text: 'Đến nay huyện có 64 trang trại và 53 tổ hợp tác, tổng vốn đầu tư lần lượt hơn 140 tỷ đồng và hơn 37 tỷ đồng. Lao động thường xuyên có khoảng 210 người ở trang trại và gần 1.400 người ở tổ hợp tác.',
      doc: NEWS_2024,
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 53),
        r('tht', 'capital', 'actual', 2024, 'VND', 37_000_000_000, { comparator: 'gt' }),
        r('tht', 'workers', 'actual', 2024, 'count', 1400, { comparator: 'approx' }),
      ],
    },
    {
      text: 'Hiện toàn tỉnh có 1.260 doanh nghiệp và 84 hợp tác xã, với số thành viên lần lượt là 5.100 và 2.950 thành viên.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 84), r('htx', 'members', 'actual', 2024, 'count', 2950)],
    },
    // a whole with its parts in brackets stays the passage's group; a rating list "X% (N HTX) pred" gives the share and
    // the count in brackets the same metric, each item its own predicate (not the one before its comma)
    {
      text: 'Tính đến cuối năm 2023, toàn tỉnh có 210 HTX nông nghiệp (150 HTX trồng trọt, 40 HTX thủy sản và 20 HTX chăn nuôi). Qua đánh giá phân loại 190 HTX, có 40% (76 HTX) được phân loại khá tốt, 35% (66 HTX) trung bình, 10% (19 HTX) yếu kém.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 210, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 150, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 40, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 20, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2023, 'percent', 40, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2023, 'count', 76, { sector: 'agriculture' }),
        r('htx', 'weak', 'actual', 2023, 'percent', 10, { sector: 'agriculture' }),
        r('htx', 'weak', 'actual', 2023, 'count', 19, { sector: 'agriculture' }),
      ],
    },
    // parts of the new ones named by their field after "trong đó", past a change told after the whole
    {
      text: 'Năm 2022, toàn quốc thành lập mới 1.520 HTX, cao hơn 130 HTX so với năm trước, đạt 75% kế hoạch, trong đó, lĩnh vực nông nghiệp là 1.020 HTX (chiếm 67%), phi nông nghiệp là 500 HTX.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2022, 'count', 1520),
        r('htx', 'new_count', 'actual', 2022, 'count', 1020, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2022, 'count', 500, { sector: 'non_agriculture' }),
      ],
    },
    // a list of place names does not cut the phrase
    {
      text: 'Trong năm, 4 HTX yếu kém ở các huyện Yên Lập, Thanh Ba và Đoan Hùng đã giải thể.',
      doc: NEWS_2024,
      expect: [r('htx', 'dissolved_count', 'actual', 2024, 'count', 4)],
    },
    // what picks out the last item of a list picks out the whole list
    {
      text: 'Trong năm, có 31 HTX, 12 THT tạm ngừng hoạt động.',
      doc: NEWS_2024,
      expect: [],
    },
    // parts of the new ones after what they bring
    {
      text: 'Trong 6 tháng đầu năm có 11 HTX đăng ký mới với 95 thành viên, trong đó 9 HTX hoạt động trong lĩnh vực nông nghiệp, 2 HTX hoạt động trong lĩnh vực vận tải.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 11),
        r('htx', 'new_count', 'actual', 2024, 'count', 9, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2024, 'count', 2, { sector: 'transport' }),
      ],
    },
    // the members and capital of the new cooperatives only are no figure of the collective economy
    {
      text: 'Từ đầu năm đến nay, toàn tỉnh có 9 HTX đăng ký mới với 74 thành viên, tổng vốn điều lệ 3,2 tỷ đồng.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 9)],
    },
    // … nor are they when a comma joins them, or when the new ones are the sentence's subject
    {
      text: 'Năm qua, toàn huyện thành lập mới 14 hợp tác xã, thu hút 260 thành viên tham gia, vốn điều lệ hơn 9 tỷ đồng. Các HTX mới thành lập đã tạo việc làm cho khoảng 410 lao động, vốn góp trên 12 tỷ đồng. Hiện toàn huyện có 88 HTX với 6.300 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 14),
        r('htx', 'count', 'actual', 2024, 'count', 88),
        r('htx', 'members', 'actual', 2024, 'count', 6300),
      ],
    },
    // cooperatives picked out by what they apply, named with their field before the count, are a subset
    {
      text: 'Số HTX nông nghiệp ứng dụng công nghệ cao vào sản xuất 57 HTX; toàn tỉnh có 640 HTX nông nghiệp.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 640, { sector: 'agriculture' })],
    },
    // a verb that opens the next item is that item's, not the one before it
    {
      text: 'Năm 2025, tỉnh có kế hoạch thành lập 18 HTX và giải thể 7 HTX yếu kém.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 18), r('htx', 'dissolved_count', 'target', 2025, 'count', 7)],
    },
    // the verb after the last item of a list is every item's; an abbreviation in brackets belongs to its noun
    {
      text: 'Từ năm 2021 đến nay, toàn tỉnh có 96 hợp tác xã (HTX) và 240 tổ hợp tác (THT) thành lập mới.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 96), r('tht', 'new_count', 'actual', 2024, 'count', 240)],
    },
    // … but not a verb with an object of its own
    {
      text: 'Hiện nay, toàn tỉnh có 187 HTX và 05 HTX thành lập doanh nghiệp trực thuộc.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 187)],
    },
    {
      text: 'Hằng năm thành lập mới từ 12 đến 18 HTX, trong đó ít nhất có 10 HTX trong lĩnh vực nông nghiệp.',
      doc: PLAN_2021_2025,
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count/year', 12, { value_max: 18, comparator: 'range' }),
        r('htx', 'new_count', 'target', 2025, 'count/year', 10, { sector: 'agriculture' }),
      ],
    },
    // the parts of a group of new or dissolved cooperatives are new or dissolved too
    {
      text: 'Từ đầu năm đến nay, toàn tỉnh có 17 HTX được thành lập mới, trong đó có 12 HTX nông nghiệp, 3 HTX vận tải và 2 HTX thương mại, dịch vụ.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 17),
        r('htx', 'new_count', 'actual', 2024, 'count', 12, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2024, 'count', 3, { sector: 'transport' }),
        r('htx', 'new_count', 'actual', 2024, 'count', 2, { sector: 'trade_services' }),
      ],
    },
    {
      text: 'Năm 2023, giải thể 9 HTX (6 HTX nông nghiệp, 3 HTX xây dựng); toàn tỉnh còn 250 HTX, trong đó 180 HTX nông nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 9),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 6, { sector: 'agriculture' }),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 3, { sector: 'construction' }),
        r('htx', 'count', 'actual', 2023, 'count', 250),
        r('htx', 'count', 'actual', 2023, 'count', 180, { sector: 'agriculture' }),
      ],
    },
    // a breakdown by sector: each item is a count of its sector's cooperatives
    {
      text: 'Ước đến 31/12/2023, toàn tỉnh có 264 HTX. Chia theo lĩnh vực: nông nghiệp 168 HTX; công nghiệp - tiểu thủ công nghiệp 21 HTX; thương mại - dịch vụ 30 HTX; vận tải 15 HTX; xây dựng 8 HTX; quỹ tín dụng nhân dân 14 quỹ; lĩnh vực khác 8 HTX.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 264),
        r('htx', 'count', 'actual', 2023, 'count', 168, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 21, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2023, 'count', 30, { sector: 'trade_services' }),
        r('htx', 'count', 'actual', 2023, 'count', 15, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2023, 'count', 8, { sector: 'construction' }),
        r('htx', 'count', 'actual', 2023, 'count', 14, { sector: 'credit' }),
        r('htx', 'count', 'actual', 2023, 'count', 8, { sector: 'other' }),
      ],
    },
    {
      text: 'Hiện nay, lĩnh vực nông nghiệp có 205 HTX, thương mại dịch vụ 40 HTX, vận tải 12 HTX.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 205, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 40, { sector: 'trade_services' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'transport' }),
      ],
    },
    // a breakdown of new cooperatives stays a count of new ones
    {
      text: 'Năm 2023 thành lập mới 26 HTX, trong đó nông nghiệp 18 HTX, thương mại - dịch vụ 8 HTX.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 26),
        r('htx', 'new_count', 'actual', 2023, 'count', 18, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 8, { sector: 'trade_services' }),
      ],
    },
    // negatives: an item with a predicate of its own is not a count, nor a named cooperative's kind
    {
      text: 'Lĩnh vực nông nghiệp 35 HTX ứng dụng công nghệ cao vào sản xuất.',
      doc: REPORT_2023,
      expect: [],
      none: true,
    },
    // a cooperative count after an enterprise count shares its verb
    {
      text: 'Năm 2025 phấn đấu thành lập mới 600 doanh nghiệp và 25 HTX; giải thể không quá 5 HTX.',
      doc: PLAN_2025,
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 25), r('htx', 'dissolved_count', 'target', 2025, 'count', 5, { comparator: 'lte' })],
    },
    {
      text: 'Trong năm, thành lập mới 380 doanh nghiệp, 12 hợp tác xã và 20 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 12), r('tht', 'new_count', 'actual', 2023, 'count', 20)],
    },
    {
      text: 'Một số chỉ tiêu chủ yếu năm 2025: thu ngân sách 6.200 tỷ đồng; thành lập mới 500 doanh nghiệp, 40 hợp tác xã; tỷ lệ HTX hoạt động hiệu quả đạt 65%.',
      doc: { title: 'Kinh tế - xã hội tỉnh năm 2024 tăng trưởng khá', issued: '2024-12-18' },
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 40), r('htx', 'effective', 'target', 2025, 'percent', 65)],
    },
    // "…, lao động thường xuyên 5.400 người": the label after a comma still names the metric
    {
      text: 'Tổng số thành viên đạt 86.000 thành viên, lao động thường xuyên 3.900 người.',
      doc: PLAN_2025,
      expect: [r('htx', 'members', 'target', 2025, 'count', 86_000), r('htx', 'workers', 'target', 2025, 'count', 3900)],
    },
    {
      text: 'Tính đến nay, toàn tỉnh có 251 hợp tác xã với 11.505 thành viên; 462 tổ hợp tác với 4.061 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 251),
        r('htx', 'members', 'actual', 2024, 'count', 11505),
        r('tht', 'count', 'actual', 2024, 'count', 462),
        r('tht', 'members', 'actual', 2024, 'count', 4061),
      ],
    },
    {
      text: 'Toàn tỉnh có 85 HTX, trong đó 60 HTX nông nghiệp, 25 HTX phi nông nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 85),
        r('htx', 'count', 'actual', 2024, 'count', 60, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 25, { sector: 'non_agriculture' }),
      ],
    },
    {
      text: 'Năm 2023 giải thể 14 HTX, trong đó 9 HTX nông nghiệp.',
      expect: [r('htx', 'dissolved_count', 'actual', 2023, 'count', 14), r('htx', 'dissolved_count', 'actual', 2023, 'count', 9, { sector: 'agriculture' })],
    },
    {
      text: 'Phấn đấu mỗi năm thành lập mới từ 25 Tổ hợp tác trở lên.',
      doc: PLAN_2021_2025,
      expect: [r('tht', 'new_count', 'target', 2025, 'count/year', 25, { comparator: 'gte' })],
    },
    { text: 'Trên địa bàn tỉnh hiện có 02 Liên hiệp HTX.', doc: NEWS_2024, expect: [r('lhhtx', 'count', 'actual', 2024, 'count', 2)] },
    {
      text: 'Năm 2023, thành lập mới 32 HTX, 45 THT và 01 liên hiệp HTX.',
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 32),
        r('tht', 'new_count', 'actual', 2023, 'count', 45),
        r('lhhtx', 'new_count', 'actual', 2023, 'count', 1),
      ],
    },
    {
      text: 'Hiện toàn tỉnh có 530 HTX, trong đó có 412 HTX đang hoạt động, 118 HTX ngừng hoạt động.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 530),
        r('htx', 'count', 'actual', 2024, 'count', 412),
        // stopped, not awaiting dissolution: no metric (TARGETS.md counts "ngừng hoạt động chờ giải thể")
        r('htx', 'other', 'actual', 2024, 'count', 118),
      ],
    },
    // … nor are the ones that do not work at all ("không hoạt động", "không còn hoạt động")
    {
      text: 'Toàn huyện có 46 HTX, trong đó 39 HTX đang hoạt động và 7 HTX không hoạt động.',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 46), r('htx', 'count', 'actual', 2024, 'count', 39), r('htx', 'other', 'actual', 2024, 'count', 7)],
    },
    // a grade after a share of the other kind of body is the count's too
    {
      text: 'Năm 2023, toàn huyện có 36 HTX và trên 40% tổ hợp tác hoạt động có hiệu quả.',
      doc: NEWS_2024,
      expect: [r('htx', 'effective', 'actual', 2023, 'count', 36), r('tht', 'effective', 'actual', 2023, 'percent', 40, { comparator: 'gt' })],
    },
    // a list that names the kind before each count, with no noun after it
    {
      text: 'Đến cuối năm 2023, toàn tỉnh có 150 HTX, cụ thể: HTX lĩnh vực Nông nghiệp 112, chiếm 74,7%; Quỹ tín dụng nhân dân 9, chiếm 6%; HTX lĩnh vực Vận tải 14, chiếm 9,3%.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 150),
        r('htx', 'count', 'actual', 2023, 'count', 112, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 9, { sector: 'credit' }),
        r('htx', 'count', 'actual', 2023, 'count', 14, { sector: 'transport' }),
      ],
    },
    // "đơn vị" counts the cooperative bodies its sentence named before it, and only those
    {
      text: 'Trong năm, toàn tỉnh thành lập mới 64 HTX, nâng tổng số lên 912 đơn vị. Hội chợ thu hút 120 đơn vị tham gia.',
      doc: NEWS_2024,
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 64), r('htx', 'count', 'actual', 2024, 'count', 912)],
    },
    // the words that end one item, up to its comma, are not the next item's sector; "bốc xếp và vận tải" is one tail
    {
      text: 'Qua rà soát, toàn huyện có 20 HTX sản xuất nông nghiệp, bốn HTX hoạt động trong lĩnh vực bốc xếp và vận tải, ba HTX vệ sinh môi trường.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 20, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 4, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 3, { sector: 'environment' }),
      ],
    },
    // the parts of a group that fits no metric fit none either, in the same sentence or in the next
    {
      text: 'Trên địa bàn huyện hiện có 37 HTX tạm ngừng hoạt động. Trong đó, có 15 HTX nông nghiệp, 9 HTX vận tải và 13 HTX thuộc lĩnh vực khác.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'other', 'actual', 2024, 'count', 37),
        r('htx', 'other', 'actual', 2024, 'count', 15, { sector: 'agriculture' }),
        r('htx', 'other', 'actual', 2024, 'count', 9, { sector: 'transport' }),
        r('htx', 'other', 'actual', 2024, 'count', 13, { sector: 'other' }),
      ],
    },
    {
      text: 'Có 52 HTX đã chuyển đổi theo Luật, trong đó 30 HTX nông nghiệp. Toàn tỉnh có 140 HTX. Trong đó, 96 HTX nông nghiệp.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'other', 'actual', 2024, 'count', 52),
        r('htx', 'other', 'actual', 2024, 'count', 30, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 140),
        r('htx', 'count', 'actual', 2024, 'count', 96, { sector: 'agriculture' }),
      ],
    },
    {
      text: 'Các HTX thu hút 21.000 thành viên và tạo việc làm cho 7.500 lao động.',
      doc: REPORT_2023,
      expect: [r('htx', 'members', 'actual', 2023, 'count', 21000), r('htx', 'workers', 'actual', 2023, 'count', 7500)],
    },
    {
      text: 'Phấn đấu có 360 HTX với 30.000 thành viên, 9.000 lao động thường xuyên.',
      doc: PLAN_2025,
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 360),
        r('htx', 'members', 'target', 2025, 'count', 30000),
        r('htx', 'workers', 'target', 2025, 'count', 9000),
      ],
    },
    {
      text: 'Năm 2023 thành lập mới 28 HTX (trong đó 19 HTX nông nghiệp), nâng tổng số HTX lên 402 HTX.',
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 28),
        r('htx', 'new_count', 'actual', 2023, 'count', 19, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 402),
      ],
    },
    {
      text: 'Đến năm 2025 có 15.000 thành viên, trong đó thành viên là hộ nông dân 12.000 thành viên.',
      // in a cooperatives' plan: with no body named anywhere, a membership figure is nobody's
      doc: PLAN_2021_2025,
      expect: [r('htx', 'members', 'target', 2025, 'count', 15000)],
    },
    {
      text: 'Toàn tỉnh có 640 HTX, 1.980 THT, 05 liên hiệp HTX với tổng số 56.000 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 640),
        r('tht', 'count', 'actual', 2024, 'count', 1980),
        r('lhhtx', 'count', 'actual', 2024, 'count', 5),
        r('kttt', 'members', 'actual', 2024, 'count', 56000),
      ],
    },
    {
      text: 'Trên địa bàn có 02 liên hiệp HTX, có 286 HTX với tổng số 9.400 thành viên.',
      doc: NEWS_2024,
      expect: [
        r('lhhtx', 'count', 'actual', 2024, 'count', 2),
        r('htx', 'count', 'actual', 2024, 'count', 286),
        r('htx', 'members', 'actual', 2024, 'count', 9400),
      ],
    },
    // a change of the count before it is no item of the list: the list goes on past it
    {
      text: 'Toàn tỉnh có 412 HTX, tăng 11 HTX so với năm 2022; 6 liên hiệp HTX và 1.845 tổ hợp tác.',
      doc: REPORT_2023,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 412),
        r('lhhtx', 'count', 'actual', 2023, 'count', 6),
        r('tht', 'count', 'actual', 2023, 'count', 1845),
      ],
    },
    // the items of a "trong đó" list after a count are parts of it, also with no verb of their own; a group that grew
    // into a cooperative is neither
    {
      text: 'Toàn tỉnh hiện có 214 hợp tác xã nông nghiệp; trong đó 190 hợp tác xã dịch vụ nông nghiệp tổng hợp, 9 hợp tác xã trong lĩnh vực thủy sản, 5 hợp tác xã trong lĩnh vực chăn nuôi. Có 412 tổ hợp tác, trong đó 02 tổ hợp tác phát triển thành HTX dịch vụ.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 214, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 190, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 9, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 5, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 412),
      ],
    },
    // a field named in parts stays the noun's, up to the verb after it; "tổ kinh tế hợp tác" is an older name of the groups;
    // cooperatives picked out by the technology they apply, however long their field's name, are a subset
    {
      text: 'Trong năm 2023 toàn tỉnh có 58 HTX nông, lâm nghiệp và thủy sản được thành lập mới, nâng tổng số HTX lên 512 HTX và 140 tổ kinh tế hợp tác. Toàn tỉnh có 36 HTX trong lĩnh vực nông nghiệp ứng dụng công nghệ cao vào sản xuất.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 58, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2023, 'count', 512),
        r('tht', 'count', 'actual', 2023, 'count', 140),
      ],
    },
    // a period in an aside is the aside's ("(6 tháng đầu năm thành lập mới …)"), and an average written per year is annual;
    // a colon may follow the qualifier in a report that lists its figures
    {
      text: 'Hiện toàn tỉnh có 48 HTX đang hoạt động, thu hút 3.120 thành viên (6 tháng đầu năm thành lập mới 03 HTX); doanh thu bình quân khoảng: 1.250 triệu đồng/HTX/năm; thu nhập bình quân của thành viên khoảng: 31 triệu đồng/người/năm.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 48),
        r('htx', 'members', 'actual', 2024, 'count', 3120),
        r('htx', 'new_count', 'actual', 2024, 'count', 3),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_250_000_000, { comparator: 'approx' }),
        r('htx', 'income_avg', 'actual', 2024, 'VND/year', 31_000_000, { comparator: 'approx' }),
      ],
    },
    // a part of the count that spans several fields is neither one sector's count nor all sectors'; a breakdown by grade
    // names the weak grade alone before its figure
    {
      text: 'Tính đến cuối năm 2023, toàn huyện có 26 HTX; trong đó có 19 HTX nông nghiệp, 4 HTX tiểu thủ công nghiệp, vận tải, nước sạch. Tỷ lệ HTX xếp loại khá trở lên chiếm 42,3%; trung bình chiếm 38%; yếu hơn 15%.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 26),
        r('htx', 'count', 'actual', 2023, 'count', 19, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2023, 'percent', 42.3),
        r('htx', 'weak', 'actual', 2023, 'percent', 15, { comparator: 'gt' }),
      ],
    },
    // groups picked out by a certified contract (also past an aside) or by the decree they work under are a subset, not
    // all the groups
    {
      text: 'Đến hết tháng 6/2024, toàn tỉnh có khoảng 3.400 THT, trong đó có 1.150 THT (chiếm 34%) có đăng ký chứng thực với UBND cấp xã; 410 THT hoạt động theo Nghị định số 77/2019/NĐ-CP.',
      doc: NEWS_2024,
      expect: [r('tht', 'count', 'actual', 2024, 'count', 3400, { comparator: 'approx' })],
    },
    // a field named by pointing back ("trong lĩnh vực này") is the one named before it; HTX of a sector graded average are
    // neither effective nor weak
    {
      text: 'Sáu tháng đầu năm 2024, tỉnh thành lập mới 9 HTX hoạt động trong lĩnh vực nông nghiệp, nâng tổng số HTX trong lĩnh vực này lên 212 HTX. Theo kết quả đánh giá, 55% số HTX nông nghiệp xếp loại hoạt động khá, tốt; 30% số HTX nông nghiệp xếp loại hoạt động trung bình.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 9, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 212, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2024, 'percent', 55, { sector: 'agriculture' }),
      ],
    },
    // the part of OCOP products named as the cooperatives' is theirs, the whole is the province's
    {
      text: 'Trong 45 sản phẩm được công nhận đạt chuẩn OCOP đợt này có 31 sản phẩm là của các HTX. Tính đến cuối năm 2023, toàn tỉnh có 210 sản phẩm OCOP, trong đó sản phẩm của HTX là 140/210 sản phẩm.',
      doc: NEWS_2024,
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 31), r('htx', 'ocop_products', 'actual', 2023, 'count', 140)],
    },
    // the people after cooperatives and a single union named in words are the cooperatives'; the second field of a
    // parallel pair of shares keeps the measure; cooperatives "khác" that also register a trade are a part; a capital that
    // rose "thêm là" is a change
    {
      text: 'Tính đến tháng 6-2024, toàn tỉnh có 142 HTX và một liên hiệp HTX, thu hút khoảng 9 nghìn thành viên và gần 4.000 lao động. Mục tiêu đến năm 2025, tỷ lệ HTX hoạt động hiệu quả trong lĩnh vực nông nghiệp đạt 65%, trong lĩnh vực phi nông nghiệp đạt 75%. Hiện có 6 HTX vệ sinh môi trường; 2 HTX khác đăng ký ngành nghề và tham gia lĩnh vực này, với số vốn điều lệ tăng thêm là 12 tỷ đồng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 142),
        r('htx', 'members', 'actual', 2024, 'count', 9000, { comparator: 'approx' }),
        r('htx', 'workers', 'actual', 2024, 'count', 4000, { comparator: 'approx' }),
        r('htx', 'effective', 'target', 2025, 'percent', 65, { sector: 'agriculture' }),
        r('htx', 'effective', 'target', 2025, 'percent', 75, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 6, { sector: 'environment' }),
      ],
    },
    // the field that leads "với N HTX" counts them; members who are "cá nhân và hộ gia đình" stay the cooperatives'; member
    // households are the members; "Mỗi HTX trung bình đạt doanh thu" is an average
    {
      text: 'Toàn tỉnh có 520 HTX. Riêng lĩnh vực nông nghiệp chiếm ưu thế với 376 HTX, thu hút hơn 280.000 thành viên là cá nhân và hộ gia đình, tạo việc làm cho gần 4.000 lao động.\n\nTổng số hộ thành viên trên 290.000 hộ. Mỗi HTX trung bình đạt doanh thu khoảng 640 triệu đồng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 520),
        r('htx', 'count', 'actual', 2024, 'count', 376, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 280_000, { sector: 'agriculture', comparator: 'gt' }),
        r('htx', 'workers', 'actual', 2024, 'count', 4000, { sector: 'agriculture', comparator: 'approx' }),
        r('htx', 'members', 'actual', 2024, 'count', 290_000, { comparator: 'gt' }),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 640_000_000, { comparator: 'approx' }),
      ],
    },
    // the last item of a breakdown by field, "N HTX khác", is the other fields; workers added each year are a change, and
    // an average told beside them is no goal
    {
      text: 'Tính đến nay, toàn tỉnh có 640 HTX, gồm 410 HTX nông nghiệp, 95 HTX công nghiệp – tiểu thủ công nghiệp, 48 HTX thương mại – dịch vụ và 87 HTX khác.\n\nHiện tổng số thành viên tổ hợp tác là 21.300 thành viên, số lao động tăng bình quân hàng năm khoảng 180 lao động, mức thu nhập của lao động khoảng 3 - 3,5 triệu đồng/lao động/tháng.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 640),
        r('htx', 'count', 'actual', 2024, 'count', 410, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 95, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2024, 'count', 48, { sector: 'trade_services' }),
        r('htx', 'count', 'actual', 2024, 'count', 87, { sector: 'other' }),
        r('tht', 'members', 'actual', 2024, 'count', 21_300),
        r('tht', 'income_avg', 'actual', 2024, 'VND/month', 3_000_000, { value_max: 3_500_000, comparator: 'range' }),
      ],
    },
    // a share written with the old spelling "tỉ lệ" is a share of the count before it; the people after cooperatives and
    // their union counted in digits, total after total, are the cooperatives'; an average with no period shares the next
    // one's; the delegates' "đại diện cho" people and the law's founding minimum are no counts
    {
      text: 'Toàn tỉnh có 120 HTX nông nghiệp, trong đó 30 HTX xếp loại tốt, đạt tỉ lệ 25%.\n\nNăm 2024 đã thành lập 8 HTX mới, nâng tổng số HTX toàn tỉnh là 140 và 1 liên hiệp HTX với 6.100 thành viên và 5.300 lao động.\n\nĐời sống của thành viên được nâng lên, thu nhập bình quân của thành viên HTX đạt 4,2 triệu đồng và của người lao động là 3,9 triệu đồng/tháng.\n\nĐại hội có 300 đại biểu, đại diện cho khoảng 20 triệu người lao động. Hợp tác xã do ít nhất 07 thành viên tự nguyện thành lập.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 120, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2024, 'count', 30, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2024, 'percent', 25, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2024, 'count', 8),
        r('htx', 'count', 'actual', 2024, 'count', 140),
        r('lhhtx', 'count', 'actual', 2024, 'count', 1),
        r('htx', 'members', 'actual', 2024, 'count', 6100),
        r('htx', 'workers', 'actual', 2024, 'count', 5300),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_200_000),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 3_900_000),
      ],
    },
    // the capital registered by the new cooperatives is theirs, not all cooperatives'; the groups registered with the
    // commune, named before their count, are a part of all the groups
    {
      text: 'Về hợp tác xã: 6 tháng đầu năm có 02 HTX thành lập mới, với tổng vốn đăng ký 8 tỷ đồng, nâng tổng số HTX trên địa bàn lên 96 HTX. Về tổ hợp tác: toàn tỉnh có 1.040 THT đang hoạt động, trong đó số THT có đăng ký hoạt động với UBND xã là 512 THT, chiếm 49%.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 2),
        r('htx', 'count', 'actual', 2024, 'count', 96),
        r('tht', 'count', 'actual', 2024, 'count', 1040),
      ],
    },
    // a part of the province's products named as owned by counted cooperatives and groups is theirs (the collective
    // economy's); the bodies counted with the products they own are the owners, not all there are
    {
      text: 'Hiện toàn tỉnh có 185 sản phẩm được công nhận OCOP, trong đó có 52 sản phẩm của 47 HTX, tổ hợp tác đạt chuẩn OCOP. Huyện miền núi có 96 HTX và đã có 9 HTX, với 11 sản phẩm đạt OCOP 3 sao.',
      doc: NEWS_2024,
      expect: [
        r('kttt', 'ocop_products', 'actual', 2024, 'count', 52),
        r('htx', 'count', 'actual', 2024, 'count', 96),
        r('htx', 'ocop_products', 'actual', 2024, 'count', 11),
      ],
    },
    // every item of a "trong đó" breakdown of a field's whole is in that field, even one named by a field outside it ("dịch
    // vụ tổng hợp" HTX of the farm sector); the people and capital after it are the field's too
    {
      text: 'Đến nay, toàn tỉnh có 198 HTX nông nghiệp; trong đó, 51 HTX trồng trọt, 12 HTX chăn nuôi, 96 HTX dịch vụ tổng hợp. Tổng số thành viên 5.410 người.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 198, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 51, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 96, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 5410, { sector: 'agriculture' }),
      ],
    },
    // the people after a breakdown of a whole are the whole's, not its last item's; a lettered section named after one kind of
    // body, with its abbreviation, gives its figures that body
    {
      text: 'Hiện toàn tỉnh có 140 HTX hoạt động trên các lĩnh vực: nông nghiệp (98 HTX), phi nông nghiệp (30 HTX) và 12 quỹ tín dụng nhân dân, thu hút hơn 21.000 thành viên.\n\nb) Tổ hợp tác (THT)\n\nĐến 30/6/2024, toàn tỉnh có 180 THT. Doanh thu bình quân ước đạt khoảng 450 triệu đồng/năm.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 140),
        r('htx', 'count', 'actual', 2024, 'count', 98, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 30, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'credit' }),
        r('htx', 'members', 'actual', 2024, 'count', 21_000, { comparator: 'gt' }),
        r('tht', 'count', 'actual', 2024, 'count', 180),
        r('tht', 'revenue_avg', 'actual', 2024, 'VND/year', 450_000_000, { comparator: 'approx' }),
      ],
    },
    // a breakdown by field in brackets right after its whole ("giải thể 96 HTX (trong đó, 60 HTX nông nghiệp và 36 HTX phi
    // nông nghiệp)") is no group a later "; trong đó <vùng> (N HTX)" picks from: the regions split the whole, in no one field
    {
      text: 'Cả nước giải thể 96 HTX (trong đó, 60 HTX nông nghiệp và 36 HTX phi nông nghiệp), giảm 12 HTX so với cùng kỳ; trong đó Tây Nguyên (21 HTX), Đông Nam Bộ (9 HTX).',
      doc: NEWS_2023,
      expect: [
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 96),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 60, { sector: 'agriculture' }),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 36, { sector: 'non_agriculture' }),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 21),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 9),
      ],
    },
    // the parts a "Trong đó" sentence gives of the new ones counted before it are new ones of each field; an item whose label
    // names no one field ("công thương") is in none
    {
      text: 'Năm 2023, huyện có thêm 38 HTX thành lập mới. Trong đó, chia theo lĩnh vực: nông nghiệp (25 HTX), công thương (8 HTX), giao thông vận tải (4 HTX), xây dựng (1 HTX).',
      doc: NEWS_2024,
      expect: [
        r('htx', 'new_count', 'actual', 2023, 'count', 38),
        r('htx', 'new_count', 'actual', 2023, 'count', 25, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 4, { sector: 'transport' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 1, { sector: 'construction' }),
      ],
    },
    // the parts of cooperatives and groups founded together ("… 41 HTX và tổ hợp tác nông nghiệp, gồm 9 HTX và 32 tổ hợp tác")
    // are new ones of each kind, in the field of the whole
    {
      text: 'Trong năm 2023, nhờ Hội Nông dân vận động, toàn tỉnh thành lập mới 41 HTX và tổ hợp tác nông nghiệp, gồm 9 HTX và 32 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [
        r('kttt', 'new_count', 'actual', 2023, 'count', 41, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 9, { sector: 'agriculture' }),
        r('tht', 'new_count', 'actual', 2023, 'count', 32, { sector: 'agriculture' }),
      ],
    },
    // items that each carry their words after them: the words before an item's comma are the item before's
    {
      text: 'Mục tiêu đến năm 2025: 65% số HTX hoạt động đạt loại khá trở lên, 40% cán bộ quản lý HTX tốt nghiệp cao đẳng, đại học trở lên.',
      doc: PLAN_2025,
      expect: [r('htx', 'effective', 'target', 2025, 'percent', 65), r('htx', 'managers_trained', 'target', 2025, 'percent', 40)],
    },
    // cooperative groups after the member cooperatives of unions are counted, not members: a union's members are cooperatives
    {
      text: 'Đến nay toàn tỉnh có 612 HTX. Cùng với đó, toàn tỉnh có 4 liên hiệp HTX với 23 HTX thành viên và 318 tổ hợp tác.',
      doc: NEWS_2024,
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 612),
        r('lhhtx', 'count', 'actual', 2024, 'count', 4),
        r('lhhtx', 'members', 'actual', 2024, 'count', 23),
        r('tht', 'count', 'actual', 2024, 'count', 318),
      ],
    },
    // the member cooperatives of unions counted after their label are the unions' members, not a count of cooperatives
    {
      text: 'Tổng số HTX cả nước là 1.210 HTX; số HTX thành viên của liên hiệp HTX là 410 (tăng 2% so với năm 2023).',
      doc: NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 1210), r('lhhtx', 'members', 'actual', 2024, 'count', 410)],
    },
  ],
};
