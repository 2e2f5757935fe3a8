/**
 * Every English corpus entry (test/corpus/english.ts) through extractDocument, with the same
 * runner as the Vietnamese ones (test/corpus/runner.ts).
 */
import { describe, expect, it } from 'vitest';
import { runCorpus } from './corpus/runner.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { ENGLISH_CORPUS } from './corpus/english.ts';
import { englishDocumentOf } from './corpus/english-types.ts';

describe('English corpus', () => {
  it('has at least 150 sentences of its own', () => {
    const sentences = ENGLISH_CORPUS.flatMap((g) => g.entries).flatMap((e) => e.text.split(/(?<=[.;:!?])\s+|\n+/u).filter((s) => /\p{L}{3}/u.test(s)));
    expect(sentences.length).toBeGreaterThanOrEqual(150);
  });
  runCorpus(ENGLISH_CORPUS, (entry) => extractDocument(englishDocumentOf(entry), 'corpus-en.txt').records);
});
