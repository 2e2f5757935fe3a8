/**
 * English sentences and short passages in the phrasings English-language news about
 * Vietnam's cooperatives uses (Vietnam News, VietnamPlus, VOV, Nhân Dân, provincial portals'
 * English pages), each with the records TARGETS.md says it yields. Written for this project:
 * the places, names and figures are made up. test/english-corpus.test.ts runs every entry.
 */
import { r, type CorpusGroup } from './types.ts';
import { EN_NEWS_2023, EN_NEWS_2024, EN_PLAN_2025, EN_PLAN_2026_2030, EN_REPORT_2023 } from './english-types.ts';

const N = EN_NEWS_2024;

export const EN_STATUS: CorpusGroup = {
  phenomenon: 'English: status from modality, tense and time words',
  entries: [
    {
      doc: N,
      text: 'Vietnam aims to have 45,000 cooperatives with 8 million members by 2030.',
      expect: [r('htx', 'count', 'target', 2030, 'count', 45000), r('htx', 'members', 'target', 2030, 'count', 8_000_000)],
    },
    { doc: N, text: 'By the end of 2023, the province had 742 cooperatives, up 58 from 2022.', expect: [r('htx', 'count', 'actual', 2023, 'count', 742)] },
    {
      doc: N,
      text: 'The province currently has 1,045 cooperative groups with more than 12,000 members.',
      expect: [r('tht', 'count', 'actual', 2024, 'count', 1045), r('tht', 'members', 'actual', 2024, 'count', 12000, { comparator: 'gt' })],
    },
    { doc: N, text: 'This year, the province plans to establish 40 new cooperatives.', expect: [r('htx', 'new_count', 'target', 2024, 'count', 40)] },
    // a later paragraph speaks of the group its page counted first ("the local cooperatives"): that group's field
    {
      doc: N,
      text: 'The province now has 212 agricultural cooperatives, according to its farm department.\n\nThe local cooperatives gather 4,300 members and employ more than 8,000 labourers.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 212, { sector: 'agriculture' }),
        r('htx', 'members', 'actual', 2024, 'count', 4300, { sector: 'agriculture' }),
        r('htx', 'workers', 'actual', 2024, 'count', 8000, { sector: 'agriculture', comparator: 'gt' }),
      ],
    },
    // "ones" takes the noun before it and its own field; a participle after the list is no predicate of it; the workers
    // after a breakdown into fields are all the cooperatives'
    {
      doc: N,
      text: 'Of them, 610 are agricultural cooperatives and 233 non-agricultural ones, creating regular jobs for about 9,000 workers.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 610, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 233, { sector: 'non_agriculture' }),
        r('htx', 'workers', 'actual', 2024, 'count', 9000, { comparator: 'approx' }),
      ],
    },
    // a part's field told before the rest of the group; hi-tech cooperatives are a subset the metrics do not measure
    {
      doc: N,
      text: 'The district now has 540 cooperative groups, 410 of them engaged in agriculture and most of the rest in handicrafts.',
      expect: [r('tht', 'count', 'actual', 2024, 'count', 540), r('tht', 'count', 'actual', 2024, 'count', 410, { sector: 'agriculture' })],
    },
    {
      doc: N,
      text: 'The city aims to have more than 1,800 cooperatives by 2030, including 120 hi-tech agricultural cooperatives.',
      expect: [r('htx', 'count', 'target', 2030, 'count', 1800, { comparator: 'gt' })],
    },
    // a part counted in the whole's noun: the part is what the verb says, the whole is all there are; a present verb
    // right after them states what is (the infinitive after it is a purpose)
    {
      doc: N,
      text: "Some 31 of the province's 80 agricultural cooperatives have contracts with firms to develop value chains for rice and fruit.",
      expect: [
        r('htx', 'value_chain', 'actual', 2024, 'count', 31, { sector: 'agriculture', comparator: 'approx' }),
        r('htx', 'count', 'actual', 2024, 'count', 80, { sector: 'agriculture' }),
      ],
    },
    // fields listed after the count: no one of them
    {
      doc: N,
      text: 'The province is home to 118 cooperatives in transport, farming, construction and trade, with 21,000 members.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 118), r('htx', 'members', 'actual', 2024, 'count', 21000)],
    },
    // years named in order for figures named in order
    {
      doc: N,
      text: 'The province strives to raise the total number of cooperatives by 2026 and 2030 to about 640 and over 900, respectively.',
      expect: [
        r('htx', 'count', 'target', 2026, 'count', 640, { comparator: 'approx' }),
        r('htx', 'count', 'target', 2030, 'count', 900, { comparator: 'gt' }),
      ],
    },
    // an estimate of what was reached (ước) reports, whatever verb follows "estimated to"
    {
      doc: N,
      text: 'By late 2022, the country is estimated to have over 28,000 cooperatives and 95 cooperative unions.',
      expect: [r('htx', 'count', 'actual', 2022, 'count', 28000, { comparator: 'gt' }), r('lhhtx', 'count', 'actual', 2022, 'count', 95)],
    },
    // a sentence wrapped over lines is one sentence; "from now to 2027" ends in its year
    {
      doc: N,
      text: 'The city alliance plans to set up 800 more cooperative groups, 90\nnew cooperatives and 6 cooperative unions from now to 2027, and lend\nabout VND 500 billion to members each year.',
      expect: [
        r('tht', 'new_count', 'target', 2027, 'count', 800),
        r('htx', 'new_count', 'target', 2027, 'count', 90),
        r('lhhtx', 'new_count', 'target', 2027, 'count', 6),
      ],
    },
    {
      doc: EN_REPORT_2023,
      text: 'The number of cooperatives is expected to reach 800 by the end of this year.',
      expect: [r('htx', 'count', 'target', 2023, 'count', 800)],
    },
    { doc: N, text: 'In 2023, 36 new cooperatives were established, exceeding the annual plan.', expect: [r('htx', 'new_count', 'actual', 2023, 'count', 36)] },
    { doc: N, text: 'As of June 30, 2024, the province had 312 cooperatives in operation.', expect: [r('htx', 'count', 'actual', 2024, 'count', 312)] },
    { doc: N, text: 'The city targets 1,200 cooperatives operating effectively by 2025.', expect: [r('htx', 'effective', 'target', 2025, 'count', 1200)] },
    {
      doc: N,
      text: 'Average revenue per cooperative was estimated at VND 3.2 billion last year.',
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 3_200_000_000)],
    },
    {
      doc: N,
      text: 'The province will strive to have at least 30 new cooperatives each year in the 2026-2030 period.',
      expect: [r('htx', 'new_count', 'target', 2030, 'count/year', 30, { comparator: 'gte' })],
    },
    { doc: N, text: 'So far, 28 cooperatives have been set up this year.', expect: [r('htx', 'new_count', 'actual', 2024, 'count', 28)] },
    {
      doc: N,
      text: "The collective economic sector is set to contribute 5 percent of the province's GRDP by 2030.",
      expect: [r('kttt', 'grdp_share', 'target', 2030, 'percent', 5)],
    },
    {
      doc: N,
      text: 'Last year, the average income of cooperative members reached VND 5.4 million per month.',
      expect: [r('htx', 'income_avg', 'actual', 2023, 'VND/month', 5_400_000)],
    },
    {
      doc: N,
      text: 'Next year, the province aims to raise the average income of members to VND 6 million per month.',
      expect: [r('htx', 'income_avg', 'target', 2025, 'VND/month', 6_000_000)],
    },
    {
      doc: N,
      text: 'The province has set a target of reducing the share of weak cooperatives to under 5% by 2025.',
      expect: [r('htx', 'weak', 'target', 2025, 'percent', 5, { comparator: 'lt' })],
    },
    {
      doc: N,
      text: 'There were 27,000 cooperatives nationwide at the end of 2021, 2.5 times as many as in 2001.',
      expect: [r('htx', 'count', 'actual', 2021, 'count', 27000)],
    },
    // the level a goal starts from is reached; a range written half in words; members "with a total of" a list of kinds
    {
      doc: N,
      text: 'This year it wants to raise the rate of cooperatives operating effectively from the current 41 per cent.',
      expect: [r('htx', 'effective', 'actual', 2024, 'percent', 41)],
    },
    {
      doc: N,
      text: 'This year the district plans to set up five to 8 new cooperatives.',
      expect: [r('htx', 'new_count', 'target', 2024, 'count', 5, { value_max: 8 })],
    },
    // a breakdown by district on a provincial page gives the districts' figures, not the province's
    {
      doc: N,
      text: 'In the first half of the year, 19 new cooperatives were set up: 7 cooperatives in Hoa An district, 5 cooperatives in Tan Lap district and 7 cooperatives in Binh Son town.',
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 19)],
    },
    // "an additional N" cooperatives are new ones
    {
      doc: EN_PLAN_2025,
      text: 'By 2025, the province plans to develop an additional 80 cooperatives.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 80)],
    },
    // a bare number after "the number of" counts the longest head there
    {
      doc: N,
      text: 'Three cooperative unions were set up this year, raising the total number of cooperative unions to 17.',
      expect: [r('lhhtx', 'new_count', 'actual', 2024, 'count', 3), r('lhhtx', 'count', 'actual', 2024, 'count', 17)],
    },
    // money per cooperative is the cooperatives', even after a figure of groups
    {
      doc: N,
      text: 'Cooperative groups have about 6,100 members. The average revenue is about 2,300 million VND/year/cooperative.',
      expect: [
        r('tht', 'members', 'actual', 2024, 'count', 6100, { comparator: 'approx' }),
        r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_300_000_000, { comparator: 'approx' }),
      ],
    },
    {
      doc: N,
      text: 'The district has 61 cooperatives and 900 cooperative groups with a total of 21,300 members.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 61),
        r('tht', 'count', 'actual', 2024, 'count', 900),
        r('kttt', 'members', 'actual', 2024, 'count', 21300),
      ],
    },
    {
      doc: N,
      text: "The province's cooperatives are expected to have 20,000 members by 2025, up from 15,400 at present.",
      expect: [r('htx', 'members', 'target', 2025, 'count', 20000), r('htx', 'members', 'actual', 2024, 'count', 15400)],
    },
    {
      doc: N,
      text: 'Hanoi now has 1,900 cooperatives and aims to have 2,500 by 2030.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 1900), r('htx', 'count', 'target', 2030, 'count', 2500)],
    },
    {
      doc: N,
      text: 'The average income of cooperative members is expected to reach VND 70 million a year in 2025.',
      expect: [r('htx', 'income_avg', 'target', 2025, 'VND/year', 70_000_000)],
    },
    { doc: N, text: 'The province targets 30 new cooperatives in 2025.', expect: [r('htx', 'new_count', 'target', 2025, 'count', 30)] },
    {
      doc: N,
      text: 'Cooperatives have attracted nearly 70,000 members, creating jobs for about 100,000 workers.',
      expect: [
        r('htx', 'members', 'actual', 2024, 'count', 70000, { comparator: 'approx' }),
        r('htx', 'workers', 'actual', 2024, 'count', 100000, { comparator: 'approx' }),
      ],
    },
    {
      doc: EN_REPORT_2023,
      text: 'Average profit per cooperative is expected to reach VND 300 million in 2023.',
      expect: [r('htx', 'profit_avg', 'target', 2023, 'VND/year', 300_000_000)],
    },
    { doc: N, text: 'From now to 2025, the province will develop 150 more cooperatives.', expect: [r('htx', 'new_count', 'target', 2025, 'count', 150)] },
    {
      doc: N,
      text: 'The province had planned to set up 50 cooperatives in 2023 but established only 41.',
      expect: [r('htx', 'new_count', 'target', 2023, 'count', 50), r('htx', 'new_count', 'actual', 2023, 'count', 41)],
    },
  ],
};

