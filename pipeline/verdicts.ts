/**
 * The reviewers' verdicts, a store module: every SQL statement about verdicts is here (the views
 * that read them are in pipeline/report/views.ts).
 *
 * A verdict says what an analyst made of a record: `accept`, `reject`, `correct` (the record with
 * other values), `add` (a record the extractor missed, on words the analyst selected), or
 * `withdraw` (an addition taken back). It is kept in its own table, keyed by what outlives an
 * extraction: the document's text (`text_hash`, pipeline/text-digest.ts), the words (`start`,
 * `end`, `quote`) and the record's fields as the analyst saw them (`record_key`, see recordKey).
 * Record ids are not part of the key: a new extractor version re-extracts a document into new rows.
 *
 * After every save of a document (Store.saveDocument, in the same transaction) `resolveVerdicts`
 * finds, for each current verdict on that text, the words in the new text (where they were, else
 * the nearest place they stand) and the record at them with the key it judged, and links it
 * (`target_id`, `document_id`, `state = 'applied'`). A verdict whose text is no longer stored,
 * whose words are gone, or whose record is no longer extracted at them becomes `state = 'orphan'`
 * with the reason in `problem`: it is reported by `extract`, `review` and the review pages, never
 * dropped. A new verdict on the same record supersedes the one before it (`superseded_by`); the
 * history stays.
 *
 * `addVerdict` checks what the reviewer saw against what is stored, inside one write transaction
 * (SQLite: immediate; PostgreSQL: serialisable, run again on a conflict): a record that changed
 * meanwhile (re-extracted, or judged by someone else) is refused as `stale`, so two reviewers at
 * once lose nothing.
 *
 * The table is made by migration 3 (pipeline/db/migrations.ts); the SQL here is the same on both
 * engines (text ordered by code point through the dialect).
 */
import { partsOf } from '../extractors/part.ts';
import type { Selectable } from 'kysely';
import type { Db, Queries } from './db/connect.ts';
import type { VerdictsTable } from './db/schema.ts';
import { sql } from './db/kysely.ts';
import { recordKey, type RecordFields } from './record.ts';

