/**
 * Stage 8: store. One database, SQLite (a file) or PostgreSQL (a server), reached through
 * pipeline/db/connect.ts; one transaction per document (or per batch of documents, each in its
 * own savepoint: pipeline/run.ts). The tables are made by pipeline/db/migrations.ts.
 *
 * A document is identified by its path, and the same text is kept once: its `text_hash`
 * (pipeline/text-digest.ts, unique in the table) is the same for a .txt, its .docx, its .pdf or
 * its Windows-1258 copy. Another path holding the same bytes or the same text is not stored
 * again but recorded in `document_aliases` ("same bytes as" / "same text as" the document).
 * Importing the same content with the same extractor version again changes nothing; changed
 * content, or a new extractor version, replaces the document's row and all its records in one
 * transaction.
 */
import { CompiledQuery } from './db/kysely.ts';
import { Db, type Queries } from './db/connect.ts';
import type { Dialect } from './db/dialect.ts';
import type { DbTarget } from './db/target.ts';
import type { DocumentMeta, TargetRecord } from './record.ts';
import { textDigest } from './text-digest.ts';
import { resolveVerdicts } from './verdicts.ts';
import { partsOf } from '../extractors/part.ts';
import { certaintyOf } from '../extractors/certainty.ts';
import type { Drop } from '../extractors/drops.ts';

export interface StoredDocument {
  path: string;
  file_name: string;
  content_hash: string;
  format: string;
  encoding: string;
  /** NFC text; every record's start/end point into it. */
  text: string;
  extractor_version: string;
  meta: DocumentMeta;
  /** Diagnostics of the run that imported it (vfile messages as text). */
  diagnostics: string[];
  /** textDigest(text); computed from `text` when not given. */
  text_hash?: string;
  /** 'vi', 'en' or 'mixed' (extractors/english/lang.ts); 'vi' when not given. */
  lang?: string;
  /** The figures the extractor saw and gave no scored record (extractors/drops.ts), stored in `drops`. */
  dropped?: readonly Drop[];
}

/** Another path with the same bytes or the same text as a stored document. */
export interface Alias {
  path: string;
  file_name: string;
  /** Digest of this file's own bytes. */
  content_hash: string;
  /** The text it repeats (documents.text_hash). */
  text_hash: string;
  kind: 'same_bytes' | 'same_text';
  /** Path of the document it repeats, when it was recorded. */
  same_as: string;
}

/** A file that was not stored because a stored document already holds its bytes or its text. */
export interface Duplicate {
  file: string;
  kind: 'same_bytes' | 'same_text';
  same_as: string;
}

export interface RunSummary {
  files_total: number;
  files_ok: number;
  files_unchanged: number;
  files_failed: number;
  records_added: number;
  failures: { file: string; reason: string }[];
  /** Files whose bytes or text a stored document already holds: their paths are recorded, nothing else. */
  files_duplicate?: number;
  duplicates?: Duplicate[];
}

/** The separator used to store section paths and rule lists as text. */
export const PATH_SEPARATOR = ' › ';

/** Records per INSERT: well under both engines' limits on parameters in one statement. */
const TARGET_CHUNK = 500;

const TARGET_COLUMNS = [
  'document_id',
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
  'part',
  'part_rule',
  'certainty',
  'fallbacks',
] as const;
type TargetRow = Record<(typeof TARGET_COLUMNS)[number], string | number | null>;

/**
 * A document's records in multi-row INSERTs written by hand: Kysely's compiler would build a node
 * per value, which cost the writer about 2 ms per document (half of its time).
 */
async function insertRows<C extends string>(
  tx: Queries,
  d: Dialect,
  table: string,
  columnNames: readonly C[],
  rows: readonly Record<C, string | number | null>[],
): Promise<void> {
  const columns = columnNames.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += TARGET_CHUNK) {
    const params: (string | number | null)[] = [];
    const tuples = rows.slice(i, i + TARGET_CHUNK).map(
      (r) =>
        `(${columnNames
          .map((c) => {
            params.push(r[c]);
            return d.placeholder(params.length);
          })
          .join(', ')})`,
    );
    await tx.executeQuery(CompiledQuery.raw(`INSERT INTO ${table} (${columns}) VALUES ${tuples.join(', ')}`, params));
  }
}

