/**
 * Metric cues: what a figure measures, read from the words before it (`left`, back to
 * the previous figure or the start of its clause) or after it (`right`, from the
 * number to the end of the next figure or of the clause). A rule applies only to
 * figures of the unit classes it names.
 *
 * Choosing: the best left cue by priority (then the nearest); else the nearest right
 * cue; else a figure in a list ("674 tổ hợp tác, 371 HTX và 02 Liên hiệp HTX") takes
 * the metric of the previous figure of its kind; else the count noun decides
 * (thành viên → members, lao động → workers) — see extractors/metric.ts.
 */
import type { Rule } from './rule.ts';
import type { Metric } from '../pipeline/record.ts';
import type { NounClass } from './units.ts';

export type UnitClass = NounClass | 'money' | 'percent' | 'bare';

export interface MetricValue {
  metric: Metric;
  where: 'left' | 'right' | 'both';
  units: readonly UnitClass[];
  /** The cue must end right where the number starts ("tăng 9,5%"). */
  adjacent?: boolean;
  /** Only when the unit has this rate denominator ("doanh thu … tỷ đồng/HTX"). */
  needsPer?: 'coop' | 'person';
  /** An `other` cue that picks a group of cooperatives out by what fits no metric (stopped, converted, with OCOP
   * products): the parts a next sentence lists of it ("Trong đó, có 44 HTX nông nghiệp") fit none either. */
  picksSubset?: true;
  /** A change, not a level ("tăng 11 HTX"): a list of counts goes on past it. */
  change?: true;
}

const COOP: UnitClass[] = ['coop'];
const COOP_PCT: UnitClass[] = ['coop', 'percent'];
const MONEY: UnitClass[] = ['money'];
const PCT: UnitClass[] = ['percent'];
const _PEOPLE: UnitClass[] = ['persons', 'members', 'workers'];

