/**
 * Stage 7: store. One SQLite file (better-sqlite3), WAL mode, one transaction per document.
 *
 * A document is identified by its path, and the same text is kept once: its `text_hash`
 * (pipeline/text-digest.ts) is the same for a .txt, its .docx, its .pdf or its
 * Windows-1258 copy. Another path holding the same bytes or the same text is not stored
 * again but recorded in `document_aliases` ("same bytes as" / "same text as" the
 * document). Importing the same content with the same extractor version again changes
 * nothing; changed content, or a new extractor version, replaces the document's row and
 * all its records in one transaction.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkSchema, databaseError } from './db-file.ts';
import { DatabaseError } from './errors.ts';
import type { DocumentMeta, TargetRecord } from './record.ts';
import { ensureViews } from './report/views.ts';
import { textDigest } from './text-digest.ts';
import { partsOf } from '../extractors/part.ts';
import { certaintyOf } from '../extractors/certainty.ts';
import type { Drop } from '../extractors/drops.ts';
import { ensureVerdicts, resolveVerdicts } from './verdicts.ts';

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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
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
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS document_aliases (
  path TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('same_bytes','same_text')),
  same_as TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_aliases_text ON document_aliases(text_hash);
CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  metric TEXT NOT NULL,
  sector TEXT,
  status TEXT NOT NULL CHECK (status IN ('target','actual')),
  year INTEGER,
  unit TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  comparator TEXT NOT NULL,
  quote TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  rule TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT 'total',
  part_rule TEXT,
  certainty TEXT,
  fallbacks TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(document_id);
CREATE TABLE IF NOT EXISTS drops (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  reason TEXT NOT NULL,
  rule TEXT NOT NULL,
  kept_as_other INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS drops_doc ON drops(document_id);
CREATE INDEX IF NOT EXISTS targets_key ON targets(metric, subject, year);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
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
);
`;

/** Columns added since the first schema: added to an older database when it is opened. */
const ADDED_COLUMNS: { table: string; column: string; decl: string }[] = [
  { table: 'documents', column: 'text_hash', decl: 'TEXT' },
  { table: 'runs', column: 'files_duplicate', decl: 'INTEGER' },
  { table: 'runs', column: 'duplicates', decl: "TEXT NOT NULL DEFAULT '[]'" },
  // every document stored before documents had a language was read as Vietnamese
  { table: 'documents', column: 'lang', decl: "TEXT NOT NULL DEFAULT 'vi'" },
  // (targets.part and targets.certainty are added by ensureViews, which the report runs too)
];

