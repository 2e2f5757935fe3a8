/** The index and document pages. */
import type { DocRow, DropRow, RecordRow, RunRow } from './data.ts';
import { DROP_REASONS, type DropReason } from '../../extractors/drops.ts';
import { FALLBACKS, type Fallback } from '../../extractors/certainty.ts';
import type { Span } from './highlight.ts';
import type { ReviewLayout } from './layout.ts';
import { parseDiagnostics } from './data.ts';
import {
  comparatorLabel,
  docTypeLabel,
  esc,
  fmtBase,
  fmtDate,
  fmtNumber,
  fmtPeriod,
  fmtValue,
  jsonForScript,
  metricLabel,
  metricLabelFull,
  placeLabel,
  sectorLabel,
  statusLabel,
  statusMark,
  subjectLabel,
  SUBJECT_LABELS,
} from './format.ts';
import { highlightText } from './highlight.ts';

/** How sure a record is, as the report names the level (extractors/certainty.ts). */
export const CERTAINTY_LABELS: Record<string, string> = { high: 'cao (high)', medium: 'trung bình (medium)', low: 'thấp (low)' };

/** The level and the fallbacks it comes from, in words. */
export function certaintyText(level: string | null, fallbacks: string): string {
  if (level === null) return 'chưa tính (not computed: stored before certainty; re-extract)';
  const used = fallbacks.split(' ').filter(Boolean);
  const why = used.map((f) => `${f}: ${Object.hasOwn(FALLBACKS, f) ? FALLBACKS[f as Fallback] : f}`);
  return `${CERTAINTY_LABELS[level] ?? level}${why.length ? ` — ${why.join('; ')}` : ' — mọi trường từ chính câu văn (every field from words near the figure)'}`;
}

/** What a document page shows besides the report's own: the dropped figures, and the review server's actions. */
export interface DocumentPageExtras {
  /** Figures the extractor dropped (the drops table): highlighted behind a toggle, and listed with their reasons. */
  drops?: readonly DropRow[];
  /** The review server's part (pipeline/review/pages.ts). */
  review?: {
    layout: ReviewLayout;
    /** An extra column of the records table: its header and each record's cell (HTML). */
    column: { head: string; cell: (r: RecordRow) => string };
    /** More spans to highlight (records reviewers added). */
    spans: Span[];
    /** HTML above the text (the reviewer's name, verdicts that no longer apply) and below the records table (additions, the form). */
    before: string;
    after: string;
  };
}
import { layout, statusLegend } from './layout.ts';
import { PATH_SEPARATOR } from '../store.ts';

/** A document's language as the report names it. */
export function langLabel(lang: string): string {
  if (lang === 'en') return 'Tiếng Anh (English)';
  if (lang === 'mixed') return 'Việt và Anh (mixed, by paragraph)';
  return 'Tiếng Việt (Vietnamese)';
}

export function docHref(d: { id: number; file_name: string }): string {
  return `docs/${d.id}.html`;
}

function failuresFor(d: DocRow, run: RunRow | undefined): { file: string; reason: string }[] {
  if (!run) return [];
  return run.failures.filter((f) => f.file === d.path || f.file === d.file_name || f.file.endsWith(`/${d.file_name}`));
}

function runBox(run: RunRow | undefined): string {
  if (!run) return `<div class="card"><b>Lần chạy gần nhất (last run):</b> <span class="muted">chưa có lần chạy nào được ghi lại.</span></div>`;
  const failed = run.failures.length;
  const rows = run.failures.map((f) => `<tr><td>${esc(f.file)}</td><td>${esc(f.reason)}</td></tr>`).join('\n');
  return `<div class="card" id="last-run">
  <h2 style="margin-top:0">Lần chạy gần nhất <span class="muted small">(last extract run #${run.id})</span></h2>
  <p class="small">Bắt đầu ${esc(run.started_at)}${run.finished_at ? ` · kết thúc ${esc(run.finished_at)}` : ' · <span class="warn">chưa kết thúc (unfinished)</span>'} · phiên bản ${esc(run.extractor_version)}</p>
  <p>Tệp: ${fmtNumber(run.files_total ?? 0)} tổng · ${fmtNumber(run.files_ok ?? 0)} thành công · ${fmtNumber(run.files_unchanged ?? 0)} không đổi ·
  <b class="${(run.files_failed ?? 0) > 0 ? 'bad' : 'ok'}">${fmtNumber(run.files_failed ?? 0)} lỗi (failed)</b> · ${fmtNumber(run.records_added ?? 0)} bản ghi mới</p>
  ${
    failed > 0
      ? `<details open><summary class="bad">${failed} tệp lỗi — lý do (failures)</summary>
  <table class="grid" id="failures"><thead><tr><th>Tệp (file)</th><th>Lý do (reason)</th></tr></thead><tbody>
  ${rows}
  </tbody></table></details>`
      : '<p class="ok">Không có tệp lỗi.</p>'
  }
</div>`;
}