export const EN_TIME: CorpusGroup = {
  phenomenon: 'English: years, periods, deadlines and relative years',
  entries: [
    // an undated page that tells of an event named with its year reports that year
    {
      doc: { title: 'Deputy minister calls for stronger cooperatives' },
      text: 'The deputy minister spoke at the closing session of the 2024 National Cooperative Forum in Hanoi. To date, the country has more than 33,000 cooperatives with nearly 6 million members.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 33000, { comparator: 'gt' }),
        r('htx', 'members', 'actual', 2024, 'count', 6_000_000, { comparator: 'approx' }),
      ],
    },
    { doc: N, text: 'In the 2021-2025 period, the province established 132 new cooperatives.', expect: [r('htx', 'new_count', 'actual', 2024, 'count', 132)] },
    { doc: N, text: 'From 2021 to 2023, 96 cooperatives were set up.', expect: [r('htx', 'new_count', 'actual', 2023, 'count', 96)] },
    // numbers matched by "respectively" to the nouns named before them, each with the noun's own words ("new")
    {
      doc: N,
      text: 'The number of new cooperative groups, cooperatives and unions of cooperatives is expected to reach 480, 65 and 3 respectively by 2030.',
      expect: [
        r('tht', 'new_count', 'target', 2030, 'count', 480),
        r('htx', 'new_count', 'target', 2030, 'count', 65),
        r('lhhtx', 'new_count', 'target', 2030, 'count', 3),
      ],
    },
    // "the number of" and the bare number it counts, with the noun's own words between
    {
      doc: N,
      text: 'The total number of newly established cooperatives in the province rose to 37 in 2023.',
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 37)],
    },
    // what a task is to do is a goal; "until" a year is a deadline
    {
      doc: N,
      text: '"It is an urgent task to strengthen 1,200 cooperatives until 2027," the director said.',
      expect: [r('htx', 'count', 'target', 2027, 'count', 1200)],
    },
    // an undated page that reports the state at the very end of a year was written after it: its "last year" is that
    // year; a change told after an item is an aside, and the list goes on past it
    {
      doc: { title: 'Province reviews its collective economy' },
      text: 'As of December 31, 2022, the province had 318 cooperatives. Last year, 41 new cooperatives were established, up 5.2 percent annually, and 16 cooperative groups.',
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 318),
        r('htx', 'new_count', 'actual', 2022, 'count', 41),
        r('tht', 'new_count', 'actual', 2022, 'count', 16),
      ],
    },
    // what a body has now is reported, whatever the clause joined after it by ", and" plans; "another 13" are new ones
    {
      doc: N,
      text: 'The district has 35 co-operative groups and 19 co-operatives, and plans to set up at least another 8 co-operatives by 2026.',
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 35),
        r('htx', 'count', 'actual', 2024, 'count', 19),
        r('htx', 'new_count', 'target', 2026, 'count', 8, { comparator: 'gte' }),
      ],
    },
    // the field in a body's name ("the Ministry of Agriculture") limits no figure
    {
      doc: N,
      text: 'A director at the Ministry of Agriculture and Rural Development said the country has 29,000 cooperatives.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 29000)],
    },
    // items of a list share the year the first one took from the sentence's opening, not the date an official spoke on
    {
      doc: N,
      text: 'As of late 2022, the district had 46 cooperatives, 210 cooperative groups and two unions of cooperatives, its chairman told reporters on February 14, 2024.',
      expect: [
        r('htx', 'count', 'actual', 2022, 'count', 46),
        r('tht', 'count', 'actual', 2022, 'count', 210),
        r('lhhtx', 'count', 'actual', 2022, 'count', 2),
      ],
    },
    {
      doc: N,
      text: 'In the first six months of 2024, the average income of workers at cooperatives was VND 4.2 million a month.',
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_200_000)],
    },
    { doc: N, text: 'In the first nine months of this year, average revenue of cooperatives reached VND 1.8 billion.', expect: [], none: true },
    {
      doc: EN_PLAN_2026_2030,
      text: 'Each year, the province will set up 25 to 30 new cooperatives.',
      expect: [r('htx', 'new_count', 'target', 2030, 'count/year', 25, { value_max: 30 })],
    },
    {
      doc: N,
      text: 'By 2030, the province strives to have 1,500 cooperatives and 3,000 cooperative groups.',
      expect: [r('htx', 'count', 'target', 2030, 'count', 1500), r('tht', 'count', 'target', 2030, 'count', 3000)],
    },
    {
      doc: N,
      text: 'Compared with 2020, the number of cooperatives increased by 150 to 620 in 2023.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 620)],
    },
    {
      doc: N,
      text: 'The number of cooperatives in the province rose from 320 in 2020 to 500 in 2023.',
      expect: [r('htx', 'count', 'actual', 2020, 'count', 320), r('htx', 'count', 'actual', 2023, 'count', 500)],
    },
    { doc: N, text: 'The number of cooperative members reached 25,400 by the end of 2023.', expect: [r('htx', 'members', 'actual', 2023, 'count', 25400)] },
    { doc: N, text: "Last year, the province's cooperatives employed 8,500 regular workers.", expect: [r('htx', 'workers', 'actual', 2023, 'count', 8500)] },
    {
      doc: N,
      text: 'This year, the average profit of a cooperative is projected at VND 350 million.',
      expect: [r('htx', 'profit_avg', 'target', 2024, 'VND/year', 350_000_000)],
    },
    { doc: N, text: 'Over the past five years, the number of cooperatives has doubled to 410.', expect: [r('htx', 'count', 'actual', 2024, 'count', 410)] },
    {
      doc: EN_NEWS_2023,
      text: 'The province set up 25 cooperatives in 2022 and another 31 this year.',
      expect: [r('htx', 'new_count', 'actual', 2022, 'count', 25), r('htx', 'new_count', 'actual', 2023, 'count', 31)],
    },
    {
      doc: { title: 'Cooperatives report solid results', issued: '2024-01-18' },
      text: 'Last year, cooperatives in the province earned an average revenue of VND 2.8 billion.',
      expect: [r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_800_000_000)],
    },
    {
      doc: N,
      text: 'By 2025, the province will have 560 cooperatives. In 2023, it had 470.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 560), r('htx', 'count', 'actual', 2023, 'count', 470)],
      todo: 'a bare number counts what an earlier sentence counted ("it had 470"): read only within one sentence',
    },
    {
      doc: N,
      text: 'In the 2026-2030 period, Long An aims to establish 100 new cooperatives annually.',
      expect: [r('htx', 'new_count', 'target', 2030, 'count/year', 100)],
    },
    // a date told in running prose ("was passed … on <date>") or compared with ("with <date>") is no page's date: an
    // undated page that reports "As of December 31, Y" reports Y
    {
      doc: { title: 'Officials review the cooperative law' },
      text: 'The revised law was approved by legislators on June 16, 2015 and took effect a year later. As of December 31, 2019, the country had more than 21,000 cooperatives, up 4 percent compared with December 31, 2017.',
      expect: [r('htx', 'count', 'actual', 2019, 'count', 21000, { comparator: 'gt' })],
    },
    // nor does the year of a law named in the review a conference holds; bodies founded "on average" are no count of new ones
    {
      doc: { title: 'Cooperatives lift farmers out of poverty, says deputy minister' },
      text: 'The deputy minister chaired a conference reviewing six years of implementing the 2012 Co-operative Law in the Mekong Delta. So far, the region has two cooperative unions and 310 new-style co-operatives. About nine co-operatives are set up on average since the law took effect.',
      expect: [r('lhhtx', 'count', 'actual', null, 'count', 2), r('htx', 'count', 'actual', null, 'count', 310)],
    },
    // nor does the year a decree was issued date an undated page that names no other year
    {
      doc: { title: 'Cooperatives still lack capital' },
      text: 'At present, the country has more than 12,400 cooperatives. In March 1998 the Government issued Decree 16/CP on incentives for the sector.',
      expect: [r('htx', 'count', 'actual', null, 'count', 12400, { comparator: 'gt' })],
    },
  ],
};