function upgrade(db: Database.Database): void {
  for (const { table, column, decl } of ADDED_COLUMNS) {
    const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${decl}`);
  }
  // documents stored before text digests existed get theirs from the stored text
  if (db.prepare('SELECT 1 FROM documents WHERE text_hash IS NULL LIMIT 1').get()) {
    db.function('chitieu_text_digest', { deterministic: true }, (t: unknown) => textDigest(String(t)));
    db.exec('UPDATE documents SET text_hash = chitieu_text_digest(text) WHERE text_hash IS NULL');
  }
  db.exec('CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash)');
}

/** The separator used to store section paths and rule lists as text. */
export const PATH_SEPARATOR = ' › ';

export class Store {
  readonly db: Database.Database;
  private readonly insertDoc: Database.Statement;
  private readonly insertTarget: Database.Statement;
  private readonly insertDrop: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly deleteAlias: Database.Statement;
  private readonly upsertAlias: Database.Statement;
  private readonly findByPath: Database.Statement;
  private readonly findAliasByPath: Database.Statement;
  private readonly findByHash: Database.Statement;
  private readonly findByTextHash: Database.Statement;
  private readonly docExists: Database.Statement;

  /**
   * Opens (or creates) the database. A file that is not SQLite, or a SQLite database that
   * is not chitieu's, is refused with a DatabaseError before anything is written to it.
   */
  constructor(file: string) {
    if (file !== ':memory:') {
      if (existsSync(file) && statSync(file).isDirectory()) throw new DatabaseError(file, 'a folder, not a database file');
      mkdirSync(dirname(file), { recursive: true });
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file);
      db.pragma('busy_timeout = 30000');
      checkSchema(db, file, false);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      upgrade(db);
      ensureVerdicts(db);
      ensureViews(db);
    } catch (e) {
      db?.close();
      throw databaseError(file, e);
    }
    this.db = db;
    this.insertDoc = this.db.prepare(`INSERT INTO documents
      (path, file_name, content_hash, format, encoding, text, imported_at, extractor_version,
       title, doc_type, doc_number, issuer, issued, plan_year, period_start, period_end,
       province, district, province_today, diagnostics, text_hash, lang)
      VALUES (@path, @file_name, @content_hash, @format, @encoding, @text, @imported_at, @extractor_version,
       @title, @doc_type, @doc_number, @issuer, @issued, @plan_year, @period_start, @period_end,
       @province, @district, @province_today, @diagnostics, @text_hash, @lang)`);
    this.insertTarget = this.db.prepare(`INSERT INTO targets
      (document_id, subject, metric, sector, status, year, unit, value, value_max, comparator,
       quote, sentence, start, "end", section_path, rule, part, part_rule, certainty, fallbacks)
      VALUES (@document_id, @subject, @metric, @sector, @status, @year, @unit, @value, @value_max, @comparator,
       @quote, @sentence, @start, @end, @section_path, @rule, @part, @part_rule, @certainty, @fallbacks)`);
    this.insertDrop = this.db.prepare(`INSERT INTO drops (document_id, start, "end", quote, reason, rule, kept_as_other)
      VALUES (@document_id, @start, @end, @quote, @reason, @rule, @kept_as_other)`);
    // the same content is one document wherever it lies: a document with these bytes (a copy,
    // a moved file), or with this text stored by another extractor version, is replaced (the
    // extract run never stores a text that a document of its own version already holds)
    this.deleteDoc = this.db.prepare(`DELETE FROM documents WHERE path = @path OR content_hash = @content_hash
      OR (text_hash = @text_hash AND extractor_version <> @extractor_version)`);
    this.deleteAlias = this.db.prepare('DELETE FROM document_aliases WHERE path = ?');
    this.upsertAlias = this.db.prepare(`INSERT INTO document_aliases (path, file_name, content_hash, text_hash, kind, same_as, recorded_at)
      VALUES (@path, @file_name, @content_hash, @text_hash, @kind, @same_as, @recorded_at)
      ON CONFLICT(path) DO UPDATE SET file_name = excluded.file_name, content_hash = excluded.content_hash,
        text_hash = excluded.text_hash, kind = excluded.kind, same_as = excluded.same_as, recorded_at = excluded.recorded_at`);
    this.findByPath = this.db.prepare('SELECT content_hash, extractor_version FROM documents WHERE path = ?');
    this.findAliasByPath = this.db.prepare(`SELECT a.content_hash, d.extractor_version FROM document_aliases a
      JOIN documents d ON d.text_hash = a.text_hash WHERE a.path = ? LIMIT 1`);
    this.findByHash = this.db.prepare('SELECT path, text_hash FROM documents WHERE content_hash = ? AND extractor_version = ? LIMIT 1');
    this.findByTextHash = this.db.prepare('SELECT path, content_hash FROM documents WHERE text_hash = ? AND extractor_version = ? LIMIT 1');
    this.docExists = this.db.prepare('SELECT 1 FROM documents WHERE path = ?');
  }

  /**
   * True when the file at `path` was already handled with this content by this extractor
   * version: stored as a document, or recorded as another path of one.
   */
  isUnchanged(path: string, contentHash: string, version: string): boolean {
    const row = (this.findByPath.get(path) ?? this.findAliasByPath.get(path)) as { content_hash: string; extractor_version: string } | undefined;
    return row !== undefined && row.content_hash === contentHash && row.extractor_version === version;
  }

  /** The document (of this extractor version) that holds these exact bytes, at another path. */
  sameBytes(contentHash: string, version: string): { path: string; text_hash: string } | undefined {
    return this.findByHash.get(contentHash, version) as { path: string; text_hash: string } | undefined;
  }

  /** The document (of this extractor version) whose text has this digest. */
  sameText(textHash: string, version: string): { path: string; content_hash: string } | undefined {
    return this.findByTextHash.get(textHash, version) as { path: string; content_hash: string } | undefined;
  }

  /**
   * Record another path of a stored document. A document stored earlier at that path
   * (the file held another text then) is removed: its text is no longer there.
   */
  recordAlias(alias: Alias): void {
    this.db.transaction(() => {
      if (this.docExists.get(alias.path)) {
        this.db.prepare('DELETE FROM documents WHERE path = ?').run(alias.path);
        resolveVerdicts(this.db);
      }
      this.upsertAlias.run({ ...alias, recorded_at: new Date().toISOString() });
    }).immediate();
  }

  /** Other paths recorded for the document with this text digest. */
  aliasesOf(textHash: string): Alias[] {
    return this.db.prepare('SELECT path, file_name, content_hash, text_hash, kind, same_as FROM document_aliases WHERE text_hash = ? ORDER BY path').all(textHash) as Alias[];
  }

  /** Replace the document at doc.path and its records, atomically. Returns the number of records written. */
  saveDocument(doc: StoredDocument, records: readonly TargetRecord[]): number {
    const textHash = doc.text_hash ?? textDigest(doc.text);
    const tx = this.db.transaction(() => {
      this.deleteDoc.run({ path: doc.path, content_hash: doc.content_hash, text_hash: textHash, extractor_version: doc.extractor_version });
      this.deleteAlias.run(doc.path);
      const info = this.insertDoc.run({
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
      });
      const id = Number(info.lastInsertRowid);
      // whole or part (extractors/part.ts): what attainment and the dashboards compare like with like
      const parts = partsOf(records, doc.text);
      for (const [i, r] of records.entries()) {
        const certainty = r.certainty ?? certaintyOf(r);
        this.insertTarget.run({
          document_id: id,
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
        });
      }
      for (const d of doc.dropped ?? []) {
        this.insertDrop.run({ document_id: id, start: d.start, end: d.end, quote: doc.text.slice(d.start, d.end), reason: d.reason, rule: d.rule, kept_as_other: d.keptAsOther ? 1 : 0 });
      }
      // the reviewers' verdicts on this text follow it to its new records (or are reported as no longer applying)
      resolveVerdicts(this.db, textHash);
      return records.length;
    });
    return tx.immediate();
  }

  startRun(version: string): number {
    const info = this.db
      .prepare('INSERT INTO runs (started_at, extractor_version) VALUES (?, ?)')
      .run(new Date().toISOString(), version);
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, s: RunSummary): void {
    this.db
      .prepare(`UPDATE runs SET finished_at = ?, files_total = ?, files_ok = ?, files_unchanged = ?,
        files_failed = ?, records_added = ?, failures = ?, files_duplicate = ?, duplicates = ? WHERE id = ?`)
      .run(new Date().toISOString(), s.files_total, s.files_ok, s.files_unchanged, s.files_failed,
        s.records_added, JSON.stringify(s.failures), s.files_duplicate ?? 0, JSON.stringify(s.duplicates ?? []), id);
  }

  close(): void {
    this.db.close();
  }
}
