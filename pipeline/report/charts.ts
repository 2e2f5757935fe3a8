/**
 * Dashboard charts, drawn as SVG text at build time (Observable Plot through jsdom took 13 ms a
 * chart: 40 s for the 3,000 charts of 10,000 documents).
 * One small chart per (metric, subject, unit, place, district): years across, target (T, hollow bar
 * with a solid outline) and actual (A, filled bar) side by side, each bar labelled with its value.
 * Places get their own y scale: a province with 1.000 HTX and a district with 20 share no axis;
 * counts get whole-number ticks.
 */
import type { BarRow } from './data.ts';
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

/**
 * Group the chosen bars (data.ts loadChartBars: totals only, one per place, year and status, from the
 * most recently issued document) into one chart per metric, subject, unit, place and district.
 * Figures of documents with no known place are never pooled: each such document is its own "place".
 * A bar's tooltip names its source, and how many other documents give a figure for it.
 */
export function chartGroups(bars: readonly BarRow[], formerly: readonly { place: string; district: string | null; province: string }[] = []): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  for (const r of bars) {
    const gk = JSON.stringify([r.metric, r.subject, r.unit, r.place ?? `#doc${r.document_id}`, r.district]);
    let g = groups.get(gk);
    if (!g) {
      g = {
        metric: r.metric,
        subject: r.subject,
        unit: r.unit,
        place: r.place,
        district: r.district,
        documentLabel: r.place === null ? shorten(r.title ?? r.file_name, 70) : null,
        formerly: r.place === null ? [] : [...new Set(formerly.filter((f) => f.place === r.place && f.district === r.district).map((f) => f.province))].sort(),
        bars: [],
      };
      groups.set(gk, g);
    }
    const others = r.n_docs - 1;
    g.bars.push({
      year: r.year,
      status: r.status,
      value: r.value,
      sources: [
        `${r.status === 'target' ? 'T' : 'A'} ${fmtValue(r)} — ${r.file_name}: «${r.quote}»${others > 0 ? ` (ban hành gần nhất; ${others} tài liệu khác cũng nêu)` : ''}`,
      ],
    });
  }
  const order = (m: string): number => (MAIN_METRICS as readonly string[]).indexOf(m);
  const subj = (s: string): number => ['htx', 'kttt', 'tht', 'lhhtx'].indexOf(s);
  return [...groups.values()]
    .map((g) => ({ ...g, bars: g.bars.sort((a, b) => a.year - b.year || (a.status === 'target' ? -1 : 1)) }))
    .sort(
      (a, b) =>
        order(a.metric) - order(b.metric) ||
        subj(a.subject) - subj(b.subject) ||
        a.unit.localeCompare(b.unit) ||
        Number(a.place === null) - Number(b.place === null) ||
        (a.place ?? '').localeCompare(b.place ?? '', 'vi') ||
        Number(a.district !== null) - Number(b.district !== null) ||
        (a.documentLabel ?? '').localeCompare(b.documentLabel ?? '') ||
        (a.district ?? '').localeCompare(b.district ?? '', 'vi'),
    );
}

export const COLORS = { target: '#1f5fa8', targetFill: '#dcebfb', actual: '#d2741c' } as const;

function short(unit: string, v: number): string {
  if (unit.startsWith('VND')) return fmtMoneyShort(v);
  if (unit.startsWith('percent')) return `${fmtNumber(v)}%`;
  return fmtNumber(v);
}

/** The ticks of a value axis from 0 to `top`: about four, a step of 1, 2 or 5 × 10ⁿ (whole numbers when `whole`). */
export function niceTicks(top: number, whole: boolean): number[] {
  const raw = (top > 0 ? top : 1) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  // the step of 1, 2 or 5 × 10ⁿ nearest (by ratio) to a quarter of the axis
  let step = [1, 2, 5, 10].map((m) => m * mag).reduce((a, b) => (Math.abs(Math.log(b / raw)) < Math.abs(Math.log(a / raw)) ? b : a));
  if (whole) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let k = 0; k * step <= top * (1 + 1e-9); k++) ticks.push(whole ? Math.round(k * step) : Number((k * step).toPrecision(12)));
  return ticks;
}

