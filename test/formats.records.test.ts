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
    const rows = records.map((r: TargetRecord) => [r.metric, r.status, r.year, r.unit, r.value]);
    // each row's column headers ("Thực hiện năm 2023", "Kế hoạch năm 2024") give status and year
    expect(rows).toEqual(
      expect.arrayContaining([
        ['new_count', 'actual', 2023, 'count', 36],
        ['new_count', 'target', 2024, 'count', 35],
        ['members', 'actual', 2023, 'count', 1250],
        ['members', 'target', 2024, 'count', 1400],
        ['revenue_avg', 'actual', 2023, 'VND/year', 1_100_000_000],
        ['revenue_avg', 'target', 2024, 'VND/year', 1_200_000_000],
      ]),
    );
    expect(records.every((r) => r.subject === 'htx')).toBe(true);
  });
});
