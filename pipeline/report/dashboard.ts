/**
 * The dashboard: charts of the main metrics and the attainment table, one page per place
 * (dashboard/<place>.html: the province's own charts, its districts', and its attainment rows), and
 * dashboard.html with the list of places and their key figures. A small database (a few charts and
 * attainment rows) also gets everything on dashboard.html itself, so it stays one click away; a large
 * one (10,000 documents: 63 places, thousands of charts) keeps every page small and quick to open.
 */
import type { AttainmentRow, BarRow } from './data.ts';
import { chartGroups, COLORS, MAIN_METRICS, renderChart, type ChartGroup } from './charts.ts';
import { comparatorSymbol, esc, fmtMoney, fmtNumber, fmtValue, metricLabel, metricLabelFull, sectorLabel, slug, subjectLabel, unitLabel } from './format.ts';
import { layout } from './layout.ts';

function chartLegend(): string {
  return `<div class="legend small" role="note">
  <span class="sw"><svg width="22" height="14" aria-hidden="true"><rect x="1" y="1" width="20" height="12" fill="${COLORS.targetFill}" stroke="${COLORS.target}" stroke-width="1.5"/></svg><b>T</b> = Chỉ tiêu <span class="muted">(target — cột rỗng viền liền)</span></span>
  <span class="sw"><svg width="22" height="14" aria-hidden="true"><rect x="1" y="1" width="20" height="12" fill="${COLORS.actual}"/></svg><b>A</b> = Thực hiện <span class="muted">(actual — cột tô đặc)</span></span>
  <span class="muted">Mỗi biểu đồ một địa bàn, trục tung riêng · rê chuột lên cột để xem nguồn (hover a bar for its sources)</span>
</div>`;
}

const HEADINGS: Record<string, string> = {
  count: 'Số hợp tác xã, tổ hợp tác <span class="muted small">(number of cooperatives)</span>',
  members: 'Số thành viên <span class="muted small">(members)</span>',
  income_avg: 'Thu nhập bình quân của thành viên, người lao động <span class="muted small">(average income per person)</span>',
  revenue_avg: 'Doanh thu bình quân một HTX <span class="muted small">(average revenue per cooperative)</span>',
};

function cmp(c: string): string {
  return c === 'eq' ? '' : `${comparatorSymbol(c)} `;
}

function placeTitle(place: string, district: string | null): string {
  return district ? `${district} — ${place}` : place;
}

const UNKNOWN_PLACE = 'Chưa rõ địa bàn';

function signed(n: number, s: string): string {
  return n > 0 ? `+${s}` : n < 0 ? `−${s.replace(/^-/, '')}` : s;
}

function fmtGap(a: AttainmentRow): string {
  if (a.gap === null) return '';
  if (a.unit.startsWith('VND')) return signed(a.gap, fmtMoney(Math.abs(a.gap)));
  if (a.unit.startsWith('percent')) return signed(a.gap, `${fmtNumber(Math.abs(a.gap))} điểm %`);
  return signed(
    a.gap,
    fmtValue({ value: Math.abs(a.gap), value_max: null, unit: a.unit === 'count/year' ? 'count' : a.unit, metric: a.metric, subject: a.subject }),
  );
}

function val(a: AttainmentRow, v: number, vmax: number | null, unit = a.unit): string {
  return fmtValue({ value: v, value_max: vmax, unit, metric: a.metric, subject: a.subject });
}

/** Whole or part (extractors/part.ts), as the table names it; nothing for a total. */
const PART_LABELS: Record<string, string> = {
  sector: 'cả lĩnh vực',
  active: 'đang hoạt động',
  effective: 'hoạt động hiệu quả',
  part: 'một phần (trong đó)',
};

/** Which rule chose the actual among several documents, in words. */
function ruleLabel(a: AttainmentRow): string {
  if (a.actual_rule === null || (a.actual_count <= 1 && !a.actual_rule.includes('first of'))) return '';
  const why = a.actual_rule.startsWith('latest_issued') ? 'ban hành gần nhất' : 'nhập gần nhất';
  return `<span class="base" title="${esc(a.actual_rule)}">${why} trong ${a.actual_count} tài liệu</span>`;
}

