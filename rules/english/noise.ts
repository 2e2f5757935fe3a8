/**
 * Numbers that are not figures: references to documents and laws, numbered places,
 * ranks, page furniture. A rule marked 'before-number' must end right where the number
 * starts; an 'after-number' one start right after it. Years, dates, times and ordinals
 * are told by compromise's own tags (#Year, #Date, #Ordinal) in extractors/english/numbers.ts.
 */
import type { EnglishRule } from './rule.ts';

export type EnNoiseKind = 'reference' | 'place' | 'rank' | 'furniture' | 'version';

export const EN_NOISE_RULES: EnglishRule<EnNoiseKind>[] = [
  {
    id: 'en.noise.reference',
    match:
      '(resolution|resolutions|decree|decrees|decision|decisions|directive|directives|circular|circulars|law|laws|article|articles|clause|clauses|conclusion|conclusions|dispatch|document|documents|report|reports|letter|notice|instruction|regulation|program|programme|plan|chapter|section|item|point|page|code|no|nos|vol|volume|issue|official dispatch|official letter|document no|report no) (no|number|nos)?',
    value: 'reference',
    adjacent: 'before-number',
    examples: {
      match: ['under Resolution 20-NQ/TW of the Party', 'Decree 45 guides the law', 'Report 768 of the ministry', 'Article 5 of the law'],
      reject: ['the province has 742 cooperatives', 'the plan targets 900 cooperatives'],
    },
  },
  {
    id: 'en.noise.version',
    match: '(industry|industrial revolution|revolution|web|covid|covid 19|version|phase|stage|grade|level|class|category|type|tier)',
    value: 'version',
    adjacent: 'before-number',
    examples: { match: ['in the Industry 4.0 era', 'during the Industrial Revolution 4.0', 'phase 2 of the programme'], reject: ['over 4,000 cooperatives'] },
  },
  {
    id: 'en.noise.place',
    match:
      '(ward|district|hamlet|village|zone|quarter|route|road|highway|street|avenue|national road|group|team|block|lot|room|floor|building|km|kilometre|precinct|residential group)',
    value: 'place',
    adjacent: 'before-number',
    examples: { match: ['in Ward 5 of the city', 'along National Road 1', 'in Hamlet 3'], reject: ['in 5 wards'] },
  },
  {
    id: 'en.noise.rank',
    match: '(top|rank|ranked|ranks|ranking|among the top)',
    value: 'rank',
    adjacent: 'before-number',
    examples: { match: ['ranked 5 nationwide', 'among the top 10 provinces'], reject: ['ranked first with 742 cooperatives'] },
  },
  {
    id: 'en.noise.furniture',
    match:
      '(views|view|comments|comment|likes|like|shares|share|reads|visits|visitors|hotline|tel|telephone|phone|fax|email|photo|photos|gmt|utc|updated|posted|published)',
    value: 'furniture',
    adjacent: 'before-number',
    examples: { match: ['Hotline 0912 345 678', 'Comments 0', 'GMT 7', 'Updated 12 March'], reject: ['742 cooperatives'] },
  },
  {
    id: 'en.noise.furniture.after',
    match: '(views|comments|likes|shares|reads|visits|visitors|online|replies)',
    value: 'furniture',
    context: 'after-number',
    examples: { match: ['1,234 views', '12 comments'], reject: ['1,234 members'] },
  },
  {
    id: 'en.noise.law_year.after',
    match: '(cooperative|cooperatives|co-operative|co-operatives) (law|laws|act)',
    value: 'reference',
    context: 'after-number',
    note: 'the year of a law before its name ("the 2012 Cooperative Law") is no count of cooperatives',
    examples: {
      match: ['the 2012 Cooperative Law offers a model', 'under the 2023 Cooperatives Law'],
      reject: ['2012 cooperatives were set up', '2 cooperative unions'],
    },
  },
  {
    id: 'en.noise.event_year.after',
    match: '(cooperative|co-operative) (economic|economy|day|forum|congress|conference|festival|fair|week|development|movement|summit|expo)',
    value: 'reference',
    context: 'after-number',
    note: 'the year of an event before its name ("the 2024 Cooperative Economic Forum") is no count of cooperatives',
    examples: { match: ['at the 2024 Cooperative Economic Forum'], reject: ['2 cooperative unions', '20 cooperatives'] },
  },
];
