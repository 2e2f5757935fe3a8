/**
 * The generated report in a real browser: Debian's chromium driven by playwright-core over file://.
 * Skips (with a message) only when /usr/bin/chromium is absent; .ci/run installs it.
 * Screenshots go to out/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Store } from '../../pipeline/store.ts';
import { buildReport } from '../../pipeline/report/build.ts';
import { fillHandMade } from '../report.fixture.ts';
import type { HandMade } from '../report.fixture.ts';
import { CHROMIUM, fileUrl, launch } from './shoot.ts';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  process.stderr.write(`report browser test SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)\n`);
}

const SHOTS = join('out', 'screenshots');

describe.skipIf(!haveChromium)('report in headless chromium', () => {
  let dir: string;
  let dbFile: string;
  let out: string;
  let hm: HandMade;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-browser-'));
    dbFile = join(dir, 'db.sqlite');
    out = join(dir, 'report');
    const store = await Store.open(dbFile);
    hm = await fillHandMade(store);
    await store.close();
    await buildReport({ db: dbFile, out });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`network: ${r.url()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function recordCount(documentId: number): number {
    const db = new Database(dbFile, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM targets WHERE document_id = ?').get(documentId) as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('index lists the documents', async () => {
    await page.goto(fileUrl(out, 'index.html'));
    await expect(page.locator('#docs tbody tr[data-doc]').count()).resolves.toBe(2);
    await page.screenshot({ path: join(SHOTS, 'test-index.png'), fullPage: true });
  });

  it('a document page shows one highlight per record, and a click shows the record', async () => {
    const expected = recordCount(hm.planId);
    expect(expected).toBe(hm.planRecords);
    await page.goto(fileUrl(out, 'docs', `${hm.planId}.html`));
    await expect(page.locator('.doctext mark.rec').count()).resolves.toBe(expected);

    const mark = page.locator('.doctext mark.rec', { hasText: '1.715 triệu đồng/HTX/năm' });
    await mark.click();
    const pop = page.locator('#pop');
    await expect(pop.isVisible()).resolves.toBe(true);
    const shown = (await pop.textContent()) ?? '';
    expect(shown).toContain('Doanh thu bình quân');
    expect(shown).toContain('1.715 triệu đồng/năm');
    expect(shown).toContain('1.715.000.000 VND/year');
    expect(shown).toContain('2025');
    expect(shown).toContain('Chỉ tiêu');
    await page.screenshot({ path: join(SHOTS, 'test-document-popover.png') });

    // Two records on one quote: the popover names the other one too.
    await page.keyboard.press('Escape');
    const inner = page.locator('.doctext mark.rec mark.rec', { hasText: '60 triệu đồng/năm' });
    await inner.click();
    await expect(pop.textContent()).resolves.toContain('còn 1 bản ghi khác');

    // The filter dims the other highlights and hides their rows, but every highlight stays.
    await page.keyboard.press('Escape');
    await page.selectOption('#f-status', 'actual');
    const actuals = await page.locator('#records tbody tr[data-rec][data-status="actual"]').count();
    await expect(page.locator('#records tbody tr[data-rec]:visible').count()).resolves.toBe(actuals);
    await expect(page.locator('#f-count').textContent()).resolves.toBe(String(actuals));
    await expect(page.locator('.doctext mark.rec').count()).resolves.toBe(expected);
    await page.selectOption('#f-status', '');

    // A table link leads to its highlight.
    const link = page.locator('#records tbody tr[data-rec] a[href^="#r-"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(href);
    await expect(page.locator(href).isVisible()).resolves.toBe(true);

    // "Số tiếp ▶" walks the highlights in text order and opens each record.
    await page.goto(fileUrl(out, 'docs', `${hm.planId}.html`));
    const ids = await page.locator('.doctext mark.rec').evaluateAll((ms) => ms.map((m) => m.id));
    await page.click('#next');
    await page.click('#next');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${ids[1]}`);
    // the popover opens on the next frame: wait for it rather than sample it (flaky under load)
    await page.locator('#pop').waitFor({ state: 'visible', timeout: 5000 });
  });

  it('the hostile document renders as text: no script runs, no image loads', async () => {
    await page.goto(fileUrl(out, 'docs', `${hm.evilId}.html`));
    await expect(page.locator('.doctext mark.rec').count()).resolves.toBe(recordCount(hm.evilId));
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('.doctext').textContent()).resolves.toContain('<script>alert("xss")</script>');
    await page.locator('.doctext mark.rec').last().click();
    await expect(page.locator('#pop').textContent()).resolves.toContain('<script>alert(5)</script>');
    await page.screenshot({ path: join(SHOTS, 'test-document-hostile.png') });
    await page.goto(fileUrl(out, 'index.html'));
    expect(problems).toEqual([]);
  });

  it('the dashboard has its charts drawn', async () => {
    await page.goto(fileUrl(out, 'dashboard.html'));
    const charts = page.locator('figure.chart svg');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(100);
      await expect(charts.nth(i).locator('rect').count()).resolves.toBeGreaterThan(0);
    }
    await expect(page.locator('#attainment tbody tr:visible').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'test-dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
