/** The sector a figure is limited to: from its own phrase, a lead-in of its paragraph, or a heading above. */
import { cueRegExp, findAll, type RuleHit } from '../rules/rule.ts';
import { SECTOR_CUES, SUBJECT_CUES } from '../rules/cues.ts';
import { insideNamedCooperative } from './subject.ts';
import type { Sector } from '../pipeline/record.ts';
import {
  bracketDepth,
  inClosedAside,
  inFieldsList,
  lastItemOfBreakdown,
  LIST_AND,
  MANY_FIELDS,
  nounTailEnd,
  outermost,
  type FigureContext,
} from './context.ts';
import { R } from './rulesets.ts';
// (a label's value on the lines right after it, with only a table's bars between: the label was a row's)
import { ROW_VALUE_NEXT } from '../pipeline/segment.ts';

export interface SectorDecision {
  sector: Sector | null;
  rule: string | null;
  /** Read from the figure's own noun phrase, not from a lead-in or heading. */
  own: boolean;
  /** The noun phrase names several fields ("3 HTX vận tải, tiểu thủ công nghiệp, chợ"): no one sector, not all of them. */
  mixed?: true;
}

/** The one sector a span names; null when none, or when it names two of equal weight. */
export function sectorIn(key: string, from: number, to: number, named?: (pos: number) => boolean): { sector: Sector; rule: string } | null | 'ambiguous' {
  let hits: readonly RuleHit<Sector>[] = findAll(R.sector, key, from, to);
  // the kind words in the name of one cooperative ("HTX Nông nghiệp Tân Tiến") limit no other figure
  // (a rule that begins with the kind itself, "HTX Rau an toàn Đông Hòa", is tested where it ends)
  if (named && hits.length > 0) hits = hits.filter((h) => !named(h.start) && !named(h.end - 1));
  if (hits.length === 0) return null;
  // an aside that lists the sectors a sector covers does not compete with it: "Các lĩnh vực phi nông nghiệp
  // (công nghiệp - tiểu thủ công nghiệp, thương mại - dịch vụ, vận tải) có 121 HTX"
  // (an aside naming one sector does say which: "Lĩnh vực khác (vệ sinh môi trường)")
  const outside = hits.filter((h) => bracketDepth(key, from, h.start) === 0);
  const listed = new Set(hits.filter((h) => bracketDepth(key, from, h.start) > 0).map((h) => h.rule.value));
  if (outside.length > 0 && listed.size > 1) hits = outside;
  const top = Math.max(...hits.map((h) => h.rule.priority ?? 0));
  const best = hits.filter((h) => (h.rule.priority ?? 0) === top);
  const kinds = new Set(best.map((h) => h.rule.value));
  if (kinds.size > 1) return 'ambiguous';
  const h = best[0];
  return h ? { sector: h.rule.value, rule: h.rule.id } : null;
}

/** The figure's own phrase speaks of "the funds": "… của các quỹ đạt 1.860 tỷ đồng". */
const THE_FUNDS = cueRegExp(SECTOR_CUES.theFunds);
/** Two bodies named as one group: "HTX và quỹ tín dụng", "hợp tác xã, quỹ tín dụng". */
const COORDINATED = cueRegExp(SECTOR_CUES.coordinated);
/** Credit funds named with the cooperatives counted just before, or an aside about them: that group's noun. */
const FUNDS_OF_THE_GROUP = cueRegExp(SECTOR_CUES.fundsOfTheGroup);
const CREDIT_FUNDS = cueRegExp(SECTOR_CUES.creditFunds);
/** Between a sector's count and the part of it that operates: "… có 45 đơn vị, đang hoạt động 35". */
const OPERATING_PART = cueRegExp(SECTOR_CUES.operatingPart);
/** Between two fields named together: " và ", ", hoặc lĩnh vực ". */
const COORDINATED_FIELD = cueRegExp(SECTOR_CUES.coordinatedField);
/** A field named by pointing back: "trong lĩnh vực này". */
const THIS_FIELD = cueRegExp(SECTOR_CUES.thisField);
/** The words after an item's noun are a label and nothing else: " dịch vụ điện". */
const LABEL_ONLY = cueRegExp(SECTOR_CUES.labelOnly);
/** Between the start and the end of a change ("120 thành viên (năm 2018), nay tăng lên 410 thành viên"). */
const FROM_TO_END = cueRegExp(SUBJECT_CUES.fromToEnd);
/** Between a coop figure and a figure attached to it: "46 HTX thủy sản với 2.100 thành viên". */
const ATTACHED = cueRegExp(SECTOR_CUES.attached);
/** Between the last noun of a list and the field its items work in: " hoạt động trong lĩnh vực ". */
const FIELD_VERB = cueRegExp(SECTOR_CUES.fieldVerb);

