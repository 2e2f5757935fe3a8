/**
 * The extractor version stored with every document. It is the package version plus
 * a digest of the source of everything that shapes a record (rules, extractors, and
 * the normalise/parse/segment/extract stages), so any change to them makes the next
 * extract run re-extract documents it would otherwise skip as unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGES = ['normalise.ts', 'parse.ts', 'segment.ts', 'bound.ts', 'extract-document.ts', 'record.ts', 'decode.ts'];

function sourcesOf(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourcesOf(full));
    else if (e.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function computeVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const files = [
    ...sourcesOf(join(ROOT, 'rules')),
    ...sourcesOf(join(ROOT, 'extractors')),
    ...sourcesOf(join(ROOT, 'pipeline', 'formats')),
    ...STAGES.map((f) => join(ROOT, 'pipeline', f)),
  ];
  const h = createHash('sha256');
  for (const f of files) {
    try {
      h.update(f.slice(ROOT.length)).update(readFileSync(f));
    } catch {
      // a stage file that does not exist in this checkout contributes nothing
    }
  }
  return `${pkg.version}+${h.digest('hex').slice(0, 12)}`;
}

/**
 * CHITIEU_EXTRACTOR_VERSION overrides it: a test (or an operator) can make the next extract run
 * re-extract every document without changing a rule, e.g. to check that reviewers' verdicts survive.
 */
export const EXTRACTOR_VERSION = process.env.CHITIEU_EXTRACTOR_VERSION?.trim() || computeVersion();
