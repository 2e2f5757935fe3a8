/**
 * Metric cues in English: what a figure measures, read from the words before it (`left`,
 * back to the previous figure or a clause opener) or after it (`right`, up to the next
 * figure or the end of the clause). A rule applies only to figures of the unit classes it
 * names. The best cue by priority wins (then left before right, then the nearest); with
 * none, the counted noun decides (cooperatives → count, members → members, workers →
 * workers), and a figure in a list takes the metric of the one before it
 * (extractors/english/metric.ts).
 */
import type { EnglishRule } from './rule.ts';
import type { Metric } from '../../pipeline/record.ts';
import type { EnNounClass } from './units.ts';

export type EnUnitClass = Exclude<EnNounClass, 'not_ours'> | 'money' | 'percent' | 'bare';

export interface EnMetricValue {
  metric: Metric;
  where: 'left' | 'right' | 'both';
  units: readonly EnUnitClass[];
  /** Left: the cue must end right where the figure (with its comparator) starts. Right: start right after its noun phrase. */
  adjacent?: boolean;
  /** Only when the figure's unit has this rate denominator ("revenue of VND 2 billion per cooperative"). */
  needsPer?: 'coop' | 'person';
  /** A change, not a level: 'verb' ("rose by") and 'noun' ("an increase of") read a percent a year as a growth rate;
   * 'adverb' ("up 58 from 2022") does not. A left change cue before "from X to Y" makes two figures, not a range. */
  change?: 'verb' | 'noun' | 'adverb';
  /** The items of a list after the figure share this reading, other as it is: "loans to 38 cooperatives and 240 cooperative groups". */
  listShares?: true;
}

const COOP: EnUnitClass[] = ['coop'];
const COOP_PCT: EnUnitClass[] = ['coop', 'percent'];
const MONEY: EnUnitClass[] = ['money'];
const PCT: EnUnitClass[] = ['percent'];
const PEOPLE: EnUnitClass[] = ['persons', 'members', 'workers'];
const ALL: EnUnitClass[] = [
  'coop',
  'members',
  'workers',
  'persons',
  'managers',
  'products',
  'communes',
  'households',
  'enterprises',
  'money',
  'percent',
  'bare',
];
/** Every unit class: the extractor's own codes for what a figure counts. */
export const EN_UNIT_CLASSES: readonly EnUnitClass[] = ALL;

