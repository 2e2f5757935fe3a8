/**
 * What follows an English number: the noun it counts (a unit head), the money it is in, a
 * rate denominator ("per month", "per cooperative"). Unit heads are matched where the
 * number's noun phrase may have its head: right after the number or after the words that
 * describe it ("742 new agricultural cooperatives"); the last head of the phrase is its
 * head ("25,000 cooperative members" counts members, of cooperatives).
 *
 * Numbers themselves (digits, "45,000", "5.4 million", "VND5.4mil", words such as
 * "forty-five thousand") are read in extractors/english/numbers.ts, words through
 * compromise's .numbers().
 */
import type { EnglishRule } from './rule.ts';
import type { Sector, Subject } from '../../pipeline/record.ts';

/** Classes of counted nouns. 'not_ours': a measure no record has (hectares, years, stars). */
export type EnNounClass =
  | 'coop'
  | 'members'
  | 'workers'
  | 'persons'
  | 'managers'
  | 'products'
  | 'communes'
  | 'households'
  | 'enterprises'
  | 'places'
  | 'not_ours';

export interface EnUnitValue {
  cls: EnNounClass;
  /** The body a count noun names ("cooperative groups" → tht). */
  subject?: Subject;
  /** The field it names ("people's credit funds" → credit). */
  sector?: Sector;
}

const U = (cls: EnNounClass, more: Omit<EnUnitValue, 'cls'> = {}): EnUnitValue => ({ cls, ...more });

