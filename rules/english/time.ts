/**
 * Time in English: which year a figure is for. A year (compromise tags #Year), a
 * deadline ("by 2030", "by the end of 2025"), an as-of date ("as of December 31, 2023"), a
 * plan period ("2021-2025", "the 2026-2030 period"), years relative to the document's own
 * date ("last year", "this year", "next year"), a recurring goal ("each year",
 * "annually"), part of a year ("the first six months"), and years a figure is compared
 * with ("up 58 from 2022", "compared with 2020"), which date nothing.
 */
import type { EnglishRule } from './rule.ts';

export type EnTimeKind = 'year' | 'deadline' | 'as_of' | 'period' | 'last_year' | 'this_year' | 'next_year' | 'recurring' | 'partial' | 'reference';

export interface EnTimeValue {
  kind: EnTimeKind;
}

const K = (kind: EnTimeKind): EnTimeValue => ({ kind });

export const EN_TIME_RULES: EnglishRule<EnTimeValue>[] = [
  {
    id: 'en.time.period_short',
    match: '(from|in|for|during|over|between)? /^(19|20)[0-9]{2}[-–][0-9]{2}$/',
    value: K('period'),
    priority: 4,
    note: 'a period with its end year cut to two digits ("from 2021-30", "the 2016-20 term"): the end year is the first year\'s century and those digits',
    examples: { match: ['300 new co-operatives from 2021-30', 'in the 2016-20 period'], reject: ['up 58 from 2022', 'in 2021'] },
  },
  {
    id: 'en.time.reference',
    match:
      '(from|since|compared to|compared with|compared|over|than|as in|versus|vs|against|relative to|on) (that in #Year|that of #Year|those in #Year|those of #Year|it was in #Year|in #Year|the same period last year|the same period of #Year|the same period in #Year|the same period of|the same period in|the same period|the previous year|the year before|last year|the #Year level|#Year level|the end of #Year|the year #Year|the beginning of the period|the start of the period|#Year|the same time last year|the same time)',
    value: K('reference'),
    priority: 3,
    note: 'the year a change is measured from: "up 58 from 2022" dates no figure',
    examples: {
      match: [
        'up 58 from 2022',
        'an increase of 7.8 per cent over the same period',
        'up 61 percent compared with 2013',
        'twice as many as in 2001',
        'an increase of 61 billion dongs against the year 2013',
      ],
      reject: ['by 2030', 'in 2023'],
    },
  },
  {
    id: 'en.time.reference.that',
    match: '(than|compared to|compared with|compared|as|over|against) (that|those|it|they) (was|were)? (in|of|by|at) (the end of|end of)? #Year',
    value: K('reference'),
    priority: 3,
    examples: {
      match: ['4 times better than that by the end of 2012', 'VND 949 million higher than that in 2013'],
      reject: ['by the end of 2012, the province had 300 cooperatives'],
    },
  },
  {
    id: 'en.time.reference.as_many',
    match: '(as many as|as much as|as high as|than) (at|in|by|during)? (the end of|end of)? #Year',
    value: K('reference'),
    priority: 3,
    examples: { match: ['three times as many as at the end of 2015', 'more than in 2019'], reject: ['at the end of 2015, there were 300 cooperatives'] },
  },
  {
    id: 'en.time.reference.law',
    match: '#Year (law|laws|cooperative law|cooperatives law|law on cooperatives|resolution|decree|constitution|amended law)',
    value: K('reference'),
    priority: 3,
    note: 'the year of a law is no year of a figure: "under the 2012 law", "the Law on Cooperatives 2023"',
    examples: { match: ['18,000 cooperatives were reorganised under the 2012 law'], reject: ['in 2012, the province had 300 cooperatives'] },
  },
  {
    id: 'en.time.reference.law_after',
    match: '(law|laws|decree|resolution|constitution) (on|of)? .? #Year',
    value: K('reference'),
    priority: 3,
    examples: {
      match: ['in line with the Law on Cooperatives 2023', 'the Cooperative Law 2012 showed shortcomings'],
      reject: ['in 2012, the province had 300 cooperatives'],
    },
  },
  {
    id: 'en.time.period',
    match: '#Year (to|and|through|till|until) #Year',
    value: K('period'),
    priority: 2,
    examples: { match: ['in the 2021-2025 period', 'for the 2026 – 2030 term', 'between 2021 and 2025'], reject: ['in 2025'] },
  },
  {
    id: 'en.time.from_to',
    match: 'from (#Date|#Value)* #Year (to|until|till|through) (#Date|#Value)* #Year',
    value: K('period'),
    priority: 3,
    examples: {
      match: [
        'from 2021 to 2025, the province will set up 200 cooperatives',
        'from June 30, 2019 to June 30, 2022, the city helped set up 60 new cooperatives',
      ],
      reject: ['up 58 from 2022'],
    },
  },
  {
    id: 'en.time.deadline',
    match: '(by|until|till|to|toward|towards) (the end of|end of|late|the end|mid|early|year end)? #Year',
    value: K('deadline'),
    priority: 2,
    examples: { match: ['by 2030', 'by the end of 2025', 'towards 2030'], reject: ['in 2023'] },
  },
  {
    id: 'en.time.from_now_to',
    match: 'from (now|today) (to|until|till|through|up to) (the end of|end of)? #Year',
    value: K('deadline'),
    priority: 3,
    note: '"from now to 2020" ends in its year; the "now" in it is no time of its own',
    examples: {
      match: ['to set up 12 cooperative unions from now to 2025', 'from now until the end of 2030'],
      reject: ['the province now has 500 cooperatives'],
    },
  },
  {
    id: 'en.time.as_of',
    match:
      '(as of|as at|at the end of|at end of|at the close of|in late|in early|in mid) (the end of|end of|the close of|late|early|mid)? (#Date|#Value)* #Year',
    value: K('as_of'),
    priority: 2,
    examples: {
      match: ['As of December 31, 2023, the province had 742 cooperatives.', 'at the end of 2023', 'as of June 30, 2024'],
      reject: ['by the end of 2025'],
    },
  },
  {
    id: 'en.time.year',
    match: '#Year',
    value: K('year'),
    priority: 1,
    examples: { match: ['In 2023, the province set up 30 cooperatives.', 'the 2024 plan'], reject: ['The province set up 2,023 cooperatives.'] },
  },
  {
    id: 'en.time.last_year',
    match: '(last year|the previous year|a year earlier|the year before|the past year)',
    value: K('last_year'),
    priority: 2,
    examples: { match: ['Last year, the province set up 40 cooperatives.'], reject: ['Next year, the province will set up 40 cooperatives.'] },
  },
  {
    id: 'en.time.this_year',
    match: '(this year|the current year|the year|year end|the whole year|the full year)',
    value: K('this_year'),
    priority: 2,
    examples: { match: ['This year, the province will set up 40 cooperatives.', 'by year-end'], reject: ['Last year, 40 cooperatives were set up.'] },
  },
  {
    id: 'en.time.now',
    match: '(now|currently|at present|presently|to date|so far|up to now|until now|at the moment|thus far)',
    value: K('this_year'),
    priority: 2,
    note: 'what is now is the year of the document',
    examples: { match: ['The province had 320 cooperatives in 2020 and now has 500.'], reject: ['The province had 320 cooperatives in 2020.'] },
  },
  {
    id: 'en.time.next_year',
    match: '(next year|the coming year|the following year)',
    value: K('next_year'),
    priority: 2,
    examples: { match: ['Next year, the province will set up 40 cooperatives.'], reject: ['Last year, 40 cooperatives were set up.'] },
  },
  {
    id: 'en.time.recurring',
    match: '(each year|every year|per year|a year|annually|yearly|per annum|every year on average|each year on average)',
    value: K('recurring'),
    priority: 2,
    examples: {
      match: ['The province will set up 40 new cooperatives each year.', 'to establish 500 cooperatives annually'],
      reject: ['In 2023, 40 cooperatives were set up.'],
    },
  },
  {
    id: 'en.time.partial',
    match:
      '(the first|the past|the last|first) (half|quarter|#Value months|six months|nine months|three months|ten months|eleven months|eight months|seven months|five months|four months|two months)',
    value: K('partial'),
    priority: 3,
    note: 'an average over part of a year has no unit in TARGETS.md: the figure is other',
    examples: { match: ['in the first six months of 2024', 'in the first half of the year', 'over the past nine months'], reject: ['in 2024'] },
  },
];

/**
 * Where a figure's own phrase begins: after these words the clause speaks of something new
 * ("…, while average revenue …", "…, of which 132 …", "…, including 329 …").
 */
export const EN_CLAUSE_OPENER_RULES: EnglishRule<true>[] = [
  {
    id: 'en.opener',
    match:
      '(while|whereas|meanwhile|but|yet|however|of which|of whom|of them|of these|of those|among them|among these|among which|among whom|in which|in particular|including|includes|included|besides|in addition|additionally|moreover|furthermore|respectively|specifically|notably|in detail|namely|such as)',
    value: true,
    examples: {
      match: ['742 cooperatives, of which 132 were newly established', 'VND 5 million per month, while average revenue was VND 3 billion'],
      reject: ['742 cooperatives with 25,000 members'],
    },
  },
];
