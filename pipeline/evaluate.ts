/**
 * Scoring as TARGETS.md defines it: per document, the set of predicted identifying
 * keys (doc, subject, metric, sector, status, year, unit, value, value_max) against
 * the gold set; precision, recall and F1 micro-averaged over documents, with
 * metric `other` left out on both sides; comparator agreement on matched pairs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { CommandError } from './errors.ts';
import { COMPARATORS, METRICS, SECTORS, STATUSES, SUBJECTS, UNITS } from './record.ts';
import { CERTAINTY_LEVELS, CertaintySchema, type CertaintyLevel } from '../extractors/certainty.ts';

export const GoldRecordSchema = z.object({
  doc: z.string(),
  subject: z.enum(SUBJECTS),
  metric: z.enum(METRICS),
  sector: z.enum(SECTORS).nullable(),
  status: z.enum(STATUSES),
  year: z.number().int().nullable(),
  unit: z.enum(UNITS),
  value: z.number(),
  value_max: z.number().nullable(),
  comparator: z.enum(COMPARATORS),
  quote: z.string().optional(),
  /** A reading TARGETS.md leaves open: neither credited nor penalised. */
  optional: z.boolean().optional(),
  /** A predicted record's certainty (extractors/certainty.ts): its level as stored, or the record's whole certainty; gold records have none. */
  certainty: z
    .union([z.enum(CERTAINTY_LEVELS), CertaintySchema])
    .nullable()
    .optional(),
});
export type ScoredRecord = z.infer<typeof GoldRecordSchema>;

/**
 * Read a gold file (JSON lines, one record each; blank lines allowed). Anything wrong
 * with it is one CommandError naming the file, the line and what is wrong there.
 */
