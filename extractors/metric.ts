/** Which metric a figure measures (rules/metrics.ts). */
import { cueRegExp, findAll, type RuleHit } from '../rules/rule.ts';
import { METRIC_CUES, RECORD_CUES } from '../rules/cues.ts';
import type { MetricValue } from '../rules/metrics.ts';
import type { Comparator, Metric } from '../pipeline/record.ts';
import { traitsOf } from '../pipeline/metrics.ts';
import { bracketDepth, LIST_AND, type FigureContext } from './context.ts';
import type { Figure } from './figures.ts';
import { R } from './rulesets.ts';
import { sectorIn } from './sector.ts';
import { insideNamedCooperative } from './subject.ts';

export interface MetricDecision {
  metric: Metric;
  rule: string;
  /** The cue picks out a group by what fits no metric (rules/metrics.ts `picksSubset`). */
  picksSubset?: boolean;
  /**
   * How it was decided, where a later step reads it: taken from the figure before as an item of its list, as a share
   * of the group it counted, as a part of the group an event founded or dissolved; or read from a change cue.
   */
  via?: 'list' | 'share' | 'event_part' | 'change';
}

function applies(hit: RuleHit<MetricValue>, ctx: FigureContext, side: 'left' | 'right'): boolean {
  const v = hit.rule.value;
  const f = ctx.figure;
  if (v.where !== 'both' && v.where !== side) return false;
  if (!v.units.includes(f.unitClass)) return false;
  if (v.adjacent && side === 'left' && hit.end !== f.numStart) return false;
  if (v.needsPer === 'coop' && !f.per.coop && !averagePerBodyLead(ctx)) return false;
  if (v.needsPer === 'person' && !f.per.person) return false;
  return true;
}

/** "Bình quân một HTX đạt …", "bình quân 01 Quỹ TDND đạt …": an amount of each body, named before it in its clause. */
const AVERAGE_PER_BODY = cueRegExp(METRIC_CUES.averagePerBody);

function averagePerBodyLead(ctx: FigureContext): boolean {
  const { key } = ctx.doc;
  const clauseStart = Math.max(ctx.sentence.start, key.lastIndexOf(';', ctx.figure.numStart) + 1);
  return AVERAGE_PER_BODY.test(key.slice(clauseStart, ctx.figure.numStart));
}

/** Between a figure's noun and a verb that opens the next item: "… 23 HTX| và |giải thể 10 HTX". */
const NEXT_ITEM_VERB = cueRegExp(METRIC_CUES.nextItemVerb);
const NOTHING_BUT_GLUE = cueRegExp(METRIC_CUES.nothingButGlue);
const COUNT_OF_SHARE = cueRegExp(METRIC_CUES.countOfShare);

const LIST_GLUE = cueRegExp(METRIC_CUES.listGlue);
const SHARE_ITEM_GLUE = cueRegExp(METRIC_CUES.shareItemGlue);
/** Between a change and the level it reached: "… so với năm 2013, đạt mức …". */
const LEVEL_AFTER_CHANGE = cueRegExp(METRIC_CUES.levelAfterChange);
/** A part of OCOP products named as the cooperatives': "… là của các HTX", "sản phẩm của HTX là …". */
const OWNED_BY_COOPS = cueRegExp(METRIC_CUES.ownedByCoops);

/**
 * The left context with its status, time, subject and sector words blanked out
 * ("Kế hoạch năm 2024 ", "năm 2023 đạt ", "HTX phi nông nghiệp đạt "): what is left
 * says whether the clause names a new measure or repeats the previous one.
 */
function withoutScopeWords(ctx: FigureContext, from: number, to: number): string {
  const { key } = ctx.doc;
  const hits = [
    ...findAll(R.status, key, from, to),
    ...findAll(R.time, key, from, to),
    ...findAll(R.subject, key, from, to),
    ...findAll(R.sector, key, from, to),
  ];
  if (hits.length === 0) return key.slice(from, to);
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = from;
  for (const h of hits) {
    if (h.end <= pos) continue;
    const s = Math.max(h.start, pos);
    out += key.slice(pos, s) + ' '.repeat(h.end - s);
    pos = h.end;
  }
  return out + key.slice(pos, to);
}

/** The share of the group just counted. */
const SHARE_OF_PREVIOUS = cueRegExp(METRIC_CUES.shareOfPrevious);
const COMMUNES_WITH_COOP = cueRegExp(METRIC_CUES.communesWithCoop);
/** A predicate of the figure's own right after its unit ("… 130 HTX ứng dụng công nghệ cao"). */
const OWN_PREDICATE = cueRegExp(METRIC_CUES.ownPredicate);
const COVERAGE_QUALIFIER = cueRegExp(METRIC_CUES.coverageQualifier);
/** The end of a change: "giảm từ 58 HTX (năm 2020) xuống còn 19 HTX". */
const FROM_TO = cueRegExp(METRIC_CUES.fromTo);