function attainmentTable(rows: readonly AttainmentRow[], root: string): string {
  const withActual = rows.filter((r) => r.actual_value !== null).length;
  const met = rows.filter((r) => r.attained === 1).length;
  const missed = rows.filter((r) => r.attained === 0).length;
  const body = rows
    .map((a) => {
      const has = a.actual_value !== null;
      const status =
        a.attained === null
          ? '<span class="muted">— chưa có số thực hiện</span>'
          : a.attained
            ? '<span class="ok">✓ Đạt</span>'
            : '<span class="bad">✗ Chưa đạt</span>';
      const pct = a.ratio === null ? '' : `${fmtNumber(Math.round(a.ratio * 1000) / 10)}%`;
      const bar =
        a.ratio === null
          ? ''
          : `<span class="ratio${a.attained ? '' : ' under'}" aria-hidden="true"><span style="width:${Math.max(0, Math.min(100, a.ratio * 100)).toFixed(0)}%"></span></span>`;
      return `<tr data-has-actual="${has ? 1 : 0}">
  <td>${a.place === null ? `<span class="warn">${UNKNOWN_PLACE}</span><span class="base">chỉ so trong cùng tài liệu</span>` : esc(placeTitle(a.place, a.district))}${a.province && a.province !== a.place ? `<span class="base">${esc(a.province)} cũ</span>` : ''}</td>
  <td>${esc(metricLabel(a.metric))} · ${esc(subjectLabel(a.subject))}${PART_LABELS[a.part] ? ` · <i>${esc(PART_LABELS[a.part])}</i>` : ''}<span class="base">${esc(a.metric)}${a.part === 'total' ? '' : ` · ${esc(a.part)}`}</span></td>
  <td>${esc(a.sector === null ? 'Tất cả' : sectorLabel(a.sector))}</td>
  <td class="n">${a.year}${a.match_rule === 'yearly_goal_each_year' ? `<span class="base">chỉ tiêu mỗi năm (đến ${a.target_year})</span>` : ''}</td>
  <td class="n"><a href="${root}docs/${a.target_document_id}.html#r-${a.target_id}" title="${esc(a.target_file_name)}: «${esc(a.target_quote)}»">${esc(cmp(a.target_comparator))}${esc(val(a, a.target_value, a.target_value_max))}</a></td>
  <td class="n">${has && a.actual_value !== null ? `<a href="${root}docs/${a.actual_document_id ?? ''}.html#r-${a.actual_id ?? ''}" title="${esc(a.actual_file_name ?? '')}: «${esc(a.actual_quote ?? '')}»">${esc(val(a, a.actual_value, null, a.actual_unit ?? a.unit))}</a>${ruleLabel(a)}` : ''}</td>
  <td class="n">${esc(fmtGap(a))}</td>
  <td class="n">${pct}${bar}</td>
  <td>${status}</td>
  <td class="small"><span class="badge t">T</span> <a href="${root}docs/${a.target_document_id}.html">${esc(a.target_file_name)}</a>${has ? `<br><span class="badge a">A</span> <a href="${root}docs/${a.actual_document_id ?? ''}.html">${esc(a.actual_file_name ?? '')}</a>` : ''}</td>
</tr>`;
    })
    .join('\n');
  return `<h2 id="attainment-h">Mức đạt chỉ tiêu <span class="muted small">(attainment: target for year Y vs the actual reported for the same place, subject, metric, sector, part and unit by any document)</span></h2>
<p class="sub">Mỗi chỉ tiêu của một năm được so với số thực hiện cùng địa bàn, đối tượng, chỉ số, lĩnh vực và đơn vị, từ bất kỳ tài liệu nào; tổng số chỉ so với tổng số, một phần (đang hoạt động, hoạt động hiệu quả, "trong đó") chỉ so với cùng phần đó. Nếu nhiều tài liệu cùng báo cáo, lấy tài liệu ban hành gần nhất (số tài liệu được ghi). Chỉ tiêu mỗi năm ("mỗi năm thành lập mới 30 HTX") được so với số của từng năm. Chênh lệch = thực hiện − chỉ tiêu; tỷ lệ = thực hiện / chỉ tiêu. Bấm số để mở câu trích dẫn trong văn bản.</p>
<div class="cards">
  <div class="card"><div class="num">${fmtNumber(rows.length)}</div>chỉ tiêu có năm <span class="muted">(targets with a year)</span></div>
  <div class="card"><div class="num">${fmtNumber(withActual)}</div>đã có số thực hiện <span class="muted">(with an actual)</span></div>
  <div class="card"><div class="num ok">${fmtNumber(met)}</div>✓ đạt <span class="muted">(met)</span></div>
  <div class="card"><div class="num bad">${fmtNumber(missed)}</div>✗ chưa đạt <span class="muted">(not met)</span></div>
</div>
<div class="toolbar"><label><input type="checkbox" id="only-actual" ${withActual > 0 ? 'checked' : ''}> Chỉ hiện chỉ tiêu đã có số thực hiện (only targets with an actual)</label></div>
<table class="grid" id="attainment">
<thead><tr><th>Địa bàn</th><th>Chỉ số</th><th>Lĩnh vực</th><th class="n">Năm</th><th class="n"><span class="badge t">T</span> Chỉ tiêu</th><th class="n"><span class="badge a">A</span> Thực hiện</th><th class="n">Chênh lệch (gap)</th><th class="n">Tỷ lệ (ratio)</th><th>Kết quả</th><th>Nguồn (T / A)</th></tr></thead>
<tbody>
${body || '<tr><td colspan="10" class="muted">Chưa có chỉ tiêu nào có năm.</td></tr>'}
</tbody>
</table>`;
}

