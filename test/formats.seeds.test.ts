/**
 * Every seed, converted to every input format and encoding, decodes to the seed's
 * content: each sentence of the seed that holds a figure is in the decoded text,
 * and none of the page furniture around it is.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument, type Decoded } from '../pipeline/decode.ts';
import { digitSentences, missingSentences } from './fixtures/compare.ts';
import { FURNITURE, makeFixtures, SEED_DIR, seedNames, TABLE_LINES, TABLE_NUMBERED, type Fixture, type FixtureSet } from './fixtures/make-fixtures.ts';

let set: FixtureSet;
let dir: string;
const decoded = new Map<string, Decoded>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-fixtures-'));
  set = await makeFixtures(dir);
  for (const f of set.fixtures) decoded.set(f.path, await decodeDocument(readFileSync(f.path), f.path));
}, 120_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const seeds = seedNames();
const KINDS: Fixture['kind'][] = [
  'html-modern',
  'html-table-layout',
  'docx',
  'pdf',
  'tcvn3',
  'vni',
  'windows-1258',
  'utf-16le',
  'utf-16be',
  'utf-8-bom',
  'nfd',
  'tcvn3-as-utf8',
  'vni-as-utf8',
];

describe('seed fixtures', () => {
  it('cover every seed in every format', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(set.fixtures).toHaveLength(seeds.length * KINDS.length);
    for (const f of set.fixtures) expect(existsSync(f.path)).toBe(true);
  });

  it('furniture strings do not occur in any seed (else the test below proves nothing)', () => {
    for (const seed of seeds) {
      const text = readFileSync(join(SEED_DIR, seed), 'utf8');
      for (const s of FURNITURE) expect(text.includes(s), `${seed} contains ${s}`).toBe(false);
    }
  });

  describe.each(seeds)('%s', (seed) => {
    const text = readFileSync(join(SEED_DIR, seed), 'utf8');
    it('has sentences with figures to compare', () => {
      expect(digitSentences(text).length).toBeGreaterThan(5);
    });
    it.each(KINDS)('%s decodes to the seed content', (kind) => {
      const f = set.fixtures.find((x) => x.seed === seed && x.kind === kind) as Fixture;
      const d = decoded.get(f.path) as Decoded;
      expect(d.format).toBe(f.format);
      expect(d.encoding).toBe(f.encoding);
      // TCVN3 (.VnTime) has no capitals with tone marks; case is repaired where it can be told.
      expect(missingSentences(text, d.text, kind.startsWith('tcvn3'))).toEqual([]);
      if (kind.startsWith('html')) {
        for (const s of FURNITURE) expect(d.text.includes(s), `furniture "${s}" survived`).toBe(false);
      }
      if (kind === 'docx' || kind.startsWith('html')) {
        // The outline survives as Markdown: headings or bold run-ins, and list items.
        expect(d.text).toMatch(/^(?:#{1,6} |\*\*)/m);
      }
    });
  });

  it('plain-text encodings decode to exactly the seed (after NFC)', () => {
    for (const f of set.fixtures) {
      if (!['vni', 'windows-1258', 'utf-16le', 'utf-16be', 'utf-8-bom', 'nfd', 'vni-as-utf8'].includes(f.kind)) continue;
      const seed = readFileSync(join(SEED_DIR, f.seed), 'utf8');
      expect((decoded.get(f.path) as Decoded).text.normalize('NFC'), `${f.seed} ${f.kind}`).toBe(seed.normalize('NFC'));
    }
  });

  it('TCVN3 decodes to the seed up to the capitals TCVN3 cannot hold, and keeps all-caps headings upper case', () => {
    const f = set.fixtures.find((x) => x.kind === 'tcvn3' && x.seed.startsWith('004')) as Fixture;
    const got = (decoded.get(f.path) as Decoded).text.normalize('NFC');
    const seed = readFileSync(join(SEED_DIR, f.seed), 'utf8').normalize('NFC');
    expect(got.toLowerCase()).toBe(seed.toLowerCase());
    expect(got).toContain('ĐÁNH GIÁ TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ');
    expect(got).toContain('Số HTX hoạt động hiệu quả');
  });

  it('PDF text keeps list lines apart and joins wrapped lines', () => {
    const f = set.fixtures.find((x) => x.kind === 'pdf' && x.seed.startsWith('004')) as Fixture;
    const got = (decoded.get(f.path) as Decoded).text;
    expect(got).toMatch(/^I\. TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ, HTX NĂM 2023$/m);
    expect(got).toMatch(/^2\.1\. Lĩnh vực nông - lâm - ngư - nghiệp:$/m);
    expect(got).toMatch(/^a\) Về số lượng, doanh thu và thu nhập của hợp tác xã$/m);
    expect(got).toMatch(
      /^- Doanh thu bình quân của HTX ước đạt 1\.100 triệu đồng\/HTX\/năm, tăng 9,5% so với năm 2022; thu nhập .* so với kế hoạch năm 2022\.$/m,
    );
    expect(got).not.toMatch(/^\d{1,2}$/m); // page numbers dropped
  });
});

describe('tables', () => {
  it('a Word table reads row by row, with the unit after each value', () => {
    return decodeDocument(readFileSync(set.tableDocx), 'table.docx').then((d) => {
      expect(d.format).toBe('docx');
      for (const line of TABLE_LINES) expect(d.text.split('\n')).toContain(line);
      expect(d.text).toContain('## I. MỤC TIÊU');
      expect(d.text).toContain('**Mục tiêu cụ thể:** các chỉ tiêu');
      TABLE_NUMBERED.forEach((t, i) => {
        expect(d.text.split('\n')).toContain(`${i + 1}. ${t}`);
      });
    });
  });

  it('an HTML table reads the same way', async () => {
    const d = await decodeDocument(readFileSync(set.tableHtml), 'table.html');
    expect(d.format).toBe('html');
    for (const line of TABLE_LINES) expect(d.text.split('\n')).toContain(line);
    expect(d.text).not.toContain('9.876.543');
    expect(d.text).not.toContain('Trang chủ');
  });
});