/** The plan's value in brackets after a result: "thành lập mới 12 HTX, đạt 31,5% KH 2020 (KH 2020: 38 HTX)". */
const PLAN_IN_BRACKET = cueRegExp(METRIC_CUES.planInBracket);

function previousOfClass(ctx: FigureContext, classes: readonly string[]) {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const p = ctx.previous[i];
    if (p && classes.includes(p.figure.unitClass)) return p;
  }
  return undefined;
}

/**
 * The total for the whole period of what the sentence counted before: "thành lập mới thêm 21 HTX để cả năm 2024
 * đạt 40 HTX", "… nâng số HTX thành lập mới trong năm lên 35 HTX".
 */
const WHOLE_PERIOD = cueRegExp(METRIC_CUES.wholePeriod);

function wholePeriodOfNew(ctx: FigureContext): MetricDecision | null {
  const f = ctx.figure;
  if (f.unitClass !== 'coop') return null;
  const p = previousOfClass(ctx, ['coop']);
  if (p?.metric !== 'new_count' || p.figure.nounSubject !== f.nounSubject) return null;
  return WHOLE_PERIOD.test(ctx.doc.key.slice(p.figure.end, f.numStart)) ? { metric: 'new_count', rule: 'metric.new_count.whole_period' } : null;
}

/**
 * An item of a breakdown by sector: "Chia theo lĩnh vực: nông nghiệp 205 HTX; vận tải 18 HTX; …",
 * "lĩnh vực nông nghiệp có 205 HTX": a count of the sector's cooperatives, unless an earlier figure of the
 * sentence counted something else (new or dissolved ones), which the list would then break down.
 */
const SECTOR_ITEM = cueRegExp(METRIC_CUES.sectorItem);

function sectorItem(ctx: FigureContext, bare: string): MetricDecision | null {
  const { key } = ctx.doc;
  const f = ctx.figure;
  if (!SECTOR_ITEM.test(bare) || OWN_PREDICATE.test(key.slice(f.unitEnd, ctx.rightEnd))) return null;
  const s = sectorIn(key, ctx.leftStart, f.numStart, (pos) => insideNamedCooperative(ctx.doc.text, key, pos));
  if (s === null || s === 'ambiguous') return null;
  if (ctx.previous.some((p) => p.figure.unitClass === 'coop' && p.metric !== 'other' && p.metric !== 'count')) return null;
  return { metric: 'count', rule: 'metric.count.sector_item' };
}

/**
 * "thành lập mới 450 doanh nghiệp và 15 HTX": a cooperative count listed after another body's count shares
 * the verb that body's count stands after.
 */
const OTHER_BODY_CLASSES: ReadonlySet<string> = new Set(['enterprises', 'households', 'bare']);

