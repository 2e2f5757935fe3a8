/**
 * The dashboard of a 10,000-document database in Debian's chromium (issue 15: it must open fast).
 * Prints the time to load dashboard.html and the largest place page; asserts only that they drew.
 * Skips when /usr/bin/chromium is absent, as report.browser.test.ts does.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Store } from '../../pipeline/store.ts';
import { buildReport } from '../../pipeline/report/build.ts';
import { fillMany, PROVINCES } from '../dashboard.fixture.ts';
import { CHROMIUM, fileUrl, launch } from './shoot.ts';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`dashboard browser test SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)\n`);

describe.skipIf(!haveChromium)('the dashboard of 10,000 documents in headless chromium', () => {
  let dir: string;
  let out: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-dash-browser-'));
    const file = join(dir, 'many.sqlite');
    const store = await Store.open(file);
    await fillMany(store, 10_000);
    await store.close();
    out = join(dir, 'report');
    await buildReport({ db: file, out, only: 'dashboard' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto('about:blank');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(rel: string): Promise<number> {
    const t0 = performance.now();
    await page.goto(fileUrl(out, rel), { waitUntil: 'load' });
    const ms = performance.now() - t0;
    process.stderr.write(`dashboard browser: ${rel} (${(statSync(join(out, rel)).size / 1024).toFixed(0)} KB) opened in ${ms.toFixed(0)} ms\n`);
    return ms;
  }

  it('dashboard.html opens and lists every place', async () => {
    await open('dashboard.html');
    await expect(page.locator('#places tbody tr').count()).resolves.toBe(PROVINCES.length);
    expect(problems).toEqual([]);
  }, 60_000);

  it('the largest place page opens with its charts drawn', async () => {
    const largest = readdirSync(join(out, 'dashboard')).sort(
      (a, b) => statSync(join(out, 'dashboard', b)).size - statSync(join(out, 'dashboard', a)).size,
    )[0] as string;
    await open(join('dashboard', largest));
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBeGreaterThan(10);
    const box = await charts.first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await expect(charts.first().locator('rect').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#attainment tbody tr:visible').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 60_000);
});
