/**
 * Comparators bound to an English number: words right before it ("more than 1,200",
 * "at least 30", "nearly 6 million") and right after its noun phrase ("30 cooperatives or
 * more"). Ranges ("between 600 and 800", "600-800", "from 600 to 800") are read with the
 * number (extractors/english/numbers.ts); EN_RANGE_RULES name the words that open one.
 */
import type { EnglishRule } from './rule.ts';
import type { Comparator } from '../../pipeline/record.ts';

/** Must end right where the number (or its currency) starts. */
export const EN_LEFT_COMPARATOR_RULES: EnglishRule<Comparator>[] = [
  {
    id: 'en.comparator.gt',
    match:
      '(more than|over|above|in excess of|upwards of|exceeding|exceeds|exceeded|exceed|greater than|higher than|beyond|over than|surpassing|surpassed|topping|topped)',
    value: 'gt',
    adjacent: 'before-number',
    examples: {
      match: ['with more than 1,200 members', 'over 27,000 cooperatives', 'charter capital of above VND 800 billion'],
      reject: ['about 27,000 cooperatives', 'up to 800 workers'],
    },
  },
  {
    id: 'en.comparator.gte',
    match: '(at least|a minimum of|minimum of|no less than|no fewer than|not less than|not fewer than|not below|minimum)',
    value: 'gte',
    adjacent: 'before-number',
    examples: { match: ['at least 30 cooperatives', 'a minimum of 50 members', 'no fewer than 12 cooperatives'], reject: ['at most 30 cooperatives'] },
  },
  {
    id: 'en.comparator.approx',
    match:
      '(about|around|approximately|roughly|some|nearly|almost|close to|approximate|circa|approx|an estimated|estimated|at around|at about|just over|just under|more or less)',
    value: 'approx',
    adjacent: 'before-number',
    note: '"nearly" and "almost" are approximations (gần): TARGETS.md lists them with khoảng',
    examples: {
      match: ['about 4.56 billion VND', 'nearly 6 million people', 'some 2,000 cooperatives', 'an estimated 30,000 cooperatives'],
      reject: ['more than 6 million people'],
    },
  },
  {
    id: 'en.comparator.lt',
    match: '(under|below|less than|fewer than|lower than|short of|not yet)',
    value: 'lt',
    adjacent: 'before-number',
    examples: { match: ['reduce the bad debt ratio to under 3%', 'fewer than 10 workers', 'below 5 percent'], reject: ['up to 5 percent'] },
  },
  {
    id: 'en.comparator.lte',
    match: '(up to|no more than|not more than|at most|a maximum of|maximum of|not exceeding|no higher than|not higher than|not to exceed|capped at|maximum)',
    value: 'lte',
    adjacent: 'before-number',
    examples: { match: ['keep bad debt at no more than 2%', 'up to 800 workers', 'a maximum of 3 percent'], reject: ['at least 800 workers'] },
  },
];

/** Must start right after the figure's noun phrase. */
export const EN_RIGHT_COMPARATOR_RULES: EnglishRule<Comparator>[] = [
  {
    id: 'en.comparator.gte.right',
    match: '(or more|or higher|or above|and above|and over|and more|or over|at least|and upwards|plus)',
    value: 'gte',
    context: 'after-number',
    examples: { match: ['30 cooperatives or more', '54% or higher'], reject: ['30 cooperatives and 40 groups'] },
  },
  {
    id: 'en.comparator.lte.right',
    match: '(or less|or fewer|or lower|or below|at most|and below|and under)',
    value: 'lte',
    context: 'after-number',
    examples: { match: ['3% or less', '10 workers or fewer'], reject: ['3% or more'] },
  },
];

/** Words that open a range of two numbers: "between 600 and 800", "from 600 to 800". */
export const EN_RANGE_RULES: EnglishRule<'between' | 'from'>[] = [
  {
    id: 'en.range.between',
    match: 'between',
    value: 'between',
    adjacent: 'before-number',
    examples: { match: ['between 600 and 800 workers'], reject: ['from 600 to 800 workers'] },
  },
  {
    id: 'en.range.from',
    match: 'from',
    value: 'from',
    adjacent: 'before-number',
    note: '"from 600 to 800 workers" is a range, "rose from 320 to 500" a change (see en.metric.other.change_from)',
    examples: { match: ['create jobs for from 600 to 800 workers'], reject: ['between 600 and 800 workers'] },
  },
];