export const VERDICT_KINDS = ['accept', 'reject', 'correct', 'add', 'withdraw'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** A verdict as read back: the table's columns (pipeline/db/schema.ts), written once. */
export type VerdictRow = Selectable<VerdictsTable>;

/** The fields a correction or an addition gives, from its row. */
export function fieldsOf(v: VerdictRow): RecordFields | null {
  if (v.subject === null || v.metric === null || v.status === null || v.unit === null || v.value === null || v.comparator === null) return null;
  return {
    subject: v.subject,
    metric: v.metric,
    sector: v.sector,
    status: v.status,
    year: v.year,
    unit: v.unit,
    value: v.value,
    value_max: v.value_max,
    comparator: v.comparator,
  } as RecordFields;
}

/** Readable form of a record key, for messages: "htx count - target 2025 400 count eq". */
export function showKey(key: string | null): string {
  if (key === null) return '(none)';
  try {
    const v = JSON.parse(key) as unknown[];
    return v.map((x) => (x === null ? '-' : String(x))).join(' ');
  } catch {
    return key;
  }
}

interface TargetKeyRow extends RecordFields {
  id: number;
  start: number;
  end: number;
}

const TARGET_FIELDS = 'id, subject, metric, sector, status, year, unit, value, value_max, comparator, start, "end"';

/** Where the words stand in the text now: at their offsets, else the occurrence nearest them; null when gone. */
export function placeWords(text: string, start: number, end: number, quote: string): { start: number; end: number } | null {
  if (text.slice(start, end) === quote) return { start, end };
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0 && quote.length > 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best < 0 ? null : { start: best, end: best + quote.length };
}

const GONE = 'the document text it was given on is no longer stored (its file changed or was replaced)';

/** What one resolution pass changed. */
export interface ResolveSummary {
  applied: number;
  orphans: number;
  /** Verdicts that applied before this pass and no longer do. */
  newlyOrphaned: number[];
}

/**
 * Link every current verdict on `textHash` (all texts when omitted) to the words and record it
 * judged in the stored extraction, or mark it an orphan with the reason. Verdicts on texts no
 * longer stored become orphans. Runs inside the caller's transaction `tx`.
 */
export async function resolveVerdicts(tx: Queries, textHash?: string): Promise<ResolveSummary> {
  const now = new Date().toISOString();
  const states = async (): Promise<{ id: number; state: string }[]> =>
    (await sql<{ id: number; state: string }>`SELECT id, state FROM verdicts WHERE superseded_by IS NULL AND kind <> 'withdraw'`.execute(tx)).rows;
  const before = new Map((await states()).map((r) => [r.id, r.state]));
  // texts no longer stored
  await sql`UPDATE verdicts SET state = 'orphan', target_id = NULL, document_id = NULL, problem = ${GONE}, resolved_at = ${now}
    WHERE superseded_by IS NULL AND kind <> 'withdraw' AND (state = 'applied' OR problem IS DISTINCT FROM ${GONE})
      AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.text_hash = verdicts.text_hash)`.execute(tx);
  const hashes =
    textHash !== undefined
      ? [textHash]
      : (await sql<{ text_hash: string }>`SELECT DISTINCT text_hash FROM verdicts WHERE superseded_by IS NULL`.execute(tx)).rows.map((r) => r.text_hash);
  for (const hash of hashes) {
    // (a document nobody has judged, the common case when extracting, costs one indexed look-up)
    const verdicts = (
      await sql<VerdictRow>`SELECT * FROM verdicts WHERE text_hash = ${hash} AND superseded_by IS NULL AND kind <> 'withdraw' ORDER BY id`.execute(tx)
    ).rows;
    if (verdicts.length === 0) continue;
    const doc = (await sql<{ id: number; text: string }>`SELECT id, text FROM documents WHERE text_hash = ${hash} ORDER BY id LIMIT 1`.execute(tx)).rows[0];
    if (!doc) continue;
    const targets = (await sql<TargetKeyRow>`SELECT ${sql.raw(TARGET_FIELDS)} FROM targets WHERE document_id = ${doc.id}`.execute(tx)).rows;
    // unlink first: the unique index allows one current verdict per record at every step
    await sql`UPDATE verdicts SET target_id = NULL WHERE id IN (${sql.join(verdicts.map((v) => v.id))})`.execute(tx);
    const taken = new Map<number, number>(); // target id → verdict id (the newest wins: verdicts are in id order, newest last)
    const outcome = new Map<number, { state: 'applied' | 'orphan'; start: number; end: number; target: number | null; problem: string | null }>();
    for (const v of verdicts) {
      const at = placeWords(doc.text, v.start, v.end, v.quote);
      if (!at) {
        outcome.set(v.id, { state: 'orphan', start: v.start, end: v.end, target: null, problem: `the words «${v.quote}» are no longer in the text` });
        continue;
      }
      const here = targets.filter((t) => t.start === at.start && t.end === at.end);
      const corrected = fieldsOf(v);
      const wanted = new Set<string>();
      if (v.record_key !== null && v.kind !== 'add') wanted.add(v.record_key);
      if (corrected && (v.kind === 'correct' || v.kind === 'add')) wanted.add(recordKey(corrected));
      const t = here.find((x) => wanted.has(recordKey(x)));
      if (t) {
        const earlier = taken.get(t.id);
        if (earlier !== undefined) {
          const o = outcome.get(earlier);
          if (o) Object.assign(o, { state: 'orphan', target: null, problem: `a newer verdict (#${v.id}) on the same record replaces it` });
        }
        taken.set(t.id, v.id);
        outcome.set(v.id, { state: 'applied', ...at, target: t.id, problem: null });
      } else if (v.kind === 'add') {
        outcome.set(v.id, { state: 'applied', ...at, target: null, problem: null });
      } else {
        const there = here.length ? `; now there: ${here.map((x) => showKey(recordKey(x))).join(' | ')}` : '; the extractor gives no record there now';
        outcome.set(v.id, {
          state: 'orphan',
          ...at,
          target: null,
          problem: `the record judged (${showKey(v.record_key)}) is no longer extracted at «${v.quote}»${there}`,
        });
      }
    }
    for (const v of verdicts) {
      const o = outcome.get(v.id);
      if (!o) continue;
      await sql`UPDATE verdicts SET state = ${o.state}, start = ${o.start}, "end" = ${o.end}, document_id = ${doc.id},
        target_id = ${o.target}, problem = ${o.problem}, resolved_at = ${now} WHERE id = ${v.id}`.execute(tx);
    }
  }
  const after = await states();
  return {
    applied: after.filter((r) => r.state === 'applied').length,
    orphans: after.filter((r) => r.state === 'orphan').length,
    newlyOrphaned: after.filter((r) => r.state === 'orphan' && before.get(r.id) === 'applied').map((r) => r.id),
  };
}

/** resolveVerdicts over every text, in its own write transaction. */
export function resolveAllVerdicts(db: Db): Promise<ResolveSummary> {
  return db.write((tx) => resolveVerdicts(tx));
}

/** Current verdicts that no longer apply, in the order of their documents' names and words. */
export async function listOrphans(db: Db, textHash?: string, q: Queries = db.q): Promise<VerdictRow[]> {
  const only = textHash === undefined ? sql`` : sql`AND text_hash = ${textHash}`;
  return (
    await sql<VerdictRow>`SELECT * FROM verdicts WHERE superseded_by IS NULL AND state = 'orphan' ${only}
    ORDER BY file_name${sql.raw(db.dialect.codePoint)}, start, id`.execute(q)
  ).rows;
}

/** One line about an orphan verdict, for the command line and the pages. */
export function describeOrphan(v: VerdictRow): string {
  const what = v.kind === 'correct' || v.kind === 'add' ? `${v.kind} → ${showKey(fieldsOf(v) ? recordKey(fieldsOf(v) as RecordFields) : null)}` : v.kind;
  return `verdict #${v.id} (${what} by ${v.reviewer}, ${v.created_at}) on ${v.file_name} «${v.quote}»: ${v.problem ?? 'does not apply'}`;
}

/** Every current verdict on a text: what the document page shows (applied and orphans; withdrawals left out). */
export async function verdictsOfText(q: Queries, textHash: string): Promise<VerdictRow[]> {
  return (
    await sql<VerdictRow>`SELECT * FROM verdicts WHERE text_hash = ${textHash} AND superseded_by IS NULL AND kind <> 'withdraw' ORDER BY start, id`.execute(q)
  ).rows;
}

/** Counts for the pages and the command line. */
export async function verdictCounts(q: Queries): Promise<{ records: number; reviewed: number; left: number; added: number; orphans: number }> {
  const n = async (query: string): Promise<number> => Number((await sql.raw<{ n: number }>(query).execute(q)).rows[0]?.n ?? 0);
  const records = await n("SELECT COUNT(*) AS n FROM targets WHERE metric <> 'other'");
  const reviewed = await n(`SELECT COUNT(*) AS n FROM targets t WHERE t.metric <> 'other' AND EXISTS
    (SELECT 1 FROM verdicts v WHERE v.target_id = t.id AND v.superseded_by IS NULL AND v.state = 'applied')`);
  return {
    records,
    reviewed,
    left: records - reviewed,
    added: await n("SELECT COUNT(*) AS n FROM verdicts WHERE superseded_by IS NULL AND state = 'applied' AND kind = 'add' AND target_id IS NULL"),
    orphans: await n("SELECT COUNT(*) AS n FROM verdicts WHERE superseded_by IS NULL AND state = 'orphan'"),
  };
}

/** Documents by how far their review has got: every scored record judged and no verdict left that no longer applies, or not. */
export async function reviewedDocuments(db: Db, q: Queries = db.q): Promise<{ complete: string[]; partial: { doc: string; left: number; orphans: number }[] }> {
  const rows = (
    await sql<{ doc: string; left: number; orphans: number; verdicts: number }>`SELECT d.file_name AS doc,
        (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id AND t.metric <> 'other' AND NOT EXISTS
          (SELECT 1 FROM verdicts v WHERE v.target_id = t.id AND v.superseded_by IS NULL AND v.state = 'applied')) AS left,
        (SELECT COUNT(*) FROM verdicts v WHERE v.text_hash = d.text_hash AND v.superseded_by IS NULL AND v.state = 'orphan') AS orphans,
        (SELECT COUNT(*) FROM verdicts v WHERE v.text_hash = d.text_hash AND v.superseded_by IS NULL) AS verdicts
      FROM documents d ORDER BY d.file_name${sql.raw(db.dialect.codePoint)}`.execute(q)
  ).rows;
  return {
    complete: rows.filter((r) => r.verdicts > 0 && r.left === 0 && r.orphans === 0).map((r) => r.doc),
    partial: rows.filter((r) => r.verdicts > 0 && (r.left > 0 || r.orphans > 0)).map(({ doc, left, orphans }) => ({ doc, left, orphans })),
  };
}

/** A record left to review, as the queue lists it. */
export interface QueueRow extends RecordFields {
  id: number;
  document_id: number;
  file_name: string;
  title: string | null;
  text_hash: string;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  certainty: string | null;
  fallbacks: string;
}

/** Records without a verdict (metric `other` left out), least certain first, across documents. */
export async function reviewQueue(db: Db, limit: number, offset: number): Promise<QueueRow[]> {
  return (
    await sql<QueueRow>`SELECT t.id, t.document_id, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max,
        t.comparator, t.quote, t.sentence, t.start, t."end", t.rule, t.certainty, t.fallbacks,
        d.file_name, d.title, d.text_hash
      FROM targets t JOIN documents d ON d.id = t.document_id
      WHERE t.metric <> 'other' AND NOT EXISTS
        (SELECT 1 FROM verdicts v WHERE v.target_id = t.id AND v.superseded_by IS NULL AND v.state = 'applied')
      ORDER BY CASE t.certainty WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END, d.file_name${sql.raw(db.dialect.codePoint)}, t.start, t.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db.q)
  ).rows;
}

// ---- giving a verdict ------------------------------------------------------------------------

/** Why a verdict is refused: `unknown` record or document, `stale` (changed since it was seen), `invalid` (cannot be). */
export class VerdictRefused extends Error {
  constructor(
    readonly reason: 'unknown' | 'stale' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'VerdictRefused';
  }
}

/** A record as the reviewer's page showed it. */
export interface SeenRecord {
  id: number;
  text_hash: string;
  start: number;
  end: number;
  /** recordKey of the record as shown. */
  key: string;
}

export type VerdictInput =
  | { kind: 'accept' | 'reject'; record: SeenRecord; expect: number | null; reviewer: string }
  | { kind: 'correct'; record: SeenRecord; expect: number | null; reviewer: string; fields: RecordFields }
  | { kind: 'add'; document: { id: number; text_hash: string }; start: number; end: number; quote: string; reviewer: string; fields: RecordFields }
  /** An addition corrected (kind 'add' again) or taken back. */
  | { kind: 'amend'; addition: number; reviewer: string; fields: RecordFields }
  | { kind: 'withdraw'; addition: number; reviewer: string };

interface TargetFull extends TargetKeyRow {
  document_id: number;
  quote: string;
  sentence: string;
  section_path: string;
  text_hash: string;
  extractor_version: string;
  file_name: string;
  part: string;
  part_rule: string | null;
}

/** The part (extractors/part.ts) a record with these fields would have among the document's records. */
async function partFor(
  tx: Queries,
  documentId: number,
  text: string,
  fields: RecordFields,
  start: number,
  end: number,
  sentence: string,
  replacing: number | null,
): Promise<{ part: string; rule: string }> {
  const rows = (
    await sql<{ id: number; subject: string; metric: string; sector: string | null; unit: string; start: number; end: number; sentence: string }>`
    SELECT id, subject, metric, sector, unit, start, "end", sentence FROM targets WHERE document_id = ${documentId} ORDER BY start, id`.execute(tx)
  ).rows;
  const mine = { id: -1, subject: fields.subject, metric: fields.metric, sector: fields.sector, unit: fields.unit, start, end, sentence };
  const list = rows.filter((r) => r.id !== replacing);
  const at = list.findIndex((r) => r.start > start);
  list.splice(at < 0 ? list.length : at, 0, mine);
  const decided = partsOf(list, text)[list.indexOf(mine)];
  return { part: decided?.part ?? 'total', rule: decided?.rule ?? 'part.total' };
}

/** The sentence around the words, for an addition's evidence: its line, cut to about 400 characters. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 200);
  return text.slice(from, to).trim();
}

const NO_FIELDS = {
  subject: null,
  metric: null,
  sector: null,
  status: null,
  year: null,
  unit: null,
  value: null,
  value_max: null,
  comparator: null,
  part: null,
  part_rule: null,
} as const;

/** What a new verdict row says (the rest is filled in by the inserter). */
type NewVerdict = Pick<
  VerdictRow,
  | 'kind'
  | 'text_hash'
  | 'file_name'
  | 'start'
  | 'end'
  | 'quote'
  | 'record_key'
  | 'subject'
  | 'metric'
  | 'sector'
  | 'status'
  | 'year'
  | 'unit'
  | 'value'
  | 'value_max'
  | 'comparator'
  | 'part'
  | 'part_rule'
  | 'sentence'
  | 'section_path'
  | 'reviewer'
  | 'extractor_version'
  | 'document_id'
>;

type Insert = (row: NewVerdict, target: number | null, supersedes: VerdictRow | undefined) => Promise<VerdictRow>;

/** Insert a verdict (superseding one, and linking it to a record, when given) and return its row. */
function inserter(tx: Queries, now: string): Insert {
  return async (row, target, supersedes) => {
    // the one before it lets go of the record first (one current verdict per record)
    if (supersedes) await tx.updateTable('verdicts').set({ target_id: null }).where('id', '=', supersedes.id).execute();
    const { id } = await tx
      .insertInto('verdicts')
      .values({
        ...row,
        created_at: now,
        supersedes: supersedes?.id ?? null,
        state: 'applied',
        target_id: null,
        resolved_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (supersedes) await tx.updateTable('verdicts').set({ superseded_by: id }).where('id', '=', supersedes.id).execute();
    if (target !== null) await tx.updateTable('verdicts').set({ target_id: target }).where('id', '=', id).execute();
    // an addition the extractor gives as the reviewer reads it is linked to that record
    if (row.kind === 'add') await resolveVerdicts(tx, row.text_hash);
    return (await sql<VerdictRow>`SELECT * FROM verdicts WHERE id = ${id}`.execute(tx)).rows[0] as VerdictRow;
  };
}

/** A record's fields and nothing else (a request may carry more keys than the table has). */
const only = (f: RecordFields): RecordFields => ({
  subject: f.subject,
  metric: f.metric,
  sector: f.sector,
  status: f.status,
  year: f.year,
  unit: f.unit,
  value: f.value,
  value_max: f.value_max,
  comparator: f.comparator,
});

const T_FIELDS = sql.raw(`t.${TARGET_FIELDS.split(', ').join(', t.')}`);

/** accept, reject or correct an extracted record, as the reviewer saw it. */
async function judgeRecord(tx: Queries, insert: Insert, input: Extract<VerdictInput, { record: SeenRecord }>): Promise<VerdictRow> {
  const seen = input.record;
  const t = (
    await sql<TargetFull>`SELECT ${T_FIELDS}, t.document_id, t.quote, t.sentence, t.section_path, t.part, t.part_rule,
      d.text_hash, d.extractor_version, d.file_name
    FROM targets t JOIN documents d ON d.id = t.document_id WHERE t.id = ${seen.id}`.execute(tx)
  ).rows[0];
  if (!t) {
    const moved = (
      await sql<TargetKeyRow>`SELECT ${T_FIELDS} FROM targets t JOIN documents d ON d.id = t.document_id
      WHERE d.text_hash = ${seen.text_hash} AND t.start = ${seen.start} AND t."end" = ${seen.end}`.execute(tx)
    ).rows.find((x) => recordKey(x) === seen.key);
    if (moved)
      throw new VerdictRefused(
        'stale',
        `record #${seen.id} no longer exists: the document was re-extracted since the page was loaded (the record is now #${moved.id}); reload the page`,
      );
    throw new VerdictRefused('unknown', `no record #${seen.id}`);
  }
  if (t.text_hash !== seen.text_hash || t.start !== seen.start || t.end !== seen.end || recordKey(t) !== seen.key) {
    throw new VerdictRefused(
      'stale',
      `record #${seen.id} changed since the page was loaded (now ${showKey(recordKey(t))} at ${t.start}–${t.end}); reload the page`,
    );
  }
  const cur = (await sql<VerdictRow>`SELECT * FROM verdicts WHERE target_id = ${t.id} AND superseded_by IS NULL AND state = 'applied'`.execute(tx)).rows[0];
  if ((cur?.id ?? null) !== input.expect) {
    throw new VerdictRefused(
      'stale',
      cur
        ? `record #${t.id} was judged meanwhile: ${cur.kind} by ${cur.reviewer} at ${cur.created_at} (verdict #${cur.id}); reload the page to see it`
        : `the verdict #${String(input.expect)} shown for record #${t.id} no longer applies to it; reload the page`,
    );
  }
  let fields: Pick<NewVerdict, 'subject' | 'metric' | 'sector' | 'status' | 'year' | 'unit' | 'value' | 'value_max' | 'comparator' | 'part' | 'part_rule'> =
    NO_FIELDS;
  if (input.kind === 'correct') {
    if (recordKey(input.fields) === recordKey(t))
      throw new VerdictRefused('invalid', `nothing corrected: these are record #${t.id}'s own values (accept it instead)`);
    const { text } = await tx.selectFrom('documents').select('text').where('id', '=', t.document_id).executeTakeFirstOrThrow();
    const part = await partFor(tx, t.document_id, text, input.fields, t.start, t.end, t.sentence, t.id);
    fields = { ...only(input.fields), part: part.part, part_rule: part.rule };
  }
  return insert(
    {
      kind: input.kind,
      text_hash: t.text_hash,
      file_name: t.file_name,
      start: t.start,
      end: t.end,
      quote: t.quote,
      record_key: recordKey(t),
      ...fields,
      sentence: t.sentence,
      section_path: t.section_path,
      reviewer: input.reviewer,
      extractor_version: t.extractor_version,
      document_id: t.document_id,
    },
    t.id,
    cur,
  );
}