function chartSections(groups: readonly ChartGroup[]): string {
  return MAIN_METRICS.map((m) => {
    const gs = groups.filter((g) => g.metric === m);
    const charts = gs
      .map(
        (g) => `<figure class="chart" data-metric="${esc(g.metric)}">
  <h4>${g.place === null ? `<span class="warn">${UNKNOWN_PLACE}</span> <span class="muted small">${esc(g.documentLabel ?? '')}</span>` : esc(placeTitle(g.place, g.district))}${g.formerly.length ? ` <span class="muted small">(${esc(g.formerly.join(', '))} cũ)</span>` : ''}</h4>
  <div class="small"><b>${esc(subjectLabel(g.subject))}</b> <span class="muted">· đơn vị: ${esc(unitLabel(g.unit))}</span></div>
  ${renderChart(g)}
</figure>`,
      )
      .join('\n');
    return `<section id="m-${m}">
<h3>${HEADINGS[m] ?? esc(metricLabelFull(m))}</h3>
${charts ? `<div class="charts">${charts}</div>` : '<p class="muted small">Chưa có số liệu (no data) cho chỉ số này.</p>'}
</section>`;
  }).join('\n');
}

const CHARTS_NOTE = `<p class="sub">Các chỉ số chính theo địa bàn và năm: số HTX, thành viên, thu nhập bình quân, doanh thu bình quân — chỉ tiêu và thực hiện đặt cạnh nhau. Chỉ tính tổng số (mọi lĩnh vực, không tính riêng phần đang hoạt động); nếu nhiều tài liệu cùng nêu một số, cột lấy tài liệu ban hành gần nhất.</p>`;

/** A database this small gets its charts and attainment table on dashboard.html itself too. */
export const INLINE_CHARTS = 40;
export const INLINE_ROWS = 400;

/** The pages of the dashboard, each with its path relative to the report's root. */
export interface DashboardPages {
  pages: { href: string; html: string }[];
  /** Charts drawn, over all pages (each chart once). */
  charts: number;
}

interface PlaceDash {
  place: string | null;
  href: string;
  groups: ChartGroup[];
  rows: AttainmentRow[];
  documents: number;
}

function placeSummary(p: PlaceDash): string {
  const count = p.groups.find((g) => g.metric === 'count' && g.subject === 'htx' && g.district === null && g.unit === 'count');
  const lastA = count?.bars.filter((b) => b.status === 'actual').at(-1);
  const lastT = count?.bars.filter((b) => b.status === 'target').at(-1);
  const met = p.rows.filter((r) => r.attained === 1).length;
  const missed = p.rows.filter((r) => r.attained === 0).length;
  const districts = new Set(p.groups.map((g) => g.district).filter((d) => d !== null)).size;
  return `<tr data-place="${esc(p.place ?? '')}">
  <td><a href="${esc(p.href)}">${p.place === null ? `<span class="warn">${UNKNOWN_PLACE}</span>` : esc(p.place)}</a>${districts ? `<span class="base">${fmtNumber(districts)} huyện</span>` : ''}</td>
  <td class="n">${fmtNumber(p.documents)}</td>
  <td class="n">${lastA ? `${fmtNumber(lastA.value)} <span class="base">${lastA.year}</span>` : ''}</td>
  <td class="n">${lastT ? `${fmtNumber(lastT.value)} <span class="base">${lastT.year}</span>` : ''}</td>
  <td class="n">${fmtNumber(p.groups.length)}</td>
  <td class="n">${fmtNumber(p.rows.length)}</td>
  <td class="n ok">${met ? fmtNumber(met) : ''}</td>
  <td class="n bad">${missed ? fmtNumber(missed) : ''}</td>
</tr>`;
}

