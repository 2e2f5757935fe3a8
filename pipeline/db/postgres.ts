/**
 * Opening a PostgreSQL database the user named by URL: a small connection pool (`pg`), numbers
 * as numbers (COUNT(*) and BIGINT ids are int8, which `pg` would give as strings), and one-line
 * reasons for what goes wrong while connecting (server unreachable, wrong credentials, no such
 * database) in place of the driver's errors. No message ever shows the password.
 * The driver is loaded only when a server is named: a SQLite run never loads it.
 */
import type pg from 'pg';
import { DatabaseError } from '../errors.ts';
import { maskUrlsIn, type DbTarget } from './target.ts';

/** Connections per process: the extract run writes on one and reads on the others. */
export const POOL_SIZE = 4;
/** How long the first connection may take before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;
/** How long a query may wait for one of the pool's connections (all busy) or for a new one. */
const POOL_WAIT_MS = 120_000;

const INT8_OID = 20;

const driver = async (): Promise<typeof pg> => (await import('pg')).default;

export async function newPool(target: Extract<DbTarget, { kind: 'postgres' }>): Promise<pg.Pool> {
  const { Pool, types: builtIn } = await driver();
  /** int8 as a JS number (chitieu's ids and counts stay far below 2^53). */
  const types: pg.CustomTypesConfig = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (v: string) => Number(v) : builtIn.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
  };
  const pool = new Pool({
    connectionString: target.url,
    max: POOL_SIZE,
    connectionTimeoutMillis: POOL_WAIT_MS,
    application_name: 'chitieu',
    types,
  });
  // a connection the server closes (idle in the pool, or held between two queries) is not an uncaught
  // error event: the pool drops an idle one, and the next query on a held one says what happened
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

const codeOf = (e: unknown): string => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : '';
};

/** The driver's or the server's error while connecting, as one line (no password, no stack). */
export function connectReason(e: unknown): string {
  const code = codeOf(e);
  const err = e as { message?: string; address?: string; port?: number; hostname?: string; cause?: unknown };
  const msg = maskUrlsIn(String(err.message ?? e).split('\n')[0] ?? '');
  const where = err.address ? ` at ${err.address}${err.port ? `:${err.port}` : ''}` : '';
  if (code === 'ECONNREFUSED') return `cannot reach the server (connection refused${where}): is PostgreSQL running there?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot reach the server (unknown host${err.hostname ? ` ${err.hostname}` : ''})`;
  if (code === 'ENOENT') return `cannot reach the server (no socket${where}): is PostgreSQL running there?`;
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /connection timeout/i.test(msg)) {
    return `cannot reach the server (no answer within ${CONNECT_TIMEOUT_MS / 1000} s${where})`;
  }
  if (code === '28P01') return `wrong user name or password (${msg})`;
  if (code === '28000') return `the server refuses this connection (${msg})`;
  if (code === '3D000') return `${msg} on the server (create it first, e.g. createdb NAME)`;
  if (/client password must be a string/i.test(msg)) return 'the server asks for a password and none was given (put it in the URL or in PGPASSWORD)';
  if (code === '57P03') return `the server is starting up or shutting down (${msg})`;
  if (/terminated/i.test(msg)) return `the server closed the connection (${msg})`;
  return `cannot connect (${msg || code || 'unknown error'})`;
}

/**
 * An error that says the server cannot be used at all (lost connection, shut down, refused
 * credentials), rather than a problem with one document: SQLSTATE classes 08 (connection),
 * 28 (authorisation), 3D (no database), 57P (operator intervention), and the socket's own errors.
 */
export function isConnectionFailure(e: unknown): boolean {
  const code = codeOf(e);
  if (/^(08|28|3D|57P)/.test(code)) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)) return true;
  // a unix socket that is not there (a file that is not there is another matter)
  if (code === 'ENOENT' && (e as { address?: unknown }).address !== undefined) return true;
  const msg = (e as { message?: unknown } | null)?.message;
  return typeof msg === 'string' && /Connection terminated|connection timeout|client password must be a string/i.test(msg);
}

/** Connect once to find out whether the server can be used: a DatabaseError naming the (masked) URL if not. */
export async function checkConnection(target: Extract<DbTarget, { kind: 'postgres' }>): Promise<void> {
  const { Client } = await driver();
  const client = new Client({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'chitieu' });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    throw new DatabaseError(target.display, connectReason(e));
  } finally {
    await client.end().catch(() => undefined);
  }
}
