/**
 * Subject mentions: which body a figure is about. Compound mentions ("HTX và tổ hợp tác")
 * mean the collective economy as a whole (kttt). An organisation's name
 * ("Liên minh HTX tỉnh") is not a subject and hides the HTX inside it.
 */
import type { Rule } from './rule.ts';
import type { Sector, Subject } from '../pipeline/record.ts';

export interface SubjectValue {
  subject: Subject | null;
  /** Weak mentions ("phát triển kinh tế tập thể") only count inside the figure's own phrase. */
  weak?: boolean;
  /** Names the collective economy as a whole (its sector, or HTX and THT together): a heading with it speaks for the
   * economy-wide figures under it. */
  wholeEconomy?: true;
  /** A body that is in one sector by what it is: a people's credit fund is a cooperative in credit. */
  inSector?: Sector;
}

export const SUBJECT_RULES: Rule<SubjectValue>[] = [
  {
    id: 'subject.organisation',
    pattern: String.raw`liên minh (hợp tác xã|htx)( việt nam| tỉnh| thành phố)?|\bliên minh\b|quỹ hỗ trợ phát triển (hợp tác xã|htx)|luật (hợp tác xã|htx)`,
    value: { subject: null },
    note: '"Liên minh" alone, in a text about cooperatives, is the Liên minh HTX: its own members and staff are no record ("Liên minh hiện có 214 thành viên")',
    examples: {
      match: [
        'Nâng cao vai trò của Liên minh Hợp tác xã tỉnh',
        'theo Luật HTX năm 2012',
        'Liên minh hiện có 214 thành viên',
        'nâng tổng số thành viên của Liên minh lên 234 thành viên',
      ],
      reject: ['Thành lập mới 22 hợp tác xã'],
    },
  },
  {
    id: 'subject.kttt.compound',
    pattern: String.raw`(hợp tác xã|htx)( và| hoặc|,)( các)? (tổ hợp tác|tht)|(tổ hợp tác|tht)( và| hoặc|,)( các)? (hợp tác xã|htx)|htx, tht`,
    value: { subject: 'kttt', wholeEconomy: true },
    examples: {
      match: ['14.650 lao động ở trong HTX và tổ hợp tác', 'thu nhập của thành viên tổ hợp tác, hợp tác xã'],
      reject: ['251 hợp tác xã với 11.505 thành viên'],
    },
  },
  {
    id: 'subject.not_cooperative',
    pattern: String.raw`\bdoanh nghiệp\b|(?<!\blà (cá nhân (và|,) )?)\bhộ gia đình\b|\bngười dân\b|\bdân cư\b|\bđầu người\b|\bngân hàng\b|tổ chức tín dụng|toàn hệ thống|toàn ngành ngân hàng|\bhội viên\b`,
    value: { subject: null },
    note: 'a figure whose nearest body is an enterprise, the population or a bank is not the collective economy\'s: "520 doanh nghiệp thành lập mới với tổng vốn đăng ký 4.870 tỷ đồng"',
    examples: {
      match: ['Năm 2024 có 520 doanh nghiệp thành lập mới với tổng vốn đăng ký', 'thu nhập bình quân đầu người'],
      reject: ['thu nhập bình quân của thành viên HTX'],
    },
  },
  {
    id: 'subject.kttt.sector_and_htx',
    pattern: String.raw`(khu vực|thành phần) (kinh tế tập thể|kttt)[, ]+(hợp tác xã|htx)`,
    value: { subject: 'kttt' },
    note: '"Khu vực kinh tế tập thể, hợp tác xã …": the collective sector, HTX included, not HTX alone',
    examples: { match: ['Khu vực kinh tế tập thể, hợp tác xã hiện giải quyết việc làm cho khoảng 12 nghìn lao động'], reject: ['các hợp tác xã trong tỉnh'] },
  },
  {
    id: 'subject.kttt.sector',
    pattern: String.raw`(khu vực|thành phần|tổ chức) (kinh tế tập thể|kttt)|(của|trong) (kinh tế tập thể|kttt)\b|(kinh tế tập thể|kttt)( của tỉnh| toàn tỉnh| tỉnh nhà)? (đóng góp|chiếm|tăng trưởng)\b`,
    value: { subject: 'kttt', wholeEconomy: true },
    note: 'the collective economy named as a body, or as the one that contributes or grows ("đưa kinh tế tập thể đóng góp 12-13% GRDP")',
    examples: {
      match: ['đóng góp của khu vực KTTT vào GRDP', 'Đóng góp của KTTT trong GRDP', 'trước hết là HTX, để kinh tế tập thể đóng góp nhiều hơn'],
      reject: ['phát triển hợp tác xã', 'phát triển kinh tế tập thể năm 2024'],
    },
  },
  {
    id: 'subject.kttt',
    pattern: String.raw`kinh tế tập thể|\bkttt\b`,
    value: { subject: 'kttt', weak: true },
    examples: { match: ['Kế hoạch phát triển kinh tế tập thể năm 2024'], reject: ['tổ hợp tác'] },
  },
  {
    id: 'subject.lhhtx',
    pattern: String.raw`liên (hiệp|hợp) (hợp tác xã|htx)|\blhhtx\b`,
    value: { subject: 'lhhtx' },
    examples: { match: ['Phấn đấu thành lập mới 01 Liên hiệp HTX', 'các liên hiệp hợp tác xã'], reject: ['Liên minh HTX tỉnh'] },
  },
  {
    id: 'subject.tht',
    pattern: String.raw`tổ hợp tác|\btht\b`,
    value: { subject: 'tht' },
    examples: { match: ['Doanh thu bình quân của tổ hợp tác là', 'thu nhập thành viên THT'], reject: ['hợp tác xã nông nghiệp'] },
  },
  {
    id: 'subject.htx.credit_fund',
    pattern: String.raw`quỹ tín dụng nhân dân|\bqtdnd\b|\bquỹ tdnd\b|\bquỹ tín dụng\b`,
    value: { subject: 'htx', inSector: 'credit' },
    note: "a people's credit fund is a cooperative",
    examples: {
      match: ['Tỷ lệ nợ xấu của các quỹ tín dụng nhân dân dưới 1,5%', 'bình quân 01 Quỹ TDND đạt 12 tỷ đồng doanh thu'],
      reject: ['Quỹ hỗ trợ phát triển HTX'],
    },
  },
  {
    id: 'subject.htx.with_unions',
    pattern: String.raw`(hợp tác xã|htx),? (và )?(các )?(liên hiệp (hợp tác xã|htx)|lhhtx)`,
    value: { subject: 'htx' },
    note: 'cooperatives named with their unions as one body are cooperatives',
    examples: { match: ['các hợp tác xã, liên hiệp hợp tác xã với tổng vốn'], reject: ['thành viên tổ hợp tác'] },
  },
  {
    id: 'subject.htx',
    pattern: String.raw`hợp tác xã|\bhtx(nn)?\b`,
    value: { subject: 'htx' },
    note: '"HTXNN" is short for HTX nông nghiệp',
    examples: { match: ['Lãi bình quân hợp tác xã ước đạt', 'Doanh thu bình quân của HTX', 'cán bộ quản lý HTXNN'], reject: ['thành viên tổ hợp tác'] },
  },
];

