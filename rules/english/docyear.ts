/**
 * The year an undated English page speaks from, read from its text (extractors/english/docyear.ts
 * applies these in order, as named steps): a sentence that opens on the time it reports ("In the
 * first half of 2023, the province …", "By the end of 2022, there were …", "In the period of
 * 2021-2024, the whole province has …"), or a conference that reviews a year or a period ("… a
 * conference to review … in the first half of 2023", "… summarizing … in the period of 2014 - 2020").
 * A sentence that sets goals dates nothing. Plain regular expressions over the folded key (as
 * rules/docyear.ts), not compromise matches: they read whole sentences, not terms.
 */
import type { Rule } from '../rule.ts';

export type EnDocYearKind = 'report_opening' | 'review' | 'goal' | 'history' | 'personal_story' | 'event_edition' | 'last_year_compared';

export interface EnDocYearValue {
  kind: EnDocYearKind;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
/** "the first half of", "the first six months of", "the first quarter of", "the year" */
const PART = String.raw`(?:the (?:first|last) (?:half|six months|nine months|three months|quarter|eight months|ten months|11 months) (?:of )?|the year |(?:early|mid|late)[- ]|(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:\d{1,2},? )?)?`;

export const EN_DOC_YEAR_RULES: Rule<EnDocYearValue>[] = [
  {
    id: 'en.docyear.report_opening',
    pattern: String.raw`^\W*(?:[^()]{0,40}\((?:vna|vns|vnp|vov|ndo|sggp|vnplus)\)\s*[-–—]\s*)?(?:according to [^,]{0,120},\s*)?(?:(?:as of|as at|by the end of|at the end of|by end of|by late|in|during|so far in|up to|until)\s+${PART}(?<y>${YEAR})\b(?!\s*[-–]\s*${YEAR})|in the (?:period|phase|term) (?:of )?${YEAR}\s*[-–]\s*(?<y2>${YEAR})\b)`,
    value: { kind: 'report_opening' },
    note: 'applied to each sentence from its start (after a dateline "HÀ NỘI (VNA) —" or "According to …,"); not in a sentence that sets goals',
    examples: {
      match: [
        'In the first half of 2023, the province established 51 new cooperatives',
        'By the end of 2022, there were 27,000 cooperatives nationwide',
        'In the period of 2021-2024, the whole province has 352 cooperatives',
        'According to the provincial alliance, as of June 2024, there were 410 cooperatives',
        'HÀ NỘI (VNA) — In 2019, the country had 15,000 cooperatives',
      ],
      reject: [
        'The province aims to have 500 cooperatives by 2025',
        'Currently, the province has 250 cooperatives',
        'In the 2021-2025 period, the city plans to set up 600 cooperatives',
      ],
    },
  },
  {
    id: 'en.docyear.review',
    pattern: String.raw`\b(?:review(?:ed|ing|s)?|summari[sz](?:e|ed|es|ing)|evaluat(?:e|ed|es|ing)|assess(?:ed|es|ing)?|results? of|report(?:ed|ing)? on|took stock of)\b(?:(?!\b(?:will|slated|scheduled|due to)\b)[^.;]){0,160}?\b(?:(?:in|of|for|during) )?(?<!\b(?:by|until|to|towards?) )(?:the (?:period|phase|term) (?:of )?${YEAR}\s*[-–]\s*(?<y2>${YEAR})\b|${PART}(?<y>${YEAR})\b(?!\s*[-–]\s*${YEAR}))`,
    value: { kind: 'review' },
    note: 'a conference that reviews a year, part of a year or a period: the page reports its (end) year',
    examples: {
      match: [
        'organized a conference to review the progress of the collective economy in the first half of 2023',
        'at the conference summarizing the implementation of the Project in the period of 2014 - 2020',
        'held a meeting to review cooperative development in 2022 and set tasks for 2023',
      ],
      reject: [
        'the province plans to review the scheme by 2025 and',
        'the cooperative law of 2012 has been reviewed',
        'The review will help prepare documents for the congress slated for early 2026',
      ],
    },
  },
  {
    id: 'en.docyear.event_edition',
    pattern: String.raw`\bthe (?<y>${YEAR}) (?:[a-z'-]+ ){0,4}(?:forum|conference|congress|summit|expo|exhibition|fair|festival|dialogue)\b`,
    value: { kind: 'event_edition' },
    note: 'an event named with its year ("at the 2025 Cooperative Economic Forum"): an undated page that tells of it reports that year',
    examples: {
      match: ['delivered the concluding speech at the 2025 Cooperative Economic Forum', 'at the 2023 Vietnam Cooperative Conference in Hanoi'],
      reject: ['under the 2023 Cooperative Law', 'the 2030 vision for cooperatives', 'a forum held in 2019 reviewed the law'],
    },
  },
  {
    id: 'en.docyear.last_year_compared',
    pattern: String.raw`\blast year\b[^.;]{0,80}?\b(?:up|down|increas(?:e|ed|ing)|ris(?:e|en|ing)|rose|gr[eo]wn?|growing|decreas(?:e|ed|ing)|f[ae]ll(?:en|ing)?|higher|lower|more|less)\b[^.;]{0,40}?\b(?:from|over|compared (?:with|to)|against|than)\s+(?:the same period (?:of|in) |that of |in )?(?<y>${YEAR})\b(?!\s*[-–]\s*${YEAR})`,
    value: { kind: 'last_year_compared' },
    note: 'an undated page that compares "last year" with a named year ("… last year, up 10 per cent from 2022") was written the year after the one following it: last year is the named year plus one',
    examples: {
      match: ['The co-operatives earned VND1.5 billion on average last year, up 8 per cent from 2022', 'last year exports rose 12 per cent compared with 2021'],
      reject: ['last year the province had 120 co-operatives', 'up 8 per cent from last year', 'last year, up 5 per cent from 2020-2021'],
    },
  },
  {
    id: 'en.docyear.goal',
    pattern: String.raw`\b(?:aims?|aiming|plans?|planning|targets?|targeting|strives?|striving|seeks?|goals?|will|would|is expected|are expected|set to|to reach|by ${YEAR})\b`,
    value: { kind: 'goal' },
    note: 'a sentence that says what is to be done speaks of the future, not of the time it was written in',
    examples: {
      match: ['In 2025, the province aims to have 500 cooperatives', 'By the end of 2025, the city will have 1,000 cooperatives'],
      reject: ['In 2023, the province had 480 cooperatives'],
    },
  },
  {
    id: 'en.docyear.legal_history',
    pattern: String.raw`\b(?:issued|promulgated|passed|adopted|signed|enacted)\b[^.;]{0,40}\b(?:decree|law|resolution|decision|directive|circular)\b|\b(?:decree|law|resolution|decision|directive|circular)\b[^.;]{0,40}\b(?:was|were) (?:issued|promulgated|passed|adopted|signed|enacted)\b`,
    value: { kind: 'history' },
    note: 'a sentence that tells when a decree or law was issued ("In February 1997 the Government issued Decree 15/CP") dates that text, not the page',
    examples: {
      match: ['In February 1997 the Government issued the Decree 15/CP', 'In 2012, the Law on Cooperatives was passed by the National Assembly'],
      reject: ['In 2023, the province had 480 cooperatives', 'In 2022, the province issued 30 certificates to cooperatives'],
    },
  },
  {
    id: 'en.docyear.personal_story',
    pattern: String.raw`^(?:in|by|since) (?:[a-z]+ )?(?:19|20)\d{2},? (?:she|he|her family|his family|the family|the couple)\b|\b(?:she|he|her family|his family|the couple) (?:[a-z'-]+ ){1,6}(?:in|since) (?:19|20)\d{2}\b`,
    value: { kind: 'personal_story' },
    note: 'a sentence of one person\'s story ("In 2020, she borrowed 60 million VND to …", "she became a member of the group in 2018") dates that story, not the page',
    examples: {
      match: [
        'In 2020, she borrowed 60 million VND from the fund',
        'In 2019 he joined the cooperative',
        'a farmer, said she became a member of the group in 2018 and',
      ],
      reject: ['In 2023, the province had 480 cooperatives', 'In 2022, they established 30 new cooperatives in the province'],
    },
  },
];
