/**
 * A throwaway PostgreSQL server for the tests and the bench: Debian's `postgresql` binaries
 * (initdb, pg_ctl) run in a temporary folder, listening on 127.0.0.1 at a free port, with a
 * password (scram-sha-256) for TCP connections. As root, the server runs as the `postgres`
 * user that the package creates (PostgreSQL refuses to run as root). `stop()` shuts it down
 * and removes the folder; so does the exit of the process that started it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where Debian puts each major version's server binaries. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The folder of initdb and pg_ctl: $PG_BIN, else the newest /usr/lib/postgresql/N/bin; undefined when there is none. */
export function findPgBin(): string | undefined {
  const given = process.env.PG_BIN;
  if (given) return existsSync(join(given, 'initdb')) ? given : undefined;
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT).filter((v) => /^\d+$/.test(v) && existsSync(join(DEBIAN_ROOT, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(DEBIAN_ROOT, newest, 'bin');
}

export const MISSING_PG = `PostgreSQL server binaries not found (initdb in $PG_BIN or ${DEBIAN_ROOT}/*/bin): apt-get install postgresql`;

export interface ThrowawayServer {
  port: number;
  user: string;
  password: string;
  /** The URL of a database on this server (default: postgres). */
  url(database?: string): string;
  /**
   * A new empty database; returns its URL. Created with the ICU Vietnamese collation, as a
   * server set up for Vietnamese text would be, so that ordering by the database's collation
   * (rather than by code point, as chitieu does) would show.
   */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Run a server binary as the user that may run it (as root: postgres). */
function runner(owner: { uid: number; gid: number; name: string } | null): (cmd: string, args: string[]) => void {
  return (cmd, args) => {
    const [file, argv] = owner ? ['runuser', ['-u', owner.name, '--', cmd, ...args]] : [cmd, args];
    const r = spawnSync(file, argv, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0)
      throw new Error(
        `${cmd.split('/').pop() ?? cmd} failed (${r.status ?? r.signal ?? r.error?.message}): ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' | ')}`,
      );
  };
}

function postgresUser(): { uid: number; gid: number; name: string } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid, name: 'postgres' };
  } catch {
    throw new Error('running as root, and there is no postgres user to run the server as (apt-get install postgresql creates it)');
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayServer> {
  const bin = findPgBin();
  if (!bin) throw new Error(MISSING_PG);
  const owner = process.getuid?.() === 0 ? postgresUser() : null;
  const run = runner(owner);
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-pg-'));
  const data = join(dir, 'data');
  const user = 'chitieu';
  const password = `pw-${randomBytes(8).toString('hex')}`;
  writeFileSync(join(dir, 'pw'), `${password}\n`);
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(join(dir, 'pw'), owner.uid, owner.gid);
  }
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      spawnSync(
        owner ? 'runuser' : join(bin, 'pg_ctl'),
        [...(owner ? ['-u', owner.name, '--', join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', '-w', 'stop'],
        { stdio: 'ignore', timeout: 60_000 },
      );
    }
    rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', stop);
  };
  process.on('exit', stop);
  try {
    run(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      user,
      `--pwfile=${join(dir, 'pw')}`,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '-N',
    ]);
    const port = await freePort();
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
    started = true;
    const url = (database = 'postgres'): string => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
    return {
      port,
      user,
      password,
      url,
      async createDatabase(name: string): Promise<string> {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        const client = new pg.Client({ connectionString: url() });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi' LOCALE 'C.UTF-8'`);
        } finally {
          await client.end();
        }
        return url(name);
      },
      stop,
    };
  } catch (e) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
    stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}${log ? ` (server log: ${log})` : ''}`);
  }
}