export const EN_SUBJECTS: CorpusGroup = {
  phenomenon: 'English: whose figure it is',
  entries: [
    // cooperative groups said the long way; new ones named by "ones"; a dot that groups thousands before a count
    {
      doc: N,
      text: 'The farm sector now has 9.400 co-operatives and 41,000 groups of co-operatives, including 620 newly established ones.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 9400, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 41000, { sector: 'agriculture' }),
        r('tht', 'new_count', 'actual', 2024, 'count', 620, { sector: 'agriculture' }),
      ],
    },
    // cooperatives that changed to fit the law are no count of their own
    {
      doc: N,
      text: 'The district has 210 cooperative groups and 14 cooperatives that have recently changed following the new Cooperative Law.',
      expect: [r('tht', 'count', 'actual', 2024, 'count', 210)],
    },
    { doc: N, text: 'Unions of cooperatives in the province have 1,200 members.', expect: [r('lhhtx', 'members', 'actual', 2024, 'count', 1200)] },
    // the members of unions are cooperatives, even when the text calls them "cooperative members"
    {
      doc: N,
      text: 'The province has 12 cooperative unions with 85 cooperative members.',
      expect: [r('lhhtx', 'count', 'actual', 2024, 'count', 12), r('lhhtx', 'members', 'actual', 2024, 'count', 85)],
    },
    {
      doc: N,
      text: 'The country has 164 cooperative unions with more than 1 million members.',
      expect: [r('lhhtx', 'count', 'actual', 2024, 'count', 164), r('lhhtx', 'members', 'actual', 2024, 'count', 1_000_000, { comparator: 'gt' })],
    },
    {
      doc: N,
      text: 'Cooperatives and cooperative groups in the province attracted 95,000 members.',
      expect: [r('kttt', 'members', 'actual', 2024, 'count', 95000)],
    },
    {
      doc: N,
      text: 'The collective economy contributes about 4.8 percent of the national GDP.',
      expect: [r('kttt', 'grdp_share', 'actual', 2024, 'percent', 4.8, { comparator: 'approx' })],
    },
    { doc: N, text: 'Tan Phu Cooperative now has 120 members and earns VND 6 billion a year.', expect: [], none: true },
    { doc: N, text: "The cooperative's revenue reached VND 5 billion last year.", expect: [], none: true },
    { doc: N, text: 'The Provincial Cooperative Alliance has 45 staff.', expect: [], none: true },
    { doc: N, text: 'The province has 5,200 enterprises and 742 cooperatives.', expect: [r('htx', 'count', 'actual', 2024, 'count', 742)] },
    {
      doc: N,
      text: 'Members of cooperative groups earn an average of VND 3.5 million a month.',
      expect: [r('tht', 'income_avg', 'actual', 2024, 'VND/month', 3_500_000)],
    },
    { doc: N, text: 'Each cooperative has an average of 45 members.', expect: [], none: true },
    {
      doc: N,
      text: 'The province has 4,500 cooperative groups with 73,000 members and 643 cooperatives with 42,500 members.',
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 4500),
        r('tht', 'members', 'actual', 2024, 'count', 73000),
        r('htx', 'count', 'actual', 2024, 'count', 643),
        r('htx', 'members', 'actual', 2024, 'count', 42500),
      ],
    },
    { doc: N, text: 'The collective economic sector employs 2.5 million workers.', expect: [r('kttt', 'workers', 'actual', 2024, 'count', 2_500_000)] },
    { doc: N, text: 'Cooperative members account for 40% of rural households in the district.', expect: [], none: true },
    {
      doc: N,
      text: 'Ea Tul Coffee Cooperative was founded in 2015 with 30 members. It now has 120 members and revenue of VND 8 billion.',
      expect: [],
      none: true,
    },
    { doc: N, text: 'Private enterprises in the province earn an average revenue of VND 12 billion.', expect: [], none: true },
    { doc: N, text: 'THT members in the district earn VND 3 million per month.', expect: [r('tht', 'income_avg', 'actual', 2024, 'VND/month', 3_000_000)] },
    // one count of bodies of both kinds ("96 new cooperative groups, cooperatives, and cooperative unions") is the
    // collective economy's
    {
      doc: N,
      text: 'This year, the province plans to set up 96 new cooperative groups, cooperatives, and cooperative unions.',
      expect: [r('kttt', 'new_count', 'target', 2024, 'count', 96)],
    },
  ],
};

export const EN_METRICS: CorpusGroup = {
  phenomenon: 'English: what is measured',
  entries: [
    { doc: N, text: 'During the year, 15 cooperatives were dissolved.', expect: [r('htx', 'dissolved_count', 'actual', 2024, 'count', 15)] },
    {
      doc: N,
      text: 'Of the 742 cooperatives, 420 operate effectively.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 742), r('htx', 'effective', 'actual', 2024, 'count', 420)],
    },
    {
      doc: N,
      text: 'Some 60% of cooperatives are rated as good or fair.',
      expect: [r('htx', 'effective', 'actual', 2024, 'percent', 60, { comparator: 'approx' })],
    },
    { doc: N, text: 'The province still has 35 weak cooperatives.', expect: [r('htx', 'weak', 'actual', 2024, 'count', 35)] },
    {
      doc: N,
      text: 'About 150 cooperatives take part in value chains linked with businesses.',
      expect: [r('htx', 'value_chain', 'actual', 2024, 'count', 150, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'Cooperatives in the province have 86 OCOP products rated three stars or higher.',
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 86)],
    },
    {
      doc: N,
      text: 'The total charter capital of cooperatives exceeds VND 1.2 trillion.',
      expect: [r('htx', 'capital', 'actual', 2024, 'VND', 1_200_000_000_000, { comparator: 'gt' })],
    },
    {
      doc: N,
      text: 'Cooperatives contributed VND 45 billion to the state budget in 2023.',
      expect: [r('htx', 'budget_contribution', 'actual', 2023, 'VND', 45_000_000_000)],
    },
    {
      doc: N,
      text: 'The average income of regular workers in cooperatives was VND 64 million per person per year.',
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/year', 64_000_000)],
    },
    { doc: N, text: 'Cooperatives created regular jobs for 12,000 local workers.', expect: [r('htx', 'workers', 'actual', 2024, 'count', 12000)] },
    {
      doc: N,
      text: 'The collective economic sector grew by an average of 6.5 percent per year.',
      expect: [r('kttt', 'growth_rate', 'actual', 2024, 'percent/year', 6.5)],
    },
    {
      doc: N,
      text: "The bad debt ratio of people's credit funds is kept below 1%.",
      expect: [r('htx', 'bad_debt', 'actual', 2024, 'percent', 1, { sector: 'credit', comparator: 'lt' })],
    },
    {
      doc: N,
      text: 'Nearly 95% of communes in the province have at least one cooperative.',
      expect: [r('htx', 'coverage', 'actual', 2024, 'percent', 95, { comparator: 'approx' })],
    },
    { doc: N, text: 'The province aims to train 500 cooperative managers by 2025.', expect: [r('htx', 'managers_trained', 'target', 2025, 'count', 500)] },
    {
      doc: N,
      text: 'Some 40% of cooperative managers hold college or university degrees.',
      expect: [r('htx', 'managers_trained', 'actual', 2024, 'percent', 40, { comparator: 'approx' })],
    },
    { doc: N, text: 'The cooperatives have a total of 3,200 managers.', expect: [r('htx', 'managers', 'actual', 2024, 'count', 3200)] },
    {
      doc: N,
      text: 'During the year, the district set up six new cooperatives, bringing the total to 58.',
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 6), r('htx', 'count', 'actual', 2024, 'count', 58)],
    },
    {
      doc: N,
      text: 'Currently, 250 cooperatives are in operation, while 95 have stopped operating and are waiting for dissolution.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 250), r('htx', 'dissolved_count', 'actual', 2024, 'count', 95)],
    },
    {
      doc: N,
      text: 'In 2023, the province had 352 cooperatives, of which 132 were newly established.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 352), r('htx', 'new_count', 'actual', 2023, 'count', 132)],
    },
    {
      doc: N,
      text: 'About 65 percent of cooperatives have production linkages with enterprises.',
      expect: [r('htx', 'value_chain', 'actual', 2024, 'percent', 65, { comparator: 'approx' })],
    },
    { doc: N, text: 'The number of cooperatives operating effectively reached 500.', expect: [r('htx', 'effective', 'actual', 2024, 'count', 500)] },
    { doc: N, text: 'Cooperatives in the province employ 8,806 people on a regular basis.', expect: [r('htx', 'workers', 'actual', 2024, 'count', 8806)] },
    {
      doc: N,
      text: 'Nearly 6 million people are members of cooperatives.',
      expect: [r('htx', 'members', 'actual', 2024, 'count', 6_000_000, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'The province has 12 cooperatives with 20 OCOP products.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 12)],
      todo: 'cooperatives counted by what they have ("with 20 OCOP products") are a subset, yet the same words count members ("with 20,000 members")',
    },
    { doc: N, text: 'Total assets of the cooperatives are valued at VND 12 trillion.', expect: [], none: true },
    {
      doc: N,
      text: 'The cooperatives have a total charter capital of VND 3.1 trillion.',
      expect: [r('htx', 'capital', 'actual', 2024, 'VND', 3_100_000_000_000)],
    },
    { doc: N, text: 'The collective economic sector accounts for 5.2 percent of the GRDP.', expect: [r('kttt', 'grdp_share', 'actual', 2024, 'percent', 5.2)] },
    { doc: N, text: 'The number of cooperatives in the province rose 12 percent from a year earlier.', expect: [], none: true },
    {
      doc: N,
      text: '45 cooperatives were rated as fairly good or good, accounting for 62%.',
      expect: [r('htx', 'effective', 'actual', 2024, 'count', 45), r('htx', 'effective', 'actual', 2024, 'percent', 62)],
    },
  ],
};

export const EN_MONEY: CorpusGroup = {
  phenomenon: 'English: money in đồng (and not in dollars)',
  entries: [
    {
      doc: N,
      text: 'Average annual revenue reached VND 4.56 billion per cooperative.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 4_560_000_000)],
    },
    {
      doc: N,
      text: 'Each cooperative posted an average profit of VND 421 million last year.',
      expect: [r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 421_000_000)],
    },
    { doc: N, text: 'Cooperative members earned VND 5,000,000 a month on average.', expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 5_000_000)] },
    {
      doc: N,
      text: 'The average income of cooperative workers stood at 62 million dong per person per year.',
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/year', 62_000_000)],
    },
    {
      doc: N,
      text: "Cooperatives' average revenue was VND4.2bn, up 12 percent.",
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 4_200_000_000)],
    },
    {
      doc: N,
      text: 'Average turnover of cooperatives hit VND2.5 billion (US$100,000).',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_500_000_000)],
    },
    {
      doc: N,
      text: 'The monthly income of cooperative members ranges from VND 6 million to VND 6.5 million.',
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 6_000_000, { value_max: 6_500_000 })],
    },
    {
      doc: N,
      text: 'The average income of cooperative workers is 3-4.5 million VND/person/month.',
      expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 3_000_000, { value_max: 4_500_000 })],
    },
    { doc: N, text: 'Revenue of all cooperatives totalled VND 3,100 billion.', expect: [], none: true },
    { doc: N, text: 'The provincial bank lent VND 50 billion to cooperatives.', expect: [], none: true },
    { doc: N, text: 'Average revenue per cooperative is US$180,000.', expect: [], none: true },
    { doc: N, text: 'Members of cooperatives earn VND5.4mil a month.', expect: [r('htx', 'income_avg', 'actual', 2024, 'VND/month', 5_400_000)] },
    {
      doc: N,
      text: 'The cooperatives have total operating capital of 4.2 trillion VND.',
      expect: [r('htx', 'capital', 'actual', 2024, 'VND', 4_200_000_000_000)],
    },
    {
      doc: N,
      text: 'On average, each cooperative reached an annual profit of VND726million.',
      expect: [r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 726_000_000)],
    },
    {
      doc: N,
      text: 'Average revenue of cooperatives is VND 3.3 billion, while their average profit is VND 280 million.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 3_300_000_000), r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 280_000_000)],
    },
    { doc: N, text: 'Per capita income in the province reached VND 65 million in 2023.', expect: [], none: true },
    { doc: N, text: 'Cooperatives paid VND 5 billion in taxes last year.', expect: [r('htx', 'budget_contribution', 'actual', 2023, 'VND', 5_000_000_000)] },
    { doc: N, text: 'The province allocated VND 20 billion to support cooperatives.', expect: [], none: true },
    {
      doc: N,
      text: 'The average income of members is about VND 48 million a year, or VND 4 million a month.',
      expect: [
        r('htx', 'income_avg', 'actual', 2024, 'VND/year', 48_000_000, { comparator: 'approx' }),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_000_000),
      ],
    },
    // "dongs" is the đồng too; the average member's income is theirs, a cooperative's "income" is no member's; a year
    // compared "against the year …" dates nothing
    {
      doc: N,
      text: 'The cooperatives have total operating capital of over 190 billion dongs, up 40 billion dongs against the year 2019. The average annual income for one cooperative is 150 million dongs. The average member’s income per year is over 30 million dongs.',
      expect: [
        r('htx', 'capital', 'actual', 2024, 'VND', 190_000_000_000, { comparator: 'gt' }),
        r('htx', 'income_avg', 'actual', 2024, 'VND/year', 30_000_000, { comparator: 'gt' }),
      ],
    },
  ],
};

