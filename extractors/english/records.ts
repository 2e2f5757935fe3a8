/**
 * Records from the English blocks of a document: every figure of every sentence with its
 * metric, subject, sector, status, year and unit, one record per fact, in the same
 * contract as the Vietnamese extractor (TARGETS.md, pipeline/record.ts). Every record lists
 * the English rules that made it, the metric rule first.
 */
import type { Block } from '../../pipeline/parse.ts';
import { ancestors } from '../../pipeline/parse.ts';
import type { DocumentMeta, Metric, Sector, Status, Subject, TargetRecord, Unit } from '../../pipeline/record.ts';
import { PassageTopic } from '../topic.ts';
import { METRIC_TRAITS } from '../../pipeline/metrics.ts';
import type { EnMetricValue } from '../../rules/english/metrics.ts';
import type { EnSubjectValue } from '../../rules/english/subjects.ts';
import { EnglishText, outermostHits, type EnHit, type EnSentence, type EnTerm } from './engine.ts';
import { findFigures, type EnFigure } from './figures.ts';
import { decideEnglishScope, type EnScopeContext } from './scope.ts';
import { EN } from './rulesets.ts';
import { englishFurniture } from './furniture.ts';
import { EN_RECORDS_CUES, EN_SCOPE_CUES } from '../../rules/english/text-cues.ts';
import { compileText, compileTextAll } from '../../rules/text-rule.ts';
import { readEnglishDocYear } from './docyear.ts';
import { EN_WORDS, wordSet } from '../../rules/english/words.ts';
import { ignoreDrops, type DropReason, type DropSink } from '../drops.ts';
/** The word right after a people noun that names the body they belong to. */
const BODY_AFTER_NOUN = wordSet(EN_WORDS.bodyAfterNoun);

export interface EnglishDoc {
  text: string;
  blocks: readonly Block[];
  meta: DocumentMeta;
  docYear: number | null;
  /** The month of the time an undated page opens on, read with its year (for "the past year" at a year's end). */
  docMonth?: number | null;
  /** The year was read from what the text reports (readEnglishDocYear), not from the page's date. */
  docYearReported?: boolean;
  /** Which blocks are English. */
  english: (block: Block) => boolean;
}

/** Before an average amount: it is a month's ("average monthly income"). */
const MONTHLY = compileText(EN_RECORDS_CUES.monthly).re;
const COUNTED = new Set(['coop', 'members', 'workers', 'persons', 'managers', 'products', 'communes', 'households', 'enterprises']);
const BODIES: ReadonlySet<string> = new Set(['htx', 'tht', 'lhhtx', 'kttt']);
/** Between bodies and the products they own: "with", "owning", "that own". */
const PRODUCT_OWNERS_GLUE = compileText(EN_RECORDS_CUES.productOwnersGlue).re;
/** Right after a noun: "of this kind", the kind counted before it. */
const OF_THIS_KIND = compileText(EN_SCOPE_CUES.ofThisKind).re;
/** A change told right after an item: ", up 3.08 percent annually", ", down 12% year-on-year". */
const CHANGE_ASIDE = compileTextAll(EN_RECORDS_CUES.changeAside);
/** Only the joints of a list: "38 cooperatives and 240 cooperative groups", "…, 12 unions". */
const SHARED_LIST_GLUE = compileText(EN_RECORDS_CUES.sharedListGlue).re;
const NEXT_ITEM_LEAD = compileText(EN_RECORDS_CUES.nextItemLead).re;
/** Words between two figures that make the second an item of the same list. */
const LIST_GLUE = compileText(EN_RECORDS_CUES.listGlue).re;
/** Words between a count and a percentage that make the percentage its share. */
const SHARE_GLUE = compileText(EN_RECORDS_CUES.shareGlue).re;
/** Right before a figure: the start of a change or the level compared with ("up from 320 in 2020"). */
const BASELINE = compileText(EN_RECORDS_CUES.baseline).re;
const SHARE_OF_POPULATION = compileText(EN_RECORDS_CUES.shareOfPopulation).re;
// (a short predicate of the bodies may come between: "146 cooperative groups operating effectively with about 44,377 members")
const WITH_GLUE = compileText(EN_RECORDS_CUES.withGlue).re;

