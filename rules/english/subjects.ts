/**
 * Whose figure it is, in English: cooperatives (htx), cooperative groups (tht), unions of
 * cooperatives (lhhtx), the collective economy as a whole or cooperatives and groups
 * counted together (kttt). Three more values say the figure is none of these: one named or
 * definite cooperative ("Tan Thanh Cooperative has 45 members", "the cooperative's
 * revenue"), the cooperative alliance as an organisation, and other bodies (enterprises,
 * the province's economy).
 * Longer phrases win over the words inside them ("cooperatives and cooperative groups"
 * over "cooperatives").
 */
import type { EnglishRule } from './rule.ts';
import type { Subject } from '../../pipeline/record.ts';

export type EnSubjectValue = Subject | 'one' | 'alliance' | 'other_body';

export const EN_SUBJECT_RULES: EnglishRule<EnSubjectValue>[] = [
  {
    id: 'en.subject.kttt',
    match: 'collective (economy|economic|economics|sector|sectors|groups|organisations|organizations|entities)',
    value: 'kttt',
    priority: 3,
    examples: {
      match: [
        'The collective economy contributes about 5% of GDP.',
        'the collective economic sector has 7.7 million members',
        'Collective groups have attracted 12,000 members',
      ],
      reject: ['The province has 742 cooperatives.', 'collective farms were dissolved', 'the co-operative sector has 456 co-operatives'],
    },
  },
  {
    id: 'en.subject.kttt.cooperative_economy',
    match: '(cooperative|co-operative) (economy|economics)',
    value: 'kttt',
    priority: 3,
    note: 'the cooperative economy is the collective economy; "the co-operative sector" is the cooperatives\' (htx)',
    examples: { match: ['the cooperative economy employs 2 million workers'], reject: ['the co-operative sector has 456 co-operatives'] },
  },
  {
    id: 'en.subject.kttt.the_sector',
    match: '(the|this|that) (sector|whole sector)',
    value: 'kttt',
    priority: 2,
    note: 'on a page about the collective economy, "the sector" is that economy as a whole: "The sector will contribute 0.8 percent to the province\'s GRDP" (not "the agricultural sector", "the co-operative sector")',
    examples: {
      match: ['The sector will contribute 0.8 percent to the provincial GRDP', 'the sector created jobs for 12.5 million labourers'],
      reject: ['the agricultural sector grew 3 percent', 'the co-operative sector has 456 co-operatives'],
    },
  },
  {
    id: 'en.subject.kttt.both',
    match: '(#CoopNoun|htx) (and|,) (cooperative|co-operative) (groups|teams)',
    value: 'kttt',
    priority: 3,
    note: 'cooperatives and cooperative groups counted together are the collective economy (TARGETS.md)',
    examples: { match: ['cooperatives and cooperative groups attracted 9 million members'], reject: ['cooperative groups attracted 9 million members'] },
  },
  {
    id: 'en.subject.kttt.both_reversed',
    match: '(cooperative|co-operative) (groups|teams) (and|,) #CoopNoun',
    value: 'kttt',
    priority: 3,
    examples: { match: ['cooperative groups and cooperatives employ 2.5 million workers'], reject: ['cooperative groups employ 2.5 million workers'] },
  },
  {
    id: 'en.subject.kttt.economy_and_cooperatives',
    match: 'collective (economy|economic sector) (and|,) (#CoopNoun|cooperatives|co-operatives)',
    value: 'kttt',
    priority: 5,
    examples: {
      match: ['the collective economy and cooperatives directly contributed 4.8 per cent of GDP'],
      reject: ['cooperatives directly contributed 4.8 per cent of GDP'],
    },
  },
  {
    id: 'en.subject.kttt.organisations_and_cooperatives',
    match: 'collective (economic|economy) (organisations|organizations|entities|units) (and|,)? (#CoopNoun|cooperatives|co-operatives)',
    value: 'kttt',
    priority: 5,
    examples: {
      match: ['The total number of members of collective economic organizations and cooperatives is 570,000 people'],
      reject: ['The total number of members of cooperatives is 570,000 people'],
    },
  },
  {
    id: 'en.subject.kttt.three_kinds',
    match: '#CoopNoun (cooperative|co-operative) (unions|union) and? (cooperative|co-operative) (groups|teams)',
    value: 'kttt',
    priority: 5,
    note: 'cooperatives, their unions and cooperative groups together are the collective economy',
    examples: {
      match: ['The average profit of cooperatives, cooperative unions, and cooperative groups is 396 million VND'],
      reject: ['The average profit of cooperatives and cooperative unions is 396 million VND'],
    },
  },
  {
    id: 'en.subject.kttt.organisations',
    match: 'collective (economic|economy) (organisations|organizations|entities|units|models|establishments)',
    value: 'kttt',
    priority: 4,
    examples: { match: ['the number of collective economic organisations reached 1,200'], reject: ['the number of cooperatives reached 1,200'] },
  },
  {
    id: 'en.subject.lhhtx',
    match: '(unions|union|federations|federation) of (#CoopNoun|cooperative|co-operative)',
    value: 'lhhtx',
    priority: 3,
    examples: { match: ['unions of cooperatives had 1 million members'], reject: ['cooperatives had 1 million members'] },
  },
  {
    id: 'en.subject.htx.with_unions',
    match: '(cooperatives|co-operatives) (and|or|,) (cooperative|co-operative) (unions|federations)',
    value: 'htx',
    priority: 4,
    note: 'cooperatives named together with their unions are the cooperatives (a union is a cooperative of cooperatives): "the total operating capital of cooperatives and cooperative unions"',
    examples: {
      match: ['172 cooperatives and cooperative unions were operating', 'the capital of cooperatives and cooperative unions'],
      reject: ['164 cooperative unions with more than 1 million members'],
    },
  },
  {
    id: 'en.subject.lhhtx.compound',
    match: '(cooperative|co-operative) (unions|federations|alliances)',
    value: 'lhhtx',
    priority: 3,
    examples: { match: ['164 cooperative unions with more than 1 million members'], reject: ['164 cooperative groups with 2 million members'] },
  },
  {
    id: 'en.subject.tht',
    match: '(cooperative|co-operative|cooperation|collaborative|co-op|coop) (groups|group|teams|team)',
    value: 'tht',
    priority: 2,
    examples: { match: ['cooperative groups have 73,000 members', 'members of co-operative teams'], reject: ['cooperatives have 73,000 members'] },
  },
  {
    id: 'en.subject.tht.pre_cooperative',
    match: '(pre-cooperatives|pre-cooperative|precooperatives|precooperative|pre-co-operatives)',
    value: 'tht',
    priority: 2,
    examples: { match: ['members of pre-cooperatives earn VND 3 million a month'], reject: ['members of cooperatives earn VND 3 million a month'] },
  },
  {
    id: 'en.subject.tht.acronym',
    match: '(tht|thts)',
    value: 'tht',
    priority: 2,
    examples: { match: ['THT members earn VND 3 million a month'], reject: ['HTX members earn VND 3 million a month'] },
  },
  {
    id: 'en.subject.alliance',
    match: '(vietnam|viet nam|provincial|province|city|municipal|district|central) (cooperative|co-operative|cooperatives) (alliance|union|alliances)',
    value: 'alliance',
    priority: 4,
    note: "the Cooperative Alliance (Liên minh HTX) is an organisation: its own figures are no cooperative's",
    examples: { match: ['the provincial Cooperative Alliance has 50 staff', 'the Vietnam Cooperative Alliance said'], reject: ['164 cooperative unions'] },
  },
  {
    id: 'en.subject.alliance.named',
    match: 'the !(cooperative|co-operative|cooperatives|#Value|#Adjective)+ (cooperative|co-operative) (union|alliance)',
    value: 'alliance',
    priority: 4,
    note: 'the alliance named by its place ("The Hue Cooperative Union attracted 1,230 associate members"): its own figures are no cooperative\'s',
    examples: {
      match: ['The Hue Cooperative Union attracted 1,230 associate members', 'the Quang Tri Cooperative Alliance has 25 staff'],
      reject: ['the province has 164 cooperative unions'],
    },
  },
  {
    id: 'en.subject.alliance.acronym',
    match: '(vca|the alliance|cooperative alliance)',
    value: 'alliance',
    priority: 4,
    examples: { match: ['VCA President said', 'the Cooperative Alliance organised 30 courses'], reject: ['30 cooperatives'] },
  },
  {
    id: 'en.subject.one.definite',
    match: '(the|this|that|its|his|her|their|our) (cooperative|co-operative|coop|co-op) !#Noun',
    value: 'one',
    priority: 2,
    note: "one cooperative named by a determiner: its own figures are not the collective economy's",
    examples: {
      match: ['The cooperative has 45 members.', 'Last year, this cooperative earned VND 3 billion.'],
      reject: ['The cooperatives have 45,000 members.', 'the cooperative sector employs 2 million workers'],
    },
  },
  {
    id: 'en.subject.one.possessive',
    match: "(the|this|that|its) /^co-?operative's$/",
    value: 'one',
    priority: 2,
    examples: { match: ["The cooperative's revenue reached VND 5 billion."], reject: ["The cooperatives' revenue reached VND 500 billion."] },
  },
  {
    id: 'en.subject.one.named',
    match: '#ProperNoun+ (cooperative|co-operative|coop|co-op)',
    value: 'one',
    priority: 2,
    note: 'a proper name before "Cooperative": "Tan Thanh Cooperative", "Hoa Binh Agricultural Service Cooperative"',
    examples: {
      match: ['Tan Thanh Cooperative has 45 members.', 'Phu Loc Agricultural Service Cooperative earns VND 5 billion a year.'],
      reject: ['The province has 45 cooperatives.', 'Many cooperative members earn more.'],
    },
  },
  {
    id: 'en.subject.one.named_kind',
    match:
      '#ProperNoun (agriculture|agricultural|service|services|trading|production|fishery|fisheries|aquaculture|rice|tea|coffee|salt|handicraft|transport|clean|organic|general|livestock|vegetable|fruit|farming)+ (cooperative|co-operative|coop|co-op|co) !#Plural',
    value: 'one',
    priority: 2,
    note: 'a proper name, then the kind of cooperative it is, capitalised or not: "the Vinh Loi Agriculture Co-operative", "Hoa Phu rice cooperative"',
    examples: {
      match: [
        'The Binh An Agriculture Co-operative in Chau Thanh District was set up in 2020 and its 35 members grow rice.',
        'Hoa Phu rice cooperative has 40 members.',
      ],
      reject: ['The province has 199 agricultural co-operatives with 34,500 members.', 'Tra Vinh agricultural cooperatives earn VND 1 billion a year.'],
    },
  },
  {
    id: 'en.subject.one.named_fund',
    match: "#ProperNoun+ people's? credit fund !#Plural",
    value: 'one',
    priority: 3,
    note: 'one credit fund by its name ("the Ngoc Son People\'s Credit Fund has 4,200 members"): its own figures are not all the funds\'',
    examples: {
      match: ["Currently, the Tan Phu People's Credit Fund has 3,900 members."],
      reject: ["The province's 25 people's credit funds have 48,000 members.", "People's credit funds in the province have 48,000 members."],
    },
  },
  {
    id: 'en.subject.one.named_after',
    match: '(cooperative|co-operative) #ProperNoun+',
    value: 'one',
    priority: 1,
    examples: { match: ['the members of Cooperative Tan Thanh earn more'], reject: ['the members of cooperatives earn more'] },
  },
  {
    id: 'en.subject.htx',
    match: '(#CoopNoun|cooperative|co-operative|coop|co-op|htx)',
    value: 'htx',
    priority: 1,
    examples: {
      match: ['members of cooperatives earn VND 5 million a month', 'cooperative members', 'HTX members'],
      reject: ['members of enterprises earn VND 7 million a month'],
    },
  },
  {
    id: 'en.subject.htx.credit_funds',
    match: "people's? credit (funds|fund)",
    value: 'htx',
    priority: 2,
    sector: 'credit',
    examples: { match: ["workers at people's credit funds earn VND 14 million a month"], reject: ['workers at banks earn VND 14 million a month'] },
  },
  {
    id: 'en.subject.htx.credit_funds.abbreviation',
    match: '(pcfs|pcf)',
    value: 'htx',
    priority: 2,
    sector: 'credit',
    examples: { match: ['members of PCFs earn VND 9 million a month'], reject: ['workers at banks earn VND 14 million a month'] },
  },
  {
    id: 'en.subject.mass_organisation',
    match: '(farmers|farmer|women|womens|youth|veterans) (union|unions|association|associations)',
    value: 'other_body',
    priority: 2,
    note: "a mass organisation's own members and branches (\"the Farmers' Union gathered 14,141 members\") are no cooperative's",
    examples: {
      match: ["The provincial Farmers' Union gathered 14,141 members in professional groups.", 'the Women Union has 2,000 members'],
      reject: ['The province has 742 cooperatives with 9,000 members.'],
    },
  },
  {
    id: 'en.subject.mass_organisation.acronym',
    match: '(fu|fus|vnfu)',
    value: 'other_body',
    priority: 2,
    examples: { match: ['FUs at all levels gathered 14,141 members'], reject: ['The cooperatives gathered 14,141 members'] },
  },
  {
    id: 'en.subject.other_body',
    match: '(enterprises|enterprise|businesses|companies|firms|corporations|households|state owned|private sector|foreign invested|fdi)',
    value: 'other_body',
    priority: 1,
    examples: { match: ['the province has 5,200 enterprises', 'households earn VND 4 million a month'], reject: ['the province has 742 cooperatives'] },
  },
];

