/**
 * `engines` must tell the truth: every package the lock file installs (dev dependencies
 * included) accepts the oldest node that package.json says is enough, so `npm install` on
 * that node prints no EBADENGINE warning.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', ROOT), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }>;
};

describe('engines', () => {
  const oldest = semver.minVersion(pkg.engines.node);

  it('package.json names a lowest node version', () => {
    expect(oldest).not.toBeNull();
  });

  it('every installed package accepts that node version', () => {
    const refused: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
      if (!path || !range || !oldest) continue;
      if (!semver.satisfies(oldest, range)) refused.push(`${path.replace(/^.*node_modules\//, '')} wants node ${range}`);
    }
    expect(refused, `package.json says node ${pkg.engines.node}`).toEqual([]);
  });

  it('this machine runs a node version package.json accepts', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
