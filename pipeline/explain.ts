#!/usr/bin/env node
/**
 * `npm run explain -- FILE --at OFFSET | --quote "…"`: why the figure there became
 * this record (each field with the rule or step that decided it), or why it gave none.
 * It extracts the file afresh, exactly as `extract` does, and reads nothing from a database.
 */
import { Command, InvalidArgumentError } from 'commander';
import { decodeDocument } from './decode.ts';
import { extractDocument, type ExtractedDocument } from './extract-document.ts';
import { listInputs, readInput } from './ingest.ts';
import { DROP_REASONS } from '../extractors/drops.ts';
import { certaintyOf } from '../extractors/certainty.ts';
import type { TargetRecord } from './record.ts';

/** What stands at a place in the text: the records and drops whose span covers it. */
export interface Explanation {
  at: { start: number; end: number };
  records: TargetRecord[];
  dropped: ExtractedDocument['dropped'];
}

/** The records and drops that overlap [start, end) of the stored text. */
export function explainSpan(doc: ExtractedDocument, start: number, end: number): Explanation {
  const overlaps = (a: number, b: number): boolean => a < Math.max(end, start + 1) && b > start;
  return {
    at: { start, end },
    records: doc.records.filter((r) => overlaps(r.start, r.end)),
    dropped: doc.dropped.filter((d) => overlaps(d.start, d.end)),
  };
}

/** Where a quote stands: every occurrence, as spans of the stored (NFC) text. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const q = quote.normalize('NFC');
  const spans: { start: number; end: number }[] = [];
  for (let i = text.indexOf(q); i >= 0 && q.length > 0; i = text.indexOf(q, i + 1)) spans.push({ start: i, end: i + q.length });
  return spans;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The explanation as the lines the command prints. */
export function formatExplanation(doc: ExtractedDocument, ex: Explanation): string {
  const out: string[] = [];
  const { text } = doc;
  out.push(`at ${ex.at.start}–${ex.at.end} (${lineCol(text, ex.at.start)}): «${text.slice(ex.at.start, ex.at.end)}»`);
  if (ex.records.length === 0 && ex.dropped.length === 0) {
    out.push('  no figure starts here: the extractor saw no number in this span');
  }
  for (const r of ex.records) {
    out.push(`  RECORD «${r.quote}» (${r.start}–${r.end})`);
    const d = r.decided;
    const field = (name: string, value: unknown, why: string | undefined): void => {
      out.push(`    ${name.padEnd(10)} ${String(value ?? '-').padEnd(16)} ← ${why ?? '(not traced)'}`);
    };
    field('metric', r.metric, d?.metric);
    field('subject', r.subject, d?.subject);
    field('sector', r.sector, d?.sector);
    field('status', r.status, d?.status);
    field('year', r.year, d?.year);
    field('unit', r.unit, d?.figure);
    field('value', r.value_max === null ? r.value : `${r.value}–${r.value_max}`, d?.figure);
    field('comparator', r.comparator, d?.figure);
    const c = r.certainty ?? certaintyOf(r);
    field('certainty', c.level, c.fallbacks.length ? `fallbacks: ${c.fallbacks.join(', ')}` : 'no fallback: every field from words near the figure');
    if (r.section_path.length) out.push(`    under      ${r.section_path.join(' › ')}`);
    out.push(`    sentence   ${r.sentence.replace(/\s+/gu, ' ').slice(0, 300)}`);
    if (r.metric === 'other') out.push('    (metric other: kept for completeness, never scored)');
  }
  for (const d of ex.dropped) {
    if (d.keptAsOther && ex.records.some((r) => r.start === d.start && r.end === d.end)) continue;
    out.push(`  DROPPED «${text.slice(d.start, d.end)}» (${d.start}–${d.end}): ${d.reason}: ${DROP_REASONS[d.reason]}`);
    out.push(`    decided by ${d.rule}`);
  }
  return out.join('\n');
}

function offset(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('an offset is a whole number from 0');
  return n;
}

/** The command (`chitieu explain …`, through pipeline/cli.ts); returns the exit code: 0, 2 a file or place that cannot be explained, 64 a wrong command line. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('chitieu explain')
    .description('why the figure at a place of a document became this record, or none')
    .argument('<file>', 'the document (any format extract reads)')
    .option('--at <offset>', 'a character offset in the stored (NFC) text, as records and exports give it', offset)
    .option('--quote <words>', 'words of the document; every place they stand is explained')
    .option('--all', 'every record and every dropped figure of the document')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (e) {
    return (e as { exitCode?: number }).exitCode === 0 ? 0 : 64;
  }
  const opts = program.opts<{ at?: number; quote?: string; all?: boolean }>();
  const [path] = program.args as [string];
  if (opts.at === undefined && opts.quote === undefined && !opts.all) {
    process.stderr.write('error: say where: --at OFFSET, --quote "words" or --all\n');
    return 64;
  }
  const { files, errors } = await listInputs([path]);
  const file = files[0];
  if (errors.length > 0 || !file) {
    process.stderr.write(`error: ${path}: ${errors[0]?.message ?? 'no readable document'}\n`);
    return 2;
  }
  let doc: ExtractedDocument;
  try {
    const decoded = await decodeDocument(await readInput(file), file.name);
    doc = extractDocument(decoded.text, file.name);
  } catch (e) {
    process.stderr.write(`error: ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let spans: { start: number; end: number }[];
  if (opts.all) {
    const all = [...doc.records, ...doc.dropped].map((x) => ({ start: x.start, end: x.end }));
    spans = [...new Map(all.sort((a, b) => a.start - b.start).map((s) => [`${s.start}:${s.end}`, s])).values()];
  } else if (opts.quote !== undefined) {
    spans = findQuote(doc.text, opts.quote);
    if (spans.length === 0) {
      process.stderr.write(`error: ${path}: «${opts.quote}» does not occur in the document\n`);
      return 2;
    }
  } else {
    const at = opts.at as number;
    if (at >= doc.text.length) {
      process.stderr.write(`error: ${path}: offset ${at} is past the end of the text (${doc.text.length} characters)\n`);
      return 2;
    }
    spans = [{ start: at, end: at + 1 }];
  }
  process.stdout.write(
    `${file.name}: ${doc.records.filter((r) => r.metric !== 'other').length} records, ${doc.dropped.length} figures dropped or kept as other\n`,
  );
  for (const s of spans) process.stdout.write(`${formatExplanation(doc, explainSpan(doc, s.start, s.end))}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv);
