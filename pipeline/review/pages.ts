/**
 * The review server's pages: the report's document page (pipeline/report/pages.ts) with the
 * reviewer's actions on every record, the records reviewers added and the verdicts that no longer
 * apply; and the queue of records left to review, least certain first, across documents.
 * Every string from a document or the database goes through `esc` or `jsonForScript`; the page
 * script (pipeline/review/assets.ts) only sets textContent.
 */
import type { Db } from '../db/connect.ts';
import { COMPARATORS, METRICS, recordKey, SECTORS, STATUSES, SUBJECTS, UNITS, type RecordFields } from '../record.ts';
import { loadDocuments, loadDrops, loadLastRun, loadRecords, loadText, type DocRow, type RecordRow } from '../report/data.ts';
import {
  comparatorLabel,
  esc,
  fmtNumber,
  fmtValue,
  jsonForScript,
  metricLabel,
  metricLabelFull,
  sectorLabel,
  statusMark,
  subjectLabel,
  SUBJECT_LABELS,
  SECTOR_LABELS,
  UNIT_LABELS,
} from '../report/format.ts';
import type { Span } from '../report/highlight.ts';
import { layout, type ReviewLayout } from '../report/layout.ts';
import { CERTAINTY_LABELS, certaintyText, documentPage, indexPage } from '../report/pages.ts';
import { describeOrphan, fieldsOf, listOrphans, reviewQueue, verdictCounts, verdictsOfText, type VerdictRow } from '../verdicts.ts';

const VERDICT_LABELS: Record<string, string> = {
  accept: '✓ Đã chấp nhận (accepted)',
  reject: '✗ Đã bác bỏ (rejected)',
  correct: '✎ Đã sửa (corrected)',
  add: '+ Người duyệt đã thêm (added)',
};

function when(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/u, ' UTC');
}

/** "Chỉ tiêu · Số lượng · HTX · tất cả lĩnh vực · 2025 · 400 HTX (=)": one reading of a record. */
function reading(f: RecordFields): string {
  return [
    statusMark(f.status) === 'T' ? 'Chỉ tiêu' : 'Thực hiện',
    metricLabel(f.metric),
    subjectLabel(f.subject),
    sectorLabel(f.sector).toLowerCase(),
    f.year === null ? 'không năm' : String(f.year),
    `${fmtValue(f)} (${comparatorLabel(f.comparator)})`,
  ].join(' · ');
}

/** The reviewer's name (kept by the browser) and the line where the server's answers appear. */
function reviewerBar(): string {
  return `<div class="card review-bar" id="review-bar">
  <label for="reviewer"><b>Người duyệt</b> <span class="muted small">(reviewer — saved with every verdict)</span></label>
  <input id="reviewer" autocomplete="name" maxlength="80" size="24" placeholder="tên của bạn (your name)">
  <span id="review-status" role="status" aria-live="polite"></span>
</div>`;
}

function orphanList(orphans: readonly VerdictRow[], docLinks: Map<string, { id: number; file_name: string }>): string {
  if (orphans.length === 0) return '';
  const items = orphans
    .map((o) => {
      const doc = docLinks.get(o.text_hash);
      const link = doc ? ` <a href="/docs/${doc.id}.html">${esc(doc.file_name)}</a>` : '';
      return `<li data-orphan="${o.id}">${esc(describeOrphan(o))}${link}</li>`;
    })
    .join('\n');
  return `<div class="card orphans" id="orphans">
  <h2 style="margin-top:0" class="bad">${fmtNumber(orphans.length)} nhận định không còn áp dụng <span class="muted small">(verdicts that no longer apply — judge the records again)</span></h2>
  <ul class="small">${items}</ul>
</div>`;
}

