/** Every rule set, compiled once at load. */
import { compile } from '../rules/rule.ts';
import { NOISE_RULES } from '../rules/noise.ts';
import { MAGNITUDE_RULES, CURRENCY_RULES, PERCENT_RULES, NOUN_RULES, PER_RULES, IMPLIED_NOUN_RULES } from '../rules/units.ts';
import { LEFT_COMPARATOR_RULES, RIGHT_COMPARATOR_RULES, RANGE_RULES } from '../rules/comparators.ts';
import { METRIC_RULES } from '../rules/metrics.ts';
import { ABROAD_RULES, SUBJECT_RULES } from '../rules/subjects.ts';
import { SECTOR_RULES, SECTOR_LEADIN_RULES } from '../rules/sectors.ts';
import { STATUS_RULES } from '../rules/status.ts';
import { TIME_RULES, CLAUSE_OPENER_RULES, SAME_PERIOD_RULES, PART_YEAR_RULES } from '../rules/time.ts';
import { TABLE_RULES } from '../rules/tables.ts';
import { DOC_YEAR_RULES } from '../rules/docyear.ts';
import { EN_DOC_YEAR_RULES } from '../rules/english/docyear.ts';

export const R = {
  noise: compile(NOISE_RULES),
  magnitude: compile(MAGNITUDE_RULES),
  currency: compile(CURRENCY_RULES),
  percent: compile(PERCENT_RULES),
  noun: compile(NOUN_RULES),
  per: compile(PER_RULES),
  impliedNoun: compile(IMPLIED_NOUN_RULES),
  leftComparator: compile(LEFT_COMPARATOR_RULES),
  rightComparator: compile(RIGHT_COMPARATOR_RULES),
  range: compile(RANGE_RULES),
  metric: compile(METRIC_RULES),
  subject: compile(SUBJECT_RULES),
  abroad: compile(ABROAD_RULES),
  sector: compile(SECTOR_RULES),
  sectorLeadin: compile(SECTOR_LEADIN_RULES),
  status: compile(STATUS_RULES),
  time: compile(TIME_RULES),
  clauseOpener: compile(CLAUSE_OPENER_RULES),
  samePeriod: compile(SAME_PERIOD_RULES),
  partYear: compile(PART_YEAR_RULES),
  docYear: compile(DOC_YEAR_RULES),
  /** English, but plain regular expressions over whole sentences (extractors/english/docyear.ts), so here. */
  enDocYear: compile(EN_DOC_YEAR_RULES),
  /** Read by pipeline/formats/table-rows.ts when tables become lines; here so their examples are tested. */
  table: compile(TABLE_RULES),
};
