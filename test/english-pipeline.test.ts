/**
 * English documents through the whole pipeline: the language of documents and paragraphs,
 * the store's `lang` column (and its upgrade of an older database), export, eval and the
 * report, an English web page with its furniture, and the bench's English corpus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import { decodeDocument } from '../pipeline/decode.ts';
import { parseOutline } from '../pipeline/parse.ts';
import { normalise } from '../pipeline/normalise.ts';
import { runExtract } from '../pipeline/run.ts';
import { readRows } from '../pipeline/export.ts';
import { score } from '../pipeline/evaluate.ts';
import { buildReport } from '../pipeline/report/build.ts';
import { Store } from '../pipeline/store.ts';
import { blockLanguage, detectLanguages } from '../extractors/english/lang.ts';
import { inferEnglishYear, readEnglishDate, recogniseEnglishPlace } from '../extractors/english/docmeta.ts';
import { englishBenchDocument } from '../pipeline/bench/english-corpus.ts';

const dirs: string[] = [];
function workdir(): string {
  const d = mkdtempSync(join(tmpdir(), 'chitieu-en-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ENGLISH_PAGE = `Dak Nong sets sights on 900 cooperatives

Published: March 3, 2024

The province had 742 cooperatives at the end of 2023 with more than 25,000 members. It aims to have 900 cooperatives by 2025.

Average income of cooperative members reached VND 5.4 million per month last year.

Related news

Lam Dong has 1,200 cooperatives

Hanoi targets 2,500 cooperatives by 2030
`;

const MIXED_PAGE = `Hợp tác xã phát triển mạnh

Toàn tỉnh hiện có 312 hợp tác xã với 12.000 thành viên, tăng 20 HTX so với năm 2022.

In English: the province now has 312 cooperatives, and it plans to establish 30 new cooperatives in 2024.
`;

describe('language of documents and paragraphs', () => {
  it('tells Vietnamese from English paragraphs by their letters', () => {
    expect(blockLanguage('Toàn tỉnh hiện có 312 hợp tác xã với 12.000 thành viên.')).toBe('vi');
    expect(blockLanguage('The province now has 312 cooperatives with 12,000 members.')).toBe('en');
    expect(blockLanguage('2024')).toBeNull();
    expect(blockLanguage('Hà Nội')).toBe('vi');
  });

  it('an English menu on a Vietnamese page leaves the page Vietnamese', () => {
    const text =
      'Skip to the main content of the page\n\nToàn tỉnh hiện có 312 hợp tác xã với 12.000 thành viên, tăng 20 HTX so với năm 2022. Phấn đấu đến năm 2025 có 400 hợp tác xã hoạt động hiệu quả. Doanh thu bình quân của hợp tác xã đạt 2,1 tỷ đồng/năm; thu nhập bình quân của thành viên và người lao động đạt 4,5 triệu đồng/tháng. Tỉnh đã hỗ trợ thành lập mới 25 hợp tác xã, tập trung vào các lĩnh vực nông nghiệp, thương mại - dịch vụ và vận tải.';
    const { blocks } = parseOutline(normalise(text).text);
    const langs = detectLanguages(normalise(text).text, blocks);
    expect(langs.doc).toBe('vi');
    expect(langs.blocks.every((l) => l === 'vi')).toBe(true);
  });

  it('a page in both languages is mixed, and each paragraph is read in its own', () => {
    const doc = extractDocument(MIXED_PAGE, 'mixed.txt');
    expect(doc.lang).toBe('mixed');
    const got = doc.records
      .filter((r) => r.metric !== 'other')
      .map((r) => `${r.metric} ${r.status} ${r.year} ${r.value} ${r.rules[0]?.startsWith('en.') ? 'en' : 'vi'}`)
      .sort();
    expect(got).toContain('new_count target 2024 30 en');
    expect(got.some((g) => g.startsWith('members actual') && g.endsWith('12000 vi'))).toBe(true);
    expect(got.some((g) => g.startsWith('count actual') && g.includes(' 312 ') && g.endsWith('en'))).toBe(true);
  });

  it('English records name English rules only, Vietnamese records Vietnamese ones', () => {
    const doc = extractDocument(MIXED_PAGE, 'mixed.txt');
    for (const r of doc.records) {
      const english = r.rules[0]?.startsWith('en.') ?? false;
      expect(r.rules.every((id) => id.startsWith('en.') === english)).toBe(true);
    }
  });
});

describe('English document metadata', () => {
  it('reads English dates and places written without marks', () => {
    expect(readEnglishDate('Published: March 3, 2024')).toBe('2024-03-03');
    expect(readEnglishDate('Updated 14 December 2023 09:10')).toBe('2023-12-14');
    // the site's clock above the article is when the page was saved; the labelled date is the article's
    expect(readEnglishDate('Tuesday, March 2 2021\n\nProvince backs its cooperatives\n\nUpdate: August, 11/2019 - 10:05')).toBe('2019-08-11');
    expect(readEnglishDate('12/03/2024 10:20 GMT+7')).toBe('2024-03-12');
    // a site's clock on the first line is when the page was saved; the article's date follows it
    expect(readEnglishDate('August 20, 2025 | 07:43 GMT +7\n\nFriday- 10:16, 03/12/2021\n\nProvince backs its cooperatives')).toBe('2021-12-03');
    // an American month/day/year when the middle number cannot be a month
    expect(readEnglishDate('8:02:41 AM | 10/23/2024')).toBe('2024-10-23');
    // the date of the facts reported is not the page's
    expect(readEnglishDate('City backs its cooperatives\n\nAs of December 31, 2013, the fund had lent to 40 cooperatives.')).toBeNull();
    // a date that starts a span of years ("… Day (March 5, 2009-2025)") is no page's date
    expect(readEnglishDate('Alliance honours its members\n\nThe alliance met to mark the anniversary of its founding (March 5, 2009-2025).')).toBeNull();
    // the latest year of facts: a month may stand between "in" and the year; a law's year is no fact's
    expect(
      inferEnglishYear('The provincial committee in March 2022 adopted a programme. Cooperatives have grown since the Cooperative Law took effect in 2012.'),
    ).toBe(2022);
    // … nor the year a law named before "in" was passed; an event the page reports as held dates it
    expect(inferEnglishYear('Ten years after the adoption of the Law on Cooperatives in 2012, more cooperatives work well.')).toBeNull();
    expect(inferEnglishYear('Since the Law on Cooperatives in 2012, the alliance has held a 2021 regional forum on cooperatives.')).toBe(2021);
    // a repost prints the outlet's name and the date run together
    expect(readEnglishDate('Báo Kon TumBáo Kon Tum14/08/2024')).toBe('2024-08-14');
    expect(recogniseEnglishPlace('The province of Dak Lak had 742 cooperatives. Dak Lak aims higher.', 'Dak Lak cooperatives grow').province).toBe('Đắk Lắk');
    expect(recogniseEnglishPlace('Hanoi now has 1,900 cooperatives.', 'Hanoi cooperatives').province).toBe('Hà Nội');
    expect(recogniseEnglishPlace('HCM City has 700 cooperatives.', 'HCM City cooperatives').province).toBe('Hồ Chí Minh');
  });

  it('an English page gets its title, date, type and place', () => {
    const doc = extractDocument(ENGLISH_PAGE, 'dak-nong.txt');
    expect(doc.lang).toBe('en');
    expect(doc.meta.title).toBe('Dak Nong sets sights on 900 cooperatives');
    expect(doc.meta.issued).toBe('2024-03-03');
    expect(doc.meta.doc_type).toBe('tin_bai');
    expect(doc.meta.province).toBe('Đắk Nông');
  });

  it('the related-news list under the article yields nothing', () => {
    const doc = extractDocument(ENGLISH_PAGE, 'dak-nong.txt');
    const values = doc.records.map((r) => r.value);
    expect(values).toContain(742);
    expect(values).toContain(900);
    expect(values).not.toContain(1200);
    expect(values).not.toContain(2500);
  });
});

describe('English documents in the store, export, eval and report', () => {
  it('stores the language of each document and upgrades an older database', async () => {
    const dir = workdir();
    const db = join(dir, 'db.sqlite');
    // a database made before documents had a language
    await (await Store.open(db)).close();
    const old = new Database(db);
    // (a file from before versioned migrations: no schema_migrations either)
    old.exec(
      'DROP VIEW IF EXISTS v_attainment; DROP VIEW IF EXISTS v_targets; DROP TABLE schema_migrations; DROP TABLE schema_views; ALTER TABLE documents DROP COLUMN lang',
    );
    old.close();
    await (await Store.open(db)).close();
    writeFileSync(join(dir, 'en.txt'), ENGLISH_PAGE);
    writeFileSync(join(dir, 'mixed.txt'), MIXED_PAGE);
    writeFileSync(join(dir, 'vi.txt'), 'Toàn tỉnh hiện có 312 hợp tác xã với 12.000 thành viên.\n');
    const r = await runExtract([dir], { db, workers: 0 });
    expect(r.files_failed).toBe(0);
    const d = new Database(db, { readonly: true });
    const langs = Object.fromEntries(
      (d.prepare('SELECT file_name, lang FROM documents').all() as { file_name: string; lang: string }[]).map((x) => [x.file_name, x.lang]),
    );
    d.close();
    expect(langs).toEqual({ 'en.txt': 'en', 'mixed.txt': 'mixed', 'vi.txt': 'vi' });
    const rows = (await readRows(db)).filter((x) => x.doc === 'en.txt');
    expect(rows.find((x) => x.value === 900)).toMatchObject({ subject: 'htx', metric: 'count', status: 'target', year: 2025, unit: 'count' });
    expect(rows.every((x) => x.rule.startsWith('en.'))).toBe(true);
  });

  it('eval scores English documents as it does Vietnamese ones', async () => {
    const decoded = await decodeDocument(Buffer.from(ENGLISH_PAGE), 'en.txt');
    const predicted = extractDocument(decoded.text, 'en.txt').records.map((r) => ({ doc: 'en.txt', ...r }));
    const gold = [
      {
        doc: 'en.txt',
        subject: 'htx' as const,
        metric: 'count' as const,
        sector: null,
        status: 'actual' as const,
        year: 2023,
        unit: 'count' as const,
        value: 742,
        value_max: null,
        comparator: 'eq' as const,
      },
      {
        doc: 'en.txt',
        subject: 'htx' as const,
        metric: 'count' as const,
        sector: null,
        status: 'target' as const,
        year: 2025,
        unit: 'count' as const,
        value: 900,
        value_max: null,
        comparator: 'eq' as const,
      },
      {
        doc: 'en.txt',
        subject: 'htx' as const,
        metric: 'members' as const,
        sector: null,
        status: 'actual' as const,
        year: 2023,
        unit: 'count' as const,
        value: 25000,
        value_max: null,
        comparator: 'gt' as const,
      },
      {
        doc: 'en.txt',
        subject: 'htx' as const,
        metric: 'income_avg' as const,
        sector: null,
        status: 'actual' as const,
        year: 2023,
        unit: 'VND/month' as const,
        value: 5_400_000,
        value_max: null,
        comparator: 'eq' as const,
      },
    ];
    const s = score(predicted, gold, ['en.txt']);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
    expect(s.comparatorAgreement).toBe(1);
  });

  it("the report names each document's language", async () => {
    const dir = workdir();
    const db = join(dir, 'db.sqlite');
    writeFileSync(join(dir, 'en.txt'), ENGLISH_PAGE);
    writeFileSync(join(dir, 'vi.txt'), 'Toàn tỉnh hiện có 312 hợp tác xã với 12.000 thành viên.\n');
    await runExtract([dir], { db, workers: 0 });
    const out = join(dir, 'report');
    await buildReport({ db, out, now: new Date('2025-01-02T03:04:05Z') });
    const index = new JSDOM(readFileSync(join(out, 'index.html'), 'utf8')).window.document;
    const langs = [...index.querySelectorAll('#docs [data-lang]')].map((e) => e.getAttribute('data-lang')).sort();
    expect(langs).toEqual(['en', 'vi']);
    const d = new Database(db, { readonly: true });
    const id = (d.prepare("SELECT id FROM documents WHERE file_name = 'en.txt'").get() as { id: number }).id;
    d.close();
    const page = new JSDOM(readFileSync(join(out, 'docs', `${id}.html`), 'utf8')).window.document;
    expect(page.querySelector('#doc-lang')?.textContent).toContain('English');
    expect(page.querySelectorAll('#doctext mark').length).toBeGreaterThanOrEqual(4);
  });
});

describe('the bench English corpus', () => {
  it('is deterministic, English, and yields records', () => {
    const a = englishBenchDocument(7, 20240601);
    expect(englishBenchDocument(7, 20240601)).toBe(a);
    const doc = extractDocument(a, 'bench-en.txt');
    expect(doc.lang).toBe('en');
    expect(doc.records.length).toBeGreaterThan(3);
  });
});