export const EN_COMPARATORS: CorpusGroup = {
  phenomenon: 'English: comparators and ranges',
  entries: [
    { doc: N, text: 'The province has more than 1,200 cooperatives.', expect: [r('htx', 'count', 'actual', 2024, 'count', 1200, { comparator: 'gt' })] },
    {
      doc: N,
      text: 'At least 30 new cooperatives will be set up next year.',
      expect: [r('htx', 'new_count', 'target', 2025, 'count', 30, { comparator: 'gte' })],
    },
    {
      doc: N,
      text: 'The country has about 2.2 million workers in cooperatives.',
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 2_200_000, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'The bad debt ratio of cooperatives must be kept at no more than 2%.',
      expect: [r('htx', 'bad_debt', 'target', 2024, 'percent', 2, { comparator: 'lte' })],
    },
    {
      doc: N,
      text: 'Between 600 and 800 workers will be employed by the new cooperatives.',
      expect: [r('htx', 'workers', 'target', 2024, 'count', 600, { value_max: 800 })],
    },
    { doc: N, text: 'The province has 250 to 300 cooperatives in operation.', expect: [r('htx', 'count', 'actual', 2024, 'count', 250, { value_max: 300 })] },
    {
      doc: N,
      text: 'Up to 70% of cooperatives are expected to join value chains by 2030.',
      expect: [r('htx', 'value_chain', 'target', 2030, 'percent', 70, { comparator: 'lte' })],
    },
    { doc: N, text: 'Over 27,000 cooperatives are operating nationwide.', expect: [r('htx', 'count', 'actual', 2024, 'count', 27000, { comparator: 'gt' })] },
    { doc: N, text: 'The province aims to have 30 cooperatives or more in each district.', expect: [], none: true },
    {
      doc: N,
      text: 'Roughly 1,100 cooperative groups operate in the province.',
      expect: [r('tht', 'count', 'actual', 2024, 'count', 1100, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'The province strives to develop 230-250 cooperatives by 2025.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 230, { value_max: 250 })],
    },
    { doc: N, text: 'Fewer than 50 cooperatives remain weak.', expect: [r('htx', 'weak', 'actual', 2024, 'count', 50, { comparator: 'lt' })] },
    {
      doc: N,
      text: 'Almost 4,000 people work for the cooperatives regularly.',
      expect: [r('htx', 'workers', 'actual', 2024, 'count', 4000, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'The average revenue of cooperatives will grow by 10-15% per year.',
      expect: [r('htx', 'growth_rate', 'target', 2024, 'percent/year', 10, { value_max: 15 })],
    },
  ],
};

export const EN_SECTORS: CorpusGroup = {
  phenomenon: 'English: sectors',
  entries: [
    // a kind listed with others after the noun, as one group, is no sector of the whole; kinds each with their own number are
    {
      doc: N,
      text: "The country had 19,400 agricultural cooperatives, People's Credit Funds and non-agricultural cooperatives, and 250 transport cooperatives and 1,100 credit funds.",
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 19400),
        r('htx', 'count', 'actual', 2024, 'count', 250, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 1100, { sector: 'credit' }),
      ],
    },
    // a field that owns the figures as its clause's subject is theirs, for every item of the list it opens
    {
      doc: N,
      text: "The country's agriculture currently has 14,200 co-operatives and 59,000 cooperative groups.",
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 14200, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 59000, { sector: 'agriculture' }),
      ],
    },
    // (not a field named in another clause: "Agriculture grew fast, and the province has 300 cooperatives")
    {
      doc: N,
      text: 'Agriculture grew by 3 percent, and the province has 300 cooperatives and 900 cooperative groups.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 300), r('tht', 'count', 'actual', 2024, 'count', 900)],
    },
    {
      doc: N,
      text: "The province has 551 cooperatives, including 329 agricultural cooperatives, 115 non-agricultural cooperatives and 85 people's credit funds.",
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 551),
        r('htx', 'count', 'actual', 2024, 'count', 329, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 115, { sector: 'non_agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 85, { sector: 'credit' }),
      ],
    },
    {
      doc: N,
      text: 'There are 245 cooperatives in the field of agriculture and 31 in transportation.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 245, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 31, { sector: 'transport' }),
      ],
    },
    {
      doc: N,
      text: 'The average income in agricultural cooperatives is VND 3-4.5 million per month, and VND 4-5 million in non-agricultural ones.',
      expect: [
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 3_000_000, { sector: 'agriculture', value_max: 4_500_000 }),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 4_000_000, { sector: 'non_agriculture', value_max: 5_000_000 }),
      ],
    },
    {
      doc: N,
      text: 'In the trade and services sector, 38 cooperatives are operating.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 38, { sector: 'trade_services' })],
    },
    {
      doc: N,
      text: 'The district has 12 environmental sanitation cooperatives.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 12, { sector: 'environment' })],
    },
    { doc: N, text: 'Handicraft cooperatives employ 2,300 workers.', expect: [r('htx', 'workers', 'actual', 2024, 'count', 2300, { sector: 'industry' })] },
    {
      doc: N,
      text: 'The province has 40 agricultural service cooperatives.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 40, { sector: 'agriculture' })],
    },
    {
      doc: N,
      text: 'There are 44 cooperatives in the construction sector.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 44, { sector: 'construction' })],
    },
    // members after cooperatives and groups counted together, past a short predicate, are the collective economy's
    {
      doc: N,
      text: 'As of May 2024, the province has 420 cooperatives and 95 cooperative groups operating stably with about 31,200 members.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 420),
        r('tht', 'count', 'actual', 2024, 'count', 95),
        r('kttt', 'members', 'actual', 2024, 'count', 31200, { comparator: 'approx' }),
      ],
    },
    // a field named as a label right before the count
    {
      doc: N,
      text: 'The district has 96 cooperatives, mostly in agriculture with 70 cooperatives; handicrafts with 9 cooperatives; transport with 11 cooperatives and 6 in other fields.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 96),
        r('htx', 'count', 'actual', 2024, 'count', 70, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 9, { sector: 'industry' }),
        r('htx', 'count', 'actual', 2024, 'count', 11, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 6, { sector: 'other' }),
      ],
    },
    { doc: N, text: 'Eighteen transport cooperatives operate in the city.', expect: [r('htx', 'count', 'actual', 2024, 'count', 18, { sector: 'transport' })] },
    {
      doc: N,
      text: 'Agricultural cooperatives have 25,000 members.',
      expect: [r('htx', 'members', 'actual', 2024, 'count', 25000, { sector: 'agriculture' })],
    },
    { doc: N, text: 'The province has 47 coffee cooperatives.', expect: [r('htx', 'count', 'actual', 2024, 'count', 47, { sector: 'agriculture' })] },
    {
      doc: N,
      text: 'The province has 20 cooperatives and 35 cooperative groups in agriculture and industry.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 20), r('tht', 'count', 'actual', 2024, 'count', 35)],
    },
    // the fields listed after the noun are all of them, however many agricultural ones open the list: no one field
    {
      doc: N,
      text: 'The province currently has 188 cooperatives operating in the fields of agriculture, fisheries, handicrafts, trade - services and transport, with more than 41,000 members.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 188), r('htx', 'members', 'actual', 2024, 'count', 41000, { comparator: 'gt' })],
    },
    // farmers' cooperatives are agricultural
    {
      doc: N,
      text: 'Vietnam now has more than 7,500 farmers’ cooperatives.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 7500, { sector: 'agriculture', comparator: 'gt' })],
    },
  ],
};

export const EN_STRUCTURE: CorpusGroup = {
  phenomenon: 'English: headings and lead-ins',
  entries: [
    {
      doc: EN_PLAN_2025,
      text: 'II. SPECIFIC TARGETS\n\n- Establish 40 new cooperatives and 120 cooperative groups.\n- Average revenue of cooperatives reaches VND 2.5 billion per year.\n- 75% of cooperatives operate effectively.',
      expect: [
        r('htx', 'new_count', 'target', 2025, 'count', 40),
        r('tht', 'new_count', 'target', 2025, 'count', 120),
        r('htx', 'revenue_avg', 'target', 2025, 'VND/year', 2_500_000_000),
        r('htx', 'effective', 'target', 2025, 'percent', 75),
      ],
    },
    {
      doc: N,
      text: 'Specific targets by 2025:\n\n- 900 cooperatives, of which 70% operate effectively;\n- 15,000 cooperative members.',
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 900),
        r('htx', 'effective', 'target', 2025, 'percent', 70),
        r('htx', 'members', 'target', 2025, 'count', 15000),
      ],
    },
    {
      doc: EN_REPORT_2023,
      text: 'I. RESULTS IN 2023\n\n- The province established 45 new cooperatives, reaching 112% of the plan.\n- Cooperative members numbered 26,000.',
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 45), r('htx', 'members', 'actual', 2023, 'count', 26000)],
    },
    {
      doc: EN_PLAN_2026_2030,
      text: '1. Current situation\n\nThe province has 612 cooperatives with 31,000 members.\n\n2. Targets for 2030\n\nThe province will have 800 cooperatives with 40,000 members.',
      expect: [
        r('htx', 'count', 'actual', null, 'count', 612),
        r('htx', 'members', 'actual', null, 'count', 31000),
        r('htx', 'count', 'target', 2030, 'count', 800),
        r('htx', 'members', 'target', 2030, 'count', 40000),
      ],
    },
    {
      doc: N,
      text: '## Cooperatives in 2023\n\nThe province had 742 cooperatives. They attracted 25,000 members.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 742), r('htx', 'members', 'actual', 2023, 'count', 25000)],
    },
    {
      doc: EN_PLAN_2025,
      text: 'The main targets for 2025 are as follows:\n\n- The number of cooperatives reaches 420;\n- Cooperative groups: 1,100.',
      expect: [r('htx', 'count', 'target', 2025, 'count', 420), r('tht', 'count', 'target', 2025, 'count', 1100)],
    },
    {
      doc: N,
      text: 'In 2023, the collective economy made progress. Cooperatives attracted 30,000 members and created jobs for 12,000 workers.',
      expect: [r('htx', 'members', 'actual', 2023, 'count', 30000), r('htx', 'workers', 'actual', 2023, 'count', 12000)],
    },
  ],
};

