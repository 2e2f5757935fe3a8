/**
 * What the review server accepts, as zod schemas: every request's body, query and path parameters
 * go through one of these before anything reads the database. A record's values go through
 * RecordFieldsSchema (pipeline/record.ts), the record schema's own enums and checks.
 */
import { z } from 'zod';
import { RecordFieldsSchema } from '../record.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const offset = z.number().int().nonnegative().max(1e9);
const textHash = z.string().regex(/^[0-9a-f]{64}$/u, 'a text digest is 64 hex digits');
/** Who gives the verdict: a name the reviewer types, kept with it. */
const reviewer = z
  .string()
  .trim()
  .min(1, 'give your name (reviewer) first')
  .max(80, 'a name of at most 80 characters')
  .regex(/^[^\p{Cc}]*$/u, 'no control characters in a name');

/** A record as the page showed it: its id, its document's text digest, its words and its fields (recordKey). */
export const SeenRecordSchema = z
  .object({ id, text_hash: textHash, start: offset, end: offset, key: z.string().min(2).max(2000) })
  .strict()
  .refine((r) => r.end > r.start, { message: 'end must be after start', path: ['end'] });

/** The verdict the record had on the page (null: none), so a verdict given meanwhile is not overwritten. */
const expect = id.nullable();

export const VerdictRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept'), record: SeenRecordSchema, expect, reviewer }).strict(),
  z.object({ kind: z.literal('reject'), record: SeenRecordSchema, expect, reviewer }).strict(),
  z.object({ kind: z.literal('correct'), record: SeenRecordSchema, expect, reviewer, fields: RecordFieldsSchema }).strict(),
  z
    .object({
      kind: z.literal('add'),
      document: z.object({ id, text_hash: textHash }).strict(),
      start: offset,
      end: offset,
      quote: z
        .string()
        .min(1)
        .max(400)
        .refine((q) => q.trim() === q, 'the words must not start or end with a space'),
      reviewer,
      fields: RecordFieldsSchema,
    })
    .strict()
    .refine((r) => r.end - r.start === r.quote.length, { message: 'the words must be as long as their offsets say', path: ['end'] }),
  z.object({ kind: z.literal('amend'), addition: id, reviewer, fields: RecordFieldsSchema }).strict(),
  z.object({ kind: z.literal('withdraw'), addition: id, reviewer }).strict(),
]);
export type VerdictRequest = z.infer<typeof VerdictRequestSchema>;

export const QueueQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1e9).default(0),
    token: z.string().max(500).optional(),
  })
  .strict();

/** A document page's path parameter: "12.html". */
export const DocParamSchema = z.object({ file: z.string().regex(/^[1-9]\d{0,15}\.html$/u, 'a document page is N.html') });

/** The token given once in the address of a page (then kept in a cookie). */
export const PageQuerySchema = z.object({ token: z.string().max(500).optional() }).strict();

/** One line naming each problem zod found: "fields.year: Too big: expected number to be <=2100". */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`).join('; ');
}

/** A request that takes no input (the JSON reads, the icon): no query either. */
export const NoQuerySchema = z.object({}).strict();

/** The assets the server has: its stylesheets and scripts. */
export const AssetParamSchema = z.object({ name: z.enum(['report.css', 'report.js', 'review.css', 'review.js']) });