/**
 * Another country's cooperatives: a sentence that places its figures abroad ("Năm 2006, tại Quebec, Canada có 3.200 hợp
 * tác xã", "Ở Nhật Bản, các HTX nông nghiệp có …") speaks of no Vietnamese body. Only names that cannot be Vietnamese
 * places or words are listed ("Đức", "Mỹ", "Lào" open Vietnamese place names too: "Đức Hòa", "Mỹ Tho", "Lào Cai").
 */
export const ABROAD_RULES: Rule<true>[] = [
  {
    id: 'subject.abroad',
    pattern: String.raw`(?:^\s*(?:năm (?:19|20)\d{2},?\s*)?|\b(?:tại|ở|của|nước|bên|như)\s+)(?:canada|quebec|nhật bản|hàn quốc|trung quốc|thái lan|ấn độ|israel|singapore|malaysia|indonesia|philippines|campuchia|australia|new zealand|tây ban nha|italia|hà lan|đan mạch|thụy điển|na uy|phần lan|thụy sĩ|brazil|hoa kỳ|châu âu|liên minh châu âu|vương quốc anh|cộng hòa liên bang đức|nước đức|nước pháp|nước mỹ|nước anh)\b`,
    value: true,
    examples: {
      match: ['Năm 2006, tại Quebec, Canada có 3.200 hợp tác xã', 'Ở Nhật Bản, các HTX nông nghiệp thu hút', 'Hàn Quốc có hơn 1.100 HTX nông nghiệp'],
      reject: ['Huyện Đức Hòa có 12 HTX', 'tỉnh Lào Cai có 250 HTX', 'Dự án do Hàn Quốc tài trợ đã hỗ trợ 20 HTX của tỉnh'],
    },
  },
];