function listAcrossBodies(ctx: FigureContext, glue: string): MetricDecision | null {
  const last = ctx.previous[ctx.previous.length - 1];
  if (!last || !OTHER_BODY_CLASSES.has(last.figure.unitClass) || !LIST_GLUE.test(glue)) return null;
  if (OWN_PREDICATE.test(ctx.doc.key.slice(ctx.figure.unitEnd, ctx.rightEnd))) return null;
  const hits = findAll(R.metric, ctx.doc.key, last.leftStart, last.figure.numStart).filter((h) => {
    const v = h.rule.value;
    return v.where !== 'right' && v.units.includes('coop') && !v.needsPer && (!v.adjacent || h.end === last.figure.numStart);
  });
  const best = [...hits].sort((a, b) => (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || b.end - a.end)[0];
  return best ? { metric: best.rule.value.metric, rule: `${best.rule.id} metric.list_across_bodies` } : null;
}

/** "16/41 HTX": a part of a whole, read as its first number. */
const PART_OF_WHOLE = /^[\d.,]+\s*\/\s*\d/u;

/**
 * "thành lập mới 11 HTX, trong đó có 8 HTX nông nghiệp, 1 HTX vận tải", "giải thể 9 HTX (6 HTX nông nghiệp …)":
 * the parts of a group of new or dissolved cooperatives are new or dissolved too, and so are the items listed after
 * the first part; the parts of a group that fits no metric (stopped, converted) fit none either.
 */
const PART_OPENER = cueRegExp(METRIC_CUES.partOpener);
const PART_OPENER_AFTER = cueRegExp(METRIC_CUES.partOpenerAfter);
const AMONG_BEFORE = cueRegExp(METRIC_CUES.amongBefore);
/** A part opener, then the part's field as its label: ", trong đó, lĩnh vực nông nghiệp là …". */
const PART_OPENER_LABEL = cueRegExp(METRIC_CUES.partOpenerLabel);
/** The next part, named by its field: "(chiếm 75%), phi nông nghiệp là …". */
const NEXT_LABELLED_PART = cueRegExp(METRIC_CUES.nextLabelledPart);
const PART_AFTER_AMONG = cueRegExp(METRIC_CUES.partAfterAmong);

function partOfEvent(ctx: FigureContext): MetricDecision | null {
  const f = ctx.figure;
  if (f.unitClass !== 'coop') return null;
  const { key } = ctx.doc;
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const p = ctx.previous[i];
    if (p?.figure.unitClass !== 'coop') continue;
    // (a change told after the whole is no whole of its own: "thành lập mới 1.520 HTX, cao hơn 130 HTX so với năm trước, …,
    // trong đó, lĩnh vực nông nghiệp là 1.020 HTX")
    if (p.metricVia === 'change') continue;
    const between = key.slice(p.figure.end, f.start);
    // (what the new ones bring may stand between: "15 HTX đăng ký mới với 130 thành viên, trong đó 14 HTX …")
    const afterTail = key.slice(p.tailEnd > p.figure.end && p.tailEnd <= f.start ? p.tailEnd : p.figure.end, f.start);
    const opensPart =
      PART_OPENER.test(afterTail) ||
      // "trong số 25 HTX được thành lập mới, có 24 HTX nông nghiệp …": the group opened before its count
      (AMONG_BEFORE.test(key.slice(Math.max(0, p.figure.start - 12), p.figure.start)) && PART_AFTER_AMONG.test(afterTail)) ||
      PART_OPENER.test(between) ||
      ((PART_OPENER_AFTER.test(between) || PART_OPENER_LABEL.test(between)) && !between.includes(';'));
    // (a group picked out by what fits no metric passes that on to its parts too: "158 HTX ngừng hoạt động, trong đó
    // 44 HTX nông nghiệp, …")
    // (… and the parts of cooperatives and groups counted together are either kind: "thành lập mới 35 HTX và tổ hợp tác …,
    // gồm 8 HTX và 27 tổ hợp tác")
    if (
      (traitsOf(p.metric)?.event === true || p.picksSubset === true) &&
      opensPart &&
      (f.nounSubject === null || p.figure.nounSubject === null || f.nounSubject === p.figure.nounSubject || p.figure.nounSubject === 'kttt')
    ) {
      return { metric: p.metric as Metric, rule: 'metric.part_of_event', via: 'event_part' };
    }
    // the next item of a list of parts: "…, trong đó 8 HTX nông nghiệp, 1 HTX vận tải"
    const afterPart = key.slice(Math.max(p.figure.end, Math.min(p.tailEnd, f.start)), f.start);
    if (p.metricVia === 'event_part' && (LIST_GLUE.test(afterPart) || NEXT_LABELLED_PART.test(afterPart))) {
      return { metric: p.metric as Metric, rule: 'metric.part_of_event', via: 'event_part' };
    }
    return null;
  }
  return null;
}

/**
 * "có 168 hợp tác xã (HTX) và 506 tổ hợp tác (THT) thành lập mới": the verb after the last item of a list
 * of bodies is every item's.
 */
const EVENT_AFTER = cueRegExp(METRIC_CUES.eventAfter);
const SHARE_OF_BODIES = cueRegExp(METRIC_CUES.shareOfBodies);

function verbAfterList(ctx: FigureContext): MetricDecision | null {
  const { key } = ctx.doc;
  const f = ctx.figure;
  const n = ctx.next;
  // "có 140 HTX và trên 50% tổ hợp tác hoạt động có hiệu quả": a grade after a share of the other kind of body is the
  // count's too (a share is no stock of its own to stand beside the count)
  if (f.unitClass === 'coop' && n?.unitClass === 'percent' && f.nounSubject !== null && LIST_AND.test(key.slice(f.end, n.start))) {
    const grade = findAll(R.metric, key, n.numEnd, Math.min(ctx.sentence.end, n.numEnd + 80)).find(
      (h) =>
        (h.rule.value.metric === 'effective' || h.rule.value.metric === 'weak') &&
        h.rule.value.where !== 'left' &&
        SHARE_OF_BODIES.test(key.slice(n.end, h.start)),
    );
    if (grade) return { metric: grade.rule.value.metric, rule: `${grade.rule.id} metric.list_verb_after` };
  }
  // (of different kinds of bodies: "187 HTX và 05 HTX thành lập doanh nghiệp" are two groups)
  if (f.unitClass !== 'coop' || !n || n.unitClass !== 'coop' || f.nounSubject === n.nounSubject || !LIST_AND.test(key.slice(f.end, n.start))) return null;
  const m = EVENT_AFTER.exec(key.slice(n.end, Math.min(ctx.sentence.end, n.end + 40)));
  if (m) return { metric: m.groups?.gone ? 'dissolved_count' : 'new_count', rule: 'metric.list_verb_after' };
  // "12 hợp tác xã và 4 tổ hợp tác tham gia chương trình OCOP": what picks out the last item picks out the list
  const subset = findAll(R.metric, key, n.numEnd, Math.min(ctx.sentence.end, n.numEnd + 80)).find(
    (h) =>
      h.rule.value.where !== 'left' &&
      h.rule.value.metric === 'other' &&
      h.rule.value.units.includes('coop') &&
      h.start <= n.unitEnd + 2 &&
      (h.rule.priority ?? 0) >= 60,
  );
  return subset ? { metric: 'other', rule: `${subset.rule.id} metric.list_verb_after` } : null;
}