export function readGold(file: string): ScoredRecord[] {
  if (!existsSync(file)) throw new CommandError(`${file}: no such gold file`);
  if (statSync(file).isDirectory()) throw new CommandError(`${file}: a folder, not a gold file (JSON lines)`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommandError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const gold: ScoredRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new CommandError(`${file}:${i + 1}: not a JSON record (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
    const parsed = GoldRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new CommandError(`${file}:${i + 1}: not a gold record (${where}${issue?.message ?? 'invalid'})`);
    }
    gold.push(parsed.data);
  });
  if (gold.length === 0) throw new CommandError(`${file}: no gold records in it`);
  return gold;
}

const MONEY = new Set(['VND', 'VND/year', 'VND/month']);

function sameValue(a: number, b: number, unit: string): boolean {
  return MONEY.has(unit) ? Math.round(a) === Math.round(b) : Math.abs(a - b) <= 1e-9;
}

function sameKey(a: ScoredRecord, b: ScoredRecord): boolean {
  return (
    a.doc === b.doc &&
    a.subject === b.subject &&
    a.metric === b.metric &&
    a.sector === b.sector &&
    a.status === b.status &&
    a.year === b.year &&
    a.unit === b.unit &&
    sameValue(a.value, b.value, a.unit) &&
    (a.value_max === null ? b.value_max === null : b.value_max !== null && sameValue(a.value_max, b.value_max, a.unit))
  );
}

/** Counts and rates; `tp` is also the number of matched pairs. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocScore extends Counts {
  doc: string;
  missed: ScoredRecord[];
  wrong: ScoredRecord[];
  /** Matched pairs whose comparator agrees. */
  comparatorAgree: number;
}

/** Predicted and matched records of one certainty level ('unknown': a record stored before levels existed). */
export interface LevelCounts {
  level: CertaintyLevel | 'unknown';
  predicted: number;
  matched: number;
}

export interface Score extends Counts {
  perDoc: DocScore[];
  comparatorAgreement: number;
  /** Per certainty level, most certain first; empty when no predicted record has a level. */
  byCertainty: LevelCounts[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Deduplicate identifying keys: a fact stated twice is one record. */
function dedupe(rs: ScoredRecord[]): ScoredRecord[] {
  const out: ScoredRecord[] = [];
  for (const r of rs) if (!out.some((o) => sameKey(o, r))) out.push(r);
  return out;
}

export function score(predicted: ScoredRecord[], gold: ScoredRecord[], docs?: Iterable<string>): Score {
  const scored = (rs: ScoredRecord[]) => rs.filter((r) => r.metric !== 'other');
  const names = new Set<string>([...(docs ?? []), ...gold.map((g) => g.doc)]);
  const perDoc: DocScore[] = [];
  const levels = new Map<LevelCounts['level'], LevelCounts>();
  const count = (r: ScoredRecord, matched: boolean): void => {
    const level = (typeof r.certainty === 'string' ? r.certainty : r.certainty?.level) ?? 'unknown';
    const c = levels.get(level) ?? { level, predicted: 0, matched: 0 };
    c.predicted++;
    if (matched) c.matched++;
    levels.set(level, c);
  };
  for (const doc of [...names].sort()) {
    const p = dedupe(scored(predicted.filter((r) => r.doc === doc)));
    const inDoc = scored(gold.filter((r) => r.doc === doc));
    // (TARGETS.md: an optional gold record is neither credited nor penalised; a key also given as required is required)
    const g = dedupe(inDoc.filter((r) => r.optional !== true));
    const open = inDoc.filter((r) => r.optional === true && !g.some((x) => sameKey(x, r)));
    const used = new Set<number>();
    let tp = 0;
    let agree = 0;
    const wrong: ScoredRecord[] = [];
    for (const r of p) {
      const i = g.findIndex((x, j) => !used.has(j) && sameKey(r, x));
      if (i < 0 && open.some((x) => sameKey(r, x))) continue; // an open reading: neither a hit nor a false positive
      count(r, i >= 0);
      if (i >= 0) {
        used.add(i);
        tp++;
        if ((g[i] as ScoredRecord).comparator === r.comparator) agree++;
      } else wrong.push(r);
    }
    const missed = g.filter((_, j) => !used.has(j));
    const precision = ratio(tp, tp + wrong.length);
    const recall = ratio(tp, g.length);
    perDoc.push({ doc, tp, fp: wrong.length, fn: missed.length, precision, recall, f1: f1(precision, recall), missed, wrong, comparatorAgree: agree });
  }
  const tp = perDoc.reduce((a, d) => a + d.tp, 0);
  const fp = perDoc.reduce((a, d) => a + d.fp, 0);
  const fn = perDoc.reduce((a, d) => a + d.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    perDoc,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: f1(precision, recall),
    comparatorAgreement: ratio(
      perDoc.reduce((a, d) => a + d.comparatorAgree, 0),
      tp,
    ),
    byCertainty: levels.size === 1 && levels.has('unknown') ? [] : [...CERTAINTY_LEVELS, 'unknown' as const].flatMap((l) => levels.get(l) ?? []),
  };
}

/**
 * The certainty table: per level, how many records were predicted and matched, the level's
 * precision, and its share of the gold (the levels' recalls add up to the overall recall);
 * then the same for the records at or above each level (what trusting only them would give).
 */
export function formatCertainty(s: Score): string[] {
  if (s.byCertainty.length === 0) return [];
  const gold = s.tp + s.fn;
  const row = (label: string, predicted: number, matched: number): string =>
    `  ${label.padEnd(22)} ${String(predicted).padStart(9)} ${String(matched).padStart(8)} ${ratio(matched, predicted).toFixed(3).padStart(10)} ${(gold === 0 ? 1 : matched / gold).toFixed(3).padStart(7)}`;
  const lines = [`${'by certainty'.padEnd(24)} predicted  matched  precision  recall`];
  for (const c of s.byCertainty) lines.push(row(c.level, c.predicted, c.matched));
  let predicted = 0;
  let matched = 0;
  for (const [i, c] of s.byCertainty.entries()) {
    predicted += c.predicted;
    matched += c.matched;
    if (i > 0 && i < s.byCertainty.length - 1)
      lines.push(
        row(
          `${s.byCertainty
            .slice(0, i + 1)
            .map((x) => x.level)
            .join(' + ')}`,
          predicted,
          matched,
        ),
      );
  }
  return lines;
}

function show(r: ScoredRecord): string {
  const v = r.value_max === null ? `${r.value}` : `${r.value}–${r.value_max}`;
  return `${r.subject} ${r.metric} ${r.sector ?? '-'} ${r.status} ${r.year ?? '-'} ${v} ${r.unit} ${r.comparator}${r.quote ? `  «${r.quote}»` : ''}`;
}

export function formatScore(s: Score): string {
  const pct = (x: number) => x.toFixed(3);
  const lines: string[] = [];
  for (const d of s.perDoc) {
    lines.push(`${d.doc}: P ${pct(d.precision)} R ${pct(d.recall)} F1 ${pct(d.f1)} (tp ${d.tp}, fp ${d.fp}, fn ${d.fn})`);
    for (const m of d.missed) lines.push(`  missed  ${show(m)}`);
    for (const w of d.wrong) lines.push(`  wrong   ${show(w)}`);
  }
  lines.push('');
  lines.push(`documents ${s.perDoc.length}, gold ${s.tp + s.fn}, predicted ${s.tp + s.fp}, matched ${s.tp}`);
  lines.push(`comparator agreement ${pct(s.comparatorAgreement)} on ${s.tp} matched`);
  const levels = formatCertainty(s);
  if (levels.length) lines.push(...levels);
  lines.push(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  return lines.join('\n');
}
