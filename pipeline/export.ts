/**
 * Export every record with TARGETS.md's keys plus its evidence, as JSONL, JSON or CSV,
 * and, for dashboards, the record's id, its document's place, title, type, date of issue
 * and plan period, and the rule that decided its metric.
 */
import { stringify } from 'csv-stringify/sync';
import { sql } from './db/kysely.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Db } from './db/connect.ts';
import { CommandError } from './errors.ts';
import type { ExportRow } from './record.ts';
import { reviewedDocuments } from './verdicts.ts';

/** `gold`: TARGETS.md's gold lines, which `eval --gold` reads. */
export type ExportFormat = 'jsonl' | 'csv' | 'json' | 'gold';

/** An exported record: TARGETS.md's keys and the evidence, then what a dashboard groups and links by. */
export interface DashboardRow extends ExportRow {
  /** The record's id (targets.id): stable while its document is not re-extracted. */
  id: number;
  /** The document's province after the 2025 reorganisation, else its province. */
  place: string | null;
  title: string | null;
  doc_type: string;
  /** Date of issue, ISO (YYYY-MM-DD, YYYY-MM or YYYY). */
  issued: string | null;
  plan_year: number | null;
  period_start: number | null;
  period_end: number | null;
  /** The rule that decided the metric (the first of `rule`). */
  metric_rule: string;
  /** Whole or part of its key: total, sector, active, effective, part (extractors/part.ts). */
  part: string;
  /** How sure the record is: high, medium or low (extractors/certainty.ts); null for a record stored before it. */
  certainty: string | null;
  /** The fallbacks its fields used, space-separated ('' for none). */
  fallbacks: string;
}

/** A reviewed record (v_reviewed): the same columns, and who confirmed it how. */
export interface ReviewedRow extends DashboardRow {
  /** accepted, corrected or added. */
  verdict: string;
  reviewer: string;
  reviewed_at: string;
  /** The extracted record it confirms (targets.id); null for an addition the extractor does not give. `id` is the verdict's. */
  target_id: number | null;
}

/** Every record with its document's metadata, in one order on both engines (file names by code point). */
export async function readRowsFrom(db: Db): Promise<DashboardRow[]> {
  const d = db.dialect;
  const rows = await sql<DashboardRow>`SELECT d.file_name AS doc, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max,
      t.comparator, t.quote, t.sentence, t.start, t."end" AS "end", t.section_path, t.rule, d.path,
      d.province, d.district, d.province_today,
      t.id, COALESCE(d.province_today, d.province) AS place, d.title, d.doc_type, d.issued,
      d.plan_year, d.period_start, d.period_end,
      ${sql.raw(d.firstWord('t.rule'))} AS metric_rule,
      t.part, t.certainty, t.fallbacks
    FROM targets t JOIN documents d ON d.id = t.document_id
    ORDER BY d.file_name${sql.raw(d.codePoint)}, t.start, t.id`.execute(db.q);
  return rows.rows;
}

/** What reviewers confirmed (the view v_reviewed), in export order. */
export async function readReviewedFrom(db: Db): Promise<ReviewedRow[]> {
  return (
    await sql<ReviewedRow>`SELECT file_name AS doc, subject, metric, sector, status, year, unit, value, value_max, comparator, quote, sentence,
      start, "end", section_path, rule, path, province, district, province_today, id, place, title, doc_type, issued,
      plan_year, period_start, period_end, metric_rule, part, certainty, fallbacks, verdict, reviewer, reviewed_at, target_id
    FROM v_reviewed ORDER BY file_name${sql.raw(db.dialect.codePoint)}, start, id`.execute(db.q)
  ).rows;
}

/** Records as gold lines of TARGETS.md (what `eval --gold` reads): the identifying key, the comparator and the quote. */
export function formatGold(rows: readonly DashboardRow[]): string {
  return rows
    .filter((r) => r.metric !== 'other')
    .map((r) =>
      JSON.stringify({
        doc: r.doc,
        subject: r.subject,
        metric: r.metric,
        sector: r.sector,
        status: r.status,
        year: r.year,
        unit: r.unit,
        value: r.value,
        value_max: r.value_max,
        comparator: r.comparator,
        quote: r.quote,
      }),
    )
    .map((l) => `${l}\n`)
    .join('');
}