/** add a record on words of a document. */
async function addRecord(tx: Queries, insert: Insert, input: Extract<VerdictInput, { kind: 'add' }>): Promise<VerdictRow> {
  const doc = await tx
    .selectFrom('documents')
    .select(['id', 'text', 'text_hash', 'file_name', 'extractor_version'])
    .where('id', '=', input.document.id)
    .executeTakeFirst();
  if (!doc) throw new VerdictRefused('unknown', `no document #${input.document.id}`);
  if (doc.text_hash !== input.document.text_hash)
    throw new VerdictRefused('stale', `the text of document #${doc.id} changed since the page was loaded; reload the page`);
  if (input.end > doc.text.length)
    throw new VerdictRefused('invalid', `the words ${input.start}–${input.end} run past the end of the text (${doc.text.length} characters)`);
  const there = doc.text.slice(input.start, input.end);
  if (there !== input.quote) throw new VerdictRefused('invalid', `the words are not at ${input.start}–${input.end}: the text there is «${there.slice(0, 80)}»`);
  const key = recordKey(input.fields);
  const same = (
    await sql<TargetKeyRow>`SELECT ${sql.raw(TARGET_FIELDS)} FROM targets WHERE document_id = ${doc.id} AND start = ${input.start} AND "end" = ${input.end}`.execute(
      tx,
    )
  ).rows.find((x) => recordKey(x) === key);
  if (same) throw new VerdictRefused('stale', `the extractor already gives this record (#${same.id}): accept it instead`);
  const twice = (
    await sql<VerdictRow>`SELECT * FROM verdicts WHERE text_hash = ${doc.text_hash} AND kind = 'add' AND superseded_by IS NULL AND start = ${input.start} AND "end" = ${input.end}`.execute(
      tx,
    )
  ).rows.find((v) => fieldsOf(v) !== null && recordKey(fieldsOf(v) as RecordFields) === key);
  if (twice) throw new VerdictRefused('stale', `this record was already added by ${twice.reviewer} at ${twice.created_at} (verdict #${twice.id})`);
  const sentence = lineAround(doc.text, input.start, input.end);
  const part = await partFor(tx, doc.id, doc.text, input.fields, input.start, input.end, sentence, null);
  return insert(
    {
      kind: 'add',
      text_hash: doc.text_hash ?? '',
      file_name: doc.file_name,
      start: input.start,
      end: input.end,
      quote: input.quote,
      record_key: null,
      ...only(input.fields),
      part: part.part,
      part_rule: part.rule,
      sentence,
      section_path: '',
      reviewer: input.reviewer,
      extractor_version: doc.extractor_version,
      document_id: doc.id,
    },
    null,
    undefined,
  );
}