/**
 * "Tổng doanh thu … đạt 95.273 tỷ đồng, bình quân đạt 2,839 tỷ đồng/HTX", "Doanh thu … đạt 2.986 tỷ đồng, bình quân
 * 01 HTX là 31,75 tỷ đồng/năm": an average of each body, of the measure its clause named before it.
 */
const AVERAGE_WORD = cueRegExp(METRIC_CUES.averageWord);
const MEASURE_BEFORE = cueRegExp(METRIC_CUES.measureBefore);

function averageOfMeasureBefore(ctx: FigureContext): MetricDecision | null {
  const { key } = ctx.doc;
  const f = ctx.figure;
  if (f.unitClass !== 'money' || !AVERAGE_WORD.test(key.slice(ctx.leftStart, f.numStart))) return null;
  if (!f.per.coop && !f.per.person && !averagePerBodyLead(ctx)) return null;
  const clauseStart = Math.max(ctx.sentence.start, key.lastIndexOf(';', f.numStart) + 1);
  let last: RegExpExecArray | null = null;
  MEASURE_BEFORE.lastIndex = 0;
  const before = key.slice(clauseStart, ctx.leftStart);
  for (let m = MEASURE_BEFORE.exec(before); m; m = MEASURE_BEFORE.exec(before)) last = m;
  if (!last?.groups) return null;
  if (last.groups.revenue) return f.per.person ? null : { metric: 'revenue_avg', rule: 'metric.average_of_measure_before' };
  if (last.groups.profit) return f.per.person ? null : { metric: 'profit_avg', rule: 'metric.average_of_measure_before' };
  return { metric: 'income_avg', rule: 'metric.average_of_measure_before' };
}

/**
 * "15 HTX đăng ký mới với 130 thành viên", "thành lập mới 3 HTX (…) với 21 thành viên, tổng vốn điều lệ của 3 HTX là
 * 2,4 tỷ đồng": the members, workers and capital of the new cooperatives only, not of the collective economy
 * (TARGETS.md counts members who joined as other).
 */
const OF_NEW_MEMBERS: ReadonlySet<string> = new Set(['members', 'workers', 'capital']);

function ofNewCooperatives(ctx: FigureContext, d: MetricDecision | null): MetricDecision | null {
  if (!d || !OF_NEW_MEMBERS.has(d.metric)) return null;
  const { key } = ctx.doc;
  // a sentence whose subject is the new ones: "Các HTX thành lập mới đã thu hút 1.200 thành viên, vốn góp 40 tỷ đồng"
  if (NEW_ONES_SUBJECT.test(key.slice(ctx.sentence.start, ctx.figure.start))) return { metric: 'other', rule: `${d.rule} metric.other.of_new_cooperatives` };
  // (the figures before this one; it joins them after its metric)
  const before = [...ctx.previous].reverse().find((p) => p.figure.unitClass === 'coop');
  if (before?.metric !== 'new_count') return null;
  // attached to them: "với" right after them (or after an aside naming them), and no new clause before this figure
  // (… and with an aside comparing the new ones with a plan or a year: "90 HTX thành lập mới, tăng 12% so với năm trước, đạt
  // 100% so với mục tiêu kế hoạch đề ra với khoảng 620 thành viên tham gia")
  const between = key
    .slice(before.figure.end, ctx.figure.start)
    .replace(/\([^()]*\)/gu, ' ')
    .replace(PROGRESS_ASIDE, ' ');
  return ATTACHED_TO_NEW.test(between) && between.length < 140 ? { metric: 'other', rule: `${d.rule} metric.other.of_new_cooperatives` } : null;
}
const ATTACHED_TO_NEW = cueRegExp(METRIC_CUES.attachedToNew);
const PROGRESS_ASIDE = cueRegExp(METRIC_CUES.progressAside);
const NEW_ONES_SUBJECT = cueRegExp(METRIC_CUES.newOnesSubject);
const OWNERS_OF_PRODUCTS = cueRegExp(METRIC_CUES.ownersOfProducts);
const BODIES_WITH_PRODUCTS = cueRegExp(METRIC_CUES.bodiesWithProducts);
const SURVEY_SAMPLE = cueRegExp(METRIC_CUES.surveySample);
const PARALLEL_FIELD = cueRegExp(METRIC_CUES.parallelField);
const SHARED_RATE_GLUE = cueRegExp(RECORD_CUES.sharedRateGlue);

