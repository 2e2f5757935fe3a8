/**
 * English corpus entries: the same shape as the Vietnamese corpus (test/corpus/types.ts),
 * with English document contexts: a title line and a "Published: May 14, 2024" line, the way
 * English news pages carry them.
 */
import type { CorpusEntry } from './types.ts';

export const EN_NEWS_2024: CorpusEntry['doc'] = { title: 'Cooperatives continue to grow across the province', issued: '2024-05-14' };
export const EN_NEWS_2023: CorpusEntry['doc'] = { title: 'Agricultural cooperatives make headway', issued: '2023-11-20' };
export const EN_REPORT_2023: CorpusEntry['doc'] = { title: 'Report on collective economic development in 2023', issued: '2023-12-08' };
export const EN_PLAN_2025: CorpusEntry['doc'] = { title: 'Plan for collective economic development in 2025' };
export const EN_PLAN_2026_2030: CorpusEntry['doc'] = { title: 'Plan on developing the collective economy for the 2026-2030 period' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The English document an entry stands in: its title and date lines above its text. */
export function englishDocumentOf(entry: CorpusEntry): string {
  const head: string[] = [];
  if (entry.doc?.title) head.push(entry.doc.title);
  if (entry.doc?.issued) {
    const [y, m, d] = entry.doc.issued.split('-');
    head.push(`Published: ${MONTHS[Number(m) - 1] ?? 'January'} ${Number(d ?? '1')}, ${y}`);
  }
  return [...head, entry.text].join('\n\n');
}
