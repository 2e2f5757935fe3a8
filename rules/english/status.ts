/**
 * Status in English: does the sentence set the figure as a goal (target) or report it as
 * reached (actual)? English says it with the verb: its modality ("aims to", "plans to",
 * "is expected to", "will"), its tense (compromise tags #PastTense: "had", "reached",
 * "were established"), or with words of time ("as of", "currently", "so far").
 * Strong cues govern the rest of their paragraph and, in a heading or a lead-in
 * ("Specific targets by 2025:"), everything under it; weak cues count only in their own
 * sentence. Longer cues win over the words inside them ("exceeding the target" reports,
 * "will have" sets a goal).
 */
import type { EnglishRule } from './rule.ts';
import type { Status } from '../../pipeline/record.ts';

export interface EnStatusValue {
  status: Status;
  /** 'present': the present tense states what is, but yields to a heading that sets goals ("TARGETS: … 75% of cooperatives operate effectively"). */
  strength: 'strong' | 'weak' | 'present';
  /** Words the pattern must not be (a tag matches too much: "expected" is #PastTense). */
  except?: readonly string[];
  /** A deadline ("by 2025"): a goal while the year is ahead, a report once it has passed. */
  deadline?: true;
}

const T = (strength: 'strong' | 'weak'): EnStatusValue => ({ status: 'target', strength });
const A = (strength: 'strong' | 'weak' | 'present', except?: readonly string[]): EnStatusValue => ({
  status: 'actual',
  strength,
  ...(except ? { except } : {}),
});

