/**
 * Reading what the report shows from the database (through the views), the same on SQLite and
 * PostgreSQL: text ordered by code point, NULLs placed explicitly.
 */
import { sql } from '../db/kysely.ts';
import type { Selectable } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { DocumentsTable } from '../db/schema.ts';
import type { ExportRow } from '../record.ts';

/** A document as the report lists it: its columns (pipeline/db/schema.ts) without the text, and its counts. */
export type DocRow = Omit<Selectable<DocumentsTable>, 'text' | 'content_hash' | 'encoding' | 'text_hash'> & {
  n_targets: number;
  n_actuals: number;
};

/** A row of v_targets: an exported record plus its ids and the document's metadata. */
export interface RecordRow extends Omit<ExportRow, 'doc' | 'path'> {
  id: number;
  document_id: number;
  metric_rule: string;
  file_name: string;
  title: string | null;
  place: string | null;
  issued: string | null;
  doc_type: string;
  /** Whole or part of its key (extractors/part.ts). */
  part: string;
  /** high, medium or low (extractors/certainty.ts); null for a record stored before certainty. */
  certainty: string | null;
  /** The fallbacks its fields used, space-separated. */
  fallbacks: string;
}

/** A figure the extractor saw and gave no scored record (the `drops` table; extractors/drops.ts). */
export interface DropRow {
  id: number;
  start: number;
  end: number;
  quote: string;
  reason: string;
  rule: string;
  kept_as_other: number;
}

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  extractor_version: string;
  files_total: number | null;
  files_ok: number | null;
  files_unchanged: number | null;
  files_failed: number | null;
  records_added: number | null;
  failures: { file: string; reason: string }[];
}

export interface AttainmentRow {
  target_id: number;
  /** Null when the target's document names no place (it is then only compared with itself). */
  place: string | null;
  province_today: string | null;
  province: string | null;
  district: string | null;
  subject: string;
  metric: string;
  sector: string | null;
  part: string;
  /** The year compared: the target's, or for a yearly goal the year of the count it is checked against. */
  year: number;
  target_year: number;
  unit: string;
  match_rule: string;
  target_comparator: string;
  target_value: number;
  target_value_max: number | null;
  target_quote: string;
  target_document_id: number;
  target_file_name: string;
  target_issued: string | null;
  actual_id: number | null;
  actual_value: number | null;
  actual_unit: string | null;
  actual_quote: string | null;
  actual_document_id: number | null;
  actual_file_name: string | null;
  actual_issued: string | null;
  /** Documents that report the actual (not records). */
  actual_count: number;
  /** Which rule chose the actual among them. */
  actual_rule: string | null;
  gap: number | null;
  ratio: number | null;
  attained: number | null;
}

/** Every document (or only the one with id `only`), for the index and the document pages. */
export async function loadDocuments(db: Db, only?: number): Promise<DocRow[]> {
  const c = sql.raw(db.dialect.codePoint);
  const where = only === undefined ? sql`` : sql`WHERE d.id = ${only}`;
  return (
    await sql<DocRow>`SELECT d.id, d.path, d.file_name, d.title, d.doc_type, d.doc_number, d.issuer, d.issued,
      d.plan_year, d.period_start, d.period_end, d.province, d.district, d.province_today, d.format,
      d.imported_at, d.extractor_version, d.diagnostics, d.lang,
      (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id AND t.status = 'target') AS n_targets,
      (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id AND t.status = 'actual') AS n_actuals
    FROM documents d ${where} ORDER BY COALESCE(d.province_today, d.province, '~')${c}, d.issued${c} DESC NULLS LAST, d.file_name${c}`.execute(db.q)
  ).rows;
}

export async function loadText(db: Db, id: number): Promise<string> {
  const row = await db.q.selectFrom('documents').select('text').where('id', '=', id).executeTakeFirst();
  return row?.text ?? '';
}

export async function loadRecords(db: Db, documentId?: number): Promise<RecordRow[]> {
  const cols = sql.raw(`id, document_id, subject, metric, sector, status, year, unit, value, value_max, comparator, quote,
    sentence, start, "end", section_path, rule, metric_rule, file_name, title, province, district, province_today, place,
    issued, doc_type, part, certainty, fallbacks`);
  // the dashboards leave metric = other out (v_targets); a document's page shows every record (v_targets_all)
  if (documentId === undefined) return (await sql<RecordRow>`SELECT ${cols} FROM v_targets ORDER BY document_id, start, id`.execute(db.q)).rows;
  return (await sql<RecordRow>`SELECT ${cols} FROM v_targets_all WHERE document_id = ${documentId} ORDER BY start, "end" DESC, id`.execute(db.q)).rows;
}

/** The figures of a document that gave no scored record, in text order. */
export async function loadDrops(db: Db, documentId: number): Promise<DropRow[]> {
  return (
    await sql<DropRow>`SELECT id, start, "end", quote, reason, rule, kept_as_other FROM drops WHERE document_id = ${documentId} ORDER BY start, id`.execute(
      db.q,
    )
  ).rows;
}