/**
 * What `export --reviewed` writes: v_reviewed; for gold, only the documents whose review is
 * complete, and the others named (`partial`).
 */
export function readReviewed(what: string, completeOnly: boolean): Promise<{ rows: ReviewedRow[]; partial: { doc: string; left: number; orphans: number }[] }> {
  return withDatabase(what, async (db) => {
    const rows = await readReviewedFrom(db);
    if (!completeOnly) return { rows, partial: [] };
    const { complete, partial } = await reviewedDocuments(db);
    const done = new Set(complete);
    return { rows: rows.filter((r) => done.has(r.doc)), partial };
  });
}

/** Open what --db names for reading (it must hold what extract wrote), run `fn`, close it. */
export async function withDatabase<T>(what: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await Db.open(what, 'existing');
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Every record of a chitieu database; a missing or foreign database is a DatabaseError. */
export function readRows(what: string): Promise<DashboardRow[]> {
  return withDatabase(what, readRowsFrom);
}

/** The file names of every stored document, with or without records. */
export async function readDocNames(db: Db): Promise<string[]> {
  return (await sql<{ file_name: string }>`SELECT file_name FROM documents ORDER BY file_name${sql.raw(db.dialect.codePoint)}`.execute(db.q)).rows.map(
    (r) => r.file_name,
  );
}

export const EXPORT_COLUMNS: (keyof DashboardRow)[] = [
  'doc',
  'subject',
  'metric',
  'sector',
  'status',
  'year',
  'unit',
  'value',
  'value_max',
  'comparator',
  'quote',
  'sentence',
  'start',
  'end',
  'section_path',
  'rule',
  'path',
  'province',
  'district',
  'province_today',
  'id',
  'place',
  'title',
  'doc_type',
  'issued',
  'plan_year',
  'period_start',
  'period_end',
  'metric_rule',
  'part',
  'certainty',
  'fallbacks',
];

/** The columns of `export --reviewed`: the same, then the verdict. */
export const REVIEWED_COLUMNS: string[] = [...EXPORT_COLUMNS, 'verdict', 'reviewer', 'reviewed_at', 'target_id'];

/** Columns that hold a measured value (not a count of characters, a year or an id): the only ones a decimal comma changes. */
const DECIMAL_COLUMNS = new Set<string>(['value', 'value_max']);

export interface FormatOptions {
  /** Start a CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8. */
  bom?: boolean;
  /** CSV field separator (default ","); ";" for Excel in locales that write decimal commas. */
  delimiter?: string;
  /** Write the values of CSV's value columns with a decimal comma (0,53), as Vietnamese Excel reads them. */
  decimalComma?: boolean;
  /** CSV columns (default EXPORT_COLUMNS). */
  columns?: string[];
}

export function formatRows(rows: readonly DashboardRow[], format: ExportFormat, opts: FormatOptions = {}): string {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'gold') return formatGold(rows);
  const csv = stringify(rows as unknown as Record<string, unknown>[], {
    header: true,
    columns: opts.columns ?? (EXPORT_COLUMNS as string[]),
    delimiter: opts.delimiter ?? ',',
    cast: {
      number: (n, ctx) => (opts.decimalComma && typeof ctx.column === 'string' && DECIMAL_COLUMNS.has(ctx.column) ? String(n).replace('.', ',') : String(n)),
    },
  });
  return (opts.bom ? '\uFEFF' : '') + csv;
}

/**
 * Write `text` to `file` whole or not at all: into a temporary file beside it, then
 * renamed over it. A folder that does not exist, or cannot be written, is one
 * CommandError naming the file, and leaves nothing behind.
 */
export function writeWhole(file: string, text: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) throw new CommandError(`${file}: cannot write: the folder ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new CommandError(`${file}: cannot write: ${dir} is not a folder`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new CommandError(`${file}: cannot write: it is a folder`);
  const tmp = join(dir, `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new CommandError(`${file}: cannot write (${code ?? (e instanceof Error ? e.message : String(e))})`);
  }
}
