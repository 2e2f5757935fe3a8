/**
 * Dashboard charts: Observable Plot rendered to SVG at build time, with jsdom as the document.
 * One small chart per (metric, subject, unit, place): years across, target (T, hollow bar with a
 * solid outline) and actual (A, filled bar) side by side, each bar labelled with its value.
 * Places get their own y scale: a province with 1.000 HTX and a district with 20 share no axis.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import type { RecordRow } from './data.ts';
import { fmtMoneyShort, fmtNumber, fmtValue } from './format.ts';

export const MAIN_METRICS = ['count', 'members', 'income_avg', 'revenue_avg'] as const;

export interface Bar {
  year: number;
  status: 'target' | 'actual';
  value: number;
  /** Every record behind the bar, for the tooltip. */
  sources: string[];
}

export interface ChartGroup {
  metric: string;
  subject: string;
  unit: string;
  /** Null when the documents name no place: such a chart holds one document's figures only. */
  place: string | null;
  district: string | null;
  /** For a chart with no place: the document it comes from. */
  documentLabel: string | null;
  /** The provinces (before the 2025 reorganisation) the documents name, when they differ from place. */
  formerly: string[];
  bars: Bar[];
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Figures of documents with no known place are never pooled: each such document is its own "place". */
const placeKey = (r: RecordRow): string => r.place ?? `#doc${r.document_id}`;

/**
 * Group the records of the main metrics (totals only: all sectors, not a part such as the active
 * ones; with a year) into chart groups. When several records give a value for the same place, year
 * and status, the bar shows the one from the most recently issued document (ties: the last
 * imported), the first in that document's text, and the tooltip lists them all.
 */
export function chartGroups(records: readonly RecordRow[]): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  const pick = new Map<string, { rec: RecordRow; all: RecordRow[] }>();
  for (const r of records) {
    if (!(MAIN_METRICS as readonly string[]).includes(r.metric) || r.part !== 'total' || r.year === null) continue;
    if (r.status !== 'target' && r.status !== 'actual') continue;
    const gk = JSON.stringify([r.metric, r.subject, r.unit, placeKey(r), r.district]);
    let g = groups.get(gk);
    if (!g) {
      g = { metric: r.metric, subject: r.subject, unit: r.unit, place: r.place, district: r.district,
        documentLabel: r.place === null ? shorten(r.title ?? r.file_name, 70) : null, formerly: [], bars: [] };
      groups.set(gk, g);
    }
    if (r.province && g.place !== null && r.province !== g.place && !g.formerly.includes(r.province)) g.formerly.push(r.province);
    const bk = JSON.stringify([gk, r.year, r.status]);
    const cur = pick.get(bk);
    if (!cur) {
      pick.set(bk, { rec: r, all: [r] });
      continue;
    }
    cur.all.push(r);
    const newer = (r.issued ?? '') > (cur.rec.issued ?? '') || ((r.issued ?? '') === (cur.rec.issued ?? '') && r.document_id > cur.rec.document_id);
    if (newer) cur.rec = r;
  }
  for (const [bk, { rec, all }] of pick) {
    const gk = (JSON.parse(bk) as [string, number, string])[0];
    const g = groups.get(gk);
    if (!g || rec.year === null) continue;
    g.bars.push({
      year: rec.year,
      status: rec.status === 'target' ? 'target' : 'actual',
      value: rec.value,
      sources: all.map((x) => `${x.status === 'target' ? 'T' : 'A'} ${fmtValue(x)} — ${x.file_name}: «${x.quote}»`),
    });
  }
  const order = (m: string): number => (MAIN_METRICS as readonly string[]).indexOf(m);
  const subj = (s: string): number => ['htx', 'kttt', 'tht', 'lhhtx'].indexOf(s);
  return [...groups.values()]
    .map((g) => ({ ...g, bars: g.bars.sort((a, b) => a.year - b.year || (a.status === 'target' ? -1 : 1)) }))
    .sort((a, b) => order(a.metric) - order(b.metric) || subj(a.subject) - subj(b.subject) || a.unit.localeCompare(b.unit)
      || Number(a.place === null) - Number(b.place === null) || (a.place ?? '').localeCompare(b.place ?? '', 'vi')
      || (a.documentLabel ?? '').localeCompare(b.documentLabel ?? '') || (a.district ?? '').localeCompare(b.district ?? '', 'vi'));
}

export const COLORS = { target: '#1f5fa8', targetFill: '#dcebfb', actual: '#d2741c' } as const;

function short(unit: string, v: number): string {
  if (unit.startsWith('VND')) return fmtMoneyShort(v);
  if (unit.startsWith('percent')) return `${fmtNumber(v)}%`;
  return fmtNumber(v);
}

let dom: JSDOM | undefined;

/** Render one chart group to an SVG string. */
export function renderChart(g: ChartGroup): string {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const document = dom.window.document;
  const years = [...new Set(g.bars.map((b) => b.year))].sort((a, b) => a - b);
  const width = Math.max(240, 92 * years.length + 80);
  const max = Math.max(0, ...g.bars.map((b) => b.value));
  const targets = g.bars.filter((b) => b.status === 'target');
  const actuals = g.bars.filter((b) => b.status === 'actual');
  const common = { fx: 'year', x: 'status', y: 'value' } as const;
  const svg = Plot.plot({
    document,
    width,
    height: 230,
    marginLeft: 62,
    marginTop: 22,
    marginBottom: 36,
    style: { fontSize: '11px', fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif', background: 'white' },
    fx: { domain: years, label: null, tickFormat: (y: number) => String(y), padding: 0.15 },
    x: { domain: ['target', 'actual'], tickFormat: (s: string) => (s === 'target' ? 'T' : 'A'), label: null, padding: 0.1 },
    y: { domain: [0, max * 1.15 || 1], grid: true, label: null, tickFormat: (v: number) => short(g.unit, v), ticks: 4 },
    marks: [
      Plot.barY(targets, { ...common, fill: COLORS.targetFill, stroke: COLORS.target, strokeWidth: 1.5, inset: 2,
        title: (b: Bar) => `${b.year} · Chỉ tiêu (target)\n${b.sources.join('\n')}` }),
      Plot.barY(actuals, { ...common, fill: COLORS.actual, inset: 2,
        title: (b: Bar) => `${b.year} · Thực hiện (actual)\n${b.sources.join('\n')}` }),
      Plot.text(g.bars, { ...common, text: (b: Bar) => short(g.unit, b.value), dy: -7, fontSize: 10, fill: '#1d2330' }),
      Plot.ruleY([0]),
    ],
  });
  svg.setAttribute('role', 'img');
  return svg.outerHTML;
}
