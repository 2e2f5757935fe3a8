/** Every English rule set, compiled once into one compromise net (extractors/english/engine.ts). */
import { EnglishRules } from './engine.ts';
import { EN_NOISE_RULES } from '../../rules/english/noise.ts';
import { EN_PER_RULES, EN_UNIT_RULES } from '../../rules/english/units.ts';
import { EN_LEFT_COMPARATOR_RULES, EN_RANGE_RULES, EN_RIGHT_COMPARATOR_RULES } from '../../rules/english/comparators.ts';
import { EN_METRIC_RULES } from '../../rules/english/metrics.ts';
import { EN_ELSEWHERE_RULES, EN_PAGE_PLACE_RULES, EN_SUBJECT_RULES } from '../../rules/english/subjects.ts';
import { EN_SECTOR_RULES } from '../../rules/english/sectors.ts';
import { EN_STATUS_RULES } from '../../rules/english/status.ts';
import { EN_CLAUSE_OPENER_RULES, EN_TIME_RULES } from '../../rules/english/time.ts';

export const EN = new EnglishRules({
  noise: EN_NOISE_RULES,
  unit: EN_UNIT_RULES,
  per: EN_PER_RULES,
  leftComparator: EN_LEFT_COMPARATOR_RULES,
  rightComparator: EN_RIGHT_COMPARATOR_RULES,
  range: EN_RANGE_RULES,
  metric: EN_METRIC_RULES,
  subject: EN_SUBJECT_RULES,
  elsewhere: EN_ELSEWHERE_RULES,
  pagePlace: EN_PAGE_PLACE_RULES,
  sector: EN_SECTOR_RULES,
  status: EN_STATUS_RULES,
  time: EN_TIME_RULES,
  opener: EN_CLAUSE_OPENER_RULES,
});

export type EnSets = typeof EN.sets;
