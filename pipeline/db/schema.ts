/**
 * The tables as Kysely sees them (the DDL is in pipeline/db/migrations.ts). Columns that the
 * database fills in are `Generated`; JSON lists (diagnostics, failures, duplicates) are stored as
 * text; section paths and rule lists as text joined by PATH_SEPARATOR and spaces.
 */
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  path: string;
  file_name: string;
  content_hash: string;
  format: string;
  encoding: string;
  text: string;
  imported_at: string;
  extractor_version: string;
  title: string | null;
  doc_type: string;
  doc_number: string | null;
  issuer: string | null;
  issued: string | null;
  plan_year: number | null;
  period_start: number | null;
  period_end: number | null;
  province: string | null;
  district: string | null;
  province_today: string | null;
  diagnostics: string;
  text_hash: string | null;
  lang: Generated<string>;
}

export interface DocumentAliasesTable {
  path: string;
  file_name: string;
  content_hash: string;
  text_hash: string;
  kind: 'same_bytes' | 'same_text';
  same_as: string;
  recorded_at: string;
}

export interface TargetsTable {
  id: Generated<number>;
  document_id: number;
  subject: string;
  metric: string;
  sector: string | null;
  status: string;
  year: number | null;
  unit: string;
  value: number;
  value_max: number | null;
  comparator: string;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  section_path: string;
  rule: string;
  part: Generated<string>;
  part_rule: string | null;
  /** high, medium or low (extractors/certainty.ts); null for a record stored before certainty. */
  certainty: string | null;
  /** The fallbacks its fields used, space-separated. */
  fallbacks: Generated<string>;
}

/** A figure the extractor saw and gave no scored record (extractors/drops.ts). */
export interface DropsTable {
  id: Generated<number>;
  document_id: number;
  start: number;
  end: number;
  quote: string;
  reason: string;
  rule: string;
  kept_as_other: number;
}

/** A reviewer's verdict (pipeline/verdicts.ts). */
export interface VerdictsTable {
  id: Generated<number>;
  kind: 'accept' | 'reject' | 'correct' | 'add' | 'withdraw';
  text_hash: string;
  file_name: string;
  start: number;
  end: number;
  quote: string;
  record_key: string | null;
  subject: string | null;
  metric: string | null;
  sector: string | null;
  status: string | null;
  year: number | null;
  unit: string | null;
  value: number | null;
  value_max: number | null;
  comparator: string | null;
  part: string | null;
  part_rule: string | null;
  sentence: string | null;
  section_path: string | null;
  reviewer: string;
  created_at: string;
  extractor_version: string;
  supersedes: number | null;
  superseded_by: number | null;
  state: Generated<'applied' | 'orphan'>;
  document_id: number | null;
  target_id: number | null;
  problem: string | null;
  resolved_at: string;
}

export interface RunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string | null;
  extractor_version: string;
  files_total: number | null;
  files_ok: number | null;
  files_unchanged: number | null;
  files_failed: number | null;
  records_added: number | null;
  failures: Generated<string>;
  files_duplicate: number | null;
  duplicates: Generated<string>;
}

/** What the extract run remembers about each file it read (pipeline/run.ts). */
export interface ImportFilesTable {
  path: string;
  size: number;
  mtime_ns: string;
  content_hash: string;
  extractor_version: string;
  records: number | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** The views' definitions as last created, by digest: a view is recreated when its SQL changes. */
export interface SchemaViewsTable {
  name: string;
  digest: string;
}

export interface Schema {
  documents: DocumentsTable;
  document_aliases: DocumentAliasesTable;
  targets: TargetsTable;
  runs: RunsTable;
  import_files: ImportFilesTable;
  drops: DropsTable;
  verdicts: VerdictsTable;
  schema_migrations: SchemaMigrationsTable;
  schema_views: SchemaViewsTable;
}
