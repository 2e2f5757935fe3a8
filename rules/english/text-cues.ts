/**
 * English cues read on the raw text, not on compromise's terms: a page's date and title lines, the words right
 * before a date or a year, the glue between two figures as the extractor prints it, a quick test of a sentence's
 * opening. Each is a text rule (rules/text-rule.ts: a pattern used exactly as written, with its flags) that yields no
 * value, only a match, and carries the slices it must and must not match, written as the extractor sees them (an
 * anchored "…$" cue gets exactly the text before a date, "^…$" exactly the words between two figures).
 * test/cues.test.ts runs every example. (Rules over compromise's terms are in the other files of rules/english/.)
 */
import type { TextRule } from '../text-rule.ts';
import { EN_PAGE_PLACE_RULES } from './subjects.ts';

/** Month names and their common abbreviations, with the month each names. */
export const EN_MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** The months' full names, January first. */
export const EN_MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = EN_MONTH_NAMES;
/** Full names first, then abbreviations ("sept" before "sep"), each name captured, a dot after an abbreviation allowed. */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = String.raw`(${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|')})\.?`;
/** A month (and day) between "in" and the year: "in February 2023", "in late 2020", "at the end of December 5, 2021". */
const MONTH_BEFORE_YEAR = String.raw`(?:(?:early|mid|late|${MONTH_NAMES.join('|')})[- ](?:\d{1,2},?\s+)?)?`;

