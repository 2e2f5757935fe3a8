/** Every corpus group, in the order the test reports them. */
import type { CorpusGroup } from './types.ts';
import { STATUS } from './status.ts';
import { TIME } from './time.ts';
import { SUBJECTS } from './subjects.ts';
import { METRICS } from './metrics.ts';
import { LISTS } from './lists.ts';
import { COMPARATORS } from './comparators.ts';
import { SECTORS } from './sectors.ts';
import { TABLES } from './tables.ts';
import { NEGATIVES } from './negatives.ts';
import { SPELLING } from './spelling.ts';
import { PASSAGES } from './passages.ts';
import { PHRASINGS } from './phrasings.ts';
import { NOT_OURS, STRUCTURE, STRUCTURE_2 } from './structure.ts';

export const CORPUS: CorpusGroup[] = [
  STATUS,
  TIME,
  SUBJECTS,
  METRICS,
  LISTS,
  COMPARATORS,
  SECTORS,
  TABLES,
  NEGATIVES,
  SPELLING,
  PASSAGES,
  PHRASINGS,
  STRUCTURE,
  STRUCTURE_2,
  NOT_OURS,
];
