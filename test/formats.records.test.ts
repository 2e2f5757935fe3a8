/**
 * The "done when" of issue 4: each seed converted to each format and encoding
 * yields the same records as the plain .txt seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../pipeline/decode.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import type { TargetRecord } from '../pipeline/record.ts';
import { makeFixtures, SEED_DIR, seedNames, type FixtureSet } from './fixtures/make-fixtures.ts';

const identity = (r: TargetRecord): string => JSON.stringify([r.subject, r.metric, r.sector, r.status, r.year, r.unit, r.value, r.value_max]);
const identities = (records: TargetRecord[]): string[] => records.map(identity).sort();

let set: FixtureSet;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-records-'));
  set = await makeFixtures(dir);
}, 120_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe.each(seedNames())('%s', (seed) => {
  const plain = identities(extractDocument(readFileSync(join(SEED_DIR, seed), 'utf8'), seed).records);

  it('yields records from the plain text', () => {
    expect(plain.length).toBeGreaterThan(0);
  });

  it('yields the same records from every converted format and encoding', async () => {
    const fixtures = set.fixtures.filter((f) => f.seed === seed);
    expect(fixtures.length).toBe(13);
    for (const f of fixtures) {
      const decoded = await decodeDocument(readFileSync(f.path), f.path);
      expect(identities(extractDocument(decoded.text, seed).records), `${seed} as ${f.kind}`).toEqual(plain);
    }
  }, 60_000);
});

describe('tables', () => {
  it.each(['tableDocx', 'tableHtml'] as const)('%s: every figure of the table becomes a record', async (which) => {
    const path = set[which];
    const decoded = await decodeDocument(readFileSync(path), path);
    const records = extractDocument(decoded.text, path).records;
    const values = records.map((r) => r.value);
    for (const v of [36, 35, 1250, 1400, 1_100_000_000, 1_200_000_000]) expect(values).toContain(v);
    const first = (value: number): TargetRecord | undefined => records.find((r) => r.value === value);
    expect(first(36)?.metric).toBe('new_count');
    expect(first(1250)?.metric).toBe('members');
    expect(first(1_100_000_000)?.metric).toBe('revenue_avg');
    expect(records.every((r) => r.subject === 'htx')).toBe(true);
  });
});
