/**
 * Sectors: the field a figure is limited to. Read from the figure's own phrase
 * ("HTX nông nghiệp"), from a lead-in of its paragraph ("Trong lĩnh vực xây dựng: …"),
 * or from a heading above it ("2.3. Lĩnh vực xây dựng và sản xuất vật liệu xây dựng").
 * Higher priority wins when a phrase names more than one ("Lĩnh vực khác (vệ sinh môi trường)").
 */
import type { Rule } from './rule.ts';
import type { Sector } from '../pipeline/record.ts';

export const SECTOR_RULES: Rule<Sector>[] = [
  {
    id: 'sector.non_agriculture',
    pattern: String.raw`phi nông (nông )?nghiệp|phi nn\b|(lĩnh vực|ngành) công thương\b`,
    value: 'non_agriculture',
    priority: 5,
    note: '"công thương" (industry and trade together) is in no one of them: the non-agricultural sector',
    examples: {
      match: ['HTX phi nông nghiệp', '4 HTX hoạt động trong lĩnh vực công thương', '52 HTX phi nông nông nghiệp (a word typed twice)', '31 HTX phi NN'],
      reject: ['HTX nông nghiệp', 'Sở Công Thương tỉnh', 'HTX nông nghiệp và phi nông dân'],
    },
  },
  {
    id: 'sector.agriculture.abbreviation',
    pattern: String.raw`(?<=\b(htx|hợp tác xã|lhhtx|liên hiệp htx|liên hiệp hợp tác xã|tổ hợp tác|tht) )nn\b|\bhtxnn\b`,
    note: '"HTX NN" is written short for HTX nông nghiệp (not "Sở NN&PTNT", which names an agency)',
    value: 'agriculture',
    priority: 2,
    examples: { match: ['có 01 Liên hiệp HTX NN và 13 HTX NN yếu kém', 'số HTXNN hoạt động hiệu quả'], reject: ['Sở NN&PTNT tỉnh', 'có 13 HTX yếu kém'] },
  },
  {
    id: 'sector.agriculture',
    pattern: String.raw`(?<!\b(sở|phòng|bộ|cục|ngân hàng|viện|học viện|trường) )((?<!phi |phi nông )nông[ ,-]*(lâm[ ,-]*)?(ngư[ ,-]*|thủy sản[ ,-]*|diêm[ ,-]*)*nghiệp|(?<!phi |phi nông )nông nghiệp|(?<!chế biến )\bnông, lâm|(?<!chế biến )\bnông[ -]+lâm|thủy sản|ngư nghiệp|lâm nghiệp|(lĩnh vực|ngành) (trồng trọt|chăn nuôi|nuôi trồng|trồng rừng))|\bhtxnn\b`,
    note: 'an agency or a bank named after the field ("Theo Phòng Nông nghiệp huyện", "Ngân hàng Nông nghiệp") does not limit a figure to it; processing farm and forest products ("chế biến nông, lâm sản") is industry',
    value: 'agriculture',
    priority: 2,
    examples: {
      match: [
        'Lĩnh vực nông - lâm - ngư - nghiệp:',
        'Trong lĩnh vực nông nghiệp:',
        '130 tổ hợp tác trong các lĩnh vực trồng trọt, chăn nuôi',
        'số hợp tác xã nông nghiệp hoạt động',
        'HTX nông, lâm, thủy sản',
        'đào tạo cán bộ HTXNN',
      ],
      reject: [
        'HTX phi nông nghiệp',
        'HTX phi nông nông nghiệp',
        'Lĩnh vực thương mại, dịch vụ',
        'Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện có',
        'vay vốn Ngân hàng Nông nghiệp',
        'các nghề chế biến nông, lâm sản, dệt may',
      ],
    },
  },
  {
    id: 'sector.agriculture.crop_kind',
    pattern: String.raw`\b(hợp tác xã|htx|tổ hợp tác|tht)( trồng| sản xuất| nuôi| chuyên| chuyên làm| làm| chuyên sản xuất| sản xuất,? chế biến| trồng,? chế biến)? (điều(?! (hành|chỉnh|kiện|lệ|tiết|phối|động|tra|hòa|chuyển|khiển|trị|đó|này))|cà phê|chè|hồ tiêu|cao su|lúa|rau|dược liệu|cây ăn quả|cây ăn trái|trái cây|cây trái|dừa|mía|nấm|thanh long|bưởi|xoài|sầu riêng|chăn nuôi|nuôi trồng|nuôi ong|trồng trọt|tôm|muối|lâm sản)\b`,
    note: 'cooperatives named by what they grow or raise ("47 HTX điều", "các HTX trồng chè") are agricultural; not those that process it ("HTX chế biến điều") nor "HTX điều hành …"',
    value: 'agriculture',
    priority: 2,
    examples: {
      match: [
        'toàn tỉnh có 47 HTX điều với 3.900 thành viên',
        'doanh thu bình quân của các HTX điều đạt 4,1 tỷ đồng',
        'có 12 HTX trồng chè',
        'Toàn huyện có 6 hợp tác xã sản xuất chế biến chè',
        'tỉnh có 14 HTX chuyên làm muối',
        'các tổ hợp tác nuôi ong',
        'có 14 tổ hợp tác sản xuất cây ăn trái',
        'các HTX dừa ở huyện',
        'HTX cà phê đạt chứng nhận',
      ],
      reject: [
        'Ban quản trị HTX điều hành sản xuất',
        'HTX điều chỉnh phương án kinh doanh',
        'HTX chế biến điều xuất khẩu',
        'các HTX cam kết thực hiện',
        'HTX tiêu thụ sản phẩm cho nông dân',
      ],
    },
  },
  {
    id: 'sector.agriculture.general_services',
    pattern: String.raw`(?<!kinh doanh )\b(hợp tác xã|htx) (nông nghiệp )?(và )?dịch vụ tổng hợp\b|\bhtx diêm nghiệp\b|\bdiêm nghiệp\b`,
    note: 'agricultural cooperatives are told apart by kind (trồng trọt, chăn nuôi, thủy lợi, diêm nghiệp, dịch vụ tổng hợp): "HTX dịch vụ tổng hợp" serve farming households with several services, and salt-making is agriculture too',
    value: 'agriculture',
    priority: 2,
    examples: {
      match: ['toàn tỉnh có 410 HTX, trong đó 140 HTX dịch vụ tổng hợp, 95 HTX trồng trọt', 'có 9 HTX diêm nghiệp', '36% là hợp tác xã dịch vụ tổng hợp'],
      reject: ['kinh doanh dịch vụ tổng hợp có 6 hợp tác xã', 'HTX dịch vụ thương mại'],
    },
  },
  {
    id: 'sector.industry',
    pattern: String.raw`(?<!cách mạng )(?<!khu )(?<!cụm )(?<!khu, )công nghiệp|tiểu thủ công nghiệp|\bttcn\b|\bcn[ -]+ttcn\b|thủ công mỹ nghệ|làng nghề|khai khoáng|khai thác (khoáng sản|đá|cát)`,
    value: 'industry',
    priority: 2,
    examples: {
      match: ['Lĩnh vực công nghiệp - tiểu thủ công nghiệp:', 'HTX CN-TTCN'],
      reject: ['tham gia cuộc Cách mạng công nghiệp 4.0', 'hạ tầng các khu công nghiệp'],
    },
  },
  {
    id: 'sector.construction',
    pattern: String.raw`lĩnh vực xây dựng|ngành xây dựng|vật liệu xây dựng|(hợp tác xã|htx) xây dựng(?! (nông thôn|mô hình|kế hoạch|phương án|thương hiệu|chuỗi))|xây dựng và (sản xuất )?vật liệu|xây dựng, giao thông|xây dựng công trình`,
    value: 'construction',
    priority: 2,
    examples: {
      match: ['Trong lĩnh vực xây dựng:', 'Lĩnh vực xây dựng và sản xuất vật liệu xây dựng:', 'có 27 HTX xây dựng'],
      reject: ['xây dựng nông thôn mới', 'xây dựng mô hình HTX kiểu mới', '30 HTX xây dựng nông thôn mới', 'các HTX xây dựng phương án sản xuất'],
    },
  },
  {
    id: 'sector.construction.label',
    pattern: String.raw`(^[\s;,:]*(-\s*)?|\s-\s+)xây dựng( và [^:;,]{2,40})?\s*(:|(?=\(?\s*\d[\d.,]* (htx|hợp tác xã|tổ hợp tác|liên hiệp)))`,
    value: 'construction',
    priority: 2,
    note: '"xây dựng" alone is mostly a verb; as a label before a colon it names the sector ("- Xây dựng: duy trì khoảng 30 HTX")',
    examples: {
      match: ['Xây dựng: duy trì khoảng 30 HTX', '; xây dựng 09 HTX', 'Số HTX phân theo ngành - Xây dựng: Năm 2020 8 HTX', ', xây dựng (3 HTX)'],
      reject: ['xây dựng nông thôn mới: 20 xã', 'xây dựng 5 mô hình', 'Kế hoạch - xây dựng nông thôn mới: 12 xã'],
    },
  },
  {
    id: 'sector.trade_services',
    pattern: String.raw`thương mại[ ,-]*(và )?dịch vụ|thương mại|\btm[ -]+dv\b|(lĩnh vực|ngành|khu vực) dịch vụ(?! (vệ sinh|môi trường|thu gom|nông nghiệp|vận tải|tín dụng|thủy lợi|điện|nước|xây dựng|y tế))|kinh doanh dịch vụ tổng hợp|kinh doanh và quản lý chợ|du lịch`,
    value: 'trade_services',
    priority: 2,
    note: '"kinh doanh dịch vụ tổng hợp" as a field beside others is trade and services; "HTX dịch vụ tổng hợp" is a kind of agricultural cooperative (sector.agriculture.general_services)',
    examples: {
      match: [
        'Lĩnh vực thương mại, dịch vụ:',
        'HTX TM-DV',
        'hợp tác xã hoạt động trong khu vực dịch vụ là 36 hợp tác xã',
        'nông nghiệp có 52 hợp tác xã; kinh doanh dịch vụ tổng hợp có 6 hợp tác xã',
      ],
      reject: ['Lĩnh vực tín dụng', 'hoạt động trong lĩnh vực dịch vụ vệ sinh môi trường', 'trong đó 140 HTX dịch vụ tổng hợp, 95 HTX trồng trọt'],
    },
  },
  {
    id: 'sector.transport',
    pattern: String.raw`vận tải|giao thông vận tải|logistics`,
    value: 'transport',
    priority: 3,
    examples: { match: ['Trong lĩnh vực giao thông vận tải:', 'HTX vận tải'], reject: ['Lĩnh vực thương mại, dịch vụ'] },
  },
  {
    id: 'sector.credit',
    pattern: String.raw`tín dụng|quỹ tín dụng nhân dân|qtdnd|\bquỹ tdnd\b`,
    value: 'credit',
    priority: 3,
    examples: { match: ['Trong lĩnh vực tín dụng:', 'các Quỹ tín dụng nhân dân'], reject: ['Lĩnh vực vận tải'] },
  },
  {
    id: 'sector.environment',
    pattern: String.raw`vệ sinh môi trường|môi trường|thu gom (rác|chất thải)|xử lý rác|nước sạch`,
    value: 'environment',
    priority: 3,
    examples: { match: ['Lĩnh vực khác (vệ sinh môi trường):'], reject: ['Lĩnh vực xây dựng'] },
  },
  {
    id: 'sector.other',
    pattern: String.raw`(lĩnh vực|ngành) khác(?! nhau)|lĩnh vực còn lại|\b(hợp tác xã|htx) khác\b(?! nhau)`,
    value: 'other',
    priority: 0,
    note: '"nhiều lĩnh vực khác nhau" (many different fields) is no field of its own; the last item of a breakdown by field, "… 31 HTX môi trường và 42 HTX khác", is the other fields',
    examples: {
      match: ['Lĩnh vực khác:', '14 HTX thuộc các lĩnh vực khác', '12 HTX môi trường và 30 HTX khác.'],
      reject: ['Lĩnh vực tín dụng', 'có 416 HTX thuộc nhiều lĩnh vực khác nhau'],
    },
  },
];

