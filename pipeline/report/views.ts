/**
 * SQL views for dashboard tools (Grafana, Metabase, Superset) and for the report, the same on
 * SQLite and PostgreSQL (the few words that differ come from the dialect, pipeline/db/dialect.ts).
 *
 * - v_targets_all: one row per record, with its document's metadata.
 * - v_targets: the same without `metric = 'other'` (figures that fit no metric): what dashboards use.
 * - v_attainment: one row per target that has a year, with the actual reported for the same key and
 *   the same part (total, sector, active, effective, part: see extractors/part.ts) by any document,
 *   the gap and the ratio; a yearly goal (count/year) gets one row per year it is checked against.
 *
 * The migrations (pipeline/db/migrations.ts) create them after the tables and recreate a view, and
 * every view after it in this list, only when its definition changes (so an older database is
 * upgraded, and opening a current one writes nothing).
 */
import type { Dialect } from '../db/dialect.ts';

/** The place key of a document: its province after the 2025 reorganisation, else its province. */
const PLACE = (alias: string): string => `COALESCE(${alias}.province_today, ${alias}.province)`;

const targetsAll = (d: Dialect): string => `CREATE VIEW v_targets_all AS
SELECT
  t.id, t.document_id, t.subject, t.metric, t.sector, t.status, t.year, t.unit,
  t.value, t.value_max, t.comparator, t.quote, t.sentence, t.start, t."end",
  t.section_path, t.rule, t.part, t.part_rule,
  ${d.firstWord('t.rule')} AS metric_rule,
  d.file_name, d.path, d.title, d.province, d.district, d.province_today,
  ${PLACE('d')} AS place,
  d.doc_type, d.issued, d.plan_year, d.period_start, d.period_end
FROM targets t
JOIN documents d ON d.id = t.document_id`;

const TARGETS = `CREATE VIEW v_targets AS
SELECT * FROM v_targets_all WHERE metric <> 'other'`;

/*
 * Matching key: place (COALESCE(province_today, province); a document with no known place is only
 * compared with itself), district (null-safe: a province-wide target is only compared with a
 * province-wide actual), subject, metric, sector (null-safe), part, year, unit. A total is compared
 * with a total only, a part only with the same part.
 *
 * The actual, when several records give it:
 *   1. one figure per document: the first in its text (a later one is a detail or a repetition);
 *   2. of the documents, the most recently issued; ties, and documents with no date (last), by the
 *      most recently imported (highest document id).
 * actual_count is the number of documents; actual_rule says which rule chose:
 *   'one_document' · 'latest_issued' · 'latest_issued, then latest_imported' (same date) ·
 *   'latest_imported' (none dated); with ' (first of N in its document)' when rule 1 chose too.
 *
 * A yearly goal (unit count/year: "mỗi năm thành lập mới từ 30 HTX trở lên") is checked against
 * each year's count (unit count) from the first year of its document's period (else its own year)
 * to its year: one row per year that has an actual (year = that year, target_year = the goal's),
 * or one row with no actual. match_rule is 'yearly_goal_each_year' for those, else 'same_key'.
 * Targets with no actual are kept with NULL actual columns.
 */
const KEY = 'pkey, district, subject, metric, sector, part, year, unit';

const attainment = (d: Dialect): string => `CREATE VIEW v_attainment AS
WITH tg AS (
  SELECT *, COALESCE(place, '#doc' || document_id) AS pkey,
    CASE WHEN unit = 'count/year' AND period_start IS NOT NULL AND period_start <= year AND year - period_start < 30
      THEN period_start ELSE year END AS first_year
  FROM v_targets WHERE status = 'target' AND year IS NOT NULL
),
ac_all AS (
  SELECT *, COALESCE(place, '#doc' || document_id) AS pkey
  FROM v_targets WHERE status = 'actual' AND year IS NOT NULL
),
ac_doc AS (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY ${KEY}, document_id ORDER BY start, id) AS rn_doc,
    COUNT(*) OVER (PARTITION BY ${KEY}, document_id) AS n_doc
  FROM ac_all
),
ac AS (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY ${KEY} ORDER BY issued${d.codePoint} DESC NULLS LAST, document_id DESC) AS rn,
    COUNT(*) OVER (PARTITION BY ${KEY}) AS n,
    COUNT(*) OVER (PARTITION BY ${KEY}, issued) AS n_same_issued
  FROM ac_doc WHERE rn_doc = 1
)
SELECT
  tg.id AS target_id,
  tg.place, tg.province_today, tg.province, tg.district,
  tg.subject, tg.metric, tg.sector, tg.part,
  COALESCE(ac.year, tg.year) AS year,
  tg.year AS target_year,
  tg.unit,
  tg.comparator AS target_comparator,
  tg.value AS target_value,
  tg.value_max AS target_value_max,
  tg.quote AS target_quote,
  tg.document_id AS target_document_id,
  tg.file_name AS target_file_name,
  tg.issued AS target_issued,
  CASE WHEN tg.unit = 'count/year' THEN 'yearly_goal_each_year' ELSE 'same_key' END AS match_rule,
  ac.id AS actual_id,
  ac.value AS actual_value,
  ac.unit AS actual_unit,
  ac.quote AS actual_quote,
  ac.document_id AS actual_document_id,
  ac.file_name AS actual_file_name,
  ac.issued AS actual_issued,
  COALESCE(ac.n, 0) AS actual_count,
  CASE
    WHEN ac.id IS NULL THEN NULL
    WHEN ac.n = 1 THEN 'one_document'
    WHEN ac.issued IS NULL THEN 'latest_imported'
    WHEN ac.n_same_issued > 1 THEN 'latest_issued, then latest_imported'
    ELSE 'latest_issued'
  END || CASE WHEN ac.n_doc > 1 THEN ' (first of ' || ac.n_doc || ' in its document)' ELSE '' END AS actual_rule,
  ac.value - tg.value AS gap,
  CASE WHEN ac.value IS NULL OR tg.value = 0 THEN NULL ELSE ac.value / tg.value END AS ratio,
  CASE
    WHEN ac.value IS NULL THEN NULL
    WHEN tg.comparator = 'lt' THEN CASE WHEN ac.value < tg.value THEN 1 ELSE 0 END
    WHEN tg.comparator = 'lte' THEN CASE WHEN ac.value <= tg.value THEN 1 ELSE 0 END
    WHEN tg.comparator = 'gt' THEN CASE WHEN ac.value > tg.value THEN 1 ELSE 0 END
    ELSE CASE WHEN ac.value >= tg.value THEN 1 ELSE 0 END
  END AS attained
FROM tg
LEFT JOIN ac
  ON ac.rn = 1
 AND ac.pkey = tg.pkey
 AND ac.district IS NOT DISTINCT FROM tg.district
 AND ac.subject = tg.subject
 AND ac.metric = tg.metric
 AND ac.sector IS NOT DISTINCT FROM tg.sector
 AND ac.part = tg.part
 AND ac.unit = CASE WHEN tg.unit = 'count/year' THEN 'count' ELSE tg.unit END
 AND ac.year BETWEEN tg.first_year AND tg.year`;

/** The views in dependency order, as this engine writes them. */
export function viewsFor(d: Dialect): { name: string; sql: string }[] {
  return [
    { name: 'v_targets_all', sql: targetsAll(d) },
    { name: 'v_targets', sql: TARGETS },
    { name: 'v_attainment', sql: attainment(d) },
  ];
}
