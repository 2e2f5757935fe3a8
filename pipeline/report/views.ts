/**
 * SQL views for dashboard tools (Grafana, Metabase, Superset) and for the report, the same on
 * SQLite and PostgreSQL (the few words that differ come from the dialect, pipeline/db/dialect.ts).
 *
 * - v_targets_all: one row per record, with its document's metadata.
 * - v_targets: the same without `metric = 'other'` (figures that fit no metric): what dashboards use.
 * - v_attainment: one row per target that has a year, with the actual reported for the same key and
 *   the same part (total, sector, active, effective, part: see extractors/part.ts) by any document,
 *   the gap and the ratio; a yearly goal (count/year) gets one row per year it is checked against.
 * - v_reviewed: what reviewers confirmed (pipeline/verdicts.ts): accepted records, corrected ones with
 *   the reviewer's values, and the records reviewers added; never a rejected or unreviewed one.
 * - v_attainment_reviewed: v_attainment built on v_reviewed instead of v_targets.
 *
 * The migrations (pipeline/db/migrations.ts) create them after the tables and recreate a view, and
 * every view after it in this list, only when its definition changes (so an older database is
 * upgraded, and opening a current one writes nothing).
 */
import type { Dialect } from '../db/dialect.ts';

/** The place key of a document: its province after the 2025 reorganisation, else its province. */
const PLACE = (alias: string): string => `COALESCE(${alias}.province_today, ${alias}.province)`;

/** A verdict's kind as v_targets and v_reviewed name it. */
const VERDICT_NAME = (alias: string): string =>
  `CASE ${alias}.kind WHEN 'accept' THEN 'accepted' WHEN 'reject' THEN 'rejected' WHEN 'correct' THEN 'corrected' WHEN 'add' THEN 'added' END`;

/**
 * One row per record. The verdict columns come from the record's current verdict (pipeline/verdicts.ts:
 * at most one applies to a record; NULL when nobody has judged it): verdict accepted, rejected,
 * corrected (the corrected values are in v_reviewed) or added (a reviewer added the record before
 * the extractor found it), with verdict_id, reviewer and reviewed_at.
 */
const targetsAll = (d: Dialect): string => `CREATE VIEW v_targets_all AS
SELECT
  t.id, t.document_id, t.subject, t.metric, t.sector, t.status, t.year, t.unit,
  t.value, t.value_max, t.comparator, t.quote, t.sentence, t.start, t."end",
  t.section_path, t.rule, t.part, t.part_rule, t.certainty, t.fallbacks,
  ${d.firstWord('t.rule')} AS metric_rule,
  d.file_name, d.path, d.title, d.province, d.district, d.province_today,
  ${PLACE('d')} AS place,
  d.doc_type, d.issued, d.plan_year, d.period_start, d.period_end,
  ${VERDICT_NAME('v')} AS verdict, v.id AS verdict_id, v.reviewer, v.created_at AS reviewed_at
FROM targets t
JOIN documents d ON d.id = t.document_id
LEFT JOIN verdicts v ON v.target_id = t.id AND v.superseded_by IS NULL AND v.state = 'applied'`;

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

/** The attainment view named `name`, comparing the records of `source` (v_targets, or v_reviewed). */
const attainment = (d: Dialect, name: string, source: string): string => `CREATE VIEW ${name} AS
WITH tg AS (
  SELECT *, COALESCE(place, '#doc' || document_id) AS pkey,
    CASE WHEN unit = 'count/year' AND period_start IS NOT NULL AND period_start <= year AND year - period_start < 30
      THEN period_start ELSE year END AS first_year
  FROM ${source} WHERE status = 'target' AND year IS NOT NULL
),
ac_all AS (
  SELECT *, COALESCE(place, '#doc' || document_id) AS pkey
  FROM ${source} WHERE status = 'actual' AND year IS NOT NULL
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

/**
 * What a dashboard should trust: one row per current verdict that applies and confirms a record
 * (pipeline/verdicts.ts), with the same columns as v_targets (so v_attainment can be built on it):
 * an accepted record as extracted, a corrected one with the reviewer's values, a record a reviewer
 * added; never a rejected or unreviewed one, nor metric 'other'. `id` is the verdict's id and
 * `target_id` the extracted record's (NULL for an addition the extractor does not give);
 * `rule` is the extractor's for an accepted record, else review.corrected / review.added.
 */
const reviewed = (d: Dialect): string => `CREATE VIEW v_reviewed AS
SELECT * FROM (
SELECT
  v.id, v.target_id, d.id AS document_id,
  CASE WHEN v.kind = 'accept' THEN t.subject ELSE v.subject END AS subject,
  CASE WHEN v.kind = 'accept' THEN t.metric ELSE v.metric END AS metric,
  CASE WHEN v.kind = 'accept' THEN t.sector ELSE v.sector END AS sector,
  CASE WHEN v.kind = 'accept' THEN t.status ELSE v.status END AS status,
  CASE WHEN v.kind = 'accept' THEN t.year ELSE v.year END AS year,
  CASE WHEN v.kind = 'accept' THEN t.unit ELSE v.unit END AS unit,
  CASE WHEN v.kind = 'accept' THEN t.value ELSE v.value END AS value,
  CASE WHEN v.kind = 'accept' THEN t.value_max ELSE v.value_max END AS value_max,
  CASE WHEN v.kind = 'accept' THEN t.comparator ELSE v.comparator END AS comparator,
  v.quote, COALESCE(t.sentence, v.sentence, '') AS sentence, v.start, v."end",
  COALESCE(t.section_path, v.section_path, '') AS section_path,
  CASE WHEN v.kind = 'accept' THEN t.rule ELSE 'review.' || ${VERDICT_NAME('v')} END AS rule,
  CASE WHEN v.kind = 'accept' THEN t.part ELSE COALESCE(v.part, 'total') END AS part,
  CASE WHEN v.kind = 'accept' THEN t.part_rule ELSE v.part_rule END AS part_rule,
  CASE WHEN v.kind = 'accept' THEN t.certainty ELSE NULL END AS certainty,
  CASE WHEN v.kind = 'accept' THEN t.fallbacks ELSE '' END AS fallbacks,
  CASE WHEN v.kind = 'accept' THEN ${d.firstWord('t.rule')} ELSE 'review.' || ${VERDICT_NAME('v')} END AS metric_rule,
  d.file_name, d.path, d.title, d.province, d.district, d.province_today,
  ${PLACE('d')} AS place,
  d.doc_type, d.issued, d.plan_year, d.period_start, d.period_end,
  ${VERDICT_NAME('v')} AS verdict, v.id AS verdict_id, v.reviewer, v.created_at AS reviewed_at
FROM verdicts v
JOIN documents d ON d.id = v.document_id
LEFT JOIN targets t ON t.id = v.target_id
WHERE v.superseded_by IS NULL AND v.state = 'applied' AND v.kind IN ('accept', 'correct', 'add')
  AND (v.kind = 'add' OR t.id IS NOT NULL)
) AS r WHERE metric <> 'other'`;

/** The views in dependency order, as this engine writes them. */
export function viewsFor(d: Dialect): { name: string; sql: string }[] {
  return [
    { name: 'v_targets_all', sql: targetsAll(d) },
    { name: 'v_targets', sql: TARGETS },
    { name: 'v_attainment', sql: attainment(d, 'v_attainment', 'v_targets') },
    { name: 'v_reviewed', sql: reviewed(d) },
    { name: 'v_attainment_reviewed', sql: attainment(d, 'v_attainment_reviewed', 'v_reviewed') },
  ];
}
