/**
 * Unit words read right after a number, in this order: a magnitude (nghìn, triệu, tỷ),
 * a currency (đồng), a percent sign, a count noun (HTX, thành viên, lao động …),
 * and rate suffixes (/người/năm, /HTX, /tháng). Each list is tried at the position
 * where the previous one stopped, so every pattern starts with optional white space.
 */
import type { Rule } from './rule.ts';
import type { Sector, Subject } from '../pipeline/record.ts';

export const MAGNITUDE_RULES: Rule<{ multiplier: number }>[] = [
  {
    id: 'unit.magnitude.thousand_billion',
    context: 'after-number',
    pattern: String.raw`\s*(nghìn|ngàn) (tỷ|tỉ)\b(?! lệ)`,
    value: { multiplier: 1e12 },
    note: 'national totals of capital: "vốn điều lệ khoảng 54,2 nghìn tỷ đồng" (tried before the thousand alone)',
    examples: { match: ['khoảng 61,3 nghìn tỷ đồng', 'hơn 7 ngàn tỉ đồng'], reject: ['5.935 nghìn thành viên', '1,7 tỷ đồng/HTX'] },
  },
  {
    id: 'unit.magnitude.thousand',
    context: 'after-number',
    pattern: String.raw`\s*(nghìn|ngàn)\b`,
    value: { multiplier: 1e3 },
    examples: { match: ['5.935 nghìn thành viên', 'khoảng 800 ngàn đồng/tháng'], reject: ['hàng trăm hộ thành viên'] },
  },
  {
    id: 'unit.magnitude.ten_thousand',
    context: 'after-number',
    pattern: String.raw`\s*vạn\b`,
    value: { multiplier: 1e4 },
    note: 'an older word for ten thousand, still in speeches: "hơn 2 vạn HTX"',
    examples: { match: ['cả nước có hơn 2 vạn HTX'], reject: ['Thị trấn Vạn Giã có 12 HTX'] },
  },
  {
    id: 'unit.magnitude.million',
    context: 'after-number',
    pattern: String.raw`\s*(triệu\b|tr\.? ?(?=(đồng|đ|vnđ)\b))`,
    value: { multiplier: 1e6 },
    examples: { match: ['1.715 triệu đồng', '42 triệu/người/năm', 'đạt 55 tr.đồng/người/năm', '55 tr đồng'], reject: ['1,7 tỷ đồng/HTX', '12 trạm bơm'] },
  },
  {
    id: 'unit.magnitude.billion',
    context: 'after-number',
    pattern: String.raw`\s*(tỷ|tỉ)\b(?! lệ)`,
    value: { multiplier: 1e9 },
    examples: { match: ['gần 1,7 tỷ đồng/HTX', 'vốn 650 tỉ đồng'], reject: ['tỷ lệ HTX yếu kém', '1.715 triệu đồng'] },
  },
];

export const CURRENCY_RULES: Rule<{ currency: 'VND' }>[] = [
  {
    id: 'unit.currency.dong',
    context: 'after-number',
    pattern: String.raw`\s*(đồng|vnđ|vnd|đ)(?!\w)`,
    value: { currency: 'VND' },
    examples: {
      match: ['3.929 triệu đồng', '500.000 VNĐ', '20 triệu đ'],
      reject: ['14.650 lao động', 'phát triển cộng đồng', 'nâng tổng số lên 1.087 đơn vị'],
    },
  },
];

export const PERCENT_RULES: Rule<{ percent: true }>[] = [
  {
    id: 'unit.percent',
    context: 'after-number',
    pattern: String.raw`\s*(%|phần trăm\b)`,
    value: { percent: true },
    examples: { match: ['đạt 0,53%', 'chiếm 65 – 70 %', '30 phần trăm'], reject: ['đạt 0,53 điểm'] },
  },
];

export type NounClass = 'coop' | 'members' | 'workers' | 'persons' | 'managers' | 'products' | 'communes' | 'households' | 'enterprises';