export function indexPage(docs: readonly DocRow[], run: RunRow | undefined, generated: string, review?: ReviewLayout): string {
  const nT = docs.reduce((s, d) => s + d.n_targets, 0);
  const nA = docs.reduce((s, d) => s + d.n_actuals, 0);
  const places = new Set(docs.map((d) => d.province_today ?? d.province).filter((p) => p)).size;
  const noPlace = docs.filter((d) => !d.province_today && !d.province).length;
  const rows = docs
    .map((d) => {
      const fails = failuresFor(d, run);
      const diags = parseDiagnostics(d.diagnostics);
      const warn: string[] = [];
      if (fails.length) warn.push(`<span class="bad" title="${esc(fails.map((f) => f.reason).join('\n'))}">lỗi ở lần chạy cuối</span>`);
      if (!d.province_today && !d.province) warn.push('<span class="warn" title="Không so được với tài liệu khác trong bảng mức đạt">chưa rõ địa bàn</span>');
      if (diags.length) warn.push(`<span class="warn" title="${esc(diags.join('\n'))}">${diags.length} cảnh báo</span>`);
      return `<tr data-doc="${d.id}">
  <td><a href="${docHref(d)}">${esc(d.title ?? d.file_name)}</a>${d.title ? `<span class="base">${esc(d.file_name)}</span>` : ''}</td>
  <td>${esc(d.province ?? '')}</td><td>${esc(d.district ?? '')}</td><td>${esc(d.province_today ?? '')}</td>
  <td>${esc(docTypeLabel(d.doc_type))}${d.doc_number ? `<span class="base">${esc(d.doc_number)}</span>` : ''}<span class="base" data-lang="${esc(d.lang)}">${esc(langLabel(d.lang))}</span></td>
  <td class="n">${esc(fmtDate(d.issued))}</td>
  <td class="n">${esc(fmtPeriod(d.period_start, d.period_end, d.plan_year))}</td>
  <td class="n"><a href="${docHref(d)}">${fmtNumber(d.n_targets)}</a></td>
  <td class="n"><a href="${docHref(d)}">${fmtNumber(d.n_actuals)}</a></td>
  <td>${warn.join('<br>')}</td>
</tr>`;
    })
    .join('\n');
  const body = `<h1>Tài liệu <span class="muted small">(documents)</span></h1>
<p class="sub">Mỗi tài liệu đã trích xuất: địa bàn, loại văn bản, ngày ban hành, kỳ kế hoạch và số bản ghi chỉ tiêu (T) / thực hiện (A). Bấm tên tài liệu để xem văn bản với từng con số được đánh dấu.</p>
<div class="cards">
  <div class="card"><div class="num">${fmtNumber(docs.length)}</div>tài liệu <span class="muted">(documents)</span></div>
  <div class="card"><div class="num">${fmtNumber(places)}</div>tỉnh/thành <span class="muted">(provinces)</span>${noPlace ? `<div class="warn small">${fmtNumber(noPlace)} tài liệu chưa rõ địa bàn</div>` : ''}</div>
  <div class="card"><div class="num">${fmtNumber(nT)}</div><span class="badge t">T</span> chỉ tiêu <span class="muted">(targets)</span></div>
  <div class="card"><div class="num">${fmtNumber(nA)}</div><span class="badge a">A</span> thực hiện <span class="muted">(actuals)</span></div>
  <div class="card"><div class="num ${run?.failures.length ? 'bad' : ''}">${fmtNumber(run?.failures.length ?? 0)}</div>tệp lỗi lần chạy cuối <span class="muted">(failures)</span></div>
</div>
${runBox(run)}
<div class="toolbar"><label for="q">Tìm (search):</label><input id="q" type="search" placeholder="tên tỉnh, loại, tên tệp…" size="34"></div>
<table class="grid" id="docs">
<thead><tr><th>Tài liệu <span class="muted small">(file)</span></th><th>Tỉnh <span class="muted small">(province)</span></th><th>Huyện <span class="muted small">(district)</span></th><th>Tỉnh sau sáp nhập <span class="muted small">(province today)</span></th><th>Loại <span class="muted small">(type)</span></th><th class="n">Ngày ban hành <span class="muted small">(issued)</span></th><th class="n">Kỳ kế hoạch <span class="muted small">(period)</span></th><th class="n"><span class="badge t">T</span> Chỉ tiêu</th><th class="n"><span class="badge a">A</span> Thực hiện</th><th>Cảnh báo</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="10" class="muted">Chưa có tài liệu nào trong cơ sở dữ liệu. Chạy <code>npm run extract</code> trước.</td></tr>'}
</tbody>
</table>`;
  return layout({ title: 'Tài liệu', page: 'index', root: '', body, generated, ...(review ? { review } : {}) });
}

