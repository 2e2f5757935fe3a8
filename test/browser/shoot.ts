/**
 * Screenshots of a built report for people to look at:
 *   npx tsx test/browser/shoot.ts out/report out/screenshots [doc-id …]
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function fileUrl(...parts: string[]): string {
  return pathToFileURL(resolve(join(...parts))).href;
}

async function main(): Promise<void> {
  const [report = 'out/report', shots = 'out/screenshots', ...ids] = process.argv.slice(2);
  mkdirSync(shots, { recursive: true });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(fileUrl(report, 'index.html'));
    await page.screenshot({ path: join(shots, 'index.png'), fullPage: true });
    await page.goto(fileUrl(report, 'dashboard.html'));
    await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
    const docs = ids.length ? ids : readdirSync(join(report, 'docs')).map((f) => f.replace(/\.html$/, ''));
    for (const id of docs) {
      await page.goto(fileUrl(report, 'docs', `${id}.html`));
      const mark = page.locator('.doctext mark.rec').first();
      if (await mark.count()) {
        await mark.scrollIntoViewIfNeeded();
        await mark.click();
      }
      await page.screenshot({ path: join(shots, `doc-${id}.png`) });
      await page.screenshot({ path: join(shots, `doc-${id}-full.png`), fullPage: true });
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
