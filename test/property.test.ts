/**
 * Property-based tests (fast-check), issue 4:
 *   - the number parser reads back every number written the Vietnamese way
 *     ("1.546.826", "23,4", "0,53", "05"), alone and inside a sentence;
 *   - the whole extraction, over random Vietnamese-ish text and over seed sentences
 *     with digits changed, words dropped and punctuation shuffled, never throws,
 *     never yields NaN or Infinity, and every record's [start, end) slices the text
 *     to exactly its quote; stored through the run, the same holds in SQLite.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findNumbers, parseVietnameseNumber } from '../extractors/numbers.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { runExtract } from '../pipeline/run.ts';

const SEEDS = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join('seeds', f), 'utf8'));
const LINES = SEEDS.flatMap((s) => s.split('\n')).filter((l) => l.trim().length > 20);
const WORDS = [...new Set(SEEDS.flatMap((s) => s.split(/\s+/u)).filter((w) => w.length > 0))];

/** An integer part and decimal digits, written with "." thousands and "," decimals. */
function vietnamese(intPart: number, decimals: string): string {
  const digits = String(intPart);
  const grouped = intPart >= 1000 ? digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.') : digits;
  return decimals ? `${grouped},${decimals}` : grouped;
}

const numberArb = fc.record({
  intPart: fc.oneof(
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 1000, max: 999_999_999 }),
    fc.integer({ min: 1_000_000_000, max: Number.MAX_SAFE_INTEGER }).map((n) => Math.floor(n / 1000)),
  ),
  decimals: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,3}$/u)),
});

