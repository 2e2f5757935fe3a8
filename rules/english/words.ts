/**
 * Closed word lists the English extractor reads term by term: words that may stand inside a
 * noun phrase, words that hedge a field, verbs that own a count. They are data with
 * examples, as the rules are (rules/english/rule.ts): each `match` example holds a term that
 * is one of the words, as the extractor reads terms (compromise's split, lower case, no
 * punctuation), and each `reject` example holds none. Each word must also be one term as
 * compromise splits text, or it could never be met ("set-up" is two terms, "set" and "up"):
 * test/english-words.test.ts runs both checks.
 *
 * A list is read where its note says; what the extractor decides with it is in the
 * extractor, named by the step that reads it.
 */
import type { RuleExamples } from '../rule.ts';

export interface EnWordList {
  /** "en.words.<name>". */
  readonly id: string;
  readonly words: readonly string[];
  readonly note: string;
  /**
   * 'terms' (default): compromise's terms, by their normal form. 'letters': runs of letters
   * (with inner hyphens and apostrophes) in lower case, as the language check counts words.
   */
  readonly reads?: 'terms' | 'letters';
  readonly examples: RuleExamples;
}

export const EN_WORDS = {
  nounPhrase: {
    id: 'en.words.noun_phrase',
    words: [
      'newly',
      'new',
      'established',
      'founded',
      'registered',
      'regular',
      'permanent',
      'seasonal',
      'member',
      'and',
      'or',
      'more',
      'additional',
      'other',
      'existing',
      'active',
      'typical',
      'model',
      'key',
      'local',
      'rural',
      'young',
      'female',
      'ethnic',
      'operating',
      'star',
    ],
    note: 'words that may stand between a number and its head noun, whatever their tag ("742 newly established cooperatives", "12 typical model cooperatives")',
    examples: {
      match: ['some 640 newly registered co-ops', 'about 90 typical cooperatives', '31 seasonal workers'],
      reject: ['450 cooperatives in the district', 'VND 3 billion'],
    },
  },
  shareDeterminers: {
    id: 'en.words.share_determiners',
    words: ['the', 'all', 'its', 'their', 'total', 'these', 'those'],
    note: 'words between "of" and the body a share is of ("60% of all cooperatives", "45 percent of the total co-ops")',
    examples: { match: ['70 percent of all cooperatives', '30% of these groups'], reject: ['60% of cooperatives'] },
  },
  additive: {
    id: 'en.words.additive',
    words: ['another', 'further', 'additional', 'extra', 'more'],
    note: 'a word right before a number that makes it an addition ("at least another 13 cooperatives")',
    examples: { match: ['another 13 cooperatives', 'a further 20 groups'], reject: ['13 cooperatives'] },
  },
  impliedGlue: {
    id: 'en.words.implied_glue',
    words: [
      'numbered',
      'number',
      'numbering',
      'totalled',
      'totaled',
      'totalling',
      'totaling',
      'total',
      'totals',
      'stood',
      'stands',
      'stand',
      'at',
      'reached',
      'reach',
      'reaches',
      'came',
      'amounted',
      'to',
      'was',
      'were',
      'is',
      'are',
      'now',
      'only',
      'just',
    ],
    note: 'all that may stand between a noun and the bare number after it that counts it ("members numbered 26,000", "the groups now total 1,100")',
    examples: { match: ['members numbered 26,000', 'groups stood at 1,100'], reject: ['members, 26,000'] },
  },
  nounModifier: {
    id: 'en.words.noun_modifier',
    words: ['new', 'newly', 'established', 'founded', 'set', 'up', 'agricultural'],
    note: 'words of a count noun\'s own between "the number of" and it ("the number of newly established cooperatives", "the number of set-up co-ops")',
    examples: { match: ['the number of newly founded cooperatives', 'the number of agricultural co-ops'], reject: ['the number of cooperatives'] },
  },
  listJoinerModifier: {
    id: 'en.words.list_joiner_modifier',
    words: ['new', 'newly', 'established'],
    note: 'words that may stand between the heads of a list counted "respectively" without breaking it ("cooperatives and newly established groups")',
    examples: { match: ['cooperatives and newly established groups'], reject: ['cooperatives and groups'] },
  },
  superlative: {
    id: 'en.words.superlative',
    words: ['highest', 'largest', 'biggest', 'greatest', 'lowest', 'smallest', 'most'],
    note: '"the highest number of cooperatives" compares places; it counts none',
    examples: { match: ['the largest number of cooperatives'], reject: ['the number of cooperatives'] },
  },
  vagueMultiple: {
    id: 'en.words.vague_multiple',
    words: ['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens', 'dozen', 'scores'],
    note: 'number words that give no number ("thousands of members", "dozens of cooperatives")',
    examples: { match: ['thousands of members', 'dozens of co-ops'], reject: ['three thousand members'] },
  },
  auxiliaries: {
    id: 'en.words.auxiliaries',
    words: ['have', 'has', 'had', 'been', 'be', 'being', 'were', 'was', 'are', 'is', 'also', 'already', 'all', 'now', 'recently', 'still', 'not', 'so', 'far'],
    note: 'all that may stand between a noun phrase and the metric verb after it ("32 cooperatives have so far been dissolved")',
    examples: { match: ['32 cooperatives have so far been dissolved', '12 groups were recently set up'], reject: ['32 cooperatives dissolved'] },
  },
  bodyAfterNoun: {
    id: 'en.words.body_after_noun',
    words: ['of', 'in', 'at', 'from', 'within', 'across'],
    note: 'the word right after a people noun that names the body they belong to ("members of cooperative groups", "workers in cooperatives")',
    examples: { match: ['4,000 members of cooperative groups', '900 workers in co-ops'], reject: ['4,000 members, 12 cooperatives'] },
  },
  fieldNamedBody: {
    id: 'en.words.field_named_body',
    words: [
      'ministry',
      'department',
      'minister',
      'sub-department',
      'institute',
      'academy',
      'bank',
      'committee',
      'office',
      'union',
      'association',
      'university',
    ],
    note: 'bodies named after a field ("the Ministry of Agriculture"): the field in their name limits no figure',
    examples: { match: ['the Ministry of Agriculture said', 'the provincial Sub-Department of Rural Development'], reject: ['in agriculture'] },
  },
  fieldWords: {
    id: 'en.words.field_words',
    words: ['sector', 'sectors', 'field', 'fields', 'area', 'areas', 'industry', 'branch', 'segment', 'segments', 'sub', 'subsector', 'domain', 'domains'],
    note: 'a word right after a field\'s name that makes it a field ("in the farming sector", "in transport areas")',
    examples: { match: ['in the farming sector', 'in the field of transport'], reject: ['in farming'] },
  },
  rest: {
    id: 'en.words.rest',
    words: ['rest', 'remainder', 'remaining', 'others'],
    note: 'words that turn to the rest of a group after a part of it was told ("410 of them in farming and the rest in handicrafts")',
    examples: { match: ['and the rest in handicrafts', 'the remainder in trade'], reject: ['and 20 in handicrafts'] },
  },
  hedge: {
    id: 'en.words.hedge',
    words: ['mainly', 'mostly', 'primarily', 'largely', 'chiefly', 'predominantly', 'majority'],
    note: 'a field named "mainly in the field of agriculture" is the main field; it limits nothing',
    examples: { match: ['mostly in agriculture', 'the majority in farming'], reject: ['in agriculture'] },
  },
  fieldIntro: {
    id: 'en.words.field_intro',
    words: ['in', 'of', 'within', 'for', 'across'],
    note: 'the word right before a field\'s name (or before "the" and it) that makes the field a figure\'s own ("245 cooperatives in agriculture")',
    examples: { match: ['245 cooperatives in agriculture', 'across the farm sector'], reject: ['245 farm cooperatives'] },
  },
  owningVerbs: {
    id: 'en.words.owning_verbs',
    words: ['has', 'had', 'have', 'boasts', 'counts'],
    note: 'a field that owns a count as its clause\'s subject: "Vietnam\'s agriculture now has 13,712 co-operatives"',
    examples: { match: ['agriculture now has 13,712 co-operatives', 'farming boasts 300 cooperatives'], reject: ['agriculture with 300 cooperatives'] },
  },
  owningAdverbs: {
    id: 'en.words.owning_adverbs',
    words: ['now', 'currently', 'still', 'already', 'presently'],
    note: 'an adverb that may stand between a field and its owning verb ("agriculture currently has 300 cooperatives")',
    examples: { match: ['agriculture currently has 300 cooperatives'], reject: ['agriculture has 300 cooperatives'] },
  },
  placeWords: {
    id: 'en.words.place_words',
    words: ['district', 'districts', 'commune', 'communes', 'town', 'township', 'ward', 'city', 'province'],
    note: 'words that end a place\'s name: "in Nghia Dan district", "in Tan Ky town"',
    examples: { match: ['6 cooperatives in Nghia Dan district'], reject: ['6 cooperatives in Nghe An'] },
  },
  clauseCoordinator: {
    id: 'en.words.clause_coordinator',
    words: ['and', 'but', 'while', 'whereas'],
    note: 'after a comma, a word that joins a clause of its own: ", and plans to …", ", while …"',
    examples: { match: ['had 40 cooperatives, while the plan is 60'], reject: ['had 40 cooperatives, 12 of them new'] },
  },
  nextItem: {
    id: 'en.words.next_item',
    words: ['and', 'but', 'while', 'or'],
    note: 'a word right after a figure\'s noun phrase that starts the next item or clause, so the status after it is not the figure\'s own ("30 cooperatives and 20 groups have been set up")',
    examples: { match: ['30 cooperatives and 20 groups'], reject: ['30 cooperatives have been set up'] },
  },
  functionWords: {
    id: 'en.words.function_words',
    reads: 'letters',
    words: [
      'the',
      'of',
      'and',
      'to',
      'in',
      'is',
      'are',
      'was',
      'were',
      'with',
      'for',
      'by',
      'has',
      'have',
      'had',
      'that',
      'this',
      'which',
      'from',
      'as',
      'at',
      'on',
      'its',
      'their',
      'it',
      'be',
      'been',
      'will',
      'would',
      'an',
      'a',
      'or',
      'than',
      'more',
      'also',
      'about',
      'over',
      'under',
      'per',
      'there',
      'these',
      'those',
      'such',
      'into',
      'while',
      'including',
      'each',
      'cooperatives',
      'cooperative',
      'members',
      'province',
      'million',
      'billion',
      'average',
      'number',
      'total',
    ],
    note: 'common English words that the language check counts to tell an English block from a Vietnamese one written without its marks',
    examples: { match: ['The province has 40 cooperatives', 'members of the union'], reject: ['Tinh co 40 hop tac xa', 'Hop tac xa Thanh Cong'] },
  },
} as const satisfies Record<string, EnWordList>;

/** Every list, for the examples test. */
export const EN_WORD_LISTS: readonly EnWordList[] = Object.values(EN_WORDS);

/** A list as a set, to read with `.has(term.normal)`. */
export function wordSet(list: EnWordList): ReadonlySet<string> {
  return new Set(list.words);
}