export const EN_NEGATIVES: CorpusGroup = {
  phenomenon: 'English: numbers that are no records',
  entries: [
    // "Co-operative" with a capital is one word too: a named one's members are its own, and a sentence that opens on
    // "Co-operatives" names the bodies it counts
    {
      doc: N,
      text: 'The Tan Phu Co-operative in Cho Moi District, which has 48 members, grows mangoes for export. Co-operatives in the province now have 12,000 members.',
      expect: [r('htx', 'members', 'actual', 2024, 'count', 12000)],
    },
    // cooperatives named by another country's people are that country's; Vietnam's figures around them are kept
    {
      doc: N,
      text: "Viet Nam's Dong Thap province has 260 cooperatives with 14,000 members. By comparison, in 2010 the Japanese agricultural cooperatives, with 9.4 million members, handled half of the rice sold in Japan.",
      expect: [r('htx', 'count', 'actual', 2024, 'count', 260), r('htx', 'members', 'actual', 2024, 'count', 14000)],
    },
    // a rating in brackets after a colon is read (compromise keeps the bracket in the word); "average" is neither good
    // nor weak; a cooperative's branches are no cooperatives; those whose work a programme improved are no total
    {
      doc: N,
      text: 'Ratings: (14 cooperatives are classified as good; 31 cooperatives are classified as average). The province has 122 cooperatives and 3 cooperative branches. The alliance helped improve the performance of 40 cooperatives.',
      expect: [r('htx', 'effective', 'actual', 2024, 'count', 14), r('htx', 'count', 'actual', 2024, 'count', 122)],
    },
    // bodies counted with the products they own are the owners; the products take the OCOP of the clause after them
    {
      doc: N,
      text: 'At present, the province has 37 cooperatives with 88 products, from dried fish to honey, that have been certified under the OCOP programme.',
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 88)],
    },
    // people counted for each body are no total of members; the bare number after them counts the bodies before
    {
      doc: N,
      text: 'Of the 187 co-operatives, which have at least seven members each, 64 are in farming. The district also has 920 co-operative teams with at least three members each.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 187),
        r('htx', 'count', 'actual', 2024, 'count', 64, { sector: 'agriculture' }),
        r('tht', 'count', 'actual', 2024, 'count', 920),
      ],
    },
    // a year before the words of an event's name counts nothing; "the highest number of" compares places
    { doc: N, text: 'The alliance and the ministry held a 2024 national forum on cooperatives and the collective economy.', expect: [], none: true },
    {
      doc: N,
      text: 'Hoa Lac district has the highest number of agricultural cooperatives, with 27 out of a total 41 operating in the district.',
      expect: [],
      none: true,
    },
    // a number word joined to a span of time is an adjective; cooperatives facing problems are a subset
    {
      doc: N,
      text: 'Two years into its ten-year programme for cooperatives, the province says nearly 900 cooperatives still face difficulties.',
      expect: [],
    },
    // one credit fund by its name
    { doc: N, text: "Currently, the Tan Phu People's Credit Fund has 3,900 members operating across four communes.", expect: [] },
    // an amount whose currency went unsaid is no count of cooperatives
    { doc: N, text: 'If in 2019 the total business of the cooperatives was only about 90 billion, it is now 170 billion.', expect: [] },
    // the world's cooperatives, and a time long past
    { doc: N, text: 'Cooperatives bring together 900 million members from 2.5 million cooperatives worldwide.', expect: [] },
    { doc: N, text: 'The movement took root after World War II, when some 30,000 cooperatives were set up in the north.', expect: [] },
    // one cooperative's own figures, told as "The co-operative …" and then "It …"
    {
      doc: N,
      text: 'The co-operative is building a cold store with support from the province.\n\nIt earned revenue of VND9 billion last year and has 42 permanent workers.',
      expect: [],
    },
    { doc: N, text: 'Resolution 20-NQ/TW was issued in 2022.', expect: [], none: true },
    { doc: N, text: 'The Law on Cooperatives 2023 took effect on July 1, 2024.', expect: [], none: true },
    { doc: N, text: 'Officials said the 2012 Cooperative Law gave farmers a sound model.', expect: [], none: true },
    { doc: N, text: 'The Prime Minister spoke at the 2024 Cooperative Economic Forum in Hanoi.', expect: [], none: true },
    // a magnitude glued to its rate is still a magnitude, and the rate still counts
    {
      doc: N,
      text: 'Average revenue of each cooperative is VND 720 million/year and average income of workers is VND 5.8 million/month.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 720_000_000), r('htx', 'income_avg', 'actual', 2024, 'VND/month', 5_800_000)],
    },
    { doc: N, text: 'Under the law, a co-operative must have at least seven members.', expect: [], none: true },
    // the people's credit funds by their initials; a rate written with spaced slashes
    {
      doc: N,
      text: "The People's Credit Fund (PCF) system keeps growing. The province now has 14 PCFs with over 31,000 members. Income of members reached VND 9.5 million / month / person.",
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 14, { sector: 'credit' }),
        r('htx', 'members', 'actual', 2024, 'count', 31000, { comparator: 'gt', sector: 'credit' }),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 9_500_000, { sector: 'credit' }),
      ],
    },
    // "the respective figures" repeat what the sentence before measured: here loans to cooperatives, no metric
    {
      doc: N,
      text: 'In 2022, the city fund made loans to 38 cooperatives and 240 cooperative groups. The respective figures were 35 cooperatives and 212 cooperative groups in 2023.',
      expect: [],
      none: true,
    },
    // a star grade before the noun is a qualifier, not a figure
    {
      doc: N,
      text: 'Cooperatives in the province now own 28 4-star products and 85 3-star OCOP products.',
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 28), r('htx', 'ocop_products', 'actual', 2024, 'count', 85)],
    },
    // another country's cooperatives, and a time long past, are no record
    {
      doc: N,
      text: 'In the 1960s, the country had 11,200 cooperatives. By 2024, the number of agricultural cooperatives in Japan had fallen to 530.',
      expect: [],
      none: true,
    },
    // funds licensed to operate are all there are; people per fund are an average
    {
      doc: N,
      text: "In the two provinces, there are currently 64 People's Credit Funds licensed to establish and operate. On average, each People's Credit Fund has 2,310 members.",
      expect: [r('htx', 'count', 'actual', 2024, 'count', 64, { sector: 'credit' })],
    },
    // the collective economy's organisations together with the cooperatives, and all three kinds together, are the collective economy
    {
      doc: N,
      text: 'The total number of members of collective economic organizations and cooperatives is 412,300 people. The average profit of cooperatives, cooperative unions, and cooperative groups is 385 million VND.',
      expect: [r('kttt', 'members', 'actual', 2024, 'count', 412300), r('kttt', 'profit_avg', 'actual', 2024, 'VND/year', 385_000_000)],
    },
    // a caption and the text restate one fact, the text without its sector: one record; "poor productivity" is weak,
    // and of the same agricultural group the page counted first
    {
      doc: N,
      text: 'The province has 380 agricultural cooperatives, 41% of which operate efficiently. Photo: TL.\n\nIn particular, the province has 380 cooperatives, 41% of which are efficient and 9% of which have poor productivity.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 380, { sector: 'agriculture' }),
        r('htx', 'effective', 'actual', 2024, 'percent', 41, { sector: 'agriculture' }),
        r('htx', 'weak', 'actual', 2024, 'percent', 9, { sector: 'agriculture' }),
      ],
    },
    // a number word that opens the story after a dateline is a number; the verb after the last item is every item's
    {
      doc: N,
      text: '(BTV) – Sixty co-operatives and 24 cooperative groups were established in the province in 2024.',
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 60), r('tht', 'new_count', 'actual', 2024, 'count', 24)],
    },
    // an undated page dated by the year its lead reports was written after it: its "last year" is that year
    {
      doc: { title: 'Cooperatives post better results' },
      text: 'Forty co-operatives were set up in the province in 2023, up 20% compared with those in 2022. Last year, the average profit of a cooperative was 310 million VND.',
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 40), r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 310_000_000)],
    },
    // an undated page that opens at a year's end: "the past year" is that year
    {
      doc: { title: 'Cooperatives close a good year' },
      text: 'As of December 12, 2023, the whole province has 512 cooperatives. In the past year, more than 1,200 new jobs have been created by cooperatives.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 512), r('htx', 'workers', 'actual', 2023, 'count', 1200, { comparator: 'gt' })],
    },
    {
      doc: N,
      text: 'The province has 410 cooperatives; 260 operate effectively, 38 operate with low efficiency and 9 have temporarily stopped operating.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 410),
        r('htx', 'effective', 'actual', 2024, 'count', 260),
        r('htx', 'weak', 'actual', 2024, 'count', 38),
      ],
    },
    { doc: N, text: 'The district aims to have 40 well-functioning cooperatives by 2026.', expect: [r('htx', 'effective', 'target', 2026, 'count', 40)] },
    { doc: N, text: "The province's GRDP grew 8.2 percent in 2023.", expect: [], none: true },
    { doc: N, text: 'Export turnover reached US$2.1 billion.', expect: [], none: true },
    { doc: N, text: 'The conference was attended by 300 delegates.', expect: [], none: true },
    { doc: N, text: 'After 20 years of implementing the resolution, cooperatives have changed.', expect: [], none: true },
    { doc: N, text: 'The poverty rate fell to 2.5 percent.', expect: [], none: true },
    { doc: N, text: 'The province supported 45 cooperatives with VND 12 billion in loans.', expect: [], none: true },
    { doc: N, text: 'The province has 12,500 enterprises with total registered capital of VND 95 trillion.', expect: [], none: true },
    { doc: N, text: 'Updated: 10:25, 12/05/2024 | Views: 1,245', expect: [], none: true },
    { doc: N, text: 'Industry 4.0 is changing the way cooperatives work.', expect: [], none: true },
    { doc: N, text: 'The 6th congress of the provincial Cooperative Alliance for the 2020-2025 tenure opened on October 29.', expect: [], none: true },
    { doc: N, text: 'About 1,200 farmers attended 40 training courses.', expect: [], none: true },
    { doc: N, text: 'The cooperative model was introduced in Ward 5 in 1997.', expect: [], none: true },
    { doc: N, text: 'Photo: VNA. Hotline: 0912 345 678.', expect: [], none: true },
    { doc: N, text: 'The province is home to 1.2 million people.', expect: [], none: true },
    { doc: N, text: 'Rice output reached 1.5 million tonnes on 250,000 hectares.', expect: [], none: true },
    { doc: N, text: 'The programme has a budget of VND 120 billion for 2021-2025.', expect: [], none: true },
    { doc: N, text: 'The province has 150 OCOP products, of which 40 are rated four stars.', expect: [], none: true },
    { doc: N, text: 'The district ranked 3rd among 12 districts in the province.', expect: [], none: true },
    { doc: N, text: 'Decree 45/2021/ND-CP guides the Law on Cooperatives.', expect: [], none: true },
    { doc: N, text: 'Two-thirds of the farmers in the commune grow coffee.', expect: [], none: true },
    // a page about another country's cooperatives that never names Vietnam, its money or a province gives no record
    {
      doc: { title: 'Farmer co-ops grow in number' },
      text: 'The agriculture ministry said on Monday that from 2010 to 2022 some 950 farming co-ops had been registered to support the Laotian rice sector. The co-ops have 60,000 members.',
      expect: [],
      none: true,
    },
    // … but a page that names Vietnam keeps its figures, whatever other country a sentence compares it with
    {
      doc: N,
      text: 'Vietnam now has 31,000 cooperatives, while Japan has about 600 agricultural cooperatives.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 31000)],
    },
    // another country named in the title or next to its capital, never Vietnam: no record
    {
      doc: { title: 'Thailand turns to cooperatives to lift farm incomes' },
      text: 'Officials met in Bangkok on Friday. There are 85 cooperatives nationwide that lend to growers.',
      expect: [],
      none: true,
    },
    // a mass organisation's own members, and the sample a survey reached, are no cooperative figures
    {
      doc: N,
      text: "The provincial Farmers' Union helped set up 9 cooperatives. FUs at all levels gathered 12,300 members in professional groups. The survey was conducted on 210 cooperatives in 20 provinces.",
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 9)],
    },
  ],
};