export interface NounValue {
  noun: NounClass;
  /** For coop nouns: which kind of cooperative body the noun counts. */
  subject?: Subject;
  /** An implied noun read from a list's label: only for a count that ends its item ("… 180, chiếm 73,57%;"). */
  listLabel?: true;
  /** A short noun that counts cooperative bodies only after its sentence has named them ("650 tổ" after "tổ hợp
   * tác", "1.087 đơn vị" after "HTX"): which names it needs before it. */
  needsNameBefore?: 'tht' | 'coop';
  /** A noun that counts cooperatives of one sector only ("14 quỹ" are people's credit funds): a figure read with it is
   * kept only where its sector comes out as that one (extractors/records.ts). */
  onlyInSector?: Sector;
  /** The noun names the people's credit funds themselves ("10 quỹ tín dụng nhân dân", "19 QTDND"): no plain "HTX" is a
   * part of what it counts. */
  creditFunds?: true;
}

/** Count nouns. Longer names come first: "liên hiệp HTX" before "HTX". */
export const NOUN_RULES: Rule<NounValue>[] = [
  {
    id: 'unit.noun.coops_and_others',
    context: 'after-number',
    pattern: String.raw`\s*((hợp tác xã|htx)(, ?(các )?(tổ hợp tác|tht))?|(tổ hợp tác|tht)(, ?(các )?(hợp tác xã|htx))?)(,| và)[ \t]*(các )?(cơ sở|doanh nghiệp|hộ kinh doanh|trang trại)\b`,
    value: { noun: 'enterprises' },
    note: 'cooperatives counted together with bodies that are not ("150 HTX, tổ hợp tác, cơ sở chế biến"): no count of cooperatives',
    examples: {
      match: ['xã có tới 150 HTX, tổ hợp tác, cơ sở chế biến cá', 'hỗ trợ 24 hợp tác xã và doanh nghiệp'],
      reject: ['có 40 HTX và tổ hợp tác', 'có 371 HTX, 20 cơ sở'],
    },
  },
  {
    id: 'unit.noun.lhhtx',
    context: 'after-number',
    pattern: String.raw`\s*(liên (hiệp|hợp) (hợp tác xã|htx)|liên (htx|hợp tác xã)|lhhtx|lh htx|liên hiệp(?! (phụ nữ|thanh niên|các hội|hội)))\b( ?\((lhhtx|lh htx)\))?`,
    value: { noun: 'coop', subject: 'lhhtx' },
    examples: {
      match: [
        'Trên địa bàn toàn tỉnh có 02 Liên hiệp HTX',
        'và 03 liên hiệp hợp tác xã',
        'thành lập mới 21 liên hợp HTX',
        'đến năm 2030 có 4 liên HTX',
        'số lượng liên hiệp HTX đạt 6 liên hiệp',
      ],
      reject: ['thành lập mới 22 hợp tác xã', 'có 2 liên hiệp phụ nữ'],
    },
  },
  {
    id: 'unit.noun.htx.with_unions',
    context: 'after-number',
    pattern: String.raw`\s*(hợp tác xã|htx)( ?\(htx\))?,? (và )?(các )?(liên hiệp (hợp tác xã|htx)|lhhtx)\b`,
    value: { noun: 'coop', subject: 'htx' },
    note: 'cooperatives counted with their unions are cooperatives: "148 hợp tác xã, liên hiệp hợp tác xã với tổng vốn điều lệ …", "1.100 hợp tác xã (HTX), liên hiệp HTX hoạt động …"',
    examples: {
      match: ['có 148 hợp tác xã, liên hiệp hợp tác xã với', 'có 900 hợp tác xã (HTX), liên hiệp HTX hoạt động trong lĩnh vực vận tải'],
      reject: ['có 148 hợp tác xã và 2 liên hiệp'],
    },
  },
  {
    id: 'unit.noun.kttt.both',
    context: 'after-number',
    pattern: String.raw`\s*((tổ hợp tác|tht)( ?\((tht|tổ hợp tác)\))?(,[ \t]*|,? và[ \t]*(các )?)(hợp tác xã|htx)|(hợp tác xã|htx)( ?\((htx|hợp tác xã)\))?(,[ \t]*|,? và[ \t]*(các )?)(tổ hợp tác|tht))\b`,
    value: { noun: 'coop', subject: 'kttt' },
    note: 'cooperative groups and cooperatives counted together: "254 tổ hợp tác, hợp tác xã nông nghiệp"; joined by a comma or "và", not by a line break (a headline "… gần 2.000 HTX" above "Các tổ hợp tác, …"); after a comma, "các HTX" opens a clause of its own ("700 HTX và 5.400 tổ hợp tác, các HTX đã …")',
    examples: {
      match: [
        'Toàn tỉnh có 254 tổ hợp tác, hợp tác xã nông nghiệp',
        'có 86 HTX, tổ hợp tác sở hữu',
        'có 40 HTX và tổ hợp tác',
        'huyện có gần 90 tổ hợp tác (THT), hợp tác xã (HTX)',
      ],
      reject: [
        'có 371 HTX',
        'có 674 tổ hợp tác',
        'thành lập mới gần 2.000 HTX\nCác tổ hợp tác đang',
        'có 610 HTX và 3.900 tổ hợp tác, các HTX đã tạo việc làm',
      ],
    },
  },
  {
    id: 'unit.noun.kttt',
    context: 'after-number',
    pattern: String.raw`\s*(tổ chức kinh tế tập thể|tổ chức ktt?t)\b`,
    value: { noun: 'coop', subject: 'kttt' },
    examples: { match: ['toàn tỉnh có 1.200 tổ chức kinh tế tập thể'], reject: ['phát triển kinh tế tập thể năm 2024'] },
  },
  {
    id: 'unit.noun.credit_fund',
    context: 'after-number',
    pattern: String.raw`\s*(quỹ tín dụng nhân dân|quỹ tín dụng|qtdnd|quỹ tdnd)\b( ?\((qtdnd|qtd)\))?`,
    value: { noun: 'coop', subject: 'htx', creditFunds: true },
    note: "a people's credit fund is a cooperative in credit (the sector comes from the noun itself)",
    examples: { match: ['toàn tỉnh có 28 quỹ tín dụng nhân dân', 'có 19 QTDND hoạt động'], reject: ['Quỹ hỗ trợ phát triển HTX cho vay 25 tỷ đồng'] },
  },
  {
    id: 'unit.noun.fund',
    context: 'after-number',
    pattern: String.raw`\s*quỹ\b(?! (hỗ trợ|đầu tư|phát triển|bảo lãnh|bảo hiểm|khen thưởng|phúc lợi|đất|tín dụng|phòng|quốc gia|xã hội))`,
    value: { noun: 'coop', subject: 'htx', onlyInSector: 'credit' },
    note: '"14 quỹ" after the people\'s credit funds are named: a count of them. A figure read this way is kept only when its sector comes out as credit (extractors/records.ts)',
    examples: { match: ['Toàn tỉnh có 14 quỹ, tổng nguồn vốn 3.000 tỷ đồng'], reject: ['2 quỹ hỗ trợ phát triển HTX', 'có 28 quỹ tín dụng nhân dân'] },
  },
  {
    id: 'unit.noun.tht',
    context: 'after-number',
    pattern: String.raw`\s*(tổ hợp tác|tổ kinh tế hợp tác|tht)\b( ?\(tht\))?`,
    value: { noun: 'coop', subject: 'tht' },
    note: '"tổ kinh tế hợp tác" is an older name of the same groups',
    examples: {
      match: ['toàn tỉnh có 674 tổ hợp tác', 'thành lập mới từ 25 Tổ hợp tác trở lên', 'có 120 THT', 'và 140 tổ kinh tế hợp tác'],
      reject: ['có 371 HTX', 'có 12 tổ sản xuất'],
    },
  },
  {
    id: 'unit.noun.tht.short',
    context: 'after-number',
    pattern: String.raw`\s*tổ(?!\s*[,/]\s*(nhóm|đội|hội))(?=\s*([,.;:)]|$)|\s+(và|với|hoạt động|đang|còn|được|đã|mới|thành lập|trở lên|trên địa bàn|tham gia|có)\b)`,
    value: { noun: 'coop', subject: 'tht', needsNameBefore: 'tht' },
    note: '"650 tổ" short for tổ hợp tác; a figure read this way is kept only when its sentence has already named tổ hợp tác (extractors/figures.ts), and never for "tổ dân phố", "tổ chức", "tổ công tác", "tổ tiết kiệm và vay vốn"',
    examples: {
      match: [
        'số tổ hợp tác đạt 650 tổ.',
        'tổng số tổ hợp tác là 1.045 tổ; có 12 HTX',
        'Tổ hợp tác: 320 tổ với 2.400 thành viên',
        'phát triển thêm 45 tổ, nâng tổng số tổ hợp tác',
      ],
      reject: [
        'có 12 tổ dân phố',
        'thành lập 25 tổ công tác',
        'duy trì 30 tổ tiết kiệm và vay vốn',
        'hỗ trợ 15 tổ chức',
        'có 40 tổ, nhóm hộ liên kết',
        'gồm 8 tổ sản xuất',
      ],
    },
  },
  {
    id: 'unit.noun.coop_unit',
    context: 'after-number',
    pattern: String.raw`\s*đơn vị\b(?! (hành chính|sự nghiệp|tính|cấp|vũ trang|trực thuộc|doanh nghiệp|hộ|sản phẩm|thành viên của liên minh))`,
    value: { noun: 'coop', needsNameBefore: 'coop' },
    note: '"1.087 đơn vị", "thành lập mới được 51 đơn vị": units of the cooperative bodies the sentence has named before (extractors/figures.ts), which decide whose they are',
    examples: {
      match: ['Toàn tỉnh có 1.087 HTX, 1.087 đơn vị', 'Tổ hợp tác trong năm thành lập mới được 51 đơn vị.', 'số lượng HTX hoạt động tốt có 6 đơn vị'],
      reject: ['có 5 đơn vị hành chính', '12 đơn vị sự nghiệp công lập'],
    },
  },
  {
    id: 'unit.noun.htx',
    context: 'after-number',
    pattern: String.raw`\s*(hợp tác xã|htx(nn)?)\b( ?\(htx\))?`,
    value: { noun: 'coop', subject: 'htx' },
    note: 'an abbreviation in brackets after the noun belongs to it: "168 hợp tác xã (HTX) thành lập mới"',
    examples: {
      match: ['toàn huyện có 53 hợp tác xã', 'thành lập mới 04 HTX', 'có 3 hợp tác xã (HTX) thành lập mới', 'cả nước có 12.000 HTXNN'],
      reject: ['có 674 tổ hợp tác'],
    },
  },
  {
    id: 'unit.noun.members',
    context: 'after-number',
    pattern: String.raw`\s*(hộ )?(thành vi(ê|e)n|xã viên|tổ viên|tv)\b`,
    value: { noun: 'members' },
    note: '"thành vien" (the circumflex lost, a common slip) is read as "thành viên"; member households ("hộ thành viên") are the members of farm HTX',
    examples: {
      match: ['với 11.505 thành viên', 'thu hút 3.200 xã viên', 'là 21.350 thành vien', '96 tổ hợp tác với 1.250 tổ viên', '327 HTX với 41.500 hộ thành viên'],
      reject: ['14.650 lao động'],
    },
  },
  {
    id: 'unit.noun.workers',
    context: 'after-number',
    pattern: String.raw`\s*(lao động|lđ|người lao động)\b`,
    value: { noun: 'workers' },
    examples: { match: ['tạo việc làm cho 14.650 lao động', 'khoảng 630 LĐ', 'thu hút 29,1 nghìn người lao động'], reject: ['với 11.505 thành viên'] },
  },
  {
    id: 'unit.noun.managers',
    context: 'after-number',
    pattern: String.raw`\s*(lượt )?(cán bộ quản lý|cán bộ quản trị|cán bộ chủ chốt|cbql|người quản lý)\b`,
    value: { noun: 'managers' },
    examples: { match: ['đã bồi dưỡng cho 540 cán bộ quản lý HTX', 'đào tạo 120 lượt cán bộ quản lý'], reject: ['đào tạo 150 cán bộ', 'có 210 HTX'] },
  },
  {
    id: 'unit.noun.persons',
    context: 'after-number',
    pattern: String.raw`\s*(người|cán bộ|lượt người)\b`,
    value: { noun: 'persons' },
    examples: { match: ['trình độ sơ cấp, trung cấp: 210 người', 'đào tạo 150 cán bộ'], reject: ['có 210 HTX'] },
  },
  {
    id: 'unit.noun.products',
    context: 'after-number',
    pattern: String.raw`\s*sản phẩm\b`,
    value: { noun: 'products' },
    examples: { match: ['15 sản phẩm đạt OCOP tiêu chuẩn 3 sao'], reject: ['10 hợp tác xã sản xuất'] },
  },
  {
    id: 'unit.noun.communes',
    context: 'after-number',
    pattern: String.raw`\s*(xã, phường, thị trấn|xã, thị trấn|xã|phường|đơn vị hành chính cấp xã)\b`,
    value: { noun: 'communes' },
    examples: { match: ['có 95 xã có HTX', '100% xã, phường, thị trấn có HTX hoạt động'], reject: ['53 hợp tác xã hoạt động'] },
  },
  {
    id: 'unit.noun.households',
    context: 'after-number',
    pattern: String.raw`\s*(hộ|hộ thành viên|hộ gia đình)\b`,
    value: { noun: 'households' },
    examples: { match: ['liên kết với 1.200 hộ nông dân'], reject: ['bảo hộ thương hiệu'] },
  },
  {
    id: 'unit.noun.enterprises',
    context: 'after-number',
    pattern: String.raw`\s*(doanh nghiệp|dn)\b`,
    value: { noun: 'enterprises' },
    examples: { match: ['17 doanh nghiệp, hợp tác xã đã được vay vốn'], reject: ['17 hợp tác xã đã được vay vốn'] },
  },
];

