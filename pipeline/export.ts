/** Export every record with TARGETS.md's keys plus its evidence, as JSONL, JSON or CSV. */
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './record.ts';

export type ExportFormat = 'jsonl' | 'csv' | 'json';

export function readRows(dbFile: string): ExportRow[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(`SELECT d.file_name AS doc, t.subject, t.metric, t.sector, t.status, t.year, t.unit, t.value, t.value_max,
          t.comparator, t.quote, t.sentence, t.start, t."end" AS "end", t.section_path, t.rule, d.path,
          d.province, d.district, d.province_today
        FROM targets t JOIN documents d ON d.id = t.document_id
        ORDER BY d.file_name, t.start, t.id`)
      .all() as ExportRow[];
  } finally {
    db.close();
  }
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  'doc', 'subject', 'metric', 'sector', 'status', 'year', 'unit', 'value', 'value_max', 'comparator',
  'quote', 'sentence', 'start', 'end', 'section_path', 'rule', 'path', 'province', 'district', 'province_today',
];

export function formatRows(rows: readonly ExportRow[], format: ExportFormat, opts: { bom?: boolean } = {}): string {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const csv = stringify(rows as unknown as Record<string, unknown>[], { header: true, columns: EXPORT_COLUMNS as string[] });
  return (opts.bom ? '\uFEFF' : '') + csv;
}