/** What the popover shows for a record: display strings only, computed here so the page script stays dumb. */
export interface RecordView {
  id: number;
  mark: string;
  statusCode: string;
  status: string;
  metric: string;
  subject: string;
  sector: string;
  year: string;
  value: string;
  base: string;
  comparator: string;
  quote: string;
  rules: string;
  section: string;
  check: string;
  certainty: string;
  certaintyLevel: string;
}

function quoteCheck(text: string, r: RecordRow): string {
  const at = text.slice(r.start, r.end);
  if (r.start < 0 || r.end > text.length || r.end <= r.start) return `vị trí [${r.start}, ${r.end}) nằm ngoài văn bản`;
  if (at !== r.quote) return `trích dẫn khác văn bản tại vị trí: «${at}»`;
  return '';
}

export function recordView(text: string, r: RecordRow): RecordView {
  const subj = Object.hasOwn(SUBJECT_LABELS, r.subject) ? SUBJECT_LABELS[r.subject as keyof typeof SUBJECT_LABELS].vi : r.subject;
  return {
    id: r.id,
    mark: statusMark(r.status),
    statusCode: r.status,
    status: statusLabel(r.status),
    metric: `${metricLabelFull(r.metric)} · ${subjectLabel(r.subject)}`,
    subject: `${subj} (${r.subject})`,
    sector: r.sector === null ? 'Tất cả lĩnh vực (all sectors)' : `${sectorLabel(r.sector)} (${r.sector})`,
    year: r.year === null ? '—' : String(r.year),
    value: fmtValue(r),
    base: fmtBase(r),
    comparator: `${comparatorLabel(r.comparator)} (${r.comparator})`,
    quote: r.quote,
    rules: r.rule,
    section: r.section_path,
    check: quoteCheck(text, r),
    certainty: certaintyText(r.certainty ?? null, r.fallbacks ?? ''),
    certaintyLevel: r.certainty ?? '',
  };
}

/** The dropped figures: a toggle that marks them in the text, and their list with reasons. */
function dropsSection(drops: readonly DropRow[]): { toggle: string; list: string } {
  if (drops.length === 0) return { toggle: '', list: '' };
  const reason = (r: string): string => (Object.hasOwn(DROP_REASONS, r) ? DROP_REASONS[r as DropReason] : r);
  const rows = drops
    .map(
      (d) =>
        `<tr data-drop="${d.id}"><td class="n"><a href="#d-${d.id}">${esc(d.start)}</a></td><td>${esc(d.quote)}</td><td>${esc(reason(d.reason))} <span class="muted small">${esc(d.reason)}</span>${d.kept_as_other ? ' <span class="muted small">(kept as metric other)</span>' : ''}</td><td class="small"><code>${esc(d.rule)}</code></td></tr>`,
    )
    .join('\n');
  return {
    toggle: `<label class="drops-toggle"><input type="checkbox" id="show-drops"> Hiện ${fmtNumber(drops.length)} số bị bỏ qua <span class="muted small">(dropped figures)</span></label>`,
    list: `<section id="drops" hidden>
<h2>Số bị bỏ qua <span class="muted small">(dropped figures — every number that gave no scored record, and why)</span></h2>
<table class="grid" id="drops-table">
<thead><tr><th class="n">Vị trí <span class="muted small">(offset)</span></th><th>Số <span class="muted small">(figure)</span></th><th>Lý do <span class="muted small">(reason)</span></th><th>Quy tắc <span class="muted small">(rule or step)</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`,
  };
}