/**
 * Figures that are not Vietnam's collective economy's now: another country's ("the number of cooperatives in Japan had
 * fallen to 524") or a time long before the pages this project reads ("In the 1950s, the country had 13,314
 * cooperatives"). A figure with one of these before it in its sentence gives no record. Unambiguous country names only,
 * as the Vietnamese `subject.abroad` (rules/subjects.ts).
 */
/** How far another place's or time's cue reaches: figures after it, or every figure of its clause ("… from 2.5 million cooperatives worldwide"). */
export interface ElsewhereValue {
  /** 'after': figures after it, or right after its noun; 'following': figures after it only; 'clause': every figure of its clause. */
  reach: 'after' | 'following' | 'clause';
}

export const EN_ELSEWHERE_RULES: EnglishRule<ElsewhereValue>[] = [
  {
    id: 'en.elsewhere.abroad',
    match:
      '(in|of|across|throughout) the? (japan|korea|south korea|china|thailand|india|israel|singapore|malaysia|indonesia|philippines|cambodia|laos|australia|new zealand|canada|quebec|united states|us|usa|germany|france|italy|spain|netherlands|denmark|sweden|norway|finland|switzerland|brazil|europe|eu|uk|britain)',
    value: { reach: 'after' },
    examples: {
      match: ['By 2025, the number of cooperatives in Japan had fallen to 524.', 'Cooperatives across Europe employ 4.7 million people.'],
      reject: ['By 2025, the number of cooperatives in Vietnam had risen to 31,000.', 'The cooperatives sell rice to Japan.'],
    },
  },
  {
    id: 'en.elsewhere.abroad.subject',
    match:
      '(japan|korea|south korea|china|thailand|india|israel|singapore|malaysia|indonesia|philippines|cambodia|laos|australia|new zealand|canada|germany|france|italy|spain|netherlands|denmark|sweden|norway|finland|switzerland|brazil) (has|had|have|counts|counted)',
    value: { reach: 'following' },
    note: 'another country as the subject of its own count: "…, while Japan has about 600 agricultural cooperatives" (the figures before it are not its)',
    examples: {
      match: ['Vietnam has 31,000 cooperatives, while Japan has about 600 agricultural cooperatives.'],
      reject: ['Vietnam has 31,000 cooperatives.', 'The province sells rice to Japan and has 300 cooperatives.'],
    },
  },
  {
    id: 'en.elsewhere.abroad.people',
    match:
      '(japanese|korean|chinese|thai|indian|kenyan|ugandan|ethiopian|egyptian|brazilian|american|canadian|european|german|french|italian|spanish|dutch|danish|swedish|norwegian|finnish|swiss|british|australian|israeli|cambodian|laotian|lao|filipino|indonesian|malaysian|singaporean|mongolian) (dairy|agricultural|farm|farming|fishery|fisheries|consumer|credit|worker|housing|rural)? (cooperatives|co-operatives|cooperative|co-operative|coops|co-ops)',
    value: { reach: 'after' },
    note: 'cooperatives named by another country\'s people: "the Indian Dairy Cooperatives, with 12.3 million members" are not Vietnam\'s',
    examples: {
      match: ['In 2010, the Japanese agricultural cooperatives had 9.7 million members.', 'Kenyan co-operatives handle 70% of coffee.'],
      reject: ['Vietnamese cooperatives had 6 million members.', 'The province has 300 agricultural cooperatives.'],
    },
  },
  {
    id: 'en.elsewhere.world',
    match: '(worldwide|globally)',
    value: { reach: 'clause' },
    note: 'the world\'s cooperatives are not Vietnam\'s: "1 billion members from 3 million cooperatives worldwide"',
    examples: {
      match: ['There are 3 million cooperatives worldwide.', 'Globally, cooperatives employ 280 million people.'],
      reject: ['The province has 300 cooperatives.', 'The cooperative sells rice to the world market.'],
    },
  },
  {
    id: 'en.elsewhere.world.around',
    match: '(around|across|in|of) the (world|globe)',
    value: { reach: 'clause' },
    examples: {
      match: ['Cooperatives around the world employ 280 million people.', 'the largest cooperatives in the world'],
      reject: ['The cooperative sells rice to the world market.'],
    },
  },
  {
    id: 'en.elsewhere.world_war',
    match: '(after|during|before) the? (first|second)? world war',
    value: { reach: 'after' },
    note: 'a time long past: "after World War II when about 50,000 cooperatives were set up"',
    examples: { match: ['After World War II, some 40,000 cooperatives were set up.'], reject: ['After 2020, some 4,000 cooperatives were set up.'] },
  },
  {
    id: 'en.elsewhere.long_past',
    match: '(in|during|by|since) the? /^19[0-8][0-9]s?$/',
    value: { reach: 'after' },
    examples: {
      match: ['In the 1950s, the country had 13,314 cooperatives.', 'In 1986, there were 17,000 cooperatives.'],
      reject: ['In 2023, there were 17,000 cooperatives.', 'The law of 1996 set the rules.'],
    },
  },
];