/** The form for a correction or an addition: every field a select of the values the record schema allows. */
function fieldForm(): string {
  const opts = (values: readonly string[], label: (v: string) => string): string =>
    values.map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join('');
  const labelOf = <K extends string>(table: Record<K, unknown>, v: string, f: (x: unknown) => string): string =>
    Object.hasOwn(table, v) ? `${f(table[v as K])} (${v})` : v;
  return `<dialog id="review-dialog" aria-labelledby="review-dialog-title">
<form method="dialog" id="review-form">
  <h3 id="review-dialog-title">Sửa bản ghi</h3>
  <p class="small">Trích dẫn <span class="muted">(words)</span>: «<b id="rf-quote"></b>» <span id="rf-was" class="muted"></span></p>
  <div class="form-grid">
    <label for="rf-status">Loại <span class="muted small">(status)</span></label><select id="rf-status" name="status" required>${opts(STATUSES, (v) => (v === 'target' ? 'Chỉ tiêu (target)' : 'Thực hiện (actual)'))}</select>
    <label for="rf-metric">Chỉ số <span class="muted small">(metric)</span></label><select id="rf-metric" name="metric" required>${opts(METRICS, metricLabelFull)}</select>
    <label for="rf-subject">Đối tượng <span class="muted small">(subject)</span></label><select id="rf-subject" name="subject" required>${opts(SUBJECTS, (v) => labelOf(SUBJECT_LABELS, v, (x) => (x as { vi: string }).vi))}</select>
    <label for="rf-sector">Lĩnh vực <span class="muted small">(sector)</span></label><select id="rf-sector" name="sector"><option value="">Tất cả lĩnh vực (all sectors: null)</option>${opts(SECTORS, (v) => labelOf(SECTOR_LABELS, v, String))}</select>
    <label for="rf-year">Năm <span class="muted small">(year; blank: none)</span></label><input id="rf-year" name="year" type="number" min="1945" max="2100" step="1">
    <label for="rf-unit">Đơn vị <span class="muted small">(unit)</span></label><select id="rf-unit" name="unit" required>${opts(UNITS, (v) => labelOf(UNIT_LABELS, v, String))}</select>
    <label for="rf-value">Giá trị <span class="muted small">(value, base unit: đồng, %, count)</span></label><input id="rf-value" name="value" type="number" step="any" required>
    <label for="rf-value-max">Giá trị tối đa <span class="muted small">(value_max, a range only)</span></label><input id="rf-value-max" name="value_max" type="number" step="any">
    <label for="rf-comparator">So sánh <span class="muted small">(comparator)</span></label><select id="rf-comparator" name="comparator" required>${opts(COMPARATORS, (v) => `${comparatorLabel(v)} (${v})`)}</select>
  </div>
  <p id="rf-error" class="bad small" role="alert"></p>
  <menu class="form-actions"><button type="submit" id="rf-save" value="save">Lưu (save)</button> <button type="button" id="rf-cancel">Huỷ (cancel)</button></menu>
</form>
</dialog>`;
}

/** What the page script needs of a record to judge it: what the server checks it against. */
interface RecordData {
  key: string;
  start: number;
  end: number;
  quote: string;
  fields: RecordFields;
  /** The verdict the page shows (the server refuses a change made against another). */
  verdict: number | null;
  verdictKind: string | null;
}

function fieldsOfRow(r: RecordRow): RecordFields {
  return {
    subject: r.subject,
    metric: r.metric,
    sector: r.sector,
    status: r.status,
    year: r.year,
    unit: r.unit,
    value: r.value,
    value_max: r.value_max,
    comparator: r.comparator,
  };
}