/** extractors/english/docmeta.ts: an English page's title, type, date, plan year and the year an undated page reports. */
export const EN_DOCMETA_CUES = {
  furniture: {
    id: 'en.cue.docmeta.furniture',
    pattern: String.raw`^(home|skip to|menu|search|log ?in|sign ?in|subscribe|follow us|share|tweet|print|email|related|tags?:|source:|photo:|tiếng việt|english|vietnamese|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|updated?\s*:|published\s*:|posted\s*:)`,
    flags: 'iu',
    value: null,
    note: "a line of the site's furniture (menu, sharing buttons, language switch, weekday clock, date label): no title",
    examples: {
      match: ['Home | News | Economy', 'Follow us on social media', 'Thursday, March 6, 2025', 'Published: 12/03/2024'],
      reject: ['Cooperatives in Hoa Lam earn more from rice', 'Members share profits at the cooperative'],
    },
  },
  siteClockAfter: {
    id: 'en.cue.docmeta.site_clock_after',
    pattern: String.raw`^[^\n|]{6,22}\|\s*\d{1,2}:\d{2}\s*(?:GMT|UTC)`,
    flags: 'iu',
    value: null,
    note: 'a date, a bar and a clock with its zone on the first line ("August 20, 2025 | 07:43 GMT +7"): when the page was saved',
    examples: {
      match: ['August 20, 2025 | 07:43 GMT +7', 'Monday 3/2/2025 | 18:05 utc'],
      reject: ['August 20, 2025 - 07:43 GMT', 'Friday 3/2/2025 | 07:43 in Hanoi'],
    },
  },
  asOfBefore: {
    id: 'en.cue.docmeta.as_of_before',
    pattern: String.raw`\b(?:as of|as at|by|until|till|since|from|to|through|between|and|end of|before|after|with|than)\s+$`,
    flags: 'iu',
    value: null,
    note: 'the words right before a date of the facts a page reports ("as of December 31, 2013", "from … to …"): not the page\'s date',
    examples: {
      match: ['the fund, as of ', 'figures collected from ', 'by the end of '],
      reject: ['Posted on ', 'Hanoi, ', 'Last updated: '],
    },
  },
  eventOnBefore: {
    id: 'en.cue.docmeta.event_on_before',
    pattern: String.raw`\b\p{Ll}{3,}\s+(?:by\s+[^\n.]{2,40}?\s+)?on\s+$`,
    flags: 'u',
    value: null,
    note: 'a verb of running prose, then "on", right before a date: the date of an event the page tells of',
    examples: {
      match: ['The law was passed by the National Assembly on ', 'the fair opened on '],
      reject: ['Posted on ', 'Hanoi, '],
    },
  },
  dateLabel: {
    id: 'en.cue.docmeta.date_label',
    pattern: String.raw`\b(?:updated?|published|posted|last updated|date)\s*(?:on|at)?\s*:?\s*$`,
    flags: 'iu',
    value: null,
    note: "what stands right before a page's own date",
    examples: {
      match: ['Posted on ', 'Last updated: ', 'Published '],
      reject: ['was passed on ', 'Hanoi, '],
    },
  },
  documentDatedBefore: {
    id: 'en.cue.docmeta.document_dated_before',
    pattern: String.raw`\b(dated|issued|signed|adopted|approved|promulgated|effective)\s+(on\s+)?$`,
    flags: 'iu',
    value: null,
    note: 'a date a document is "dated", "issued" or "signed" on is that document\'s, not the page\'s',
    examples: {
      match: ['Decision No. 12 dated ', 'the plan signed on '],
      reject: ['Posted on ', 'news of '],
    },
  },
  monthDayYear: {
    id: 'en.cue.docmeta.month_day_year',
    pattern: String.raw`\b${EN_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`,
    flags: 'iu',
    value: null,
    note: 'a date written month first: "December 12, 2023", "Sept. 5th 2021" (captured: the month, the day, the year)',
    examples: {
      match: ['Posted December 12, 2023', 'Sept. 5th 2021'],
      reject: ['December 2023', '12 December 2023'],
    },
  },
  dayMonthYear: {
    id: 'en.cue.docmeta.day_month_year',
    pattern: String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${EN_MONTH},?\s+((?:19|20)\d{2})\b`,
    flags: 'iu',
    value: null,
    note: 'a date written day first: "12 December 2023", "3rd Feb, 2020" (captured: the day, the month, the year)',
    examples: {
      match: ['on 12 December 2023', '3rd Feb, 2020'],
      reject: ['December 12, 2023', 'over 12 months in 2023'],
    },
  },
  monthDaySlashYear: {
    id: 'en.cue.docmeta.month_day_slash_year',
    pattern: String.raw`\b${EN_MONTH},?\s+(\d{1,2})\/((?:19|20)\d{2})\b`,
    flags: 'iu',
    value: null,
    note: 'a month name, then day/year: "Update: July, 04/2020 - 08:55" (captured: the month, the day, the year)',
    examples: {
      match: ['Update: July, 04/2020 - 08:55'],
      reject: ['July 4, 2020', '04/07/2020'],
    },
  },
  planTitle: {
    id: 'en.cue.docmeta.plan_title',
    pattern: String.raw`^\s*(plan|action plan|programme|program)\b`,
    flags: 'iu',
    value: null,
    note: 'a title that opens with the kind of a plan: a plan, unless it reads as a news headline',
    examples: {
      match: ['Plan for developing cooperatives in 2025', 'Action plan on the collective economy'],
      reject: ['Province plans more cooperatives', 'Planning cooperatives for the future'],
    },
  },
  headlineVerb: {
    id: 'en.cue.docmeta.headline_verb',
    pattern: String.raw`\b(said|says|to|will|sets|approves|issues|launches)\b`,
    flags: 'iu',
    value: null,
    note: 'a verb in a title that opens like a plan\'s ("Programme to support …", "Plan sets …"): a news headline about the plan',
    examples: {
      match: ['Programme to support cooperatives launches in Hoa Lam', 'Plan sets goal of 900 cooperatives'],
      reject: ['Plan for cooperative development in 2025', 'Action plan on cooperatives, 2021-2025'],
    },
  },
  reportTitle: {
    id: 'en.cue.docmeta.report_title',
    pattern: String.raw`^\s*(report|review)\b`,
    flags: 'iu',
    value: null,
    note: 'a title that opens with "Report" or "Review": a report',
    examples: {
      match: ['Report on cooperative performance in 2023', 'Review of the collective economy'],
      reject: ['Reporters visit a cooperative', 'The report shows growth'],
    },
  },
  decisionTitle: {
    id: 'en.cue.docmeta.decision_title',
    pattern: String.raw`^\s*decision\b`,
    flags: 'iu',
    value: null,
    note: 'a title that opens with "Decision": a decision',
    examples: { match: ['Decision on approving the cooperative scheme'], reject: ['Decisions taken at the congress', 'The decision was issued'] },
  },
  resolutionTitle: {
    id: 'en.cue.docmeta.resolution_title',
    pattern: String.raw`^\s*resolution\b`,
    flags: 'iu',
    value: null,
    note: 'a title that opens with "Resolution": a resolution',
    examples: { match: ['Resolution on collective economy development'], reject: ['The resolution was adopted', 'Resolutions of the congress'] },
  },
  newsPage: {
    id: 'en.cue.docmeta.news_page',
    pattern: String.raw`\b(published|updated|posted|source|photo|reporter|vna|vov|vnp)\b`,
    flags: 'iu',
    value: null,
    note: "words of a news site's page (a date label, a photo or source credit, a news agency): with no title found, a news page still",
    examples: {
      match: ['Photo: VNA', 'Updated 2 hours ago'],
      reject: ['The cooperative sells rice', 'Plan for 2025'],
    },
  },
  planYear: {
    id: 'en.cue.docmeta.plan_year',
    pattern: String.raw`\b(?:plan|targets?|goals?|for|in|by)\b[^.;]*?\b((?:19|20)\d{2})\b`,
    flags: 'iu',
    value: null,
    note: 'in a title, a year after "plan", "targets", "for", "in" or "by" (captured): the plan\'s year',
    examples: {
      match: ['Plan for cooperative development in 2025', 'Cooperative targets by 2030'],
      reject: ['Cooperatives grow strongly', 'Hanoi: 2024 cooperative fair'],
    },
  },
  foundedBefore: {
    id: 'en.cue.docmeta.founded_before',
    pattern: String.raw`\b(?:established|founded|opened|set up|launched|created|formed|started|born|came into (?:force|effect)|took effect|was (?:passed|adopted|enacted|promulgated))\s*$`,
    flags: 'iu',
    value: null,
    note: 'what stands before the year a body was founded in or a law took effect: its history, not the time the page reports',
    examples: {
      match: ['The cooperative was established ', 'the law came into force '],
      reject: ['the province had 320 cooperatives ', 'revenue rose '],
    },
  },
  targetBefore: {
    id: 'en.cue.docmeta.target_before',
    pattern: String.raw`\b(?:target|goal)s?\b(?:\s+of)?[^.;]{0,30}?\s*$`,
    flags: 'iu',
    value: null,
    note: 'a target named right before "in <year>" ("compared with the target of 9,000 in 2020"): the year it is set for, not a time the page reports',
    examples: {
      match: ['compared with the target of 9,000 ', 'the goal of 500 cooperatives '],
      reject: ['the province had 40 cooperatives ', 'members '],
    },
  },
  lawBefore: {
    id: 'en.cue.docmeta.law_before',
    pattern: String.raw`\b(?:law|laws|resolution|decree|directive|constitution)(?:\s+(?:on|of)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$`,
    flags: 'iu',
    value: null,
    note: 'a law, resolution or decree named right before "in <year>": the year it was passed, not the time the page reports',
    examples: {
      match: ['the adoption of the Law on Cooperatives ', 'the Resolution '],
      reject: ['the province had 40 cooperatives ', 'members '],
    },
  },
  lawAfter: {
    id: 'en.cue.docmeta.law_after',
    pattern: String.raw`^\s*(?:co-?operatives?\s+|cooperatives?\s+)?(?:law|laws|resolution|decree)\b`,
    flags: 'iu',
    value: null,
    note: 'a law, resolution or decree named right after a year ("the 2012| Co-operative Law"): the year it was passed, not the time the page reports',
    examples: {
      match: [' Co-operative Law on agriculture', ' Law on Cooperatives', ' Resolution'],
      reject: [' cooperatives were founded', ', the province had'],
    },
  },
  yearOfFacts: {
    id: 'en.cue.docmeta.year_of_facts',
    pattern: String.raw`\b(?:in|of|during|as of|at the end of|end of|year)\s+${MONTH_BEFORE_YEAR}((?:19|20)\d{2})\b(?!\s*(?:law|resolution|decree))`,
    flags: 'iu',
    value: null,
    note: 'a year named as a time of facts ("in 2022", "as of late 2020", "in February 2023"; captured), not a law\'s year',
    examples: {
      match: ['In 2022, the province had 300 cooperatives', 'as of late 2020', 'at the end of December 5, 2021'],
      reject: ['by 2030', 'the 2012 law', 'since 2015'],
    },
  },
  eventYear: {
    id: 'en.cue.docmeta.event_year',
    pattern: String.raw`\b(?:held|hosted|organi[sz]ed|opened|attended)\s+(?:a|an|the)\s+((?:19|20)\d{2})\s+(?!law\b)\p{L}`,
    flags: 'iu',
    value: null,
    note: 'an event the page reports as held, named by its year (captured): "the alliance held a 2019 national forum on …"',
    examples: {
      match: ['the alliance held a 2019 national forum', 'members attended the 2023 trade fair'],
      reject: ['held a meeting in 2019', 'organised the 2012 law review'],
    },
  },
  planBeforePeriod: {
    id: 'en.cue.docmeta.plan_before_period',
    pattern: String.raw`\b(?:plan|plans|strategy|strategies|programme|program|project|scheme|targets?|goals?|orientations?|vision|aims?|master plan)\b[^.;]{0,80}$`,
    flags: 'iu',
    value: null,
    note: 'a plan or strategy named before a period ("a plan to develop cooperatives in the 2026-2030 period"): the period is the plan\'s, its last year no time the page reports',
    examples: {
      match: ['has drafted a plan to develop the collective economy and cooperatives for ', 'the strategy for '],
      reject: ['the number of cooperatives rose by 5,000 in ', 'new cooperatives were founded in '],
    },
  },
  periodEnd: {
    id: 'en.cue.docmeta.period_end',
    pattern: String.raw`\b(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\s+(?:period|phase)\b`,
    flags: 'iu',
    value: null,
    note: 'a period or phase of years (captured: its last year): "the 2016-2020 period"',
    examples: { match: ['in the 2016-2020 period', 'the 2021 – 2025 phase'], reject: ['the 2021-2025 term', 'from 2016-2020'] },
  },
  termStart: {
    id: 'en.cue.docmeta.term_start',
    pattern: String.raw`\b((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\s+term\b|\bterm\s+(?:of\s+)?((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\b`,
    flags: 'iu',
    value: null,
    note: 'a congress\'s term of years (captured: its first year): "the congress for the 2025-2030 term" sits in 2025',
    examples: { match: ['the congress for the 2025-2030 term', 'its term of 2020-2025'], reject: ['the 2016-2020 period', 'a long term plan to 2030'] },
  },
  hoChiMinhCity: {
    id: 'en.cue.docmeta.ho_chi_minh_city',
    pattern: String.raw`\b(hcm ?city|hcmc|ho chi minh city|saigon)\b`,
    flags: 'iu',
    value: null,
    note: 'the names Ho Chi Minh City goes by in English, read on the text folded to lower-case letters without marks',
    examples: { match: ['cooperatives in hcm city', 'the saigon river'], reject: ['the ho chi minh trail', 'hcmut students'] },
  },
  thuaThienHue: {
    id: 'en.cue.docmeta.thua_thien_hue',
    pattern: String.raw`\bthua thien[\s-]*hue\b`,
    flags: 'iu',
    value: null,
    note: 'Thua Thien Hue written in one word or with a dash, on the folded text',
    examples: { match: ['thua thien-hue province', 'in thua thien hue'], reject: ['hue city', 'thua thien'] },
  },
  datelineAgency: {
    id: 'en.cue.docmeta.dateline_agency',
    pattern: String.raw`^\s*\((vna|vns|vnp|vov|ndo|vnplus|sggp|vnexpress)\)`,
    flags: 'u',
    value: null,
    note: 'right after a place\'s name, a news agency in brackets ("Hanoi (VNA) –"): the place the story was filed from, on the folded text',
    examples: { match: [' (vna) – the province', '(vnplus) -'], reject: [' (photo) the', ' is the capital'] },
  },
} as const satisfies Record<string, TextRule<null>>;

/** extractors/english/records.ts: the glue between figures, a sentence's opening, the words of a page about Vietnam. */
export const EN_RECORDS_CUES = {
  productOwnersGlue: {
    id: 'en.cue.records.product_owners_glue',
    pattern: String.raw`^\s*(?:in the (?:province|city|district|country)\s+)?(?:with|owning|having|(?:that|which) (?:own|have|has)|(?:have|has|had) (?:built|developed|created|owned)|(?:built|developed|own|owns|owned))\s*(?:about|around|over|nearly|more than)?\s*$`,
    flags: 'iu',
    value: null,
    note: 'all that stands between bodies counted and the products they own ("51 cooperatives| with |123 OCOP products", "30 cooperatives in the province have built 41 OCOP products"): they are the owners',
    examples: {
      match: [' with ', 'that own about', 'owning more than', ' in the province have built '],
      reject: [' producing ', 'and', ' were established, and '],
    },
  },
  changeAside: {
    id: 'en.cue.records.change_aside',
    pattern: String.raw`,?\s*\(?\s*\b(?:up|down|an increase of|a decrease of|a rise of|rising|increasing|decreasing)\s+(?:by\s+)?(?:about\s+|nearly\s+|around\s+|over\s+|almost\s+)?[\d.,]+\s*(?:percent|per cent|%)(?:\s+(?:annually|year-on-year|on-year|a year|yearly|against [^,)]*|compared (?:to|with) [^,)]*|over [^,)]*|from [^,)]*))?\s*\)?,?`,
    flags: 'iu',
    value: null,
    note: 'a change told right after an item (", up 3.08 percent annually,"): an aside, cut from the glue before the next item',
    examples: {
      match: [', up 3.08 percent annually,', ', down 12% year-on-year', ' an increase of 5 per cent compared with 2022', ' (up about 12.5%),'],
      reject: [', and 240 cooperative groups', ' up to 30 percent'],
    },
  },
  nextItemLead: {
    id: 'en.cue.records.next_item_lead',
    pattern: String.raw`^\s*(a total of|about|around|over|more than|nearly|some|almost|up to|at least|another|the)?\s*$`,
    flags: 'u',
    value: null,
    note: 'between a verb and the figure right after it ("… and dissolved| |10 weak cooperatives"): the verb opens that figure\'s item, not the one before',
    examples: { match: ['', ' about ', 'more than '], reject: [' cooperatives with ', ' in 2023, '] },
  },
  sharedListGlue: {
    id: 'en.cue.records.shared_list_glue',
    pattern: String.raw`^(,|and|as well as|\s)*$`,
    flags: 'u',
    value: null,
    note: 'only the joints of a list between two figures ("38 cooperatives| and |240 cooperative groups"): the items share what is said of the list',
    examples: { match: [' and ', ', ', 'as well as'], reject: ['and other', ' with '] },
  },
  listGlue: {
    id: 'en.cue.records.list_glue',
    pattern: String.raw`^(,|;|and|or|as well as|while|whereas|respectively|compared to|compared with|against|versus|with|of which|including|for|in|the|a|to|from|up from|down from|rising from|up|another|other|further|more|an additional|this year|last year|next year|(?:19|20)\d\d|-|–|\(|\)|\s)*$`,
    flags: 'u',
    value: null,
    note: 'words between two figures that make the second an item of the same list: it takes the measure of the first',
    examples: { match: [', while', 'respectively ,', 'up from', 'in 2023 and'], reject: ['cooperatives employing', 'which produced'] },
  },
  shareGlue: {
    id: 'en.cue.records.share_glue',
    pattern: String.raw`^(,|\(|accounting for|accounts for|account for|or|equivalent to|equal to|equalling|equaling|making up|representing|which is|that is|i\.e\.|about|around|nearly|over|more than|\s)*$`,
    flags: 'u',
    value: null,
    note: 'words between a count and a percentage that make the percentage its share ("812 cooperatives, accounting for 68.9%")',
    examples: { match: [', accounting for', '(', ', or about'], reject: [', with', 'employing'] },
  },
  shareOfPopulation: {
    id: 'en.cue.records.share_of_population',
    pattern: String.raw`^of (the )?((province|country|city|nation)'?s |national |local |rural |whole |total )*(population|people|residents|inhabitants|households|labou?r force|workforce)\b`,
    flags: 'u',
    value: null,
    note: 'right after a percentage: a share of the people of a place ("jobs for 12% of the rural labour force"), which measures none of the cooperatives\' figures, whatever the list before it measured',
    examples: { match: ['of the population', "of the province's labour force", 'of rural households'], reject: ['of cooperatives', 'of the national gdp'] },
  },
  baseline: {
    id: 'en.cue.records.baseline',
    pattern: String.raw`\b(up from|down from|rising from|increasing from|rose from|increased from|grew from|compared (to|with)|against|versus|from)\s*$`,
    flags: 'u',
    value: null,
    note: 'right before a figure, the start of a change or the level compared with ("up from 320 in 2020"): it measures what the figure before it did',
    examples: { match: ['the number rose from', 'compared with', 'up from '], reject: ['reached', 'from the province'] },
  },
  withGlue: {
    id: 'en.cue.records.with_glue',
    pattern: String.raw`^(,)?\s*((operating|working|active|in operation)( [a-z]+){0,2},? )?(with|having|and|attracting|attracted|comprising|gathering|bringing together|including|,|(that|which|who) [a-z]+)\s*(a total of|a combined|in total)?\s*(about|over|more than|nearly|some|around)?\s*$`,
    flags: 'u',
    value: null,
    note: 'words between bodies counted and the people or money after them ("643 cooperatives| with over |42,500 members"): theirs',
    examples: { match: [' with about', ', operating effectively with', ' that employ'], reject: [' in ', 'selling'] },
  },
  coopWord: {
    id: 'en.cue.records.coop_word',
    pattern: String.raw`\b(co-?operatives?|co-?ops?|htx|collective econom\w*|collective (?:groups|organi[sz]ations|entities|sector)|cooperative groups?|tht)\b`,
    flags: 'iu',
    value: null,
    note: 'a word that names cooperatives or the collective economy: the title, heading, paragraph or sentence is about them',
    examples: {
      match: ['Cooperatives in Hoa Lam grew', 'the co-op sold rice', 'the collective economy', 'Collective groups contributed 0.5 percent'],
      reject: ['The company sold rice', 'corporate profits'],
    },
  },
  mayHaveFigure: {
    id: 'en.cue.records.may_have_figure',
    pattern: String.raw`\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b`,
    flags: 'iu',
    value: null,
    note: 'a digit or a number word: a block worth parsing for figures',
    examples: { match: ['It has 40 members', 'Twelve groups joined'], reject: ['The cooperative sells tea', 'Members were often present'] },
  },
  eachBodyLead: {
    id: 'en.cue.records.each_body_lead',
    pattern: String.raw`\b(?:each|every|per|one) (?:co-?operative|co-op)\b[^.;]{0,60}\baverage\b`,
    flags: 'iu',
    value: null,
    note: 'before an amount: it is each cooperative\'s, as if written per cooperative ("Each cooperative generates an average of VND 2 billion … in revenue")',
    examples: {
      match: ['Each cooperative generates an average of', 'every co-op earned on average'],
      reject: ['The cooperatives generate an average of', 'each member earns'],
    },
  },
  namedCooperative: {
    id: 'en.cue.records.named_cooperative',
    pattern: String.raw`^(?:[A-Z][\p{L}'’.&-]*\s+){1,5}(?:Co\.?-?op(?:erative)?|Cooperative|Co-operative)\b(?!s\b|\s+(?:Alliance|Alliances|Unions?|Groups?|Law|Economy|Economic|Sector|Movement|Development|Fund|Funds|Bank|Forum|Conference|Congress|Department|Committee)\b)`,
    flags: 'u',
    value: null,
    note: 'a sentence whose subject is one named cooperative or co-op ("Saigon Co.op is targeting …", "Tan Hoa Cooperative earned …"): its figures are that body\'s, not the sector\'s',
    examples: {
      match: ['Saigon Co.op is targeting sales growth of 5 per cent', 'Tan Hoa Cooperative earned VND 3 billion last year', 'Phuoc An Co-op has 120 members'],
      reject: [
        'Vietnam Cooperative Alliance said the country had 30,000 cooperatives',
        'Cooperatives in the province earned more',
        'The cooperative sector grew',
        'The Ho Chi Minh City Cooperative Union has 40 members',
      ],
    },
  },
  oneCooperative: {
    id: 'en.cue.records.one_cooperative',
    pattern: String.raw`^(?:(?:said|says|added|noted) )?(?:the|this|that|his|her|our|my|their) (?:[\w-]+ ){0,2}?(?:co-?operative|co-op)\b(?!s\b|\s+(?:sector|economy|economic|movement|alliance|alliances|unions?|groups?|law|model|models|development|system|fund|funds|members|type)\b)`,
    flags: 'iu',
    value: null,
    note: 'a sentence about one cooperative ("The co-operative has …", a director\'s "… said his co-operative has 40 members"), not the sector, the movement or the alliance: its figures are not the sector\'s',
    examples: {
      match: [
        'The cooperative earned VND 2 billion',
        'This co-op has 65 workers',
        'the 60-member cooperative earns VND 200 million',
        'said his co-operative has 40 members',
      ],
      reject: [
        'The cooperative sector grew',
        'The cooperatives earned more',
        'The co-operatives had average revenues of VND 1 billion',
        'The agricultural cooperative sector grew',
        'the new cooperative law took effect',
      ],
    },
  },
  itOpening: {
    id: 'en.cue.records.it_opening',
    pattern: String.raw`^(?:it|its)\b`,
    flags: 'iu',
    value: null,
    note: 'a sentence that goes on about what the one before it named: "It earned …", "Its members …"',
    examples: { match: ['It earned VND 1 billion', 'Its members number 60'], reject: ['Items sold well', 'The cooperative earned'] },
  },
  perArea: {
    id: 'en.cue.records.per_area',
    pattern: String.raw`^\s*(\/\s*(ha|hectare|sao|m2)\b|per (hectare|ha|sao|square metre|square meter)\b|a hectare\b)`,
    flags: 'iu',
    value: null,
    note: 'right after an amount: money per area ("10 million VND/ha", "VND 50 million per hectare") is a yield or a price, no cooperative measure',
    examples: { match: ['/ha', ' per hectare', '/ ha in revenue'], reject: [' per month', ' a year'] },
  },
  refersBack: {
    id: 'en.cue.records.refers_back',
    pattern: String.raw`\b(its|his|her) (director|chairman|chairwoman|head|manager|founder|members?|co-?operative|co-op)\b`,
    flags: 'iu',
    value: null,
    note: 'a sentence that goes on about the one body named before it through a possessive ("Nguyen Van A, its director, said …"): the chain of sentences about that body goes on',
    examples: {
      match: ['Tran Van Minh, its director, said', 'the rice grown by his co-operative members'],
      reject: ['The province has 200 co-operatives', 'their members'],
    },
  },
  partBefore: {
    id: 'en.cue.records.part_before',
    pattern: String.raw`\b(of which|of them|of these|of those|of the total|among them|among which|including|includes|in which|with|in particular|particularly|specifically|namely)\b`,
    flags: 'iu',
    value: null,
    note: 'before a count, words that make it a part of a group counted before it ("of which 80 …", "Particularly, 49 cooperatives are …"): no group of its own',
    examples: { match: ['of which', 'a total of 300, including', 'particularly ,'], reject: ['the province has', 'within the district'] },
  },
  partAfter: {
    id: 'en.cue.records.part_after',
    pattern: String.raw`^(of them|of these|of those|of which|of the total)\b`,
    flags: 'iu',
    value: null,
    note: 'right after a bare number, words that make it a part of the group counted before it ("27 cooperative groups, 26| of them |are …")',
    examples: { match: ['of them are general business groups', 'of which'], reject: ['cooperatives in the province', 'members'] },
  },
  theSector: {
    id: 'en.cue.records.the_sector',
    pattern: String.raw`\b(the|this|that) (whole )?sector\b`,
    flags: 'iu',
    value: null,
    note: 'a sentence that names "the sector" on a page about cooperatives names the collective economy: its share of GRDP is the sector\'s',
    examples: { match: ['The sector will contribute 0.7 percent'], reject: ['the agricultural sector grew'] },
  },
  participantsList: {
    id: 'en.cue.records.participants_list',
    pattern: String.raw`\b(participating|taking part|took part|participated|involved|joining|joined|entities in)\b[^.;]{0,80}\b(including|of which|among them|among which)\b`,
    flags: 'iu',
    value: null,
    note: 'before a count: the list of those taking part in a programme ("180 entities participating in the OCOP programme, including 40 businesses, 72 cooperatives"): its items are participants, not all there are',
    examples: {
      match: ['there are 186 entities participating in the OCOP programme, including 41 businesses, '],
      reject: ['the province has 640 cooperatives, including ', 'cooperatives participating in value chains'],
    },
  },
  partLead: {
    id: 'en.cue.records.part_lead',
    pattern: String.raw`^,?\s*(including|of which|of them|among them|in which)\s*$`,
    flags: 'iu',
    value: null,
    note: 'between a count and the part counted right after it ("3,000 cooperatives|, including |1,000 new ones")',
    examples: { match: [', including', 'of which'], reject: ['and', ', with'] },
  },
  newWord: {
    id: 'en.cue.records.new_word',
    pattern: String.raw`\b(new|newly)\b`,
    flags: 'iu',
    value: null,
    note: 'in a part\'s noun phrase: the part is the new ones ("1,000 new ones"), so the whole it is picked from is all there are',
    examples: { match: ['new ones', 'newly established cooperatives'], reject: ['agricultural cooperatives', 'renewed'] },
  },
  monthly: {
    id: 'en.cue.records.monthly',
    pattern: String.raw`\b(monthly|a month|per month|each month)\b`,
    flags: 'iu',
    value: null,
    note: 'before an average amount, words that make it a month\'s ("average monthly income of VND 5 million")',
    examples: { match: ['average monthly income of', 'paid each month'], reject: ['months of training', 'annual income'] },
  },
  homeWords: {
    id: 'en.cue.records.home_words',
    // (the plain words of the rule en.page.home, read from its match: the two stay one list)
    pattern: String.raw`\b(?:${EN_PAGE_PLACE_RULES.filter((r) => r.value.home)
      .flatMap((r) => /^\(([^()]*)\)$/u.exec(r.match)?.[1]?.split('|') ?? [])
      .join('|')})\b`,
    flags: 'iu',
    value: null,
    note: 'a word that names Vietnam, its people or its money anywhere on the page: a page about Vietnam, with no need to parse its opening',
    examples: {
      match: ['Viet Nam has many cooperatives', 'an income of VND 5 million'],
      reject: ['Laos utilises cooperatives', 'Cambodian farmers formed groups'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

/** extractors/english/scope.ts: status and year of a figure. */
export const EN_SCOPE_CUES = {
  pastYear: {
    id: 'en.cue.scope.past_year',
    pattern: String.raw`^(the )?past year$`,
    flags: 'iu',
    value: null,
    note: 'the words of a "last year" time cue that say "the past year": at a year\'s end it is the year itself',
    examples: { match: ['the past year', 'past year'], reject: ['last year', 'the past years'] },
  },
  planningTitle: {
    id: 'en.cue.scope.planning_title',
    pattern: String.raw`\b(plan|plans|target|targets|aims?|goals?|strategy|orientation|strive|strives|to reach|to have|by 20\d\d)\b`,
    flags: 'iu',
    value: null,
    note: 'a title that sets goals (outside a report): a figure with no status cue is a target',
    examples: {
      match: ['Province aims to have 900 cooperatives by 2030', 'Orientation for cooperatives'],
      reject: ['Cooperatives grew strongly in 2023', 'Planning workshop held'],
    },
  },
  shortPeriod: {
    id: 'en.cue.scope.short_period',
    pattern: String.raw`^(?<c>19|20)\d{2}\s*[-–]\s*(?<e>\d{2})$`,
    flags: 'u',
    value: null,
    note: 'a period whose end year is written with two digits: the end year takes the first year\'s century ("2021-30" → 2030)',
    examples: { match: ['2021-30', '2016–20'], reject: ['2021-2030', '2021', '10-15'] },
  },
  ofThisKind: {
    id: 'en.cue.scope.of_this_kind',
    pattern: String.raw`^\s*of (?:this|that|the same) (?:kind|type|sort)\b`,
    flags: 'iu',
    value: null,
    note: 'right after a noun: the same kind as the body counted just before ("94 unions of farming cooperatives and 21,000 cooperatives| of this kind")',
    examples: { match: [' of this kind', ' of the same type'], reject: [' of which', ' of the province'] },
  },
  itemGlue: {
    id: 'en.cue.scope.item_glue',
    pattern: String.raw`^\s*(and|or|,|, and)?\s*$`,
    flags: 'iu',
    value: null,
    note: 'all between two items of one list ("100 new groups| and |100 cooperatives annually"): a time cue after the last item is the list\'s',
    examples: { match: ['and', ',', ', and', ''], reject: ['and plans to set up', 'with'] },
  },
} as const satisfies Record<string, TextRule<null>>;

/** extractors/english/furniture.ts: a line that opens a list of other articles. */
export const EN_FURNITURE_CUES = {
  opensList: {
    id: 'en.cue.furniture.opens_list',
    pattern: String.raw`^\W*(related (news|articles?|stories|posts|content|topics)|read (more|also)|see (more|also)|more (news|stories|articles)|other (news|articles|stories)|latest (news|articles|stories)|most (read|viewed|popular)|you may (also )?(like|be interested in)|recommended|trending|tags?|keywords|topics|share( this)?|follow us|back to top|top stories|in (other|related) news|previous|next article|comments?)\W*$`,
    flags: 'iu',
    value: null,
    note: 'a line that is only the heading of a list of other articles ("Related news", "Read more"): the short blocks after it are no part of the article',
    examples: {
      match: ['Related news', '>> Read more:', 'You may also like'],
      reject: ['Related cooperatives grew in number', 'Read more about the 40 new cooperatives here'],
    },
  },
  tagsLine: {
    id: 'en.cue.furniture.tags_line',
    pattern: String.raw`^(tags?|keywords|topics)\s*:`,
    flags: 'iu',
    value: null,
    note: 'a line of tags or keywords under an article',
    examples: {
      match: ['Tags: cooperatives, Hoa Lam', 'Keywords : agriculture'],
      reject: ['Topics discussed at the congress included', 'The tags on the products'],
    },
  },
} as const satisfies Record<string, TextRule<null>>;

const CURRENCY = String.raw`(?:vnd|vnđ|us\$|usd|\$|s\$|a\$|€|£|¥)`;
const DIGITS = String.raw`(\d(?:[\d.,]*\d)?)`;
const MAGNITUDE = String.raw`(k|m|mn|mil|mln|million|b|bn|bil|bln|billion|t|tn|tr|tril|trn|trillion)`;

/** extractors/english/numbers.ts: the number inside one term, the rates after its slashes, a span of time after a hyphen. */
export const EN_NUMBER_CUES = {
  token: {
    id: 'en.cue.numbers.token',
    pattern: `^(${CURRENCY})?${DIGITS}${MAGNITUDE}?(%)?(?:[-–~](${CURRENCY})?${DIGITS}${MAGNITUDE}?(%)?)?(vnd|vnđ|đ|usd|dong)?$`,
    flags: 'u',
    value: null,
    note: 'one lower-cased term that is a number: currency? digits magnitude? %? (- currency? digits magnitude? %?)? currency? ("vnd5.4mil", "10-15%", "1.5bn")',
    examples: { match: ['vnd5.4mil', '10-15%', '1.5bn', '$20'], reject: ['covid-19', 'p4', '5km'] },
  },
  perMonth: {
    id: 'en.cue.numbers.per_month',
    pattern: String.raw`^(month|tháng)$`,
    flags: 'u',
    value: null,
    note: 'a rate written after a slash ("/month"): per month',
    examples: { match: ['month', 'tháng'], reject: ['months', 'year'] },
  },
  perYear: {
    id: 'en.cue.numbers.per_year',
    pattern: String.raw`^(year|năm|annum)$`,
    flags: 'u',
    value: null,
    note: 'a rate written after a slash ("/year"): per year',
    examples: { match: ['year', 'annum'], reject: ['years', 'month'] },
  },
  perPerson: {
    id: 'en.cue.numbers.per_person',
    pattern: String.raw`^(person|capita|member|worker|labourer|laborer|người)$`,
    flags: 'u',
    value: null,
    note: 'a rate written after a slash ("/person"): per person',
    examples: { match: ['person', 'labourer', 'người'], reject: ['persons', 'cooperative'] },
  },
  perCooperative: {
    id: 'en.cue.numbers.per_cooperative',
    pattern: String.raw`^(cooperative|co-operative|coop|htx)$`,
    flags: 'u',
    value: null,
    note: 'a rate written after a slash ("/cooperative"): per cooperative',
    examples: { match: ['cooperative', 'htx'], reject: ['cooperatives', 'person'] },
  },
  durationWord: {
    id: 'en.cue.numbers.duration_word',
    pattern: String.raw`^(year|years|month|months|week|weeks|day|days|hour|hours|decade|term)$`,
    flags: 'u',
    value: null,
    note: 'the span of time a number word is joined to by a hyphen ("five-year", "ten-day"): no figure',
    examples: { match: ['year', 'days', 'term'], reject: ['members', 'yearly'] },
  },
} as const satisfies Record<string, TextRule<null>>;

/** Every English text cue, for the examples test. */
export const EN_TEXT_CUES: readonly TextRule<null>[] = [EN_DOCMETA_CUES, EN_RECORDS_CUES, EN_SCOPE_CUES, EN_FURNITURE_CUES, EN_NUMBER_CUES].flatMap((o) =>
  Object.values(o),
);
