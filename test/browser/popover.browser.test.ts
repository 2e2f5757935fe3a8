/**
 * The record popover in a real browser: it belongs to the figure it explains, so when the
 * page scrolls it moves with the text instead of staying fixed over the records table.
 * Skips (with a message) when /usr/bin/chromium is absent, like report.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Store } from '../../pipeline/store.ts';
import { buildReport } from '../../pipeline/report/build.ts';
import { fillHandMade, type HandMade } from '../report.fixture.ts';
import { CHROMIUM, fileUrl, launch } from './shoot.ts';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`popover browser test SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)\n`);

describe.skipIf(!haveChromium)('record popover in headless chromium', () => {
  let dir: string;
  let out: string;
  let hm: HandMade;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-popover-'));
    const store = await Store.open(join(dir, 'db.sqlite'));
    hm = await fillHandMade(store);
    await store.close();
    out = join(dir, 'report');
    await buildReport({ db: join(dir, 'db.sqlite'), out });
    browser = await launch();
    // a short window, so the page scrolls
    page = await browser.newPage({ viewport: { width: 1100, height: 600 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('moves with the page when it scrolls, and leaves with its figure instead of covering the records table', async () => {
    await page.goto(fileUrl(out, 'docs', `${hm.planId}.html`));
    const mark = page.locator('.doctext mark.rec', { hasText: '450 HTX' });
    // the figure a little down the window, so a scroll of 120 px keeps it in sight
    await mark.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + window.scrollY - 250));
    await mark.click();
    const pop = page.locator('#pop');
    await pop.waitFor({ state: 'visible', timeout: 5000 });

    const gap = async () => {
      const [m, p] = await Promise.all([mark.boundingBox(), pop.boundingBox()]);
      if (!m || !p) throw new Error('no box');
      return { gap: p.y - m.y, popY: p.y };
    };
    const before = await gap();
    const scrolled = await page.evaluate(() => {
      const y = window.scrollY;
      window.scrollBy(0, 120);
      return window.scrollY - y;
    });
    expect(scrolled).toBe(120);
    const after = await gap();
    // the popover keeps its place beside the figure, so it left the window's spot it had
    expect(Math.abs(after.gap - before.gap)).toBeLessThan(2);
    expect(before.popY - after.popY).toBeCloseTo(scrolled, 0);

    // scrolled on to the records table, the figure is out of the window: the popover goes with it
    await page.evaluate(() => window.scrollTo(0, (document.getElementById('records') as HTMLElement).getBoundingClientRect().top + window.scrollY));
    const m = await mark.boundingBox();
    expect((m?.y ?? 0) + (m?.height ?? 0)).toBeLessThan(0);
    // (the page's scroll handler runs on the next frame: wait for it rather than read the state at once)
    await pop.waitFor({ state: 'hidden', timeout: 5000 });
    await expect(pop.isVisible()).resolves.toBe(false);
  }, 30_000);
});
