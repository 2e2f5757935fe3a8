/**
 * The record: the single definition of what chitieu stores, as zod schemas.
 * The TypeScript types are inferred from them, so validation and types can not drift.
 * Field meanings follow TARGETS.md.
 */
import { z } from 'zod';
import { CertaintySchema } from '../extractors/certainty.ts';

export const SUBJECTS = ['htx', 'tht', 'lhhtx', 'kttt'] as const;
export const SECTORS = ['agriculture', 'industry', 'construction', 'trade_services', 'transport', 'credit', 'environment', 'non_agriculture', 'other'] as const;
export const STATUSES = ['target', 'actual'] as const;
export const UNITS = ['count', 'count/year', 'percent', 'percent/year', 'VND', 'VND/year', 'VND/month'] as const;
export const COMPARATORS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'] as const;
export const METRICS = [
  'count',
  'new_count',
  'dissolved_count',
  'members',
  'workers',
  'managers',
  'managers_trained',
  'revenue_avg',
  'profit_avg',
  'income_avg',
  'capital',
  'budget_contribution',
  'grdp_share',
  'growth_rate',
  'effective',
  'weak',
  'value_chain',
  'ocop_products',
  'bad_debt',
  'coverage',
  'other',
] as const;

export type Subject = (typeof SUBJECTS)[number];
export type Sector = (typeof SECTORS)[number];
export type Status = (typeof STATUSES)[number];
export type Unit = (typeof UNITS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Metric = (typeof METRICS)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** The fields of a record a person can judge: TARGETS.md's identifying key and the comparator. */
const FIELDS = {
  subject: z.enum(SUBJECTS),
  metric: z.enum(METRICS),
  sector: z.enum(SECTORS).nullable(),
  status: z.enum(STATUSES),
  year: z.number().int().min(1945).max(2100).nullable(),
  unit: z.enum(UNITS),
  value: finite,
  value_max: finite.nullable(),
  comparator: z.enum(COMPARATORS),
};

const valueMaxAtLeastValue = (r: { value: number; value_max: number | null }): boolean => r.value_max === null || r.value_max >= r.value;
const rangeHasValueMax = (r: { comparator: Comparator; value_max: number | null }): boolean => (r.comparator === 'range') === (r.value_max !== null);
/** No amount the collective economy reports is under 1.000 đồng: one under it lost its magnitude ("VND2." cut from "VND2.5 billion"). */
const MIN_DONG = 1000;
const moneyHasMagnitude = (r: { unit: Unit; value: number }): boolean => !r.unit.startsWith('VND') || r.value >= MIN_DONG;

/** A record's fields as a reviewer corrects or adds them (pipeline/verdicts.ts): the same values and checks as a record. */
export const RecordFieldsSchema = z
  .object(FIELDS)
  .strict()
  .refine(valueMaxAtLeastValue, { message: 'value_max below value', path: ['value_max'] })
  .refine(rangeHasValueMax, { message: 'a range needs value_max, and only a range has one', path: ['value_max'] });
export type RecordFields = z.infer<typeof RecordFieldsSchema>;

/** The fields of a record in a fixed order, as one string: what a verdict remembers of the record it judged. */
export function recordKey(r: RecordFields): string {
  return JSON.stringify([r.subject, r.metric, r.sector, r.status, r.year, r.unit, r.value, r.value_max, r.comparator]);
}

export const TargetRecordSchema = z
  .object({
    ...FIELDS,
    /** The number with its unit, exactly as the stored text has it at [start, end). */
    quote: z.string().min(1),
    /** The sentence the figure stands in. */
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Headings and lead-ins above the sentence, outermost first. */
    section_path: z.array(z.string()),
    /** Every rule that contributed, most decisive first; the first names the metric rule. */
    rules: z.array(z.string()).min(1),
    /** Which rule or step decided each field (for `npm run explain` and the report); the `rules` list is its flat form. */
    decided: z.object({ metric: z.string(), subject: z.string(), sector: z.string(), status: z.string(), year: z.string(), figure: z.string() }).optional(),
    /** How sure the record is: the fallbacks its fields used and the level they give (extractors/certainty.ts). */
    certainty: CertaintySchema.optional(),
  })
  .refine((r) => r.end > r.start, { message: 'end must be after start' })
  .refine(valueMaxAtLeastValue, { message: 'value_max below value' })
  .refine(rangeHasValueMax, { message: 'a range needs value_max, and only a range has one' })
  .refine(moneyHasMagnitude, { message: 'an amount in đồng under 1.000: its magnitude was lost' });

export type TargetRecord = z.infer<typeof TargetRecordSchema>;

export const DOC_TYPES = ['ke_hoach', 'bao_cao', 'tin_bai', 'quyet_dinh', 'nghi_quyet', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DocumentMetaSchema = z.object({
  title: z.string().nullable(),
  doc_type: z.enum(DOC_TYPES),
  doc_number: z.string().nullable(),
  issuer: z.string().nullable(),
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is blank). */
  issued: z.string().nullable(),
  plan_year: z.number().int().nullable(),
  period_start: z.number().int().nullable(),
  period_end: z.number().int().nullable(),
  province: z.string().nullable(),
  district: z.string().nullable(),
  /** The province the place belongs to after the 2025 reorganisation. */
  province_today: z.string().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** The flat row of an export: TARGETS.md's keys plus the evidence. */
export interface ExportRow {
  doc: string;
  subject: Subject;
  metric: Metric;
  sector: Sector | null;
  status: Status;
  year: number | null;
  unit: Unit;
  value: number;
  value_max: number | null;
  comparator: Comparator;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  section_path: string;
  rule: string;
  path: string;
  province: string | null;
  district: string | null;
  province_today: string | null;
}