export const EN_METRIC_RULES: EnglishRule<EnMetricValue>[] = [
  // ---- about the collective economy but no metric: kept as `other`
  {
    id: 'en.metric.other.change',
    match:
      '(rise|rises|rose|risen|increase|increased|increases|increasing|decrease|decreased|decreasing|fell|fall|falls|grew|grow|grows|growing|gain|gained|gains|jump|jumped|drop|dropped|declined|decline|climbed|surged) (by|of)? (a|an)?',
    value: { change: 'verb', metric: 'other', where: 'left', units: ALL, adjacent: true, listShares: true },
    priority: 100,
    note: 'a change is no level: "up 58 from 2022", "an increase of 7.8 per cent", "rose by 12%"; nor the next items of its list ("increased by 1,900 cooperatives (up 6.8%), 17 cooperative unions …")',
    examples: {
      match: ['the number of cooperatives grew by 58 over 2022', 'average income rose by 12% over 2022', 'members increased by 1,500'],
      reject: ['the number of cooperatives reached 742'],
    },
  },
  {
    id: 'en.metric.other.change.raise_by',
    match:
      '(increase|increases|increased|increasing|raise|raises|raised|raising|boost|boosts|boosted|boosting|lift|lifts|lifted|reduce|reduces|reduced|reducing|cut|cuts|lower|lowers|lowered) .{1,8} by',
    value: { change: 'verb', metric: 'other', where: 'left', units: ALL, adjacent: true },
    priority: 100,
    note: 'a goal of raising something by so much is a change, not a level, however far the verb stands from "by"',
    examples: {
      match: ['It also seeks to increase the average revenues of co-operatives by at least 10 per cent', "the city will raise members' incomes by 15%"],
      reject: ['the province will increase the number of cooperatives to 500', 'average revenue reached VND 2 billion by 2023'],
    },
  },
  {
    id: 'en.metric.other.change.up',
    match: '(up && #Preposition) (by|of)? (a|an)?',
    value: { change: 'adverb', metric: 'other', where: 'left', units: ALL, adjacent: true },
    priority: 100,
    note: '"up 58 from 2022", but not the "up" of "set up 30 cooperatives" (compromise tags it a particle of the verb)',
    examples: { match: ['the province had 742 cooperatives, up 58 from 2022'], reject: ['the province set up 30 cooperatives'] },
  },
  {
    id: 'en.metric.other.change.down',
    match: '(down && #Preposition) (by|of)? (a|an)?',
    value: { change: 'adverb', metric: 'other', where: 'left', units: ALL, adjacent: true },
    priority: 100,
    examples: { match: ['the province had 12 weak cooperatives, down 5 from 2022'], reject: ['the province shut down 5 cooperatives'] },
  },
  {
    id: 'en.metric.other.change_noun',
    match: '(a|an)? (increase|rise|growth|decrease|drop|decline|jump|gain|reduction|surge) of',
    value: { change: 'noun', metric: 'other', where: 'left', units: ALL, adjacent: true },
    priority: 100,
    examples: { match: ['an increase of 7.8 per cent over the same period', 'a rise of 15% year on year'], reject: ['an average growth rate of 10% a year'] },
  },
  {
    id: 'en.metric.other.change_right',
    match: '(more|higher|lower|less|fewer|up|down) (than|from|compared|over|on|against|year on year)',
    value: { change: 'adverb', metric: 'other', where: 'right', units: ALL, adjacent: true },
    priority: 100,
    examples: { match: ['VND 949 million higher than that in 2013', '30 cooperatives more than last year'], reject: ['742 cooperatives in operation'] },
  },
  {
    id: 'en.metric.other.change_right_noun',
    match: '(increase|increases|rise|decrease|drop|jump|gain|growth|year on year|on year|yoy)',
    value: { change: 'noun', metric: 'other', where: 'right', units: ALL, adjacent: true },
    priority: 100,
    examples: { match: ['a 15% increase in revenue', 'a 12 percent rise'], reject: ['150 more cooperatives'] },
  },
  {
    id: 'en.metric.other.times',
    match: '(times|fold)',
    value: { metric: 'other', where: 'right', units: ALL, adjacent: true },
    priority: 100,
    examples: { match: ['2.5 times as many as in 2001'], reject: ['2.5 million members'] },
  },
  {
    id: 'en.metric.other.share_of_plan',
    match: "of (the|its|their)? (year|year's|annual|yearly|whole year)? (plan|plans|target|targets|goal)",
    value: { metric: 'other', where: 'right', units: PCT, adjacent: true },
    priority: 100,
    examples: { match: ['achieving 51.5% of the year plan'], reject: ['51.5% of cooperatives operate effectively'] },
  },
  {
    id: 'en.metric.other.respective_figures',
    match: '(the|these|those)? (respective|corresponding|comparable|same) (figures|figure|numbers|number|ones) (were|was|are|is|stood at)',
    value: { metric: 'other', where: 'left', units: ALL, listShares: true },
    priority: 99,
    note: '"The respective figures were 41 cooperatives … in 2014" repeats what the sentence before measured, which may be no metric (loans to cooperatives); not guessed',
    examples: {
      match: ['The respective figures were 41 cooperatives, 201 cooperative groups', 'the corresponding numbers were 12 cooperatives'],
      reject: ['the number of cooperatives was 41'],
    },
  },
  {
    id: 'en.metric.other.indirect',
    match: '(indirectly|indirect|indirect contribution of)',
    value: { metric: 'other', where: 'left', units: ALL },
    priority: 99,
    note: '"indirectly over 30 per cent of GDP through member households": no share of its own',
    examples: { match: ['directly contributed 4.8 per cent of GDP and indirectly over 30 per cent'], reject: ['directly contributed 4.8 per cent of GDP'] },
  },
  {
    id: 'en.metric.other.economy',
    match:
      '(export|exports|poverty|poor|budget revenue|state budget revenue|population|inflation|cpi|industrial production|retail sales|investment capital|fdi|disbursement|public investment|gdp growth|grdp growth|economic growth|growth of the economy|economy grew|economy expanded|gdp grew|grdp grew|gdp rose|grdp rose|gdp expanded|grdp expanded|gdp increased|grdp increased|export turnover|export value)',
    value: { metric: 'other', where: 'left', units: ['percent', 'money', 'bare'] },
    priority: 75,
    note: "the province's own indicators, which reports list beside the cooperatives' (the economy's growth, exports, poverty, income per head of population)",
    examples: {
      match: ["the province's GRDP growth reached 8%", 'the poverty rate fell to 3%', 'export turnover reached USD 2 billion'],
      reject: ['the collective economy contributes 5% of GDP'],
    },
  },
  {
    id: 'en.metric.other.loans',
    match:
      '(loan|loans|lent|lending|borrow|borrowed|borrowing|disbursed|disbursement|outstanding|credit package|support|supported|supports|funding|funded|budget|invest|invested|investment|investments|allocated|allocation|spent|spending|assistance|grant|grants|subsidy|subsidies|financing|preferential|cost|costs|worth|valued|purchase|purchases|buy|bought|sold|export|exports|exported|total revenue|total turnover|total income|combined revenue|revenue of all)',
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 45,
    note: 'money lent, spent, invested or totalled is no average, capital or budget contribution',
    examples: {
      match: [
        'the bank lent VND 50 billion to cooperatives',
        'the province allocated VND 20 billion to support cooperatives',
        'total revenue of cooperatives reached VND 3,100 billion',
      ],
      reject: ['average revenue per cooperative reached VND 4.5 billion'],
    },
  },
  {
    id: 'en.metric.other.work_on',
    match:
      '(improve|improved|improving|strengthen|strengthened|strengthening|consolidate|consolidated|consolidating|review|reviewed|reviewing) (the)? (performance|operations|operation|capacity|efficiency|activities|quality) of',
    value: { metric: 'other', where: 'left', units: ['coop'], adjacent: true, listShares: true },
    priority: 90,
    note: 'cooperatives whose work a programme improved are those it worked on, not all there are: "improve the performance of 50 agricultural cooperatives"',
    examples: {
      match: ['the department helped consolidate and improve the performance of 50 agricultural cooperatives'],
      reject: ['the province has 50 agricultural cooperatives'],
    },
  },
  {
    id: 'en.metric.other.founded_on_average',
    match: '(founded|established|set up|formed|created|registered) (on average|on an average)',
    value: { metric: 'other', where: 'right', units: COOP },
    priority: 70,
    note: 'bodies founded "on average" are a rate over a time the sentence may not name ("Around ten co-ops are founded on average since the law took effect"): no count of new ones',
    examples: { match: ['about 12 cooperatives are established on average'], reject: ['12 cooperatives were established in 2023'] },
  },
  {
    id: 'en.metric.other.rated_middle',
    match: '(rated|ranked|classified|graded|assessed|evaluated|categorised|categorized) (as)? (average|medium|moderate|ordinary)',
    value: { metric: 'other', where: 'right', units: COOP_PCT },
    priority: 60,
    note: 'cooperatives rated average fit neither effective nor weak',
    examples: { match: ['29 cooperatives are classified as average'], reject: ['29 cooperatives are classified as good'] },
  },
  {
    id: 'en.metric.other.coop_beneficiaries',
    match:
      '(support|supported|supporting|supports|helped|help|helps|helping|assist|assisted|assisting|trained|train|training|awarded|honoured|honored|commended|granted|provided|provide|providing|lent|visited|surveyed|inspected|investigated|interviewed|sampled|studied|examined|connected|connect|connecting|guided|guide|advised|consulted|for|loans to|credit to|funds to|support to|consolidate|consolidating|restructure|restructuring)',
    value: { metric: 'other', where: 'left', units: ['coop', 'enterprises'], adjacent: true, listShares: true },
    priority: 90,
    note: 'cooperatives that something was done for, or a study looked at, are no count of cooperatives: "supported 30 cooperatives", "loans to 17 cooperatives", "consolidate over 1,200 cooperatives", "investigated 35 cooperatives" (nor are the cooperative groups listed after them)',
    examples: {
      match: [
        'the province supported 30 cooperatives',
        'the bank gave loans to 17 cooperatives',
        'it plans to consolidate over 900 cooperatives',
        'the survey investigated 48 cooperatives and 160 of their members',
      ],
      reject: ['the province has 30 cooperatives'],
    },
  },
  {
    id: 'en.metric.other.selected_for',
    match: '(selected|chosen|picked|shortlisted|nominated) (for|to|as)',
    value: { metric: 'other', where: 'right', units: COOP_PCT },
    priority: 80,
    note: 'bodies selected for a programme are a part picked out, not all there are: "35 cooperatives will be directly selected for management training"',
    examples: { match: ['35 cooperatives will be directly selected for management training'], reject: ['60 cooperatives will be established'] },
  },
  {
    id: 'en.metric.other.coop_subset',
    match:
      '(received|receive|receiving|benefited|benefit|benefiting|participated|participating|took part|taking part|attended|attending|applying|apply|applied|using|use|uses|adopting|adopted|producing|produce|sell|selling|export|exporting|exported|earning|earned|certified|won|profitable|profit making|high tech|hi tech|hi-tech|high-tech|hitech|digital|online|e-commerce|were supported|were trained|were lent|were loaned|were financed|were funded|were granted|borrowed|have borrowed|got loans|accessed loans|have received|had received|converted|reorganised|reorganized|transformed|restructured|re registered|reregistered|registered|reformed|consolidated|with ocop|having ocop|have ocop|own ocop|owning ocop|that have products|which have products|that own products|that have ocop|with websites|with a website|with trademarks|with brands|with certified|with high tech|with digital|with products|facing|face|struggling|struggle)',
    value: { metric: 'other', where: 'right', units: COOP_PCT, adjacent: true },
    priority: 80,
    note: 'cooperatives picked out by something the metrics do not measure: "30 cooperatives applying high technology", "20 cooperatives with OCOP products", "15 cooperatives received loans"',
    examples: {
      match: [
        '130 cooperatives applying high technology',
        '20 cooperatives with OCOP products',
        '15 cooperatives received loans',
        '250 hi-tech agricultural cooperatives',
        'nearly 900 cooperatives still face difficulties',
        '30 cooperatives were lent VND 5 billion',
        '18 cooperatives were financed VND 20 billion by banks',
      ],
      reject: ['250 cooperatives in operation', '132 cooperatives were newly established'],
    },
  },
  {
    id: 'en.metric.other.coop_subset.founded_firms',
    match:
      '(that|which)? (have|has)? (establishing|established|establish|setting up|set up|founding|founded|forming|formed) (their own|its own)? (enterprises|enterprise|companies|company|businesses|firms|subsidiaries)',
    value: { metric: 'other', where: 'right', units: COOP_PCT, adjacent: true },
    priority: 100,
    note: 'cooperatives that set up enterprises of their own are a subset, not new cooperatives: "close to 2,000 cooperatives establishing enterprises"',
    examples: {
      match: ['close to 2,000 cooperatives establishing enterprises', '120 cooperatives that have set up their own companies'],
      reject: ['2,000 cooperatives were established', '120 new cooperatives were set up'],
    },
  },
  {
    id: 'en.metric.other.model_cooperatives',
    match: '(exemplary|outstanding|typical|model|excellent|best|advanced|award-winning|honoured|honored) (#CoopNoun|cooperative|co-operative|coop|co-op)',
    value: { metric: 'other', where: 'right', units: COOP_PCT, adjacent: true },
    priority: 80,
    note: 'cooperatives singled out as models or for an award ("100 exemplary cooperatives were honoured") are a few picked out, not all there are (as "HTX điển hình, tiêu biểu")',
    examples: {
      match: ['the award went to 100 exemplary cooperatives', '20 model cooperatives'],
      reject: ['100 agricultural cooperatives', '100 new cooperatives'],
    },
  },
  {
    id: 'en.metric.other.coop_subset.relative',
    match:
      '(that|which) (apply|applies|applied|use|uses|used|adopt|adopts|adopted|export|exports|exported|produce|produces|sell|sells|own|owns|have applied|have adopted|have received|received|receive|receives|participate|participates|took part|take part|were supported|are supported|have been supported) (high|hi|hi-tech|high-tech|digital|technology|technologies|ocop|loans|support|in)?',
    value: { metric: 'other', where: 'right', units: COOP_PCT, adjacent: true },
    priority: 80,
    note: 'the same subset told in a relative clause: "including four farming co-operatives that apply high technology" are neither all the new ones nor a sector\'s count',
    examples: {
      match: ['including four farming co-operatives that apply high technology', '25 cooperatives which have received loans'],
      reject: ['25 cooperatives that were newly established', '40 cooperatives that operate effectively'],
    },
  },
  {
    id: 'en.metric.other.changed_under_law',
    match:
      '(changed|converted|transformed|reorganised|reorganized|re-registered|reregistered|restructured) (following|under|in line with|in accordance with|according to) the (new|amended|revised)? (cooperative|co-operative|cooperatives)? (law|laws)',
    value: { metric: 'other', where: 'right', units: COOP_PCT },
    priority: 80,
    note: 'cooperatives that changed to fit the cooperative law, told in a clause after the count ("16 cooperatives that have recently changed following the Cooperative Law"), are neither new nor all there are',
    examples: {
      match: [
        '12 cooperatives that have recently changed following the Cooperative Law',
        '300 cooperatives which were reorganised under the new Cooperative Law',
      ],
      reject: ['300 cooperatives operate under the Cooperative Law', '12 cooperatives that were newly established'],
    },
  },
  {
    id: 'en.metric.other.per_unit_goal',
    match: '(each|every|per|all|one) (commune|ward|district|village|locality|province|town|township|hamlet|commune level)',
    value: { metric: 'other', where: 'left', units: ['coop', 'persons', 'managers', 'members', 'workers'] },
    priority: 90,
    note: 'a norm for every unit is no total: "each commune will have at least one cooperative"',
    examples: {
      match: ['each commune will have at least one cooperative', 'every commune will have 2 trained managers'],
      reject: ['the province will have 900 cooperatives', 'has 412 co-operatives, one co-operative union, nine people’s credit funds'],
    },
  },
  {
    id: 'en.metric.other.per_cooperative_goal',
    match: '(each|every|per|all) cooperative',
    value: { metric: 'other', where: 'left', units: ['coop', 'persons', 'managers', 'members', 'workers'] },
    priority: 90,
    note: 'a norm for every cooperative is no total: "every cooperative will have 2 trained managers" (not "one co-operative union" in a list)',
    examples: {
      match: ['every cooperative will have 2 trained managers'],
      reject: ['has 412 co-operatives, one co-operative union, nine people’s credit funds'],
    },
  },
  {
    id: 'en.metric.other.per_unit_goal.right',
    match:
      '(in|for|per|of) (each|every|all|a|one) (commune|ward|district|village|locality|province|town|township|hamlet|communes|districts|localities|provinces)',
    value: { metric: 'other', where: 'right', units: ['coop', 'persons', 'managers', 'members', 'workers'] },
    priority: 90,
    examples: { match: ['the province aims to have 30 cooperatives or more in each district'], reject: ['the province aims to have 30 cooperatives in 2025'] },
  },
  {
    id: 'en.metric.other.members_joined',
    match: '(new|newly|joined|joining|admitted|left|leaving|withdrew|withdrawn|female|women|ethnic|young|youth)',
    value: { metric: 'other', where: 'right', units: ['members', 'persons'], adjacent: true },
    priority: 95,
    note: 'members who joined or left, or a part of them, are not the membership',
    examples: { match: ['105 new members joining', '300 female workers'], reject: ['7,045 members'] },
  },
  {
    id: 'en.metric.other.members_joined_left',
    match: '(admitted|recruited|attracted more|added|new members|newly admitted)',
    value: { metric: 'other', where: 'left', units: ['members', 'persons', 'workers'], adjacent: true },
    priority: 95,
    examples: { match: ['the cooperatives admitted 300 members'], reject: ['the cooperatives have 300 members'] },
  },
  {
    id: 'en.metric.other.surveyed',
    match: '(survey|surveyed|surveys|poll|polled|interviewed|questioned|sampled) (was|were)? (conducted|carried out|done)? (on|of|among|with|at)? (the)?',
    value: { metric: 'other', where: 'left', units: ['coop', 'members', 'persons', 'workers', 'households'], adjacent: true, listShares: true },
    priority: 95,
    note: 'the bodies or people a survey reached are its sample, not all there are: "The survey was conducted on 174 cooperatives"',
    examples: {
      match: ['The survey was conducted on 174 cooperatives in 24 provinces', 'the alliance surveyed 300 cooperatives'],
      reject: ['the province has 174 cooperatives'],
    },
  },
  {
    id: 'en.metric.other.trainees',
    match: '(training|trained|courses|classes|vocational training|training courses|tuition|coaching|guidance) (for|to)',
    value: { metric: 'other', where: 'left', units: ['persons', 'members', 'workers', 'households'], adjacent: true, listShares: true },
    priority: 92,
    note: 'people a programme trained are its trainees, not the cooperatives\' members or workers: "provided vocational training for 41,000 workers"',
    examples: {
      match: ['provided vocational training for 41,000 workers in upland areas', 'opened training courses for 2,000 members'],
      reject: ['cooperatives employ 12,000 workers'],
    },
  },
  {
    id: 'en.metric.other.partial_people',
    match: '(trained|training|attended|participated|visited|surveyed|interviewed|supported|helped|benefited|poor|disabled|female|women|ethnic minority|ethnic)',
    value: { metric: 'other', where: 'left', units: ['persons', 'households'], adjacent: true },
    priority: 90,
    examples: { match: ['the project supported 500 people'], reject: ['cooperatives employ 500 people'] },
  },

  // ---- counts of cooperatives
  {
    id: 'en.metric.dissolved_count',
    match:
      '(dissolved|dissolve|dissolving|dissolution|closure of|closures of|disbanded|disband|ceased operation|ceased operations|ceased operating|ceased|stopped operation|stopped operations|stopped operating|stopped|suspended|suspension|shut down|closed down|halted|inactive|defunct|struck off|deregistered|went out of business|waiting for dissolution|pending dissolution|out of operation|not operating|non operational)',
    value: { metric: 'dissolved_count', where: 'both', units: COOP },
    priority: 65,
    examples: {
      match: [
        '95 cooperatives have stopped operating and are waiting for dissolution',
        'The first quarter saw the closure of 14 cooperatives.',
        '12 cooperatives were dissolved',
        'the province dissolved 12 cooperatives',
      ],
      reject: ['12 cooperatives were established'],
    },
  },
  {
    id: 'en.metric.other.temporarily_stopped',
    match: '(temporarily|temporary) (stopped|suspended|halted|ceased|closed|stop|suspend|suspension|halt)',
    value: { metric: 'other', where: 'both', units: COOP },
    priority: 66,
    note: 'suspended for a while is not dissolved (TARGETS.md: "giải thể, ngừng hoạt động chờ giải thể")',
    examples: {
      match: ['7 cooperatives have temporarily stopped operating', 'a temporary suspension of 12 cooperatives'],
      reject: ['95 cooperatives have stopped operating and are waiting for dissolution'],
    },
  },
  {
    id: 'en.metric.other.legal_minimum',
    match: '(must|should|shall|needs to|need to|required to|is required to|are required to) (have|has|include|consist of|comprise)',
    value: { metric: 'other', where: 'left', units: ['coop', 'members', 'workers', 'persons'] },
    priority: 90,
    note: 'a rule the law sets for every cooperative ("A co-operative must have at least seven members") is no figure of any',
    examples: {
      match: ['a cooperative must have at least seven members', 'each group is required to have at least three members'],
      reject: ['the cooperative has 70 members'],
    },
  },
  {
    id: 'en.metric.other.definition',
    match: '(are|is) (considered|regarded|defined|counted|recognised|recognized) (as)? (a|an)? (#CoopNoun|cooperative|co-operative|co-op|coop)',
    value: { metric: 'other', where: 'right', units: ['coop', 'members', 'workers', 'persons'] },
    priority: 90,
    note: 'a definition ("those with at least three members are considered cooperative groups") counts nothing',
    examples: {
      match: ['groups with at least three are considered cooperative teams'],
      reject: ['the province has 1,200 cooperative teams', '14 cooperatives are classified as good'],
    },
  },
  {
    id: 'en.metric.new_count',
    match: '(newly|new|additional|more) (established|founded|set up|formed|created|registered|launched)?',
    value: { metric: 'new_count', where: 'right', units: COOP, adjacent: true },
    priority: 60,
    note: 'in the noun phrase: "17 new cooperatives", "12 newly established co-operatives" (not "new-style")',
    examples: { match: ['the province established 17 new cooperatives', '12 newly established cooperatives'], reject: ['742 cooperatives'] },
  },
  {
    id: 'en.metric.new_count.additional',
    match: '(an|another) (additional|extra|further)',
    value: { metric: 'new_count', where: 'left', units: COOP, adjacent: true },
    priority: 60,
    note: 'before the number: "develop an additional 150 cooperatives" are new ones, not all there will be',
    examples: { match: ['the city aims to develop an additional 150 cooperatives by 2025'], reject: ['the city aims to have 1,500 cooperatives by 2025'] },
  },
  {
    id: 'en.metric.new_count.another',
    match: '(another|a further)',
    value: { metric: 'new_count', where: 'left', units: COOP, adjacent: true },
    priority: 60,
    note: 'right before the number: "set up at least another 13 cooperatives" are new ones, not all there will be',
    examples: { match: ['plans to set up at least another 13 co-operatives by 2025'], reject: ['plans to have 130 co-operatives by 2025'] },
  },
  {
    id: 'en.metric.count.licensed',
    match: '(licensed|permitted|allowed|registered) to (establish|operate|set up|be established)',
    value: { metric: 'count', where: 'right', units: COOP },
    priority: 65,
    note: '"115 People\'s Credit Funds licensed to establish and operate": all the licensed ones, not new ones',
    examples: { match: ["there are 115 People's Credit Funds licensed to establish and operate"], reject: ['the province established 17 cooperatives'] },
  },
  {
    id: 'en.metric.other.each_has',
    match: '(each|every) (cooperative|co-operative|coop|co-op|fund|pcf|union|group) (has|had|have|employs|employed|attracts|attracted)',
    value: { metric: 'other', where: 'left', units: ['members', 'workers', 'persons', 'coop'] },
    priority: 95,
    note: 'people counted per body are an average, not the members of all: "On average, each fund has 2,496 members"',
    examples: { match: ['On average, each cooperative has 45 members'], reject: ['The cooperatives have 45,000 members'] },
  },
  {
    id: 'en.metric.other.each_credit_fund_has',
    match: "(each|every) people's? credit fund (has|had|employs|attracts)",
    value: { metric: 'other', where: 'left', units: ['members', 'workers', 'persons'] },
    priority: 95,
    examples: { match: ["On average, each People's Credit Fund has 2,496 members."], reject: ["People's Credit Funds have 287,080 members"] },
  },
  {
    id: 'en.metric.count.creating_jobs',
    match:
      '(create|created|creates|creating|generate|generated|generates|generating|provide|provided|provides|providing) (jobs|job|employment|work|livelihoods)',
    value: { metric: 'count', where: 'right', units: COOP },
    priority: 61,
    note: 'cooperatives that "have created jobs for …" are counted, not newly created: the verb\'s object is the jobs',
    examples: {
      match: ['some 9,500 cooperatives that have created jobs for 800,000 people'],
      reject: ['the province created 17 cooperatives', '132 cooperatives were established'],
    },
  },
  {
    id: 'en.metric.new_count.verb',
    match:
      '(establish|established|establishes|establishing|establishment of|set up|sets up|setting up|found|founded|founding|form|formed|forming|formation of|create|created|creates|creating|creation of|launch|launched|newly registered|newly established|newly founded|newly set up|develop new|developed new|developing new|newly)',
    value: { metric: 'new_count', where: 'both', units: COOP },
    priority: 60,
    examples: {
      match: [
        'the province established 17 cooperatives',
        '132 were newly established',
        '30 cooperatives have been set up',
        'the establishment of 40 cooperatives',
      ],
      reject: ['the province has 742 cooperatives', '742 cooperatives in operation'],
    },
  },
  {
    id: 'en.metric.new_count.named',
    match:
      '(new|newly established|newly founded|newly set up|newly formed) (#CoopNoun|cooperative groups|co-operative groups|cooperative unions|unions of cooperatives)',
    value: { metric: 'new_count', where: 'left', units: COOP },
    priority: 60,
    examples: { match: ['Number of new cooperatives: 5,000 per year'], reject: ['Number of cooperatives: 5,000'] },
  },
  {
    id: 'en.metric.other.new_style',
    match: '(new style|new-type|new model|new model|newstyle|new style|new type)',
    value: { metric: 'count', where: 'right', units: COOP, adjacent: true },
    priority: 61,
    note: '"new-style cooperatives" (HTX kiểu mới) are a kind, not newly established ones',
    examples: { match: ['over 2,000 new-style cooperatives'], reject: ['over 2,000 new cooperatives'] },
  },
  {
    id: 'en.metric.effective',
    match:
      '(effectively|efficiently|effective|efficient|successfully|well performing|well functioning|well-functioning|productively|stably and effectively|effectiveness|properly|actively)',
    value: { metric: 'effective', where: 'both', units: COOP_PCT },
    priority: 50,
    examples: {
      match: [
        '60 percent of cooperatives operate effectively',
        '500 cooperatives operating effectively',
        'the number of cooperatives operating efficiently reached 500',
        'the province will have 150 well-functioning cooperatives',
      ],
      reject: ['60 percent of cooperatives are weak', '742 cooperatives'],
    },
  },
  {
    id: 'en.metric.other.average_grade.verb',
    match:
      '(operate|operates|operating|operated|perform|performs|performing|performed|work|works|working) (averagely|on an average level|at an average level|at average level|moderately)',
    value: { metric: 'other', where: 'right', units: COOP_PCT },
    priority: 90,
    note: 'bodies that "operate averagely" are the middle grade: neither effective nor weak',
    examples: { match: ['210 cooperatives operate averagely, accounting for 35.10%'], reject: ['419 cooperatives operate effectively'] },
  },
  {
    id: 'en.metric.effective.well',
    match:
      '(operate|operates|operating|operated|perform|performs|performing|performed|work|works|working|worked|run|runs|running|doing|do|does|did) (well|fairly|fairly well|quite well|fairly effectively)',
    value: { metric: 'effective', where: 'both', units: COOP_PCT },
    priority: 50,
    note: 'the good and the fair grades ("operating well", "operating fairly") are both effective, as khá and tốt are',
    examples: {
      match: ['300 cooperatives operate well', 'the share of cooperatives performing well reached 70%', '96 cooperatives were operating fairly'],
      reject: ['300 cooperatives as well as 20 groups'],
    },
  },
  {
    id: 'en.metric.effective.rated',
    match:
      '(rated|ranked|classified|graded|assessed|evaluated|categorised|categorized|considered) (as)? (good|fair|fairly good|excellent|effective|strong|very good|quite good|well|well performing|good or fair|fair or good|fairly good or good|good and fair)',
    value: { metric: 'effective', where: 'both', units: COOP_PCT },
    priority: 50,
    examples: { match: ['78.1% were rated as fairly good or good', '44 cooperatives classified as good'], reject: ['44 cooperatives classified as weak'] },
  },
  {
    id: 'en.metric.effective.grade',
    match: '(good|fair|fairly good|excellent|good and fair|good or fair|fair and good|good performing)',
    value: { metric: 'effective', where: 'right', units: COOP, adjacent: true },
    priority: 50,
    examples: { match: ['44 good and fair cooperatives'], reject: ['44 weak cooperatives'] },
  },
  {
    id: 'en.metric.weak',
    match:
      '(weak|weakly|poorly|ineffective|ineffectively|inefficient|inefficiently|loss making|underperforming|substandard|below average|inefficiency|poor performance|performing poorly|low efficiency|low effectiveness|not effectively|not effective|not efficiently|poor productivity|low productivity|poor efficiency)',
    value: { metric: 'weak', where: 'both', units: COOP_PCT },
    priority: 55,
    examples: {
      match: [
        'reduce the share of weak cooperatives to under 5%',
        '63 cooperatives operate ineffectively',
        '40 cooperatives operate with low efficiency',
        '38% of which are efficient and 10% of which have poor productivity',
      ],
      reject: ['63 cooperatives operate effectively'],
    },
  },
  {
    id: 'en.metric.other.average_grade',
    match: '(average|medium|moderate|average performing)',
    value: { metric: 'other', where: 'right', units: COOP_PCT, adjacent: true },
    priority: 90,
    note: 'cooperatives graded average are neither effective nor weak, also a share in a breakdown by grade ("38 percent are classified good, 47 percent average")',
    examples: {
      match: ['8 average cooperatives', 'of which 38 percent are good, 47 percent average'],
      reject: ['8 weak cooperatives', '45 percent are classified good'],
    },
  },
  {
    id: 'en.metric.value_chain',
    match:
      '(value chain|value chains|value chain|production chain|production chains|supply chain|supply chains|chain|chains|linkage|linkages|linkage chains|production links|product links|production linkage|production consumption|consumption linkage|linked with|linked to|link with|links with|linking with|partnership with|associated with|in association with|contracts with)',
    value: { metric: 'value_chain', where: 'both', units: COOP_PCT },
    priority: 85,
    examples: {
      match: [
        '150 cooperatives take part in value chains',
        '40% of cooperatives have production linkages with businesses',
        'cooperatives linked with enterprises numbered 120',
      ],
      reject: ['150 cooperatives operate effectively'],
    },
  },
  {
    id: 'en.metric.coverage',
    match:
      '(communes|wards|townships|towns|localities|commune level) .{0,4} (with|having|have|has|had|where there are|where there is|hosting|host) (at least one|one or more|a|an|at least)? (agricultural|new model|new style)? (cooperative|cooperatives|co-operative|#CoopNoun)',
    value: { metric: 'coverage', where: 'both', units: PCT },
    priority: 70,
    examples: {
      match: ['100% of communes have at least one cooperative', 'the share of communes with cooperatives reached 95%'],
      reject: ['100% of cooperatives were reorganised'],
    },
  },
  {
    id: 'en.metric.count',
    match:
      '(total|total number|number|numbers|numbered|numbering|has|have|had|there are|there were|there is|with|boasts|boast|home to|reach|reached|reaches|reaching|totaled|totalled|totalling|totaling|comprising|comprises|includes|including|bringing|brought|raising|raised|operating|maintain|maintained|count|counted|stood at|stands at|to|develop|developed|developing|of)',
    value: { metric: 'count', where: 'left', units: COOP },
    priority: 20,
    examples: {
      match: ['The province has 742 cooperatives.', 'bringing its total number of cooperatives to 58', 'the number of cooperatives reached 27,000'],
      reject: ['the province dissolved 12 cooperatives'],
    },
  },
  {
    id: 'en.metric.count.active',
    match:
      '(in operation|operating|active|in activity|functioning|currently operating|operational|nationwide|across the country|in the province|in the city|in the district|across the province|in total|in all)',
    value: { metric: 'count', where: 'right', units: COOP },
    priority: 20,
    examples: { match: ['250 cooperatives in operation', '334 cooperatives active'], reject: ['95 cooperatives were dissolved'] },
  },
  {
    id: 'en.metric.count.registered_to_operate',
    match: '(registered to operate|registered and operating|registered and in operation|registered for operation|registered in operation)',
    value: { metric: 'count', where: 'right', units: COOP, adjacent: true },
    priority: 85,
    note: 'bodies "registered to operate" are all there are, not a part picked out by registering (before en.metric.other.coop_subset)',
    examples: {
      match: ['305 cooperative groups registered to operate', '640 cooperatives registered and operating'],
      reject: ['40 cooperatives re-registered under the new law'],
    },
  },

  // ---- people
  {
    id: 'en.metric.managers_trained',
    match:
      '(train|trains|trained|training|degree|degrees|qualification|qualifications|qualified|college|university|intermediate|vocational|professional|postgraduate|bachelor|certificate|certificates|diploma|diplomas|educated|upskilled|courses|refresher)',
    value: { metric: 'managers_trained', where: 'both', units: ['managers', 'percent'] },
    priority: 45,
    examples: {
      match: [
        '54% of cooperative staff with intermediate vocational training or higher',
        '350 cooperative managers were trained',
        'managers with college or university degrees account for 30%',
      ],
      reject: ['the cooperatives have 350 managers'],
    },
  },
  {
    id: 'en.metric.managers',
    match: '(managers|management|managerial|board|cadres|officials|staff)',
    value: { metric: 'managers', where: 'left', units: ['persons', 'managers'] },
    priority: 30,
    examples: { match: ['the total number of managers in cooperatives is 3,200'], reject: ['the total number of members is 3,200'] },
  },
  {
    id: 'en.metric.other.members_and_workers',
    match: '(and|or|&) (employees|employee|workers|worker|labourers|laborers|staff|labour|labor)',
    value: { metric: 'other', where: 'right', units: ['members'], adjacent: true },
    priority: 100,
    note: 'members and workers counted together are neither the members nor the workers: "643 cooperatives with over 42,000 members and employees"',
    examples: { match: ['643 cooperatives with over 42,000 members and employees'], reject: ['643 cooperatives with over 42,000 members'] },
  },
  {
    id: 'en.metric.members',
    match: '(members|member|membership)',
    value: { metric: 'members', where: 'left', units: ['members', 'persons', 'households'] },
    priority: 30,
    examples: { match: ['the number of members reached 6 million people', 'membership totalled 7,045 people'], reject: ['created jobs for 7,045 people'] },
  },
  {
    id: 'en.metric.members.right',
    match: '(are|were|is|was|become|became|becoming|joined as|registered as) (members|member|official members|cooperative members)',
    value: { metric: 'members', where: 'right', units: ['persons', 'households'] },
    priority: 30,
    examples: { match: ['Nearly 6 million people are members of cooperatives.'], reject: ['Nearly 6 million people work in cooperatives.'] },
  },
  {
    id: 'en.metric.workers.right',
    match: '(work|works|working|worked|are employed|were employed|employed) (for|in|at|with)',
    value: { metric: 'workers', where: 'right', units: ['persons'] },
    priority: 30,
    examples: { match: ['Almost 4,000 people work for the cooperatives regularly.'], reject: ['Almost 4,000 people are members of the cooperatives.'] },
  },
  {
    id: 'en.metric.workers',
    match: '(employ|employs|employed|employing|employment|jobs|job|workforce|labourers|laborers|workers|employees|labour|labor|hire|hired|hires|hiring)',
    value: { metric: 'workers', where: 'left', units: PEOPLE },
    priority: 30,
    examples: {
      match: ['creating jobs for 2.2 million people', 'the cooperatives employ 8,806 people regularly', 'regular jobs for 5,000 people'],
      reject: ['the cooperatives have 8,806 members'],
    },
  },

  // ---- money
  {
    id: 'en.metric.revenue_avg',
    match: '(average|averaged|averages|avg|on average|mean) (annual|yearly|monthly)? (revenue|revenues|turnover|sales)',
    value: { metric: 'revenue_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['average revenue per cooperative reached VND 4.56 billion', 'the average annual turnover of a cooperative was VND 3 billion'],
      reject: ['average profit per cooperative reached VND 421 million'],
    },
  },
  {
    id: 'en.metric.revenue_avg.each',
    match: '(revenue|revenues|turnover|sales) (of|per|for|by|in) (each|every|a|one|per)? (cooperative|co-operative|coop|co-op|htx)',
    value: { metric: 'revenue_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['revenue per cooperative reached VND 4.56 billion', 'the revenue of each cooperative was VND 3 billion'],
      reject: ['revenue of cooperatives reached VND 3,100 billion'],
    },
  },
  {
    id: 'en.metric.revenue_avg.possessive',
    match: "(each|every|a|one|per) /^co-?operative's$/ (average|annual|yearly)? (annual|average)? (revenue|turnover|sales)",
    value: { metric: 'revenue_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: { match: ["a cooperative's average annual revenue reached VND 1 billion"], reject: ["a cooperative's average profit reached VND 100 million"] },
  },
  {
    id: 'en.metric.revenue_avg.right',
    match: '(in|of)? (average|annual|yearly)? (revenue|revenues|turnover|sales)',
    value: { metric: 'revenue_avg', where: 'right', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['VND 4.3 billion per cooperative in revenue'], reject: ['VND 314 million per cooperative in profit'] },
  },
  {
    id: 'en.metric.revenue_avg.per_coop',
    match: '(revenue|revenues|turnover|sales)',
    value: { metric: 'revenue_avg', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['revenue reached VND 2 billion per cooperative'], reject: ['profit reached VND 2 billion per cooperative'] },
  },
  {
    id: 'en.metric.profit_avg',
    match: '(average|averaged|avg|on average|mean) (annual|yearly|pre-tax|after tax|net)? (profit|profits|earnings|interest|surplus)',
    value: { metric: 'profit_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['average profit per cooperative was VND 421 million', 'the average annual profit of VND 726 million'],
      reject: ['average revenue per cooperative was VND 4.5 billion'],
    },
  },
  {
    id: 'en.metric.profit_avg.each',
    match: '(profit|profits|earnings) (of|per|for|by) (each|every|a|one|per)? (cooperative|co-operative|coop|co-op|htx)',
    value: { metric: 'profit_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: { match: ['profit per cooperative was VND 300 million'], reject: ['revenue per cooperative was VND 3 billion'] },
  },
  {
    id: 'en.metric.profit_avg.each_reached',
    match:
      '(each|every|per) (cooperative|co-operative|coop|co-op) (reached|earned|made|generated|posted|recorded|gained|had|achieved)? (an|the|a)? (average|annual|yearly)? (annual|average)? (profit|profits)',
    value: { metric: 'profit_avg', where: 'left', units: MONEY },
    priority: 51,
    examples: {
      match: ['On average, each cooperative reached the annual profit of VND 726 million.'],
      reject: ['On average, each cooperative reached revenue of VND 3 billion.'],
    },
  },
  {
    id: 'en.metric.revenue_avg.each_reached',
    match:
      '(each|every|per) (cooperative|co-operative|coop|co-op) (reached|earned|made|generated|posted|recorded|gained|had|achieved)? (an|the|a)? (average|annual|yearly)? (annual|average)? (revenue|revenues|turnover|sales)',
    value: { metric: 'revenue_avg', where: 'left', units: MONEY },
    priority: 51,
    examples: {
      match: ['each cooperative generated an average revenue of VND 2 billion'],
      reject: ['each cooperative generated an average profit of VND 200 million'],
    },
  },
  {
    id: 'en.metric.profit_avg.right',
    match: '(in|of)? (average|annual|yearly|pre-tax)? (profit|profits)',
    value: { metric: 'profit_avg', where: 'right', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['VND 314 million per cooperative in profit'], reject: ['VND 4.3 billion per cooperative in revenue'] },
  },
  {
    id: 'en.metric.profit_avg.per_coop',
    match: '(profit|profits|earnings)',
    value: { metric: 'profit_avg', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 45,
    examples: { match: ['profit reached VND 300 million per cooperative'], reject: ['revenue reached VND 3 billion per cooperative'] },
  },
  {
    id: 'en.metric.income_avg',
    match: '(average|averaged|avg|mean|monthly|annual|yearly) (monthly|annual|yearly)? (income|incomes|earnings|wage|wages|salary|salaries|pay)',
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['average income of members reached VND 5.4 million per month', 'the monthly income of labourers was VND 6 million'],
      reject: ['average revenue reached VND 5.4 billion'],
    },
  },
  {
    id: 'en.metric.other.per_capita_income',
    match: '(per capita income|income per capita|per capita|gdp per capita|grdp per capita|average income per capita|per head)',
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 55,
    note: "income per head of the province's population is no cooperative's figure",
    examples: {
      match: ['Per capita income in the province reached VND 65 million in 2023.'],
      reject: ['Average income of cooperative members reached VND 65 million in 2023.'],
    },
  },
  {
    id: 'en.metric.income_avg.of_people',
    match:
      '(income|incomes|earnings|wage|wages|salary|salaries) (of|for|per|among)? (the)? (each|every|a|one|per)? (regular|full time|permanent)? (members|member|workers|worker|employees|employee|labourers|labourer|laborers|laborer|people|person|households|household|farmers)',
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ['the income of regular workers in cooperatives was VND 64 million per person per year', 'income per member reached VND 5 million'],
      reject: ['the revenue of cooperatives was VND 64 billion'],
    },
  },
  {
    id: 'en.metric.income_avg.people_earn',
    match:
      '(members|member|workers|worker|employees|labourers|laborers|people) .{0,4} (earn|earns|earned|earning|receive|receives|received|take home|makes|get|gets)',
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: { match: ['workers at cooperatives earn VND 6 million a month'], reject: ['cooperatives earn VND 3 billion a year'] },
  },
  {
    id: 'en.metric.income_avg.possessive',
    match:
      "/^(members|workers|employees|labourers|laborers|members’|workers’)'?$/ (average|monthly|annual)? (average|monthly|annual)? (income|incomes|earnings|wages)",
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: { match: ["members' average income hit VND 5 million a month"], reject: ["cooperatives' average revenue hit VND 5 billion"] },
  },
  {
    id: 'en.metric.other.income_per_cooperative',
    match:
      '(income|incomes|earnings) (for|of|per) (one|each|every|a|an)? (cooperative|co-operative|coop|co-op) !(member|members|worker|workers|employee|employees|labourer|labourers|laborer|laborers)',
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 60,
    note: "a cooperative's income is its revenue or its profit, which the words do not tell; not its members' income",
    examples: {
      match: ['The average annual income for one cooperative is VND 130 million', 'income per cooperative reached VND 1 billion'],
      reject: ['average income of members reached VND 5 million per month', 'Average annual income per cooperative member and worker reached VND 82 million'],
    },
  },
  {
    id: 'en.metric.income_avg.average_member',
    match: "(average|avg) /^(member|worker|employee|labourer|laborer)(['’]s)?$/ (monthly|annual|yearly)? (income|incomes|earnings|wage|wages)",
    value: { metric: 'income_avg', where: 'left', units: MONEY },
    priority: 50,
    examples: {
      match: ["The average member's income per year is over VND 26 million", 'the average member’s income reached VND 4 million a month'],
      reject: ["The average cooperative's revenue is VND 2 billion"],
    },
  },
  {
    id: 'en.metric.income_avg.per_person',
    match: '(income|incomes|earnings|wage|wages|salary|salaries|pay)',
    value: { metric: 'income_avg', where: 'left', units: MONEY, needsPer: 'person' },
    priority: 45,
    examples: { match: ['income reached VND 5 million per person per month'], reject: ['revenue reached VND 5 billion per cooperative'] },
  },
  {
    id: 'en.metric.capital',
    match: "(charter|operating|registered|working|equity|contributed|owner's|total|business) (capital|capitals)",
    value: { metric: 'capital', where: 'left', units: MONEY },
    priority: 65,
    examples: { match: ['the total charter capital of VND 33 billion', 'operating capital reached VND 10 trillion'], reject: ['VND 50 billion in loans'] },
  },
  {
    id: 'en.metric.capital.assets',
    match: '(total capital|capital of)',
    value: { metric: 'capital', where: 'left', units: MONEY },
    priority: 64,
    note: 'capital as TARGETS.md means it (vốn hoạt động, vốn điều lệ); total assets are not capital',
    examples: { match: ['Total capital of the cooperatives exceeds VND 12 trillion'], reject: ['Total assets of the cooperatives exceed VND 12 trillion'] },
  },
  {
    id: 'en.metric.other.capital_average',
    match: '(average|averaged|on average|mean|each|per) (charter|operating|registered|working)? (capital|assets)',
    value: { metric: 'other', where: 'left', units: MONEY },
    priority: 66,
    note: 'capital is a total (TARGETS.md); an average per cooperative is not',
    examples: { match: ['average charter capital is only VND 1.1 billion'], reject: ['total charter capital is VND 33 billion'] },
  },
  {
    id: 'en.metric.other.capital_per_coop',
    match: '(capital|assets)',
    value: { metric: 'other', where: 'left', units: MONEY, needsPer: 'coop' },
    priority: 66,
    examples: { match: ['charter capital of VND 1.5 billion per cooperative'], reject: ['the bank lent VND 5 billion'] },
  },
  {
    id: 'en.metric.budget_contribution',
    match:
      '(budget contribution|budget contributions|contribution to the budget|contributions to the budget|contributed to the state budget|paid to the state budget|tax payment|tax payments|taxes paid|paid taxes|paid in taxes|state budget contribution|contributing to the state budget)',
    value: { metric: 'budget_contribution', where: 'left', units: MONEY },
    priority: 70,
    examples: {
      match: ['budget contributions of cooperatives reached VND 12 billion', 'cooperatives paid taxes of VND 5 billion'],
      reject: ['the state budget allocated VND 5 billion'],
    },
  },
  {
    id: 'en.metric.budget_contribution.right',
    match: '(to|into) (the)? (state|provincial|local|national)? budget',
    value: { metric: 'budget_contribution', where: 'right', units: MONEY },
    priority: 70,
    examples: { match: ['cooperatives contributed VND 12 billion to the state budget'], reject: ['cooperatives earned VND 12 billion in revenue'] },
  },
  {
    id: 'en.metric.budget_contribution.tax_right',
    match: 'in (taxes|tax)',
    value: { metric: 'budget_contribution', where: 'right', units: MONEY, adjacent: true },
    priority: 70,
    examples: { match: ['cooperatives paid VND 5 billion in taxes'], reject: ['cooperatives earned VND 5 billion in revenue'] },
  },

  // ---- shares and rates
  {
    id: 'en.metric.grdp_share',
    match: "(gdp|grdp|gross domestic product|gross regional domestic product|the economy|national economy|economic structure|economic output|economy's output)",
    value: { metric: 'grdp_share', where: 'both', units: PCT },
    priority: 60,
    examples: {
      match: ['the collective economy contributes about 5% of GDP', 'it accounts for 4.8 per cent of the GRDP'],
      reject: ['cooperatives account for 60% of enterprises'],
    },
  },
  {
    id: 'en.metric.growth_rate',
    match:
      '(growth rate|growth rates|rate of growth|average growth|annual growth|average annual growth|yearly growth|grow by an average of|grow annually|growth of|grew by an average of|increase by an average of|average increase|annual increase|grow at|growing at|increase on average|growth on average)',
    value: { metric: 'growth_rate', where: 'left', units: PCT },
    priority: 101,
    note: 'an average or yearly rate of growth (tốc độ tăng trưởng), not a one-off change',
    examples: {
      match: ['the average annual revenue growth rate reached 10-15%', 'with an annual growth of 16%', 'revenue will grow by an average of 10% per year'],
      reject: ['revenue rose 10% compared with 2022'],
    },
  },
  {
    id: 'en.metric.bad_debt',
    match: '(bad debt|bad debts|non performing loans|non performing loan|npl|npls|nonperforming loans|overdue debt|overdue loans|bad loans)',
    value: { metric: 'bad_debt', where: 'left', units: PCT },
    priority: 70,
    examples: { match: ['keep the bad debt ratio below 3%', 'non-performing loans account for 1.2%'], reject: ['outstanding loans rose 12%'] },
  },
  {
    id: 'en.metric.ocop_products',
    match: '(ocop|one commune one product|#Value star|three star|four star|five star|3 star|4 star|5 star)',
    value: { metric: 'ocop_products', where: 'both', units: ['products'] },
    priority: 60,
    examples: {
      match: ['cooperatives have 126 OCOP products', '40 products certified as three-star OCOP'],
      reject: ['cooperatives have 126 products for export'],
    },
  },
];