export const EN_MIXED: CorpusGroup = {
  phenomenon: 'English and Vietnamese on one page: each paragraph in its own language',
  entries: [
    {
      doc: N,
      text:
        'The province had 742 cooperatives at the end of 2023, according to the provincial Department of Planning and Investment. Average income of members reached VND 5.4 million per month.\n\n' +
        'Toàn tỉnh hiện có 742 hợp tác xã với 25.000 thành viên; phấn đấu đến năm 2025 có 900 hợp tác xã.',
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 742),
        r('htx', 'income_avg', 'actual', 2024, 'VND/month', 5_400_000),
        r('htx', 'count', 'actual', 2024, 'count', 742),
        r('htx', 'members', 'actual', 2024, 'count', 25000),
        r('htx', 'count', 'target', 2025, 'count', 900),
      ],
    },
  ],
};

export const EN_PASSAGES: CorpusGroup = {
  phenomenon: "English: whole pages (menu, dateline, quotes, one named cooperative, the province's own figures, related news)",
  entries: [
    {
      text: `Home | Politics | Economy | Society | Culture | Sports

Economy

Quang Tri strives to raise cooperatives' revenue

Thursday, April 11, 2024 09:15

QUANG TRI (VNS) — The central province of Quang Tri is working to make its cooperatives bigger and more efficient, with a goal of having 520 cooperatives by 2025, officials said at a conference on Wednesday.

According to the provincial Department of Planning and Investment, the province currently has 468 cooperatives, 1,325 cooperative groups and two unions of cooperatives, attracting nearly 48,000 members.

Of the total, 312 cooperatives operate in agriculture, while the rest work in industry, trade, services and transport. Last year, 37 new cooperatives were established and 12 were dissolved.

The average revenue of a cooperative reached VND 2.6 billion (US$102,000) in 2023, up 9 per cent from 2022, while the average income of regular workers was VND 4.8 million a month.

"Many cooperatives are still small and lack capital," said Le Van Binh, deputy director of the department. He added that only 41 per cent of cooperatives were rated good or fair.

Tan Lien Cooperative in Huong Hoa District, for instance, has 82 members and earned VND 11 billion from coffee processing last year.

By 2025, the province aims to have 60 per cent of cooperatives operating effectively and raise the average income of workers to VND 6 million per month. It also plans to set up 30 to 35 new cooperatives every year.

The province's GRDP grew by 7.1 per cent last year, and its export turnover reached $420 million.

Related news

Cooperatives in Ha Tinh attract 50,000 members

Thua Thien-Hue to have 300 cooperatives by 2030`,
      expect: [
        r('htx', 'count', 'target', 2025, 'count', 520),
        r('htx', 'count', 'actual', 2024, 'count', 468),
        r('tht', 'count', 'actual', 2024, 'count', 1325),
        r('lhhtx', 'count', 'actual', 2024, 'count', 2),
        r('kttt', 'members', 'actual', 2024, 'count', 48000, { comparator: 'approx' }),
        r('htx', 'count', 'actual', 2024, 'count', 312, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 37),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 12),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 2_600_000_000),
        r('htx', 'income_avg', 'actual', 2023, 'VND/month', 4_800_000),
        r('htx', 'effective', 'actual', 2024, 'percent', 41),
        r('htx', 'effective', 'target', 2025, 'percent', 60),
        r('htx', 'income_avg', 'target', 2025, 'VND/month', 6_000_000),
        r('htx', 'new_count', 'target', 2025, 'count/year', 30, { value_max: 35 }),
      ],
    },
    {
      text: `Collective economy targets 8 million members by 2030

VietnamPlus, 15/01/2024 - 10:32

Hanoi (VNA) – The collective economy is expected to make up 5 percent of GDP by 2030, according to a strategy recently approved by the Prime Minister.

Under the strategy, the country will have about 140,000 cooperative groups with 2 million members and 45,000 cooperatives with 8 million members by 2030. Some 1,000 unions of cooperatives will be formed.

The strategy sets the goal that at least 60% of cooperatives will join value chains, and 100% of cooperative managers will receive training.

As of the end of 2023, Vietnam had 31,200 cooperatives, up 1,500 from 2022, with 5.8 million members. The average revenue of a cooperative was around VND 4.5 billion, the average profit VND 350 million, and the average income of workers VND 60 million per year.

Specific targets for the 2021-2025 period:
- Annual growth rate of the collective economy: 6-7%;
- Number of new cooperatives: 5,000 per year;
- Share of cooperatives operating effectively: over 70%.

Deputy Minister Tran Duy Dong said that in the last five years, 18,000 cooperatives had been reorganised under the 2012 law. About 12,000 agricultural cooperatives now provide services to 4 million households.`,
      expect: [
        r('kttt', 'grdp_share', 'target', 2030, 'percent', 5),
        r('tht', 'count', 'target', 2030, 'count', 140000, { comparator: 'approx' }),
        r('tht', 'members', 'target', 2030, 'count', 2_000_000),
        r('htx', 'count', 'target', 2030, 'count', 45000),
        r('htx', 'members', 'target', 2030, 'count', 8_000_000),
        r('lhhtx', 'new_count', 'target', 2030, 'count', 1000, { comparator: 'approx' }),
        r('htx', 'value_chain', 'target', 2030, 'percent', 60, { comparator: 'gte' }),
        r('htx', 'managers_trained', 'target', 2030, 'percent', 100),
        r('htx', 'count', 'actual', 2023, 'count', 31200),
        r('htx', 'members', 'actual', 2023, 'count', 5_800_000),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 4_500_000_000, { comparator: 'approx' }),
        r('htx', 'profit_avg', 'actual', 2023, 'VND/year', 350_000_000),
        r('htx', 'income_avg', 'actual', 2023, 'VND/year', 60_000_000),
        r('kttt', 'growth_rate', 'target', 2025, 'percent/year', 6, { value_max: 7 }),
        r('htx', 'new_count', 'target', 2025, 'count/year', 5000),
        r('htx', 'effective', 'target', 2025, 'percent', 70, { comparator: 'gt' }),
        r('htx', 'count', 'actual', 2024, 'count', 12000, { sector: 'agriculture', comparator: 'approx' }),
      ],
    },
  ],
};

export const EN_CONVENTIONS: CorpusGroup = {
  phenomenon: 'English: scraped text and reporting conventions',
  entries: [
    {
      doc: N,
      text: 'The conference took place on May 9.The province had 620 cooperatives at the end of 2023.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 620)],
    },
    { doc: N, text: 'In the district, 31 cooperatives operate mainly in the field of agriculture.', expect: [r('htx', 'count', 'actual', 2024, 'count', 31)] },
    {
      text: 'Cooperatives grow\n\nResolution 15 was dated March 2, 2021. The country now has 30,100 cooperatives.',
      expect: [r('htx', 'count', 'actual', null, 'count', 30100)],
    },
    {
      doc: N,
      text: 'Five new cooperatives were set up in 2023: 3 in Dien Bien District and 2 in Muong Cha District.',
      // (the items of a breakdown by district are the districts' figures: a record has no place of its own, so each would
      // stand as the page's province's; kept as other)
      expect: [r('htx', 'new_count', 'actual', 2023, 'count', 5)],
    },
    {
      doc: N,
      text: 'The average revenue and profit of a cooperative were VND 2.4 billion and VND 310 million respectively.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 2_400_000_000), r('htx', 'profit_avg', 'actual', 2024, 'VND/year', 310_000_000)],
    },
    {
      doc: N,
      text: 'The province has 6 unions of cooperatives with 41 member cooperatives.',
      expect: [r('lhhtx', 'count', 'actual', 2024, 'count', 6), r('lhhtx', 'members', 'actual', 2024, 'count', 41)],
    },
    { doc: N, text: 'Since the 2012 Law on Cooperatives took effect, 950 cooperatives have been reorganised.', expect: [], none: true },
    {
      doc: { title: 'Cooperatives look back on a good year', issued: '2023-12-20' },
      text: "In the past year, the province's cooperatives created 1,200 new jobs.",
      expect: [r('htx', 'workers', 'actual', 2023, 'count', 1200)],
    },
    {
      doc: { title: 'City cooperatives sum up the year', issued: '2024-01-05' },
      text: 'The city has 640 co-operatives employing 21,000 people.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 640), r('htx', 'workers', 'actual', 2023, 'count', 21000)],
    },
    {
      text: 'District cooperatives\n\nIn 2022, the district set up 14 cooperatives. It now has 97 cooperatives.',
      expect: [r('htx', 'new_count', 'actual', 2022, 'count', 14), r('htx', 'count', 'actual', 2022, 'count', 97)],
    },
    {
      doc: N,
      text: 'The province has 245 cooperatives in the non-agricultural sector (trade, transport and construction).',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 245, { sector: 'non_agriculture' })],
    },
    {
      doc: N,
      text: 'Some 45% of cooperatives operate effectively, three times as many as at the end of 2015.',
      expect: [r('htx', 'effective', 'actual', 2024, 'percent', 45, { comparator: 'approx' })],
    },
    {
      doc: N,
      text: 'The city has 300 cooperatives and four cooperative unions that employ 9,000 workers.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 300),
        r('lhhtx', 'count', 'actual', 2024, 'count', 4),
        r('htx', 'workers', 'actual', 2024, 'count', 9000),
      ],
    },
    {
      doc: N,
      text: 'The province had 320 cooperatives in 2023, 60 percent of which operated effectively.',
      expect: [r('htx', 'count', 'actual', 2023, 'count', 320), r('htx', 'effective', 'actual', 2023, 'percent', 60)],
    },
    { doc: N, text: 'Their revenue was up 61 percent compared with that in 2015.', expect: [], none: true },
    {
      doc: N,
      text: 'The collective economy and cooperatives directly contribute about 5 per cent of GDP and indirectly some 30 per cent.',
      expect: [r('kttt', 'grdp_share', 'actual', 2024, 'percent', 5, { comparator: 'approx' })],
    },
    // an undated page whose only year is in one person's story ("In 2022, she borrowed …") stays undated
    {
      doc: { title: "People's Credit Funds help farmers out of poverty" },
      text: "Loans from the local People's Credit Fund have helped many families expand their farms. Ms. Tran Thi Hoa grows pomelo on two hectares. In 2022, she borrowed 80 million VND from the Tan Hai fund to buy seedlings.\nThe province has 9 People's Credit Funds, with 6,450 members.",
      expect: [r('htx', 'count', 'actual', null, 'count', 9, { sector: 'credit' }), r('htx', 'members', 'actual', null, 'count', 6450, { sector: 'credit' })],
    },
  ],
};

