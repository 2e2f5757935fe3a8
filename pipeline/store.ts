/**
 * Stage 7: store. One SQLite file (better-sqlite3), WAL mode, one transaction per document.
 *
 * A document is identified by its path, and the same content is kept once (a copy
 * or a moved file replaces the earlier row). Importing the same content with the same
 * extractor version again changes nothing; changed content, or a new extractor
 * version, replaces the document's row and all its records in one transaction.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentMeta, TargetRecord } from './record.ts';
import { ensureViews } from './report/views.ts';

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
}

export interface RunSummary {
  files_total: number;
  files_ok: number;
  files_unchanged: number;
  files_failed: number;
  records_added: number;
  failures: { file: string; reason: string }[];
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
  diagnostics TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
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
  rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(document_id);
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
  failures TEXT NOT NULL DEFAULT '[]'
);
`;

/** The separator used to store section paths and rule lists as text. */
export const PATH_SEPARATOR = ' › ';

export class Store {
  readonly db: Database.Database;
  private readonly insertDoc: Database.Statement;
  private readonly insertTarget: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly findByPath: Database.Statement;
  private readonly findByHash: Database.Statement;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 30000');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    ensureViews(this.db);
    this.insertDoc = this.db.prepare(`INSERT INTO documents
      (path, file_name, content_hash, format, encoding, text, imported_at, extractor_version,
       title, doc_type, doc_number, issuer, issued, plan_year, period_start, period_end,
       province, district, province_today, diagnostics)
      VALUES (@path, @file_name, @content_hash, @format, @encoding, @text, @imported_at, @extractor_version,
       @title, @doc_type, @doc_number, @issuer, @issued, @plan_year, @period_start, @period_end,
       @province, @district, @province_today, @diagnostics)`);
    this.insertTarget = this.db.prepare(`INSERT INTO targets
      (document_id, subject, metric, sector, status, year, unit, value, value_max, comparator,
       quote, sentence, start, "end", section_path, rule)
      VALUES (@document_id, @subject, @metric, @sector, @status, @year, @unit, @value, @value_max, @comparator,
       @quote, @sentence, @start, @end, @section_path, @rule)`);
    // the same content is one document wherever it lies: a copy or a moved file replaces it
    this.deleteDoc = this.db.prepare('DELETE FROM documents WHERE path = ? OR content_hash = ?');
    this.findByPath = this.db.prepare('SELECT content_hash, extractor_version FROM documents WHERE path = ?');
    this.findByHash = this.db.prepare('SELECT path FROM documents WHERE content_hash = ? AND extractor_version = ? LIMIT 1');
  }

  /** True when this exact content was already extracted by this extractor version (at any path). */
  isUnchanged(path: string, contentHash: string, version: string): boolean {
    const row = this.findByPath.get(path) as { content_hash: string; extractor_version: string } | undefined;
    if (row) return row.content_hash === contentHash && row.extractor_version === version;
    return this.findByHash.get(contentHash, version) !== undefined;
  }

  /** Replace the document at doc.path and its records, atomically. Returns the number of records written. */
  saveDocument(doc: StoredDocument, records: readonly TargetRecord[]): number {
    const tx = this.db.transaction(() => {
      this.deleteDoc.run(doc.path, doc.content_hash);
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
      });
      const id = Number(info.lastInsertRowid);
      for (const r of records) {
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
        });
      }
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
        files_failed = ?, records_added = ?, failures = ? WHERE id = ?`)
      .run(new Date().toISOString(), s.files_total, s.files_ok, s.files_unchanged, s.files_failed,
        s.records_added, JSON.stringify(s.failures), id);
  }

  close(): void {
    this.db.close();
  }
}