/**
 * Which country a page is about, read from the sentences that hold figures: a page that names another country or its
 * people ("to support the Cambodian agricultural sector") and never Vietnam, its people or its money, nor a province
 * of Vietnam, reports another country's cooperatives (extractors/english/records.ts drops its figures).
 */
export interface PagePlaceValue {
  home: boolean;
}

export const EN_PAGE_PLACE_RULES: EnglishRule<PagePlaceValue>[] = [
  {
    id: 'en.page.abroad',
    match:
      '(cambodia|cambodian|laos|lao|laotian|thailand|thai|myanmar|burmese|japan|japanese|korea|korean|china|chinese|india|indian|nepal|nepali|bangladesh|bangladeshi|sri lanka|philippines|filipino|indonesia|indonesian|malaysia|malaysian|singapore|mongolia|mongolian|australia|australian|canada|canadian|kenya|kenyan|uganda|ugandan|tanzania|ethiopia|nigeria|ghana|brazil|brazilian|mexico|peru|germany|german|france|french|italy|italian|spain|spanish|russia|russian|phnom penh|vientiane|bangkok|jakarta|tokyo|seoul|beijing|manila|kuala lumpur|new delhi)',
    value: { home: false },
    note: 'another country, or its people, named in a sentence that holds a figure',
    examples: {
      match: [
        'A total of 1,200 farming co-ops had been established to support the Cambodian agricultural sector.',
        'Japan has 600 agricultural cooperatives.',
        'He spoke at a webinar on cooperatives in Jakarta on Saturday.',
      ],
      reject: ['The province has 300 cooperatives.', 'Vietnam has 31,000 cooperatives.'],
    },
  },
  {
    id: 'en.page.abroad.agency',
    match: '(pna|xinhua|bernama|kyodo|yonhap|antara|kpl|akp|pia)',
    value: { home: false },
    note: 'another country\'s national news agency in the dateline ("LA TRINIDAD, Benguet (PNA) —"): the story is that country\'s',
    examples: {
      match: ['BAGUIO CITY, Dec. 1 (PNA) — The cooperative congress gathered 300 cooperatives.'],
      reject: ['HÀ NỘI (VNA) — The country has 31,000 cooperatives.'],
    },
  },
  {
    id: 'en.page.home',
    match: '(vietnam|viet nam|vietnamese|vnd|dong|dongs|hanoi)',
    value: { home: true },
    note: 'Vietnam, its people or its money named in a sentence that holds a figure',
    examples: {
      match: ['Vietnam has 31,000 cooperatives.', 'Members earn VND 5 million a month.', 'Revenue reached 2 billion dong.'],
      reject: ['The province has 300 cooperatives.', 'Japan has 600 agricultural cooperatives.'],
    },
  },
];