export function dashboardPages(
  bars: readonly BarRow[],
  attainment: readonly AttainmentRow[],
  documentsByPlace: readonly { place: string | null; documents: number }[],
  generated: string,
  formerly: readonly { place: string; district: string | null; province: string }[] = [],
): DashboardPages {
  const groups = chartGroups(bars, formerly);
  const byPlace = new Map<string | null, PlaceDash>();
  const used = new Set<string>();
  const dash = (place: string | null): PlaceDash => {
    let d = byPlace.get(place);
    if (!d) {
      let name = place === null ? 'chua-ro-dia-ban' : slug(place).toLowerCase();
      for (let i = 2; used.has(name); i++) name = `${place === null ? 'chua-ro-dia-ban' : slug(place).toLowerCase()}-${i}`;
      used.add(name);
      d = { place, href: `dashboard/${name}.html`, groups: [], rows: [], documents: documentsByPlace.find((x) => x.place === place)?.documents ?? 0 };
      byPlace.set(place, d);
    }
    return d;
  };
  for (const g of groups) dash(g.place).groups.push(g);
  for (const r of attainment) dash(r.place).rows.push(r);
  const places = [...byPlace.values()].sort(
    (a, b) => Number(a.place === null) - Number(b.place === null) || (a.place ?? '').localeCompare(b.place ?? '', 'vi'),
  );

  const pages: { href: string; html: string }[] = [];
  for (const p of places) {
    const title = p.place === null ? UNKNOWN_PLACE : p.place;
    const body = `<p class="small"><a href="../dashboard.html">← Tổng hợp mọi địa bàn</a></p>
<h1>${esc(title)} <span class="muted small">(dashboard)</span></h1>
${p.place === null ? '<p class="sub warn">Tài liệu không rõ địa bàn: mỗi tài liệu là một biểu đồ riêng và chỉ so với chính nó.</p>' : ''}${CHARTS_NOTE}
${chartLegend()}
<h2>Biểu đồ <span class="muted small">(charts)</span></h2>
${chartSections(p.groups)}
${attainmentTable(p.rows, '../')}`;
    pages.push({ href: p.href, html: layout({ title: `${title} · Tổng hợp & mức đạt`, page: 'dashboard', root: '../', body, generated }) });
  }

  const inline = groups.length <= INLINE_CHARTS && attainment.length <= INLINE_ROWS;
  const withActual = attainment.filter((r) => r.actual_value !== null).length;
  const met = attainment.filter((r) => r.attained === 1).length;
  const missed = attainment.filter((r) => r.attained === 0).length;
  const body = `<h1>Tổng hợp &amp; mức đạt <span class="muted small">(dashboard)</span></h1>
${CHARTS_NOTE}
<div class="cards">
  <div class="card"><div class="num">${fmtNumber(places.filter((p) => p.place !== null).length)}</div>địa bàn <span class="muted">(places)</span></div>
  <div class="card"><div class="num">${fmtNumber(groups.length)}</div>biểu đồ <span class="muted">(charts)</span></div>
  <div class="card"><div class="num">${fmtNumber(attainment.length)}</div>chỉ tiêu có năm <span class="muted">(targets with a year)</span></div>
  <div class="card"><div class="num">${fmtNumber(withActual)}</div>đã có số thực hiện</div>
  <div class="card"><div class="num ok">${fmtNumber(met)}</div>✓ đạt</div>
  <div class="card"><div class="num bad">${fmtNumber(missed)}</div>✗ chưa đạt</div>
</div>
<h2>Theo địa bàn <span class="muted small">(by place: one page each, with its districts)</span></h2>
<div class="toolbar"><label for="q">Tìm địa bàn:</label><input id="q" type="search" placeholder="tên tỉnh…" size="24"></div>
<table class="grid" id="places">
<thead><tr><th>Địa bàn</th><th class="n">Tài liệu</th><th class="n"><span class="badge a">A</span> Số HTX mới nhất</th><th class="n"><span class="badge t">T</span> Chỉ tiêu số HTX xa nhất</th><th class="n">Biểu đồ</th><th class="n">Chỉ tiêu có năm</th><th class="n">✓ Đạt</th><th class="n">✗ Chưa đạt</th></tr></thead>
<tbody>
${places.map(placeSummary).join('\n') || '<tr><td colspan="8" class="muted">Chưa có số liệu.</td></tr>'}
</tbody>
</table>
${
  inline
    ? `${chartLegend()}
<h2>Biểu đồ <span class="muted small">(charts)</span></h2>
${chartSections(groups)}
${attainmentTable(attainment, '')}`
    : '<p class="sub">Chọn một địa bàn để xem biểu đồ và bảng mức đạt của nó.</p>'
}`;
  pages.unshift({ href: 'dashboard.html', html: layout({ title: 'Tổng hợp & mức đạt', page: 'dashboard', root: '', body, generated }) });
  return { pages, charts: groups.length };
}