/** A document page of the review server. */
export async function reviewDocumentPage(db: Db, doc: DocRow, textHash: string, review: ReviewLayout, generated: string): Promise<string> {
  const text = await loadText(db, doc.id);
  const records = await loadRecords(db, doc.id);
  const verdicts = await verdictsOfText(db.q, textHash);
  const onRecord = new Map(verdicts.filter((v) => v.state === 'applied' && v.target_id !== null).map((v) => [v.target_id as number, v]));
  const additions = verdicts.filter((v) => v.kind === 'add' && v.state === 'applied' && v.target_id === null);
  const orphans = verdicts.filter((v) => v.state === 'orphan');
  const data: Record<number, RecordData> = {};
  for (const r of records) {
    const v = onRecord.get(r.id);
    data[r.id] = {
      key: recordKey(fieldsOfRow(r)),
      start: r.start,
      end: r.end,
      quote: r.quote,
      fields: fieldsOfRow(r),
      verdict: v?.id ?? null,
      verdictKind: v?.kind ?? null,
    };
  }
  const cell = (r: RecordRow): string => {
    const v = onRecord.get(r.id);
    const corrected = v && (v.kind === 'correct' || v.kind === 'add') ? fieldsOf(v) : null;
    const state = v
      ? `<div class="verdict ${esc(v.kind)}" data-verdict="${v.id}">${esc(VERDICT_LABELS[v.kind] ?? v.kind)}<span class="base">${esc(v.reviewer)} · ${esc(when(v.created_at))}</span>${corrected && v.kind === 'correct' ? `<span class="base">→ ${esc(reading(corrected))}</span>` : ''}</div>`
      : '<div class="verdict none">chưa duyệt <span class="muted small">(not reviewed)</span></div>';
    return `${state}<div class="actions" data-id="${r.id}">
  <button type="button" data-act="accept" data-id="${r.id}" title="Chấp nhận (accept)">✓</button>
  <button type="button" data-act="reject" data-id="${r.id}" title="Bác bỏ (reject)">✗</button>
  <button type="button" data-act="correct" data-id="${r.id}" title="Sửa (correct)">✎</button>
</div>`;
  };
  const spans: Span[] = additions.map((a) => ({
    id: a.id,
    start: a.start,
    end: a.end,
    status: a.status ?? '',
    metric: a.metric ?? '',
    kind: 'added',
    title: `added by ${a.reviewer}`,
  }));
  const addRows = additions
    .map((a) => {
      const f = fieldsOf(a);
      return `<tr data-add="${a.id}"><td><a href="#a-${a.id}">${esc(a.quote)}</a></td><td>${f ? esc(reading(f)) : ''}</td><td>${esc(a.reviewer)}<span class="base">${esc(when(a.created_at))}</span></td>
  <td><div class="actions"><button type="button" data-act="amend" data-add="${a.id}">✎ Sửa</button> <button type="button" data-act="withdraw" data-add="${a.id}">Rút lại (withdraw)</button></div></td></tr>`;
    })
    .join('\n');
  const docOf = new Map([[textHash, doc]]);
  const before = `${reviewerBar()}
${orphanList(orphans, docOf)}
<div class="toolbar add-bar">
  <button type="button" id="add-selection" disabled>+ Thêm bản ghi từ chữ đã chọn <span class="small">(add a record: select its words in the text first)</span></button>
  <span id="selection-info" class="muted small">Chọn (bôi đen) con số và đơn vị của nó trong văn bản. (Select the figure and its unit in the text.)</span>
</div>`;
  const after = `<h2>Bản ghi người duyệt thêm <span class="muted small">(records reviewers added)</span></h2>
<table class="grid" id="additions"><thead><tr><th>Trích dẫn</th><th>Bản ghi</th><th>Người thêm</th><th>Thao tác</th></tr></thead>
<tbody>${addRows || '<tr><td colspan="4" class="muted">Chưa có. (None yet.)</td></tr>'}</tbody></table>
${fieldForm()}
<script type="application/json" id="review-data">${jsonForScript({
    document: { id: doc.id, text_hash: textHash },
    records: data,
    additions: Object.fromEntries(additions.map((a) => [a.id, { quote: a.quote, fields: fieldsOf(a) }])),
  })}</script>`;
  return documentPage(doc, text, records, await loadLastRun(db), generated, {
    drops: await loadDrops(db, doc.id),
    review: { layout: review, column: { head: '<th>Xét duyệt <span class="muted small">(review)</span></th>', cell }, spans, before, after },
  });
}

export async function reviewIndexPage(db: Db, review: ReviewLayout, generated: string): Promise<string> {
  return indexPage(await loadDocuments(db), await loadLastRun(db), generated, review);
}

/** The sentence with the words marked, cut around them. */
function context(sentence: string, quote: string): string {
  const at = sentence.indexOf(quote);
  if (at < 0) return esc(sentence.slice(0, 300));
  const from = Math.max(0, at - 160);
  const to = Math.min(sentence.length, at + quote.length + 160);
  return `${from > 0 ? '… ' : ''}${esc(sentence.slice(from, at))}<mark class="q">${esc(quote)}</mark>${esc(sentence.slice(at + quote.length, to))}${to < sentence.length ? ' …' : ''}`;
}

