import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../pipeline/store.ts';
import { buildReport } from '../pipeline/report/build.ts';
import type { BuildSummary } from '../pipeline/report/build.ts';
import { viewsFor } from '../pipeline/report/views.ts';
import { sql } from '../pipeline/db/kysely.ts';
import { Db } from '../pipeline/db/connect.ts';
import { migrate, MIGRATIONS } from '../pipeline/db/migrations.ts';
import { highlightText } from '../pipeline/report/highlight.ts';
import type { Span } from '../pipeline/report/highlight.ts';
import { esc, fmtMoney, fmtValue, jsonForScript } from '../pipeline/report/format.ts';
import { EVIL_TEXT, fillHandMade, PLAN_TEXT } from './report.fixture.ts';
import type { HandMade } from './report.fixture.ts';

let dir: string;
let dbFile: string;
let out: string;
let hm: HandMade;
let summary: BuildSummary;

function page(rel: string): Document {
  return new JSDOM(readFileSync(join(out, rel), 'utf8')).window.document;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-report-'));
  dbFile = join(dir, 'db.sqlite');
  out = join(dir, 'report');
  const store = await Store.open(dbFile);
  hm = await fillHandMade(store);
  await store.close();
  summary = await buildReport({ db: dbFile, out, now: new Date('2025-01-02T03:04:05Z') });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('report site', () => {
  it('writes the index, the dashboard, one page per document and its assets', () => {
    expect(summary.documents).toBe(2);
    expect(summary.records).toBe(hm.planRecords + hm.evilRecords);
    for (const rel of ['index.html', 'dashboard.html', `docs/${hm.planId}.html`, `docs/${hm.evilId}.html`, 'assets/report.css', 'assets/report.js']) {
      expect(existsSync(join(out, rel)), rel).toBe(true);
    }
  });

  it('references nothing outside the report (works offline from file://)', () => {
    for (const rel of summary.pages) {
      const html = readFileSync(join(out, rel), 'utf8');
      expect(html, rel).not.toMatch(/(src|href)="(https?:)?\/\//);
      const doc = new JSDOM(html).window.document;
      for (const el of doc.querySelectorAll('[src], link[href]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(existsSync(join(out, rel, '..', ref)), `${rel} → ${ref}`).toBe(true);
      }
    }
  });

  it('lists every document with its counts and the last run failures on the index', () => {
    const doc = page('index.html');
    const rows = doc.querySelectorAll('#docs tbody tr[data-doc]');
    expect(rows.length).toBe(2);
    const plan = doc.querySelector(`#docs tr[data-doc="${hm.planId}"]`);
    expect(plan?.textContent).toContain('Điện Biên');
    expect(plan?.textContent).toContain('04/09/2020');
    expect(plan?.textContent).toContain('2021–2025');
    expect(doc.querySelector('#failures')?.textContent).toContain('seeds/broken.pdf');
  });

  it('highlights exactly one <mark> per record, and keeps the text intact', () => {
    for (const [id, n, text] of [
      [hm.planId, hm.planRecords, PLAN_TEXT],
      [hm.evilId, hm.evilRecords, EVIL_TEXT],
    ] as const) {
      const doc = page(`docs/${id}.html`);
      const marks = doc.querySelectorAll('.doctext mark.rec');
      expect(marks.length).toBe(n);
      expect(doc.querySelector('.doctext')?.textContent).toBe(text.normalize('NFC'));
      const rows = doc.querySelectorAll('#records tbody tr[data-rec]');
      expect(rows.length).toBe(n);
      for (const row of rows) {
        const href = row.querySelector('a[href^="#r-"]')?.getAttribute('href') ?? '';
        expect(doc.getElementById(href.slice(1))?.tagName).toBe('MARK');
      }
    }
  });

  it('marks targets and actuals apart without colour: class, and a T/A letter', () => {
    const doc = page(`docs/${hm.planId}.html`);
    const db = new Database(dbFile, { readonly: true });
    const recs = db.prepare('SELECT id, status FROM targets WHERE document_id = ?').all(hm.planId) as { id: number; status: string }[];
    db.close();
    for (const r of recs) {
      const m = doc.getElementById(`r-${r.id}`);
      expect(m?.classList.contains(r.status === 'target' ? 't' : 'a')).toBe(true);
      expect(m?.getAttribute('data-m')).toBe(r.status === 'target' ? 'T' : 'A');
    }
    const css = readFileSync(join(out, 'assets/report.css'), 'utf8');
    expect(css).toMatch(/mark\.rec\.a[^{]*\{[^}]*dashed/);
  });

  it('embeds each record for the popover, with the normalised value', () => {
    const doc = page(`docs/${hm.planId}.html`);
    const data = JSON.parse(doc.getElementById('records-data')?.textContent ?? '[]') as { id: number; value: string; base: string; rules: string }[];
    expect(data.length).toBe(hm.planRecords);
    const rev = data.find((r) => r.value.startsWith('1.715 triệu đồng'));
    expect(rev?.base).toBe('1.715.000.000 VND/year');
  });

  it('escapes everything that comes from documents', () => {
    for (const rel of ['index.html', `docs/${hm.evilId}.html`, 'dashboard.html']) {
      const html = readFileSync(join(out, rel), 'utf8');
      expect(html, rel).not.toContain('<script>alert');
      expect(html, rel).not.toContain('<img src=x');
      expect(html, rel).not.toContain('<b>evil');
      const doc = new JSDOM(html).window.document;
      expect(doc.querySelectorAll('img').length, rel).toBe(0);
      for (const s of doc.querySelectorAll('script')) {
        expect(
          s.getAttribute('src') === '../assets/report.js' || s.getAttribute('src') === 'assets/report.js' || s.getAttribute('type') === 'application/json',
          rel,
        ).toBe(true);
      }
    }
    const doc = page(`docs/${hm.evilId}.html`);
    expect(doc.querySelector('.doctext')?.textContent).toContain('<script>alert("xss")</script>');
    expect(doc.querySelector('.doctext')?.textContent).toContain('"><img src=x onerror=alert(1)>');
    expect(doc.querySelector('h1')?.textContent).toBe('<script>alert("title")</script>');
    const data = JSON.parse(doc.getElementById('records-data')?.textContent ?? '[]') as { quote: string; section: string }[];
    expect(data.some((r) => r.quote.includes('</script><b>'))).toBe(true);
    expect(data.some((r) => r.section.includes('<script>alert(5)</script>'))).toBe(true);
  });

  it('draws the dashboard charts as SVG and the attainment table', () => {
    const doc = page('dashboard.html');
    const charts = doc.querySelectorAll('figure.chart svg');
    expect(charts.length).toBeGreaterThan(0);
    expect(summary.charts).toBe(charts.length);
    expect(doc.querySelectorAll('#m-count figure.chart').length).toBeGreaterThan(0);
    const rows = [...doc.querySelectorAll('#attainment tbody tr')];
    const hit = rows.find((r) => r.getAttribute('data-has-actual') === '1');
    expect(hit?.textContent).toContain('400 HTX');
    expect(hit?.textContent).toContain('Chưa đạt');
  });
});

describe('views', () => {
  it('v_targets_all joins every record with its document; v_targets leaves metric = other out', () => {
    const db = new Database(dbFile);
    const rows = db.prepare('SELECT * FROM v_targets_all').all() as {
      file_name: string;
      province_today: string;
      metric_rule: string;
      rule: string;
      metric: string;
    }[];
    expect(rows.length).toBe(hm.planRecords + hm.evilRecords);
    const others = rows.filter((r) => r.metric === 'other').length;
    expect(others).toBeGreaterThan(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM v_targets').get() as { n: number }).n).toBe(rows.length - others);
    expect(rows.every((r) => r.file_name && r.province_today === 'Điện Biên')).toBe(true);
    expect(rows.some((r) => r.rule === 'metric.count status.phan_dau' && r.metric_rule === 'metric.count')).toBe(true);
    db.close();
  });

  it('v_attainment pairs a target with the latest actual for the same key', () => {
    const db = new Database(dbFile);
    const rows = db.prepare("SELECT * FROM v_attainment WHERE metric = 'count' AND year = 2021").all() as {
      target_value: number;
      actual_value: number;
      actual_count: number;
      gap: number;
      ratio: number;
      attained: number;
      actual_file_name: string;
    }[];
    expect(rows.length).toBe(1);
    const r = rows[0];
    expect(r?.target_value).toBe(400);
    // Two documents report an actual for 2021: 380 (issued 2020-09-04) and 53 (issued 2021-12-31): the later wins.
    expect(r?.actual_count).toBe(2);
    expect(r?.actual_value).toBe(53);
    expect(r?.gap).toBe(-347);
    expect(r?.ratio).toBeCloseTo(53 / 400);
    expect(r?.attained).toBe(0);
    const none = db.prepare("SELECT actual_value, gap, ratio, attained FROM v_attainment WHERE metric = 'count' AND year = 2025").get();
    expect(none).toEqual({ actual_value: null, gap: null, ratio: null, attained: null });
    db.close();
  });

  it('sector is matched null-safely and targets without a year are left out', async () => {
    const s = await Store.open(join(dir, 'sector.sqlite'));
    const text = 'Nông nghiệp có 10 HTX; phấn đấu 12 HTX; chung 30 HTX.';
    const mk = (quote: string, status: 'target' | 'actual', sector: 'agriculture' | null, year: number | null, value: number) => ({
      subject: 'htx' as const,
      metric: 'count' as const,
      sector,
      status,
      year,
      unit: 'count' as const,
      value,
      value_max: null,
      comparator: 'eq' as const,
      quote,
      sentence: text,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
      section_path: [],
      rules: ['t'],
    });
    await s.saveDocument(
      {
        path: 'x.txt',
        file_name: 'x.txt',
        content_hash: 'h',
        format: 'txt',
        encoding: 'utf-8',
        text,
        extractor_version: 'v',
        diagnostics: [],
        meta: {
          title: null,
          doc_type: 'other',
          doc_number: null,
          issuer: null,
          issued: null,
          plan_year: null,
          period_start: null,
          period_end: null,
          province: 'A',
          district: null,
          province_today: null,
        },
      },
      [
        mk('10 HTX', 'actual', 'agriculture', 2024, 10),
        mk('12 HTX', 'target', 'agriculture', 2024, 12),
        mk('30 HTX', 'target', null, 2024, 30),
        mk('30 HTX', 'target', null, null, 31),
      ],
    );
    const rows = (await sql`SELECT place, sector, target_value, actual_value FROM v_attainment ORDER BY target_value`.execute(s.db.q)).rows;
    expect(rows).toEqual([
      { place: 'A', sector: 'agriculture', target_value: 12, actual_value: 10 },
      { place: 'A', sector: null, target_value: 30, actual_value: null },
    ]);
    await s.close();
  });

  it('a document with no place is compared with itself only, never pooled with other unplaced documents', async () => {
    const s = await Store.open(join(dir, 'noplace.sqlite'));
    const text = 'Năm 2024 phấn đấu 20 HTX; đạt 18 HTX.';
    const mk = (quote: string, status: 'target' | 'actual', value: number) => ({
      subject: 'htx' as const,
      metric: 'count' as const,
      sector: null,
      status,
      year: 2024,
      unit: 'count' as const,
      value,
      value_max: null,
      comparator: 'eq' as const,
      quote,
      sentence: text,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
      section_path: [],
      rules: ['t'],
    });
    const meta = {
      title: null,
      doc_type: 'other' as const,
      doc_number: null,
      issuer: null,
      issued: null,
      plan_year: null,
      period_start: null,
      period_end: null,
      province: null,
      district: null,
      province_today: null,
    };
    // (two texts: one text is one document)
    const d = (path: string) => ({
      path,
      file_name: path,
      content_hash: path,
      format: 'txt',
      encoding: 'utf-8',
      text: `${text}\n${path}`,
      extractor_version: 'v',
      diagnostics: [],
      meta,
    });
    await s.saveDocument(d('a.txt'), [mk('20 HTX', 'target', 20), mk('18 HTX', 'actual', 18)]);
    await s.saveDocument(d('b.txt'), [mk('20 HTX', 'target', 25)]);
    const rows = (await sql`SELECT target_file_name, place, target_value, actual_value FROM v_attainment ORDER BY target_file_name`.execute(s.db.q)).rows;
    expect(rows).toEqual([
      { target_file_name: 'a.txt', place: null, target_value: 20, actual_value: 18 },
      { target_file_name: 'b.txt', place: null, target_value: 25, actual_value: null },
    ]);
    await s.close();
  });

  it('migrations are applied once, and an outdated view is recreated with the views after it', async () => {
    const db = await Db.open(dbFile);
    try {
      expect(await migrate(db)).toEqual({ applied: [], views: [] });
      expect((await db.q.selectFrom('schema_migrations').select('version').orderBy('version').execute()).map((r) => r.version)).toEqual(
        MIGRATIONS.map((m) => m.version),
      );
      // a view made by an older chitieu: another definition than the current one
      const raw = new Database(dbFile);
      raw.exec(
        "DROP VIEW v_attainment; DROP VIEW v_targets; DROP VIEW v_targets_all; CREATE VIEW v_targets_all AS SELECT 1 AS old; UPDATE schema_views SET digest = 'older' WHERE name = 'v_targets_all'",
      );
      raw.close();
      expect(await migrate(db)).toEqual({ applied: [], views: viewsFor(db.dialect).map((v) => v.name) });
      expect(await migrate(db)).toEqual({ applied: [], views: [] });
      const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM v_targets_all`.execute(db.q);
      expect(rows[0]?.n).toBe(hm.planRecords + hm.evilRecords);
    } finally {
      await db.close();
    }
  });
});

describe('highlightText', () => {
  const text = 'abcdefghij';
  const sp = (id: number, start: number, end: number): Span => ({ id, start, end, status: id % 2 ? 'target' : 'actual', metric: 'count' });
  const dom = (html: string): Element => {
    const d = new JSDOM(`<div>${html}</div>`).window.document;
    return d.querySelector('div') as Element;
  };

  it.each([
    ['disjoint', [sp(1, 0, 2), sp(2, 4, 6)]],
    ['identical', [sp(1, 2, 5), sp(2, 2, 5), sp(3, 2, 5)]],
    ['nested', [sp(1, 0, 8), sp(2, 2, 4), sp(3, 2, 8)]],
    ['crossing', [sp(1, 0, 5), sp(2, 3, 8), sp(3, 4, 10)]],
    ['empty and out of range', [sp(1, 3, 3), sp(2, -4, 2), sp(3, 8, 99), sp(4, 50, 60)]],
  ])('%s spans: one mark per record, text unchanged', (_name, spans) => {
    const el = dom(highlightText(text, spans));
    expect(el.querySelectorAll('mark.rec').length).toBe(spans.length);
    expect(el.textContent).toBe(text);
    for (const s of spans) expect(el.querySelector(`#r-${s.id}`)).not.toBeNull();
  });

  it('a crossing span is continued, and covers exactly its characters', () => {
    const el = dom(highlightText(text, [sp(1, 0, 5), sp(2, 3, 8)]));
    const covered = [...el.querySelectorAll('[data-rec="2"]')].map((n) => n.textContent).join('');
    expect(covered).toBe('defgh');
    // The T/A letter goes on the last piece of each record, once.
    for (const id of ['1', '2']) {
      const pieces = [...el.querySelectorAll(`[data-rec="${id}"]`)];
      expect(pieces.filter((n) => n.classList.contains('end'))).toEqual([pieces[pieces.length - 1]]);
    }
  });

  it('escapes the text', () => {
    expect(highlightText('<b>&"', [sp(1, 0, 3)])).toBe(
      '<mark id="r-1" class="rec t end" data-rec="1" data-status="target" data-metric="count" data-m="T" tabindex="0">&lt;b&gt;</mark>&amp;&quot;',
    );
  });
});

describe('format', () => {
  it('writes money and ranges the Vietnamese way', () => {
    expect(fmtMoney(1715000000)).toBe('1.715 triệu đồng');
    expect(fmtMoney(350e9)).toBe('350 tỷ đồng');
    expect(fmtValue({ value: 60000000, value_max: null, unit: 'VND/year', metric: 'income_avg', subject: 'htx' })).toBe('60 triệu đồng/năm');
    expect(fmtValue({ value: 600, value_max: 800, unit: 'count', metric: 'workers', subject: 'htx' })).toBe('600 – 800 lao động');
    expect(fmtValue({ value: 0.53, value_max: null, unit: 'percent', metric: 'grdp_share', subject: 'kttt' })).toBe('0,53%');
  });

  it('escapes HTML and script-embedded JSON', () => {
    expect(esc(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect(jsonForScript({ q: '</script><!--' })).not.toMatch(/[<>]/);
    expect(JSON.parse(jsonForScript({ q: '</script>\u2028' }))).toEqual({ q: '</script>\u2028' });
  });
});
