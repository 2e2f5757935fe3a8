/**
 * `chitieu migrate --from FILE --db URL`: copy a SQLite database (an analyst's file) into
 * PostgreSQL (the shared server), idempotently: copying the same file again changes nothing.
 *
 * - A document is copied with its records as they are stored (no re-extraction: their ids are the
 *   server's, everything else is the file's). One already on the server at the same path with
 *   the same bytes, extractor version and number of records is left alone; another at that
 *   path is replaced. A text the server already holds at another path (another analyst
 *   imported it) is not stored twice: the file's path is recorded as another path of it, as
 *   extract does.
 * - The figures each document dropped (drops) come with it. Other paths of a text
 *   (document_aliases) and what extract remembers of each file (import_files) are copied by
 *   path; runs by their start time and extractor version; reviewers' verdicts by their text, words,
 *   kind, reviewer and time, then linked to the server's records as after an extract
 *   (pipeline/verdicts.ts), so they apply there as they did in the file.
 * - Documents are written in batches, each in one transaction, so extract processes may write
 *   into the server at the same time.
 *
 * The destination may be a SQLite file too (the copy is the same code).
 */
import { Db, type Queries } from './db/connect.ts';
import type { DocumentsTable, DropsTable, TargetsTable } from './db/schema.ts';
import type { Selectable } from 'kysely';
import { UsageError } from './errors.ts';
import { dbTarget } from './db/target.ts';
import { resolveVerdicts } from './verdicts.ts';

type DocumentRow = Selectable<DocumentsTable>;
type TargetRow = Selectable<TargetsTable>;
type DropRow = Selectable<DropsTable>;

export interface MigrateSummary {
  /** Documents written to the destination now. */
  documents_copied: number;
  records_copied: number;
  /** Documents the destination already held as they are in the file. */
  documents_unchanged: number;
  /** Documents whose text the destination holds at another path: recorded as another path of it. */
  documents_aliased: number;
  aliases: number;
  files: number;
  runs_copied: number;
  verdicts_copied: number;
}

const BATCH = 25;
const TARGET_CHUNK = 500;

type DocOutcome = 'copied' | 'unchanged' | 'aliased';