function parseFailures(s: string): { file: string; reason: string }[] {
  try {
    const v: unknown = JSON.parse(s);
    if (!Array.isArray(v)) return [];
    return v.map((f: unknown) => {
      const o = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
      return { file: String(o.file ?? ''), reason: String(o.reason ?? '') };
    });
  } catch {
    return [];
  }
}

export async function loadLastRun(db: Db): Promise<RunRow | undefined> {
  const row = await db.q.selectFrom('runs').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    started_at: row.started_at,
    finished_at: row.finished_at,
    extractor_version: row.extractor_version,
    files_total: row.files_total,
    files_ok: row.files_ok,
    files_unchanged: row.files_unchanged,
    files_failed: row.files_failed,
    records_added: row.records_added,
    failures: parseFailures(row.failures),
  };
}

export async function loadAttainment(db: Db): Promise<AttainmentRow[]> {
  const c = sql.raw(db.dialect.codePoint);
  return (
    await sql<AttainmentRow>`SELECT * FROM v_attainment
    ORDER BY CASE WHEN place IS NULL THEN 1 ELSE 0 END, place${c}, COALESCE(district, '')${c}, metric${c}, subject${c},
      COALESCE(sector, '')${c}, part${c}, year, target_id`.execute(db.q)
  ).rows;
}

/** One bar of a dashboard chart: the figure chosen for a place, year and status (see loadChartBars). */
export interface BarRow {
  metric: string;
  subject: string;
  unit: string;
  place: string | null;
  district: string | null;
  province: string | null;
  year: number;
  status: 'target' | 'actual';
  value: number;
  value_max: number | null;
  id: number;
  document_id: number;
  file_name: string;
  title: string | null;
  quote: string;
  issued: string | null;
  /** How many documents give a figure for this bar. */
  n_docs: number;
}

/**
 * The bars of the dashboard's charts, aggregated in SQL: for each metric of `metrics`, subject, unit,
 * place (a document with none is its own), district, year and status, the total (part = 'total',
 * so all sectors, not the active ones) chosen as v_attainment chooses an actual: one figure per
 * document (the first in its text), then the most recently issued document, ties the last imported.
 */
export async function loadChartBars(db: Db, metrics: readonly string[]): Promise<BarRow[]> {
  const KEY = sql.raw("metric, subject, unit, COALESCE(place, '#doc' || document_id), district, year, status");
  const c = sql.raw(db.dialect.codePoint);
  return (
    await sql<BarRow>`WITH r AS (
      SELECT id, document_id, metric, subject, unit, place, district, province, year, status, value, value_max, quote, file_name, title, issued, start,
        ROW_NUMBER() OVER (PARTITION BY ${KEY}, document_id ORDER BY start, id) AS rn_doc
      FROM v_targets
      WHERE part = 'total' AND year IS NOT NULL AND metric IN (${sql.join(metrics)})
    ),
    d AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY ${KEY} ORDER BY issued${c} DESC NULLS LAST, document_id DESC) AS rn,
        COUNT(*) OVER (PARTITION BY ${KEY}) AS n_docs
      FROM r WHERE rn_doc = 1
    )
    SELECT metric, subject, unit, place, district, province, year, status, value, value_max, id, document_id, file_name, title, quote, issued, n_docs
    FROM d WHERE rn = 1
    ORDER BY metric${c}, subject${c}, unit${c}, place${c} NULLS FIRST, district${c} NULLS FIRST, year, status${c}, document_id`.execute(db.q)
  ).rows;
}

/** Per place and district: the provinces its documents name before the 2025 reorganisation, when they differ. */
export async function loadFormerNames(db: Db): Promise<{ place: string; district: string | null; province: string }[]> {
  const c = sql.raw(db.dialect.codePoint);
  return (
    await sql<{ place: string; district: string | null; province: string }>`SELECT province_today AS place, district, province FROM documents
    WHERE province_today IS NOT NULL AND province IS NOT NULL AND province <> province_today
    GROUP BY province_today, district, province
    ORDER BY province_today${c}, district${c} NULLS FIRST, province${c}`.execute(db.q)
  ).rows;
}

/** Documents per place (null: no known place). */
export async function loadPlaceCounts(db: Db): Promise<{ place: string | null; documents: number }[]> {
  const c = sql.raw(db.dialect.codePoint);
  return (
    await sql<{ place: string | null; documents: number }>`SELECT COALESCE(province_today, province) AS place, COUNT(*) AS documents
    FROM documents GROUP BY COALESCE(province_today, province) ORDER BY COALESCE(province_today, province)${c} NULLS FIRST`.execute(db.q)
  ).rows;
}

export function parseDiagnostics(s: string): string[] {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
