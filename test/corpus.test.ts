/**
 * Every corpus entry (test/corpus/*.ts) through extractDocument, as plain text is decoded
 * (pipe tables become one line per row); test/corpus/runner.ts says what each must yield.
 */
import { describe } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import { pipeTablesToRows } from '../pipeline/formats/text-tables.ts';
import { CORPUS } from './corpus/index.ts';
import { documentOf } from './corpus/types.ts';
import { runCorpus } from './corpus/runner.ts';

describe('corpus', () => {
  runCorpus(CORPUS, (entry) => extractDocument(pipeTablesToRows(documentOf(entry)), 'corpus.txt').records);
});
