/**
 * The corpus: sentences and short passages in the phrasings Vietnamese provincial
 * plans, reports and news use, each with the records TARGETS.md says it yields.
 * Written for this project (not copied from the seeds); test/corpus.test.ts runs
 * every entry through extractDocument.
 */
import type { Comparator, Metric, Sector, Status, Subject, Unit } from '../../pipeline/record.ts';

export interface Expected {
  subject: Subject;
  metric: Metric;
  /** Default null. */
  sector?: Sector | null;
  status: Status;
  year: number | null;
  unit: Unit;
  value: number;
  /** Default null. */
  value_max?: number | null;
  /** Default 'range' when value_max is set, else 'eq'. */
  comparator?: Comparator;
}

export interface CorpusEntry {
  /** The passage; several lines make a short document (headings, lead-ins, bullets). */
  text: string;
  /**
   * Document context. A title is put above the text as its first line and a date
   * as a "Ngày đăng: dd/mm/yyyy" line, the way news pages carry them.
   */
  doc?: { title?: string; issued?: string };
  /**
   * The records it must yield, exactly, on the identifying fields plus comparator.
   * `other` records are ignored unless listed here (then they must be present).
   */
  expect: Expected[];
  /** Yields no record other than `other`. */
  none?: true;
  /** Known gap: why the expectation can not be met yet without risking precision. */
  todo?: string;
}

export interface CorpusGroup {
  phenomenon: string;
  entries: CorpusEntry[];
}

/** Shorthand for an expected record. */
export function r(
  subject: Subject,
  metric: Metric,
  status: Status,
  year: number | null,
  unit: Unit,
  value: number,
  more: Pick<Expected, 'sector' | 'value_max' | 'comparator'> = {},
): Expected {
  return { subject, metric, status, year, unit, value, ...more };
}

/** Document contexts used across the corpus. */
export const NEWS_2024: CorpusEntry['doc'] = { title: 'Kinh tế tập thể, hợp tác xã tiếp tục phát triển', issued: '2024-05-14' };
export const NEWS_2023: CorpusEntry['doc'] = { title: 'Hợp tác xã nông nghiệp: nhiều chuyển biến tích cực', issued: '2023-11-20' };
export const PLAN_2025: CorpusEntry['doc'] = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã năm 2025' };
export const PLAN_2021_2025: CorpusEntry['doc'] = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025' };
export const PLAN_2026_2030: CorpusEntry['doc'] = { title: 'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã giai đoạn 2026 - 2030' };
export const REPORT_2023: CorpusEntry['doc'] = { title: 'BÁO CÁO\nTình hình phát triển kinh tế tập thể, hợp tác xã năm 2023', issued: '2023-12-08' };

/** The document the entry stands in: its title and date lines above its text. */
export function documentOf(entry: CorpusEntry): string {
  const head: string[] = [];
  if (entry.doc?.title) head.push(entry.doc.title);
  if (entry.doc?.issued) {
    const [y, m, d] = entry.doc.issued.split('-');
    head.push(`Ngày đăng: ${d ?? '01'}/${m ?? '01'}/${y}`);
  }
  return [...head, entry.text].join('\n\n');
}