function phrase(s: EnSentence, a: number, b: number): string {
  let out = '';
  for (let i = Math.max(0, a); i < Math.min(b, s.terms.length); i++) {
    const t = s.terms[i] as EnTerm;
    if (t.text.length === 0) continue;
    out += `${t.pre.replace(/\s+/gu, ' ')}${t.normal} ${t.post.replace(/[^,;:()]/gu, '')}`;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** The term after the last comma in [from, to), or `from`. */
/** Punctuation between term i and the next (compromise keeps an opening bracket with the term after it). */
function breakAfter(s: EnSentence, i: number, marks: RegExp): boolean {
  return marks.test((s.terms[i] as EnTerm).post) || marks.test(s.terms[i + 1]?.pre ?? '');
}

function lastComma(s: EnSentence, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (breakAfter(s, i - 1, /[,;:(]/u)) return i;
  return from;
}

function commaAfter(s: EnSentence, from: number, to: number): number {
  for (let i = from; i < to; i++) if (breakAfter(s, i, /[,;:()]/u)) return i + 1;
  return to;
}

interface Previous {
  f: EnFigure;
  metric: Metric;
  subject: Subject | null;
  /** Its unit, once decided. */
  unit?: Unit;
  /** Its status and the rule that gave it, once decided. */
  status?: { status: Status; rule: string };
  /** The year its own words gave it (not a document fallback), once decided. */
  year?: { year: number; rule: string };
  /** The sector it was given, once decided. */
  sector?: Sector | null;
  /** Its metric came from a cue the items listed after it share (rules/english/metrics.ts `listShares`). */
  listShares?: boolean;
  /** Its field is the clause's subject that owns the list it opens ("agriculture now has 13,712 co-operatives and …"). */
  fieldOwnsList?: boolean;
}

interface FigureCtx extends EnScopeContext {
  /** The document's stored text (offsets of figures point into it). */
  docText: string;
  previous: readonly Previous[];
  /** Where its subject came from, once decided: a figure before it ('previous') or words ('words'). */
  subjectFrom?: 'previous' | 'words';
  block: Block;
  chain: readonly Block[];
}

const AUXILIARIES = wordSet(EN_WORDS.auxiliaries);

function metricApplies(h: EnHit<EnMetricValue>, c: FigureCtx, side: 'left' | 'right'): boolean {
  const v = h.rule.value;
  const f = c.f;
  if (v.where !== 'both' && v.where !== side) return false;
  if (!v.units.includes(f.unitClass as EnMetricValue['units'][number])) return false;
  if (v.needsPer === 'coop' && !f.per.coop && !EACH_BODY_LEAD.test(phrase(c.s, c.clauseStart, f.a))) return false;
  if (v.needsPer === 'person' && !f.per.person) return false;
  if (v.adjacent) {
    if (side === 'left' && h.b !== f.a && h.b !== f.numA) return false;
    // (auxiliaries between a noun and its verb keep it adjacent: "18,000 cooperatives had been reorganised")
    const afterAux = h.a > f.npEnd && c.s.terms.slice(f.npEnd, h.a).every((t) => t.text.length === 0 || AUXILIARIES.has(t.normal));
    if (side === 'right' && h.a !== f.numB && h.a !== f.npEnd && !afterAux && !(h.a >= f.modA && h.a < f.modB)) return false;
    if (side === 'right' && h.a === f.npEnd && /[,;:()]/u.test((c.s.terms[f.npEnd - 1] as EnTerm).post)) return false;
  }
  return true;
}

/**
 * A part counted in the noun of the whole after it ("24 of the province's 63 cooperatives have …"), or a share of it
 * ("41 percent of the country's 19,000 cooperatives are …"), read where the whole stands (a share stays a share).
 */
function asTheWhole(c: FigureCtx): FigureCtx | null {
  const k = c.figures.indexOf(c.f);
  const whole = c.figures[k + 1];
  if (!c.f.partOfWhole || !whole) return null;
  const after = c.figures[k + 2];
  const rightEnd = Math.min(c.clauseEnd, after ? after.a : c.s.terms.length);
  const { wholeOfPart: _, ...asWhole } = whole;
  const part = c.f.unitClass === 'percent' ? { value: c.f.value, unitClass: c.f.unitClass } : { value: c.f.value };
  return { ...c, f: { ...asWhole, ...part }, rightEnd, tightEnd: commaAfter(c.s, Math.max(whole.a, whole.npEnd - 1), rightEnd) };
}

/**
 * `via: 'list'`: an item of the list before it, which shares that item's status; `via: 'noun'`: only its count noun says
 * it counts ("63 cooperatives"), no word of its own.
 */
function decideMetric(c: FigureCtx): { metric: Metric; rule: string; from?: EnFigure; via?: 'list' | 'noun'; listShares?: boolean } | null {
  const { s, f } = c;
  // bodies counted with the products they own ("51 cooperatives with 123 OCOP products") are the owners, not all there are
  const after = c.figures[c.figures.indexOf(f) + 1];
  if (f.unitClass === 'coop' && after?.unitClass === 'products' && PRODUCT_OWNERS_GLUE.test(phrase(s, f.npEnd, after.a)))
    return { metric: 'other', rule: 'en.metric.other.product_owners' };
  // a share of a place's people measures nothing of the cooperatives' ("providing jobs for 12% of the rural labour force")
  if (f.unitClass === 'percent' && SHARE_OF_POPULATION.test(phrase(s, f.b, f.b + 6))) return { metric: 'other', rule: 'en.metric.other.share_of_population' };
  // the items of a list of those taking part in a programme are participants: "180 entities participating in the OCOP
  // programme, including 40 businesses, 72 cooperatives and 68 households"
  if (COUNTED.has(f.unitClass) && PARTICIPANTS_LIST.test(phrase(s, c.clauseStart, f.a))) return { metric: 'other', rule: 'en.metric.other.participants' };
  // a whole whose part right after it is the new ones is all there are: "establish over 2,400 cooperatives by 2030, including
  // 900 new ones"
  const partNext = c.figures[c.figures.indexOf(f) + 1];
  if (
    f.unitClass === 'coop' &&
    partNext?.unitClass === 'coop' &&
    PART_LEAD.test(phrase(s, Math.max(f.npEnd, timeEndAfter(s, f.npEnd)), partNext.a)) &&
    NEW_WORD.test(phrase(s, partNext.numB, partNext.npEnd))
  )
    return { metric: 'count', rule: 'en.metric.count.whole_of_new_part' };
  // people or capital that come with new bodies are the new ones' only: "set up 60 new co-operatives and 240 groups with a
  // total of 5,000 members"
  const withNew = c.previous.filter((p) => p.f !== f).at(-1);
  if (
    f.unitClass !== 'coop' &&
    f.unitClass !== 'percent' &&
    withNew?.f.unitClass === 'coop' &&
    withNew.metric === 'new_count' &&
    WITH_GLUE.test(phrase(s, withNew.f.npEnd, f.a))
  )
    return { metric: 'other', rule: 'en.metric.other.of_new_cooperatives' };
  // money per area is a yield or a price: "10 million VND/ha"
  // (the rate may end the figure's own quote, "VND/ha", or follow it, "per hectare")
  const quote = c.docText.slice(f.start, f.end);
  const slash = quote.lastIndexOf('/');
  if (f.unitClass === 'money' && PER_AREA.test((slash >= 0 ? quote.slice(slash) : '') + c.docText.slice(f.end, f.end + 20)))
    return { metric: 'other', rule: 'en.metric.other.per_area' };
  // people counted for each body ("at least seven members each", "15 members per cooperative") are no total of members
  if ((f.unitClass === 'members' || f.unitClass === 'workers' || f.unitClass === 'persons') && f.per.coop)
    return { metric: 'other', rule: 'en.metric.other.people_per_cooperative' };
  // "24 of the province's 63 agricultural cooperatives have linkages … value chains": the whole is all there are, the part
  // is what the verb after the whole says
  if (f.wholeOfPart) return { metric: 'count', rule: 'en.metric.count.whole_of_part' };
  if (f.partOfWhole) {
    const w = asTheWhole(c);
    const d = w ? decideMetric(w) : null;
    if (d) return { ...d, rule: `${d.rule} en.metric.part_of_whole` };
  }
  // every applicable cue competes by priority (a longer cue of another kind does not hide one: "train" counts for managers and for cooperatives helped)
  const hits = c.text.hitsOf(EN, 'metric', s.n);
  // a count's cue stands near it, in its own part of the clause ("… bigger and more efficient, with a goal of having 520
  // cooperatives": the 520 is no count of efficient ones); money and shares may take theirs from the whole clause
  // (a number matched to a list of nouns by "respectively" takes its cue where the list is: "the number of new groups,
  // cooperatives and unions will reach 640, 85 and 4 respectively")
  const near = f.namedBy
    ? Math.max(c.clauseStart, f.namedBy.a - 3)
    : f.unitClass === 'coop' || f.unitClass === 'percent'
      ? Math.max(c.leftStart, lastComma(s, c.leftStart, f.a))
      : c.leftStart;
  const left = hits.filter((h) => h.a >= near && h.b <= f.a && metricApplies(h, c, 'left'));
  // (on the right only up to a comma: "312 cooperatives, and it plans to establish 30 more" does not establish the 312)
  // (… products may take theirs from a relative clause after them, before the next figure: "123 products that have
  // completed packaging and OCOP certification")
  const rightEnd = f.unitClass === 'products' ? Math.min(c.clauseEnd, c.figures.find((g) => g.a >= f.b)?.a ?? c.clauseEnd) : c.tightEnd;
  // (a verb that opens the next item is that item's: "founded 18 new cooperatives and dissolved 7 weak cooperatives")
  const nextFigure = c.figures[c.figures.indexOf(f) + 1];
  const opensNext = (h: EnHit<EnMetricValue>) =>
    nextFigure !== undefined &&
    h.a > f.npEnd &&
    h.b <= nextFigure.a &&
    SHARED_LIST_GLUE.test(phrase(s, f.npEnd, h.a)) &&
    NEXT_ITEM_LEAD.test(phrase(s, h.b, nextFigure.a));
  const right = hits.filter((h) => h.a >= f.numB && h.b <= rightEnd && metricApplies(h, c, 'right') && !opensNext(h));
  // rules inside a longer hit of another kind still count on their own side ("new" in "newly established")
  const scored = [
    ...left.map((h) => ({ h, p: h.rule.priority ?? 0, side: 0, d: f.a - h.b })),
    ...right.map((h) => ({ h, p: h.rule.priority ?? 0, side: 1, d: h.a - f.numB })),
  ].sort((x, y) => y.p - x.p || x.side - y.side || x.d - y.d);
  const glueBefore = (p: Previous) => phrase(s, p.f.npEnd, f.a);
  const last = c.previous[c.previous.length - 1];
  // a share of the group just counted: "812 cooperatives, accounting for 68.9%", "198 cooperatives (48.1%)"
  if (
    f.unitClass === 'percent' &&
    last &&
    last.f.unitClass !== 'percent' &&
    METRIC_TRAITS[last.metric].shareOfCounted &&
    SHARE_GLUE.test(glueBefore(last).replace(/^.*,/u, ','))
  ) {
    return { metric: last.metric, rule: 'en.metric.share_inherit' };
  }
  // "the average revenue and profit of a cooperative were VND 1.6 billion and VND 200 million": measures named together,
  // then as many amounts, in the same order
  if (f.unitClass === 'money') {
    const named = hits.filter(
      (h) =>
        h.a >= c.clauseStart &&
        h.b <= f.a &&
        h.rule.value.where !== 'right' &&
        h.rule.value.units.includes('money') &&
        h.rule.value.metric !== 'other' &&
        !h.rule.value.needsPer,
    );
    const metrics: { metric: Metric; rule: string; end: number }[] = [];
    for (const h of named) if (!metrics.some((m) => m.metric === h.rule.value.metric)) metrics.push({ metric: h.rule.value.metric, rule: h.rule.id, end: h.b });
    const lastEnd = Math.max(...metrics.map((m) => m.end));
    const firstStart = Math.min(...named.map((h) => h.a));
    const amounts = c.figures.filter((g) => (g.unitClass === 'money' || g.unitClass === 'foreign') && g.a >= lastEnd && g.a < c.clauseEnd);
    const k = amounts.indexOf(f);
    if (metrics.length >= 2 && lastEnd - firstStart <= 10 && amounts.length >= 2 && k >= 0 && k < metrics.length) {
      const m = metrics.sort((x, y) => x.end - y.end)[k] as { metric: Metric; rule: string };
      return { metric: m.metric, rule: `${m.rule} en.metric.respectively` };
    }
  }
  const best = scored[0];
  // a rise by some percent a year is a growth rate: "will grow by 10-15% per year"
  if (
    best &&
    f.unitClass === 'percent' &&
    f.per.year &&
    (best.h.rule.value.change === 'verb' || best.h.rule.value.change === 'noun') &&
    best.h.rule.value.where === 'left'
  ) {
    return { metric: 'growth_rate', rule: `${best.h.rule.id} en.metric.growth_rate.per_year` };
  }
  if (best && best.h.rule.value.metric !== 'other') {
    // a cue that only names a count ("has", "reached") does not override the previous figure's own measure
    return { metric: best.h.rule.value.metric, rule: best.h.rule.id };
  }
  if (best) return { metric: 'other', rule: best.h.rule.id, ...(best.h.rule.value.listShares ? { listShares: true } : {}) };
  // the start of a change, or the level it is compared with: "up from 320 in 2020", "compared with VND 4.8 million"
  const sameClass = [...c.previous].reverse().find((p) => p.f.unitClass === f.unitClass);
  // (an item after a comma: "… in the agricultural sector, and 4-5 million … in the non-agricultural sector")
  // (a change told after the item before is an aside of it: "67 new cooperatives were established, up 3.08 percent
  // annually, and 18 cooperative teams")
  const glue = sameClass ? glueBefore(sameClass).replace(CHANGE_ASIDE, ', ') : '';
  // the next item of a list whose first item something was done for: "loans to 38 cooperatives and 240 cooperative groups"
  if (sameClass?.metric === 'other' && sameClass.listShares && SHARED_LIST_GLUE.test(glue))
    return { metric: 'other', rule: 'en.metric.other.list_shares', from: sameClass.f, listShares: true };
  // (a start level of another measure is not the one before it: "growth of 8% a year, the income of members to be increased
  // from 6% a year")
  const otherMeasure =
    sameClass !== undefined &&
    hits.some((h) => h.a >= c.leftStart && h.b <= f.a && h.rule.value.metric !== 'other' && h.rule.value.metric !== sameClass.metric);
  const baseline = BASELINE.test(phrase(s, c.leftStart, f.a)) && !otherMeasure;
  // (a grade of the item before, told in its own noun, is not the next item's when that counts another kind of body: "250
  // well-functioning cooperatives and two cooperative unions by 2020")
  const ownGrade =
    sameClass !== undefined &&
    METRIC_TRAITS[sameClass.metric].shareOfGroup &&
    f.nounSubject !== null &&
    sameClass.f.nounSubject !== null &&
    f.nounSubject !== sameClass.f.nounSubject;
  if (
    sameClass &&
    sameClass.metric !== 'other' &&
    !ownGrade &&
    (baseline || LIST_GLUE.test(glue) || (glue.includes(',') && LIST_GLUE.test(glue.replace(/^.*,/u, ','))))
  ) {
    return {
      metric: sameClass.metric,
      rule: baseline ? 'en.metric.baseline_inherit' : 'en.metric.list_inherit',
      from: sameClass.f,
      ...(BASELINE.test(phrase(s, c.leftStart, f.a)) ? {} : { via: 'list' as const }),
    };
  }
  // an item whose noun is the one before it ("… set up in 2023: 3 in Dien Bien and 2 in Muong Cha") measures what that one did
  const elided = sameClass && f.nounOfPrevious === true && sameClass.metric !== 'other';
  if (elided && sameClass) return { metric: sameClass.metric, rule: 'en.metric.list_inherit', from: sameClass.f, via: 'list' };
  // (a first item with no cue of its own) a verb after the last item of a list is every item's: "Fifty co-operatives and 16 cooperative groups were established"
  if (f.unitClass === 'coop') {
    let k = c.figures.indexOf(f);
    while (
      k >= 0 &&
      c.figures[k + 1]?.unitClass === 'coop' &&
      SHARED_LIST_GLUE.test(phrase(s, (c.figures[k] as EnFigure).npEnd, (c.figures[k + 1] as EnFigure).a))
    )
      k++;
    const lastItem = c.figures[k];
    // (a participle after a comma is no predicate of the list: "… and 233 non-agricultural ones, creating jobs for …")
    const commaAfter = lastItem ? /,/u.test(s.terms[lastItem.npEnd - 1]?.post ?? '') : false;
    if (lastItem && lastItem !== f && !commaAfter) {
      const verb = hits
        .filter((h) => h.a >= lastItem.npEnd && h.a <= lastItem.npEnd + 2 && h.b <= c.clauseEnd && metricApplies(h, { ...c, f: lastItem }, 'right'))
        .sort((x, y) => (y.rule.priority ?? 0) - (x.rule.priority ?? 0))[0];
      if (verb) return { metric: verb.rule.value.metric, rule: `${verb.rule.id} en.metric.verb_after_list` };
    }
  }
  if (f.unitClass === 'coop') return { metric: 'count', rule: 'en.metric.count.noun', via: 'noun' };
  if (f.unitClass === 'members') return { metric: 'members', rule: 'en.unit.noun.members' };
  if (f.unitClass === 'workers') return { metric: 'workers', rule: 'en.unit.noun.workers' };
  if (f.unitClass === 'managers') return { metric: 'managers', rule: 'en.unit.noun.managers' };
  return null;
}

/** `fromPrevious`: taken from the figure before it (its members, its list), not from words of its own. */
type SubjectDecision = { subject: EnSubjectValue; rule: string; explicit: boolean; fromPrevious?: true };

function subjectHits(text: EnglishText, s: EnSentence): EnHit<EnSubjectValue>[] {
  return outermostHits(text.hitsOf(EN, 'subject', s.n));
}

/** The kinds of body the run of counts that ends the figures before counted ("468 cooperatives, 1,325 cooperative groups and two unions"). */
function kindsCountedJustBefore(before: readonly Previous[]): Set<Subject | null> {
  const run: Previous[] = [];
  for (let k = before.length - 1; k >= 0 && (before[k] as Previous).f.unitClass === 'coop'; k--) run.push(before[k] as Previous);
  return new Set(run.filter((p) => p.subject).map((p) => p.subject));
}

/** The kinds of body named right after the figure's noun, joined by a comma or "and" only: one count of them all. */
function countedWithOtherKind(c: FigureCtx): boolean {
  const { s, f, text } = c;
  const kinds = new Set<EnSubjectValue>([f.nounSubject as EnSubjectValue]);
  let k = f.npEnd;
  for (const h of subjectHits(text, s)
    .filter((x) => x.a >= f.npEnd)
    .sort((x, y) => x.a - y.a)) {
    if (!SHARED_LIST_GLUE.test(phrase(s, k, h.a))) break;
    kinds.add(h.rule.value);
    k = h.b;
  }
  return kinds.has('htx') && kinds.has('tht');
}

function decideSubject(c: FigureCtx): SubjectDecision {
  const { s, f, text } = c;
  const before = c.previous.filter((p) => p.f !== f);
  const last = before[before.length - 1];
  // "164 cooperative unions with more than 1,000 cooperative members": the unions' members are cooperatives
  if (
    f.nounSubject === 'htx' &&
    f.unitClass === 'members' &&
    last?.subject === 'lhhtx' &&
    last.f.unitClass === 'coop' &&
    WITH_GLUE.test(phrase(s, last.f.npEnd, f.a))
  )
    return { subject: 'lhhtx', rule: 'en.subject.members_of_unions', explicit: true, fromPrevious: true };
  // "75 new cooperative groups, cooperatives, and cooperative unions", "40 cooperatives and cooperative groups": bodies of
  // both kinds counted as one are the collective economy's
  if (f.unitClass === 'coop' && (f.nounSubject === 'htx' || f.nounSubject === 'tht') && countedWithOtherKind(c)) {
    return { subject: 'kttt', rule: 'en.subject.kinds_together', explicit: true };
  }
  if (f.nounSubject) return { subject: f.nounSubject, rule: f.unitClass === 'coop' ? 'en.subject.noun' : 'en.subject.noun_modifier', explicit: true };
  if (f.percentOf) return { subject: f.percentOf, rule: 'en.subject.share_of', explicit: true };
  const hits = subjectHits(text, s);
  // "643 cooperatives with over 42,500 members": the members of the bodies just counted
  if (last && last.f.unitClass === 'coop' && last.subject && f.unitClass !== 'coop' && WITH_GLUE.test(phrase(s, last.f.npEnd, f.a))) {
    // after a list of several kinds ("468 cooperatives, 1,325 cooperative groups and two unions, attracting 48,000 members") they are the collective economy's
    // (the run of counts of bodies that ends with it, with no other figure among them)
    const kinds = kindsCountedJustBefore(before);
    // (groups among them make it the collective economy; cooperatives and their unions are cooperatives)
    if (kinds.size > 1) return { subject: kinds.has('tht') ? 'kttt' : 'htx', rule: 'en.subject.with_previous_kinds', explicit: true, fromPrevious: true };
    return { subject: last.subject, rule: 'en.subject.with_previous', explicit: true, fromPrevious: true };
  }
  // "members of cooperative groups", "workers in cooperatives": right after its noun
  const rightOf = hits.find((h) => h.a >= f.npEnd && h.a <= f.npEnd + 3 && h.b <= c.tightEnd && BODY_AFTER_NOUN.has(s.terms[f.npEnd]?.normal ?? ''));
  if (rightOf) return { subject: rightOf.rule.value, rule: rightOf.rule.id, explicit: true };
  // the nearest named body before it in its clause, then the body of the figure before it, then a body named earlier in the sentence
  const leftOf = [...hits].reverse().find((h) => h.b <= f.a && h.a >= c.leftStart);
  if (leftOf) return { subject: leftOf.rule.value, rule: leftOf.rule.id, explicit: true };
  const prevSubject = [...before].reverse().find((p) => p.subject !== null);
  // (after a list of counts of several kinds, "5,000 cooperatives and 150,000 cooperative groups were set up …, contributing
  // about 5 percent to GDP", the figure is of all of them: groups among them make it the collective economy's)
  if (prevSubject?.subject && last?.f.unitClass === 'coop' && f.unitClass !== 'coop') {
    const kinds = kindsCountedJustBefore(before);
    if (kinds.size > 1) return { subject: kinds.has('tht') ? 'kttt' : 'htx', rule: 'en.subject.previous_kinds', explicit: true, fromPrevious: true };
  }
  if (prevSubject?.subject) return { subject: prevSubject.subject, rule: 'en.subject.previous_figure', explicit: true, fromPrevious: true };
  const inClause = [...hits].reverse().find((h) => h.b <= f.a && h.a >= c.clauseStart);
  if (inClause) return { subject: inClause.rule.value, rule: inClause.rule.id, explicit: true };
  const earlierInSentence = [...hits].reverse().find((h) => h.b <= f.a);
  if (earlierInSentence) return { subject: earlierInSentence.rule.value, rule: earlierInSentence.rule.id, explicit: true };
  // the sentence names a body only after the figure: "… VND 5 million per month for members of cooperatives"
  // (in the figure's own part of the clause: "growth to be raised to 8% a year, the income of cooperative members …" names
  // the body of the next goal)
  const after = hits.find((h) => h.a >= f.b && h.b <= c.tightEnd);
  if (after) return { subject: after.rule.value, rule: `${after.rule.id} en.subject.after`, explicit: true };
  // the paragraph so far: the last body it named
  for (let k = c.earlier.length - 1; k >= 0; k--) {
    const e = c.earlier[k] as EnSentence;
    const h = subjectHits(text, e);
    const lastHit = h[h.length - 1];
    if (lastHit) return { subject: lastHit.rule.value, rule: `${lastHit.rule.id} en.subject.paragraph`, explicit: false };
  }
  return { subject: 'htx', rule: 'en.subject.default', explicit: false };
}

/** Bodies named after a field ("the Ministry of Agriculture"): the field in their name limits no figure. */
const FIELD_NAMED_BODY = wordSet(EN_WORDS.fieldNamedBody);

function sectorHitsIn(text: EnglishText, s: EnSentence, a: number, b: number) {
  return outermostHits(text.hitsOf(EN, 'sector', s.n)).filter(
    (h) => h.a >= a && h.b <= b && !(s.terms[h.a - 1]?.normal === 'of' && FIELD_NAMED_BODY.has(s.terms[h.a - 2]?.normal ?? '')),
  );
}

const FIELD_WORDS = wordSet(EN_WORDS.fieldWords);
/** Words that turn to the rest of a group after a part of it was told. */
const REST_WORDS = wordSet(EN_WORDS.rest);
/** "mainly in the field of agriculture" names the main field, it limits nothing. */
const HEDGE = wordSet(EN_WORDS.hedge);
const INTRO = wordSet(EN_WORDS.fieldIntro);
/** A field that owns the figure as its clause's subject: "Vietnam's agriculture now has 13,712 co-operatives". */
const OWNING_VERBS = wordSet(EN_WORDS.owningVerbs);
const OWNING_ADVERBS = wordSet(EN_WORDS.owningAdverbs);

function decideSector(c: FigureCtx): { sector: Sector | null; rule: string | null; ownsList?: true } {
  const { s, f, text } = c;
  // (a kind is no sector when other kinds are listed right after the noun, as one group with it, with no number of their
  // own: "22,861 agricultural cooperatives, People's Credit Funds and non-agricultural cooperatives")
  const listedWith = (kind: Sector): boolean => {
    const stop = c.figures.find((g) => g.a >= f.b)?.a ?? c.clauseEnd;
    const listed = sectorHitsIn(text, s, f.npEnd, stop);
    const first = listed[0];
    return first !== undefined && first.a <= f.npEnd + 1 && /^\s*,\s*$/u.test(s.terms[f.npEnd - 1]?.post ?? '') && listed.some((h) => h.rule.value !== kind);
  };
  if (f.nounSector) return listedWith(f.nounSector) ? { sector: null, rule: 'en.sector.many_fields' } : { sector: f.nounSector, rule: 'en.sector.noun' };
  const one = (hits: EnHit<Sector>[]): { sector: Sector | null; rule: string | null } | null => {
    const kinds = new Set(hits.map((h) => h.rule.value));
    if (kinds.size === 1) return { sector: (hits[0] as EnHit<Sector>).rule.value, rule: (hits[0] as EnHit<Sector>).rule.id };
    if (kinds.size > 1) return { sector: null, rule: 'en.sector.ambiguous' };
    return null;
  };
  // its own noun phrase: "329 agricultural cooperatives"
  const own = one(sectorHitsIn(text, s, f.modA, f.modB));
  if (own?.sector && listedWith(own.sector)) return { sector: null, rule: 'en.sector.many_fields' };
  if (own) return own;
  // … or of the kind counted just before it: "94 unions of agricultural cooperatives and 21,000 cooperatives of this kind"
  const before = [...c.previous].reverse().find((p) => p.f !== f && p.sector);
  if (before?.sector && OF_THIS_KIND.test(phrase(s, f.npEnd, Math.min(s.terms.length, f.npEnd + 4))))
    return { sector: before.sector, rule: 'en.sector.of_this_kind' };
  // … or inside its head: "94 unions of agricultural cooperatives"
  const inHead = f.unitClass === 'coop' ? one(sectorHitsIn(text, s, f.modB, f.npEnd)) : null;
  if (inHead?.sector) return { sector: inHead.sector, rule: `${inHead.rule} en.sector.in_noun` };
  // right after it: "245 cooperatives in the field of agriculture", "… VND/person/month in the agricultural sector"
  const subjects = subjectHits(text, s);
  const named = (h: EnHit<Sector>) => {
    const next = s.terms[h.b];
    const p1 = s.terms[h.a - 1]?.normal ?? '';
    const p2 = s.terms[h.a - 2]?.normal ?? '';
    if (s.terms.slice(Math.max(0, h.a - 5), h.a).some((t) => HEDGE.has(t.normal))) return false;
    return (
      (next !== undefined && FIELD_WORDS.has(next.normal)) ||
      subjects.some((x) => x.a === h.b || (x.a === h.b + 1 && s.terms[h.b]?.normal !== 'and')) ||
      INTRO.has(p1) ||
      (p1 === 'the' && INTRO.has(p2))
    );
  };
  const hedged = (h: EnHit<Sector>) => s.terms.slice(Math.max(0, h.a - 5), h.a).some((t) => HEDGE.has(t.normal));
  // (a field named there counts with every field coordinated with it: "in agriculture and industry" is none of them alone)
  // (… up to where the rest of the group is told: "410 of them engaged in agriculture and most of the rest in handicrafts")
  const rest = s.terms.findIndex((t, k) => k > f.npEnd && k < c.tightEnd && REST_WORDS.has(t.normal));
  const rightHits = sectorHitsIn(text, s, f.npEnd, rest > 0 ? rest : c.tightEnd);
  if (rightHits.some(hedged)) return { sector: null, rule: 'en.sector.hedged' };
  const right = rightHits.some(named) ? one(rightHits) : null;
  // (… and with the fields listed after it, past the comma: "118 cooperatives in transport, farming,
  // construction …" are in no one field)
  // (a list in brackets only spells out the field: "3,100 in non-farm fields (industry, trade, …)")
  if (right?.sector) {
    // (… every field of the list, not only the next: "in the fields of agriculture, aquaculture, handicrafts, …")
    let last = rightHits[rightHits.length - 1] as EnHit<Sector>;
    for (const after of sectorHitsIn(text, s, last.b, c.rightEnd)) {
      // (only a comma, or "and", between them)
      const comma = /^\s*,\s*$/u.test(s.terms[last.b - 1]?.post ?? '');
      const listedNext = (after.a === last.b && comma) || (after.a === last.b + 1 && s.terms[last.b]?.normal === 'and');
      if (!listedNext) break;
      if (after.rule.value !== right.sector) return { sector: null, rule: 'en.sector.many_fields' };
      last = after;
    }
  }
  if (right) return right;
  // its clause before it: "In the agricultural sector, …", "agricultural cooperatives have 25,000 members"
  const leftHits = sectorHitsIn(text, s, c.leftStart, f.a);
  // (… or a label right before it: "agriculture with 389 cooperatives; industry and handicrafts with 13 cooperatives",
  // "agriculture (120 cooperatives)")
  const label = (h: EnHit<Sector>) => f.unitClass === 'coop' && (h.b === f.a || (s.terms[h.b]?.normal === 'with' && h.b + 1 === f.a));
  // (… or the subject that owns it: "Vietnam's agriculture now has 13,712 co-operatives")
  const owner = (h: EnHit<Sector>) => {
    let k = h.b;
    if (OWNING_ADVERBS.has(s.terms[k]?.normal ?? '')) k++;
    return f.unitClass === 'coop' && OWNING_VERBS.has(s.terms[k]?.normal ?? '') && k + 1 === f.a && !/[,;:()]/u.test(s.terms[h.b - 1]?.post ?? '');
  };
  if (leftHits.some(owner)) {
    const owned = one(leftHits);
    if (owned?.sector) return { sector: owned.sector, rule: `${owned.rule} en.sector.owner`, ownsList: true };
  }
  const left = leftHits.some((h) => named(h) || label(h)) ? one(leftHits) : null;
  if (left) return left;
  // … and the next item of the list that field owns ("… has 13,712 co-operatives and 68,000 groups of co-operatives")
  const listHead = [...c.previous].reverse().find((p) => p.f !== f);
  if (
    listHead?.fieldOwnsList &&
    listHead.sector &&
    f.unitClass === 'coop' &&
    c.figures.includes(listHead.f) &&
    s.terms.slice(listHead.f.npEnd, f.a).every((t) => t.normal === 'and' || t.text.length === 0)
  )
    return { sector: listHead.sector, rule: 'en.sector.list_owner' };
  // a part of the group counted just before it ("160 transport co-operatives, 18 of them …"), or its members, revenue, income
  // ("27 cooperative groups in agriculture with 158 members …; average income …")
  const prev = [...c.previous].reverse().find((p) => p.f !== f && p.f.unitClass === 'coop' && p.sector !== undefined);
  // (… not after a breakdown into fields: "610 agricultural cooperatives and 233 non-agricultural ones, creating jobs
  // for 13,000 workers" are all the cooperatives' workers)
  const fields = new Set(c.previous.filter((p) => p.f !== f && p.f.unitClass === 'coop' && p.sector != null).map((p) => p.sector));
  if (prev?.sector && fields.size < 2 && (f.nounOfPrevious === true || c.subjectFrom === 'previous'))
    return { sector: prev.sector, rule: 'en.sector.previous_group' };
  // the field named earlier in its clause ("in the retail segment in which there were 109 co-operatives")
  const clauseHits = sectorHitsIn(text, s, c.clauseStart, c.leftStart).filter(
    (h) => s.terms[h.b] !== undefined && FIELD_WORDS.has((s.terms[h.b] as EnTerm).normal),
  );
  const inClause = one(clauseHits);
  if (inClause) return inClause;
  // a paragraph that has named people's credit funds and no other body: its figures that name none are theirs
  // ("The province now has 14 PCFs with over 31,000 members. Income of members reached …")
  if (f.nounSubject === null || f.nounSubject === 'htx') {
    const bodies = [...c.earlier, s].flatMap((e) => subjectHits(text, e).filter((h) => e !== s || h.a < f.a));
    if (bodies.length > 0 && bodies.every((h) => h.rule.sector === 'credit')) return { sector: 'credit', rule: 'en.sector.credit_paragraph' };
  }
  return { sector: null, rule: null };
}

function unitOf(f: EnFigure, metric: Metric, recurring: boolean, monthly: boolean): Unit {
  if (f.unitClass === 'money') {
    if (METRIC_TRAITS[metric].average) return f.per.month || monthly ? 'VND/month' : 'VND/year';
    return f.per.month ? 'VND/month' : f.per.year ? 'VND/year' : 'VND';
  }
  if (f.unitClass === 'percent') return METRIC_TRAITS[metric].yearlyPercent || f.per.year ? 'percent/year' : 'percent';
  return recurring || f.per.year ? 'count/year' : 'count';
}

/** Words that end a place's name: "in Nghia Dan district", "in Tan Ky town". */
const PLACE_WORDS = wordSet(EN_WORDS.placeWords);

/** The place a figure's noun phrase is said to be in ("6 cooperatives in Nghia Dan district"), or null. */
function placeAfter(s: EnSentence, f: EnFigure, needsPlaceWord: boolean): string | null {
  const t = s.terms;
  if (t[f.npEnd]?.normal !== 'in') return null;
  const name: string[] = [];
  let k = f.npEnd + 1;
  for (; k < t.length && k <= f.npEnd + 5 && /^\p{Lu}/u.test((t[k] as EnTerm).text); k++) name.push((t[k] as EnTerm).normal);
  if (name.length === 0) return null;
  return !needsPlaceWord || PLACE_WORDS.has(name[name.length - 1] as string) || PLACE_WORDS.has(t[k]?.normal ?? '') ? name.join(' ') : null;
}

const COOP_WORD = compileText(EN_RECORDS_CUES.coopWord).re;

function sectionPath(doc: EnglishDoc, chain: readonly Block[]): string[] {
  return [...chain]
    .reverse()
    .filter((b) => b.label)
    .map((b) =>
      doc.text
        .slice((b.label as { start: number }).start, (b.label as { end: number }).end)
        .replace(/\*\*/gu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter((x) => x.length > 0)
    .map((x) => (x.length > 120 ? `${x.slice(0, 117)}…` : x));
}

/** English text is parsed only where a figure may stand: a digit or a number word. */
const MAY_HAVE_FIGURE = compileText(EN_RECORDS_CUES.mayHaveFigure).re;

/** A sentence about one cooperative: "The co-operative has …", "This cooperative earned …" (not the sector, the movement, the alliance). */
const ONE_COOPERATIVE = compileText(EN_RECORDS_CUES.oneCooperative).re;
/** A sentence whose subject is one cooperative by its name: "Saigon Co.op is targeting …". */
const NAMED_COOPERATIVE = compileText(EN_RECORDS_CUES.namedCooperative).re;
/** Before an amount, each cooperative's: "Each cooperative generates an average of …". */
const EACH_BODY_LEAD = compileText(EN_RECORDS_CUES.eachBodyLead).re;
/** A sentence that goes on about what the one before it named: "It earned …", "Its members …". */
const IT = compileText(EN_RECORDS_CUES.itOpening).re;
const REFERS_BACK = compileText(EN_RECORDS_CUES.refersBack).re;
const PER_AREA = compileText(EN_RECORDS_CUES.perArea).re;

/** Whether the sentence at `start` speaks of one cooperative: it names it as its subject, or says "It" right after one that did. */
function oneCooperative(text: string, start: number, figureStart: number): boolean {
  const own = text.slice(start, start + 80);
  if (ONE_COOPERATIVE.test(own)) return true;
  // (a named one may stand after a phrase put before it: "Based on its assessment, Saigon Co.op is targeting …")
  if (
    text
      .slice(start, figureStart)
      .split(/,\s+/u)
      .some((part) => NAMED_COOPERATIVE.test(part) || ONE_COOPERATIVE.test(part))
  )
    return true;
  if (!IT.test(own)) return false;
  const before = text
    .slice(Math.max(0, start - 800), start)
    .trimEnd()
    .split(/(?<=[.!?])\s+|\n+/u);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    const t = (before[k] as string).trim();
    if (ONE_COOPERATIVE.test(t) || t.split(/,\s+/u).some((part) => NAMED_COOPERATIVE.test(part))) return true;
    if (!IT.test(t) && !REFERS_BACK.test(t)) return false;
  }
  return false;
}

/** Before a count that is a part of a group counted before it: "of which 80 …", "including 250 …". */
const PART_BEFORE = compileText(EN_RECORDS_CUES.partBefore).re;
const PART_AFTER = compileText(EN_RECORDS_CUES.partAfter).re;
const PART_LEAD = compileText(EN_RECORDS_CUES.partLead).re;
const PARTICIPANTS_LIST = compileText(EN_RECORDS_CUES.participantsList).re;
const THE_SECTOR = compileText(EN_RECORDS_CUES.theSector).re;
const NEW_WORD = compileText(EN_RECORDS_CUES.newWord).re;
/** Past a deadline right after a noun phrase ("3,000 cooperatives| by 2030|, including …"): where the words after it start. */
function timeEndAfter(s: EnSentence, i: number): number {
  const t = s.terms;
  if (t[i]?.normal === 'by' && t[i + 1]?.tags.has('Year')) return i + 2;
  return i;
}

export function extractEnglishRecords(input: EnglishDoc, onDrop: DropSink = ignoreDrops): TargetRecord[] {
  // an undated page reports on the time it opens on, the year a conference it tells of reviewed, else the latest
  // year it names as a time of facts (extractors/english/docyear.ts)
  // (not a plan: the years it names are its goals)
  const read =
    input.docYear !== null || input.meta.doc_type === 'ke_hoach'
      ? null
      : readEnglishDocYear(
          input.blocks
            .filter(input.english)
            .map((b) => input.text.slice(b.contentStart, b.end))
            .join('\n'),
        );
  const doc: EnglishDoc =
    input.docYear !== null || input.meta.doc_type === 'ke_hoach'
      ? input
      : { ...input, docYear: read?.year ?? null, docMonth: read?.month ?? null, docYearReported: read !== null && read.written !== true };
  const records: TargetRecord[] = [];
  const seen = new Set<string>();
  const labelCache = new Map<number, EnglishText | null>();
  const labelText = (b: Block): EnglishText | null => {
    if (!b.label || !doc.english(b)) return null;
    if (!labelCache.has(b.id)) labelCache.set(b.id, new EnglishText(doc.text.slice(b.label.start, b.label.end), b.label.start));
    return labelCache.get(b.id) ?? null;
  };
  const titleAbout = COOP_WORD.test(doc.meta.title ?? '');
  const furniture = englishFurniture(doc.text, doc.blocks, doc.english);
  // a headline repeats the article's figures, often without their year: read it last, and only for figures the article does not give
  const title = doc.meta.title ? doc.blocks.find((b) => b.start < 400 && doc.text.slice(b.contentStart, b.end).includes(doc.meta.title as string)) : undefined;
  const order = title ? [...doc.blocks.filter((b) => b !== title), title] : doc.blocks;
  const topic = new PassageTopic();
  const abroadPage = aboutAnotherCountry(doc);
  for (const block of order) {
    if (block.kind === 'furniture' || furniture.has(block.id) || !doc.english(block)) continue;
    topic.sentenceEnd();
    const raw = doc.text.slice(block.contentStart, block.end);
    if (!MAY_HAVE_FIGURE.test(raw)) {
      topic.enter(block);
      continue;
    }
    const text = new EnglishText(raw, block.contentStart);
    // (the figures of every sentence, read ahead: the most bodies of each kind the paragraph counts bounds the page's group)
    const blockFigures = text.sentences.map((sentence) => findFigures(text, sentence));
    const largest = new Map<Subject, number>();
    for (const g of blockFigures.flat())
      if (g.unitClass === 'coop' && g.nounSubject) largest.set(g.nounSubject, Math.max(largest.get(g.nounSubject) ?? 0, g.value));
    topic.enter(block, largest);
    const chain = ancestors(doc.blocks, block);
    const labels = chain.filter((b) => b.label !== null).map((b) => ({ block: b, text: labelText(b) }));
    const headingAbout = chain.some((b) => b.label !== null && COOP_WORD.test(doc.text.slice(b.label.start, b.label.end)));
    for (const [k, s] of text.sentences.entries()) {
      topic.sentenceEnd();
      const figures = blockFigures[k] ?? [];
      if (figures.length === 0) continue;
      // a breakdown by place ("6 cooperatives in Nghia Dan district, 3 cooperatives in Dien Chau district, …"): its items
      // are the districts' figures, not the page's
      // (once one item names its place with a place word, the others need only a name: "3 in Kim Son District and 1 in Ba Vi")
      const strict = figures.map((f) => placeAfter(s, f, true));
      const places = strict.some((p) => p !== null) ? figures.map((f) => placeAfter(s, f, false)) : strict;
      const byPlace = new Set(places.filter((p) => p !== null)).size >= 2;
      const openers = text.hitsOf(EN, 'opener', s.n);
      const clauseBreaks = s.terms.map((t, i) => (/;/u.test(t.post) ? i + 1 : -1)).filter((i) => i > 0);
      const previous: Previous[] = [];
      const earlier = text.sentences.slice(0, s.n);
      const paragraphAbout = COOP_WORD.test(doc.text.slice(block.contentStart, s.end));
      for (let i = 0; i < figures.length; i++) {
        const f = figures[i] as EnFigure;
        const next = figures[i + 1];
        const prev = figures[i - 1];
        const clauseStart = Math.max(0, ...clauseBreaks.filter((k) => k <= f.a));
        const clauseEnd = Math.min(s.terms.length, ...clauseBreaks.filter((k) => k > f.b - 1));
        let leftStart = Math.max(clauseStart, prev && prev.npEnd <= f.a ? prev.npEnd : 0);
        // (not "of these" that a noun of its own follows: "The total charter capital of these units is …")
        const opens = (o: EnHit<true>) => !(s.terms[o.b]?.tags.has('Noun') && !s.terms[o.b]?.tags.has('Value') && !/[,;:]/u.test(s.terms[o.b - 1]?.post ?? ''));
        for (const o of openers) if (o.b <= f.a && o.b > leftStart && opens(o)) leftStart = o.b;
        // (an opener right after the figure speaks of it: "55 percent of which are operating actively")
        const nextOpener = openers.find((o) => o.a >= f.npEnd && o.a > f.npEnd);
        // (past the amount's own conversion into another currency: "2.5 billion VND (98,600 USD) in revenue")
        const conversion = f.unitClass === 'money' && next?.unitClass === 'foreign' && next.a <= f.npEnd + 1;
        const after = conversion ? figures[i + 2] : next;
        const rightEnd = Math.min(clauseEnd, after ? after.a : s.terms.length, nextOpener ? nextOpener.a : s.terms.length);
        const tightEnd = commaAfter(s, Math.max(f.a, conversion && next ? next.npEnd : f.npEnd - 1), rightEnd);
        const c: FigureCtx = {
          docText: doc.text,
          text,
          s,
          f,
          figures,
          leftStart,
          clauseStart,
          clauseEnd,
          rightEnd,
          tightEnd,
          earlier,
          labels,
          meta: doc.meta,
          docYear: doc.docYear,
          docMonth: doc.docMonth ?? null,
          docYearReported: doc.docYearReported === true,
          previous,
          block,
          chain,
          baseline: BASELINE.test(phrase(s, Math.max(clauseStart, f.a - 4), f.a)),
        };
        const drop = (reason: DropReason, rule: string): void => onDrop({ start: f.start, end: f.end, reason, rule, keptAsOther: false });
        if (f.unitClass === 'foreign') {
          previous.push({ f, metric: 'other', subject: null });
          drop('drop.foreign-money', 'en.unit.foreign');
          continue;
        }
        const m = decideMetric(c);
        let metric: Metric = m?.metric ?? 'other';
        const entry: Previous = { f, metric, subject: null, ...(m?.listShares ? { listShares: true } : {}) };
        previous.push(entry);
        if (metric === 'other' && !(COUNTED.has(f.unitClass) || f.unitClass === 'money' || f.unitClass === 'percent')) {
          drop('drop.no-metric', m?.rule ?? 'en.metric.other.no_cue');
          continue;
        }
        if (f.unitClass === 'places' || f.unitClass === 'enterprises' || f.unitClass === 'households' || f.unitClass === 'communes') {
          if (metric === 'other' || f.unitClass === 'enterprises' || f.unitClass === 'communes') {
            drop(f.unitClass === 'communes' ? 'drop.communes' : 'drop.not-cooperatives', `${m?.rule ?? 'en.metric.other.no_cue'} en.unit.${f.unitClass}`);
            continue;
          }
        }
        const subject = decideSubject(c);
        const body = BODIES.has(subject.subject) ? (subject.subject as Subject) : null;
        entry.subject = body;
        // one named cooperative's, the alliance's or another body's figures are not the collective economy's;
        // a figure that names no body of its own counts only where its paragraph, a heading or the title is about cooperatives
        const about = paragraphAbout || headingAbout || titleAbout;
        const sentenceNames = COOP_WORD.test(doc.text.slice(s.start, s.end)) || headingAbout || (about && THE_SECTOR.test(doc.text.slice(s.start, s.end)));
        // another country's cooperatives, or a time long past ("In the 1950s, the country had 13,314 cooperatives"), are no record
        // (… before the figure or right after its noun, "40,000 cooperatives in the 1950s"; the world's anywhere in its clause:
        // "900 million members from 2.5 million cooperatives worldwide")
        const elsewhere = c.text
          .hitsOf(EN, 'elsewhere', s.n)
          .some(
            (h) =>
              h.b <= f.a ||
              (h.rule.value.reach !== 'following' && h.a >= f.npEnd && h.a <= f.npEnd + 1) ||
              (h.rule.value.reach === 'clause' && h.a >= c.clauseStart && h.b <= c.clauseEnd),
          );
        // one cooperative's own figures ("The co-operative … It earned … and has 65 permanent workers") are not the sector's
        const single = oneCooperative(doc.text, s.start, f.start);
        // (the first that holds names the drop)
        // (a bare number that ends the page was cut with it: "… achieving 10" of a truncated excerpt)
        const cutAtEnd = f.nounOfPrevious === true && doc.text.slice(f.end).trim() === '';
        // (a number before a capitalised singular noun names one body: "12 Transport Cooperative Union")
        const head = s.terms[f.npEnd - 1];
        const numberedName =
          f.unitClass === 'coop' &&
          f.value > 1 &&
          head !== undefined &&
          /^\p{Lu}/u.test(head.text) &&
          // (… or a year before a capitalised name: "the 2024 Cooperatives Forum")
          ((!head.tags.has('Plural') && !/s$/u.test(head.normal)) || (f.value >= 1990 && f.value <= 2100 && Number.isInteger(f.value)));
        const notOurs: [boolean, DropReason, string][] = [
          [cutAtEnd, 'drop.no-unit', 'en.records.cut_at_end'],
          [numberedName, 'drop.named-cooperative', 'en.records.numbered_name'],
          [!body, 'drop.not-cooperatives', subject.rule],
          [elsewhere, 'drop.not-cooperatives', 'en.records.elsewhere'],
          [single, 'drop.named-cooperative', 'en.records.one_cooperative'],
          [!subject.explicit && !about, 'drop.no-subject', 'en.records.page_not_about_cooperatives'],
          [METRIC_TRAITS[metric].needsBodyWord && !sentenceNames, 'drop.not-cooperatives', 'en.records.needs_body_word'],
          [byPlace && places[i] !== null, 'drop.by-place', 'en.records.breakdown_by_place'],
          // bodies counted for each of the places before them ("Districts A and B have set up 2 cooperatives each")
          [f.unitClass === 'coop' && f.per.coop, 'drop.by-place', 'en.records.count_for_each'],
        ];
        const why = notOurs.find(([holds]) => holds);
        if (!body || why) {
          entry.metric = 'other';
          const [, reason, rule] = why ?? [true, 'drop.not-cooperatives', subject.rule];
          drop(reason, `${m?.rule ?? 'en.metric.other.no_cue'} ${rule}`);
          continue;
        }
        // an item of a list (its noun or its measure taken from the one before it) shares that one's status
        const listHead = [...c.previous].reverse().find((p) => p.f !== f && p.status !== undefined);
        const listItem = f.nounOfPrevious === true || m?.via === 'list';
        if (listHead?.status && listItem) c.listStatus = listHead.status;
        if (listHead?.year && listItem) c.listYear = listHead.year;
        // (a part counted in the whole's noun takes its field, time and status where the whole stands)
        const where = asTheWhole(c) ?? c;
        const scope = decideEnglishScope(where);
        entry.status = { status: scope.status, rule: scope.statusRule.split(' ')[0] as string };
        if (scope.year !== null && scope.yearOwn) entry.year = { year: scope.year, rule: scope.yearRule.split(' ')[0] as string };
        // an average over part of a year has no unit in TARGETS.md
        if (METRIC_TRAITS[metric].average && scope.partYear && !f.per.month) metric = 'other';
        entry.metric = metric;
        c.subjectFrom = subject.fromPrevious === true ? 'previous' : 'words';
        let sector = decideSector(where);
        // a figure that names no field speaks of the group its passage counted ("… 287 agricultural cooperatives … The
        // local cooperatives gather 5,131 members"); a count only when it is no larger than that group
        const isCount = metric === 'count' && f.unitClass === 'coop';
        const passage =
          sector.sector === null && sector.rule === null && metric !== 'other' && metric !== 'ocop_products' && (metric !== 'count' || isCount)
            ? topic.sectorOf(body, isCount ? f.value : null)
            : null;
        if (passage) sector = { sector: passage, rule: isCount ? 'en.sector.part_of_passage_group' : 'en.sector.passage_group' };
        if (isCount && f.nounSubject && !passage && m?.via !== 'list' && !PART_BEFORE.test(phrase(s, c.clauseStart, f.a)))
          topic.counted(body, sector.sector, f.value);
        // a part of a whole of its own kind that names neither a metric nor a field is no count of anything ("31 cooperative
        // groups, 28 of them are general service groups")
        const wholeBefore = c.previous.filter((p) => p.f !== f && p.f.unitClass === 'coop').at(-1);
        // (right before it or right after it; and only a count that took no cue of its own: "of which 371 were operating" counts
        // the active ones)
        const part = PART_BEFORE.test(phrase(s, Math.max(c.clauseStart, f.a - 3), f.a)) || PART_AFTER.test(phrase(s, f.numB, f.numB + 4));
        const noOwnCue = m === null || m.via !== undefined;
        if (isCount && noOwnCue && !passage && sector.sector === null && part && wholeBefore?.subject === body && !f.wholeOfPart) {
          entry.metric = 'other';
          drop('drop.unnamed-part', `${m?.rule ?? ''} en.records.unnamed_part`.trim());
          continue;
        }
        entry.sector = sector.sector;
        if ('ownsList' in sector && sector.ownsList) entry.fieldOwnsList = true;
        const monthly = MONTHLY.test(phrase(s, c.leftStart, f.a));
        // an item of a list shares the rate of the one before it: "VND 3-4.5 million per month …, and VND 4-5 million in …"
        const rated =
          m?.from && m.from.unitClass === f.unitClass && !f.per.month && !f.per.year
            ? { ...f, per: { ...f.per, month: m.from.per.month, year: m.from.per.year } }
            : f;
        const inheritedMonthly = m?.from !== undefined && c.previous.find((p) => p.f === m.from)?.unit === 'VND/month';
        const unit = unitOf(rated, metric, scope.recurring, monthly || inheritedMonthly);
        entry.unit = unit;
        // a level counted per year is a flow: "help at least 2 cooperatives a year move up to good"
        if (unit === 'count/year' && METRIC_TRAITS[metric].stock) {
          entry.metric = 'other';
          drop('drop.stock-per-year', `${m?.rule ?? ''} en.records.stock_per_year`.trim());
          continue;
        }
        const rules = [m?.rule ?? 'en.metric.other.no_cue', subject.rule, ...(sector.rule ? [sector.rule] : []), scope.statusRule, scope.yearRule, ...f.rules]
          .join(' ')
          .split(' ');
        const record: TargetRecord = {
          subject: body,
          metric,
          sector: sector.sector,
          status: scope.status,
          year: scope.year,
          unit,
          value: f.value,
          value_max: f.valueMax,
          comparator: f.comparator,
          quote: doc.text.slice(f.start, f.end),
          sentence: doc.text.slice(s.start, s.end),
          start: f.start,
          end: f.end,
          section_path: sectionPath(doc, chain),
          rules: [...new Set(rules)],
          decided: {
            metric: m?.rule ?? 'en.metric.other.no_cue',
            subject: subject.rule,
            sector: sector.rule ?? 'en.sector.none (no sector cue: all sectors)',
            status: scope.statusRule,
            year: scope.yearRule,
            figure: f.rules.join(' '),
          },
        };
        const key = [record.subject, record.metric, record.sector, record.status, record.year, record.unit, record.value, record.value_max].join('|');
        if (seen.has(key)) {
          drop('drop.duplicate', 'en.records.one_per_fact');
          continue;
        }
        if (block === title && records.some((x) => x.value === record.value && x.unit === record.unit)) {
          drop('drop.duplicate', 'en.records.headline_repeats_article');
          continue;
        }
        seen.add(key);
        records.push(record);
      }
    }
  }
  if (abroadPage) {
    for (const r of records)
      onDrop({ start: r.start, end: r.end, reason: 'drop.not-cooperatives', rule: 'en.records.page_about_another_country', keptAsOther: false });
    return [];
  }
  return withoutBroaderRestatements(records);
}

/**
 * The plain words of the rule that names Vietnam, its people or its money (rules/english/text-cues.ts): a page that
 * holds one anywhere is about Vietnam, with no need to parse its opening (a quick test before compromise).
 */
const HOME_WORDS = compileText(EN_RECORDS_CUES.homeWords).re;

/** How much of a page's start (its title first) says which country it is about. */
const PAGE_PLACE_WINDOW = 4000;

/**
 * Is the page about another country's cooperatives? It names another country, its people or its capital in a sentence
 * about cooperatives ("Laos utilises cooperatives …", "… farming co-ops … to support the Cambodian agricultural sector"),
 * and never Vietnam, its people, its money or one of its provinces (rules/english/subjects.ts EN_PAGE_PLACE_RULES): its
 * figures are no record of Vietnam's collective economy. (Another country named where the sentence is not about
 * cooperatives, "… the gap with other ASEAN countries, namely Indonesia, …", says nothing of the page.)
 */
function aboutAnotherCountry(doc: EnglishDoc): boolean {
  if (doc.meta.province !== null || HOME_WORDS.test(doc.text)) return false;
  const head = [doc.meta.title ?? '', ...doc.blocks.filter((b) => b.kind !== 'furniture' && doc.english(b)).map((b) => doc.text.slice(b.contentStart, b.end))]
    .join('\n')
    .slice(0, PAGE_PLACE_WINDOW);
  const text = new EnglishText(head, 0);
  let abroad = false;
  for (const s of text.sentences) {
    for (const h of text.hitsOf(EN, 'pagePlace', s.n)) {
      if (h.rule.value.home) return false;
      if (COOP_WORD.test(head.slice(s.start, s.end))) abroad = true;
    }
  }
  return abroad;
}

/**
 * The same fact restated without its sector ("Kien Giang has 433 agricultural cooperatives" in a caption, "Kien Giang
 * has 433 cooperatives, 38% of which …" in the text) is one fact: the reading that names the sector stands.
 */
function withoutBroaderRestatements(records: readonly TargetRecord[]): TargetRecord[] {
  const fact = (r: TargetRecord) => [r.subject, r.metric, r.status, r.year, r.unit, r.value, r.value_max].join('|');
  const withSector = new Set(records.filter((r) => r.sector !== null && r.metric !== 'other').map(fact));
  return records.filter((r) => r.sector !== null || r.metric === 'other' || !withSector.has(fact(r)));
}
