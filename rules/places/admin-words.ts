/**
 * The words in front of a place name: the administrative word that says what the name is
 * ("tỉnh Lai Châu", "thị xã Sơn Tây", "UBND Tam Đường"), or a word that makes it no place at
 * all ("đường Ngô Quyền", "ông Hoàng Mai", "xã Tam Đường"); and the words with which a
 * document speaks of its own unit without naming it ("toàn huyện", "trên địa bàn tỉnh").
 *
 * These are read on the text's own words, in lower case with their tone marks, not on the
 * folded key: on the key "xa" (far) would read as "xã", "lãnh đạo" as "đảo" (island),
 * "bà" as "ba". A pattern is the word, or the two words, right before the name, one space
 * between words, matched whole: "(?:^| )(?:pattern)$" over "word before word", where the
 * word before counts only on the name's line and separated from it by white space or one
 * dot ("TP. Cần Thơ", "T.P Cần Thơ" is "t p"). The first rule that matches decides, so a
 * two-word rule ("thị xã") stands before the one-word rule it ends with ("xã").
 *
 * Examples are texts the place reader (extractors/places/) reads whole: the rule must
 * decide the words before one of their names (or count a self-reference), or must not.
 */
import type { Rule } from '../rule.ts';

export type DistrictKind = 'huyen' | 'quan' | 'thi-xa' | 'thanh-pho';

/** What the words before a name make of it; 'skip': no place (a street, a person, a commune …). */
export type AdminWord =
  | { readonly kind: 'province' }
  | { readonly kind: 'city' }
  | { readonly kind: 'district'; readonly type: DistrictKind }
  | { readonly kind: 'generic' }
  | { readonly kind: 'skip' };