/** The queue: records without a verdict, least certain first, across documents; keyboard-driven. */
export async function queuePage(db: Db, review: ReviewLayout, generated: string, limit: number, offset: number): Promise<string> {
  const rows = await reviewQueue(db, limit, offset);
  const counts = await verdictCounts(db.q);
  const orphans = await listOrphans(db);
  // (an orphan whose text is still stored links to its document)
  const byHash = new Map<string, { id: number; file_name: string }>();
  for (const o of orphans) {
    const d = await db.q.selectFrom('documents').select(['id', 'file_name']).where('text_hash', '=', o.text_hash).orderBy('id').limit(1).executeTakeFirst();
    if (d) byHash.set(o.text_hash, d);
  }
  const data: Record<number, RecordData & { document: number; text_hash: string }> = {};
  const body = rows
    .map((r, i) => {
      const f: RecordFields = {
        subject: r.subject,
        metric: r.metric,
        sector: r.sector,
        status: r.status,
        year: r.year,
        unit: r.unit,
        value: r.value,
        value_max: r.value_max,
        comparator: r.comparator,
      };
      data[r.id] = {
        key: recordKey(f),
        start: r.start,
        end: r.end,
        quote: r.quote,
        fields: f,
        verdict: null,
        verdictKind: null,
        document: r.document_id,
        text_hash: r.text_hash,
      };
      const level = r.certainty ?? 'none';
      return `<tr class="q" data-id="${r.id}" data-text-hash="${esc(r.text_hash)}" tabindex="-1">
  <td class="n">${offset + i + 1}</td>
  <td><span class="cert ${esc(level)}" title="${esc(certaintyText(r.certainty, r.fallbacks))}">${esc(r.certainty === null ? '—' : (CERTAINTY_LABELS[r.certainty] ?? r.certainty))}</span>${r.fallbacks ? `<span class="base">${esc(r.fallbacks)}</span>` : ''}</td>
  <td><a href="/docs/${r.document_id}.html#r-${r.id}" data-open="${r.id}">${esc(r.title ?? r.file_name)}</a><span class="base">${esc(r.file_name)}</span></td>
  <td class="ctx">${context(r.sentence, r.quote)}</td>
  <td>${esc(reading(f))}</td>
  <td class="verdict-cell"><span class="verdict none">chưa duyệt</span></td>
  <td><div class="actions"><button type="button" data-act="accept" data-id="${r.id}" title="a">✓ <kbd>a</kbd></button> <button type="button" data-act="reject" data-id="${r.id}" title="r">✗ <kbd>r</kbd></button> <a class="button" href="/docs/${r.document_id}.html#r-${r.id}" title="c">✎ <kbd>c</kbd></a></div></td>
</tr>`;
    })
    .join('\n');
  const next =
    offset + rows.length < counts.left ? `<a href="/queue?offset=${offset + limit}&amp;limit=${limit}" id="queue-next">Trang sau (next ${limit}) →</a>` : '';
  const prev = offset > 0 ? `<a href="/queue?offset=${Math.max(0, offset - limit)}&amp;limit=${limit}">← Trang trước (previous)</a>` : '';
  const html = `<h1>Hàng đợi duyệt <span class="muted small">(review queue)</span></h1>
<p class="sub">Các bản ghi chưa có nhận định, ít chắc chắn nhất trước, qua mọi tài liệu. <span class="muted">(Records without a verdict, least certain first, across documents.)</span></p>
<div class="cards">
  <div class="card"><div class="num" id="left-count">${fmtNumber(counts.left)}</div>còn lại <span class="muted">(left to review)</span></div>
  <div class="card"><div class="num">${fmtNumber(counts.reviewed)}</div>đã duyệt <span class="muted">(reviewed, of ${fmtNumber(counts.records)})</span></div>
  <div class="card"><div class="num">${fmtNumber(counts.added)}</div>đã thêm <span class="muted">(added)</span></div>
  <div class="card"><div class="num ${counts.orphans ? 'bad' : ''}">${fmtNumber(counts.orphans)}</div>không còn áp dụng <span class="muted">(no longer apply)</span></div>
</div>
${reviewerBar()}
<p class="keys small"><b>Phím tắt (keys):</b> <kbd>a</kbd> chấp nhận (accept) · <kbd>r</kbd> bác bỏ (reject) · <kbd>j</kbd>/<kbd>n</kbd> tiếp (next) · <kbd>k</kbd>/<kbd>p</kbd> trước (previous) · <kbd>c</kbd> sửa trong tài liệu (correct, opens the document) · <kbd>o</kbd> mở tài liệu (open)</p>
${orphanList(orphans, byHash)}
<table class="grid" id="queue">
<thead><tr><th class="n">#</th><th>Độ chắc <span class="muted small">(certainty)</span></th><th>Tài liệu</th><th>Ngữ cảnh <span class="muted small">(context)</span></th><th>Bản ghi <span class="muted small">(reading)</span></th><th>Nhận định</th><th>Thao tác</th></tr></thead>
<tbody>
${body || '<tr><td colspan="7" class="ok">Không còn bản ghi nào cần duyệt. (Nothing left to review.)</td></tr>'}
</tbody>
</table>
<p>${prev} ${next}</p>
<script type="application/json" id="review-data">${jsonForScript({ records: data })}</script>`;
  return layout({ title: 'Hàng đợi duyệt', page: 'queue', root: '/', body: html, generated, review });
}