/** "… hiệu quả trong lĩnh vực nông nghiệp đạt 65%, trong lĩnh vực phi nông nghiệp đạt 75%": the same measure for the next field. */
function parallelField(ctx: FigureContext): MetricDecision | null {
  const p = ctx.previous[ctx.previous.length - 1];
  const f = ctx.figure;
  if (!p || p.figure.unitClass !== f.unitClass || p.metric === 'other' || p.metric === 'count') return null;
  const glue = ctx.doc.key.slice(p.figure.end, f.numStart);
  // (… and the same average for another group: "thu nhập bình quân của thành viên đạt 4,2 triệu đồng và của người lao động là
  // 3,9 triệu đồng/tháng")
  if (f.unitClass === 'money' && traitsOf(p.metric)?.average === true && SHARED_RATE_GLUE.test(glue))
    return { metric: p.metric as Metric, rule: 'metric.same_measure_other_group', via: 'list' };
  if (!PARALLEL_FIELD.test(glue)) return null;
  const field = sectorIn(ctx.doc.key, p.figure.end, f.numStart, () => false);
  return field !== null && field !== 'ambiguous' ? { metric: p.metric as Metric, rule: 'metric.parallel_field', via: 'list' } : null;
}

/**
 * "doanh thu bình quân của một HTX khoảng 500 triệu đồng, lãi 70 triệu đồng": a money figure named only by its measure,
 * right after an average of another, is an average of that measure.
 */
const SIBLING_MEASURE = cueRegExp(METRIC_CUES.siblingMeasure);

function siblingOfAverage(ctx: FigureContext): MetricDecision | null {
  const f = ctx.figure;
  const p = ctx.previous[ctx.previous.length - 1];
  if (f.unitClass !== 'money' || p?.figure.unitClass !== 'money' || (p.metric !== 'revenue_avg' && p.metric !== 'profit_avg')) return null;
  const m = SIBLING_MEASURE.exec(ctx.doc.key.slice(p.figure.end, f.start));
  if (m?.groups?.profit !== undefined && p.metric === 'revenue_avg') return { metric: 'profit_avg', rule: 'metric.sibling_of_average' };
  if (m?.groups?.revenue !== undefined && p.metric === 'profit_avg') return { metric: 'revenue_avg', rule: 'metric.sibling_of_average' };
  return null;
}

/** "Tổng số thành viên của 20 HTX này là 2.805 người": the measure named before a nested count of bodies is the people's after it. */
const PEOPLE_OF_COUNTED = cueRegExp(METRIC_CUES.peopleOfCounted);
const NESTED_IS = cueRegExp(METRIC_CUES.nestedIs);

function peopleOfNestedCount(ctx: FigureContext): MetricDecision | null {
  const f = ctx.figure;
  const { key } = ctx.doc;
  const p = ctx.previous[ctx.previous.length - 1];
  if ((f.unitClass !== 'persons' && f.unitClass !== 'members' && f.unitClass !== 'workers') || p?.figure.unitClass !== 'coop') return null;
  if (!NESTED_IS.test(key.slice(p.figure.end, f.start))) return null;
  const before = ctx.previous[ctx.previous.length - 2];
  const m = PEOPLE_OF_COUNTED.exec(key.slice(Math.max(ctx.sentence.start, before?.figure.end ?? 0, p.figure.start - 60), p.figure.start));
  if (m?.groups?.members !== undefined) return { metric: 'members', rule: 'metric.people_of_nested_count' };
  if (m?.groups?.workers !== undefined) return { metric: 'workers', rule: 'metric.people_of_nested_count' };
  return null;
}

const SIZE_CLASS = cueRegExp(METRIC_CUES.sizeClass);
/** The comparators of a bound or a span; "trên" alone may be a total ("120 HTX có trên 3.000 lao động" is rare but said). */
const CLASS_BOUNDS: ReadonlySet<Comparator> = new Set<Comparator>(['lt', 'lte', 'gte', 'range']);

/**
 * "8.605 HTX có dưới 10 lao động", "4.984 HTX có từ 10-49 lao động": the people a class of bodies is sized by, right after
 * the count of the class, are a bound of the class, no count of people.
 */
function sizeOfClass(ctx: FigureContext): MetricDecision | null {
  const f = ctx.figure;
  const sizes = (count: Figure, size: Figure | undefined): boolean => {
    if (!size || (size.unitClass !== 'workers' && size.unitClass !== 'members') || !CLASS_BOUNDS.has(size.comparator) || count.unitClass !== 'coop')
      return false;
    SIZE_CLASS.lastIndex = 0;
    return SIZE_CLASS.test(ctx.doc.key.slice(count.end, size.numStart));
  };
  // (… and the count of the class is a part picked out by size, no count of all: read from the next figure's words)
  if (f.unitClass === 'coop') return sizes(f, ctx.next) ? { metric: 'other', rule: 'metric.other.size_class', picksSubset: true } : null;
  const prev = ctx.previous[ctx.previous.length - 1];
  return prev && sizes(prev.figure, f) ? { metric: 'other', rule: 'metric.other.size_class' } : null;
}