export const EN_STATUS_RULES: EnglishRule<EnStatusValue>[] = [
  // ---- reported as reached
  {
    id: 'en.status.actual.reached_plan',
    match:
      "(exceed|exceeded|exceeding|exceeds|surpass|surpassed|surpassing|surpasses|meet|met|meeting|meets|reach|reached|reaching|achieve|achieved|achieving|fulfil|fulfill|fulfilled|fulfilling|complete|completed|completing|beat|beating|hit|outperformed) (the|its|their|this|all|a|#Value)? (year|year's|annual|yearly|set|planned|assigned|whole year|full year)? (target|targets|plan|plans|goal|goals|objective|objectives)",
    value: A('strong'),
    examples: {
      match: ['The province established 36 cooperatives, exceeding the annual plan.', 'it met the target of 30 cooperatives', 'achieving the set targets'],
      reject: ['The province aims to meet 30 cooperatives.', 'the plan targets 30 cooperatives'],
    },
  },
  {
    id: 'en.status.actual.share_of_plan',
    match: "#Value (percent|per cent|pct)? of the (year|year's|annual|yearly|whole year)? (plan|plans|target|targets)",
    value: A('strong'),
    examples: { match: ['achieving 51.5% of the year plan', 'reaching 104 percent of the target'], reject: ['accounting for 51.5% of the total'] },
  },
  {
    id: 'en.status.actual.current_level',
    match: 'from (the|its) (current|present|existing)',
    value: A('strong'),
    note: 'the level a goal starts from: "raise the rate from the current 36 per cent to 45 per cent" (the 36 is reached; the second figure has its own cue)',
    examples: {
      match: ['to increase the share from the current 36 per cent to 50 per cent', 'up from the present 120 cooperatives'],
      reject: ['the current plan aims to have 900 cooperatives', 'from the next year, 120 cooperatives'],
    },
  },
  {
    id: 'en.status.actual.as_of',
    match: '(as of|as at|currently|presently|at present|so far|to date|thus far|up to now|until now|up till now|as yet|hitherto|at the moment|nowadays|now)',
    value: A('strong'),
    examples: {
      match: [
        'As of December 31, 2023, the province had 742 cooperatives.',
        'There are currently 26,000 cooperatives nationwide.',
        'So far, 30 cooperatives have been set up.',
        'The province now has 742 cooperatives.',
      ],
      reject: ['The province aims to have 900 cooperatives by 2025.'],
    },
  },
  {
    id: 'en.status.actual.baseline_data',
    match: '(based on|according to|from|on) (the)? (data|figures|statistics|numbers|results) (at|as of|as at|by|of|in) (the)? (end|close|start|beginning)?',
    value: A('strong'),
    note: 'the base a goal was set from: "the objectives were set based on the data at the end of 2020: there are 26,000 cooperatives" reports those counts',
    examples: {
      match: [
        'These goals were set based on the data at the end of 2022 – there are 1,200 cooperatives',
        'according to the figures as of June 2023, the city had 300 cooperatives',
      ],
      reject: ['The objectives are to have 1,500 cooperatives by 2025.'],
    },
  },
  {
    id: 'en.status.actual.estimate',
    match: '(estimated|estimates|estimate|preliminary|tentatively) (at|to be|to have|to reach|figures|statistics|data)?',
    value: A('strong'),
    note: 'an estimate of what was reached (ước thực hiện) reports',
    examples: {
      match: [
        'Average revenue is estimated at VND 3 billion.',
        'According to preliminary statistics, the country had 31,000 cooperatives.',
        'By late 2022, the country is estimated to have 28,000 cooperatives.',
      ],
      reject: ['Average revenue is expected to reach VND 3 billion.'],
    },
  },
  {
    id: 'en.status.actual.report',
    match:
      '(last year|past year|past years|recent years|the past #Value years|previous year|previous term|previous tenure|last term|last tenure|past term|past tenure|past period|previous period|during the year|over the years|in the year|the year under review|results|result|achievements|outcomes|performance|review|reviewed|reviewing|overview|situation|status quo)',
    value: A('strong'),
    examples: {
      match: [
        'Last year, the province set up 40 new cooperatives.',
        'In recent years, cooperatives have grown.',
        'RESULTS OF COLLECTIVE ECONOMIC DEVELOPMENT IN 2023',
        'Review of 2023',
      ],
      reject: ['Next year, the province will set up 40 new cooperatives.', 'TARGETS FOR 2025'],
    },
  },
  {
    id: 'en.status.actual.first_months',
    match: '(first|past) (half|quarter|#Value months|six months|nine months|three months|eleven months|ten months)',
    value: A('strong'),
    examples: {
      match: ['In the first six months of 2024, 15 cooperatives were founded.', 'in the first half of the year'],
      reject: ['in the second half of the plan period'],
    },
  },
  {
    id: 'en.status.actual.past',
    match: '#PastTense',
    value: A('weak', [
      'expected',
      'planned',
      'targeted',
      'aimed',
      'projected',
      'forecast',
      'forecasted',
      'set',
      'scheduled',
      'proposed',
      'assigned',
      'approved',
      'intended',
      'required',
      'designed',
      'envisaged',
      'committed',
      'determined',
      'oriented',
      'focused',
      'given',
      'needed',
      'hoped',
      'wanted',
      'called',
      'asked',
      'urged',
      'said',
      'stated',
      'noted',
      'added',
      'told',
      'stressed',
      'emphasised',
      'emphasized',
      'affirmed',
      'highlighted',
      'pointed',
      'suggested',
      'requested',
      'directed',
      'instructed',
      'issued',
      'signed',
      'adopted',
      'promulgated',
      'implemented',
      'held',
      'organised',
      'organized',
      'attended',
      'chaired',
      'based',
      'located',
      'named',
      'registered',
      'united',
    ]),
    note: "the tense compromise gives the verb; verbs of saying, planning and meeting are not the figure's",
    examples: {
      match: ['The province had 742 cooperatives.', 'In 2023, 30 new cooperatives were established.', 'Average income reached VND 5.4 million per month.'],
      reject: ['The province has 742 cooperatives.', 'The province will establish 30 cooperatives.'],
    },
  },
  {
    id: 'en.status.actual.past_words',
    match:
      '(established|founded|formed|created|reached|recorded|registered|achieved|attained|totalled|totaled|numbered|dissolved|employed|attracted|earned|generated|contributed|posted|gained|grew|rose|increased|fell|dropped|declined|doubled|tripled|had|was|were|became|stood|exceeded|surpassed|hit)',
    value: A('weak'),
    note: 'past forms compromise may tag otherwise ("but established only 41": an adjective to it)',
    examples: { match: ['The province planned 50 cooperatives but established only 41.'], reject: ['The province plans to establish 50 cooperatives.'] },
  },
  {
    id: 'en.status.actual.newly',
    match: 'newly (established|founded|formed|created|registered|set up)',
    value: A('present'),
    note: '"newly established cooperatives" names a kind, it is no past tense of the sentence',
    examples: { match: ['Newly established cooperatives: 40.'], reject: ['40 cooperatives were established.'] },
  },
  {
    id: 'en.status.actual.present',
    match:
      '(has|have|there is|there are|boasts|numbers|totals|comprises|includes|counts|is home to|stands at|stand at|is|are|remains|remain|operate|operates|employ|employs|earn|earns)',
    value: A('present'),
    note: 'the present states what is: a report\'s "there are 742 cooperatives"; under a heading that sets goals it yields to the heading',
    examples: { match: ['There are 742 cooperatives in the province.', 'The province has 742 cooperatives.'], reject: ['The province had 742 cooperatives.'] },
  },

  // ---- set as a goal
  {
    id: 'en.status.target.aim',
    match:
      '(aim|aims|aimed|aiming|target|targets|targeted|targeting|targetted|goal|goals|objective|objectives|strive|strives|striving|strove|seek|seeks|seeking|endeavour|endeavor|endeavours|eyes|eyeing|sets sights on|set sights on|sets its sights on|aspires|aspire)',
    value: T('strong'),
    examples: {
      match: [
        'Vietnam aims to have 45,000 cooperatives by 2030.',
        'The province targets 900 cooperatives.',
        'The goal is to raise average income to VND 6 million.',
        'SPECIFIC TARGETS BY 2025',
      ],
      reject: ['The province had 742 cooperatives in 2023.'],
    },
  },
  {
    id: 'en.status.target.plan',
    match:
      '(plan|plans|planned|planning|intend|intends|intended|hope|hopes|hoping|want|wants|wish|wishes|expect|expects|expected|expecting|determined|committed|pledge|pledges|pledged|projected|forecast|forecasts|envisage|envisages|envisaged|envision|envisions|proposed|scheduled|slated|poised|due) (to|for|that|at)',
    value: T('strong'),
    examples: {
      match: [
        'The province plans to set up 40 cooperatives.',
        'Revenue is expected to reach VND 3 billion.',
        'The province intends to form 40 cooperatives.',
        'The number is projected to reach 900.',
      ],
      reject: ['The province set up 40 cooperatives last year.'],
    },
  },
  {
    id: 'en.status.target.plan_heading',
    match:
      '(plan|plans|targets|tasks|orientations|orientation|strategy|direction|directions|solutions|objectives|goals) (for|in|by|to) (the)? (#Year|next year|the coming years|the coming year|the #Year)',
    value: T('strong'),
    examples: { match: ['PLAN FOR 2025', 'Targets for the 2026-2030 period', 'Tasks for next year'], reject: ['Results in 2025'] },
  },
  {
    id: 'en.status.target.set_to',
    match:
      '(is|are|was|were|be) (set|poised|slated|scheduled|due|likely|projected|forecast|forecasted) to (reach|have|hit|rise|increase|exceed|attain|achieve|grow|total|contribute|be|become|double|climb)',
    value: T('strong'),
    note: '"is set to contribute 5%", "is likely to reach": a goal or a forecast, as dự kiến is (an estimate of what was reached, ước, is "estimated at", "estimated to have")',
    examples: {
      match: ['The sector is set to contribute 5 percent of GRDP by 2030.', 'Revenue is likely to reach VND 3 billion this year.'],
      reject: ['Revenue is estimated at VND 3 billion.'],
    },
  },
  {
    id: 'en.status.target.from_now',
    match: '(from now|between now|from today) (to|until|till|through|and|up to) (the end of)? (#Year|the end)',
    value: T('strong'),
    note: 'từ nay đến năm 2025: a goal, though "now" alone reports',
    examples: {
      match: ['From now to 2025, the province will set up 40 cooperatives.', 'from now until 2030'],
      reject: ['The province now has 742 cooperatives.'],
    },
  },
  {
    id: 'en.status.target.set_goal',
    match:
      '(set|sets|setting|sets out|set out|approved|approves|assigned|assigns|adopted) (a|an|the|its)? #Adjective? (target|targets|goal|goals|plan|plans|objective|objectives)',
    value: T('strong'),
    examples: {
      match: ['The province has set a target of 900 cooperatives.', 'the committee assigned the plan of 35 new cooperatives'],
      reject: ['The province set up 30 cooperatives.'],
    },
  },
  {
    id: 'en.status.target.next',
    match:
      '(next year|the coming year|the coming years|the following year|in the future|the time ahead|the next #Value years|the next five years|the new period|the coming period|the next period|the next term|the new term)',
    value: T('strong'),
    examples: {
      match: ['Next year, the province will set up 40 cooperatives.', 'In the coming years, the sector needs 10,000 managers.'],
      reject: ['Last year, the province set up 40 cooperatives.'],
    },
  },
  {
    id: 'en.status.target.future',
    match:
      '(will|shall|would|should|must|need to|needs to|has to|have to|is to|are to|going to|will have|will be|to be|should be|must be|will reach|to have|to reach|to achieve|to attain|to establish|to set up|to develop|to raise|to increase|to lift|to bring|to maintain)',
    value: T('weak'),
    examples: {
      match: ['The province will establish 30 new cooperatives.', 'Each commune should have at least one cooperative.', 'It needs to have 500 cooperatives.'],
      reject: ['The province established 30 new cooperatives.', 'The province has 742 cooperatives.'],
    },
  },
  {
    id: 'en.status.target.future_passive',
    match:
      '(will|shall|must|should|would|to|need to|needs to|has to|have to|is to|are to|can|could|may) (be|have been) (#PastTense|#Participle|set|put|kept|cut|built|made)',
    value: T('weak'),
    note: '"must be kept", "will be set up": the participle after a modal is no past tense',
    examples: {
      match: ['The bad debt ratio must be kept below 2%.', '30 cooperatives will be set up next year.'],
      reject: ['30 cooperatives were set up last year.'],
    },
  },
  {
    id: 'en.status.target.by_year',
    match: 'by (the end of|end of|late|the end|mid|early)? (#Year|next year)',
    value: { ...T('weak'), deadline: true },
    note: 'a deadline: a goal when it is still ahead; a year already past (or a past-tense verb) reports (extractors/english/scope.ts)',
    examples: { match: ['Vietnam will have 45,000 cooperatives by 2030.', 'by the end of 2025'], reject: ['as of the end of 2023', 'in 2025'] },
  },
  {
    id: 'en.status.target.until_year',
    match: '(until|till|up to) (the end of|end of)? #Year',
    value: { ...T('weak'), deadline: true },
    note: 'đến năm …: a deadline like "by 2030"; a year already past reports (extractors/english/scope.ts)',
    examples: {
      match: ['The district wants to keep 60 cooperatives in business until 2027.', 'up to the end of 2026'],
      reject: ['until now', 'up to 40 cooperatives'],
    },
  },
  {
    id: 'en.status.target.task',
    match: '(task|tasks|mission|missions|priority|priorities) (is|are|was|were)? (to) #Verb',
    value: T('strong'),
    note: 'nhiệm vụ là …: what a task is to do is a goal, whatever the tense of the sentence around it',
    examples: {
      match: ['The key task is to help 120 cooperatives join value chains.', 'It is a major mission to bring 75 new cooperatives into being.'],
      reject: ['The alliance completed the task of training 80 managers.', 'Tasks for cooperatives in 2024'],
    },
  },
];