const DROP_COLUMNS = ['document_id', 'start', 'end', 'quote', 'reason', 'rule', 'kept_as_other'] as const;

/**
 * Replace the document at doc.path (and a document with the same bytes elsewhere, or with the same
 * text from another extractor version) by `doc` and its records, inside the open transaction `tx`.
 * Returns the number of records written.
 */
export async function writeDocument(tx: Queries, d: Dialect, doc: StoredDocument, records: readonly TargetRecord[]): Promise<number> {
  const textHash = doc.text_hash ?? textDigest(doc.text);
  // the same content is one document wherever it lies: a document with these bytes (a copy, a moved
  // file), or with this text stored by another extractor version, is replaced (the extract run never
  // stores a text that a document of its own version already holds)
  await tx
    .deleteFrom('documents')
    .where((eb) =>
      eb.or([
        eb('path', '=', doc.path),
        eb('content_hash', '=', doc.content_hash),
        eb.and([eb('text_hash', '=', textHash), eb('extractor_version', '<>', doc.extractor_version)]),
      ]),
    )
    .execute();
  await tx.deleteFrom('document_aliases').where('path', '=', doc.path).execute();
  const { id } = await tx
    .insertInto('documents')
    .values({
      path: doc.path,
      file_name: doc.file_name,
      content_hash: doc.content_hash,
      format: doc.format,
      encoding: doc.encoding,
      text: doc.text,
      imported_at: new Date().toISOString(),
      extractor_version: doc.extractor_version,
      ...doc.meta,
      diagnostics: JSON.stringify(doc.diagnostics),
      text_hash: textHash,
      lang: doc.lang ?? 'vi',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // whole or part (extractors/part.ts): what attainment and the dashboards compare like with like
  const parts = partsOf(records, doc.text);
  const rows = records.map((r, i): TargetRow => {
    const certainty = r.certainty ?? certaintyOf(r);
    return {
      document_id: Number(id),
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
      sentence: r.sentence,
      start: r.start,
      end: r.end,
      section_path: r.section_path.join(PATH_SEPARATOR),
      rule: r.rules.join(' '),
      part: parts[i]?.part ?? 'total',
      part_rule: parts[i]?.rule ?? null,
      certainty: certainty.level,
      fallbacks: certainty.fallbacks.join(' '),
    };
  });
  await insertRows(tx, d, 'targets', TARGET_COLUMNS, rows);
  await insertRows(
    tx,
    d,
    'drops',
    DROP_COLUMNS,
    (doc.dropped ?? []).map((x) => ({
      document_id: Number(id),
      start: x.start,
      end: x.end,
      quote: doc.text.slice(x.start, x.end),
      reason: x.reason,
      rule: x.rule,
      kept_as_other: x.keptAsOther ? 1 : 0,
    })),
  );
  // the reviewers' verdicts on this text follow it to its new records (or are reported as no longer applying)
  await resolveVerdicts(tx, textHash);
  return records.length;
}

/**
 * Record another path of a stored document, inside the open transaction `tx`. The document is
 * looked for again by its text: the alias names where the text is stored when this commits (another
 * process may have stored it elsewhere since the caller looked), and a path that itself holds the
 * text as a document stays one (returns null). A document stored earlier at that path with another
 * text (the file held another text then) is removed: its text is no longer there. Returns the
 * alias as recorded.
 */
export async function writeAlias(tx: Queries, alias: Alias): Promise<Alias | null> {
  const holder = await tx
    .selectFrom('documents')
    .select(['path', 'content_hash'])
    .where('text_hash', '=', alias.text_hash)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (holder?.path === alias.path) return null;
  const recorded: Alias = holder ? { ...alias, same_as: holder.path, kind: holder.content_hash === alias.content_hash ? 'same_bytes' : 'same_text' } : alias;
  const gone = await tx.deleteFrom('documents').where('path', '=', alias.path).executeTakeFirst();
  // verdicts on the text that was there no longer apply
  if (Number(gone.numDeletedRows) > 0) await resolveVerdicts(tx);
  const row = { ...recorded, recorded_at: new Date().toISOString() };
  await tx
    .insertInto('document_aliases')
    .values(row)
    .onConflict((oc) =>
      oc.column('path').doUpdateSet({
        file_name: row.file_name,
        content_hash: row.content_hash,
        text_hash: row.text_hash,
        kind: row.kind,
        same_as: row.same_as,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
  return recorded;
}

export class Store {
  private constructor(readonly db: Db) {}

  /**
   * Open (or create) the database --db names: a SQLite file or a postgres:// URL. A file that is
   * not SQLite, a database that is not chitieu's, or a server that cannot be reached is refused
   * with a DatabaseError before anything is written to it.
   */
  static async open(what: string | DbTarget): Promise<Store> {
    return new Store(await Db.open(what, 'create'));
  }

  /**
   * True when the file at `path` was already handled with this content by this extractor
   * version: stored as a document, or recorded as another path of one.
   */
  async isUnchanged(path: string, contentHash: string, version: string, q: Queries = this.db.q): Promise<boolean> {
    const row =
      (await q.selectFrom('documents').select(['content_hash', 'extractor_version']).where('path', '=', path).executeTakeFirst()) ??
      (await q
        .selectFrom('document_aliases as a')
        .innerJoin('documents as d', 'd.text_hash', 'a.text_hash')
        .select(['a.content_hash', 'd.extractor_version'])
        .where('a.path', '=', path)
        .limit(1)
        .executeTakeFirst());
    return row !== undefined && row.content_hash === contentHash && row.extractor_version === version;
  }

  /** The document (of this extractor version) that holds these exact bytes, at another path. */
  async sameBytes(contentHash: string, version: string, q: Queries = this.db.q): Promise<{ path: string; text_hash: string } | undefined> {
    const row = await q
      .selectFrom('documents')
      .select(['path', 'text_hash'])
      .where('content_hash', '=', contentHash)
      .where('extractor_version', '=', version)
      .limit(1)
      .executeTakeFirst();
    return row ? { path: row.path, text_hash: row.text_hash ?? '' } : undefined;
  }

  /** The document (of this extractor version) whose text has this digest. */
  async sameText(textHash: string, version: string, q: Queries = this.db.q): Promise<{ path: string; content_hash: string } | undefined> {
    return q
      .selectFrom('documents')
      .select(['path', 'content_hash'])
      .where('text_hash', '=', textHash)
      .where('extractor_version', '=', version)
      .limit(1)
      .executeTakeFirst();
  }

  /** Record another path of a stored document (see writeAlias), in its own transaction. */
  async recordAlias(alias: Alias): Promise<void> {
    await this.db.write((tx) => writeAlias(tx, alias));
  }

  /** Other paths recorded for the document with this text digest. */
  async aliasesOf(textHash: string): Promise<Alias[]> {
    return this.db.q
      .selectFrom('document_aliases')
      .select(['path', 'file_name', 'content_hash', 'text_hash', 'kind', 'same_as'])
      .where('text_hash', '=', textHash)
      .orderBy('path')
      .execute();
  }

  /** Replace the document at doc.path and its records, atomically (see writeDocument). Returns the number of records written. */
  async saveDocument(doc: StoredDocument, records: readonly TargetRecord[]): Promise<number> {
    return this.db.write((tx) => writeDocument(tx, this.db.dialect, doc, records));
  }

  async startRun(version: string): Promise<number> {
    const { id } = await this.db.q
      .insertInto('runs')
      .values({ started_at: new Date().toISOString(), extractor_version: version })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  }

  async finishRun(id: number, s: RunSummary): Promise<void> {
    await this.db.q
      .updateTable('runs')
      .set({
        finished_at: new Date().toISOString(),
        files_total: s.files_total,
        files_ok: s.files_ok,
        files_unchanged: s.files_unchanged,
        files_failed: s.files_failed,
        records_added: s.records_added,
        failures: JSON.stringify(s.failures),
        files_duplicate: s.files_duplicate ?? 0,
        duplicates: JSON.stringify(s.duplicates ?? []),
      })
      .where('id', '=', id)
      .execute();
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
