/**
 * chitieu's schema, as versioned migrations applied once each, in order, for SQLite and
 * PostgreSQL alike; then the views (pipeline/report/views.ts), recreated when their SQL changes.
 *
 * `migrate` runs when a database is opened. It first looks, without a lock, whether anything is
 * to do (opening a current database writes nothing); if so it takes the write lock (SQLite:
 * BEGIN IMMEDIATE; PostgreSQL: an advisory lock, so processes starting at once against a fresh
 * server wait for the first), looks again, and applies every pending migration, records it in
 * `schema_migrations` and refreshes the views, all in one transaction: a failure leaves the
 * database as it was.
 *
 * A new migration is appended to MIGRATIONS with the next version and never edited once
 * released (the review's tables, for instance, come as migration 3). A database migrated by a
 * newer chitieu (a version this one does not know) is refused rather than changed.
 */
import { createHash } from 'node:crypto';
import { sql } from './kysely.ts';
import { partsOf, type PartInput } from '../../extractors/part.ts';
import { DatabaseError } from '../errors.ts';
import { viewsFor } from '../report/views.ts';
import { textDigest } from '../text-digest.ts';
import type { Db, Queries } from './connect.ts';
import type { Dialect } from './dialect.ts';

export interface Migration {
  version: number;
  /** What it changes and why, as recorded in schema_migrations. */
  name: string;
  up(tx: Queries, d: Dialect, db: Db): Promise<void>;
}

async function exec(tx: Queries, statements: readonly string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(tx);
}