/**
 * The one field the next item of a list of bodies is said to work in, right after its noun: "7 HTX và 1 liên hiệp HTX
 * hoạt động trong lĩnh vực du lịch". Read from the next figure's words only, never its decision.
 */
function fieldAfterList(
  ctx: FigureContext,
  sectorOf: (k: string, from: number, to: number) => { sector: Sector; rule: string } | null | 'ambiguous',
): { sector: Sector; rule: string } | null {
  const { key } = ctx.doc;
  const f = ctx.figure;
  const n = ctx.next;
  if (!n || f.unitClass !== 'coop' || n.unitClass !== 'coop' || f.nounSubject === null || n.nounSubject === null || f.nounSubject === n.nounSubject)
    return null;
  if (!LIST_AND.test(key.slice(f.end, n.start))) return null;
  const tail = nounTailEnd(key, n.unitEnd, ctx.clauseEnd);
  const first = findAll(R.sector, key, n.unitEnd, tail)[0];
  if (!first || !FIELD_VERB.test(key.slice(n.unitEnd, first.start)) || MANY_FIELDS.test(key.slice(n.unitEnd, tail))) return null;
  const one = sectorOf(key, n.unitEnd, tail);
  if (!one || one === 'ambiguous') return null;
  // (not one field of several named there: "… hoạt động trong lĩnh vực vận tải, nông nghiệp")
  const last = Math.max(...findAll(R.sector, key, n.unitEnd, tail).map((h) => h.end));
  const other = findAll(R.sector, key, last, Math.min(ctx.clauseEnd, last + 40)).find((h) => h.start >= last);
  return other && COORDINATED_FIELD.test(key.slice(last, other.start)) ? null : one;
}

