/**
 * The dropped-figure diagnostics are stored with their structure (the drops table) and the report's
 * document page shows them behind a toggle; each record's certainty is stored and shown.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../pipeline/decode.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { buildReport } from '../pipeline/report/build.ts';
import { runExtract } from '../pipeline/run.ts';

const SEED = 'seeds/002_e8c341b51b59ed2c.txt';

describe('drops and certainty in the store and the report', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-drops-'));
    db = join(dir, 'db.sqlite');
    copyFileSync(SEED, join(dir, 'doc.txt'));
    await runExtract([join(dir, 'doc.txt')], { db });
    await buildReport({ db, out: join(dir, 'report') });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every dropped figure is a row with its position, words, reason and rule', async () => {
    const doc = extractDocument((await decodeDocument(readFileSync(SEED), 'doc.txt')).text, 'doc.txt');
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT start, "end", quote, reason, rule, kept_as_other FROM drops ORDER BY start').all();
    d.close();
    expect(doc.dropped.length).toBeGreaterThan(3);
    expect(rows).toEqual(
      doc.dropped.map((x) => ({
        start: x.start,
        end: x.end,
        quote: doc.text.slice(x.start, x.end),
        reason: x.reason,
        rule: x.rule,
        kept_as_other: x.keptAsOther ? 1 : 0,
      })),
    );
    expect(rows).toContainEqual(expect.objectContaining({ quote: '532', reason: 'drop.reference', rule: 'noise.document_number' }));
  });

  it('every record carries its certainty and fallbacks, as the extractor graded it', async () => {
    const doc = extractDocument((await decodeDocument(readFileSync(SEED), 'doc.txt')).text, 'doc.txt');
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT quote, certainty, fallbacks FROM v_targets_all ORDER BY start, id').all();
    d.close();
    expect(rows).toEqual(doc.records.map((r) => ({ quote: r.quote, certainty: r.certainty?.level, fallbacks: r.certainty?.fallbacks.join(' ') })));
    expect(rows.every((r) => ['high', 'medium', 'low'].includes((r as { certainty: string }).certainty))).toBe(true);
  });

  it('the document page marks the drops (hidden until the toggle) and lists them with their reasons', () => {
    const html = readFileSync(join(dir, 'report', 'docs', '1.html'), 'utf8');
    const page = new JSDOM(html).window.document;
    const d = new Database(db, { readonly: true });
    const n = (d.prepare('SELECT COUNT(*) AS n FROM drops').get() as { n: number }).n;
    d.close();
    expect(page.querySelectorAll('.doctext mark.drop')).toHaveLength(n);
    expect(page.querySelector('#show-drops')).not.toBeNull();
    expect(page.querySelector('#drops')?.hasAttribute('hidden')).toBe(true);
    expect(page.querySelectorAll('#drops-table tbody tr')).toHaveLength(n);
    expect(page.querySelector('#drops-table')?.textContent).toContain('part of a reference (document number, law, resolution, criterion)');
    // drops are not records: one mark.rec per record still
    expect(page.querySelectorAll('.doctext mark.rec')).toHaveLength(page.querySelectorAll('#records tbody tr[data-rec]').length);
    expect(page.querySelectorAll('#records .cert.high, #records .cert.medium, #records .cert.low')).toHaveLength(
      page.querySelectorAll('#records tbody tr[data-rec]').length,
    );
  });
});
