/**
 * One way into chitieu's database, whichever engine holds it: `Db.open(--db value)` gives a
 * Kysely instance over better-sqlite3 (a file) or a `pg` pool (a postgres:// URL), migrated to
 * the current schema (pipeline/db/migrations.ts), with the engine's dialect
 * (pipeline/db/dialect.ts) beside it.
 *
 * Writes go through `write(fn)`: one transaction on one connection (SQLite: BEGIN IMMEDIATE;
 * PostgreSQL: SERIALIZABLE), run again from the start when another writer got there first
 * (a serialisation failure, a deadlock, a unique key taken by a concurrent insert), so many
 * processes can write into one server and the result is as if they had written one after
 * the other.
 */
import { Kysely, PostgresDialect, SqliteDialect, sql } from './kysely.ts';
import { databaseError, openSqliteFile } from '../db-file.ts';
import { DatabaseError } from '../errors.ts';
import { POSTGRES, SQLITE, type Dialect } from './dialect.ts';
import { migrate } from './migrations.ts';
import { checkConnection, newPool } from './postgres.ts';
import type { Schema } from './schema.ts';
import { dbTarget, maskUrlsIn, type DbTarget } from './target.ts';

export type Queries = Kysely<Schema>;

/** Attempts of one write transaction before its error is given up to the caller. */
const MAX_ATTEMPTS = 40;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface WriteOptions {
  /** The migration transaction: the dialect's migration lock first, at the isolation that lets it see what the process before it migrated. */
  migrate?: boolean;
}

export class Db {
  /** Write transactions run again because another writer got there first (for the run's summary and the bench). */
  retries = 0;

  private constructor(
    readonly q: Queries,
    readonly dialect: Dialect,
    readonly target: DbTarget,
  ) {}

  /**
   * Open what --db names (a file or a postgres:// URL) and bring its schema up to date.
   * `existing`: for the reading commands, it must already hold what extract wrote.
   * Anything that makes it unusable is one DatabaseError naming it (the URL's password masked).
   */
  static async open(what: string | DbTarget, mode: 'create' | 'existing' = 'create'): Promise<Db> {
    const target = typeof what === 'string' ? dbTarget(what) : what;
    if (target.kind === 'sqlite') {
      const file = openSqliteFile(target.file, mode);
      const db = new Db(new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }) }), SQLITE, target);
      try {
        await migrate(db);
      } catch (e) {
        await db.close();
        throw databaseError(target.file, e);
      }
      return db;
    }
    await checkConnection(target);
    const pool = await newPool(target);
    const db = new Db(new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), POSTGRES, target);
    try {
      await db.checkOurs(mode);
      await migrate(db);
    } catch (e) {
      await db.close();
      throw e instanceof DatabaseError ? e : new DatabaseError(target.display, `cannot be prepared (${firstLine(e)})`);
    }
    return db;
  }

  /** How the database is named to the user: the file, or the URL with its password masked. */
  get name(): string {
    return this.target.display;
  }

  async tables(q: Queries = this.q): Promise<Set<string>> {
    return new Set((await sql.raw<{ name: string }>(this.dialect.tablesSql).execute(q)).rows.map((r) => r.name));
  }

  async columns(table: string, q: Queries = this.q): Promise<Set<string>> {
    return new Set((await this.dialect.columns(table).execute(q)).rows.map((r) => r.name));
  }

  /** A server database is chitieu's when it is empty of chitieu's tables or was made by its migrations. */
  private async checkOurs(mode: 'create' | 'existing'): Promise<void> {
    const tables = await this.tables();
    if (tables.has('documents') && !tables.has('schema_migrations')) {
      throw new DatabaseError(this.name, "holds a documents table that is not chitieu's (no schema_migrations); not touched (name another database or schema)");
    }
    if (mode === 'existing' && !(tables.has('documents') && tables.has('targets'))) {
      throw new DatabaseError(this.name, 'an empty database (nothing extracted into it yet: run "chitieu extract --db URL" first)');
    }
  }

  /**
   * Run `fn` in one write transaction on one connection and commit. When another writer got
   * there first the transaction is rolled back and `fn` runs again from the start (with a
   * growing, jittered pause), so `fn` must only decide from what it reads inside it.
   */
  async write<T>(fn: (tx: Queries) => Promise<T>, opts: WriteOptions = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.q.connection().execute(async (tx) => {
          await sql.raw(opts.migrate ? this.dialect.beginMigrate : this.dialect.beginWrite).execute(tx);
          try {
            if (opts.migrate) for (const lock of this.dialect.migrationLock) await sql.raw(lock).execute(tx);
            const result = await fn(tx);
            const end = await sql.raw<{ command?: string }>('COMMIT').execute(tx);
            // PostgreSQL answers COMMIT with ROLLBACK when an error it was not told about aborted the transaction
            if (end.rows[0]?.command === 'ROLLBACK') throw new Error('the server rolled the transaction back');
            return result;
          } catch (e) {
            await sql
              .raw('ROLLBACK')
              .execute(tx)
              .catch(() => undefined);
            throw e;
          }
        });
      } catch (e) {
        if (attempt >= MAX_ATTEMPTS || !this.dialect.isRetryable(e)) throw e;
        this.retries++;
        await sleep(Math.random() * Math.min(1000, 5 * 2 ** attempt));
      }
    }
  }

  async close(): Promise<void> {
    await this.q.destroy();
  }
}

/**
 * Run `fn` inside a savepoint of the open transaction `tx`: if it throws, what it wrote is undone
 * and the transaction goes on (the error is thrown again for the caller to report).
 */
export async function inSavepoint<T>(tx: Queries, name: string, fn: () => Promise<T>): Promise<T> {
  await sql.raw(`SAVEPOINT ${name}`).execute(tx);
  try {
    const result = await fn();
    await sql.raw(`RELEASE SAVEPOINT ${name}`).execute(tx);
    return result;
  } catch (e) {
    await sql.raw(`ROLLBACK TO SAVEPOINT ${name}`).execute(tx);
    await sql.raw(`RELEASE SAVEPOINT ${name}`).execute(tx);
    throw e;
  }
}

/** The first line of an error's message, with any connection URL's password masked. */
export function firstLine(e: unknown): string {
  return maskUrlsIn((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '');
}
