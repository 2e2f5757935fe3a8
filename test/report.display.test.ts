/**
 * What the report shows for a record must be what the document says: the unit label from
 * the record's own unit, metric and unit rule ("241 người" is not "241 HTX"), and the text
 * without the Markdown marks the decode stage left in it (`**`, `# `).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSS } from '../pipeline/report/assets.ts';
import { buildReport } from '../pipeline/report/build.ts';
import { fmtValue, subjectLabel } from '../pipeline/report/format.ts';
import { IMPLIED_NOUN_RULES, NOUN_RULES } from '../rules/units.ts';
import { highlightText, markdownDecor } from '../pipeline/report/highlight.ts';
import { runExtract } from '../pipeline/run.ts';

const SEED = new URL('../seeds/004_13f95b6278968d48.txt', import.meta.url).pathname;

/** The text a reader sees: what the stylesheet hides (.md) left out. */
function visible(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const md of copy.querySelectorAll('.md')) md.remove();
  return copy.textContent ?? '';
}

describe('unit labels come from the record itself', () => {
  const rec = (over: Partial<Parameters<typeof fmtValue>[0]>) =>
    fmtValue({ value: 241, value_max: null, unit: 'count', metric: 'other', subject: 'htx', ...over });

  it('a count of people read as metric other is shown in people, not in HTX', () => {
    expect(rec({ rule: 'metric.other.members_joined_left subject.default sector.agriculture status.actual.done_year time.year unit.noun.persons' })).toBe(
      '241 người',
    );
    expect(rec({ value: 17, rule: 'metric.other subject.htx unit.noun.enterprises' })).toBe('17 doanh nghiệp');
    expect(rec({ value: 42, rule: 'metric.other unit.noun.members' })).toBe('42 thành viên');
  });

  it('a figure of metric other with no unit rule is shown bare, never with the subject as its unit', () => {
    expect(rec({})).toBe('241');
    expect(rec({ rule: 'test.metric test.status' })).toBe('241');
  });

  it('counts of cooperatives and metrics with a noun of their own keep it', () => {
    expect(rec({ metric: 'count', value: 5, rule: 'metric.count unit.noun.htx' })).toBe('5 HTX');
    expect(rec({ metric: 'new_count', subject: 'tht', value: 17 })).toBe('17 THT');
    expect(rec({ metric: 'workers', value: 600, value_max: 800 })).toBe('600 – 800 lao động');
    expect(rec({ metric: 'managers_trained', value: 45, rule: 'metric.managers_trained unit.noun.persons' })).toBe('45 người');
    expect(rec({ metric: 'members', value: 500, rule: 'metric.members unit.noun.households' })).toBe('500 hộ');
  });

  it('every unit noun rule has a label, taken from what the rule counts', () => {
    for (const r of [...NOUN_RULES, ...IMPLIED_NOUN_RULES]) {
      const label = rec({ metric: 'other', value: 7, rule: `metric.other ${r.id}` });
      expect(label, r.id).toMatch(/^7 \S/);
      if (r.value.noun === 'coop') expect(label, r.id).toBe(`7 ${subjectLabel(r.value.subject ?? 'htx')}`);
    }
  });
});

describe('Markdown marks in the stored text', () => {
  it('are hidden and what they mark is bold; the text content is still the stored text', () => {
    const text = '# KẾ HOẠCH năm 2024\n**Mục tiêu cụ thể:** có 35 HTX.\n**ĐÁNH GIÁ TÌNH HÌNH,\nNĂM 2023**\n\nTỷ lệ 2 ** 3 không đậm.';
    const decor = markdownDecor(text);
    expect(decor.hidden.map((r) => text.slice(r.start, r.end))).toEqual(['# ', '**', '**', '**', '**']);
    expect(decor.bold.map((r) => text.slice(r.start, r.end))).toEqual(['KẾ HOẠCH năm 2024', 'Mục tiêu cụ thể:', 'ĐÁNH GIÁ TÌNH HÌNH,\nNĂM 2023']);
    const at = text.indexOf('35 HTX');
    const el = new JSDOM(
      `<div>${highlightText(text, [{ id: 1, start: at, end: at + 6, status: 'target', metric: 'count' }])}</div>`,
    ).window.document.querySelector('div') as Element;
    expect(el.textContent).toBe(text);
    expect(visible(el)).not.toMatch(/\*\*[^ ]|^# /m);
    expect([...el.querySelectorAll('b')].map((b) => b.textContent).join('|')).toBe('KẾ HOẠCH năm 2024|Mục tiêu cụ thể:|ĐÁNH GIÁ TÌNH HÌNH,\nNĂM 2023');
    expect(el.querySelectorAll('mark.rec')).toHaveLength(1);
  });

  it('the stylesheet hides the marks, and the record popover scrolls with the text instead of staying fixed over the table', () => {
    expect(CSS).toMatch(/\.doctext \.md \{ display: none; \}/);
    expect(CSS).toMatch(/#pop \{ position: absolute;/);
    expect(CSS).not.toMatch(/#pop \{ position: fixed;/);
  });
});

describe('a seed through extract and report', { timeout: 60_000 }, () => {
  let doc: Document;
  let quoteRows: { quote: string; value: string }[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-display-'));
    const db = join(dir, 'db.sqlite');
    copyFileSync(SEED, join(dir, 'plan.txt'));
    await runExtract([join(dir, 'plan.txt')], { db, workers: 0 });
    const out = join(dir, 'report');
    await buildReport({ db, out });
    const d = new Database(db, { readonly: true });
    const { id } = d.prepare('SELECT id FROM documents').get() as { id: number };
    d.close();
    doc = new JSDOM(readFileSync(join(out, 'docs', `${id}.html`), 'utf8')).window.document;
    quoteRows = [...doc.querySelectorAll('#records tbody tr[data-rec]')].map((tr) => {
      const cells = tr.querySelectorAll('td');
      return { value: cells[6]?.firstChild?.textContent ?? '', quote: cells[8]?.querySelector('a')?.textContent ?? '' };
    });
  });

  it('the records table shows "241 người" for the quote "241 người"', () => {
    expect(quoteRows.find((r) => r.quote === '241 người')?.value).toBe('241 người');
    // no count of people is labelled as cooperatives
    for (const r of quoteRows.filter((x) => /\d người$/.test(x.quote))) expect(r.value, r.quote).not.toMatch(/HTX|THT/);
  });

  it('the text shows no ** and sets the bold heading in bold', () => {
    const text = doc.querySelector('.doctext') as Element;
    expect(text.textContent).toContain('**ĐÁNH GIÁ');
    expect(visible(text)).not.toContain('**');
    expect([...text.querySelectorAll('b')].map((b) => b.textContent).join(' ')).toContain('ĐÁNH GIÁ TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ');
  });
});