const xmlEsc = (v: string): string => v.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const FONT = '"Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif';

/**
 * Render one chart group to an SVG string: years across (bands with a gap), in each a target bar
 * (hollow, solid outline) and an actual bar (filled), each labelled with its value and with a
 * tooltip naming its source; a value axis from 0 with grid lines, whole-number ticks for counts.
 * Drawn as text (no DOM), so thousands of charts take a moment, not minutes.
 */
export function renderChart(g: ChartGroup): string {
  const years = [...new Set(g.bars.map((b) => b.year))].sort((a, b) => a - b);
  const width = Math.max(240, 92 * years.length + 80);
  const height = 230;
  const m = { left: 62, right: 12, top: 22, bottom: 36 };
  const max = Math.max(0, ...g.bars.map((b) => b.value));
  const counts = g.unit.startsWith('count');
  const ticks = niceTicks(counts ? Math.max(1, Math.ceil(max * 1.15)) : max * 1.15 || 1, counts);
  const top = Math.max(ticks[ticks.length - 1] ?? 1, max) || 1;
  const y = (v: number): number => m.top + (height - m.top - m.bottom) * (1 - v / top);
  const band = (width - m.left - m.right) / Math.max(1, years.length);
  const inner = band * 0.85;
  const slot = inner / 2;
  const barX = (year: number, status: Bar['status']): number => m.left + band * years.indexOf(year) + (band - inner) / 2 + (status === 'target' ? 0 : slot);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}' font-size="11" style="background:white">`,
  );
  out.push(`<title>${xmlEsc(`${g.place ?? g.documentLabel ?? ''}${g.district ? ` — ${g.district}` : ''}: ${g.metric}, ${g.subject}, ${g.unit}`)}</title>`);
  for (const t of ticks) {
    const ty = y(t).toFixed(1);
    out.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" stroke="#e3e6ec"/><text x="${m.left - 6}" y="${ty}" dy="0.32em" text-anchor="end" fill="#5b6475">${xmlEsc(short(g.unit, t))}</text>`,
    );
  }
  for (const b of g.bars) {
    const x = barX(b.year, b.status) + 2;
    const w = Math.max(1, slot - 4);
    const by = y(b.value);
    const h = Math.max(0, y(0) - by);
    const tip = `${b.year} · ${b.status === 'target' ? 'Chỉ tiêu (target)' : 'Thực hiện (actual)'}\n${b.sources.join('\n')}`;
    const paint = b.status === 'target' ? `fill="${COLORS.targetFill}" stroke="${COLORS.target}" stroke-width="1.5"` : `fill="${COLORS.actual}"`;
    out.push(`<rect x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" ${paint}><title>${xmlEsc(tip)}</title></rect>`);
    out.push(
      `<text x="${(x + w / 2).toFixed(1)}" y="${(by - 7).toFixed(1)}" text-anchor="middle" font-size="10" fill="#1d2330">${xmlEsc(short(g.unit, b.value))}</text>`,
    );
  }
  const base = y(0);
  for (const year of years) {
    for (const st of ['target', 'actual'] as const) {
      out.push(
        `<text x="${(barX(year, st) + slot / 2).toFixed(1)}" y="${(base + 13).toFixed(1)}" text-anchor="middle" fill="#5b6475">${st === 'target' ? 'T' : 'A'}</text>`,
      );
    }
    out.push(
      `<text x="${(m.left + band * years.indexOf(year) + band / 2).toFixed(1)}" y="${(base + 28).toFixed(1)}" text-anchor="middle" font-weight="600">${year}</text>`,
    );
  }
  out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${base.toFixed(1)}" y2="${base.toFixed(1)}" stroke="#1d2330"/>`);
  out.push('</svg>');
  return out.join('');
}
