/**
 * How much each mention of a place weighs, and how the weights make the place.
 *
 * A mention starts from the weight of the words before it (`bare`, `generic`, `named`; a
 * place line sets it instead, rules/places/cues.ts), then each step that applies
 * multiplies it, in this order: `afterCapital`, `allCaps` (bare names only), `title` or
 * `opening`, then the cues `place.reference` and `place.issuer` or `place.can_cu`. The
 * province with the highest sum wins (resolve.ts, with `RESOLUTION_WEIGHTS`).
 *
 * Each step is named, and its examples are texts the place reader (extractors/places/)
 * reads whole: in a `match` text the step must apply to one of the mentions, in a `reject`
 * text to none. test/rules.test.ts runs them.
 */
import type { RuleExamples } from '../rule.ts';

/** What a step does to a mention's weight: sets it, or multiplies it. */
export type WeightEffect = { readonly set: number } | { readonly times: number };

/** A named weight with the texts it must (and must not) apply to. */
export interface WeightStep<V> {
  readonly id: string;
  readonly value: V;
  readonly note: string;
  readonly examples: RuleExamples;
}

export const MENTION_WEIGHTS = {
  bare: {
    id: 'place.weight.bare',
    value: { set: 1 },
    note: 'a name with no administrative word before it',
    examples: { match: ['Các HTX ở Lai Châu phát triển'], reject: ['UBND tỉnh Lai Châu ban hành kế hoạch'] },
  },
  generic: {
    id: 'place.weight.generic',
    value: { set: 1.5 },
    note: 'a name after a body of no named level: "UBND Tam Đường", "địa bàn Lai Châu" (rules/places/admin-words.ts, kind generic)',
    examples: { match: ['UBND Tam Đường ban hành kế hoạch'], reject: ['UBND huyện Tam Đường ban hành kế hoạch'] },
  },
  named: {
    id: 'place.weight.named',
    value: { set: 2 },
    note: 'a name after its administrative word: "tỉnh Lai Châu", "thị xã Sơn Tây", "TP. Cần Thơ"',
    examples: { match: ['UBND tỉnh Lai Châu ban hành kế hoạch', 'Tỉnh ủy Điện Biên'], reject: ['Các HTX ở Lai Châu phát triển', 'UBND Lai Châu'] },
  },
  longerName: {
    id: 'place.weight.longer_name',
    value: 'drop',
    note: 'a bare name followed by a capitalised word is part of a longer proper noun ("Thái Bình Dương", "Hà Nam Ninh"): no mention',
    examples: { match: ['các nước châu Á – Thái Bình Dương'], reject: ['tỉnh Thái Bình Dương', 'Thái Bình có 300 HTX', 'HÀ NAM Phát triển'] },
  },
  afterCapital: {
    id: 'place.weight.after_capital',
    value: { times: 0.5 },
    note: 'a bare name right after a capitalised word may be a person\'s name ("Nguyễn Hà Nam")',
    examples: { match: ['Đồng chí Nguyễn Hà Nam phát biểu'], reject: ['Các HTX ở Hà Nam phát triển', 'KẾ HOẠCH Hà Nam'] },
  },
  allCaps: {
    id: 'place.weight.all_caps',
    value: { times: 0.5 },
    note: 'a bare name in capitals stands in a heading or a masthead, not in the text',
    examples: { match: ['HÀ NAM: Phát triển hợp tác xã'], reject: ['Hà Nam: Phát triển hợp tác xã', 'TỈNH HÀ NAM'] },
  },
  title: {
    id: 'place.weight.title',
    value: { times: 4 },
    note: 'in the first line (its first 300 characters): the title or the masthead',
    examples: { match: ['Lai Châu phát triển hợp tác xã'], reject: ['Kế hoạch phát triển hợp tác xã\nLai Châu có 200 HTX'] },
  },
  opening: {
    id: 'place.weight.opening',
    value: { times: 3 },
    note: 'in the first 600 characters, after the first line',
    examples: { match: ['Kế hoạch phát triển hợp tác xã\nLai Châu có 200 HTX'], reject: ['Lai Châu phát triển hợp tác xã'] },
  },
} as const satisfies Record<string, WeightStep<WeightEffect | 'drop'>>;

/** How mentions add up to a province (resolve.ts). */
export const RESOLUTION_WEIGHTS = {
  districtShare: {
    id: 'place.weight.district_share',
    value: 0.8,
    note: "the share of a district mention's weight that goes to its province",
    examples: { match: ['UBND huyện Tam Đường ban hành kế hoạch'], reject: ['UBND tỉnh Lai Châu ban hành kế hoạch'] },
  },
  ambiguousDistrict: {
    id: 'place.weight.ambiguous_district',
    value: 2,
    note: 'a district name of n provinces gives each of them districtShare / (this × n), little to any',
    examples: { match: ['Huyện Châu Thành (Hậu Giang): toàn huyện có 35 HTX'], reject: ['UBND huyện Tam Đường ban hành kế hoạch'] },
  },
  bareDistrict: {
    id: 'place.weight.bare_district',
    value: 0.6,
    note: 'a district named without its administrative word, outside the place line, counts this part of its weight',
    examples: { match: ['Kế hoạch của Tam Đường năm 2024'], reject: ['UBND huyện Tam Đường ban hành kế hoạch', 'Tam Đường, ngày 5 tháng 6 năm 2023'] },
  },
  minScore: {
    id: 'place.weight.min_score',
    value: 2,
    note: 'the best province needs at least this score; below it the document names no place of its own',
    examples: { match: ['Đoàn đi học tập kinh nghiệm tại Lâm Đồng'], reject: ['UBND tỉnh Lâm Đồng ban hành kế hoạch'] },
  },
} as const satisfies Record<string, WeightStep<number>>;

/** How far from a name, or from the start, each reading looks (characters). */
export const PLACE_WINDOWS = {
  /** The first line counts as the title up to this length. */
  firstLine: 300,
  /** The opening: where an administrative name still weighs `opening`. */
  opening: 600,
  /** The header: where place lines and the document's first date are looked for. */
  header: 2000,
  /** Before a name, in its clause: where a reference cue is looked for. */
  referenceBefore: 80,
  /** After a name: where an issuer's verb is looked for. */
  issuerAfter: 40,
  /** After a name: where ", ngày … tháng" makes it a place line. */
  placeAfter: 30,
} as const;
