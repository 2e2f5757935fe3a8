/**
 * SQL views for dashboard tools that read SQLite (Grafana, Metabase, Superset) and for the report.
 *
 * - v_targets: one row per record, with its document's metadata.
 * - v_attainment: one row per target that has a year, with the actual reported for the same key
 *   (place, subject, metric, sector, year, unit) by any document, the gap and the ratio.
 *
 * ensureViews is idempotent and cheap: it compares the stored view SQL with the current one and
 * only drops and recreates a view whose definition changed (so an older database is upgraded, and
 * opening a current one writes nothing).
 */
import type Database from 'better-sqlite3';

/** The place key of a document: its province after the 2025 reorganisation, else its province. */
const PLACE = (alias: string): string => `COALESCE(${alias}.province_today, ${alias}.province)`;

export const V_TARGETS_SQL = `CREATE VIEW v_targets AS
SELECT
  t.id, t.document_id, t.subject, t.metric, t.sector, t.status, t.year, t.unit,
  t.value, t.value_max, t.comparator, t.quote, t.sentence, t.start, t."end",
  t.section_path, t.rule,
  CASE WHEN instr(t.rule, ' ') > 0 THEN substr(t.rule, 1, instr(t.rule, ' ') - 1) ELSE t.rule END AS metric_rule,
  d.file_name, d.path, d.title, d.province, d.district, d.province_today,
  ${PLACE('d')} AS place,
  d.doc_type, d.issued, d.plan_year, d.period_start, d.period_end
FROM targets t
JOIN documents d ON d.id = t.document_id`;

/*
 * Matching key: place (COALESCE(province_today, province); a document with no known place is only
 * compared with itself), district (null-safe: a province-wide target is only compared with a
 * province-wide actual), subject, metric, sector (null-safe), year, unit. When several documents
 * report an actual for the key, the one from the most recently issued document is taken (ties: the
 * highest record id) and actual_count says how many there were. Targets with no actual are kept
 * with NULL actual columns.
 */
export const V_ATTAINMENT_SQL = `CREATE VIEW v_attainment AS
WITH tg AS (
  SELECT *, COALESCE(place, '#doc' || document_id) AS pkey
  FROM v_targets WHERE status = 'target' AND year IS NOT NULL
),
ac AS (
  SELECT a.*,
    ROW_NUMBER() OVER (
      PARTITION BY pkey, district, subject, metric, sector, year, unit
      ORDER BY issued DESC NULLS LAST, id DESC) AS rn,
    COUNT(*) OVER (PARTITION BY pkey, district, subject, metric, sector, year, unit) AS n
  FROM (SELECT *, COALESCE(place, '#doc' || document_id) AS pkey FROM v_targets) a
  WHERE a.status = 'actual' AND a.year IS NOT NULL
)
SELECT
  tg.id AS target_id,
  tg.place, tg.province_today, tg.province, tg.district,
  tg.subject, tg.metric, tg.sector, tg.year, tg.unit,
  tg.comparator AS target_comparator,
  tg.value AS target_value,
  tg.value_max AS target_value_max,
  tg.quote AS target_quote,
  tg.document_id AS target_document_id,
  tg.file_name AS target_file_name,
  tg.issued AS target_issued,
  ac.id AS actual_id,
  ac.value AS actual_value,
  ac.quote AS actual_quote,
  ac.document_id AS actual_document_id,
  ac.file_name AS actual_file_name,
  ac.issued AS actual_issued,
  COALESCE(ac.n, 0) AS actual_count,
  ac.value - tg.value AS gap,
  CASE WHEN ac.value IS NULL OR tg.value = 0 THEN NULL ELSE ac.value / tg.value END AS ratio,
  CASE
    WHEN ac.value IS NULL THEN NULL
    WHEN tg.comparator = 'lt' THEN ac.value < tg.value
    WHEN tg.comparator = 'lte' THEN ac.value <= tg.value
    WHEN tg.comparator = 'gt' THEN ac.value > tg.value
    ELSE ac.value >= tg.value
  END AS attained
FROM tg
LEFT JOIN ac
  ON ac.rn = 1
 AND ac.pkey = tg.pkey
 AND ac.district IS tg.district
 AND ac.subject = tg.subject
 AND ac.metric = tg.metric
 AND ac.sector IS tg.sector
 AND ac.year = tg.year
 AND ac.unit = tg.unit`;

/** Views in dependency order. */
export const VIEWS: readonly { name: string; sql: string }[] = [
  { name: 'v_targets', sql: V_TARGETS_SQL },
  { name: 'v_attainment', sql: V_ATTAINMENT_SQL },
];

/** Create or upgrade the report's views. Safe to call at every open. Returns the names (re)created. */
export function ensureViews(db: Database.Database): string[] {
  const current = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?");
  const staleFrom = (): number =>
    VIEWS.findIndex((v) => (current.get(v.name) as { sql: string } | undefined)?.sql !== v.sql);
  if (staleFrom() < 0) return []; // the common case: no write, no lock
  const tx = db.transaction((): string[] => {
    const first = staleFrom(); // again under the write lock: another process may have done it
    if (first < 0) return [];
    // A view that depends on a stale one is recreated too: every view from the first stale one on.
    const redo = VIEWS.slice(first);
    for (const v of [...redo].reverse()) db.exec(`DROP VIEW IF EXISTS ${v.name}`);
    for (const v of redo) db.exec(v.sql);
    return redo.map((v) => v.name);
  });
  return tx.immediate();
}