/** The schema as it stood when migrations began (the SQLite files written before then are brought to it too). */
const baselineTables = (d: Dialect): string[] => [
  `CREATE TABLE IF NOT EXISTS documents (
  id ${d.idColumn},
  path TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  text TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  title TEXT,
  doc_type TEXT NOT NULL,
  doc_number TEXT,
  issuer TEXT,
  issued TEXT,
  plan_year INTEGER,
  period_start INTEGER,
  period_end INTEGER,
  province TEXT,
  district TEXT,
  province_today TEXT,
  diagnostics TEXT NOT NULL DEFAULT '[]',
  text_hash TEXT,
  lang TEXT NOT NULL DEFAULT 'vi'
)`,
  'CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash)',
  `CREATE TABLE IF NOT EXISTS document_aliases (
  path TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('same_bytes','same_text')),
  same_as TEXT NOT NULL,
  recorded_at TEXT NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS document_aliases_text ON document_aliases(text_hash)',
  `CREATE TABLE IF NOT EXISTS targets (
  id ${d.idColumn},
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  metric TEXT NOT NULL,
  sector TEXT,
  status TEXT NOT NULL CHECK (status IN ('target','actual')),
  year INTEGER,
  unit TEXT NOT NULL,
  value ${d.real} NOT NULL,
  value_max ${d.real},
  comparator TEXT NOT NULL,
  quote TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  rule TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT 'total',
  part_rule TEXT
)`,
  'CREATE INDEX IF NOT EXISTS targets_doc ON targets(document_id)',
  'CREATE INDEX IF NOT EXISTS targets_key ON targets(metric, subject, year)',
  `CREATE TABLE IF NOT EXISTS runs (
  id ${d.idColumn},
  started_at TEXT NOT NULL,
  finished_at TEXT,
  extractor_version TEXT NOT NULL,
  files_total INTEGER,
  files_ok INTEGER,
  files_unchanged INTEGER,
  files_failed INTEGER,
  records_added INTEGER,
  failures TEXT NOT NULL DEFAULT '[]',
  files_duplicate INTEGER,
  duplicates TEXT NOT NULL DEFAULT '[]'
)`,
  // what the extract run remembers about each file it read: its size and modification time, so an
  // unchanged file is recognised without reading it, and how many records it yielded
  `CREATE TABLE IF NOT EXISTS import_files (
  path TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  mtime_ns TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  records INTEGER
)`,
];

/** Columns added to SQLite files over time, before migrations were versioned. */
const ADDED_COLUMNS: { table: string; column: string; decl: string }[] = [
  { table: 'documents', column: 'text_hash', decl: 'TEXT' },
  { table: 'runs', column: 'files_duplicate', decl: 'INTEGER' },
  { table: 'runs', column: 'duplicates', decl: "TEXT NOT NULL DEFAULT '[]'" },
  // every document stored before documents had a language was read as Vietnamese
  { table: 'documents', column: 'lang', decl: "TEXT NOT NULL DEFAULT 'vi'" },
  { table: 'targets', column: 'part', decl: "TEXT NOT NULL DEFAULT 'total'" },
  { table: 'targets', column: 'part_rule', decl: 'TEXT' },
];

/** Bring a file written before versioned migrations to the baseline (on a new database this finds nothing to do). */
async function upgradeOlder(tx: Queries, db: Db): Promise<void> {
  let partAdded = false;
  for (const { table, column, decl } of ADDED_COLUMNS) {
    if ((await db.columns(table, tx)).has(column)) continue;
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN ${column} ${decl}`).execute(tx);
    if (column === 'part') partAdded = true;
  }
  // documents stored before text digests existed get theirs from the stored text
  const undigested = await tx.selectFrom('documents').select(['id', 'text']).where('text_hash', 'is', null).execute();
  for (const d of undigested)
    await tx
      .updateTable('documents')
      .set({ text_hash: textDigest(d.text) })
      .where('id', '=', d.id)
      .execute();
  if (partAdded) {
    // whole or part of each stored record, from the record and its document's text (extractors/part.ts)
    const docs = await tx.selectFrom('documents').select(['id', 'text']).execute();
    for (const d of docs) {
      const rows = await tx
        .selectFrom('targets')
        .select(['id', 'subject', 'metric', 'sector', 'unit', 'start', 'end', 'sentence'])
        .where('document_id', '=', d.id)
        .orderBy('id')
        .execute();
      const parts = partsOf(rows as (PartInput & { id: number })[], d.text);
      for (const [i, p] of parts.entries()) {
        const id = rows[i]?.id;
        if (id !== undefined) await tx.updateTable('targets').set({ part: p.part, part_rule: p.rule }).where('id', '=', id).execute();
      }
    }
  }
  await sql.raw('CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash)').execute(tx);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'baseline: documents, document_aliases, targets, runs, import_files',
    async up(tx, d, db) {
      await exec(tx, baselineTables(d));
      await upgradeOlder(tx, db);
    },
  },
  {
    version: 2,
    name: 'one text, one document: documents.text_hash unique, so concurrent imports of one text keep one copy',
    async up(tx) {
      // a file written before this held one copy per text already (the run checks); should two remain,
      // the later becomes another path of the first, as the run would have recorded it
      const dupes = await tx
        .selectFrom('documents')
        .select(['id', 'path', 'file_name', 'content_hash', 'text_hash'])
        .where('text_hash', 'in', (q) =>
          q.selectFrom('documents').select('text_hash').where('text_hash', 'is not', null).groupBy('text_hash').having(sql`COUNT(*)`, '>', 1),
        )
        .orderBy('text_hash')
        .orderBy('id')
        .execute();
      const kept = new Map<string, { path: string; content_hash: string }>();
      for (const r of dupes) {
        const hash = r.text_hash as string;
        const first = kept.get(hash);
        if (!first) {
          kept.set(hash, r);
          continue;
        }
        await tx
          .insertInto('document_aliases')
          .values({
            path: r.path,
            file_name: r.file_name,
            content_hash: r.content_hash,
            text_hash: hash,
            kind: r.content_hash === first.content_hash ? 'same_bytes' : 'same_text',
            same_as: first.path,
            recorded_at: new Date().toISOString(),
          })
          .onConflict((oc) => oc.column('path').doNothing())
          .execute();
        await tx.deleteFrom('documents').where('id', '=', r.id).execute();
      }
      await exec(tx, ['DROP INDEX IF EXISTS documents_text_hash', 'CREATE UNIQUE INDEX documents_text_hash ON documents(text_hash)']);
    },
  },
  {
    version: 3,
    name: 'review (issue 13): targets.certainty and fallbacks, the drops table, the verdicts table',
    async up(tx, d, db) {
      // (a file written by the review's first version, before migrations, has some of it already)
      const columns = await db.columns('targets', tx);
      if (!columns.has('certainty')) await sql.raw('ALTER TABLE targets ADD COLUMN certainty TEXT').execute(tx);
      if (!columns.has('fallbacks')) await sql.raw("ALTER TABLE targets ADD COLUMN fallbacks TEXT NOT NULL DEFAULT ''").execute(tx);
      await exec(tx, [
        `CREATE TABLE IF NOT EXISTS drops (
  id ${d.idColumn},
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  reason TEXT NOT NULL,
  rule TEXT NOT NULL,
  kept_as_other INTEGER NOT NULL DEFAULT 0
)`,
        'CREATE INDEX IF NOT EXISTS drops_doc ON drops(document_id)',
        `CREATE TABLE IF NOT EXISTS verdicts (
  id ${d.idColumn},
  kind TEXT NOT NULL CHECK (kind IN ('accept','reject','correct','add','withdraw')),
  text_hash TEXT NOT NULL,
  file_name TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  record_key TEXT,
  subject TEXT, metric TEXT, sector TEXT, status TEXT, year INTEGER, unit TEXT,
  value ${d.real}, value_max ${d.real}, comparator TEXT,
  part TEXT, part_rule TEXT,
  sentence TEXT,
  section_path TEXT,
  reviewer TEXT NOT NULL,
  created_at TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  supersedes BIGINT REFERENCES verdicts(id),
  superseded_by BIGINT REFERENCES verdicts(id),
  state TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applied','orphan')),
  document_id BIGINT REFERENCES documents(id) ON DELETE SET NULL,
  target_id BIGINT REFERENCES targets(id) ON DELETE SET NULL,
  problem TEXT,
  resolved_at TEXT NOT NULL
)`,
        'CREATE INDEX IF NOT EXISTS verdicts_text ON verdicts(text_hash)',
        'CREATE INDEX IF NOT EXISTS verdicts_document ON verdicts(document_id)',
        // one current verdict per record: what v_targets and v_reviewed rely on
        `CREATE UNIQUE INDEX IF NOT EXISTS verdicts_one_per_record ON verdicts(target_id)
  WHERE superseded_by IS NULL AND state = 'applied' AND target_id IS NOT NULL`,
      ]);
    },
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

const BOOKKEEPING = [
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS schema_views (name TEXT PRIMARY KEY, digest TEXT NOT NULL)',
];

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The index of the first view whose stored definition is not the current one; -1 when all are current. */
async function firstStaleView(q: Queries, d: Dialect): Promise<number> {
  const stored = new Map((await q.selectFrom('schema_views').select(['name', 'digest']).execute()).map((r) => [r.name, r.digest]));
  return viewsFor(d).findIndex((v) => stored.get(v.name) !== digest(v.sql));
}

async function appliedVersions(q: Queries): Promise<Set<number>> {
  return new Set((await q.selectFrom('schema_migrations').select('version').execute()).map((r) => Number(r.version)));
}

function refuseNewer(db: Db, versions: Set<number>): void {
  const newest = Math.max(0, ...versions);
  if (newest > SCHEMA_VERSION) {
    throw new DatabaseError(
      db.name,
      `was migrated by a newer chitieu (schema version ${newest}; this one knows ${SCHEMA_VERSION}): update chitieu before using it`,
    );
  }
}

export interface Migrated {
  /** Versions applied now. */
  applied: number[];
  /** Views (re)created now. */
  views: string[];
}

/** Bring the database to the current schema and views; writes nothing when it is current. */
export async function migrate(db: Db): Promise<Migrated> {
  const d = db.dialect;
  const tables = await db.tables();
  if (tables.has('schema_migrations') && tables.has('schema_views')) {
    const versions = await appliedVersions(db.q);
    refuseNewer(db, versions);
    if (MIGRATIONS.every((m) => versions.has(m.version)) && (await firstStaleView(db.q, d)) < 0) return { applied: [], views: [] };
  }
  return db.write(
    async (tx) => {
      await exec(tx, BOOKKEEPING);
      // again under the lock: another process may have done it meanwhile
      const versions = await appliedVersions(tx);
      refuseNewer(db, versions);
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (versions.has(m.version)) continue;
        await m.up(tx, d, db);
        await tx.insertInto('schema_migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
        applied.push(m.version);
      }
      const views = viewsFor(d);
      const first = await firstStaleView(tx, d);
      if (first < 0) return { applied, views: [] };
      // a view that depends on a stale one is recreated too: every view from the first stale one on
      const redo = views.slice(first);
      for (const v of [...redo].reverse()) await sql.raw(`DROP VIEW IF EXISTS ${v.name}`).execute(tx);
      for (const v of redo) {
        await sql.raw(v.sql).execute(tx);
        await tx
          .insertInto('schema_views')
          .values({ name: v.name, digest: digest(v.sql) })
          .onConflict((oc) => oc.column('name').doUpdateSet({ digest: digest(v.sql) }))
          .execute();
      }
      return { applied, views: redo.map((v) => v.name) };
    },
    { migrate: true },
  );
}
