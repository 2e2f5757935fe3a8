/**
 * What `--db` (or CHITIEU_DATABASE_URL) names: a SQLite file, or a PostgreSQL server's database
 * (`postgres://user:password@host:port/db` or `postgresql://…`). Anything that names a database
 * to the user goes through `display`, which never shows a password.
 */
import { UsageError } from '../errors.ts';

export type DbTarget = { kind: 'sqlite'; file: string; display: string } | { kind: 'postgres'; url: string; display: string };

/** The environment variable that names the database when --db is not given. */
export const DATABASE_URL_ENV = 'CHITIEU_DATABASE_URL';

const PG_SCHEME = /^postgres(?:ql)?:\/\//i;

function isPostgresUrl(s: string): boolean {
  return PG_SCHEME.test(s);
}

/**
 * A connection URL with its password (in the user part or as ?password=) replaced by ***.
 * Text that does not parse as a URL is masked from the first ':' after the scheme to the '@'.
 */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/pass/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@').replace(/(pass[a-z]*=)[^&]*/gi, '$1***');
  }
}

/** Mask every connection URL that appears in a message (a driver's error may quote one). */
export function maskUrlsIn(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/\S+/gi, (m) => maskUrl(m));
}

/** Read what --db names. A PostgreSQL URL must at least parse as a URL. */
export function dbTarget(value: string): DbTarget {
  if (!isPostgresUrl(value)) return { kind: 'sqlite', file: value, display: value };
  const display = maskUrl(value);
  try {
    new URL(value);
  } catch {
    throw new UsageError(`--db ${display}: not a PostgreSQL connection URL (postgres://user:password@host:port/database)`);
  }
  return { kind: 'postgres', url: value, display };
}
