/**
 * The review pages' stylesheet and script, served by the review server itself (no CDN, no other
 * address: the pages' Content-Security-Policy allows requests to their own server only). The script
 * never writes HTML from data: it sets textContent and values.
 *
 * Every verdict is one POST /api/verdicts of JSON, with the header X-Chitieu-Review (and
 * X-Chitieu-Token when the server has a token), carrying what the page showed of the record (its
 * id, words, fields and current verdict) so the server can refuse a change made meanwhile.
 */

export const REVIEW_CSS = `
.review-bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.review-bar input { font: inherit; padding: 3px 8px; }
#review-status { font-weight: 600; }
#review-status.error { color: var(--bad); }
#review-status.done { color: var(--ok); }
.verdict { font-size: 12.5px; font-weight: 600; min-width: 11em; }
.verdict.accept { color: var(--ok); }
.verdict.reject { color: var(--bad); }
.verdict.correct { color: #7a5a00; }
.verdict.add { color: #6b3fa0; }
.verdict.none { color: var(--muted); font-weight: 400; }
.actions { display: flex; gap: 4px; flex-wrap: wrap; margin-top: 4px; }
.actions button, .actions a.button, #pop .review-actions button { font: inherit; font-size: 13px; padding: 1px 8px; cursor: pointer; border: 1px solid #9aa4b5; border-radius: 4px; background: #fff; color: var(--ink); text-decoration: none; }
.actions button[data-act="accept"] { border-color: #9fd1ab; }
.actions button[data-act="reject"] { border-color: #eba59f; }
#pop .review-actions { margin-top: 8px; display: flex; gap: 6px; flex-wrap: wrap; border-top: 1px solid var(--line); padding-top: 6px; }
.orphans { border-color: #eba59f; background: #fff8f7; }
.add-bar button { font: inherit; padding: 4px 10px; }
#review-dialog { border: 1px solid #9aa4b5; border-radius: 8px; padding: 14px 18px; max-width: 640px; }
#review-dialog::backdrop { background: rgba(0,0,0,.25); }
.form-grid { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; align-items: center; }
.form-grid select, .form-grid input { font: inherit; padding: 2px 6px; }
.form-actions { display: flex; gap: 8px; padding: 0; margin: 12px 0 0; }
.form-actions button { font: inherit; padding: 4px 14px; }
table#queue tr.q.current td { background: #fff6bf; }
table#queue tr.q.done td { opacity: .55; }
table#queue td.ctx { max-width: 520px; }
mark.q { background: var(--t-bg); border-bottom: 2px solid var(--t); color: inherit; }
kbd { font: 11px/1.4 ui-monospace, monospace; border: 1px solid #9aa4b5; border-bottom-width: 2px; border-radius: 3px; padding: 0 4px; background: #fff; }
.keys { margin: 6px 0; }
`;