/**
 * A bare number whose noun stood before it: "nâng tổng số HTX toàn tỉnh lên 120", "số tổ hợp tác đạt 650."
 * Matched against the words that end right where the number starts; extractors/figures.ts uses them only
 * when no unit follows the number.
 */
/** "tổng số HTX … lên|là|đạt" before a bare count (not "số HTX thành viên của liên hiệp …", the unions' members). */
function countBefore(nouns: string): string {
  return String.raw`\b(tổng )?số (lượng )?(${nouns})\b(?! thành viên)[^\d,;.:()%]{0,30}?\b(lên|là|đạt|lên thành|lên tới|lên đến|đạt tới)( con số| mức)?( khoảng| trên| gần| hơn| tối thiểu| ít nhất)?\s*$`;
}

/** A label naming the kind of body right before a bare count, after a list's colon, semicolon or comma. */
function labelBefore(nouns: string): string {
  return String.raw`(?:^|[:;]|,(?=\s*(?:${nouns})))\s*(?:${nouns})(?: (?:lĩnh vực|ngành|loại hình))?(?: (?:(?!\b(?:ở|phường|thôn|ấp|khu|quận|số)\b)[^\d;:.()%]){1,50}?)?\s$`;
}

export const IMPLIED_NOUN_RULES: Rule<NounValue>[] = [
  {
    id: 'unit.implied.tht',
    pattern: countBefore('tổ hợp tác|tht'),
    value: { noun: 'coop', subject: 'tht' },
    examples: {
      match: ['phấn đấu nâng tổng số tổ hợp tác lên ', 'số THT đạt ', 'nâng tổng số THT trên địa bàn lên con số '],
      reject: ['nâng tổng số HTX lên ', 'số thành viên tổ hợp tác đạt '],
    },
  },
  {
    id: 'unit.implied.lhhtx',
    pattern: countBefore('liên hiệp (hợp tác xã|htx)|lhhtx'),
    value: { noun: 'coop', subject: 'lhhtx' },
    examples: { match: ['nâng tổng số liên hiệp HTX lên '], reject: ['nâng tổng số HTX lên '] },
  },
  {
    id: 'unit.implied.tht.label',
    pattern: labelBefore('tổ hợp tác|tht'),
    value: { noun: 'coop', subject: 'tht', listLabel: true },
    note: 'a list that names the kind before each count: "…; Tổ hợp tác lĩnh vực chăn nuôi 42, chiếm …"',
    examples: { match: ['toàn tỉnh có 900 THT, cụ thể: Tổ hợp tác lĩnh vực chăn nuôi '], reject: ['HTX lĩnh vực Nông nghiệp ', 'số THT đạt '] },
  },
  {
    id: 'unit.implied.htx.label',
    pattern: labelBefore('hợp tác xã|htx|quỹ tín dụng nhân dân|quỹ tdnd|qtdnd'),
    value: { noun: 'coop', subject: 'htx', listLabel: true },
    note: 'a list that names the kind before each count: "toàn tỉnh có 246 HTX, cụ thể: HTX lĩnh vực Nông nghiệp 180, chiếm tỷ lệ 73,57%; Quỹ tín dụng nhân dân 24, …"; not a cooperative named with its number ("HTX Nông nghiệp số 2")',
    examples: {
      match: [
        'toàn tỉnh có 246 HTX, cụ thể: HTX lĩnh vực Nông nghiệp ',
        'chiếm 73,57%; Quỹ tín dụng nhân dân ',
        '; HTX lĩnh vực Thương mại, Dịch vụ, Du lịch ',
      ],
      reject: ['Hợp tác xã Nông nghiệp số ', 'năm 2023 thành lập ', ', HTX Dịch vụ nông nghiệp Tân An ở Phường '],
    },
  },
  {
    id: 'unit.implied.htx.operating_part',
    pattern: String.raw`\b(?:hợp tác xã|htx|đơn vị)\s*[,;]\s*(?:trong đó\s*)?(?:hiện\s*)?(?:đang|còn) (?:hoạt động|hiatj động|hoạt đông)\s*$`,
    value: { noun: 'coop', subject: 'htx' },
    note: 'the part of a sector\'s cooperatives that operate, its noun left to the count before it: "HTX vận tải có 29 đơn vị, đang hoạt động 25" (typos of "hoạt động" as pages have them)',
    examples: {
      match: ['Hợp tác xã nông nghiệp có 45 đơn vị, đang hoạt động ', 'có 21 HTX; còn hoạt động '],
      reject: ['có 45 thành viên, đang hoạt động ', 'HTX đang hoạt động hiệu quả '],
    },
  },
  {
    id: 'unit.implied.members',
    pattern: String.raw`\b(tổng )?số (lượng )?thành viên\b(?:(?!bình quân|trung bình|mỗi|một|tăng|giảm)[^\d,;.:()%]){0,30}?\b(lên|là|đạt|lên tới|lên đến|đạt tới)( khoảng| trên| gần| hơn)?\s*$`,
    value: { noun: 'members' },
    note: 'members counted with their noun before the number: "Hiện số thành viên của các HTX là 7.400 (tăng 3%)"; not an average per cooperative',
    examples: {
      match: ['Hiện số thành viên của các HTX là ', 'nâng tổng số thành viên tổ hợp tác lên '],
      reject: ['số thành viên bình quân một HTX là ', 'tổng số HTX là ', 'số thành viên tăng thêm là '],
    },
  },
  {
    id: 'unit.implied.workers',
    pattern: String.raw`\b(tổng )?số (lượng )?(người )?lao động\b(?:(?!bình quân|trung bình|mỗi|một|tăng|giảm|được|qua|đào tạo)[^\d,;.:()%]){0,30}?\b(lên|là|đạt|lên tới|lên đến|đạt tới|khoảng|trên|gần|hơn)( khoảng| trên| gần| hơn)?\s*$`,
    value: { noun: 'workers' },
    note: 'workers counted with their noun before the number, a verb or only an "about" between: "tổng số lao động làm việc thường xuyên khoảng 380"',
    examples: {
      match: ['và tổng số lao động làm việc thường xuyên khoảng ', 'Số lao động trong các HTX là ', 'nâng tổng số lao động lên '],
      reject: ['số lao động được đào tạo nghề là ', 'số lao động bình quân một HTX là ', 'tổng số thành viên là ', 'số lao động tăng thêm là '],
    },
  },
  {
    id: 'unit.implied.union_members',
    pattern: String.raw`\b(tổng )?số (hợp tác xã|htx) thành viên (của|trong) (các )?(liên hiệp (hợp tác xã|htx)|lhhtx)\b[^\d,;.:()%]{0,20}?\b(là|đạt)( khoảng| trên| gần| hơn)?\s*$`,
    value: { noun: 'coop', subject: 'lhhtx' },
    note: 'the member cooperatives of unions, counted after their label: "số HTX thành viên của liên hiệp HTX là 410"',
    examples: {
      match: ['số HTX thành viên của liên hiệp HTX là ', 'tổng số hợp tác xã thành viên trong các liên hiệp hợp tác xã đạt '],
      reject: ['số HTX thành viên là '],
    },
  },
  {
    id: 'unit.implied.htx',
    pattern: countBefore('hợp tác xã|htx'),
    value: { noun: 'coop', subject: 'htx' },
    examples: {
      match: ['Năm 2023 thành lập mới 15 HTX, nâng tổng số HTX toàn tỉnh lên ', 'để tổng số hợp tác xã đạt khoảng ', 'số lượng HTX đang hoạt động là '],
      reject: ['nâng tổng số tổ hợp tác lên ', 'số HTX có lãi chiếm ', 'số thành viên HTX là ', 'tổng số HTX năm ', 'số HTX thành viên của liên hiệp HTX là '],
    },
  },
];