/** Phrasings first met on fresh real pages (written here in the project's own words). */
export const EN_FRESH_PAGES: CorpusGroup = {
  phenomenon: 'English: phrasings of fresh pages',
  entries: [
    // an undated page that compares "last year" with a named year speaks from the year after "last year"; a currency glued
    // to the amount ("VNĐ1.4 billion"); a sentence about "the co-operatives" (plural) is the sector's, not one co-operative's
    {
      text: "The province plans to set up 12 new co-operatives and 30 co-operative groups this year, according to the provincial People's Committee.\n\nSince 2020, 51 new co-operatives have been founded, raising the province's total to 214 with more than 8,500 members.\n\nThe co-operatives earned average revenues of VNĐ1.4 billion (US$55,000) last year, up 9 per cent from 2021.",
      expect: [
        r('htx', 'new_count', 'target', 2023, 'count', 12),
        r('tht', 'new_count', 'target', 2023, 'count', 30),
        r('htx', 'new_count', 'actual', 2023, 'count', 51),
        r('htx', 'count', 'actual', 2023, 'count', 214),
        r('htx', 'members', 'actual', 2023, 'count', 8500, { comparator: 'gt' }),
        r('htx', 'revenue_avg', 'actual', 2022, 'VND/year', 1_400_000_000),
      ],
    },
    // raising something "by" so much is a change, however far the verb stands from "by"
    {
      doc: N,
      text: 'The city also aims to raise the average incomes of co-operative members by at least 8 per cent and to help efficient co-operatives grow.',
      expect: [],
      none: true,
    },
    // a subset told in a relative clause is neither all the new ones nor a sector's count
    {
      doc: N,
      text: 'The province will establish eight new co-operatives this year, including two farming co-operatives that apply high technology.',
      expect: [r('htx', 'new_count', 'target', 2024, 'count', 8)],
    },
    // one named co-op's goals, after a phrase put before its name, are not the sector's
    {
      doc: N,
      text: 'Drawing on a review of market trends, Tan Loc Co.op is targeting growth of 6-8 per cent this year and 12 per cent in the years after.',
      expect: [],
      none: true,
    },
    // bodies counted "each" are each place's, not the province's; once one item of a list names its district with a place
    // word, the next item's bare name is a place too
    {
      doc: N,
      text: 'Since January, 8 new co-operatives have been founded in the province, of which Ha Son and Binh Lieu districts have set up 3 co-operatives each and Dong Trieu and Co To have founded 1 co-operative each. Three new co-operative groups were also formed: 2 in Tien Yen District and 1 in Dam Ha, meeting 20% of the yearly plan.',
      expect: [r('htx', 'new_count', 'actual', 2024, 'count', 8), r('tht', 'new_count', 'actual', 2024, 'count', 3)],
    },
    // a share of a place's people, after a share of GDP, measures nothing of the cooperatives'
    {
      doc: N,
      text: 'The province now has 640 cooperatives, contributing 5.2% of its GRDP and providing jobs for 12% of the rural labour force.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 640), r('htx', 'grdp_share', 'actual', 2024, 'percent', 5.2)],
    },
    // a translated report of a year already past told with "will" is a result; a change spreads over the items of its
    // list, past a bracketed aside; bodies "registered to operate" are all there are; a share graded average is no metric
    {
      doc: N,
      text: 'According to the ministry, in 2023 the country will have about 29,500 cooperatives and 64,000 cooperative groups. Compared with 2022, the number of cooperatives will increase by about 1,900 (up 6.8%), 17 cooperative unions (up about 12.1%). By the end of 2023, the province had 512 cooperatives and 388 cooperative groups registered to operate. Of the cooperatives, 38 percent are classified good, 47 percent average and 15 percent weak.',
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 29_500, { comparator: 'approx' }),
        r('tht', 'count', 'actual', 2023, 'count', 64_000),
        r('htx', 'count', 'actual', 2023, 'count', 512),
        r('tht', 'count', 'actual', 2023, 'count', 388),
        r('htx', 'effective', 'actual', 2023, 'percent', 38),
        r('htx', 'weak', 'actual', 2023, 'percent', 15),
      ],
    },
    // an undated page's plan period says nothing of when it was written (its "last year" stays unknown); a magnitude word
    // left alone by a glued number ("about1.8 million") is no figure
    {
      doc: { title: 'Plan to develop the collective economy submitted' },
      text: 'The ministry has drafted a plan to develop the collective economy and cooperatives for the 2021-2025 period to the Prime Minister. According to the agency, there were over 27,000 cooperatives nationwide last year, and 110,000 cooperative groups with about1.8 million members.',
      expect: [r('htx', 'count', 'actual', null, 'count', 27_000, { comparator: 'gt' }), r('tht', 'count', 'actual', null, 'count', 110_000)],
    },
    // a verb that opens the next item of a list is that item's; "operating fairly" is effective; "co-operatives groups" (a
    // misspelling) are groups; the members that come with new bodies are the new ones' only
    {
      doc: N,
      text: 'During the year, the province founded 18 new cooperatives and dissolved 7 weak cooperatives. The review showed 19 cooperatives were operating well and 96 cooperatives were operating fairly. It aims to set up 60 new co-operatives and 240 new co-operatives groups with a total of 5,000 members by 2026.',
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 18),
        r('htx', 'dissolved_count', 'actual', 2024, 'count', 7),
        r('htx', 'effective', 'actual', 2024, 'count', 19),
        r('htx', 'effective', 'actual', 2024, 'count', 96),
        r('htx', 'new_count', 'target', 2026, 'count', 60),
        r('tht', 'new_count', 'target', 2026, 'count', 240),
      ],
    },
    // a director's "his co-operative" is one body; "one co-operative union" in a list is no norm for every cooperative; a
    // programme's trainees are not the cooperatives' workers
    {
      doc: N,
      text: "The coastal province has 412 co-operatives, one co-operative union, nine people's credit funds and 870 co-operative groups. Tran Van Hai, director of the Hoa Loc Service Co-operative, said his co-operative has 64 members. The farmers' union also provided vocational training for 12,000 workers.",
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 412),
        r('htx', 'count', 'actual', 2024, 'count', 9, { sector: 'credit' }),
        r('tht', 'count', 'actual', 2024, 'count', 870),
      ],
    },
    // a page that opens on its farm cooperatives does not make a later paragraph about all of them agricultural: that
    // paragraph counts more cooperatives than the farm group holds
    {
      doc: N,
      text: 'The province is now home to 290 cooperatives operating in the agriculture sector, providing services for members in farming and aquaculture.\n\nLast year, 55 new cooperatives were established in the province, while 11 cooperatives were dissolved. The locality now has 612 collective economic entities, including 470 cooperatives and 140 cooperative groups.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 290, { sector: 'agriculture' }),
        r('htx', 'new_count', 'actual', 2023, 'count', 55),
        r('htx', 'dissolved_count', 'actual', 2023, 'count', 11),
        r('kttt', 'count', 'actual', 2024, 'count', 612),
        r('htx', 'count', 'actual', 2024, 'count', 470),
        r('tht', 'count', 'actual', 2024, 'count', 140),
      ],
    },
    // cooperatives that "operate averagely" are the middle grade; those selected for a programme are a part; a part of a
    // whole of its own kind that names no metric or field counts nothing ("26 of them are general business groups"), while
    // one with a cue of its own does ("of which 371 were operating")
    {
      doc: N,
      text: 'Up to now, the province has 640 cooperatives, of which 350 cooperatives operate effectively; 250 cooperatives operate averagely. In the 2024-2026 period, 45 cooperatives will be directly selected for training. The district is home to 31 cooperative groups, 28 of them are general service groups.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 640),
        r('htx', 'effective', 'actual', 2024, 'count', 350),
        r('tht', 'count', 'actual', 2024, 'count', 31),
      ],
    },
    // a whole whose part right after it is the new ones is all there are; cooperatives to be consolidated are no count;
    // the alliance named by its city owns its figures; a bare number that ends a cut page says nothing
    {
      doc: N,
      text: 'Among key objectives, the city aims to establish over 2,400 cooperatives by 2030, including 900 new ones, and to consolidate over 1,000 cooperatives. The Hue Cooperative Union attracted 1,230 associate members this year. Moreover, the province has established 4 new cooperative unions, achieving 12',
      expect: [
        r('htx', 'count', 'target', 2030, 'count', 2400, { comparator: 'gt' }),
        r('htx', 'new_count', 'target', 2030, 'count', 900),
        r('lhhtx', 'new_count', 'actual', 2024, 'count', 4),
      ],
    },
    // "the sector" on a page about the collective economy is that economy; the items of a list of a programme's
    // participants are no totals
    {
      doc: N,
      text: "The city's collective economy has grown steadily. The sector will contribute 0.7 percent to the city's GRDP by 2030. In the province, there are 180 entities participating in the OCOP programme, including 40 businesses, 72 cooperatives and 68 households.",
      expect: [r('kttt', 'grdp_share', 'target', 2030, 'percent', 0.7)],
    },
    // cooperatives "that have products" are a part; money per hectare is no measure; a number before a capitalised
    // singular name names one body; a cooperative's director and "its membership" speak of that one
    {
      doc: N,
      text: 'Currently, there are 140 cooperatives that have products, with revenues of 12 million VND/ha. The 12 Transport Cooperative Union runs 80 buses. The Tan Loc Agricultural Service Co-operative grows clean rice. Nguyen Van Binh, its director, said prices are higher. Its membership has grown from 30 to 72 members now.',
      expect: [],
      none: true,
    },
    // a year before a capitalised name is no count ("the 2024 Cooperatives Forum"); the capital of cooperatives and their
    // unions together is the cooperatives'
    {
      doc: N,
      text: 'Speaking at the 2024 Cooperatives Forum, the director said 180 cooperatives and cooperative unions were operating. The total operating capital of cooperatives and cooperative unions was more than 2,900 billion VND.',
      expect: [r('htx', 'count', 'actual', 2024, 'count', 180), r('htx', 'capital', 'actual', 2024, 'VND', 2_900_000_000_000, { comparator: 'gt' })],
    },
    // a goal with no time of its own goes on from the deadline the sentence before it set
    {
      doc: N,
      text: 'The strategy sets the goal of 1,200 cooperatives with 150,000 members by 2030. In particular, at least 40 percent of cooperatives will take part in value chains.',
      expect: [
        r('htx', 'count', 'target', 2030, 'count', 1200),
        r('htx', 'members', 'target', 2030, 'count', 150_000),
        r('htx', 'value_chain', 'target', 2030, 'percent', 40, { comparator: 'gte' }),
      ],
    },
    // the base a goal was set from is reported; "pre-cooperatives" are cooperative groups; a body named only in the next
    // goal's part of the sentence is not this figure's; a start level of another measure does not take the one before it
    {
      doc: N,
      text: 'The goals were set based on the data at the end of 2023: there are 410 cooperatives and 1,250 pre-cooperatives in the province. The collective economy is to grow by 7-9% per year, the income of cooperative members to be raised from 5% per year.',
      expect: [
        r('htx', 'count', 'actual', 2023, 'count', 410),
        r('tht', 'count', 'actual', 2023, 'count', 1250),
        r('kttt', 'growth_rate', 'target', 2024, 'percent/year', 7, { value_max: 9 }),
      ],
    },
    // a period whose end year is cut to two digits (a recurring goal after it runs to its end); the recurrence after the last
    // item of a list is the list's
    {
      doc: N,
      text: 'The city wants to set up 250 new cooperatives and four cooperative unions from 2026-30. It strives to establish about 60 new cooperative groups and 40 cooperatives annually.',
      expect: [
        r('htx', 'new_count', 'target', 2030, 'count', 250),
        r('lhhtx', 'new_count', 'target', 2030, 'count', 4),
        r('tht', 'new_count', 'target', 2030, 'count/year', 60, { comparator: 'approx' }),
        r('htx', 'new_count', 'target', 2030, 'count/year', 40),
      ],
    },
    // a figure after counts of several kinds is all of theirs; a time right after another amount's conversion is that
    // amount's, and one after this amount's conversion is its own
    {
      doc: N,
      text: 'Over the past five years, 900 cooperatives and 2,000 cooperative groups were set up, contributing about 4 percent to the provincial GDP. The province plans to lift the average revenue of cooperatives to VND 2.5 billion (US$98,000) this year from VND 1.9 billion (US$75,000) last year.',
      expect: [
        r('htx', 'new_count', 'actual', 2024, 'count', 900),
        r('tht', 'new_count', 'actual', 2024, 'count', 2000),
        r('kttt', 'grdp_share', 'actual', 2024, 'percent', 4, { comparator: 'approx' }),
        r('htx', 'revenue_avg', 'target', 2024, 'VND/year', 2_500_000_000),
        r('htx', 'revenue_avg', 'actual', 2023, 'VND/year', 1_900_000_000),
      ],
    },
    // bodies that built products are their owners; grades joined by "and" stay in the products' phrase; a number with a
    // plural noun of its own is not of the noun before it; "the 80-member cooperative" is one co-operative
    {
      doc: N,
      text: 'So far, 31 farming cooperatives in the province have built 45 3-star and 4-star OCOP products. Many have also registered 20 trademarks. Founded in 2015, the 80-member cooperative earns VND 500 million in profit each year.',
      expect: [r('htx', 'ocop_products', 'actual', 2024, 'count', 45, { sector: 'agriculture' })],
    },
    // members and employees counted together are neither; cooperatives that set up enterprises are a subset, not new ones;
    // a field inside the noun of unions, and "of this kind" after the next noun
    {
      doc: N,
      text: 'The province has 512 cooperatives with over 30,000 members and employees. There are nearly 900 cooperatives establishing enterprises. The country now counts 88 unions of agricultural cooperatives and nearly 19,000 cooperatives of this kind.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 512),
        r('lhhtx', 'count', 'actual', 2024, 'count', 88, { sector: 'agriculture' }),
        r('htx', 'count', 'actual', 2024, 'count', 19_000, { sector: 'agriculture', comparator: 'approx' }),
      ],
    },
    // an amount's own conversion into another currency does not hide the measure after it; "each cooperative … an average"
    // makes an amount each cooperative's; cooperatives lent money are a subset
    {
      doc: N,
      text: 'Each cooperative generates an average of VND 1.8 billion (US$71,000) in revenue. Last month, 14 cooperatives were lent VND 3 billion by the support fund.',
      expect: [r('htx', 'revenue_avg', 'actual', 2024, 'VND/year', 1_800_000_000)],
    },
    // a grade told in the first item's noun is not the next item's when that counts another kind; a definition counts nothing
    {
      doc: N,
      text: 'The province aims to have 180 well-functioning cooperatives and three cooperative unions by 2027. Full cooperatives should have at least seven members, while those with at least three are considered cooperative groups.',
      expect: [r('htx', 'effective', 'target', 2027, 'count', 180), r('lhhtx', 'count', 'target', 2027, 'count', 3)],
    },
    // "of these units" is no clause opener; "cooperative units" are cooperatives; "Particularly, …" counts a part
    {
      doc: N,
      text: 'The province now has 62 cooperative units operating in the transport sector. Particularly, 57 cooperatives hold transport licences. The total charter capital of these units is nearly VND 150 billion.',
      expect: [
        r('htx', 'count', 'actual', 2024, 'count', 62, { sector: 'transport' }),
        r('htx', 'count', 'actual', 2024, 'count', 57, { sector: 'transport' }),
        r('htx', 'capital', 'actual', 2024, 'VND', 150_000_000_000, { sector: 'transport', comparator: 'approx' }),
      ],
    },
    // a comma glued between two words still parts them; "collective groups" are the collective economy; cooperatives
    // singled out for an award are a few, not all
    {
      doc: N,
      text: "The province has 1,450 cooperative groups,including many in farming. Collective groups have attracted 9,800 members and contributed 0.6 percent to the province's GRDP. The prize went to 40 exemplary cooperatives.",
      expect: [
        r('tht', 'count', 'actual', 2024, 'count', 1450),
        r('kttt', 'members', 'actual', 2024, 'count', 9800),
        r('kttt', 'grdp_share', 'actual', 2024, 'percent', 0.6),
      ],
    },
    // a dateline of another country's news agency makes the story that country's
    {
      doc: N,
      text: 'BAGUIO CITY, Nov. 4 (PNA) — The city now has 85 cooperatives with 12,000 members, the cooperative development office said.',
      expect: [],
      none: true,
    },
    // an undated page: a member's story ("she became a co-op member in 2017") dates nothing; cooperatives counted with small
    // enterprises are no count of cooperatives; "the closure of N cooperatives" counts the dissolved
    {
      text: 'The province now has 540 co-operatives. Lê Thị Tâm, a member, said she became a co-op member in 2017 and has since doubled her income. The alliance speaks for 9,000 cooperatives and small firms. The first half of the year saw the closure of 23 cooperatives.',
      expect: [r('htx', 'count', 'actual', null, 'count', 540), r('htx', 'dissolved_count', 'actual', null, 'count', 23)],
    },
    // a share of a whole counted after it ("41 percent of the country's 19,000 cooperatives are operating effectively");
    // cooperatives that "have created jobs" are counted, not created; cooperatives a study looked at are no count
    {
      doc: N,
      text: "Only 41 percent of the country's 19,000 cooperatives are operating effectively, the director said. There are about 9,500 cooperatives that have created jobs for 800,000 people. A survey investigated 48 cooperatives in the district.",
      expect: [
        r('htx', 'effective', 'actual', 2024, 'percent', 41),
        r('htx', 'count', 'actual', 2024, 'count', 19000),
        r('htx', 'count', 'actual', 2024, 'count', 9500, { comparator: 'approx' }),
        r('htx', 'workers', 'actual', 2024, 'count', 800_000),
      ],
    },
    // an amount in dong cut from its magnitude at the end of an excerpt ("VND3." of "VND3.2 billion") is no amount
    {
      text: 'The province now has 212 cooperatives. Each cooperative earned average revenue of VND3.',
      doc: EN_NEWS_2024,
      expect: [r('htx', 'count', 'actual', 2024, 'count', 212)],
    },
    // an undated page whose only year is the one a resolution was adopted in: that year dates the resolution, not the page
    {
      text: 'Delegates discussed a resolution on cooperatives. The resolution was adopted by the Party Central Committee in 2003.\nAbout 61 percent of agricultural cooperatives are operating effectively, he said.',
      doc: { title: 'Collective economy needs more attention' },
      expect: [r('htx', 'effective', 'actual', null, 'percent', 61, { sector: 'agriculture', comparator: 'approx' })],
    },
    // an undated page: the review it prepares is of 2019; a congress still to come and a target's year date nothing
    {
      text: 'The session prepared a review of 15 years of the resolution on the collective economy, five years of the decree on the reform of agro-forestry companies, and ten years of new-style rural area building in 2019. The review will help compile documents for the Party Congress slated for early 2021.\nThere are over 12,400 cooperatives nationwide at present, compared to the target of 13,000 in 2020, the Deputy PM said.',
      doc: { title: 'Deputy PM asks for a white book on cooperatives' },
      expect: [r('htx', 'count', 'actual', 2019, 'count', 12400, { comparator: 'gt' }), r('htx', 'count', 'target', 2020, 'count', 13000)],
    },
  ],
};

export const ENGLISH_CORPUS: CorpusGroup[] = [
  EN_STATUS,
  EN_TIME,
  EN_SUBJECTS,
  EN_METRICS,
  EN_MONEY,
  EN_COMPARATORS,
  EN_SECTORS,
  EN_STRUCTURE,
  EN_NEGATIVES,
  EN_MIXED,
  EN_PASSAGES,
  EN_CONVENTIONS,
  EN_FRESH_PAGES,
];