/** amend (correct) or withdraw a record a reviewer added. */
async function changeAddition(tx: Queries, insert: Insert, input: Extract<VerdictInput, { addition: number }>): Promise<VerdictRow> {
  const add = (await sql<VerdictRow>`SELECT * FROM verdicts WHERE id = ${input.addition} AND kind = 'add'`.execute(tx)).rows[0];
  if (!add) throw new VerdictRefused('unknown', `no added record #${input.addition}`);
  if (add.superseded_by !== null)
    throw new VerdictRefused('stale', `added record #${add.id} was changed meanwhile (by verdict #${add.superseded_by}); reload the page`);
  const same = {
    text_hash: add.text_hash,
    file_name: add.file_name,
    start: add.start,
    end: add.end,
    quote: add.quote,
    record_key: null,
    sentence: add.sentence,
    section_path: add.section_path,
  };
  if (input.kind === 'withdraw') {
    return insert(
      { kind: 'withdraw', ...same, ...NO_FIELDS, reviewer: input.reviewer, extractor_version: add.extractor_version, document_id: add.document_id },
      null,
      add,
    );
  }
  const old = fieldsOf(add);
  if (old && recordKey(old) === recordKey(input.fields))
    throw new VerdictRefused('invalid', `nothing corrected: added record #${add.id} has these values already`);
  const doc =
    add.document_id === null ? undefined : await tx.selectFrom('documents').select(['id', 'text']).where('id', '=', add.document_id).executeTakeFirst();
  if (!doc || add.state !== 'applied')
    throw new VerdictRefused('stale', `added record #${add.id} no longer applies (${add.problem ?? 'its document is gone'}); add it again`);
  const part = await partFor(tx, doc.id, doc.text, input.fields, add.start, add.end, add.sentence ?? '', null);
  return insert(
    {
      kind: 'add',
      ...same,
      ...only(input.fields),
      part: part.part,
      part_rule: part.rule,
      reviewer: input.reviewer,
      extractor_version: add.extractor_version,
      document_id: add.document_id,
    },
    null,
    add,
  );
}

/**
 * Record a verdict, after checking it against what is stored now, in one write transaction.
 * Throws VerdictRefused (nothing written) when the record or document is unknown, changed since
 * the reviewer saw it, or the verdict cannot be.
 */
export function addVerdict(db: Db, input: VerdictInput): Promise<VerdictRow> {
  return db.write(async (tx): Promise<VerdictRow> => {
    const insert = inserter(tx, new Date().toISOString());
    switch (input.kind) {
      case 'accept':
      case 'reject':
      case 'correct':
        return judgeRecord(tx, insert, input);
      case 'add':
        return addRecord(tx, insert, input);
      case 'amend':
      case 'withdraw':
        return changeAddition(tx, insert, input);
    }
  });
}