/** A phrase that announces the sector of what follows: "Trong lĩnh vực …:", "2.1. Lĩnh vực …". */
export const SECTOR_LEADIN_RULES: Rule<true>[] = [
  {
    id: 'sector.leadin',
    pattern: String.raw`(?<=^\s*|[.:;]\s*)((trong|đối với|về|ở|tại) )?(các )?(lĩnh vực|ngành|khối|nhóm|hợp tác xã|htx|tổ hợp tác|tht) [^:.;]{2,100}:`,
    value: true,
    examples: {
      match: [
        'Trong lĩnh vực xây dựng: Tiếp tục duy trì',
        'Lĩnh vực thương mại, dịch vụ: Nâng cao hiệu quả',
        'Đối với HTX nông nghiệp: phấn đấu thành lập mới 25 HTX',
      ],
      reject: ['mở rộng liên doanh liên kết với các doanh nghiệp, hợp tác xã trong lĩnh vực nông nghiệp, đẩy mạnh'],
    },
  },
  {
    id: 'sector.leadin.bare',
    pattern: String.raw`^\s*[^:.;\d]{2,50}:`,
    value: true,
    note: 'a list line that opens with the sector alone: "- Xây dựng: duy trì khoảng 30 HTX" (only when the words name one sector)',
    examples: { match: ['Xây dựng: duy trì khoảng 30 HTX', 'Thương mại - dịch vụ: 60 HTX'], reject: ['Có 60 HTX, trong đó: 30 HTX nông nghiệp'] },
  },
];

/**
 * The fields a field contains ("phi nông nghiệp" holds industry, construction, trade and services, transport, credit and
 * sanitation): a part of a whole counted in a field keeps a field of its own only when it is inside the whole's
 * (extractors/records.ts).
 */
export const SECTOR_WITHIN: Partial<Record<Sector, ReadonlySet<Sector>>> = {
  non_agriculture: new Set<Sector>(['industry', 'construction', 'trade_services', 'transport', 'credit', 'environment', 'other']),
};