export const REVIEW_JS = `
(function () {
  'use strict';
  var dataEl = document.getElementById('review-data');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent || '{}');
  var records = data.records || {};
  var additions = data.additions || {};
  var tokenMeta = document.querySelector('meta[name="chitieu-token"]');
  var token = tokenMeta ? tokenMeta.getAttribute('content') : null;
  var status = document.getElementById('review-status');
  var nameInput = document.getElementById('reviewer');

  // ---- who reviews -------------------------------------------------------------------------
  try { if (nameInput) nameInput.value = localStorage.getItem('chitieu.reviewer') || ''; } catch (e) { /* storage off */ }
  if (nameInput) nameInput.addEventListener('change', function () {
    try { localStorage.setItem('chitieu.reviewer', nameInput.value.trim()); } catch (e) { /* storage off */ }
  });
  function say(text, kind) {
    if (!status) return;
    status.textContent = text;
    status.className = kind || '';
  }
  function reviewer() {
    var n = nameInput ? nameInput.value.trim() : '';
    if (!n) { say('Nhập tên người duyệt trước (give your name first).', 'error'); if (nameInput) nameInput.focus(); return null; }
    return n;
  }

  // ---- talking to the server ---------------------------------------------------------------
  function send(body) {
    var headers = { 'Content-Type': 'application/json', 'X-Chitieu-Review': '1' };
    if (token) headers['X-Chitieu-Token'] = token;
    say('Đang lưu… (saving)', '');
    return fetch('/api/verdicts', { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (res) {
        return res.json().catch(function () { return { error: 'HTTP ' + res.status }; }).then(function (j) {
          if (!res.ok) { say('Không lưu được (' + res.status + '): ' + (j.error || 'error'), 'error'); return null; }
          say('Đã lưu (saved): ' + j.verdict.kind + ' #' + j.verdict.id, 'done');
          return j.verdict;
        });
      }, function (e) { say('Không gửi được (request failed): ' + e, 'error'); return null; });
  }
  function seen(id) {
    var r = records[id];
    return { id: Number(id), text_hash: (data.document && data.document.text_hash) || r.text_hash, start: r.start, end: r.end, key: r.key };
  }
  function reloadAt(hash) {
    if (hash) { history.replaceState(null, '', hash); }
    location.reload();
  }

  // ---- the correction / addition form --------------------------------------------------------
  var dialog = document.getElementById('review-dialog');
  var form = document.getElementById('review-form');
  var pending = null;
  function field(id) { return document.getElementById(id); }
  function fill(f) {
    field('rf-status').value = f.status; field('rf-metric').value = f.metric; field('rf-subject').value = f.subject;
    field('rf-sector').value = f.sector === null ? '' : f.sector; field('rf-year').value = f.year === null ? '' : String(f.year);
    field('rf-unit').value = f.unit; field('rf-value').value = String(f.value);
    field('rf-value-max').value = f.value_max === null ? '' : String(f.value_max); field('rf-comparator').value = f.comparator;
  }
  function read() {
    var num = function (id) { var v = field(id).value.trim(); return v === '' ? null : Number(v); };
    return {
      subject: field('rf-subject').value, metric: field('rf-metric').value, sector: field('rf-sector').value || null,
      status: field('rf-status').value, year: num('rf-year'), unit: field('rf-unit').value,
      value: num('rf-value'), value_max: num('rf-value-max'), comparator: field('rf-comparator').value
    };
  }
  function openForm(title, quote, was, fields, submit) {
    if (!dialog || !form) return;
    field('review-dialog-title').textContent = title;
    field('rf-quote').textContent = quote;
    field('rf-was').textContent = was || '';
    field('rf-error').textContent = '';
    fill(fields);
    pending = submit;
    dialog.showModal();
    field('rf-status').focus();
  }
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var who = reviewer();
      if (!who || !pending) return;
      var fields = read();
      if (fields.value === null || !isFinite(fields.value)) { field('rf-error').textContent = 'Cần một giá trị (a value is needed).'; return; }
      pending(who, fields).then(function (v) {
        if (v) { dialog.close(); reloadAt(null); } else if (status) field('rf-error').textContent = status.textContent;
      });
    });
    field('rf-cancel').addEventListener('click', function () { dialog.close(); });
  }

  // ---- verdicts on a record ------------------------------------------------------------------
  function act(kind, id, onDone) {
    var r = records[id];
    if (!r) return;
    if (kind === 'correct') {
      if (!form) { location.href = '/docs/' + r.document + '.html#r-' + id; return; }
      openForm('Sửa bản ghi (correct record #' + id + ')', r.quote, '', r.fields, function (who, fields) {
        return send({ kind: 'correct', record: seen(id), expect: r.verdict, reviewer: who, fields: fields });
      });
      return;
    }
    var who = reviewer();
    if (!who) return;
    send({ kind: kind, record: seen(id), expect: r.verdict, reviewer: who }).then(function (v) {
      if (!v) return;
      if (onDone) onDone(v); else reloadAt('#row-' + id);
    });
  }
  function addition(kind, vid) {
    var a = additions[vid];
    if (!a) return;
    if (kind === 'withdraw') {
      var who = reviewer();
      if (!who) return;
      send({ kind: 'withdraw', addition: Number(vid), reviewer: who }).then(function (v) { if (v) reloadAt(null); });
      return;
    }
    openForm('Sửa bản ghi đã thêm (amend added record)', a.quote, '', a.fields, function (w, fields) {
      return send({ kind: 'amend', addition: Number(vid), reviewer: w, fields: fields });
    });
  }
  document.addEventListener('click', function (e) {
    var b = e.target && e.target.closest ? e.target.closest('button[data-act]') : null;
    if (!b) return;
    e.stopPropagation();
    var kind = b.getAttribute('data-act');
    if (b.hasAttribute('data-add')) addition(kind, b.getAttribute('data-add'));
    else act(kind, b.getAttribute('data-id'), queue ? queueDone : null);
  }, true);

  // the record popover of the text gets the same three actions
  var pop = document.getElementById('pop');
  if (pop && window.MutationObserver) {
    new MutationObserver(function () {
      if (!pop.hasAttribute('data-open') || pop.querySelector('.review-actions')) return;
      var id = pop.getAttribute('data-rec');
      if (!records[id]) return;
      var bar = document.createElement('div');
      bar.className = 'review-actions';
      [['accept', '✓ Chấp nhận (a)'], ['reject', '✗ Bác bỏ (r)'], ['correct', '✎ Sửa (correct)']].forEach(function (x) {
        var btn = document.createElement('button');
        btn.type = 'button';
        btn.textContent = x[1];
        btn.setAttribute('data-act', x[0]);
        btn.setAttribute('data-id', id);
        bar.appendChild(btn);
      });
      var v = records[id].verdictKind;
      if (v) { var s = document.createElement('div'); s.className = 'small verdict ' + v; s.textContent = 'nhận định hiện tại (current verdict): ' + v; bar.appendChild(s); }
      pop.appendChild(bar);
    }).observe(pop, { attributes: true, childList: true });
  }

  // ---- adding a record: the words selected in the text -------------------------------------------
  var text = document.getElementById('doctext');
  var addButton = document.getElementById('add-selection');
  var info = document.getElementById('selection-info');
  var chosen = null;
  function offsetIn(root, node, off) {
    var range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(node, off);
    return range.toString().length;
  }
  function readSelection() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !text) return null;
    var range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return null;
    var start = offsetIn(text, range.startContainer, range.startOffset);
    var end = offsetIn(text, range.endContainer, range.endOffset);
    var all = text.textContent || '';
    while (start < end && /\\s/.test(all.charAt(start))) start++;
    while (end > start && /\\s/.test(all.charAt(end - 1))) end--;
    if (end <= start || end - start > 400) return null;
    return { start: start, end: end, quote: all.slice(start, end) };
  }
  function noteSelection() {
    chosen = readSelection();
    if (addButton) addButton.disabled = !chosen;
    if (info) info.textContent = chosen ? 'Đã chọn (selected): «' + chosen.quote + '» [' + chosen.start + '–' + chosen.end + ']' : 'Chọn (bôi đen) con số và đơn vị của nó trong văn bản. (Select the figure and its unit in the text.)';
  }
  if (text && addButton) {
    document.addEventListener('selectionchange', noteSelection);
    addButton.addEventListener('click', function () {
      if (!chosen) return;
      var c = chosen;
      var blank = { status: 'actual', metric: 'count', subject: 'htx', sector: null, year: null, unit: 'count', value: Number((c.quote.match(/[\\d.,]+/) || ['0'])[0].replace(/\\./g, '').replace(',', '.')) || 0, value_max: null, comparator: 'eq' };
      openForm('Thêm bản ghi (add a record)', c.quote, '[' + c.start + '–' + c.end + ']', blank, function (who, fields) {
        return send({ kind: 'add', document: data.document, start: c.start, end: c.end, quote: c.quote, reviewer: who, fields: fields });
      });
    });
  }

  // ---- keyboard: a accept, r reject on the record whose popover is open (document page) --------------
  function typing(e) {
    var t = e.target;
    return (dialog && dialog.open) || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable));
  }

  // ---- the queue ---------------------------------------------------------------------------
  var queue = document.getElementById('queue');
  var rows = queue ? Array.prototype.slice.call(queue.querySelectorAll('tr.q')) : [];
  var current = -1;
  function focusRow(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, k) { r.classList.toggle('current', k === current); });
    rows[current].scrollIntoView({ block: 'nearest' });
    rows[current].focus({ preventScroll: true });
  }
  function nextOpen(from, step) {
    for (var i = from + step; i >= 0 && i < rows.length; i += step) if (!rows[i].classList.contains('done')) return i;
    return from;
  }
  function queueDone(v) {
    var row = queue.querySelector('tr.q[data-id="' + v.target_id + '"]');
    if (!row) return;
    row.classList.add('done');
    var cell = row.querySelector('.verdict-cell');
    if (cell) { cell.textContent = ''; var s = document.createElement('span'); s.className = 'verdict ' + v.kind; s.textContent = v.kind + ' · ' + v.reviewer; cell.appendChild(s); }
    records[v.target_id].verdict = v.id;
    records[v.target_id].verdictKind = v.kind;
    var left = document.getElementById('left-count');
    if (left) left.textContent = String(Math.max(0, Number((left.textContent || '0').replace(/\\D/g, '')) - 1));
    focusRow(nextOpen(rows.indexOf(row), 1));
  }
  if (queue) {
    if (rows.length) focusRow(0);
    queue.addEventListener('click', function (e) { var tr = e.target.closest ? e.target.closest('tr.q') : null; if (tr) focusRow(rows.indexOf(tr)); });
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    var k = e.key;
    if (queue && rows.length) {
      var row = rows[current];
      var id = row ? row.getAttribute('data-id') : null;
      if (k === 'j' || k === 'n') { focusRow(current + 1); e.preventDefault(); }
      else if (k === 'k' || k === 'p') { focusRow(current - 1); e.preventDefault(); }
      else if ((k === 'a' || k === 'r') && id && !row.classList.contains('done')) { act(k === 'a' ? 'accept' : 'reject', id, queueDone); e.preventDefault(); }
      else if ((k === 'c' || k === 'o') && id) { location.href = '/docs/' + records[id].document + '.html#r-' + id; e.preventDefault(); }
      return;
    }
    if (pop && pop.hasAttribute('data-open') && (k === 'a' || k === 'r')) {
      var pid = pop.getAttribute('data-rec');
      if (records[pid]) { act(k === 'a' ? 'accept' : 'reject', pid, null); e.preventDefault(); }
    }
  });
})();
`;