export const EN_UNIT_RULES: EnglishRule<EnUnitValue>[] = [
  {
    id: 'en.unit.coop_group',
    match: '(cooperative|co-operative|cooperatives|co-operatives|cooperation|collaborative|co-op|coop) (groups|group|teams|team)',
    value: U('coop', { subject: 'tht' }),
    priority: 3,
    note: 'also with the first word in the plural, as pages misspell it ("515 new co-operatives groups")',
    examples: {
      match: ['The province has 1,045 cooperative groups.', 'about 500 co-operative teams', 'set up 230 new co-operatives groups'],
      reject: ['The province has 1,045 cooperatives.', '30 cooperative members'],
    },
  },
  {
    id: 'en.unit.pre_cooperative',
    match: '(pre-cooperatives|pre-cooperative|precooperatives|precooperative|pre-co-operatives)',
    value: U('coop', { subject: 'tht' }),
    priority: 3,
    note: 'the cooperative alliance\'s English calls tổ hợp tác "pre-cooperatives"',
    examples: {
      match: ['there are 110,000 pre-cooperatives and 27,000 cooperatives'],
      reject: ['there are 27,000 cooperatives'],
    },
  },
  {
    id: 'en.unit.coop_group.of',
    match: '(groups|teams) of (#CoopNoun|cooperatives|co-operatives|cooperators)',
    value: U('coop', { subject: 'tht' }),
    priority: 3,
    note: '"68,000 groups of co-operatives": cooperative groups (tổ hợp tác), said the long way',
    examples: {
      match: ['The sector has 9,000 cooperatives and 41,000 groups of co-operatives.'],
      reject: ['The province has 40 groups of farmers.', 'groups of cooperative members met in May'],
    },
  },
  {
    id: 'en.unit.coop_group.tht',
    match: '(tht|thts)',
    value: U('coop', { subject: 'tht' }),
    priority: 3,
    examples: { match: ['There are 120 THT in the district.'], reject: ['There are 120 HTX in the district.'] },
  },
  {
    id: 'en.unit.coop_union',
    match: '(unions|union|federations|federation) of (#Adjective|#Noun)? (#CoopNoun|cooperative|co-operative)',
    value: U('coop', { subject: 'lhhtx' }),
    priority: 3,
    examples: {
      match: ['The country has 164 unions of cooperatives.', '4 federations of co-operatives', 'there are 90 unions of agricultural cooperatives'],
      reject: ['164 cooperatives in unions'],
    },
  },
  {
    id: 'en.unit.coop_union.compound',
    match: '(cooperative|co-operative|cooperatives) (unions|union|federations|alliances)',
    value: U('coop', { subject: 'lhhtx' }),
    priority: 3,
    examples: {
      match: ['There were 100 cooperative unions nationwide.', 'six co-operative unions', '100-150 cooperative alliances'],
      reject: ['100 cooperative groups'],
    },
  },
  {
    id: 'en.unit.credit_funds',
    match: "people's? credit (funds|fund|institutions)",
    value: U('coop', { subject: 'htx', sector: 'credit' }),
    priority: 3,
    examples: { match: ["The province has 85 people's credit funds.", '14 People Credit Funds'], reject: ['VND 5 billion in credit'] },
  },
  {
    id: 'en.unit.credit_funds.abbreviation',
    match: '(pcfs|pcf)',
    value: U('coop', { subject: 'htx', sector: 'credit' }),
    priority: 3,
    note: "the people's credit funds by their initials, once the page has spelt them out",
    examples: { match: ['the province has 12 PCFs operating'], reject: ['the province has 12 PCs in its office'] },
  },
  {
    id: 'en.unit.coop_units',
    match: '(cooperative|co-operative|coop|co-op) (units|unit|establishments|entities|organisations|organizations)',
    value: U('coop', { subject: 'htx' }),
    priority: 2,
    note: '"54 cooperative units operating in the transport sector": cooperatives, said with a general noun',
    examples: { match: ['the province has 54 cooperative units in transport'], reject: ['54 cooperative members'] },
  },
  {
    id: 'en.unit.coop',
    match: '(#CoopNoun|cooperative|co-operative|coop|co-op|htx)',
    value: U('coop', { subject: 'htx' }),
    priority: 1,
    note: 'the singular counts only as the head of its phrase ("one cooperative"), not as a modifier ("cooperative members")',
    examples: { match: ['The province had 742 cooperatives.', 'only one cooperative', '30 co-ops', '12 HTX'], reject: ['742 enterprises'] },
  },
  {
    id: 'en.unit.coop.new_ones',
    match: 'newly? (established|founded|formed|registered|set-up) ones',
    value: U('coop'),
    priority: 2,
    note: '"6,510 cooperatives, including 349 newly established ones": the bodies named before, new ones (only those that are set up: "300 new ones" may be members)',
    examples: {
      match: ['the region has 6,000 cooperatives, including 300 newly established ones', '40 cooperative groups and 12 newly founded ones'],
      reject: ['5,000 members, including 300 new ones', 'the 12 established cooperatives'],
    },
  },
  {
    id: 'en.unit.member_cooperatives',
    match: '(member|members) (#CoopNoun|cooperatives|co-operatives)',
    value: U('members'),
    priority: 4,
    note: 'the cooperatives that are members of a union (HTX thành viên) are its members: "4 unions with 26 member cooperatives"',
    examples: { match: ['340 cooperative unions, with 1,700 member cooperatives'], reject: ['340 cooperative unions, with 1,700 members'] },
  },
  {
    id: 'en.unit.organisations',
    match: 'collective (economic|economy) .? (organisations|organizations|entities|establishments|units)',
    value: U('coop', { subject: 'kttt' }),
    priority: 3,
    examples: { match: ['635 collective economic organizations'], reject: ['635 economic organizations'] },
  },
  {
    id: 'en.unit.members',
    match: '(members|member|membership|memberships)',
    value: U('members'),
    priority: 2,
    examples: { match: ['with 8 million members', '6,000 member households'], reject: ['8 million workers'] },
  },
  {
    id: 'en.unit.workers',
    match: '(workers|worker|employees|employee|labourers|labourer|laborers|laborer|jobs|job|labour|labor|workforce)',
    value: U('workers'),
    priority: 2,
    examples: { match: ['employing 1.1 million workers', '2,500 regular labourers', 'created 3,000 jobs'], reject: ['3,000 members'] },
  },
  {
    id: 'en.unit.persons',
    match: '(people|persons|person|individuals|residents)',
    value: U('persons'),
    priority: 2,
    examples: { match: ['jobs for 2.2 million people', 'a total of 8,806 persons'], reject: ['8,806 members'] },
  },
  {
    id: 'en.unit.managers',
    match: '(managers|manager|cadres|cadre|officials|official|staff|directors|executives|management staff|managerial staff|board members|leaders)',
    value: U('managers'),
    priority: 2,
    examples: { match: ['350 cooperative managers were trained', '120 management staff'], reject: ['350 cooperative members'] },
  },
  {
    id: 'en.unit.products',
    match: '(products|product|items|specialties|specialities)',
    value: U('products'),
    priority: 2,
    examples: { match: ['126 OCOP products', 'ten products'], reject: ['126 cooperatives'] },
  },
  {
    id: 'en.unit.communes',
    match: '(communes|commune|wards|ward|townships|township|towns|localities|villages|hamlets)',
    value: U('communes'),
    priority: 2,
    examples: { match: ['in 96 communes', '17 wards and towns'], reject: ['in 96 cooperatives'] },
  },
  {
    id: 'en.unit.households',
    match: '(households|household|families|family|farms|farmsteads)',
    value: U('households'),
    priority: 2,
    examples: { match: ['attracting 12,000 households'], reject: ['12,000 members'] },
  },
  {
    id: 'en.unit.enterprises',
    match: '(enterprises|enterprise|businesses|business|companies|company|firms|firm|corporations)',
    value: U('enterprises'),
    priority: 2,
    examples: { match: ['450 new enterprises', '20 companies'], reject: ['450 new cooperatives'] },
  },
  {
    id: 'en.unit.places',
    match: '(provinces|province|cities|city|districts|district|countries|country|regions|region)',
    value: U('places'),
    priority: 2,
    examples: { match: ['in 63 provinces and cities', 'across 10 districts'], reject: ['in 63 cooperatives'] },
  },
  {
    id: 'en.unit.coops_and_others',
    match:
      '(cooperatives|co-operatives|coops|co-ops) (and|or) (small|smaller|micro|private|household)? (and medium-sized|and medium)? (enterprises|businesses|companies|firms|households|farms|farmers)',
    value: U('enterprises'),
    priority: 4,
    note: 'cooperatives counted together with bodies that are not ("9,000 cooperatives and small firms"): no count of cooperatives',
    examples: {
      match: ['it speaks for 9,000 cooperatives and small firms', 'loans to 300 cooperatives and businesses'],
      reject: ['12,000 cooperatives and 40 enterprises', '300 cooperatives and cooperative groups'],
    },
  },
  {
    id: 'en.unit.not_ours.branches',
    match: '(cooperative|co-operative|coop|co-op) (branch|branches|office|offices|store|stores|shop|shops|outlet|outlets|supermarket|supermarkets)',
    value: U('not_ours'),
    priority: 3,
    note: "a cooperative's branches, offices or shops are no count of cooperatives",
    examples: { match: ['197 agricultural cooperatives, with 46,840 members and 2 cooperative branches'], reject: ['2 cooperatives'] },
  },
  {
    id: 'en.unit.not_ours',
    match:
      '(hectares|hectare|ha|tonnes|tonne|tons|ton|kg|kilogrammes|km|kilometres|kilometers|sq|square|m2|m3|litres|liters|heads|cattle|pigs|cows|buffaloes|poultry|trees|seedlings|units|projects|models|courses|classes|sessions|conferences|events|meetings|delegates|times|fold|years|year|months|month|days|day|weeks|week|decades|hours|minutes|stars|star|points|seats|votes|articles|clauses|criteria|kinds|types|rounds|batches|trips|vehicles|boats|ships|machines|generations|steps|targets|tasks|solutions|groups of solutions)',
    value: U('not_ours'),
    priority: 2,
    note: 'measures that are no record: areas, weights, durations ("20 years of implementation"), star grades, counts of projects or courses',
    examples: {
      match: ['20 years of implementing the resolution', '1,200 hectares of rice', 'a 3-star rating', 'organised 15 training courses', '1.5 times higher'],
      reject: ['20 cooperatives'],
    },
  },
];

