/**
 * One document through the stages, in memory: normalise → parse → segment →
 * extract → validate. Pure: no file system, no database. Diagnostics are vfile
 * messages with positions.
 */
import { normalise } from './normalise.ts';
import { parseOutline } from './parse.ts';
import { segment } from './segment.ts';
import { boundBlocks } from './bound.ts';
import { TargetRecordSchema, type DocumentMeta, type TargetRecord } from './record.ts';
import { readDocumentMeta } from '../extractors/docmeta.ts';
import { readDocYear, readGoalHorizon } from '../extractors/docyear.ts';
import { Masks } from '../extractors/masks.ts';
import { extractRecords } from '../extractors/records.ts';
import { certaintyOf } from '../extractors/certainty.ts';
import type { DocView } from '../extractors/context.ts';
import { cutAtPageEnd, DROP_REASONS, type Drop } from '../extractors/drops.ts';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { detectLanguages, type DocLang } from '../extractors/english/lang.ts';
import { readEnglishMeta } from '../extractors/english/docmeta.ts';
import { extractEnglishRecords } from '../extractors/english/records.ts';

export { EXTRACTOR_VERSION } from './version.ts';

export interface ExtractedDocument {
  /** NFC text; records' offsets point into it. */
  text: string;
  records: TargetRecord[];
  meta: DocumentMeta;
  /** 'vi', 'en', or 'mixed' (a page with both: each paragraph read in its own language). */
  lang: DocLang;
  diagnostics: string[];
  /** Every number seen that gave no scored record, with its reason (also in diagnostics, with positions). */
  dropped: Drop[];
  /** All vfile messages: parse warnings and one `chitieu:drop.*` message per dropped figure, with positions. */
  messages: VFileMessage[];
}

/** Milliseconds spent in each stage, summed over documents (for the benchmark). */
export interface StageTimes {
  normalise: number;
  parse: number;
  segment: number;
  metadata: number;
  masks: number;
  records: number;
  /** English paragraphs through compromise (extractors/english/). */
  english: number;
}

export function newStageTimes(): StageTimes {
  return { normalise: 0, parse: 0, segment: 0, metadata: 0, masks: 0, records: 0, english: 0 };
}

export function extractDocument(rawText: string, fileName: string, times?: StageTimes): ExtractedDocument {
  let t = times ? performance.now() : 0;
  const lap = (stage: keyof StageTimes): void => {
    if (!times) return;
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const { text, key } = normalise(rawText);
  lap('normalise');
  const { blocks: outline, file } = parseOutline(text, fileName);
  lap('parse');
  // a paragraph of megabytes (a page pasted as one line) is split at sentence ends: bounded windows, linear cost
  const { blocks, sentences: allSentences } = boundBlocks(text, outline, segment(text, outline));
  // English paragraphs go to the English extractor; a Vietnamese document is read as it always was
  const langs = detectLanguages(text, blocks);
  const sentences = langs.doc === 'vi' ? allSentences : allSentences.filter((s) => langs.blocks[s.block] === 'vi');
  lap('segment');
  const viMeta = readDocumentMeta(text, blocks, key);
  const meta = langs.doc === 'vi' ? viMeta : readEnglishMeta(text, blocks, viMeta, langs.doc === 'en');
  const docText = { meta, text, key, sentences, blocks };
  const docYear = readDocYear(docText);
  const horizon = readGoalHorizon(docText);
  lap('metadata');
  // numbering at the start of a block ("2.1.", "a)") is never a figure
  const masks = Masks.of(key).add(
    blocks.filter((b) => b.contentStart > b.start).map((b) => ({ start: b.start, end: b.contentStart, kind: 'furniture' as const, rule: 'outline.numbering' })),
  );
  lap('masks');
  const doc: DocView = {
    text,
    key,
    blocks,
    masks,
    meta,
    docYear: docYear?.year ?? null,
    docYearRule: docYear?.ownDate ? null : (docYear?.rule ?? null),
    docYearAsOf: docYear?.asOf ?? false,
    goalHorizon: horizon,
  };
  const records: TargetRecord[] = [];
  const dropped: Drop[] = [];
  // stage 7: every draft through the schema, its quote equal to the text at its offsets; `other` is kept but noted
  const validate = (drafts: Iterable<TargetRecord>, otherRule: string): void => {
    for (const draft of drafts) {
      if (cutAtPageEnd(text, draft.quote, draft.end)) {
        dropped.push({ start: draft.start, end: draft.end, reason: 'drop.cut-off', rule: 'validate.cut_at_page_end', keptAsOther: false });
        continue;
      }
      const checked = TargetRecordSchema.safeParse(draft);
      if (checked.success && text.slice(draft.start, draft.end) === draft.quote) {
        // how sure: derived from the evidence the fields were decided on; it changes no field
        records.push({ ...checked.data, certainty: certaintyOf(checked.data) });
        if (checked.data.metric === 'other')
          dropped.push({ start: draft.start, end: draft.end, reason: 'drop.no-metric', rule: draft.rules[0] ?? otherRule, keptAsOther: true });
      } else {
        const why = checked.success ? 'quote does not match offsets' : checked.error.issues.map((i) => i.message).join('; ');
        dropped.push({ start: draft.start, end: draft.end, reason: 'drop.invalid', rule: `validate: ${why}`, keptAsOther: false });
      }
    }
  };
  validate(
    extractRecords(doc, sentences, (d) => dropped.push(d)),
    'metric.other',
  );
  lap('records');
  if (langs.doc !== 'vi') {
    // an English page is dated by its own date only (the Vietnamese readers of a page's year do not read English)
    const englishYear = langs.doc === 'en' ? (meta.issued ? Number(meta.issued.slice(0, 4)) : null) : (docYear?.year ?? null);
    validate(
      extractEnglishRecords({ text, blocks, meta, docYear: englishYear, english: (b) => langs.blocks[b.id] === 'en' }, (d) => dropped.push(d)),
      'en.metric.other',
    );
    lap('english');
  }
  dropped.sort((a, b) => a.start - b.start);
  const place = location(file);
  // a VFileMessage is an Error, whose constructor records a stack trace that vfile then replaces with '':
  // with no frames to record, the many drop messages of a long page cost their fields only
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  for (const d of dropped) {
    const start = place.toPoint(d.start);
    const end = place.toPoint(d.end);
    const msg = file.message(`«${text.slice(d.start, d.end)}»: ${DROP_REASONS[d.reason]}${d.keptAsOther ? ' (kept as metric other)' : ''} [${d.rule}]`, {
      place: start && end ? { start, end } : start,
      ruleId: d.reason,
      source: 'chitieu',
    });
    msg.fatal = undefined; // informational: the run goes on
  }
  Error.stackTraceLimit = stackTraceLimit;
  // parse and validation warnings stay in `diagnostics`; drops are many and have their own structured list
  return {
    text,
    records,
    meta,
    lang: langs.doc,
    diagnostics: file.messages.filter((m) => m.source !== 'chitieu').map((m) => String(m)),
    dropped,
    messages: file.messages,
  };
}
