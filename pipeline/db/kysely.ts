/**
 * Kysely, loaded from its CommonJS build. Its ES module build is some 280 files, and under tsx's
 * loader (which every command runs in) each costs a round trip to the loader's thread: about half
 * a second of CPU before any command could touch the database. The CommonJS build is the same
 * code; types come from the package as usual.
 */
import { createRequire } from 'node:module';
import type * as K from 'kysely';

const kysely = createRequire(import.meta.url)('kysely') as typeof K;

export const { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } = kysely;
export type CompiledQuery<R = unknown> = K.CompiledQuery<R>;
export type Kysely<DB> = K.Kysely<DB>;
export type { Generated, RawBuilder, Selectable } from 'kysely';
