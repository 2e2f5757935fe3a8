/**
 * Opening a SQLite database file the user named, with one-line reasons instead of SQLite's
 * exceptions: missing, a folder, not SQLite at all (a text file given as --db), or a
 * SQLite database that is not chitieu's. Nothing is written to a file that is refused.
 * (pipeline/db/connect.ts wraps the opened file for the rest of the project; the
 * PostgreSQL side of opening is pipeline/db/postgres.ts.)
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseError } from './errors.ts';

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return 'not a SQLite database';
  if (code === 'SQLITE_CANTOPEN') return 'cannot be opened as a database';
  if (code === 'SQLITE_CORRUPT') return 'a damaged SQLite database';
  if (code === 'SQLITE_READONLY') return 'read-only, cannot be written';
  if (code === 'SQLITE_BUSY') return 'locked by another process';
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `cannot be opened as a database (${msg})`;
}

/** Wrap SQLite's error about `file` as a DatabaseError; DatabaseErrors pass through. */
export function databaseError(file: string, e: unknown): DatabaseError {
  return e instanceof DatabaseError ? e : new DatabaseError(file, reasonOf(e));
}

/**
 * Check that `db` is empty or chitieu's. `mustHaveDocuments`: an empty database is
 * refused too (reading commands need what extract wrote). Reading sqlite_master is
 * also what first touches the file, so a file that is not SQLite fails here.
 */
function checkSchema(db: Database.Database, file: string, mustHaveDocuments: boolean): void {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const ours = tables.has('documents') && tables.has('targets');
  if (ours) return;
  if (tables.size > 0) throw new DatabaseError(file, `a SQLite database, but not chitieu's (no documents and targets tables); not touched`);
  if (mustHaveDocuments) throw new DatabaseError(file, 'an empty database (nothing extracted into it yet: run "chitieu extract --db FILE" first)');
}

/**
 * Open a chitieu SQLite file. `existing`: for the reading commands (export, eval, report), the
 * file must exist and hold what extract wrote; otherwise it is created (with its folder) when
 * missing. Either way a file that is not chitieu's is refused before anything is written to it.
 */
export function openSqliteFile(file: string, mode: 'create' | 'existing'): Database.Database {
  if (file !== ':memory:') {
    const there = existsSync(file);
    if (there && statSync(file).isDirectory()) throw new DatabaseError(file, 'a folder, not a database file');
    if (!there && mode === 'existing') throw new DatabaseError(file, 'no such database (run "chitieu extract" first, or name one with --db FILE)');
    if (!there) mkdirSync(dirname(file), { recursive: true });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, mode === 'existing' ? { fileMustExist: true } : {});
    db.pragma('busy_timeout = 30000');
    checkSchema(db, file, mode === 'existing');
    if (!db.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db?.close();
    throw databaseError(file, e);
  }
}