export interface PerValue {
  per: 'year' | 'month' | 'person' | 'coop' | 'other';
  subject?: Subject;
}

/** Rate suffixes, read repeatedly: "/người/năm", "/HTX/năm", "/tháng", "một người một năm". */
export const PER_RULES: Rule<PerValue>[] = [
  {
    id: 'unit.per.year',
    context: 'after-number',
    pattern: String.raw`\s*(/|trên|mỗi|một|/ ?1)\s*năm\b`,
    value: { per: 'year' },
    examples: { match: ['48 triệu đồng/năm', '62 triệu đồng/người/năm', '30 triệu đồng một người một năm'], reject: ['5,3 triệu đồng/người/tháng'] },
  },
  {
    id: 'unit.per.month',
    context: 'after-number',
    pattern: String.raw`\s*(/|trên|mỗi|một|/ ?1)\s*tháng\b`,
    value: { per: 'month' },
    examples: { match: ['5,3 triệu đồng/người/tháng', '4 triệu đồng một tháng'], reject: ['48 triệu đồng/năm'] },
  },
  {
    id: 'unit.per.person',
    context: 'after-number',
    pattern: String.raw`\s*(/ ?0?1|/|trên|mỗi|một)\s*(người|lao động|lđ|thành viên|tv|xã viên|khẩu)\b`,
    value: { per: 'person' },
    note: 'also "/1 người" ("per one person"), written as often as "/người"',
    examples: { match: ['62 triệu đồng/người/năm', '40 triệu đồng/lao động/năm', '4,8 triệu đồng/1 người/tháng'], reject: ['1.100 triệu đồng/HTX/năm'] },
  },
  {
    id: 'unit.per.coop',
    context: 'after-number',
    pattern: String.raw`\s*(/ ?0?1|/|trên|mỗi|một)\s*(hợp tác xã|htx|qtdnd|quỹ( tdnd| tín dụng( nhân dân)?)?)\b`,
    value: { per: 'coop', subject: 'htx' },
    note: 'a people\'s credit fund is a cooperative: "1.743 thành viên/quỹ" is per body too',
    examples: {
      match: ['1.100 triệu đồng/HTX/năm', 'gần 1,7 tỷ đồng/HTX', 'khoảng 1.650 thành viên/quỹ', '2,1 tỷ đồng/1 HTX/năm'],
      reject: ['62 triệu đồng/người/năm'],
    },
  },
  {
    id: 'unit.per.tht',
    context: 'after-number',
    pattern: String.raw`\s*(/|trên|mỗi|một)\s*(tổ hợp tác|tht)\b|\s*/\s*tổ\b(?! (chức|dân phố|hợp))`,
    value: { per: 'coop', subject: 'tht' },
    note: 'also the group by its short name after a slash: "280 – 300 triệu đồng/tổ/năm"',
    examples: { match: ['130 triệu đồng/THT/năm', '280 – 300 triệu đồng/tổ/năm'], reject: ['1.100 triệu đồng/HTX/năm', '5 triệu đồng/tổ chức'] },
  },
  {
    id: 'unit.per.other',
    context: 'after-number',
    pattern: String.raw`\s*/\s*(hộ|ha|tấn|sản phẩm|dự án|lượt)\b`,
    value: { per: 'other' },
    examples: { match: ['80 triệu đồng/ha', '120 triệu đồng/hộ/năm'], reject: ['1.100 triệu đồng/HTX/năm'] },
  },
];