/** A rate denominator right after a unit: "VND 5.4 million per month", "/person/year". */
export interface EnPerValue {
  per: 'month' | 'year' | 'person' | 'coop';
  /** For 'coop': the body the denominator names, when not cooperatives ("a cooperative group"). */
  subject?: Subject;
}

export const EN_PER_RULES: EnglishRule<EnPerValue>[] = [
  {
    id: 'en.per.month',
    match: '(per|a|an|each|every) month',
    value: { per: 'month' },
    context: 'after-number',
    examples: { match: ['VND 5.4 million per month', 'VND 6 million a month'], reject: ['VND 5.4 million in the first month'] },
  },
  {
    id: 'en.per.month.adverb',
    match: '(monthly|per month)',
    value: { per: 'month' },
    context: 'after-number',
    examples: { match: ['VND 5.4 million monthly'], reject: ['VND 5.4 million yearly'] },
  },
  {
    id: 'en.per.year',
    match: '(per|a|an|each|every) (year|annum)',
    value: { per: 'year' },
    context: 'after-number',
    examples: { match: ['VND 64 million per year', '500 new cooperatives a year'], reject: ['VND 64 million last year'] },
  },
  {
    id: 'en.per.year.adverb',
    match: '(annually|yearly|per year)',
    value: { per: 'year' },
    context: 'after-number',
    examples: { match: ['VND 64 million annually'], reject: ['VND 64 million monthly'] },
  },
  {
    id: 'en.per.person',
    match: '(per|a|an|each|every|for each) (person|capita|member|worker|employee|labourer|laborer|head|household|individual)',
    value: { per: 'person' },
    context: 'after-number',
    examples: { match: ['VND 64 million per person per year', 'VND 5 million per member'], reject: ['VND 64 million per cooperative'] },
  },
  {
    id: 'en.per.coop_group',
    match: '(per|a|an|each|every|for each) (cooperative|co-operative) (group|team)',
    value: { per: 'coop', subject: 'tht' },
    context: 'after-number',
    examples: { match: ['profit of VND 29 million a cooperative group'], reject: ['VND 4.56 billion per cooperative'] },
  },
  {
    id: 'en.per.coop',
    match: '(per|a|an|each|every|for each) (cooperative|co-operative|coop|co-op|unit|htx)',
    value: { per: 'coop' },
    context: 'after-number',
    examples: { match: ['VND 4.56 billion per cooperative per year', 'VND 3 billion each cooperative'], reject: ['VND 4.56 billion per person'] },
  },
  {
    id: 'en.per.each',
    match: '(each|apiece)',
    value: { per: 'coop' },
    context: 'after-number',
    note: 'after the noun: so many for each of the bodies just named ("cooperatives with at least seven members each", "revenue of VND 220 million each"); "each year" is a longer rule of its own',
    examples: { match: ['cooperatives that have at least seven members each'], reject: ['seven members in all'] },
  },
];

/** Words that multiply the number before them ("5.4 million"), also glued ("VND5.4mil", "1.5bn"). */
export const EN_MAGNITUDES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mil: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bil: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tril: 1e12,
  trn: 1e12,
  tn: 1e12,
};

/** Words for the đồng. */
export const EN_VND_WORDS: ReadonlySet<string> = new Set(['vnd', 'vnđ', 'dong', 'dongs', 'đồng', 'vn dong', 'vietnam dong', 'vietnamese dong', 'd', 'đ']);

/** Other money: no record is made of it (TARGETS.md counts đồng only). */
export const EN_FOREIGN_MONEY: ReadonlySet<string> = new Set([
  'usd',
  'us$',
  '$',
  'us',
  'dollar',
  'dollars',
  'eur',
  'euro',
  'euros',
  '€',
  '£',
  'gbp',
  'pound',
  'pounds',
  '¥',
  'yen',
  'jpy',
  'yuan',
  'cny',
  'rmb',
  'baht',
  'won',
  'krw',
  's$',
  'sgd',
  'a$',
  'aud',
  'ringgit',
  'rupees',
]);
