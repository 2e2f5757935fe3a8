/**
 * The dashboard at scale (issue 15): 10,000 documents make a small dashboard.html listing the places,
 * and one page per place with its charts and attainment rows; counts get whole-number ticks; the
 * charts show totals (the seeds' Tam Đường 2023 bar is 53, not the 49 active).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../pipeline/store.ts';
import { buildReport, type BuildSummary } from '../pipeline/report/build.ts';
import { niceTicks, renderChart } from '../pipeline/report/charts.ts';
import { runExtract } from '../pipeline/run.ts';
import { fillMany, PROVINCES } from './dashboard.fixture.ts';

let dir: string;
let out: string;
let summary: BuildSummary;
let seconds: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-dash-'));
  const file = join(dir, 'many.sqlite');
  const store = await Store.open(file);
  await fillMany(store, 10_000);
  await store.close();
  out = join(dir, 'report');
  const t0 = performance.now();
  summary = await buildReport({ db: file, out, only: 'dashboard' });
  seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`dashboard: 10,000 documents, ${summary.charts} charts on ${summary.pages.length} pages built in ${seconds.toFixed(1)} s\n`);
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const page = (rel: string): Document => new JSDOM(readFileSync(join(out, rel), 'utf8')).window.document;

describe('the dashboard of 10,000 documents', () => {
  it('dashboard.html lists every place, linked to its own page, and stays small', () => {
    expect(statSync(join(out, 'dashboard.html')).size).toBeLessThan(100_000);
    const doc = page('dashboard.html');
    const rows = [...doc.querySelectorAll('#places tbody tr')];
    expect(rows).toHaveLength(PROVINCES.length);
    for (const r of rows) {
      const href = r.querySelector('a')?.getAttribute('href') ?? '';
      expect(statSync(join(out, href)).isFile()).toBe(true);
    }
    // too many to inline: no chart on the overview
    expect(doc.querySelectorAll('figure.chart').length).toBe(0);
  }, 60_000);

  it("each place page holds its province's and districts' charts and its attainment rows, under 1 MB", () => {
    const files = readdirSync(join(out, 'dashboard'));
    expect(files).toHaveLength(PROVINCES.length);
    let charts = 0;
    for (const f of files) {
      expect(statSync(join(out, 'dashboard', f)).size).toBeLessThan(1_000_000);
      charts += (readFileSync(join(out, 'dashboard', f), 'utf8').match(/<figure class="chart"/gu) ?? []).length;
    }
    expect(charts).toBe(summary.charts);
    const qn = page('dashboard/quang_ninh.html');
    const titles = [...qn.querySelectorAll('figure.chart h4')].map((h) => h.textContent ?? '');
    expect(titles.every((t) => t.includes('Quảng Ninh'))).toBe(true);
    expect(titles.some((t) => t.includes('—'))).toBe(true); // its districts
    expect(qn.querySelectorAll('#attainment tbody tr').length).toBeGreaterThan(100);
    expect(qn.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe('../assets/report.css');
  }, 60_000);

  it('count charts have whole-number ticks only', () => {
    const doc = page('dashboard/lai_chau.html');
    const counts = [...doc.querySelectorAll('#m-count figure.chart svg')];
    expect(counts.length).toBeGreaterThan(0);
    for (const svg of counts) {
      const ticks = [...svg.querySelectorAll('text[text-anchor="end"]')].map((t) => t.textContent ?? '');
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(t).toMatch(/^\d{1,3}(\.\d{3})*$/u);
    }
  }, 60_000);
});

describe('ticks', () => {
  it.each([
    [3.45, true, [0, 1, 2, 3]],
    [1, true, [0, 1]],
    [61, true, [0, 20, 40, 60]],
    [1150, true, [0, 200, 400, 600, 800, 1000]],
    [2.3, false, [0, 0.5, 1, 1.5, 2]],
    [0.9, false, [0, 0.2, 0.4, 0.6, 0.8]],
  ])('niceTicks(%s, whole %s)', (top, whole, expected) => {
    expect(niceTicks(top, whole)).toEqual(expected);
  });

  it('a chart of 2 cooperatives has ticks 0, 1, 2, 3 (never 0,5)', () => {
    const svg = renderChart({
      metric: 'count',
      subject: 'lhhtx',
      unit: 'count',
      place: 'Điện Biên',
      district: null,
      documentLabel: null,
      formerly: [],
      bars: [{ year: 2025, status: 'target', value: 2, sources: ['T 2 liên hiệp HTX'] }],
    });
    const ticks = [...new JSDOM(svg).window.document.querySelectorAll('text[text-anchor="end"]')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '1', '2', '3']);
  });
});

describe("the seeds' dashboard", () => {
  it('Tam Đường 2023: the actual bar is 53 (in all), not 49 (active)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'chitieu-seeds-dash-'));
    try {
      const file = join(d, 'db.sqlite');
      await runExtract(['seeds/'], { db: file, workers: 0 });
      await buildReport({ db: file, out: join(d, 'report') });
      const doc = new JSDOM(readFileSync(join(d, 'report', 'dashboard', 'lai_chau.html'), 'utf8')).window.document;
      const fig = [...doc.querySelectorAll('#m-count figure.chart')].find((f) => (f.querySelector('h4')?.textContent ?? '').includes('Tam Đường'));
      const bar = [...(fig?.querySelectorAll('rect title') ?? [])].map((t) => t.textContent ?? '').find((t) => t.startsWith('2023 · Thực hiện'));
      expect(bar).toContain('A 53 HTX');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 60_000);
});