export const METRIC_RULES: Rule<MetricValue>[] = [
  // ---- figures that are about the collective economy but fit no metric: kept as `other`
  {
    id: 'metric.other.change',
    pattern: String.raw`\b(tăng|giảm)( thêm| được| đến| khoảng| hơn| gần)?\s*:?\s*$|\b(tăng|giảm) thêm (là|đạt|khoảng|hơn|gần|trên)\s*$`,
    value: {
      change: true,
      metric: 'other',
      where: 'left',
      units: ['coop', 'members', 'workers', 'persons', 'managers', 'money', 'percent', 'products', 'bare'],
      adjacent: true,
    },
    priority: 100,
    examples: {
      match: [
        'Doanh thu bình quân ước đạt 1.100 triệu đồng/HTX/năm, tăng',
        'lãi bình quân 40 triệu đồng/HTX, tăng',
        'Số thành viên HTX tăng thêm: ',
        'với số vốn điều lệ tăng thêm là ',
      ],
      reject: ['nâng tổng số hợp tác xã toàn tỉnh lên', 'tăng trưởng bình quân đạt'],
    },
  },
  {
    id: 'metric.other.change_per_year',
    pattern: String.raw`\b(tăng|giảm) (bình quân |trung bình )?(mỗi năm|hằng năm|hàng năm)( thêm| được| khoảng| hơn| gần| trên)?\s*$`,
    value: { metric: 'other', where: 'left', units: ['coop', 'members', 'workers', 'persons', 'managers', 'products'], adjacent: true },
    priority: 100,
    note: 'people or bodies added each year ("số lao động tăng bình quân hàng năm khoảng 180 lao động") are a change, not a level (a percent a year is a growth rate)',
    examples: { match: ['số lao động tăng bình quân hằng năm khoảng '], reject: ['doanh thu tăng bình quân hằng năm 10%', 'tổng số lao động là '] },
  },
  {
    id: 'metric.other.higher_than',
    pattern: String.raw`\b(cao|thấp) hơn\s*$`,
    value: { change: true, metric: 'other', where: 'left', units: ['coop', 'members', 'workers', 'persons', 'money', 'percent', 'products'], adjacent: true },
    priority: 100,
    note: 'a difference from another time or place ("thành lập mới 843 HTX, cao hơn 92 HTX so với cùng kỳ") is a change, not a count above a bound',
    examples: { match: ['thành lập mới 843 HTX, cao hơn ', 'thấp hơn '], reject: ['có hơn ', 'thành lập mới trên '] },
  },
  {
    id: 'metric.other.times',
    pattern: String.raw`\bgấp( khoảng| hơn)?\s*$`,
    value: { metric: 'other', where: 'left', units: ['bare', 'percent', 'money', 'coop'], adjacent: true },
    priority: 100,
    examples: { match: ['doanh thu năm 2024 gấp'], reject: ['doanh thu bình quân đạt'] },
  },
  {
    id: 'metric.other.members_joined_left',
    pattern: String.raw`thành viên (mới|tham gia mới|gia nhập|kết nạp)|kết nạp (mới|thêm)|\bkết nạp( được)?\s*(ít nhất |tối thiểu |trên |hơn |khoảng |gần |từ )?$|\b(gia nhập|tham gia) (mới|thêm)( được)?\s*(ít nhất |tối thiểu |trên |hơn |khoảng |gần |từ )?$|thành viên ra khỏi|ra khỏi (htx|hợp tác xã)|rút khỏi|thành viên rút|lao động là thành viên|thành viên là (?!(trên|hơn|khoảng|gần|dưới|từ)\b)[a-zA-Z]|trong đó lao động`,
    value: { metric: 'other', where: 'left', units: ['members', 'persons', 'workers', 'percent', 'bare'] },
    priority: 95,
    examples: {
      match: [
        'Số thành viên mới tham gia vào HTX là',
        'số thành viên ra khỏi HTX',
        'trong đó lao động là thành viên',
        'kết nạp mới',
        'trong đó thành viên là hộ nông dân',
        'vận động kết nạp ít nhất ',
        'tăng 9% so với cùng kỳ, trong đó gia nhập mới ',
      ],
      reject: ['số thành viên tham gia HTX đạt khoảng', 'Số thành viên HTX là', 'Số thành viên là 420 thành viên', 'số thành viên là trên 500'],
    },
  },
  {
    id: 'metric.other.margin_over_plan',
    pattern: String.raw`^\s*\S*\s*(\([^)]{0,20}\)\s*)?(so với|so) (kế hoạch|chỉ tiêu|kh\b|mục tiêu)`,
    value: { metric: 'other', where: 'right', units: ['coop', 'percent', 'members', 'workers', 'persons'] },
    priority: 96,
    note: 'how far a result went past (or fell short of) its plan ("số HTX mới vượt 9 HTX so với kế hoạch"): a margin, not a count of bodies',
    examples: {
      match: [' HTX so với kế hoạch', ' so với chỉ tiêu đề ra', ' THT so với KH'],
      reject: [' HTX, tăng 12 HTX so với năm 2022', ' HTX với 300 thành viên'],
    },
  },
  {
    id: 'metric.other.of_size',
    pattern: String.raw`^[^;.\d]{0,60}?\b(có|đạt) quy mô (từ|trên|hơn|lớn|tối thiểu|ít nhất)\b`,
    value: { metric: 'other', where: 'right', units: ['coop'], picksSubset: true },
    priority: 95,
    note: 'cooperatives picked out by their size ("… 300 HTX có quy mô trên 200 thành viên, vốn trên 3 tỷ đồng"): a part, not all there are',
    examples: {
      match: [' hợp tác xã, liên hiệp hợp tác xã có quy mô hơn ', ' HTX đạt quy mô lớn'],
      reject: [' HTX với quy mô nhỏ', ' hợp tác xã, thu hút ', ' HTX có quy mô xã và liên xã'],
    },
  },
  {
    id: 'metric.other.members_joined_right',
    pattern: String.raw`^\s*\S*\s*(thành viên )?(mới|tham gia mới|gia nhập|ra khỏi|rút khỏi|xin ra)\b|^\s*(thành viên|đơn vị thành viên) (chính thức|liên kết|danh dự)\b|^\s*(lao động|người|thành viên|xã viên)? là (thành viên|xã viên|lao động|nữ|phụ nữ|người dân tộc|đồng bào|hộ|thanh niên)`,
    value: { metric: 'other', where: 'right', units: ['members', 'persons', 'workers'] },
    priority: 95,
    examples: {
      match: [
        ' thành viên mới',
        ' thành viên chính thức và 1 thành viên liên kết',
        ' lao động là thành viên',
        ' người là lao động nữ',
        ' thành viên gia nhập mới',
      ],
      reject: [' thành viên, tạo việc làm', ' lao động thường xuyên'],
    },
  },
  {
    id: 'metric.other.loans',
    pattern: String.raw`\b(vay|cho vay|vay vốn|dư nợ|bảo lãnh|giải ngân|kinh phí|hỗ trợ|(?<!kế hoạch và )đầu tư|(?<!tổng )số vốn|nguồn vốn|được vay|tài trợ|doanh số)\b`,
    value: { metric: 'other', where: 'left', units: ['money'] },
    priority: 60,
    examples: {
      match: [
        'đã được vay vốn tại ngân hàng Nông nghiệp huyện là',
        'bảo lãnh tín dụng cho 17 doanh nghiệp với số vốn',
        'tổng kinh phí hỗ trợ',
        'tổng vốn đầu tư xây dựng kho lạnh',
      ],
      reject: ['tổng số vốn hoạt động trên', 'Doanh thu bình quân của HTX đạt', 'Theo Sở Kế hoạch và Đầu tư, thu nhập bình quân của thành viên đạt'],
    },
  },
  {
    id: 'metric.other.subsidy_rate',
    pattern: String.raw`^\s*(%\s*)?(tiền |chi phí |kinh phí )?(học phí|lãi suất|chi phí|kinh phí|giá trị|vốn|tiền thuê|phí)\b`,
    value: { metric: 'other', where: 'right', units: ['percent'] },
    priority: 95,
    note: 'the share of a cost a programme pays ("hỗ trợ 100% học phí", "50% kinh phí xây dựng") is no rate of cooperatives or people',
    examples: {
      match: ['% tiền học phí cho cán bộ', '% kinh phí xây dựng nhà kho', '% lãi suất vay'],
      reject: ['% cán bộ quản lý được đào tạo', '% HTX hoạt động hiệu quả', '% thành viên'],
    },
  },
  {
    id: 'metric.other.person_times',
    pattern: String.raw`^\s*lượt\b`,
    value: { metric: 'other', where: 'right', units: ['bare', 'persons', 'members', 'workers', 'managers', 'coop'] },
    priority: 100,
    note: 'attendances are not a stock of people: "1.050 lượt cán bộ quản lý, thành viên HTX"',
    examples: { match: [' lượt cán bộ quản lý'], reject: [' cán bộ quản lý'] },
  },
  {
    id: 'metric.other.supported_people',
    pattern: String.raw`\b(hỗ trợ|đưa) (đưa |cho )?(thêm )?\s*$`,
    value: { metric: 'other', where: 'left', units: ['workers', 'persons', 'managers'], adjacent: true },
    priority: 90,
    note: 'people brought in by a support policy are not the cooperatives\' workforce: "hỗ trợ đưa 9 lao động trẻ về làm việc tại HTX"',
    examples: { match: ['Năm 2024, tỉnh hỗ trợ đưa '], reject: ['tạo việc làm cho ', 'đã thu hút '] },
  },
  {
    id: 'metric.other.economy_growth',
    pattern: String.raw`tăng trưởng (kinh tế|grdp|gdp|tổng sản phẩm)|(grdp|gdp) (bình quân )?(tăng|tăng trưởng)|tốc độ tăng (trưởng )?(grdp|gdp)`,
    value: { metric: 'other', where: 'left', units: ['percent'] },
    priority: 75,
    note: 'the growth of the whole economy is not the collective economy\'s share of it: "tốc độ tăng trưởng GRDP 8%"',
    examples: { match: ['tốc độ tăng trưởng GRDP bình quân của tỉnh đạt'], reject: ['đóng góp của khu vực KTTT vào GRDP đạt'] },
  },
  {
    id: 'metric.other.coop_beneficiaries',
    pattern: String.raw`\b((?<!(đại diện|giải thể) )cho|hỗ trợ|giúp|khen thưởng|tặng|biểu dương|tập huấn cho|kiểm tra|thanh tra|đào tạo cho)\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'other', where: 'left', units: ['coop', 'enterprises'], adjacent: true },
    priority: 90,
    examples: {
      match: ['Chi nhánh ngân hàng CSXH huyện cho', 'đã hỗ trợ'],
      reject: ['toàn tỉnh có', 'các đại biểu đại diện cho hơn ', 'làm thủ tục giải thể cho '],
    },
  },
  {
    id: 'metric.other.restriction',
    pattern: String.raw`\b(hạn chế|tránh|không để|không cho phép)( việc)?( thành lập| có| phát triển)?[^;.\d]{0,20}$`,
    value: { metric: 'other', where: 'left', units: ['coop'] },
    priority: 95,
    note: 'a limit to keep under, not a goal to reach: "Hạn chế việc thành lập nhiều hơn 1 HTX cùng lĩnh vực trên một xã"',
    examples: {
      match: ['Hạn chế việc thành lập nhiều hơn ', 'tránh thành lập trên '],
      reject: ['mỗi năm thành lập mới ', 'không ngừng phát triển, toàn tỉnh có '],
    },
  },
  {
    id: 'metric.other.per_unit_goal',
    pattern: String.raw`\bmỗi (xã|phường|thị trấn|huyện|thôn|bản|làng|đơn vị|vùng|địa phương|hợp tác xã|htx)([, ]+(và )?(xã|phường|thị trấn|huyện|quận|thị xã|thành phố))*\b[^;.\d]{0,50}$|%\s*(số )?(xã|phường|thị trấn)([, ]+(xã|phường|thị trấn))*[^;.\d]{0,20}\bcó (ít nhất|tối thiểu|từ)?\s*$`,
    value: { metric: 'other', where: 'left', units: ['coop', 'persons', 'managers', 'members', 'workers'] },
    priority: 90,
    note: '"Mỗi xã có tối thiểu 01 HTX", "mỗi HTX có 01 cán bộ trẻ": a norm per unit, not a total',
    examples: {
      match: [
        'Mỗi xã có tối thiểu',
        'mỗi huyện xây dựng ít nhất',
        '100% xã, phường có ít nhất ',
        'phấn đấu mỗi huyện, thị xã, thành phố có ít nhất ',
        'mỗi xã được công nhận nông thôn mới đều phải có ít nhất ',
      ],
      reject: ['mỗi năm thành lập mới', 'toàn tỉnh có'],
    },
  },
  {
    id: 'metric.other.ocop_producers',
    pattern: String.raw`^\s*(hợp tác xã|htx|tổ hợp tác|tht)\s+(sản xuất|tham gia|có)( với| được)?\s*$|^\s*(hợp tác xã|htx|tổ hợp tác|tht)\s+(sản xuất|tham gia|có|với)[^;.]{0,20}(sản phẩm|ocop)`,
    value: { metric: 'other', where: 'right', units: ['coop'], picksSubset: true },
    priority: 90,
    examples: { match: [' hợp tác xã sản xuất với ', ' HTX có sản phẩm OCOP'], reject: [' hợp tác xã hoạt động ổn định'] },
  },
  {
    id: 'metric.other.admitted',
    pattern: String.raw`\bkết nạp( thêm| mới)?( được)?( thêm)?\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'other', where: 'left', units: ['coop'], picksSubset: true },
    priority: 95,
    note: 'cooperatives admitted as members of the Alliance ("Liên minh HTX tỉnh kết nạp 12 HTX") are no count of new cooperatives, nor of all',
    examples: {
      match: ['Liên minh HTX tỉnh đã tổ chức kết nạp ', 'trong năm kết nạp thêm '],
      reject: ['toàn tỉnh thành lập mới ', 'kết nạp thành viên mới cho HTX, nâng tổng số lên '],
    },
  },
  {
    id: 'metric.other.ocop_owners',
    pattern: String.raw`\bchủ thể\b[^;.\d]{0,30}?(\b(gồm|bao gồm|trong đó( có)?|là)\b|:)[^;.\d]{0,10}$`,
    value: { metric: 'other', where: 'left', units: ['coop'], picksSubset: true },
    priority: 90,
    note: 'the owners of OCOP products counted by kind ("… của 95 chủ thể, gồm 60 HTX, 20 doanh nghiệp và 15 hộ") are those that own one, not all there are',
    examples: {
      match: ['184 sản phẩm OCOP của 96 chủ thể, gồm ', 'Các chủ thể OCOP là '],
      reject: ['toàn tỉnh có ', 'HTX là chủ thể kinh tế quan trọng. Toàn tỉnh có 300 HTX'],
    },
  },
  {
    id: 'metric.other.represented',
    pattern: String.raw`\b(đại diện cho|đại diện)( khoảng| hơn| trên| gần| cho khoảng)?\s*$`,
    value: { metric: 'other', where: 'left', units: ['members', 'persons', 'workers', 'households'] },
    priority: 95,
    note: 'the people a congress\'s delegates stand for ("đại diện cho khoảng 25 triệu người lao động") are no count of the cooperatives\' workers (the bodies they stand for are all there are: "đại diện cho hơn 900 HTX trong toàn tỉnh")',
    examples: { match: ['300 đại biểu, đại diện cho khoảng '], reject: ['toàn tỉnh có '] },
  },
  {
    id: 'metric.other.founding_minimum',
    pattern: String.raw`^\s*(thành viên|người|cá nhân|pháp nhân)( [^\s,;.\d]+){0,2}? (tự nguyện|cùng nhau) (thành lập|góp vốn|hợp tác)`,
    value: { metric: 'other', where: 'right', units: ['members', 'persons'] },
    priority: 95,
    note: 'the law\'s definition of a cooperative ("do ít nhất bảy thành viên tự nguyện thành lập"): a legal minimum, not a count',
    examples: { match: [' thành viên tự nguyện thành lập'], reject: [' thành viên, tạo việc làm cho'] },
  },
  {
    id: 'metric.other.coop_subset',
    pattern: String.raw`(hợp tác xã|htx|tổ hợp tác|tht) có (lãi|lợi nhuận|doanh thu|vốn|tài sản|trụ sở|sản phẩm|ứng dụng|website|thương hiệu)|(hợp tác xã|htx)( (?!có\b)[^\s,;.\d]+){0,2} (ứng dụng|chuyển đổi số|có lãi)`,
    value: { metric: 'other', where: 'left', units: ['coop', 'percent'], picksSubset: true },
    priority: 80,
    note: 'cooperatives picked out by a property the metrics do not measure ("số HTX có lãi trên 500 triệu đồng là 40 HTX")',
    examples: {
      match: ['số HTX có lãi trên 500 triệu đồng/năm là', 'Tỷ lệ HTX ứng dụng công nghệ số', 'Số lượng HTX nông nghiệp ứng dụng công nghệ cao '],
      reject: ['số HTX hoạt động hiệu quả là', 'toàn tỉnh có'],
    },
  },
  {
    id: 'metric.other.of_new_cooperatives',
    pattern: String.raw`\b(của|tại|trong|ở) (các |những )?(hợp tác xã|htx|tổ hợp tác|tht) (mới |được |vừa )?(thành lập|đăng ký)( mới)?\b[^;.]{0,50}$`,
    value: { metric: 'other', where: 'left', units: ['members', 'workers', 'persons', 'money'] },
    priority: 90,
    note: 'what the new cooperatives bring, told before the figure ("Số lao động đăng ký tại các hợp tác xã thành lập trong tháng là 2.837 lao động"), is not the members, workers or capital of all',
    examples: {
      match: ['Số lao động đăng ký tại các hợp tác xã thành lập trong tháng 6 là ', 'vốn điều lệ của các HTX mới thành lập đạt '],
      reject: ['Số lao động trong các hợp tác xã là ', 'thành viên của các HTX đạt '],
    },
  },
  {
    id: 'metric.other.some_cooperatives',
    pattern: String.raw`\b(nhiều|một số|một vài|không ít|có những|số ít) (hợp tác xã|htx|tổ hợp tác|tht)( [^\s,;.\d]+){0,3}? (có|đạt)( mức)? (thu nhập|doanh thu|lợi nhuận|lãi|lương)\b[^;.\d]{0,40}$`,
    value: { metric: 'other', where: 'left', units: ['money'] },
    priority: 90,
    note: 'what some cooperatives earn ("Nhiều HTX có mức thu nhập bình quân cao hơn, từ 2 - 3 triệu đồng/người/tháng như HTX …") is no average of them all',
    examples: {
      match: ['Nhiều HTX có mức thu nhập bình quân cao hơn, từ ', 'một số hợp tác xã nông nghiệp đạt doanh thu bình quân '],
      reject: ['Các HTX có mức thu nhập bình quân ', 'thu nhập bình quân của thành viên HTX đạt '],
    },
  },
  {
    id: 'metric.other.members_per_coop',
    pattern: String.raw`\b(quy mô( thành viên| lao động)?|(thành viên|lao động) bình quân|(bình quân|trung bình) (mỗi|một|1|01) (hợp tác xã|htx|tổ hợp tác|tht)( có)?|(bình quân|trung bình)( số)? (thành viên|lao động)|(thành viên|lao động)[^;.\d]{0,40}, (bình quân|trung bình))\s*(bình quân|trung bình)?\s*(là|đạt|khoảng|có|từ)?\s*$`,
    value: { metric: 'other', where: 'left', units: ['members', 'workers'] },
    priority: 90,
    note: 'members or workers per cooperative ("quy mô thành viên bình quân 41 thành viên trên một HTX") are an average TARGETS.md has no metric for, not the membership',
    examples: {
      match: [
        'quy mô thành viên bình quân ',
        'bình quân mỗi HTX có ',
        'số thành viên bình quân là ',
        'các HTX dịch vụ thu hút nhiều thành viên nhất, trung bình ',
      ],
      reject: ['tổng số thành viên là ', 'thu hút '],
    },
  },
  {
    id: 'metric.other.became_cooperative',
    pattern: String.raw`^\s*(tổ hợp tác|tht|tổ)( [^\s,;.]+){0,2}? (đã |được )?(phát triển|nâng cấp|chuyển|chuyển đổi) (lên )?thành (hợp tác xã|htx)\b`,
    value: { metric: 'other', where: 'right', units: COOP },
    priority: 80,
    note: 'groups that grew into cooperatives are neither groups nor new cooperatives counted here: "01 tổ hợp tác phát triển thành HTX dịch vụ"',
    examples: {
      match: [' tổ hợp tác phát triển thành HTX dịch vụ', ' THT đã nâng cấp lên thành hợp tác xã'],
      reject: [' THT hoạt động hiệu quả', ' tổ hợp tác thành lập mới'],
    },
  },
  {
    id: 'metric.other.converted',
    pattern: String.raw`\b(đã |được )?(chuyển đổi|đăng ký lại|tổ chức lại|chuyển sang|chuyển giao|bàn giao)\b(?! số)[^;.]{0,60}?\b(là|được|có|gồm|với)?\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'other', where: 'left', units: COOP_PCT, picksSubset: true },
    priority: 80,
    note: 'cooperatives that converted or re-registered under a new law, or were handed over to another body, are neither new nor all there are: "chuyển đổi theo Luật Hợp tác xã năm 2012 là 75 hợp tác xã"',
    examples: {
      match: [
        'chuyển đổi theo Luật Hợp tác xã năm 2012 là ',
        'đã chuyển đổi, tổ chức lại ',
        'đăng ký lại theo luật mới được ',
        'số HTX điện năng chuyển giao lưới điện cho ngành điện là ',
        'số hợp tác xã chuyển sang hoạt động theo mô hình mới có ',
      ],
      reject: ['chuyển đổi số cho ', 'toàn tỉnh có ', 'thành lập mới '],
    },
  },
  {
    id: 'metric.other.certified_groups',
    pattern: String.raw`\b(có |đã |được |đã được )?(đăng ký )?chứng thực\b`,
    value: { metric: 'other', where: 'right', units: ['coop'], picksSubset: true },
    priority: 85,
    note: 'cooperative groups picked out by having their contract certified by the commune, also past an aside: "trong đó 30 THT (chiếm 40%) có đăng ký chứng thực": not all the groups there are',
    examples: {
      match: [' THT có đăng ký chứng thực với UBND xã', ' tổ hợp tác đã được chứng thực hợp đồng', ' (chiếm 12%) có chứng thực'],
      reject: [' THT hoạt động hiệu quả', ' tổ hợp tác được thành lập mới'],
    },
  },
  {
    id: 'metric.other.certified_groups.left',
    pattern: String.raw`\bsố (tổ hợp tác|tht)( [^\s,;.\d]+){0,2}? (có |đã |được |đã được )?(đăng ký hoạt động|chứng thực|đăng ký)\b[^;.\d]{0,40}?\b(là|đạt|có)\s*$`,
    value: { metric: 'other', where: 'left', units: ['coop'], picksSubset: true },
    priority: 85,
    note: 'the groups registered with (or certified by) the commune, named before the count: "số THT có đăng ký hoạt động với UBND xã là 512 THT" is a part, not all the groups',
    examples: {
      match: ['trong đó số THT có đăng ký hoạt động với UBND xã là ', 'số tổ hợp tác đã được chứng thực hợp đồng là '],
      reject: ['tổng số THT đang hoạt động là ', 'số THT thành lập mới là '],
    },
  },
  {
    id: 'metric.other.coop_subset.right',
    pattern: String.raw`^\s*(hợp tác xã|htx)(,| và) liên hiệp (hợp tác xã|htx)( [^\s,;.]+){0,2}? (đã |được )?chuyển đổi\b(?! số)|^\s*đơn vị( [^\s,;.]+){0,2}? chưa (tiến hành |thực hiện )?chuyển đổi|^\s*(hợp tác xã|htx|tổ hợp tác|tht)( [^\s,;.]+){0,2}? (ứng dụng|có lãi|điển hình|tiêu biểu|kiểu mẫu|chuyển đổi số|(đạt |có )?doanh thu( đạt)?( (trên|từ|dưới|hơn))?\s*$|tham gia (chương trình )?ocop|(có|sở hữu) sản phẩm|có (quản lý|kinh doanh|cung ứng) dịch vụ|thành lập (doanh nghiệp|công ty|chi nhánh)|(đã |được )?chuyển đổi\b(?! số)|(được )?thành lập (trước|từ trước) (năm|ngày|khi|thời điểm)|(hoạt động )?theo (mô hình|kiểu) cũ\b|kiểu cũ\b|(đăng ký|tổ chức) lại|(đã )?(tổ chức )?hoạt động (theo|phù hợp với) (quy định của )?(luật|nghị định)|(được )?(cấp|công nhận|chứng nhận|cấp giấy chứng nhận|bảo hộ|đăng ký) (nhãn hiệu|thương hiệu|giấy chứng nhận|chứng nhận|chỉ dẫn|mã số)|(là |trở thành |đã là )?(hội viên|thành viên)( chính thức| liên kết)? của liên minh|(đã |được )?áp dụng\b|(đã |được |đã được )hỗ trợ\b|(được )?hỗ trợ (ứng dụng|xây dựng|tham gia|đổi mới|kinh phí|vốn|cơ sở hạ tầng)|tham gia (chương trình|các chương trình|đề án|sàn|hội chợ|triển lãm)\b|sản xuất theo (tiêu chuẩn|quy trình|hướng)|(tham gia )?(nộp|đóng góp)( vào| cho)? ngân sách|nộp thuế|(được )?vay vốn|(đang )?có dư nợ|khác (có )?(đăng ký|tham gia|kết hợp|kiêm)|tiếp cận (vốn|nguồn vốn|tín dụng)|xuất khẩu\b|(đưa|giới thiệu) sản phẩm lên|bán hàng (qua|trên)|xây dựng (thương hiệu|nhãn hiệu|website|trang|mã))|^\s*(hợp tác xã|htx),? (và )?(\d+ )?(tổ hợp tác|tht) (sở hữu|có|tham gia)|^\s*(hợp tác xã|htx)( [^\s,;.\d]+){0,5}? ứng dụng (công nghệ|khoa học|tiến bộ)|^\s*(hợp tác xã|htx|tổ hợp tác|tht),? (với|có|sở hữu) (tổng số |tổng cộng )?\d[\d.,]* sản phẩm\b|^\s*(hợp tác xã|htx)( [^\s,;.\d]+){3,4}? (đăng ký|tổ chức) lại\b|^\s*(hợp tác xã|htx|tổ hợp tác|tht)[^.;\d]{0,40}?\bnghĩa vụ (nộp )?(thuế|ngân sách)`,
    value: { metric: 'other', where: 'right', units: ['coop'], picksSubset: true },
    priority: 85,
    note: 'cooperatives picked out by what they do or own, told after the count: "12 HTX đạt doanh thu trên 3 tỷ đồng/năm", "3.000 HTX ứng dụng công nghệ cao", "86 HTX, tổ hợp tác sở hữu 214 sản phẩm OCOP"; or by their conversion to a new law ("60 HTX đã chuyển đổi", "HTX thành lập trước năm 2013"): not new, not all that exist',
    examples: {
      match: [
        ' hợp tác xã đạt doanh thu trên ',
        ' HTX thành lập doanh nghiệp trực thuộc',
        ' Hợp tác xã hoạt động theo mô hình cũ đã hoàn thành việc chuyển đổi',
        ' HTX kiểu cũ',
        ' HTX có nộp ngân sách, tổng cộng ',
        ' HTX và quỹ tín dụng đã hoàn thành nghĩa vụ thuế, tổng cộng ',
        ' HTX, liên hiệp HTX chuyển đổi mô hình hoạt động',
        ' đơn vị chưa tiến hành chuyển đổi',
        ' HTX có quản lý dịch vụ điện',
        ' HTX ứng dụng công nghệ cao',
        ' HTX, tổ hợp tác sở hữu 214 sản phẩm OCOP',
        ' HTX, với 9 sản phẩm được công nhận OCOP',
        ' HTX khác đăng ký thêm ngành nghề này',
        ' hợp tác xã dịch vụ nông nghiệp tổ chức lại',
        ' hợp tác xã doanh thu đạt từ ',
        ' hợp tác xã tham gia chương trình OCOP',
        ' HTX đã chuyển đổi theo Luật mới',
        ' hợp tác xã được thành lập trước năm 2013 phải chuyển đổi',
        ' HTX đăng ký lại',
        ' HTX đã tổ chức hoạt động theo Luật Hợp tác xã năm 2012',
        ' THT hoạt động theo Nghị định của Chính phủ về tổ hợp tác',
        ' hợp tác xã được cấp giấy chứng nhận nhãn hiệu tập thể',
        ' HTX là thành viên chính thức của Liên minh HTX tỉnh',
        ' HTX áp dụng quy trình sản xuất hữu cơ',
        ' hợp tác xã được hỗ trợ ứng dụng công nghệ số',
        ' HTX đã được hỗ trợ kinh phí xây dựng nhà sơ chế',
        ' HTX tham gia Chương trình mỗi xã một sản phẩm',
        ' HTX sản xuất theo tiêu chuẩn VietGAP',
        ' hợp tác xã được vay vốn từ Quỹ hỗ trợ phát triển HTX',
        ' HTX tiếp cận nguồn vốn tín dụng ưu đãi',
        ' HTX xuất khẩu trực tiếp nông sản',
        ' HTX đưa sản phẩm lên sàn thương mại điện tử',
        ' HTX xây dựng thương hiệu riêng',
        ' HTX điển hình tiên tiến',
        ' HTX trong lĩnh vực nông nghiệp ứng dụng công nghệ cao vào sản xuất',
        ' hợp tác xã nông nghiệp tiêu biểu',
      ],
      reject: [
        ' HTX đang hoạt động',
        ' HTX thành lập mới',
        ' HTX hoạt động có hiệu quả',
        ' HTX thành lập mới trong năm',
        ' HTX tham gia liên kết chuỗi giá trị',
        ' HTX nông nghiệp hỗ trợ thành viên tiêu thụ nông sản',
      ],
    },
  },
  {
    id: 'metric.other.members_and_workers',
    pattern: String.raw`^\s*(thành viên|xã viên)( (của |trong )?(các )?(htx|hợp tác xã|tổ hợp tác|tht))? và (người )?lao động`,
    value: { metric: 'other', where: 'right', units: ['members'] },
    priority: 90,
    note: 'members and workers counted together fit neither metric: "trên 60 nghìn thành viên và người lao động"',
    examples: { match: [' thành viên và người lao động', ' thành viên HTX và lao động'], reject: [' thành viên, 23.000 lao động', ' thành viên'] },
  },
  {
    id: 'metric.other.indirect_share',
    pattern: String.raw`\bgián tiếp\b[^;.\d]{0,30}$`,
    value: { metric: 'other', where: 'left', units: PCT },
    priority: 95,
    note: '"đóng góp gián tiếp khoảng 30% GDP" (through member households) is no share of GRDP of the collective economy',
    examples: { match: ['còn đóng góp gián tiếp khoảng '], reject: ['đóng góp vào GRDP của tỉnh đạt '] },
  },
  {
    id: 'metric.other.not_rated',
    pattern: String.raw`^\s*(%\s*)?((hợp tác xã|htx)\s+)?(không|chưa) (thực hiện |tham gia |được )?(đánh giá|xếp loại|phân loại)`,
    value: { metric: 'other', where: 'right', units: COOP_PCT, picksSubset: true },
    priority: 90,
    note: 'cooperatives not rated are neither effective nor weak: "94 HTX không thực hiện đánh giá (32,3%)"',
    examples: { match: [' HTX không thực hiện đánh giá', ' HTX chưa xếp loại'], reject: [' HTX hoạt động yếu kém'] },
  },
  {
    id: 'metric.other.per_month',
    pattern: String.raw`^\s*(hợp tác xã|htx|tổ hợp tác|tht)( (được )?thành lập( mới)?| mới| ra đời)? ?(mỗi|một|1|hàng|hằng|/) ?tháng\b`,
    value: { metric: 'other', where: 'right', units: COOP },
    priority: 90,
    note: 'bodies counted per month ("bình quân 183 HTX thành lập mới mỗi tháng") are a monthly rate, no count of the year',
    examples: {
      match: [' HTX thành lập mới mỗi tháng', ' hợp tác xã mỗi tháng', ' HTX/tháng'],
      reject: [' HTX thành lập mới trong tháng 5', ' HTX thành lập mới mỗi năm'],
    },
  },
  {
    id: 'metric.members.of_union',
    pattern: String.raw`^\s*(hợp tác xã|htx) thành viên\b`,
    value: { metric: 'members', where: 'right', units: COOP },
    priority: 70,
    note: 'cooperatives that are members of a union: "210 liên hiệp HTX với 1.100 hợp tác xã thành viên" counts the unions\' members',
    examples: { match: [' hợp tác xã thành viên', ' HTX thành viên là các HTX nông nghiệp'], reject: [' HTX, thành viên'] },
  },
  {
    id: 'metric.other.members_of_other_bodies',
    pattern: String.raw`\b\d+ (?!(hợp tác xã|htx|tổ hợp tác|tht|liên hiệp|lhhtx|quỹ|tổ chức kinh tế)\b)[^\s\d;,.]+( [^\s\d;,.]+)?(( và| hoặc|,) \d+ [^\s\d;,.]+( [^\s\d;,.]+)?)* với\s*$`,
    value: { metric: 'other', where: 'left', units: ['members', 'workers'] },
    priority: 90,
    note: 'members of bodies that are not cooperatives, counted just before: "có 2 nông hội và 1 hội quán với 204 thành viên"',
    examples: {
      match: ['có 2 nông hội và 1 hội quán với ', 'còn 5 nông hội với '],
      reject: ['có 12 tổ hợp tác với ', 'toàn tỉnh có 215 HTX với ', 'có 3 liên hiệp hợp tác xã với '],
    },
  },
  {
    id: 'metric.other.criterion_norm',
    pattern: String.raw`\btiêu chí\b[^.;]{0,140}\bkhi\b[^.;]*$`,
    value: { metric: 'other', where: 'left', units: ['coop', 'members', 'workers', 'percent', 'money'] },
    priority: 95,
    note: 'what a criterion requires ("Xã đạt tiêu chí số 13 khi: có hợp tác xã … với ít nhất 10 thành viên") is a norm, not a figure',
    examples: {
      match: ['Xã đạt tiêu chí số 13 về tổ chức sản xuất khi: có hợp tác xã hoạt động với ít nhất '],
      reject: ['có 52 xã đạt tiêu chí số 13, toàn tỉnh có '],
    },
  },
  {
    id: 'metric.other.share_of_new',
    pattern: String.raw`^\s*(%\s*)?(là|thuộc)\s`,
    value: { metric: 'other', where: 'right', units: ['percent'] },
    priority: 90,
    note: '"trong đó có trên 50% là HTX nông nghiệp": the share of some group, not a metric',
    examples: { match: ['% là HTX nông nghiệp'], reject: ['% HTX hoạt động có hiệu quả'] },
  },

  // ---- counts of cooperatives
  {
    id: 'metric.dissolved_count',
    pattern: String.raw`giải thể(?! hoặc| hay)|xóa tên|thu hồi giấy chứng nhận`,
    value: { metric: 'dissolved_count', where: 'both', units: COOP },
    priority: 65,
    note: 'not dissolution as one of two ends: "giải thể hoặc củng cố lại 55 HTX" may keep them all',
    examples: {
      match: ['04 HTX ngừng hoạt động chờ giải thể', '(Trong đó: Giải thể'],
      reject: ['thành lập mới 04 HTX', '73 HTX ngừng hoạt động', 'sẽ giải thể hoặc củng cố lại 40 HTX'],
    },
  },
  {
    id: 'metric.other.dissolved_or_merged',
    pattern: String.raw`\b(giải thể|hợp nhất|sáp nhập),? (hoặc|hay|và) (bị )?(hợp nhất|sáp nhập|giải thể|củng cố)\b`,
    value: { metric: 'other', where: 'both', units: COOP },
    priority: 66,
    note: 'bodies dissolved or merged, or dissolved or strengthened, are neither the dissolved nor all there are ("đã có 24 HTX bị giải thể hoặc hợp nhất")',
    examples: {
      match: ['đã có 24 HTX bị giải thể hoặc hợp nhất với HTX khác', 'sẽ giải thể hoặc củng cố lại 40 HTX'],
      reject: ['04 HTX ngừng hoạt động chờ giải thể', 'thành lập mới 04 HTX'],
    },
  },
  {
    id: 'metric.other.stopped',
    pattern: String.raw`(?<!\b(đơn vị|htx|hợp tác xã|tổ hợp tác|tht),? và (đang |đã |hiện )?(tạm )?)((tạm )?(ngừng|ngưng|dừng)|(?<!\bhoặc )\b(không|không còn|chưa)) hoạt động(?!,?( \S+){0,3},? (chờ|để|làm thủ tục|tiến hành|đang làm thủ tục|đang chờ) giải thể)(?!( sản xuất| kinh doanh)? (có hiệu quả|hiệu quả|tốt|hoặc|nhưng)\b)`,
    value: { metric: 'other', where: 'both', units: COOP, picksSubset: true },
    priority: 64,
    note: 'cooperatives that have stopped or suspended work are not dissolved ones (TARGETS.md: "giải thể, ngừng hoạt động chờ giải thể"); a count of them fits no metric',
    examples: {
      match: [
        'còn 84 HTX ngừng hoạt động',
        '44 HTX tạm ngừng hoạt động',
        'có 12 HTX đã dừng hoạt động',
        '90 HTX ngừng và tạm ngừng hoạt động',
        'có 210 HTX đang hoạt động và 11 HTX không hoạt động',
        '4 HTX không còn hoạt động tại địa phương',
      ],
      reject: [
        '37 HTX ngừng hoạt động chờ giải thể',
        'Có 14 HTX ngừng hoạt động, chờ giải thể',
        '5 HTX ngừng hoạt động đang làm thủ tục giải thể',
        'thành lập mới 12 HTX',
        'Lĩnh vực vận tải có 2 đơn vị và đã ngừng hoạt động',
        '30 HTX nông nghiệp không hoạt động hoặc hoạt động kém hiệu quả',
      ],
    },
  },
  {
    id: 'metric.count.founded_to_date',
    pattern: String.raw`(?<!\b(từ|kể từ|sau) ((năm )?\d{4}|đầu (năm|nhiệm kỳ|kỳ)( \d{4})?) )\b(tính )?(đến nay|tới nay|hiện nay)\b[^.;\d]{0,40}?\bđã thành lập (được )?(tổng cộng |tổng số )?(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'count', where: 'left', units: COOP },
    priority: 70,
    note: 'cooperatives founded up to now, with no start of the span and no "mới" ("tính đến nay toàn huyện đã thành lập 23 HTX", "hiện nay đã thành lập được 45 HTX, tăng 1 HTX so với năm trước"): all there are, not new ones',
    examples: {
      match: ['tính đến nay toàn huyện đã thành lập ', 'Toàn huyện hiện nay đã thành lập được '],
      reject: ['Từ năm 2013 đến nay, tỉnh đã thành lập ', 'đến nay đã thành lập mới ', 'Năm 2023 đã thành lập ', 'Từ đầu năm đến nay đã thành lập được '],
    },
  },
  {
    id: 'metric.new_count',
    pattern: String.raw`thành lập( mới| thêm| được)?|thành lợp mới|phát triển (mới|thêm)|(đăng ký|thành lập) mới|hình thành (mới|thêm)|xây dựng mới`,
    value: { metric: 'new_count', where: 'left', units: COOP },
    priority: 60,
    examples: {
      match: ['Thành lập mới', 'mỗi năm thành lập', 'Số HTX thành lập mới là', 'phát triển mới', 'thành lợp mới từ'],
      reject: ['nâng tổng số hợp tác xã toàn tỉnh là'],
    },
  },
  {
    id: 'metric.new_count.develop',
    pattern: String.raw`\b(hỗ trợ|tư vấn|vận động)( thành lập,?)? phát triển( mới| thêm)?\s*(khoảng |trên |từ |ít nhất )?$|\b(giai đoạn( này| \d{4}\s*[-–]\s*\d{4})?|mỗi năm|hằng năm|hàng năm|nhiệm kỳ( này| tới)?),? (sẽ |phấn đấu )?phát triển( mới| thêm)?\s*(khoảng |trên |từ |ít nhất )?$`,
    value: { metric: 'new_count', where: 'left', units: COOP },
    priority: 61,
    note: '"hỗ trợ phát triển 50-60 HTX", "trong giai đoạn này phát triển 300 hợp tác xã": new ones; a sector list\'s "Nông nghiệp: phát triển 120 HTX" stays a count',
    examples: {
      match: ['tuyên truyền, vận động, tư vấn, hỗ trợ phát triển khoảng ', 'đặt mục tiêu trong giai đoạn này phát triển ', 'mỗi năm phát triển thêm '],
      reject: ['- Nông nghiệp: phát triển ', 'Lĩnh vực xây dựng: duy trì và phát triển '],
    },
  },
  {
    id: 'metric.new_count.right',
    pattern: String.raw`^\s*[^\s,;.]+( [^\s,;.]+){0,3}?( \((htx|tht)\s*\)( [^\s,;.]+){0,4}?)?((,| và|, và) [^\s,;.\d]+( [^\s,;.\d]+){0,2}?){0,3}?(,? (và )?(tổ hợp tác|tht|hợp tác xã|htx))?( mới| vừa| đã| đã được| được)? ((được )?thành lập( mới)?\b(?! (doanh nghiệp|công ty|chi nhánh|cửa hàng|tổ|nhóm|chuỗi|văn phòng|trung tâm|quỹ)\b)|đăng ký (thành lập )?mới\b|ra đời\b|(được )?hình thành( mới)?(?=\s*([,;.)/]|$|trong\b|từ\b|năm\b)))`,
    value: { metric: 'new_count', where: 'right', units: COOP },
    priority: 60,
    note: '"15 HTX đăng ký mới", "20.234 HTX phi nông nghiệp ra đời", "12.000 THT thời vụ được hình thành", "28 HTX, tổ hợp tác mới được thành lập" are new too; not "HTX đã hình thành vùng nguyên liệu"',
    examples: {
      match: [
        ' HTX được thành lập mới',
        ' tổ hợp tác mới thành lập',
        ' HTX đăng ký mới',
        ' HTX phi nông nghiệp ra đời',
        ' THT thời vụ được hình thành',
        ' HTX, tổ hợp tác mới được thành lập',
        ' HTX nông, lâm nghiệp và thủy sản được thành lập mới',
      ],
      reject: [' HTX, thành lập mới 20 THT', ' HTX đang hoạt động', ' HTX đã hình thành vùng nguyên liệu', ' HTX thành lập doanh nghiệp trực thuộc'],
    },
  },
  {
    id: 'metric.effective',
    pattern: String.raw`(hoạt động|sản xuất kinh doanh|làm ăn)[^;.]{0,40}?(có |đạt )?hiệu quả|xếp loại (khá|tốt)|hoạt động (khá|tốt)|đạt loại (khá|tốt)|hiệu quả (cao|tốt)|\b(htx|hợp tác xã|tổ hợp tác|tht) (hoạt động |đạt |xếp )?(loại )?(khá|tốt),? (và |hoặc )?(tốt|khá|giỏi)\b|\b(loại |từ loại |từ )khá trở lên|(sản xuất kinh doanh|kinh doanh) (khá|tốt)\b|\b(htx|hợp tác xã|tổ hợp tác|tht) (đạt|xếp loại|hoạt động) (loại )?(khá|tốt|giỏi)\b|(được )?phân loại (loại )?(khá|tốt|giỏi)\b|(thuộc )?diện (khá|tốt|giỏi)\b`,
    value: { metric: 'effective', where: 'both', units: COOP_PCT },
    priority: 50,
    examples: {
      match: [
        'số HTX hoạt động thuộc diện khá, giỏi là ',
        '33% (102 HTX) được phân loại khá tốt',
        'Số HTX hoạt động hiệu quả, ổn định theo Luật',
        '70% HTX hoạt động sản xuất kinh doanh ổn định có hiệu quả',
        'HTX xếp loại tốt',
        'Phấn đấu số HTX khá, tốt đạt từ',
        'tỷ lệ HTX đạt loại khá trở lên',
        'số hợp tác xã hoạt động loại tốt, khá chiếm từ',
        '% HTX hoạt động sản xuất kinh doanh tốt',
        'trên 50% HTX đạt khá',
      ],
      reject: ['HTX hoạt động yếu kém', 'HTX đang hoạt động', 'HTX có doanh thu khá cao'],
    },
  },
  {
    id: 'metric.weak',
    pattern: String.raw`(?<!trung bình (và|hoặc|,) (hoạt động )?)(?<!\bkhông (còn|có)\b[^,;.\d]{0,30})(yếu kém|hoạt động yếu|kém hiệu quả|không hiệu quả|xếp loại yếu|loại yếu)`,
    value: { metric: 'weak', where: 'both', units: COOP_PCT },
    priority: 55,
    note: 'not "trung bình và yếu kém": the average and the weak together are no share of the weak; not "không còn HTX yếu kém": a goal of none left measures no figure (the grade told after it does: "không còn HTX xếp loại yếu, nâng tỷ lệ HTX khá, tốt lên 80%")',
    examples: {
      match: ['đưa tỷ lệ HTX hoạt động yếu kém xuống còn', 'HTX kém hiệu quả'],
      reject: ['HTX hoạt động hiệu quả', 'số HTX trung bình và yếu kém chiếm', 'phấn đấu không còn HTX xếp loại yếu'],
    },
  },
  {
    id: 'metric.effective.grade_after_noun',
    pattern: String.raw`^\s*(hợp tác xã|htx)( nông nghiệp| nn)?\s+(làm ăn |sản xuất,? kinh doanh |hoạt động )?(giỏi|khá|tốt|xuất sắc)\b(?! (hơn|lên|đông|nhiều|lớn|cao|ít|mạnh|ổn|phổ biến))`,
    value: { metric: 'effective', where: 'right', units: COOP },
    priority: 50,
    note: 'a grade right after the noun: "41 HTX làm ăn giỏi", "143 HTX khá", "HTX nông nghiệp sản xuất, kinh doanh giỏi"',
    examples: {
      match: [' HTX làm ăn giỏi', ' HTX khá, chiếm', ' HTX Nông nghiệp sản xuất, kinh doanh giỏi'],
      reject: [' HTX khá đông thành viên', ' HTX hoạt động', ' HTX tốt hơn'],
    },
  },
  {
    id: 'metric.weak.grade_after_noun',
    pattern: String.raw`^\s*(hợp tác xã|htx)\s+(hoạt động\s+|xếp loại\s+|loại\s+)?(yếu|kém)\b(?! tố)`,
    value: { metric: 'weak', where: 'right', units: COOP },
    priority: 55,
    note: 'a grade right after the noun: "3 HTX yếu"',
    examples: { match: [' HTX yếu', ' HTX xếp loại yếu'], reject: [' HTX hoạt động khá', ' HTX yếu tố'] },
  },
  {
    id: 'metric.weak.grade_in_breakdown',
    pattern: String.raw`^[\s;,:]*(và\s+)?(xếp\s+)?(loại\s+)?(yếu|yếu kém|kém)\s*(chiếm\s*)?(trên |hơn |khoảng |gần |dưới )?$`,
    value: { metric: 'weak', where: 'left', units: COOP_PCT },
    priority: 55,
    note: 'the weak grade of a breakdown by grade, alone before its figure: "… khá 40%; trung bình 35%; yếu hơn 20%"',
    examples: {
      match: ['; yếu hơn ', '; yếu ', ', loại yếu chiếm ', ' và yếu kém '],
      reject: ['; yếu tố ', 'HTX trung bình ', '; khá '],
    },
  },
  {
    id: 'metric.other.average_grade',
    pattern: String.raw`^\s*(%\s*)?((số )?(hợp tác xã|htx)( nông nghiệp| phi nông nghiệp| nn)?\s+)?(xếp loại\s+|đạt loại\s+|loại\s+)?(hoạt động\s+)?trung bình\b`,
    value: { metric: 'other', where: 'right', units: [...COOP, 'percent'] },
    priority: 90,
    note: 'HTX graded average are neither effective nor weak: "8 HTX trung bình"',
    examples: {
      match: [' HTX trung bình', ' HTX xếp loại trung bình', '% hoạt động trung bình', '% số hợp tác xã nông nghiệp xếp loại hoạt động trung bình'],
      reject: [' HTX hoạt động khá', '% HTX hoạt động hiệu quả', '% số HTX nông nghiệp xếp loại hoạt động khá'],
    },
  },
  {
    id: 'metric.value_chain',
    pattern: String.raw`chuỗi giá trị|chuỗi liên kết|liên kết (theo )?chuỗi|liên kết (sản xuất|tiêu thụ)|liên kết với doanh nghiệp`,
    value: { metric: 'value_chain', where: 'both', units: COOP_PCT },
    priority: 55,
    examples: {
      match: ['08% HTX liên kết với doanh nghiệp theo chuỗi giá trị', 'HTX tham gia liên kết chuỗi', '16 HTX tham gia chuỗi liên kết giá trị rau'],
      reject: ['HTX hoạt động hiệu quả'],
    },
  },
  {
    id: 'metric.coverage',
    pattern: String.raw`(xã|phường|thị trấn|đơn vị hành chính)[^;.]{0,30}?(?<!chưa )có (hợp tác xã|htx)|số xã có|tỷ lệ xã có|độ bao phủ|^\s*%?\s*(số )?(xã|phường|thị trấn)([, ]+(xã|phường|thị trấn))*( trên địa bàn| trong tỉnh| trong huyện)? có\b`,
    value: { metric: 'coverage', where: 'both', units: ['percent'] },
    priority: 70,
    examples: {
      match: ['100% xã, phường, thị trấn có HTX hoạt động', 'tỷ lệ xã có HTX nông nghiệp', '% xã, phường có ít nhất '],
      reject: ['100% hợp tác xã đã được chuyển đổi'],
    },
  },
  {
    id: 'metric.count.after_other_bodies',
    pattern: String.raw`\bcó\s*(trên |hơn |khoảng |gần )?[\d.,]+\s+(trang trại|doanh nghiệp|hộ kinh doanh|hộ gia đình|cơ sở|làng nghề)[^\d;.]{0,20}?(,|và|,\s*và)\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'count', where: 'left', units: COOP },
    priority: 20,
    note: 'a count of cooperatives listed after a count of other bodies shares its "có": "huyện có 118 trang trại và 97 tổ hợp tác"',
    examples: {
      match: ['đến nay huyện có 118 trang trại và ', 'toàn tỉnh có 450 doanh nghiệp, '],
      reject: ['huyện thành lập 118 trang trại và ', 'toàn tỉnh có 450 doanh nghiệp với 3.000 lao động và '],
    },
  },
  {
    id: 'metric.count.raised_total',
    pattern: String.raw`\bnâng tổng số\b[^.;:\d]{0,60}?\b(lên|có|là|đạt)\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'count', where: 'left', units: COOP },
    priority: 65,
    note: 'the total a founding raises ("… ra đời tháng 3 và nâng tổng số HTX hiện nay của huyện lên 64") counts all bodies, whatever founding the same clause told before it',
    examples: {
      match: ['HTX Phước An ra đời tháng 3 và nâng tổng số HTX hiện nay của huyện lên ', 'thành lập 3 HTX, nâng tổng số HTX toàn tỉnh lên '],
      reject: ['nâng tổng số HTX lên 40 HTX, thành lập mới ', 'nâng tổng số vốn điều lệ'],
    },
  },
  {
    id: 'metric.members.of_unions_label',
    pattern: String.raw`\bsố (hợp tác xã|htx) thành viên (của|trong) (các )?(liên hiệp (hợp tác xã|htx)|lhhtx)\b[^\d,;.:()%]{0,20}?\b(là|đạt)( khoảng| trên| gần| hơn)?\s*$`,
    value: { metric: 'members', where: 'left', units: COOP },
    priority: 60,
    note: 'the member cooperatives of unions counted after their label ("số HTX thành viên của liên hiệp HTX là 410"): the unions\' members, not a count of cooperatives',
    examples: { match: ['số HTX thành viên của liên hiệp HTX là '], reject: ['số HTX là ', 'số thành viên của liên hiệp HTX là '] },
  },
  {
    id: 'metric.count',
    pattern: String.raw`tổng số|\b(chiếm ưu thế|chiếm đa số|nhiều nhất|đông nhất) với\s*(trên |khoảng |gần |hơn )?$|\b(có )?tổng cộng( có| là)?\s*(trên |khoảng |gần )?$|\bsố (lượng )?(hợp tác xã|htx|tổ hợp tác|tht|liên hiệp)|\bcó\s*(tất cả |tổng cộng )?((lên )?(tới|đến)\s*)?(trên dưới|khoảng chừng|trên|hơn|khoảng|gần|từ|ít nhất|tối thiểu|xấp xỉ)? ?$|nâng tổng số|\bgồm\b|bao gồm|hiện có|\bghi nhận( có)?\s*(trên |khoảng |gần |hơn )?$|duy trì|\bcòn\s*(trên |khoảng |dưới |gần )?$|\bđạt\s*(trên dưới|khoảng chừng|trên|hơn|khoảng|gần|từ|ít nhất|tối thiểu|xấp xỉ)? ?$|\blà\s*(trên |khoảng |gần )?$|\blên\s*(trên |khoảng |gần )?$|\bphát triển\s*(được |thêm )?(trên |khoảng |gần )?$|^[^:]{0,60}:[\s|]*(trên |khoảng |gần |ít nhất |tối thiểu )?$|\b(đang|còn) (hoạt động|hiatj động|hoạt đông)\s*$|\bđại diện cho\s*(trên |hơn |khoảng |gần )?$|\bmạng lưới( gồm| với| có)?\s*(trên |hơn |khoảng |gần )?$`,
    value: { metric: 'count', where: 'left', units: COOP },
    priority: 20,
    examples: {
      match: [
        'Trên địa bàn toàn tỉnh có',
        'Thương mại - dịch vụ: ',
        'Nông nghiệp: phát triển',
        'nâng tổng số tổ hợp tác toàn tỉnh lên',
        'Ước thực hiện hết năm 2023, toàn huyện có',
        'số HTX hoạt động',
        'Toàn tỉnh có trên dưới',
        'sau gần 10 năm, toàn huyện đã có tới',
        'Đến hết năm 2024, cả nước ghi nhận',
        'tỉnh đã phát triển mạng lưới gần ',
        'Hợp tác xã dịch vụ điện:\n|\n',
        'Đến nay, cả nước có tổng cộng ',
        'HTX vận tải có 29 đơn vị, đang hoạt động ',
        'Liên minh là tổ chức đại diện cho hơn ',
      ],
      reject: ['Chi nhánh ngân hàng CSXH huyện cho', 'thành lập mới'],
    },
  },
  {
    id: 'metric.count.active_now',
    pattern: String.raw`^\s*(hợp tác xã|htx|tổ hợp tác|tht|liên hiệp (hợp tác xã|htx)|lhhtx|quỹ tín dụng( nhân dân)?|qtdnd)( nông nghiệp| phi nông nghiệp)?\s*(hiện )?(đang|vẫn|còn) hoạt động\b(?!\s*(có |không |kém |chưa )?(hiệu quả|tốt|khá|giỏi|yếu|kém|cầm chừng))`,
    value: { metric: 'count', where: 'right', units: COOP },
    priority: 62,
    note: 'those that are operating now are all there are, whatever a cue farther before says: "… có số HTX thành lập mới cao trên toàn quốc với 518 HTX đang hoạt động"',
    examples: {
      match: [' HTX đang hoạt động, khoảng 58.000 thành viên', ' hợp tác xã nông nghiệp vẫn hoạt động'],
      reject: [' HTX hoạt động trong lĩnh vực nông nghiệp', ' HTX ngừng hoạt động', ' HTX đang hoạt động hiệu quả', ' HTX vẫn hoạt động cầm chừng'],
    },
  },
  {
    id: 'metric.count.active',
    pattern: String.raw`^\s*(hợp tác xã|htx|tổ hợp tác|tht|liên hiệp (hợp tác xã|htx)|lhhtx|quỹ tín dụng( nhân dân)?|qtdnd|quỹ tdnd)( nông nghiệp| phi nông nghiệp)?( trên địa bàn( tỉnh| huyện| thành phố)?)?\s*(đang |còn |vẫn )?(hoạt động|đăng ký và hoạt động)`,
    value: { metric: 'count', where: 'right', units: COOP },
    priority: 20,
    examples: {
      match: [' HTX đang hoạt động', ' hợp tác xã hoạt động ổn định', ' QTDND trên địa bàn hoạt động đều có lãi'],
      reject: [' HTX ngừng hoạt động', ' QTDND trên địa bàn tạm dừng hoạt động'],
    },
  },

  // ---- people
  {
    id: 'metric.managers_trained',
    pattern: String.raw`(cán bộ quản lý|cbql|cán bộ|giám đốc)[^;.]{0,60}?(trình độ|được (đào tạo|bồi dưỡng|tập huấn)|qua đào tạo|bồi dưỡng|đào tạo|tốt nghiệp)|trình độ (từ )?(sơ cấp|trung cấp|cao đẳng|đại học|chuyên môn)|(?<=^[\s,:]*|, ?)(sơ cấp|trung cấp|cao đẳng|đại học|trên đại học)( trở lên)?([, ]+(và )?(sơ cấp|trung cấp|cao đẳng|đại học))*[\s:]*$`,
    value: { metric: 'managers_trained', where: 'both', units: ['persons', 'managers', 'percent', 'members', 'workers'] },
    priority: 45,
    examples: {
      match: [
        'Số cán bộ quản lý HTX đạt trình độ cao đẳng, đại học:',
        'Trên 30% cán bộ quản lý HTX tốt nghiệp đại học',
        '50% số cán bộ quản lý HTX được bồi dưỡng',
        'khoảng 70% giám đốc HTX được đào tạo nghề quản trị',
        'trình độ sơ cấp, trung cấp:',
        ', cao đẳng, trung cấp ',
      ],
      reject: ['Tổng số cán bộ quản lý trong các HTX là'],
    },
  },
  {
    id: 'metric.managers_trained.course',
    pattern: String.raw`(đào tạo|bồi dưỡng|tập huấn)[^;.]{0,40}$`,
    value: { metric: 'managers_trained', where: 'left', units: ['managers'] },
    priority: 46,
    examples: { match: ['Năm 2023 đã bồi dưỡng cho', 'tổ chức đào tạo, bồi dưỡng nâng cao năng lực cho'], reject: ['Tổng số cán bộ quản lý HTX là'] },
  },
  {
    id: 'metric.managers',
    pattern: String.raw`cán bộ quản lý|cbql|ban quản trị`,
    value: { metric: 'managers', where: 'left', units: ['persons', 'managers'] },
    priority: 30,
    examples: { match: ['Tổng số cán bộ quản lý trong các HTX là'], reject: ['Số thành viên HTX là'] },
  },
  {
    id: 'metric.members.households',
    pattern: String.raw`(tổng )?số hộ thành viên\b[^\d;.]{0,20}$`,
    value: { metric: 'members', where: 'left', units: ['households'] },
    priority: 40,
    note: 'member households counted as households ("Tổng số hộ thành viên trên 290.000 hộ"): the members',
    examples: { match: ['Tổng số hộ thành viên trên '], reject: ['số hộ dân tham gia '] },
  },
  {
    id: 'metric.members.joined_as',
    pattern: String.raw`^\s*(nghìn |ngàn |triệu )?(người|hộ) (đã )?(tham gia )?làm thành viên\b`,
    value: { metric: 'members', where: 'right', units: ['persons'] },
    priority: 30,
    note: 'people counted and then said to have joined as members ("gần 30 nghìn người đã tham gia làm thành viên") are the members',
    examples: {
      match: [' nghìn người đã tham gia làm thành viên', ' người làm thành viên'],
      reject: [' người tham gia tập huấn', ' người là thành viên Hội đồng quản trị'],
    },
  },
  {
    id: 'metric.members',
    pattern: String.raw`(tổng )?số (lượng )?thành viên|thành viên (tham gia|của|hợp tác xã|htx|tổ hợp tác|tht)\b|thu hút[^;.]{0,20}thành viên`,
    value: { metric: 'members', where: 'left', units: ['members', 'persons'] },
    priority: 30,
    examples: { match: ['Số thành viên HTX là', 'số thành viên tham gia HTX đạt khoảng'], reject: ['tạo việc làm cho'] },
  },
  {
    id: 'metric.workers',
    pattern: String.raw`(tổng )?số (lượng )?(người )?lao động|^[\s,]*lao động (làm việc )?(thường xuyên|trực tiếp|trong (các )?(hợp tác xã|htx)\b)|(tạo|giải quyết) việc làm( mới| thường xuyên| ổn định)? cho|việc làm (ổn định )?cho|thu hút[^;.]{0,30}lao động|sử dụng[^;.]{0,10}lao động`,
    value: { metric: 'workers', where: 'left', units: ['workers', 'persons'] },
    priority: 30,
    examples: {
      match: [
        'Thu hút, tạo việc làm cho hơn',
        'Tổng số lao động thường xuyên trong các HTX khoảng',
        'đảm bảo việc làm ổn định cho',
        'Lao động làm việc thường xuyên trong các HTX là',
        'Lao động làm việc trong HTX là',
        ', lao động thường xuyên',
        'các HTX tạo việc làm mới cho',
      ],
      reject: ['Thu nhập bình quân của lao động thường xuyên'],
    },
  },

  // ---- money
  {
    id: 'metric.revenue_avg',
    pattern: String.raw`doanh thu (bình quân|trung bình)|(bình quân|trung bình) doanh thu|doanh thu (bình quân )?(của )?(mỗi|một|1) (hợp tác xã|htx|tổ hợp tác|tht)|(bình quân|trung bình) (mỗi|một|1|các) (hợp tác xã|htx|tổ hợp tác|tht)[^;.]{0,25}doanh thu|\b(mỗi|một|1) (hợp tác xã|htx|tổ hợp tác|tht) (bình quân|trung bình)[^;.\d]{0,15}doanh thu`,
    value: { metric: 'revenue_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: [
        'Doanh thu bình quân của HTX đạt',
        'doanh thu trung bình mỗi HTX',
        'Bình quân mỗi HTX đạt doanh thu',
        'Bình quân các hợp tác xã đạt doanh thu gần',
        'Mỗi HTX trung bình đạt doanh thu khoảng ',
      ],
      reject: ['Lợi nhuận bình quân của HTX', 'bình quân mỗi HTX đạt lợi nhuận'],
    },
  },
  {
    id: 'metric.revenue_avg.per_coop',
    pattern: String.raw`doanh thu`,
    value: { metric: 'revenue_avg', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['Doanh thu đạt 1.100 triệu đồng/HTX'], reject: ['lợi nhuận đạt'] },
  },
  {
    id: 'metric.profit_avg',
    pattern: String.raw`(lợi nhuận|lãi|lãi ròng) (bình quân|trung bình)|(bình quân|trung bình) (lợi nhuận|lãi)|(lợi nhuận|lãi) (của )?(mỗi|một|1) (hợp tác xã|htx|tổ hợp tác|tht)|(bình quân|trung bình) (mỗi|một|1|các) (hợp tác xã|htx|tổ hợp tác|tht)[^;.]{0,25}(lợi nhuận|lãi)\b`,
    value: { metric: 'profit_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['Lãi bình quân hợp tác xã ước đạt', 'lợi nhuận bình quân đạt', 'bình quân mỗi HTX có lãi'],
      reject: ['Doanh thu bình quân', 'bình quân mỗi HTX đạt doanh thu'],
    },
  },
  {
    id: 'metric.profit_avg.per_coop',
    pattern: String.raw`lợi nhuận|\blãi\b`,
    value: { metric: 'profit_avg', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['Lợi nhuận đạt 37 triệu đồng/HTX/năm'], reject: ['doanh thu đạt'] },
  },
  {
    id: 'metric.revenue_avg.noun_after',
    pattern: String.raw`^\s*((triệu|tỷ|nghìn|ngàn|trăm) )*(đồng|đ)\s+doanh thu\b`,
    value: { metric: 'revenue_avg', where: 'right', units: MONEY, needsPer: 'coop' },
    priority: 45,
    note: '"Bình quân một HTX đạt 640 triệu đồng doanh thu": the measure named after the amount, the body before it (the extractor checks the "bình quân một HTX" lead)',
    examples: { match: [' triệu đồng doanh thu, 52 triệu đồng lợi nhuận'], reject: [' triệu đồng lợi nhuận', ' triệu đồng thu nhập bình quân'] },
  },
  {
    id: 'metric.capital.noun_after',
    pattern: String.raw`^\s*((triệu|tỷ|tỉ|nghìn|ngàn|trăm) )*(đồng|đ)\s+(vốn (điều lệ|hoạt động|góp)|tổng vốn)\b`,
    value: { metric: 'capital', where: 'right', units: MONEY },
    priority: 65,
    note: '"… với 230,28 tỷ đồng vốn điều lệ": the measure named after the amount',
    examples: { match: [' tỷ đồng vốn điều lệ'], reject: [' tỷ đồng doanh thu'] },
  },
  {
    id: 'metric.profit_avg.noun_after',
    pattern: String.raw`^\s*((triệu|tỷ|nghìn|ngàn|trăm) )*(đồng|đ)\s+(lợi nhuận|lãi(?! suất)|tiền lãi)\b`,
    value: { metric: 'profit_avg', where: 'right', units: MONEY, needsPer: 'coop' },
    priority: 45,
    note: '"… 640 triệu đồng doanh thu, 52 triệu đồng lợi nhuận"',
    examples: { match: [' triệu đồng lợi nhuận (tăng 3%)'], reject: [' triệu đồng doanh thu', ' tỷ đồng lãi suất'] },
  },
  {
    id: 'metric.income_avg',
    pattern: String.raw`thu nhập (bình quân|trung bình)|(bình quân|trung bình) thu nhập|thu nhập (của )?(mỗi |một |1 )?(thành viên|lao động|người lao động|xã viên)|(tiền )?lương (bình quân|trung bình)`,
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: [
        'mức tiền lương bình quân của người lao động là ',
        'Thu nhập bình quân của thành viên và lao động thường xuyên trong HTX đạt',
        'thu nhập của người lao động đạt',
      ],
      reject: ['Doanh thu bình quân của HTX'],
    },
  },
  {
    id: 'metric.income_avg.per_person',
    pattern: String.raw`thu nhập`,
    value: { metric: 'income_avg', where: 'left', units: MONEY, needsPer: 'person' },
    priority: 45,
    examples: { match: ['thu nhập đạt 5,3 triệu đồng/người/tháng'], reject: ['doanh thu đạt'] },
  },
  {
    id: 'metric.capital',
    pattern: String.raw`vốn (hoạt động|điều lệ|chủ sở hữu|góp|sản xuất kinh doanh)|tổng (số )?vốn|tổng nguồn vốn`,
    value: { metric: 'capital', where: 'left', units: MONEY },
    priority: 65,
    note: 'capital is operating or charter capital (TARGETS.md); total assets ("tổng tài sản") are not',
    examples: { match: ['tổng số vốn hoạt động trên', 'vốn điều lệ bình quân'], reject: ['đã được vay vốn tại ngân hàng', 'tổng tài sản của các HTX đạt'] },
  },
  {
    id: 'metric.other.capital_average',
    pattern: String.raw`vốn (hoạt động|điều lệ|chủ sở hữu|góp|sản xuất kinh doanh)( bình quân| trung bình)|(bình quân|trung bình) (vốn|số vốn)`,
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 66,
    note: 'capital is a total (TARGETS.md); an average per cooperative is not: "vốn điều lệ bình quân 1,1 tỷ đồng/HTX"',
    examples: {
      match: ['vốn điều lệ bình quân chỉ khoảng', 'bình quân vốn hoạt động của mỗi HTX'],
      reject: ['tổng số vốn hoạt động trên', 'vốn điều lệ của các HTX đạt'],
    },
  },
  {
    id: 'metric.other.average_count',
    pattern: String.raw`\b(trung bình|bình quân)( mỗi (liên hiệp( hợp tác xã| htx)?|lhhtx|xã|phường|huyện|thôn|ấp|bản))? có\s*(khoảng |trên |gần )?$`,
    value: { metric: 'other', where: 'left', units: COOP },
    priority: 80,
    note: 'cooperatives counted on average per union or per commune ("trung bình có 6 HTX tham gia một liên hiệp") are no count of all',
    examples: {
      match: ['cả nước có 125 liên hiệp HTX, trung bình có ', 'bình quân mỗi xã có '],
      reject: ['bình quân mỗi năm thành lập mới ', 'toàn tỉnh có '],
    },
  },
  {
    id: 'metric.other.mobilised_funds',
    pattern: String.raw`(nguồn )?vốn huy động|huy động (được )?(vốn|tiền gửi)|tiền gửi`,
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 66,
    note: 'deposits a credit fund has raised ("tổng nguồn vốn huy động", "tiền gửi") are not its operating or charter capital',
    examples: {
      match: ['tổng nguồn vốn huy động của các quỹ đạt trên ', 'số dư tiền gửi của thành viên là '],
      reject: ['tổng nguồn vốn hoạt động đạt trên ', 'vốn điều lệ của các HTX đạt'],
    },
  },
  {
    id: 'metric.other.capital_per_coop',
    pattern: String.raw`vốn (hoạt động|điều lệ|chủ sở hữu|góp|sản xuất kinh doanh)|tổng (số )?vốn|tổng nguồn vốn`,
    value: { metric: 'other', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 66,
    note: 'capital given per cooperative ("vốn điều lệ 1,5 tỷ đồng/HTX") is an average, not the total TARGETS.md means',
    examples: { match: ['vốn điều lệ đạt 1,5 tỷ đồng/HTX'], reject: ['đã được vay vốn tại ngân hàng'] },
  },
  {
    id: 'metric.budget_contribution',
    pattern: String.raw`(đóng góp|nộp|đóng)( vào| cho)? ngân sách|nộp thuế|thuế nộp`,
    value: { metric: 'budget_contribution', where: 'left', units: MONEY },
    priority: 65,
    examples: { match: ['đóng góp vào ngân sách của các HTX ước đạt', 'nộp ngân sách nhà nước'], reject: ['kinh phí ngân sách tỉnh hỗ trợ'] },
  },

  // ---- shares and rates
  {
    id: 'metric.grdp_share',
    pattern: String.raw`\bgrdp\b|\bgdp\b|tổng sản phẩm (trên địa bàn|nội địa|trong tỉnh)`,
    value: { metric: 'grdp_share', where: 'left', units: PCT },
    priority: 60,
    examples: { match: ['đóng góp của khu vực KTTT vào GRDP của tỉnh đạt', 'tỷ trọng trong GDP'], reject: ['đóng góp vào ngân sách'] },
  },
  {
    id: 'metric.grdp_share.right',
    pattern: String.raw`^\s*(%|phần trăm)\s*(trong |vào |của |trên )?(tổng )?(grdp|gdp|tổng sản phẩm (trên địa bàn|nội địa|trong tỉnh))\b`,
    value: { metric: 'grdp_share', where: 'right', units: PCT },
    priority: 60,
    examples: {
      match: ['% GRDP của tỉnh', '% vào GRDP', '% trong tổng sản phẩm trên địa bàn'],
      reject: ['% HTX hoạt động hiệu quả', '% so với GRDP năm trước tăng'],
    },
  },
  {
    id: 'metric.growth_rate.revenue',
    pattern: String.raw`\bdoanh thu\b[^;.\d]{0,50}?\btăng( bình quân)?( từ| trên| khoảng| ít nhất| tối thiểu)?\s*$`,
    value: { metric: 'growth_rate', where: 'left', units: PCT, adjacent: true },
    priority: 101,
    note: 'a goal for the yearly growth of revenue ("doanh thu bình quân của HTX hàng năm tăng từ 7% - 10%") is its growth rate; a change of a count or of income stays a change',
    examples: {
      match: ['Phấn đấu doanh thu bình quân của HTX hàng năm tăng từ ', 'phấn đấu doanh thu HTX tăng '],
      reject: ['thu nhập của lao động mỗi năm tăng trên ', 'số HTX tăng '],
    },
  },
  {
    id: 'metric.growth_rate',
    pattern: String.raw`tốc độ tăng trưởng|tăng trưởng( (của )?(các |khu vực )?(hợp tác xã|htx|kinh tế tập thể|kttt))? (bình quân|trung bình)|tăng (bình quân|trung bình)( mỗi năm| hằng năm| hàng năm)?`,
    value: { metric: 'growth_rate', where: 'left', units: PCT },
    priority: 60,
    examples: {
      match: ['tốc độ tăng trưởng bình quân đạt', 'doanh thu tăng bình quân hằng năm', 'tăng trưởng HTX bình quân '],
      reject: ['tăng 9,5% so với năm 2022', 'tăng trưởng HTX về số lượng đạt '],
    },
  },
  {
    id: 'metric.bad_debt',
    pattern: String.raw`nợ xấu|nợ quá hạn`,
    value: { metric: 'bad_debt', where: 'left', units: PCT },
    priority: 70,
    examples: { match: ['giảm tỷ lệ nợ xấu xuống dưới'], reject: ['dư nợ cho vay'] },
  },
  {
    id: 'metric.ocop_products',
    pattern: String.raw`\bocop\b|\d+ sao\b|mỗi xã một sản phẩm|sản phẩm (chủ lực )?đạt (chứng nhận|tiêu chuẩn)`,
    value: { metric: 'ocop_products', where: 'both', units: ['products'] },
    priority: 60,
    examples: {
      match: ['15 sản phẩm đạt OCOP tiêu chuẩn 3 sao', '01 sản phẩm HTX tham gia đạt chất lượng 4 sao trở lên'],
      reject: ['15 sản phẩm nông nghiệp'],
    },
  },
];