export const ADMIN_WORD_RULES: readonly Rule<AdminWord>[] = [
  {
    id: 'place.admin.town',
    pattern: 'thị xã',
    value: { kind: 'district', type: 'thi-xa' },
    examples: { match: ['UBND thị xã Sơn Tây ban hành kế hoạch', 'THỊ XÃ KỲ ANH'], reject: ['xã Tam Đường có 12 HTX', 'thị trấn Tam Đường'] },
  },
  {
    id: 'place.admin.city',
    pattern: 'thành phố|tp|t p',
    value: { kind: 'city' },
    note: '"t p" is "T.P." as words',
    examples: {
      match: ['Thành phố Hồ Chí Minh có 700 HTX', 'TP. Cần Thơ phấn đấu có 300 HTX', 'T.P Cần Thơ', 'TP.HCM'],
      reject: ['phố Lai Châu', 'Hồ Chí Minh'],
    },
  },
  {
    id: 'place.admin.province_committee',
    pattern: 'tỉnh (?:ủy|uỷ)',
    value: { kind: 'province' },
    examples: { match: ['Tỉnh ủy Lai Châu ban hành nghị quyết', 'Tỉnh uỷ Điện Biên'], reject: ['Huyện ủy Tam Đường', 'ủy Lai Châu'] },
  },
  {
    id: 'place.admin.city_committee',
    pattern: 'thành (?:ủy|uỷ)',
    value: { kind: 'city' },
    examples: { match: ['Thành ủy Cần Thơ chỉ đạo'], reject: ['Tỉnh ủy Cần Thơ'] },
  },
  {
    id: 'place.admin.district_committee',
    pattern: 'huyện (?:ủy|uỷ)',
    value: { kind: 'district', type: 'huyen' },
    examples: { match: ['Huyện ủy Tam Đường chỉ đạo các HTX'], reject: ['UBND huyện Tam Đường'] },
  },
  {
    id: 'place.admin.urban_district_committee',
    pattern: 'quận (?:ủy|uỷ)',
    value: { kind: 'district', type: 'quan' },
    examples: { match: ['Quận ủy Hoàng Mai'], reject: ['quận Hoàng Mai'] },
  },
  {
    id: 'place.admin.town_committee',
    pattern: 'thị (?:ủy|uỷ)',
    value: { kind: 'district', type: 'thi-xa' },
    examples: { match: ['Thị ủy Kỳ Anh'], reject: ['thị xã Kỳ Anh'] },
  },
  {
    id: 'place.admin.township',
    pattern: 'thị trấn',
    value: { kind: 'skip' },
    note: 'a township may bear its district\'s name ("thị trấn Tam Đường"); it is not the district',
    examples: { match: ['thị trấn Tam Đường có 5 HTX'], reject: ['huyện Tam Đường có 5 HTX', 'trấn Tam Đường'] },
  },
  {
    id: 'place.admin.people_committee',
    pattern: 'nhân dân',
    value: { kind: 'generic' },
    note: '"Ủy ban nhân dân Tam Đường": a body of the place, of no named level',
    examples: { match: ['Ủy ban nhân dân Tam Đường ban hành kế hoạch'], reject: ['Ủy ban nhân dân tỉnh Lai Châu', 'dân Lai Châu'] },
  },
  {
    id: 'place.admin.area',
    pattern: 'địa bàn',
    value: { kind: 'generic' },
    examples: { match: ['trên địa bàn Lai Châu có 200 HTX'], reject: ['trên địa bàn tỉnh Lai Châu', 'bàn Lai Châu'] },
  },
  {
    id: 'place.admin.province',
    pattern: 'tỉnh',
    value: { kind: 'province' },
    examples: { match: ['UBND tỉnh Lai Châu ban hành kế hoạch', 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM'], reject: ['tính Lai Châu', 'tinh Lai Chau'] },
  },
  {
    id: 'place.admin.district',
    pattern: 'huyện',
    value: { kind: 'district', type: 'huyen' },
    examples: { match: ['UBND huyện Tam Đường ban hành kế hoạch', 'HUYỆN MƯỜNG TÈ'], reject: ['huyen Tam Duong', 'Huyện ủy Tam Đường'] },
  },
  {
    id: 'place.admin.urban_district',
    pattern: 'quận',
    value: { kind: 'district', type: 'quan' },
    examples: { match: ['UBND quận Hoàng Mai ban hành kế hoạch', 'Quận 12, TP.HCM'], reject: ['quan Hoang Mai'] },
  },
  {
    id: 'place.admin.commune',
    pattern: 'xã',
    value: { kind: 'skip' },
    note: "a commune may bear a district's name; after the 2025 reform communes are what documents name",
    examples: { match: ['UBND xã Tam Đường ban hành kế hoạch'], reject: ['thị xã Sơn Tây', 'cách xa Lai Châu'] },
  },
  {
    id: 'place.admin.body',
    pattern: 'ubnd|hđnd|ubmttq',
    value: { kind: 'generic' },
    examples: { match: ['UBND Tam Đường ban hành kế hoạch', 'HĐND Lai Châu thông qua nghị quyết'], reject: ['UBND tỉnh Lai Châu'] },
  },
  {
    id: 'place.admin.street',
    pattern: 'đường|ngõ|ngách|hẻm|phố',
    value: { kind: 'skip' },
    examples: { match: ['Trụ sở số 5 đường Ngô Quyền', 'phố Lai Châu'], reject: ['thành phố Lai Châu', 'Tam Đường'] },
  },
  {
    id: 'place.admin.person',
    pattern: 'ông|bà|anh|chị|em|cháu|chí|bác|cô|chú',
    value: { kind: 'skip' },
    note: 'people are often named like places ("ông Hoàng Mai", "đồng chí Lai Châu")',
    examples: { match: ['ông Hoàng Mai phát biểu', 'Bà Hà Nam cho biết'], reject: ['ba Hà Nam', 'Hà Nam'] },
  },
  {
    id: 'place.admin.landmark',
    pattern: 'sông|suối|hồ|núi|đèo|cầu|chợ|vịnh|đảo|đình|chùa|đền|bến|cảng',
    value: { kind: 'skip' },
    examples: { match: ['Chợ Bắc Kạn đông vui', 'bến Cần Thơ'], reject: ['lãnh đạo Lai Châu', 'bên Cần Thơ'] },
  },
  {
    id: 'place.admin.village',
    pattern: 'thôn|bản|xóm|ấp|tổ|khu|khóm|phường|làng|buôn|plei|sóc',
    value: { kind: 'skip' },
    examples: { match: ['bản Tam Đường', 'phường Hoàng Mai'], reject: ['bán Tam Đường', 'khu vực Tam Đường'] },
  },
  {
    id: 'place.admin.battle',
    pattern: 'thắng',
    value: { kind: 'skip' },
    note: '"Chiến thắng Điện Biên Phủ", the battle',
    examples: { match: ['Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ'], reject: ['tỉnh Điện Biên thắng lợi'] },
  },
];

/** The level a document speaks of as its own: "toàn huyện" (district), "toàn tỉnh" (province). */
export interface SelfLevel {
  readonly level: 'district' | 'province';
}

/**
 * "toàn huyện", "trên địa bàn tỉnh", "UBND huyện" with no name after them: the document
 * speaks of its own district or province. Matched like the administrative words, over the
 * words that end with "huyện", "quận", "thị xã" or "tỉnh" (the only words the reader looks
 * at); a name right after ("toàn huyện Tam Đường") makes it a mention, not a self-reference.
 */
export const SELF_REFERENCE_RULES: readonly Rule<SelfLevel>[] = [
  {
    id: 'place.self.district',
    pattern: '(?:toàn|bàn|của|trong|ubnd|dân|cả|ngoài) (?:huyện|quận|thị xã)',
    value: { level: 'district' },
    examples: {
      match: ['UBND huyện Tam Đường ban hành kế hoạch; toàn huyện có 53 HTX', 'Tam Đường: trên địa bàn huyện có 53 HTX', 'Sơn Tây: toàn thị xã có 60 HTX'],
      reject: ['UBND huyện Tam Đường ban hành kế hoạch', 'Tam Đường: toàn tỉnh có 250 HTX', 'Tam Đường: các xã thuộc huyện'],
    },
  },
  {
    id: 'place.self.province',
    pattern: '(?:toàn|bàn|của|trong|ubnd|dân|cả|ngoài) tỉnh',
    value: { level: 'province' },
    examples: {
      match: ['Lai Châu: toàn tỉnh có 250 HTX', 'Lai Châu: trên địa bàn tỉnh có 250 HTX'],
      reject: ['UBND tỉnh Lai Châu ban hành kế hoạch', 'Lai Châu: toàn tinh có 250 HTX'],
    },
  },
];
