/** The sector a figure is limited to: from its own phrase, a lead-in of its paragraph, or a heading above. */
import { findAll } from '../rules/rule.ts';
import type { Sector } from '../pipeline/record.ts';
import type { FigureContext } from './context.ts';
import { R } from './rulesets.ts';
import { keyRegExp } from '../pipeline/normalise.ts';

const SECTOR_TAIL = keyRegExp(String.raw`^\s*(nông|phi nông|công nghiệp|tiểu thủ|thương mại|dịch vụ|vận tải|tín dụng|xây dựng|vệ sinh)`);

export interface SectorDecision {
  sector: Sector | null;
  rule: string | null;
}

/** The one sector a span names; null when none, or when it names two of equal weight. */
export function sectorOf(key: string, from: number, to: number): { sector: Sector; rule: string } | null | 'ambiguous' {
  const hits = findAll(R.sector, key, from, to);
  if (hits.length === 0) return null;
  const top = Math.max(...hits.map((h) => h.rule.priority ?? 0));
  const best = hits.filter((h) => (h.rule.priority ?? 0) === top);
  const kinds = new Set(best.map((h) => h.rule.value));
  if (kinds.size > 1) return 'ambiguous';
  const h = best[0];
  return h ? { sector: h.rule.value, rule: h.rule.id } : null;
}

export function decideSector(ctx: FigureContext): SectorDecision {
  const { key } = ctx.doc;
  const f = ctx.figure;
  // 1. the figure's own phrase, and a sector word right after its noun ("50 HTX nông nghiệp")
  const own = sectorOf(key, ctx.leftStart, f.numStart);
  if (own && own !== 'ambiguous') return own;
  const tail = SECTOR_TAIL.exec(key.slice(f.unitEnd, f.unitEnd + 30));
  if (tail) {
    const t = sectorOf(key, f.unitEnd, Math.min(ctx.clauseEnd, f.unitEnd + 40));
    if (t && t !== 'ambiguous') return t;
  }
  // 2. the nearest lead-in of the paragraph before the figure: "Trong lĩnh vực xây dựng: …"
  const leadins = findAll(R.sectorLeadin, key, ctx.block.contentStart, f.numStart);
  for (let i = leadins.length - 1; i >= 0; i--) {
    const l = leadins[i];
    if (!l) continue;
    const s = sectorOf(key, l.start, l.end);
    if (s && s !== 'ambiguous') return { sector: s.sector, rule: `${s.rule} sector.leadin` };
  }
  // 3. headings and lead-ins above
  for (const a of ctx.ancestors) {
    if (!a.label) continue;
    const s = sectorOf(key, a.label.start, a.label.end);
    if (s && s !== 'ambiguous') return { sector: s.sector, rule: `${s.rule} sector.heading` };
  }
  return { sector: null, rule: null };
}