export function documentPage(
  d: DocRow,
  text: string,
  records: readonly RecordRow[],
  run: RunRow | undefined,
  generated: string,
  extras: DocumentPageExtras = {},
): string {
  const views = records.map((r) => recordView(text, r));
  // a figure kept as metric other is shown as its record, not as a drop too
  const shown = new Set(records.map((r) => `${r.start}:${r.end}`));
  const drops = (extras.drops ?? []).filter((x) => !(x.kept_as_other && shown.has(`${x.start}:${x.end}`)));
  const review = extras.review;
  const dropSpans: Span[] = drops.map((x) => ({
    id: x.id,
    start: x.start,
    end: x.end,
    status: '',
    metric: '',
    kind: 'drop',
    title: `${x.reason} · ${x.rule}`,
  }));
  const marked = highlightText(text, [
    ...records.map((r) => ({ id: r.id, start: r.start, end: r.end, status: r.status, metric: r.metric })),
    ...dropSpans,
    ...(review?.spans ?? []),
  ]);
  const dropped = dropsSection(drops);
  const metrics = [...new Set(records.map((r) => r.metric))].sort((a, b) => metricLabel(a).localeCompare(metricLabel(b), 'vi'));
  const fails = failuresFor(d, run);
  const diags = parseDiagnostics(d.diagnostics);
  const bad = views.filter((v) => v.check).length;
  const rows = records
    .map((r, i) => {
      const v = views[i];
      if (!v) return '';
      const cls = r.status === 'target' ? 't' : 'a';
      // The innermost heading, the full path on hover (and in the popover).
      const parts = r.section_path ? r.section_path.split(PATH_SEPARATOR) : [];
      const last = parts[parts.length - 1] ?? '';
      const section = parts.length
        ? `<span title="${esc(r.section_path)}">${parts.length > 1 ? '<span class="muted">… › </span>' : ''}${esc(last)}</span>`
        : '';
      return `<tr id="row-${r.id}" data-rec="${r.id}" data-status="${esc(r.status)}" data-metric="${esc(r.metric)}" data-certainty="${esc(r.certainty ?? '')}">
  <td class="n"><a href="#r-${r.id}" title="Xem trong văn bản">#${i + 1}</a></td>
  <td><span class="badge ${cls}">${esc(v.mark)}</span> ${esc(r.status === 'target' ? 'Chỉ tiêu' : 'Thực hiện')}</td>
  <td>${esc(metricLabel(r.metric))} <span class="muted small">${esc(r.metric)}</span></td>
  <td>${esc(subjectLabel(r.subject))}</td>
  <td>${esc(r.sector === null ? '—' : sectorLabel(r.sector))}</td>
  <td class="n">${esc(r.year ?? '—')}</td>
  <td class="n">${esc(v.value)}<span class="base">${esc(v.base)}</span></td>
  <td>${esc(comparatorLabel(r.comparator))}</td>
  <td><a href="#r-${r.id}">${esc(r.quote)}</a>${v.check ? `<span class="base warn">⚠ ${esc(v.check)}</span>` : ''}</td>
  <td class="small">${section}</td>
  <td class="small"><code>${esc(r.rule)}</code></td>
  <td class="small" title="${esc(v.certainty)}"><span class="cert ${esc(r.certainty ?? 'none')}">${esc(r.certainty === null ? '—' : (CERTAINTY_LABELS[r.certainty] ?? r.certainty).split(' ')[0])}</span>${r.fallbacks ? `<span class="base">${esc(r.fallbacks)}</span>` : ''}</td>${review ? `\n  <td class="review-cell">${review.column.cell(r)}</td>` : ''}
</tr>`;
    })
    .join('\n');
  const body = `<p class="small"><a href="../index.html">← Danh sách tài liệu</a></p>
<h1>${esc(d.title ?? d.file_name)}</h1>
<div class="card">
<dl class="meta">
  <dt>Tệp (file)</dt><dd>${esc(d.file_name)} <span class="muted small">${esc(d.path)}</span></dd>
  <dt>Địa bàn (place)</dt><dd>${esc(placeLabel(d))}</dd>
  <dt>Loại (type)</dt><dd>${esc(docTypeLabel(d.doc_type))}${d.doc_number ? ` · số ${esc(d.doc_number)}` : ''}${d.issuer ? ` · ${esc(d.issuer)}` : ''}</dd>
  <dt>Ngôn ngữ (language)</dt><dd id="doc-lang" data-lang="${esc(d.lang)}">${esc(langLabel(d.lang))}</dd>
  <dt>Ngày ban hành (issued)</dt><dd>${esc(fmtDate(d.issued) || '—')}</dd>
  <dt>Kỳ kế hoạch (period)</dt><dd>${esc(fmtPeriod(d.period_start, d.period_end, d.plan_year) || '—')}</dd>
  <dt>Bản ghi (records)</dt><dd><span class="badge t">T</span> ${fmtNumber(d.n_targets)} chỉ tiêu · <span class="badge a">A</span> ${fmtNumber(d.n_actuals)} thực hiện${bad ? ` · <span class="warn">⚠ ${bad} bản ghi có vị trí không khớp trích dẫn</span>` : ''}</dd>
  <dt>Trích xuất (extracted)</dt><dd class="small">${esc(d.imported_at)} · phiên bản ${esc(d.extractor_version)} · định dạng ${esc(d.format)}</dd>
  ${fails.length ? `<dt class="bad">Lỗi lần chạy cuối</dt><dd class="bad">${fails.map((f) => esc(f.reason)).join('<br>')}</dd>` : ''}
  ${diags.length ? `<dt>Cảnh báo (diagnostics)</dt><dd><details><summary>${diags.length} cảnh báo</summary><ul class="small">${diags.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></details></dd>` : ''}
</dl>
</div>
${review?.before ?? ''}
<h2>Văn bản <span class="muted small">(text — each number found is highlighted; hover or click it)</span></h2>
${statusLegend()}
<div class="toolbar" role="search">
  <label for="f-status">Loại:</label>
  <select id="f-status"><option value="">Tất cả (all)</option><option value="target">T — Chỉ tiêu (target)</option><option value="actual">A — Thực hiện (actual)</option></select>
  <label for="f-metric">Chỉ số:</label>
  <select id="f-metric"><option value="">Tất cả (all)</option>${metrics.map((m) => `<option value="${esc(m)}">${esc(metricLabelFull(m))}</option>`).join('')}</select>
  <button type="button" id="prev" title="Số được đánh dấu trước (previous)">◀ Số trước</button>
  <button type="button" id="next" title="Số được đánh dấu tiếp theo (next)">Số tiếp ▶</button>
  <span class="muted">Đang hiện <b id="f-count">${records.length}</b> / ${records.length} bản ghi</span>
  ${dropped.toggle}
</div>
<div class="doctext" id="doctext"${d.lang === 'en' ? ' lang="en"' : ''}>${marked}</div>
<div id="pop" role="dialog" aria-live="polite"></div>
<h2>Bảng bản ghi <span class="muted small">(records — click a quote to see it in the text)</span></h2>
<table class="grid" id="records">
<thead><tr><th class="n">#</th><th>Loại</th><th>Chỉ số <span class="muted small">(metric)</span></th><th>Đối tượng</th><th>Lĩnh vực <span class="muted small">(sector)</span></th><th class="n">Năm</th><th class="n">Giá trị <span class="muted small">(value, base)</span></th><th>So sánh</th><th>Trích dẫn <span class="muted small">(quote)</span></th><th>Mục <span class="muted small">(section)</span></th><th>Quy tắc <span class="muted small">(rules)</span></th><th>Độ chắc <span class="muted small">(certainty)</span></th>${review ? review.column.head : ''}</tr></thead>
<tbody>
${rows || `<tr><td colspan="${review ? 13 : 12}" class="muted">Không có bản ghi nào cho tài liệu này.</td></tr>`}
</tbody>
</table>
${dropped.list}
${review?.after ?? ''}
<script type="application/json" id="records-data">${jsonForScript(views)}</script>`;
  return layout({ title: d.title ?? d.file_name, page: 'doc', root: '../', body, generated, ...(review ? { review: review.layout } : {}) });
}