export function decideMetric(ctx: FigureContext): MetricDecision | null {
  // people counted per cooperative ("bình quân khoảng 15 thành viên/HTX") are an average, not the members of all
  const f0 = ctx.figure;
  if ((f0.unitClass === 'members' || f0.unitClass === 'workers' || f0.unitClass === 'persons') && f0.per.coop)
    return { metric: 'other', rule: 'metric.other.people_per_cooperative' };
  // bodies or people a study surveyed are a sample: "Báo cáo điều tra 35 HTX và 105 thành viên"
  if (f0.unitClass !== 'money' && f0.unitClass !== 'percent' && SURVEY_SAMPLE.test(ctx.doc.key.slice(ctx.sentence.start, f0.start)))
    return { metric: 'other', rule: 'metric.other.survey_sample', picksSubset: true };
  // bodies counted with the products they own ("9 HTX, với 11 sản phẩm được công nhận OCOP") are the owners, not all there are
  const next = ctx.next;
  if (f0.unitClass === 'coop' && next?.unitClass === 'products' && BODIES_WITH_PRODUCTS.test(ctx.doc.key.slice(f0.numEnd, next.start)))
    return { metric: 'other', rule: 'metric.other.product_owners' };
  const found = sizeOfClass(ctx) ?? siblingOfAverage(ctx) ?? peopleOfNestedCount(ctx) ?? decideOwnMetric(ctx) ?? averageOfMeasureBefore(ctx);
  const own = ofNewCooperatives(ctx, found) ?? found;
  const d = own === null || own.metric === 'count' ? (partOfEvent(ctx) ?? verbAfterList(ctx) ?? own) : own;
  // a part of a whole is no total count: "Có 16/41 HTX được đánh giá, xếp loại tốt, khá"
  if (d?.metric === 'count' && PART_OF_WHOLE.test(ctx.doc.key.slice(ctx.figure.numStart, ctx.figure.end)))
    return { metric: 'other', rule: 'metric.other.part_of_whole' };
  // a plain count ("… đạt 40 HTX") is the period's total of what was counted before; a cue of its own
  // ("cả năm có 12 HTX giải thể") still decides
  if (d === null || d.metric === 'count') return wholePeriodOfNew(ctx) ?? d;
  return d;
}