export function decideSector(ctx: FigureContext): SectorDecision {
  const { key, text } = ctx.doc;
  const f = ctx.figure;
  const named = (pos: number): boolean => insideNamedCooperative(text, key, pos);
  const sectorOf = (k: string, from: number, to: number) => sectorIn(k, from, to, named);
  // 1. the figure's own phrase, its unit ("28 quỹ tín dụng nhân dân") and the words after
  //    its noun ("50 HTX nông nghiệp", "9 HTX hoạt động trong lĩnh vực vệ sinh môi trường")
  // (credit funds named together with the cooperatives counted just before are part of that group's noun,
  // not this figure's: "150 HTX và quỹ tín dụng nhân dân với tổng vốn điều lệ 310 tỷ đồng")
  const prevCoop = ctx.previous[ctx.previous.length - 1]?.figure.unitClass === 'coop';
  // (… nor is an aside about them: "194 HTX (bao gồm các quỹ tín dụng nhân dân) với 90.523 thành viên")
  // (… nor the words that ended the item before, up to the comma: "bốn HTX hoạt động trong lĩnh vực vận tải, ba HTX vệ sinh
  // môi trường")
  // (after a semicolon the words before the figure are its own label: "…; thương mại, dịch vụ 44 HTX")
  const prevEnd = ctx.previous[ctx.previous.length - 1]?.figure.end ?? ctx.leftStart;
  const afterComma = (from: number) => (/[;:]/u.test(key.slice(prevEnd, f.numStart)) ? from : from + (key.slice(from, f.numStart).lastIndexOf(',') + 1));
  const ownFrom = prevCoop ? afterComma(ctx.leftStart + (FUNDS_OF_THE_GROUP.exec(key.slice(ctx.leftStart, f.numStart))?.[0].length ?? 0)) : ctx.leftStart;
  const own = sectorOf(key, ownFrom, f.unitEnd);
  if (own && own !== 'ambiguous') return { ...own, own: true };
  // the end of a change takes its start's field: "các HTX vận tải …, từ 120 thành viên (năm 2018), nay tăng lên 410 thành viên"
  const changeStart = ctx.previous[ctx.previous.length - 1];
  if (changeStart?.ownSector && changeStart.figure.unitClass === f.unitClass && FROM_TO_END.test(key.slice(changeStart.figure.end, f.start)))
    return { sector: changeStart.ownSector, rule: 'sector.same_as_change_start', own: true };
  // "… nâng tổng số HTX trong lĩnh vực này lên 149 HTX": the field named just before in the sentence
  const pointer = THIS_FIELD.exec(key.slice(ctx.leftStart, f.numStart));
  if (pointer) {
    const at = ctx.leftStart + pointer.index;
    const earlier = findAll(R.sector, key, ctx.sentence.start, at).filter((h) => !named(h.start));
    const last = earlier[earlier.length - 1];
    if (last) return { sector: last.rule.value, rule: `${last.rule.id} sector.this_field`, own: true };
  }
  // "… trên các lĩnh vực: Nông nghiệp (120 HTX), phi nông nghiệp (29 HTX)": a count in brackets right after a field's name
  const bracket = key.lastIndexOf('(', f.numStart);
  if (bracket > ctx.sentence.start && /^\(\s*$/u.test(key.slice(bracket, f.numStart))) {
    // (the item starts after the bracket before it, or a colon: "…), thương mại, dịch vụ (30 HTX)")
    const itemStart = Math.max(ctx.sentence.start, ...[':', ';', ')'].map((c) => key.lastIndexOf(c, bracket - 1) + 1));
    // (a short label of words only: not a clause that ran on to the bracket, "Các HTX và Quỹ tín dụng thu hút 21,9 nghìn lao
    // động (7,7 nghìn …")
    const words = key.slice(itemStart, bracket);
    const label = f.unitClass === 'coop' && words.length <= 40 && !/\d/u.test(words) ? sectorOf(key, itemStart, f.unitEnd) : null;
    if (label && label !== 'ambiguous') return { ...label, rule: `${label.rule} sector.label_before_bracket`, own: true };
    // (an item of such a list whose label names no one field, "…, công thương (9 HTX), …", is in none of them: not all
    // fields either; only in a list of fields, where the item before it named one, not in a list of regions, "Tây Nguyên
    // (21 HTX), Đông Nam Bộ (9 HTX)")
    const itemBefore = ctx.previous[ctx.previous.length - 1];
    if (
      label === null &&
      f.unitClass === 'coop' &&
      words.length <= 40 &&
      !/\d/u.test(words) &&
      itemBefore?.ownSector &&
      itemBefore.figure.start >= ctx.sentence.start &&
      /^\s*\)\s*,?\s*$/u.test(key.slice(itemBefore.figure.end, itemStart + 1))
    )
      return { sector: null, rule: 'sector.unnamed_label_before_bracket', own: true, mixed: true };
  }
  // (a list of fields after the noun names one sector only when all of them are in it:
  // "130 tổ hợp tác trong các lĩnh vực trồng trọt, chăn nuôi, thủy sản" is agricultural, "30 hợp tác xã trên các lĩnh vực
  // nông nghiệp công nghệ cao và làng nghề" is not limited to one)
  if (MANY_FIELDS.test(key.slice(f.unitEnd, ctx.tailEnd))) {
    const kinds = new Set(findAll(R.sector, key, f.unitEnd, ctx.tailEnd).map((h) => h.rule.value));
    // (a list broken down with counts in brackets, "… trên các lĩnh vực: Nông nghiệp (120 HTX), phi nông nghiệp (29 HTX)",
    // names its first field only before the bracket)
    const only = kinds.size === 1 && !/^\s*\(/u.test(key.slice(ctx.tailEnd, ctx.tailEnd + 3)) ? [...kinds][0] : undefined;
    return only ? { sector: only, rule: 'sector.fields_listed', own: true } : { sector: null, rule: 'sector.many_fields', own: true, mixed: true };
  }
  // (a noun of two fields is no one sector's: "1.409 tổ hợp tác nông nghiệp và phi nông nghiệp")
  const tailKinds = new Set(
    findAll(R.sector, key, f.unitEnd, ctx.tailEnd)
      .filter((h) => !named(h.start))
      .map((h) => h.rule.value),
  );
  if (tailKinds.size > 1) return { sector: null, rule: 'sector.many_fields', own: true, mixed: true };
  const tail = sectorOf(key, f.numEnd, ctx.tailEnd);
  // (… nor one coordinated with another right after the noun's tail: "3 HTX mới ở lĩnh vực tiểu thủ công
  // nghiệp và thương mại – dịch vụ")
  if (tail && tail !== 'ambiguous') {
    const inTail = findAll(R.sector, key, f.numEnd, ctx.tailEnd).filter((h) => !named(h.start));
    const from = inTail.length > 0 ? Math.max(...inTail.map((h) => h.end)) : ctx.tailEnd;
    const next = findAll(R.sector, key, from, Math.min(ctx.clauseEnd, from + 40)).find((h) => !named(h.start) && h.start >= from);
    if (next && next.rule.value !== tail.sector && COORDINATED_FIELD.test(key.slice(from, next.start)))
      return { sector: null, rule: 'sector.many_fields', own: true, mixed: true };
    return { ...tail, own: true };
  }
  // an item of a breakdown by field, after an item that named one, whose own label names none ("28 HTX nông nghiệp; 7 HTX công
  // nghiệp; 4 HTX dịch vụ điện; …"): in a field that is not one of ours, not in all of them
  const listedBefore = ctx.previous[ctx.previous.length - 1];
  if (
    f.unitClass === 'coop' &&
    listedBefore?.ownSector &&
    listedBefore.figure.unitClass === 'coop' &&
    listedBefore.figure.start >= ctx.sentence.start &&
    /^[^\d]*[;,][^\d]*$/u.test(key.slice(listedBefore.figure.end, f.numStart)) &&
    LABEL_ONLY.test(key.slice(f.unitEnd, ctx.tailEnd)) &&
    // (a label that names a measure picks out a part, not a field: "trong đó 30 HTX xếp loại tốt")
    findAll(R.metric, key, f.unitEnd, ctx.tailEnd).length === 0
  )
    return { sector: null, rule: 'sector.unnamed_label_in_list', own: true, mixed: true };
  // … or the field the list it opens is said to work in, after its last item: "7 HTX và 1 liên hiệp HTX hoạt động trong
  // lĩnh vực du lịch" (bodies of two kinds, side by side, nothing of its own between them)
  const listField = fieldAfterList(ctx, sectorOf);
  if (listField) return { ...listField, rule: `${listField.rule} sector.list_field_after`, own: true };
  // 2. a figure attached to the coop figure before it shares that figure's sector
  const prev = ctx.previous[ctx.previous.length - 1];
  // … and the next item of a list of other bodies whose field was named before its first item ("Riêng lĩnh vực nông
  // nghiệp, tỉnh có 320 HTX và 210 tổ hợp tác"): the field scopes the list, not the first noun alone (parts of one kind
  // are the groups' business: "12 HTX ngưng hoạt động và 150 HTX hoạt động")
  if (
    prev?.ownSector &&
    prev.figure.unitClass === 'coop' &&
    f.unitClass === 'coop' &&
    f.nounSubject !== null &&
    prev.figure.nounSubject !== null &&
    f.nounSubject !== prev.figure.nounSubject &&
    LIST_AND.test(key.slice(prev.tailEnd > prev.figure.end && prev.tailEnd <= f.start ? prev.tailEnd : prev.figure.end, f.start)) &&
    sectorIn(key, prev.figure.numEnd, prev.tailEnd) === null
  ) {
    return { sector: prev.ownSector, rule: 'sector.list_scope', own: true };
  }
  // … but not across a semicolon, nor another kind of body ("210 HTX nông nghiệp; có 04 liên hiệp HTX")
  // (a figure after a breakdown in brackets is attached to the count before the bracket, not to the bracket's last part:
  // "23 HTX (19 HTX nông nghiệp, 4 HTX phi nông nghiệp) với 463 thành viên")
  const depth = bracketDepth(key, ctx.sentence.start, f.start);
  const inBreakdown = prev?.figure.unitClass === 'coop' && bracketDepth(key, ctx.sentence.start, prev.figure.start) > depth;
  const host = inBreakdown ? [...ctx.previous].reverse().find((p) => bracketDepth(key, ctx.sentence.start, p.figure.start) <= depth) : prev;
  if (
    host?.ownSector &&
    host.figure.unitClass === 'coop' &&
    ATTACHED.test(key.slice(ctx.leftStart, f.start).replace(/^\s*\([^()]*\)/u, '')) &&
    !key.slice(host.figure.end, f.start).includes(';') &&
    !(f.unitClass === 'coop' && f.nounSubject !== host.figure.nounSubject) &&
    // (… nor more bodies than the count it would be a part of: "có 310 HTX nông nghiệp …, có 960 HTX hoạt động hiệu quả")
    !(f.unitClass === 'coop' && f.value > host.figure.value) &&
    // (nor cooperatives after credit funds: "858 HTX và 10 quỹ tín dụng nhân dân, trong đó có 67 HTX thành lập mới")
    !(f.unitClass === 'coop' && host.figure.creditFunds && !f.creditFunds) &&
    // (nor the last item of a breakdown of a larger whole: the people after it are the whole's)
    !lastItemOfBreakdown(ctx.previous, ctx.sentence.start, host)
  ) {
    return { sector: host.ownSector, rule: 'sector.attached', own: true };
  }
  // … and the part of it that operates: "Vận tải có 29 đơn vị và đang hoạt động 25 đơn vị"
  if (
    prev?.ownSector &&
    prev.figure.unitClass === 'coop' &&
    f.unitClass === 'coop' &&
    OPERATING_PART.test(key.slice(prev.figure.end, f.start)) &&
    (f.nounSubject === null || prev.figure.nounSubject === null || f.nounSubject === prev.figure.nounSubject)
  ) {
    return { sector: prev.ownSector, rule: 'sector.operating_part', own: true };
  }
  // 3. a figure about people's credit funds named earlier in its sentence is in credit
  // (not one named as a field of an earlier figure: "… 1.687 tổ hợp tác hoạt động trong 8 lĩnh vực: …, quỹ tín dụng nhân dân
  // và y tế, thu hút gần 51.000 thành viên")
  const mentions = outermost(findAll(R.subject, key, ctx.sentence.start, f.numStart)).filter(
    (h) => h.rule.value.subject !== null && !h.rule.value.weak && !inFieldsList(key, ctx.previous, h.start),
  );
  // (one named in an aside that closed before the figure does not count: "238 HTX (trong đó … 04 quỹ tín dụng nhân dân),
  // 01 liên hiệp HTX"; nor does it make a liên hiệp or a tổ hợp tác a credit fund)
  const open = mentions.filter((h) => !inClosedAside(key, 0, h.start, f.numStart));
  const about = open[open.length - 1];
  // (… nor funds named together with the cooperatives, as one group: "322 HTX và Quỹ tín dụng nhân dân với tổng vốn …",
  // "Các hợp tác xã, quỹ tín dụng … có 97 ngàn thành viên")
  const bodies = outermost(findAll(R.subject, key, ctx.sentence.start, f.numStart)).filter((h) => h.rule.value.subject !== null);
  const withOthers = bodies.some((h, i) => {
    const next = bodies[i + 1];
    const pair = next && (h.rule.value.inSector === 'credit') !== (next.rule.value.inSector === 'credit');
    return pair && next !== undefined && COORDINATED.test(key.slice(h.end, next.start));
  });
  // (… nor funds named as the last item of a breakdown by sector: "300 HTX, trong đó: 147 HTX nông nghiệp, …, 07 quỹ tín
  // dụng; tổng vốn điều lệ đăng ký 717,716 tỷ đồng")
  const breakdown = new Set(ctx.previous.filter((p) => p.figure.unitClass === 'coop' && p.ownSector).map((p) => p.ownSector)).size > 1;
  // (… nor a count of cooperatives by their plain noun: "858 HTX và 10 quỹ tín dụng nhân dân, trong đó có 67 HTX thành lập mới")
  const plainCount = f.unitClass === 'coop' && !f.creditFunds;
  if (about && about.rule.value.inSector === 'credit' && !withOthers && !breakdown && !plainCount && (f.nounSubject === null || f.nounSubject === 'htx'))
    return { sector: 'credit', rule: 'sector.credit_fund', own: false };
  // "… của các quỹ đạt 1.860 tỷ đồng" after the paragraph has named the people's credit funds
  if (!withOthers && THE_FUNDS.test(key.slice(ownFrom, f.unitEnd)) && CREDIT_FUNDS.test(key.slice(ctx.block.contentStart, f.numStart))) {
    return { sector: 'credit', rule: 'sector.credit_fund', own: false };
  }
  // … and a figure that names no body, in a paragraph that has named people's credit funds and no other body
  // ("… hoạt động của hệ thống QTDND trên địa bàn ổn định. Trong đó, tổng nguồn vốn hoạt động đạt …")
  if (mentions.length === 0 && (f.nounSubject === null || f.nounSubject === 'htx')) {
    const named = outermost(findAll(R.subject, key, ctx.block.contentStart, f.numStart)).filter((h) => h.rule.value.subject !== null);
    if (named.length > 0 && named.every((h) => h.rule.value.inSector === 'credit')) return { sector: 'credit', rule: 'sector.credit_paragraph', own: false };
  }
  // 4. the nearest lead-in of the paragraph before the figure: "Trong lĩnh vực xây dựng: …"
  // (a lead-in inside an earlier sentence speaks for that sentence: "Lĩnh vực phi nông nghiệp: 220 HTX. Trong nhiệm kỳ,
  // đã thành lập mới 392 HTX" — unless it opens the paragraph, or ends its line and heads what follows)
  // (lead-ins that open the paragraph, one after another: "Trong lĩnh vực nông nghiệp: Tỉnh khuyến khích …",
  // "Trong lĩnh vực công nghiệp, thương mại dịch vụ: Lĩnh vực công nghiệp, tiểu thủ công nghiệp: Củng cố …")
  // (a table row's label, with its value right after it, speaks for that row only: "+ HTX tín dụng:\n|\n85 HTX.\nTrong
  // đó, số HTX thành lập mới là 01 HTX" counts the new ones of all)
  // (a label inside the sentence speaks for its own item of a list set off by semicolons: "HTX công nghiệp: 21 đơn vị,
  // đang hoạt động 16; Thương mại dịch vụ có 9 đơn vị …; Về liên hiệp hợp tác xã có 2 liên hiệp")
  const itemStart = Math.max(ctx.sentence.start, key.lastIndexOf(';', f.numStart) + 1);
  let opening = ctx.block.contentStart;
  const leadins = findAll(R.sectorLeadin, key, ctx.block.contentStart, f.numStart).filter((l) => {
    if (l.start < ctx.sentence.start && ROW_VALUE_NEXT.test(key.slice(l.end, l.end + 24))) return false;
    const opens = l.start - opening <= 3;
    if (opens) opening = l.end;
    return opens || l.start >= itemStart || /^[\s*]*(\n|$)/u.test(ctx.doc.text.slice(l.end, Math.min(ctx.block.end, l.end + 4)));
  });
  for (let i = leadins.length - 1; i >= 0; i--) {
    const l = leadins[i];
    if (!l) continue;
    const s = sectorOf(key, l.start, l.end);
    if (s && s !== 'ambiguous') return { sector: s.sector, rule: `${s.rule} sector.leadin`, own: false };
  }
  // 5. headings and lead-ins above
  for (const a of ctx.ancestors) {
    if (!a.label) continue;
    const s = sectorOf(key, a.label.start, a.label.end);
    if (s && s !== 'ambiguous') return { sector: s.sector, rule: `${s.rule} sector.heading`, own: false };
  }
  return { sector: null, rule: null, own: false };
}
