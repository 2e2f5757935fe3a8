/** What --db names, and how a database URL is shown: never with its password. */
import { describe, expect, it } from 'vitest';
import { dbTarget, maskUrl, maskUrlsIn } from '../pipeline/db/target.ts';
import { connectReason, isConnectionFailure } from '../pipeline/db/postgres.ts';
import { UsageError } from '../pipeline/errors.ts';

describe('--db', () => {
  it('a path is a SQLite file; postgres:// and postgresql:// are servers, shown masked', () => {
    expect(dbTarget('out/chitieu.sqlite')).toEqual({ kind: 'sqlite', file: 'out/chitieu.sqlite', display: 'out/chitieu.sqlite' });
    expect(dbTarget('postgres://an:s3cr%40t@db.local:5432/chitieu')).toEqual({
      kind: 'postgres',
      url: 'postgres://an:s3cr%40t@db.local:5432/chitieu',
      display: 'postgres://an:***@db.local:5432/chitieu',
    });
    expect(dbTarget('POSTGRESQL://an@db.local/chitieu').kind).toBe('postgres');
    expect(() => dbTarget('postgres://an:pw@[bad')).toThrow(UsageError);
    try {
      dbTarget('postgres://an:hunter2@[bad');
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });

  it('masks the password wherever it stands, and leaves a URL without one as it is', () => {
    expect(maskUrl('postgres://an@db.local/chitieu')).toBe('postgres://an@db.local/chitieu');
    expect(maskUrl('postgres://db.local/chitieu?user=an&password=hunter2&sslmode=require')).toBe(
      'postgres://db.local/chitieu?user=an&password=***&sslmode=require',
    );
    expect(maskUrl('postgres://an:hunter2@[bad/x')).not.toContain('hunter2');
    expect(maskUrlsIn('could not use postgres://an:hunter2@h/db, giving up')).toBe('could not use postgres://an:***@h/db, giving up');
  });
});

describe("the server's failures, in one line", () => {
  it("says what is wrong without the driver's words for it", () => {
    expect(connectReason(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5999 }))).toBe(
      'cannot reach the server (connection refused at 127.0.0.1:5999): is PostgreSQL running there?',
    );
    expect(connectReason(Object.assign(new Error('getaddrinfo ENOTFOUND nohost'), { code: 'ENOTFOUND', hostname: 'nohost' }))).toBe(
      'cannot reach the server (unknown host nohost)',
    );
    expect(connectReason(Object.assign(new Error('password authentication failed for user "an"'), { code: '28P01' }))).toBe(
      'wrong user name or password (password authentication failed for user "an")',
    );
    expect(connectReason(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'))).toMatch(/asks for a password and none was given/);
    expect(connectReason(new Error('Connection terminated due to connection timeout'))).toMatch(/no answer within 10 s/);
  });

  it('tells a lost server from a problem with one document', () => {
    expect(isConnectionFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionFailure(Object.assign(new Error('no such file'), { code: 'ENOENT', path: '/x' }))).toBe(false);
    expect(
      isConnectionFailure(
        Object.assign(new Error('connect ENOENT /run/postgresql/.s.PGSQL.5432'), { code: 'ENOENT', address: '/run/postgresql/.s.PGSQL.5432' }),
      ),
    ).toBe(true);
  });
});