function decideOwnMetric(ctx: FigureContext): MetricDecision | null {
  const { key } = ctx.doc;
  const f = ctx.figure;
  const bare = withoutScopeWords(ctx, ctx.leftStart, f.start);
  if (FROM_TO.test(bare)) {
    const p = previousOfClass(ctx, [f.unitClass]);
    if (p && p.metric !== 'other') return { metric: p.metric as Metric, rule: 'metric.from_to_inherit' };
  }
  // the plan's value in brackets after a result measures what the result measured
  if (PLAN_IN_BRACKET.test(key.slice(Math.max(ctx.sentence.start, f.start - 30), f.start))) {
    const p = previousOfClass(ctx, [f.unitClass]);
    if (p && p.metric !== 'other') return { metric: p.metric as Metric, rule: 'metric.plan_of_result_before' };
  }
  // "100% xã, phường có ít nhất 1 HTX": the count only qualifies the share of communes before it
  const before = ctx.previous[ctx.previous.length - 1];
  if (before?.metric === 'coverage' && COVERAGE_QUALIFIER.test(bare)) return { metric: 'other', rule: 'metric.other.coverage_qualifier' };
  // "33,89% (102 HTX) được phân loại khá tốt": the count in brackets after a share counts what the share measures
  const shareBefore = ctx.previous[ctx.previous.length - 1];
  // (… and nothing when the share measures nothing: "35% (70 HTX) trung bình")
  if (f.unitClass === 'coop' && shareBefore?.figure.unitClass === 'percent' && /^\s*\(\s*$/u.test(key.slice(shareBefore.figure.end, f.start)))
    return traitsOf(shareBefore.metric)?.shareOfCounted === true
      ? { metric: shareBefore.metric as Metric, rule: 'metric.count_of_share' }
      : { metric: 'other', rule: 'metric.other.count_of_share' };
  // "198 HTX (48,1%)": a share in brackets right after the count it is a share of
  const bracketShare =
    f.unitClass === 'percent' &&
    bare.trim() === '' &&
    /\(\s*$/u.test(key.slice(Math.max(0, f.start - 3), f.start)) &&
    ctx.previous.length > 0 &&
    /^\s*\(\s*$/u.test(key.slice((ctx.previous[ctx.previous.length - 1] as { figure: { end: number } }).figure.end, f.start));
  // "96/107 xã, phường, thị trấn có HTX, đạt 89,7%": the share of communes that have one
  const lastFig = ctx.previous[ctx.previous.length - 1];
  if (
    f.unitClass === 'percent' &&
    SHARE_OF_PREVIOUS.test(bare) &&
    lastFig?.figure.unitClass === 'communes' &&
    COMMUNES_WITH_COOP.test(key.slice(lastFig.figure.end, f.start))
  ) {
    return { metric: 'coverage', rule: 'metric.coverage.share_of_communes' };
  }
  if (f.unitClass === 'percent' && (SHARE_OF_PREVIOUS.test(bare) || bracketShare)) {
    const p = ctx.previous[ctx.previous.length - 1];
    if (p && traitsOf(p.metric)?.shareOfCounted === true && p.figure.unitClass !== 'percent')
      return { metric: p.metric as Metric, rule: 'metric.share_inherit', via: 'share' };
  }
  // the people a share comes to, told right after it ("… trình độ trung cấp chiếm 41% trong tổng số với hơn 5.900 người"):
  // the share's measure, counted
  const share = ctx.previous[ctx.previous.length - 1];
  if (
    share?.figure.unitClass === 'percent' &&
    share.metric !== 'other' &&
    share.figure.start >= ctx.sentence.start &&
    (f.unitClass === 'persons' || f.unitClass === 'managers' || f.unitClass === 'members' || f.unitClass === 'workers') &&
    traitsOf(share.metric)?.shareOfCounted === true &&
    COUNT_OF_SHARE.test(key.slice(share.figure.end, f.numStart))
  )
    return { metric: share.metric as Metric, rule: 'metric.count_of_share' };
  const left = findAll(R.metric, key, ctx.leftStart, f.numStart).filter((h) => applies(h, ctx, 'left'));
  // a verb on the right that opens the next item ("thành lập 23 HTX và giải thể 10 HTX yếu kém") is that item's
  const nextItem = ctx.next && ctx.next.start <= ctx.rightEnd ? ctx.next.start : -1;
  const right = findAll(R.metric, key, f.numEnd, ctx.rightEnd).filter(
    (h) =>
      applies(h, ctx, 'right') && !(nextItem >= 0 && NEXT_ITEM_VERB.test(key.slice(f.unitEnd, h.start)) && NOTHING_BUT_GLUE.test(key.slice(h.end, nextItem))),
  );
  // products counted with the bodies that own them ("66 sản phẩm của 57 HTX được công nhận đạt OCOP"): what is said
  // after the owners grades the products
  const owners = ctx.next;
  if (f.unitClass === 'products' && owners?.unitClass === 'coop' && OWNERS_OF_PRODUCTS.test(key.slice(f.unitEnd, owners.start))) {
    right.push(...findAll(R.metric, key, owners.unitEnd, ctx.clauseEnd).filter((h) => !h.rule.pattern.startsWith('^') && applies(h, ctx, 'right')));
  }
  if (ctx.afterAside) {
    // rules anchored to the noun (^…) do not apply past the aside
    right.push(...findAll(R.metric, key, ctx.afterAside.start, ctx.afterAside.end).filter((h) => !h.rule.pattern.startsWith('^') && applies(h, ctx, 'right')));
  }
  // an item of a list that has its own predicate after it ("40% (80 HTX) được phân loại khá tốt, 35% (66 HTX)
  // trung bình"): the words before its comma were the item before's
  const lastComma = key.lastIndexOf(',', f.numStart);
  const aside = ctx.afterAside;
  const ownPredicate =
    aside !== undefined && aside !== null && /\p{L}/u.test(key.slice(aside.start, aside.end)) && ctx.previous.length > 1 && lastComma >= ctx.leftStart;
  if (ownPredicate) {
    for (let k = left.length - 1; k >= 0; k--) if ((left[k] as RuleHit<MetricValue>).end <= lastComma) left.splice(k, 1);
  }
  // … and so were the words between the item before and this one's comma, when this item has words of its own after it
  // ("55% số HTX xếp loại khá, 35% cán bộ quản lý có bằng đại học"): each item's predicate follows it
  const itemBefore = ctx.previous[ctx.previous.length - 1];
  if (
    right.length > 0 &&
    itemBefore !== undefined &&
    itemBefore.figure.unitClass === f.unitClass &&
    itemBefore.figure.start >= ctx.sentence.start &&
    lastComma >= itemBefore.figure.end &&
    NOTHING_BUT_GLUE.test(key.slice(lastComma + 1, f.numStart))
  ) {
    for (let k = left.length - 1; k >= 0; k--) {
      const h = left[k] as RuleHit<MetricValue>;
      if (h.start >= itemBefore.figure.end && h.end <= lastComma) left.splice(k, 1);
    }
  }
  type Scored = { hit: RuleHit<MetricValue>; priority: number; distance: number; side: number };
  const scored: Scored[] = [
    ...left.map((hit) => ({ hit, priority: hit.rule.priority ?? 0, distance: f.numStart - hit.end, side: 0 })),
    ...right.map((hit) => ({ hit, priority: hit.rule.priority ?? 0, distance: hit.start - f.numEnd, side: 1 })),
  ];
  scored.sort((a, b) => b.priority - a.priority || a.side - b.side || a.distance - b.distance);
  const best = scored[0];
  if (best)
    return {
      metric: best.hit.rule.value.metric,
      rule: best.hit.rule.id,
      ...(best.hit.rule.value.picksSubset ? { picksSubset: true } : {}),
      ...(best.hit.rule.value.change ? { via: 'change' as const } : {}),
    };

  // a list that shares one verb: "674 tổ hợp tác, 371 HTX và 02 Liên hiệp HTX"; a clause
  // that only changes the time or status: "…; năm 2023 đạt 2,1 tỷ đồng", "…; Kế hoạch năm 2024 35 HTX"
  // a part of the OCOP products counted before it in the sentence, named as the cooperatives' ("Trong 39 sản phẩm được công
  // nhận OCOP có 32 sản phẩm là của các HTX", "… 156 sản phẩm OCOP, trong đó sản phẩm của HTX là 120/156 sản phẩm")
  if (f.unitClass === 'products') {
    const whole = [...ctx.previous].reverse().find((p) => p.figure.unitClass === 'products' && p.figure.start >= ctx.sentence.start);
    const clauseStart = Math.max(ctx.sentence.start, whole ? whole.figure.end : ctx.sentence.start);
    if (
      whole?.metric === 'ocop_products' &&
      (OWNED_BY_COOPS.test(key.slice(f.unitEnd, Math.min(ctx.rightEnd, f.unitEnd + 40))) || OWNED_BY_COOPS.test(key.slice(clauseStart, f.numStart)))
    )
      return { metric: 'ocop_products', rule: 'metric.ocop_products.coops_part' };
  }
  // the level a change reached, told right after it ("Mức đóng góp vào GDP … tăng 0,1% so với năm 2013, đạt mức 5,1%"):
  // of the measure the change was of, named before the change
  const changed = ctx.previous[ctx.previous.length - 1];
  if (
    changed &&
    changed.metricVia === 'change' &&
    changed.figure.unitClass === f.unitClass &&
    LEVEL_AFTER_CHANGE.test(key.slice(changed.figure.end, f.numStart))
  ) {
    const measure = findAll(R.metric, key, changed.leftStart, changed.figure.numStart)
      .filter((h) => h.rule.value.metric !== 'other' && h.rule.value.where !== 'right' && h.rule.value.units.includes(f.unitClass) && !h.rule.value.needsPer)
      .pop();
    if (measure) return { metric: measure.rule.value.metric, rule: `${measure.rule.id} metric.level_after_change` };
  }
  // an aside in brackets between two items of a list is skipped: "47 HTX (tăng 5 HTX so với năm 2023), 01 Liên hiệp HTX"
  const s0 = ctx.sentence.start;
  const depth = bracketDepth(key, s0, f.start);
  const afterAside = bare.includes(')') ? bare.slice(bare.lastIndexOf(')') + 1) : bare;
  // the same share told for another time, right after it: "tỷ lệ HTX hoạt động hiệu quả năm 2019 chiếm 31%, năm 2022 chiếm 47%"
  const sameShare = ctx.previous[ctx.previous.length - 1];
  if (
    f.unitClass === 'percent' &&
    sameShare?.figure.unitClass === 'percent' &&
    sameShare.metric !== 'other' &&
    sameShare.figure.start >= s0 &&
    SHARE_ITEM_GLUE.test(bare)
  )
    return { metric: sameShare.metric as Metric, rule: 'metric.share_item_inherit', via: 'list' };
  // an item with a predicate of its own is no plain member of the list: "102 HTX tham gia liên kết
  // theo chuỗi giá trị, khoảng 130 HTX ứng dụng công nghệ cao"
  if (LIST_GLUE.test(afterAside) && !OWN_PREDICATE.test(key.slice(f.unitEnd, ctx.rightEnd))) {
    for (let i = ctx.previous.length - 1; i >= 0; i--) {
      const p = ctx.previous[i];
      if (p && bracketDepth(key, s0, p.figure.start) > depth) continue;
      if (p && p.figure.unitClass === f.unitClass) {
        // (cooperative groups after the member cooperatives of unions are none of their members, whose members are
        // cooperatives: "3 liên hiệp HTX với 17 HTX thành viên và 260 tổ hợp tác" counts the groups)
        if (p.metric === 'members' && f.unitClass === 'coop' && f.nounSubject === 'tht' && p.figure.nounSubject === 'htx')
          return { metric: 'count', rule: 'metric.count.groups_after_union_members', via: 'list' };
        if (p.metric !== 'other') return { metric: p.metric as Metric, rule: 'metric.list_inherit', via: 'list' };
        // (the next item of a group picked out by what fits no metric is one of that group: "… chủ thể, gồm 60 HTX,
        // 20 doanh nghiệp và 15 tổ hợp tác")
        if (p.picksSubset === true) return { metric: 'other', rule: 'metric.other.list_of_subset', via: 'list', picksSubset: true };
        // a change of the count before it ("412 HTX, tăng 11 HTX so với cùng kỳ năm 2024; 6 liên hiệp HTX …")
        // is no item of the list: the list goes on past it
        if (p.metricVia === 'change') continue;
        break;
      }
    }
  }
  const parallel = parallelField(ctx);
  if (parallel) return parallel;
  if (f.unitClass === 'coop') {
    const across = listAcrossBodies(ctx, afterAside);
    if (across) return across;
    const item = sectorItem(ctx, bare);
    if (item) return item;
  }
  // the count noun decides
  if (f.unitClass === 'members') return { metric: 'members', rule: 'unit.noun.members' };
  if (f.unitClass === 'workers') return { metric: 'workers', rule: 'unit.noun.workers' };
  if (f.unitClass === 'managers') return { metric: 'managers', rule: 'unit.noun.managers' };
  return null;
}