describe('parseVietnameseNumber (property)', () => {
  it('reads back any number written the Vietnamese way', () => {
    fc.assert(
      fc.property(numberArb, ({ intPart, decimals }) => {
        const written = vietnamese(intPart, decimals);
        expect(parseVietnameseNumber(written)).toBe(Number(decimals ? `${intPart}.${decimals}` : String(intPart)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads zero-padded counts ("05", "002")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 3 }), (n, pad) => {
        expect(parseVietnameseNumber(String(n).padStart(String(n).length + pad, '0'))).toBe(n);
      }),
    );
  });

  it('finds the number inside a sentence, with offsets that slice it exactly', () => {
    fc.assert(
      fc.property(
        numberArb,
        fc.constantFrom('Toàn tỉnh có ', 'Doanh thu đạt ', 'Năm 2023, thu nhập bình quân ', ''),
        fc.constantFrom(' HTX.', ' triệu đồng/người/năm', '%', ''),
        ({ intPart, decimals }, before, after) => {
          const written = vietnamese(intPart, decimals);
          const text = `${before}${written}${after}`;
          const tokens = findNumbers(text, 0, text.length).filter((t) => t.start === before.length);
          expect(tokens).toHaveLength(1);
          const t = tokens[0] as (typeof tokens)[number];
          expect(text.slice(t.start, t.end)).toBe(written);
          expect(t.value).toBe(parseVietnameseNumber(written));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---- mutated and random text ----

const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '-', '–', '(', ')', '"', '%', '/', '*', '•', '+'];

function mutate(line: string, rnd: () => number): string {
  let s = line;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const ops = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < ops; k++) {
    const op = Math.floor(rnd() * 5);
    if (op === 0)
      s = s.replace(/\d/gu, (d) => (rnd() < 0.4 ? String(Math.floor(rnd() * 10)) : d)); // digits changed
    else if (op === 1)
      s = s
        .split(' ')
        .filter(() => rnd() > 0.2)
        .join(' '); // words dropped
    else if (op === 2) {
      // punctuation shuffled: removed, moved, inserted
      const chars = [...s];
      for (let i = 0; i < chars.length; i++) if (PUNCT.includes(chars[i] as string) && rnd() < 0.5) chars[i] = rnd() < 0.5 ? '' : pick(PUNCT);
      const at = Math.floor(rnd() * (chars.length + 1));
      chars.splice(at, 0, pick(PUNCT));
      s = chars.join('');
    } else if (op === 3)
      s = s.replace(/\d+/gu, (d) =>
        rnd() < 0.3
          ? `${d}.${Math.floor(rnd() * 1000)
              .toString()
              .padStart(3, '0')}`
          : rnd() < 0.3
            ? `${d},${Math.floor(rnd() * 100)}`
            : d,
      ); // regrouped numbers
    else s = `${pick(['- ', '+ ', '1. ', 'a) ', '**', '# ', 'II. ', ''])}${s}`; // outline markers
  }
  return s;
}

const mutatedDoc = fc
  .record({
    seed: fc.integer(),
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
    sep: fc.constantFrom('\n', '\n\n', ' ', '\r\n'),
  })
  .map(({ seed, lines, sep }) => {
    let a = seed >>> 0;
    const rnd = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return lines.map((l) => mutate(l, rnd)).join(sep);
  });

const tokenArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: numberArb.map(({ intPart, decimals }) => vietnamese(intPart, decimals)) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCT, '\n', '\n\n', '**', '#', '|', '1.', 'a)', 'NaN', 'Infinity', '1e999', '٣', '½') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const randomDoc = fc.array(tokenArb, { maxLength: 150 }).map((ts) => ts.join(' '));

function checkDocument(raw: string): void {
  const doc = extractDocument(raw, 'prop.txt');
  for (const r of doc.records) {
    expect(Number.isFinite(r.value)).toBe(true);
    if (r.value_max !== null) expect(Number.isFinite(r.value_max)).toBe(true);
    if (r.year !== null) expect(Number.isFinite(r.year)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(r.start, r.end)).toBe(r.quote);
  }
  for (const v of [doc.meta.plan_year, doc.meta.period_start, doc.meta.period_end]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
}

describe('extractDocument (property)', () => {
  it('mutated seed sentences: no throw, finite values, offsets slice the quote', () => {
    fc.assert(fc.property(mutatedDoc, checkDocument), { numRuns: 300 });
  }, 60_000);

  it('random Vietnamese-ish text: no throw, finite values, offsets slice the quote', () => {
    fc.assert(fc.property(randomDoc, checkDocument), { numRuns: 300 });
  }, 60_000);

  it('whole mutated seeds: no throw, finite values, offsets slice the quote', () => {
    const whole = fc.record({ i: fc.integer({ min: 0, max: SEEDS.length - 1 }), seed: fc.integer() }).map(({ i, seed }) => {
      let a = seed >>> 0;
      const rnd = () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 4294967296;
      return (SEEDS[i] as string)
        .split('\n')
        .map((l) => (rnd() < 0.3 ? mutate(l, rnd) : l))
        .join('\n');
    });
    fc.assert(fc.property(whole, checkDocument), { numRuns: 25 });
  }, 60_000);
});

describe('extract run (property)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-prop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores no NaN or Infinity, and stored offsets slice the stored text to the quote', async () => {
    const docs = fc.sample(fc.oneof(mutatedDoc, randomDoc), { numRuns: 30, seed: 42 });
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    docs.forEach((d, i) => {
      writeFileSync(join(corpus, `d${String(i).padStart(2, '0')}.txt`), d);
    });
    const db = join(dir, 'prop.sqlite');
    const r = await runExtract([corpus], { db, workers: 0 });
    // empty or white-space-only texts are refused as input errors; nothing else fails
    expect(r.failures.every((f) => /empty|no text/u.test(f.reason))).toBe(true);
    const d = new Database(db, { readonly: true });
    const rows = d
      .prepare('SELECT t.value, t.value_max, t.year, t.start, t."end", t.quote, d.text FROM targets t JOIN documents d ON d.id = t.document_id')
      .all() as {
      value: number;
      value_max: number | null;
      year: number | null;
      start: number;
      end: number;
      quote: string;
      text: string;
    }[];
    d.close();
    for (const row of rows) {
      expect(Number.isFinite(row.value)).toBe(true);
      if (row.value_max !== null) expect(Number.isFinite(row.value_max)).toBe(true);
      if (row.year !== null) expect(Number.isFinite(row.year)).toBe(true);
      expect(row.text.slice(row.start, row.end)).toBe(row.quote);
    }
  }, 60_000);
});
