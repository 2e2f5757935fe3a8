/**
 * The report's stylesheet and script, written next to the pages (assets/), so the site works
 * from file:// with no network. The script never uses innerHTML with data: it sets textContent.
 */

export const CSS = `
:root {
  --t: #1f5fa8; --t-bg: #dcebfb; --a: #b85a0e; --a-bg: #fde3c8;
  --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --bg: #f6f7f9; --ok: #1e7b34; --bad: #b3261e;
  font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: var(--ink);
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); font-size: 15px; line-height: 1.5; }
header.top { background: #17324d; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header.top .brand { font-weight: 700; font-size: 17px; }
header.top .brand small { font-weight: 400; opacity: .75; margin-left: 6px; }
header.top nav a { color: #cfe3ff; margin-right: 16px; text-decoration: none; }
header.top nav a[aria-current] { color: #fff; font-weight: 600; border-bottom: 2px solid #fff; }
main { padding: 16px 24px 48px; max-width: 1500px; margin: 0 auto; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.sub { color: var(--muted); margin: 0 0 12px; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.cards .card { flex: 1 1 160px; margin: 0; }
.cards .num { font-size: 24px; font-weight: 700; }
table.grid { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
table.grid th { background: #eef1f6; position: sticky; top: 0; z-index: 1; }
table.grid td.n, table.grid th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.grid tr:target td, table.grid tr.flash td { background: #fff6bf; }
.base { display: block; color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 1.6em; text-align: center; font-size: 12px; font-weight: 700; border-radius: 3px; padding: 0 4px; }
.badge.t { color: var(--t); background: var(--t-bg); border: 1.5px solid var(--t); }
.badge.a { color: var(--a); background: var(--a-bg); border: 1.5px dashed var(--a); }
.warn { color: var(--bad); }
.ok { color: var(--ok); font-weight: 600; }
.bad { color: var(--bad); font-weight: 600; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; gap: 18px; flex-wrap: wrap; align-items: center; }
.legend .sw { display: inline-flex; gap: 6px; align-items: center; }
.toolbar { display: flex; gap: 14px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
.toolbar label { font-weight: 600; }
.toolbar select, .toolbar input, .toolbar button { font: inherit; padding: 3px 8px; }
.doctext { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 72vh; overflow: auto; font-size: 15.5px; line-height: 1.9; }
mark.rec, .rec-cont, .hl-demo { color: inherit; background: var(--t-bg); border-bottom: 2.5px solid var(--t); padding: 1px 0 3px; cursor: pointer; border-radius: 2px; }
mark.rec.a, .rec-cont.a, .hl-demo.a { background: var(--a-bg); border-bottom: 2.5px dashed var(--a); }
mark.rec .rec, mark.rec .rec-cont { padding-bottom: 0; }
mark.rec.end::after, .rec-cont.end::after, .hl-demo::after { content: attr(data-m); font-size: 10px; font-weight: 700; vertical-align: super; line-height: 0;
  margin-left: 1px; padding: 0 2px; border-radius: 2px; color: #fff; background: var(--t); }
mark.rec.a.end::after, .rec-cont.a.end::after, .hl-demo.a::after { background: var(--a); }
mark.rec.off, .rec-cont.off { background: transparent; border-bottom-color: #c8ccd4; border-bottom-style: dotted; }
mark.rec.off::after, .rec-cont.off::after { background: #c8ccd4; }
mark.rec:focus { outline: 2px solid #17324d; outline-offset: 1px; }
mark.rec.flash, .rec-cont.flash { animation: flash 1.6s ease-out 1; outline: 2px solid #f2b400; }
@keyframes flash { 0% { background: #ffe16b; } 100% { } }
span.hl-demo { cursor: default; }
/* Markdown marks kept in the stored text (**, # ) are not shown; what they mark is bold */
.doctext .md { display: none; }
/* the popover belongs to the text: placed in page coordinates, it scrolls away with it and never
   stays over the records table */
#pop { position: absolute; z-index: 10; max-width: 460px; background: #fff; border: 1px solid #9aa4b5; border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 14px; font-size: 14px; display: none; }
#pop[data-open] { display: block; }
#pop h4 { margin: 0 0 6px; padding-right: 22px; font-size: 15px; }
#pop .close { position: absolute; top: 4px; right: 8px; border: 0; background: none; font-size: 18px; cursor: pointer; }
#pop dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 0; }
#pop dt { color: var(--muted); }
#pop dd { margin: 0; overflow-wrap: anywhere; }
#pop .more { margin-top: 8px; border-top: 1px solid var(--line); padding-top: 6px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.chart h4 { margin: 0 0 4px; font-size: 14px; }
.chart svg { display: block; }
.ratio { display: inline-block; width: 70px; height: 8px; background: #e7eaf0; border-radius: 4px; vertical-align: middle; margin-left: 6px; overflow: hidden; }
.ratio > span { display: block; height: 100%; background: var(--ok); }
.ratio.under > span { background: var(--bad); }
/* how sure a record is (extractors/certainty.ts) */
.cert { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 3px; padding: 0 5px; border: 1px solid; }
.cert.high { color: var(--ok); border-color: #9fd1ab; background: #eaf6ed; }
.cert.medium { color: #7a5a00; border-color: #e2c46b; background: #fff6d6; }
.cert.low { color: var(--bad); border-color: #eba59f; background: #fdecea; }
.cert.none { color: var(--muted); border-color: var(--line); }
/* figures the extractor dropped: marked only when asked (the "show dropped figures" toggle) */
mark.drop, .drop.cont { background: none; color: inherit; padding: 0; }
.doctext.show-drops mark.drop, .doctext.show-drops .drop.cont { background: #eceff3; border-bottom: 2px dotted #6b7280; cursor: help; }
.drops-toggle { font-weight: 400; }
/* records a reviewer added (review server) */
mark.added, .added.cont { color: inherit; background: #efe4fb; border-bottom: 2.5px double #6b3fa0; padding: 1px 0 3px; border-radius: 2px; }
details > summary { cursor: pointer; }
a { color: #1a56a6; }
footer { color: var(--muted); font-size: 12.5px; margin-top: 36px; }
`;

