/** `npm run explain`: why a figure became its record, field by field, or why it gave none. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';
import { explainSpan, findQuote, formatExplanation } from '../pipeline/explain.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED = join(ROOT, 'seeds', '000_f2d91f2754347d31.txt');

describe('explain', { timeout: 60_000 }, () => {
  const doc = extractDocument(readFileSync(SEED, 'utf8'), 'seed.txt');

  it('a kept figure: every field names the rule or step that decided it', () => {
    const record = doc.records.find((r) => r.metric === 'count' && r.status === 'target');
    expect(record).toBeDefined();
    if (!record) return;
    const ex = explainSpan(doc, record.start, record.end);
    expect(ex.records).toContainEqual(record);
    const text = formatExplanation(doc, ex);
    expect(text).toContain(`RECORD «${record.quote}»`);
    expect(text).toMatch(/metric\s+count\s+← metric\./u);
    expect(text).toMatch(/status\s+target\s+← status\./u);
    expect(text).toMatch(/year\s+\d{4}\s+← \S+/u);
    expect(record.rules[0]).toBe(record.decided?.metric);
  });

  it('a dropped figure: the reason and the rule (a document number is a reference)', () => {
    const [span] = findQuote(doc.text, '2552/KH-UBND');
    expect(span).toBeDefined();
    if (!span) return;
    const ex = explainSpan(doc, span.start, span.end);
    expect(ex.records).toEqual([]);
    expect(ex.dropped.map((d) => d.reason)).toContain('drop.reference');
    expect(formatExplanation(doc, ex)).toMatch(/DROPPED «2552».*drop\.reference[\s\S]*decided by noise\.document_number/u);
  });

  it("an English page: its dropped figures say why too (a named co-op's goal, money in another currency)", () => {
    const page = [
      'Cooperatives keep growing in the province',
      '',
      'Published: May 14, 2024',
      '',
      'The province now has 420 cooperatives with some 21,000 members, the provincial Cooperative Alliance said.',
      '',
      'Drawing on a review of market trends, Tan Loc Co.op is targeting growth of 6-8 per cent this year.',
      '',
      'The cooperatives earned average revenues of VND 1.1 billion (US$43,000) last year.',
    ].join('\n');
    const en = extractDocument(page, 'en.txt');
    expect(en.records.map((r) => [r.metric, r.value])).toContainEqual(['count', 420]);
    const [goal] = findQuote(en.text, '6-8 per cent');
    const [usd] = findQuote(en.text, 'US$43,000');
    if (!goal || !usd) throw new Error('quotes not found');
    const named = explainSpan(en, goal.start, goal.end);
    expect(named.records).toEqual([]);
    expect(named.dropped.map((d) => d.reason)).toEqual(['drop.named-cooperative']);
    expect(formatExplanation(en, named)).toMatch(/DROPPED «6-8 per cent»[\s\S]*en\.records\.one_cooperative/u);
    expect(explainSpan(en, usd.start, usd.end).dropped.map((d) => d.reason)).toEqual(['drop.foreign-money']);
  });

  it('dropped figures are vfile messages with positions and a chitieu:drop.* rule', () => {
    const drops = doc.messages.filter((m) => m.source === 'chitieu');
    expect(drops.length).toBe(doc.dropped.length);
    const ref = drops.find((m) => m.ruleId === 'drop.reference');
    expect(ref?.place && 'start' in ref.place ? ref.place.start.line : 0).toBeGreaterThan(1);
    // and they stay out of the document's warnings
    expect(doc.diagnostics.some((d) => d.includes('drop.'))).toBe(false);
  });

  it('the command: --quote finds the place; a quote not in the text is a one-line error', () => {
    const ok = spawnSync(TSX, [join(ROOT, 'pipeline', 'explain.ts'), SEED, '--quote', '2552/KH-UBND'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('drop.reference');
    const bad = spawnSync(TSX, [join(ROOT, 'pipeline', 'explain.ts'), SEED, '--quote', 'không có ở đây'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