async function copyDocument(tx: Queries, doc: DocumentRow, targets: TargetRow[], drops: DropRow[]): Promise<DocOutcome> {
  const there = await tx
    .selectFrom('documents')
    .select(['id', 'content_hash', 'extractor_version', 'text_hash'])
    .where('path', '=', doc.path)
    .executeTakeFirst();
  if (there && there.content_hash === doc.content_hash && there.extractor_version === doc.extractor_version && there.text_hash === doc.text_hash) {
    const n = await tx
      .selectFrom('targets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', there.id)
      .executeTakeFirstOrThrow();
    if (Number(n.n) === targets.length) return 'unchanged';
  }
  const holder =
    doc.text_hash === null
      ? undefined
      : await tx
          .selectFrom('documents')
          .select(['path', 'content_hash'])
          .where('text_hash', '=', doc.text_hash)
          .where('path', '<>', doc.path)
          .executeTakeFirst();
  if (holder && doc.text_hash !== null) {
    await tx.deleteFrom('documents').where('path', '=', doc.path).execute();
    await tx
      .insertInto('document_aliases')
      .values({
        path: doc.path,
        file_name: doc.file_name,
        content_hash: doc.content_hash,
        text_hash: doc.text_hash,
        kind: holder.content_hash === doc.content_hash ? 'same_bytes' : 'same_text',
        same_as: holder.path,
        recorded_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('path').doNothing())
      .execute();
    return 'aliased';
  }
  await tx.deleteFrom('documents').where('path', '=', doc.path).execute();
  await tx.deleteFrom('document_aliases').where('path', '=', doc.path).execute();
  const { id: _sourceId, ...fields } = doc;
  const { id } = await tx.insertInto('documents').values(fields).returning('id').executeTakeFirstOrThrow();
  const rows = targets.map(({ id: _t, document_id: _d, ...r }) => ({ ...r, document_id: Number(id) }));
  for (let i = 0; i < rows.length; i += TARGET_CHUNK)
    await tx
      .insertInto('targets')
      .values(rows.slice(i, i + TARGET_CHUNK))
      .execute();
  const dropped = drops.map(({ id: _x, document_id: _d, ...r }) => ({ ...r, document_id: Number(id) }));
  for (let i = 0; i < dropped.length; i += TARGET_CHUNK)
    await tx
      .insertInto('drops')
      .values(dropped.slice(i, i + TARGET_CHUNK))
      .execute();
  return 'copied';
}

export async function migrateDatabase(from: string, to: string, onProgress?: (done: number, total: number) => void): Promise<MigrateSummary> {
  const source = dbTarget(from);
  const dest = dbTarget(to);
  if (source.kind !== 'sqlite') throw new UsageError(`--from names the SQLite file to copy, not ${source.display}`);
  if (dest.kind === 'sqlite' && dest.file === source.file) throw new UsageError('--from and --db name the same database');
  const src = await Db.open(source, 'existing');
  let dst: Db | undefined;
  try {
    dst = await Db.open(dest, 'create');
    const summary: MigrateSummary = {
      documents_copied: 0,
      records_copied: 0,
      documents_unchanged: 0,
      documents_aliased: 0,
      aliases: 0,
      files: 0,
      runs_copied: 0,
      verdicts_copied: 0,
    };
    const total = Number(
      (
        await src.q
          .selectFrom('documents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    let last = -1;
    let done = 0;
    for (;;) {
      const docs = await src.q.selectFrom('documents').selectAll().where('id', '>', last).orderBy('id').limit(BATCH).execute();
      if (docs.length === 0) break;
      last = docs[docs.length - 1]?.id ?? last;
      const targets = await src.q
        .selectFrom('targets')
        .selectAll()
        .where(
          'document_id',
          'in',
          docs.map((d) => d.id),
        )
        .orderBy('id')
        .execute();
      const drops = await src.q
        .selectFrom('drops')
        .selectAll()
        .where(
          'document_id',
          'in',
          docs.map((d) => d.id),
        )
        .orderBy('id')
        .execute();
      const outcomes = await dst.write(async (tx) => {
        const out: DocOutcome[] = [];
        for (const d of docs)
          out.push(
            await copyDocument(
              tx,
              d,
              targets.filter((t) => t.document_id === d.id),
              drops.filter((x) => x.document_id === d.id),
            ),
          );
        return out;
      });
      outcomes.forEach((o, i) => {
        if (o === 'copied') {
          summary.documents_copied++;
          summary.records_copied += targets.filter((t) => t.document_id === docs[i]?.id).length;
        } else if (o === 'unchanged') summary.documents_unchanged++;
        else summary.documents_aliased++;
      });
      done += docs.length;
      onProgress?.(done, total);
    }
    const aliases = await src.q.selectFrom('document_aliases').selectAll().orderBy('path').execute();
    const files = await src.q.selectFrom('import_files').selectAll().orderBy('path').execute();
    const runs = await src.q.selectFrom('runs').selectAll().orderBy('id').execute();
    await dst.write(async (tx) => {
      for (const a of aliases) {
        // a path that is a document on the server stays one
        if (await tx.selectFrom('documents').select('id').where('path', '=', a.path).executeTakeFirst()) continue;
        await tx
          .insertInto('document_aliases')
          .values(a)
          .onConflict((oc) =>
            oc.column('path').doUpdateSet({
              file_name: a.file_name,
              content_hash: a.content_hash,
              text_hash: a.text_hash,
              kind: a.kind,
              same_as: a.same_as,
              recorded_at: a.recorded_at,
            }),
          )
          .execute();
        summary.aliases++;
      }
      for (const f of files) {
        await tx
          .insertInto('import_files')
          .values(f)
          .onConflict((oc) =>
            oc.column('path').doUpdateSet({
              size: f.size,
              mtime_ns: f.mtime_ns,
              content_hash: f.content_hash,
              extractor_version: f.extractor_version,
              records: f.records,
            }),
          )
          .execute();
        summary.files++;
      }
      for (const { id: _id, ...r } of runs) {
        const seen = await tx
          .selectFrom('runs')
          .select('id')
          .where('started_at', '=', r.started_at)
          .where('extractor_version', '=', r.extractor_version)
          .executeTakeFirst();
        if (seen) continue;
        await tx.insertInto('runs').values(r).execute();
        summary.runs_copied++;
      }
    });
    // verdicts: each once, by what identifies it outside its database; then linked to the server's records
    const verdicts = await src.q.selectFrom('verdicts').selectAll().orderBy('id').execute();
    await dst.write(async (tx) => {
      const ids = new Map<number, number>();
      const copied: typeof verdicts = [];
      for (const v of verdicts) {
        const there = await tx
          .selectFrom('verdicts')
          .select('id')
          .where('text_hash', '=', v.text_hash)
          .where('kind', '=', v.kind)
          .where('reviewer', '=', v.reviewer)
          .where('created_at', '=', v.created_at)
          .where('quote', '=', v.quote)
          .executeTakeFirst();
        if (there) {
          ids.set(v.id, there.id);
          continue;
        }
        const { id: _id, supersedes: _s, superseded_by: _b, document_id: _d, target_id: _t, ...rest } = v;
        const { id } = await tx
          .insertInto('verdicts')
          .values({ ...rest, supersedes: null, superseded_by: null, document_id: null, target_id: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(v.id, Number(id));
        copied.push(v);
      }
      for (const v of copied) {
        const mapped = (x: number | null): number | null => (x === null ? null : (ids.get(x) ?? null));
        if (v.supersedes !== null || v.superseded_by !== null) {
          await tx
            .updateTable('verdicts')
            .set({ supersedes: mapped(v.supersedes), superseded_by: mapped(v.superseded_by) })
            .where('id', '=', ids.get(v.id) as number)
            .execute();
        }
      }
      summary.verdicts_copied = copied.length;
      if (copied.length > 0) await resolveVerdicts(tx);
    });
    return summary;
  } finally {
    await dst?.close();
    await src.close();
  }
}