export const JS = `
(function () {
  'use strict';
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  // ---- document page: record popover -------------------------------------------------------
  var dataEl = document.getElementById('records-data');
  var records = {};
  if (dataEl) {
    JSON.parse(dataEl.textContent || '[]').forEach(function (r) { records[r.id] = r; });
  }
  var pop = document.getElementById('pop');
  var pinned = false;
  var FIELDS = [
    ['status', 'Loại'], ['metric', 'Chỉ số'], ['subject', 'Đối tượng'], ['sector', 'Lĩnh vực'],
    ['year', 'Năm'], ['value', 'Giá trị'], ['base', 'Giá trị gốc'], ['comparator', 'So sánh'],
    ['quote', 'Trích dẫn'], ['rules', 'Quy tắc'], ['section', 'Mục'], ['certainty', 'Độ chắc chắn'], ['check', 'Kiểm tra']
  ];
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function recordIdsAt(node) {
    var ids = [];
    for (var n = node; n && n !== document.body; n = n.parentElement) {
      var id = n.getAttribute && n.getAttribute('data-rec');
      if (id && ids.indexOf(id) < 0) ids.push(id);
    }
    return ids;
  }
  function showPop(target, pin) {
    if (!pop) return;
    var ids = recordIdsAt(target);
    var r = records[ids[0]];
    if (!r) return;
    pop.textContent = '';
    var close = el('button', '×', 'close');
    close.setAttribute('aria-label', 'Đóng');
    close.addEventListener('click', hidePop);
    pop.appendChild(close);
    var h = el('h4');
    h.appendChild(el('span', r.mark, 'badge ' + (r.statusCode === 'target' ? 't' : 'a')));
    h.appendChild(document.createTextNode(' ' + r.metric));
    pop.appendChild(h);
    var dl = el('dl');
    FIELDS.forEach(function (f) {
      var v = r[f[0]];
      if (v === undefined || v === null || v === '') return;
      dl.appendChild(el('dt', f[1]));
      dl.appendChild(el('dd', v));
    });
    pop.appendChild(dl);
    var link = el('a', 'Xem dòng trong bảng bản ghi ↓');
    link.href = '#row-' + r.id;
    pop.appendChild(link);
    if (ids.length > 1) {
      var more = el('div', null, 'more small');
      more.appendChild(el('div', 'Cùng đoạn này còn ' + (ids.length - 1) + ' bản ghi khác:'));
      ids.slice(1).forEach(function (id) {
        var o = records[id];
        if (!o) return;
        var a = el('a', o.mark + ' · ' + o.metric + ' · ' + o.value);
        a.href = '#r-' + id;
        a.style.display = 'block';
        more.appendChild(a);
      });
      pop.appendChild(more);
    }
    pop.setAttribute('data-open', '');
    pop.setAttribute('data-rec', r.id);
    // placed below the figure (above it when there is no room in the window), in page
    // coordinates: the popover scrolls with the text it explains
    var rect = target.getBoundingClientRect();
    var top = rect.bottom + 8, left = Math.max(8, Math.min(rect.left, window.innerWidth - 470));
    var ph = pop.getBoundingClientRect().height;
    if (top + ph > window.innerHeight - 8 && rect.top - ph - 8 >= 8) top = rect.top - ph - 8;
    pop.style.top = (top + window.scrollY) + 'px';
    pop.style.left = (left + window.scrollX) + 'px';
    pinned = !!pin;
    anchor = target;
  }
  function hidePop() { if (pop) { pop.removeAttribute('data-open'); pinned = false; anchor = null; } }
  // the figure the popover explains; when the page scrolls it out of the window, the popover goes too
  var anchor = null;
  window.addEventListener('scroll', function () {
    if (!anchor || !pop || !pop.hasAttribute('data-open')) return;
    var r = anchor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) hidePop();
  }, { passive: true });
  function recTarget(e) {
    var t = e.target;
    return t && t.closest ? t.closest('[data-rec]') : null;
  }
  var text = $('.doctext');
  if (text) {
    text.addEventListener('click', function (e) { var t = recTarget(e); if (t) { showPop(t, true); e.stopPropagation(); } });
    text.addEventListener('mouseover', function (e) { var t = recTarget(e); if (t && !pinned) showPop(t, false); });
    text.addEventListener('mouseout', function (e) { var t = recTarget(e); if (t && !pinned) hidePop(); });
    text.addEventListener('keydown', function (e) { if (e.key === 'Enter') { var t = recTarget(e); if (t) showPop(t, true); } });
    text.addEventListener('scroll', function () { if (pinned) hidePop(); });
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hidePop(); });
  document.addEventListener('click', function (e) { if (pop && pinned && !pop.contains(e.target)) hidePop(); });

  function focusRecord() {
    var m = /^#r-(\\d+)$/.exec(location.hash);
    if (!m) {
      var row = /^#row-(\\d+)$/.exec(location.hash);
      if (row) { var tr = document.getElementById('row-' + row[1]); if (tr) { tr.classList.add('flash'); setTimeout(function () { tr.classList.remove('flash'); }, 1600); } }
      return;
    }
    var mark = document.getElementById('r-' + m[1]);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    $all('[data-rec="' + m[1] + '"]').forEach(function (x) {
      x.classList.remove('flash'); void x.offsetWidth; x.classList.add('flash');
    });
    setTimeout(function () { showPop(mark, true); }, 50);
  }
  if (text) { window.addEventListener('hashchange', focusRecord); if (location.hash) focusRecord(); }

  // ---- document page: filters ----------------------------------------------------------------
  var fStatus = document.getElementById('f-status');
  var fMetric = document.getElementById('f-metric');
  function applyFilters() {
    var s = fStatus ? fStatus.value : '';
    var m = fMetric ? fMetric.value : '';
    function ok(n) { return (!s || n.getAttribute('data-status') === s) && (!m || n.getAttribute('data-metric') === m); }
    var shown = 0;
    $all('tr[data-rec]').forEach(function (tr) { var v = ok(tr); tr.hidden = !v; if (v) shown++; });
    $all('.doctext [data-rec]').forEach(function (n) { n.classList.toggle('off', !ok(n)); });
    var c = document.getElementById('f-count');
    if (c) c.textContent = String(shown);
  }
  if (fStatus) fStatus.addEventListener('change', applyFilters);
  var cursor = -1;
  function step(d) {
    var marks = $all('.doctext mark.rec:not(.off)');
    if (!marks.length) return;
    var cur = /^#r-(d+)$/.exec(location.hash);
    if (cur) { var at = marks.findIndex(function (m) { return m.id === 'r-' + cur[1]; }); if (at >= 0) cursor = at; }
    cursor = (cursor + d + marks.length) % marks.length;
    var id = marks[cursor].id;
    if (location.hash === '#' + id) focusRecord(); else location.hash = '#' + id;
  }
  var prev = document.getElementById('prev'), next = document.getElementById('next');
  if (prev) prev.addEventListener('click', function (e) { e.stopPropagation(); step(-1); });
  if (next) next.addEventListener('click', function (e) { e.stopPropagation(); step(1); });
  if (fMetric) fMetric.addEventListener('change', applyFilters);

  // ---- document page: dropped figures ---------------------------------------------------------
  var showDrops = document.getElementById('show-drops');
  if (showDrops) {
    showDrops.addEventListener('change', function () {
      var list = document.getElementById('drops');
      if (list) list.hidden = !showDrops.checked;
      if (text) text.classList.toggle('show-drops', showDrops.checked);
    });
  }

  // ---- index page: search (and the dashboard's list of places) ------------------------------
  var q = document.getElementById('q');
  if (q) {
    q.addEventListener('input', function () {
      var v = q.value.trim().toLowerCase();
      $all('#docs tbody tr, #places tbody tr').forEach(function (tr) { tr.hidden = !!v && (tr.textContent || '').toLowerCase().indexOf(v) < 0; });
    });
  }

  // ---- dashboard: attainment rows without an actual --------------------------------------------
  var onlyWithActual = document.getElementById('only-actual');
  function applyAttainment() {
    var only = onlyWithActual && onlyWithActual.checked;
    $all('#attainment tbody tr').forEach(function (tr) { tr.hidden = !!only && tr.getAttribute('data-has-actual') !== '1'; });
  }
  if (onlyWithActual) { onlyWithActual.addEventListener('change', applyAttainment); applyAttainment(); }
})();
`;
