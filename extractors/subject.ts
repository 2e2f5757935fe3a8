/** Which body a figure is about: HTX, THT, liên hiệp HTX, or the collective economy as a whole. */
import { cueRegExp, findAll, type RuleHit } from '../rules/rule.ts';
import { METRIC_CUES, SUBJECT_CUES } from '../rules/cues.ts';
import { SUBJECT_TEXT_CUES } from '../rules/text-cues.ts';
import { compileText } from '../rules/text-rule.ts';
import type { SubjectValue } from '../rules/subjects.ts';
import type { Metric, Subject } from '../pipeline/record.ts';
import { METRIC_TRAITS } from '../pipeline/metrics.ts';
import { inClosedAside, inFieldsList, LIST_AND, outermost, type DocView, type FigureContext } from './context.ts';
import { R } from './rulesets.ts';
import { foldKey } from '../pipeline/normalise.ts';

/** Between a count of people and their income: "… lao động với mức thu nhập bình quân đầu người đạt". */
const INCOME_OF_PEOPLE_BEFORE = cueRegExp(SUBJECT_CUES.incomeOfPeopleBefore);

export interface SubjectDecision {
  subject: Subject;
  rule: string;
  /** The figure is about one cooperative named in the text ("HTX Tân Phát có 12 thành viên"), not an aggregate. */
  named?: boolean;
  /** No body was named for it: the last steps' default. */
  byDefault?: true;
  /** Another body's figure (farms', enterprises'), or a part of a whole found to be no body's of the collective economy (the
   * province's OCOP products): not the collective economy's. */
  ofUnownedWhole?: true;
}

/** Right after a cooperative word: a proper name, two or more capitalised words or one capitalised word before a verb. */
const PROPER_NAME = compileText(SUBJECT_TEXT_CUES.properName).re;
/** A name of one capitalised word: the kind alone ("Hợp tác xã Nông nghiệp"), unless a verb follows it. */
const ONE_WORD_NAME = compileText(SUBJECT_TEXT_CUES.oneWordName).re;
const ONE_WORD_THEN_VERB = compileText(SUBJECT_TEXT_CUES.oneWordThenVerb).re;
/** Words that make a cooperative word plural or aggregate: "các HTX", "156 HTX", "số HTX". */
const AGGREGATE_BEFORE = cueRegExp(SUBJECT_CUES.aggregateBefore);

function namesOne(ctx: FigureContext, hit: RuleHit<SubjectValue>): boolean {
  const { text, key } = ctx.doc;
  const s = ctx.sentence;
  const letters = text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length === 0 || upper / letters.length > 0.5) return false; // a heading in capitals
  if (AGGREGATE_BEFORE.test(key.slice(Math.max(s.start, hit.start - 20), hit.start))) return false;
  const m = PROPER_NAME.exec(text.slice(hit.end, Math.min(s.end, hit.end + 80)));
  if (!m) return false;
  // "Hợp tác xã Nông nghiệp" with nothing after the generic words is a kind, not a name
  return !ONE_WORD_NAME.test(m[0]) || ONE_WORD_THEN_VERB.test(text.slice(hit.end, hit.end + 40));
}

/** Words that mark a paragraph as speaking of the aggregate, not of one cooperative. */
const AGGREGATE_PARAGRAPH = cueRegExp(SUBJECT_CUES.aggregateParagraph);

/**
 * A paragraph that profiles one cooperative: it, or the paragraph before it, names a
 * cooperative ("HTX Nông nghiệp Mỹ Xương Thạnh …"), and it says nothing of the aggregate
 * ("Thành lập năm 2017 với 32 thành viên, đến nay HTX có 186 thành viên …").
 */
export function profilesOneCooperative(ctx: FigureContext): boolean {
  const { key, blocks } = ctx.doc;
  const b = ctx.block;
  if (documentProfilesOne(ctx.doc)) return true;
  // a sentence that names one cooperative and then speaks of plain "HTX" speaks of that one, whatever its paragraph
  // counted ("… 2 HTX mới … Theo Giám đốc HTX nuôi dê xã Đa Phước, hiện HTX có 7 thành viên")
  const s = ctx.sentence;
  const near = mentions(key, s.start, ctx.figure.start).at(-1);
  if (
    near &&
    (near.rule.value.subject === 'htx' || near.rule.value.subject === 'tht') &&
    !AGGREGATE_BEFORE.test(key.slice(Math.max(s.start, near.start - 20), near.start)) &&
    namesOneIn(ctx.doc.text, key, s.start, near.start)
  )
    return true;
  // (what the paragraph goes on to say after the figure's sentence does not undo whom it speaks of: "Vốn điều lệ của HTX ban đầu
  // là 200 triệu đồng. … toàn huyện đã có 29 HTX")
  if (AGGREGATE_PARAGRAPH.test(key.slice(b.contentStart, s.end))) return false;
  // (a sentence that has just counted several bodies speaks of them, whatever cooperative the paragraph before named:
  // "… HTX Tân Phú được công nhận OCOP. Đồng thời, huyện có 45 tổ hợp tác với 1.210 thành viên")
  if (ctx.previous.some((p) => p.figure !== ctx.figure && p.figure.unitClass === 'coop' && p.figure.value >= 2 && p.figure.start >= s.start)) return false;
  for (const block of [b, blocks[b.id - 1]]) {
    if (block && namesOneIn(ctx.doc.text, ctx.doc.key, block.contentStart, Math.min(block.end, block === b ? ctx.figure.start : block.end))) return true;
  }
  return speaksOfTheOneNamedBefore(ctx);
}

/** A count of bodies or words of the whole ("toàn tỉnh", "các HTX"): a page that has one speaks of more than one cooperative. */
const ANY_AGGREGATE = cueRegExp(SUBJECT_CUES.anyAggregate);
const profilesOne = new WeakMap<DocView, boolean>();

/**
 * A page whose title names one cooperative ("Đại hội thành viên HTX Tân Phú lần thứ II") and that never counts
 * bodies or speaks of the whole profiles that one: its figures, paragraph after paragraph, are its own.
 */
function documentProfilesOne(doc: DocView): boolean {
  const known = profilesOne.get(doc);
  if (known !== undefined) return known;
  const title = doc.blocks.find((bl) => bl.end > bl.contentStart);
  const one = title !== undefined && namesOneIn(doc.text, doc.key, title.contentStart, title.end) && !ANY_AGGREGATE.test(doc.key);
  profilesOne.set(doc, one);
  return one;
}

/** Does text[from, to) name one cooperative ("HTX Nông nghiệp Tân Tiến", "hợp tác xã chè Shan tuyết Lũng Phìn")? `key`: its matching key. */
function namesOneIn(text: string, key: string, from: number, to: number): boolean {
  // (a list of examples, "tiêu biểu như: HTX Tân Phú, HTX rau sạch Yên Hòa, …", names several: no one is profiled)
  const names = new Set<string>();
  for (const h of mentions(key, from, to)) {
    if (h.rule.value.subject !== 'htx' && h.rule.value.subject !== 'tht') continue;
    if (AGGREGATE_BEFORE.test(key.slice(Math.max(from, h.start - 20), h.start))) continue;
    const name = PROPER_NAME.exec(text.slice(h.end, Math.min(to, h.end + 80)));
    // (the same one named with or without its kind, "(HTX) Hoa kiểng Phú Lâm" and "Phú Lâm": its last two words)
    if (name) names.add(name[0].trim().split(/\s+/u).slice(-2).join(' '));
    if (names.size > 1) return false;
  }
  return names.size === 1;
}

/**
 * Does `pos` stand inside the name of one cooperative ("45 HTX (trong đó có HTX Nông nghiệp Tân Tiến)",
 * "HTX Dịch vụ thuỷ sản Cổ Lũy")? Its kind words name that cooperative, not the figures around it.
 */
export function insideNamedCooperative(text: string, key: string, pos: number): boolean {
  const from = Math.max(0, pos - 60);
  for (const h of mentions(key, from, pos)) {
    if (h.rule.value.subject !== 'htx' && h.rule.value.subject !== 'tht') continue;
    if (AGGREGATE_BEFORE.test(key.slice(Math.max(0, h.start - 20), h.start))) continue;
    const m = PROPER_NAME.exec(text.slice(h.end, Math.min(text.length, h.end + 80)));
    // (the kind alone, "Hợp tác xã Nông nghiệp" with nothing after it, names no one)
    if (m && h.end + m[0].length > pos && !ONE_WORD_NAME.test(m[0])) return true;
  }
  return false;
}

/** How far back (in paragraphs) an article may have named the cooperative it goes on to call plain "HTX". */
const PROFILE_REACH = 12;

/**
 * A paragraph of an article about one named cooperative that calls it plain "HTX" / "hợp tác xã"
 * ("HTX hiện có 42 thành viên, tạo việc làm cho 25 lao động"): the figure is that cooperative's when the
 * paragraph speaks of one HTX (a mention with no plural or count before it) before the figure, and the
 * nearest earlier paragraph that speaks of cooperatives at all, or else the title, names one and says
 * nothing of the aggregate. A paragraph about the aggregate in between ends the profile.
 */
function speaksOfTheOneNamedBefore(ctx: FigureContext): boolean {
  const { key, blocks, meta } = ctx.doc;
  const b = ctx.block;
  const singular = mentions(key, b.contentStart, ctx.figure.start).some(
    (h) =>
      (h.rule.value.subject === 'htx' || h.rule.value.subject === 'tht') && !AGGREGATE_BEFORE.test(key.slice(Math.max(b.contentStart, h.start - 20), h.start)),
  );
  if (!singular) return false;
  for (let k = b.id - 1; k >= 0 && k >= b.id - PROFILE_REACH; k--) {
    const block = blocks[k];
    if (!block || block.kind === 'furniture') continue;
    const words = key.slice(block.contentStart, block.end);
    if (AGGREGATE_PARAGRAPH.test(words)) return false;
    if (namesOneIn(ctx.doc.text, key, block.contentStart, block.end)) return true;
    // a paragraph that speaks of several ("nhiều HTX", "mỗi HTX") ends the profile; one that calls it plain "HTX" continues it
    if (
      mentions(key, block.contentStart, block.end).some(
        (h) => h.rule.value.subject !== null && !h.rule.value.weak && AGGREGATE_BEFORE.test(key.slice(Math.max(block.contentStart, h.start - 20), h.start)),
      )
    )
      return false;
  }
  const title = meta.title?.normalize('NFC') ?? '';
  const titleKey = foldKey(title);
  if (title === '' || AGGREGATE_PARAGRAPH.test(titleKey)) return false;
  return namesOneIn(title, titleKey, 0, title.length);
}

function mentions(key: string, from: number, to: number): RuleHit<SubjectValue>[] {
  return outermost(findAll(R.subject, key, from, to)).filter((h) => h.rule.value.subject !== null);
}

// ("…, 2 liên hiệp HTX và 512 tổ hợp tác, thu hút trên 17.000 thành viên": after a comma, "thu hút" takes in the whole list)
const TOTAL_OF_LIST = cueRegExp(SUBJECT_CUES.totalOfList);
const BODY_AGAIN = cueRegExp(SUBJECT_CUES.bodyAgain);
const ASIDE_OF_BEFORE = cueRegExp(SUBJECT_CUES.asideOfBefore);
const SECTION_OF_BODY = cueRegExp(SUBJECT_CUES.sectionOfBody);
const ORGANISATION_AFTER = cueRegExp(SUBJECT_CUES.organisationAfter);
const THE_FUND = cueRegExp(SUBJECT_CUES.theFund);
const FUND_NAME = cueRegExp(SUBJECT_CUES.fundName);
const CREDIT_FUND = cueRegExp(SUBJECT_CUES.creditFund);
/** Between the count of one kind of body and the name of another: "86 HTX, tổ hợp tác", "12 hợp tác xã và 4 tổ hợp tác". */
const OWNERS_TOGETHER = cueRegExp(SUBJECT_CUES.ownersTogether);
/** Between a whole and its parts, or two items of a list: ", trong đó có", " và ". */
const PART_OR_LIST = cueRegExp(SUBJECT_CUES.partOrList);
/** A figure of an economy's share or growth: "thành phần kinh tế này", "khu vực kinh tế", "GRDP". */
const ECONOMY_WORDS = cueRegExp(SUBJECT_CUES.economyWords);
/** A star grade after products: "5 sao". */
const STAR_GRADE = cueRegExp(SUBJECT_CUES.starGrade);
/** A body named as the owner right after products: "19 sản phẩm do HTX làm chủ thể", "… của các hợp tác xã". */
const OWNED_AFTER = cueRegExp(SUBJECT_CUES.ownedAfter);
/** Right before a whole a later part picks from: "Trong 45 sản phẩm …". */
const AMONG_OPENER = cueRegExp(SUBJECT_CUES.amongOpener);
const ANOTHER_KIND_AFTER = cueRegExp(SUBJECT_CUES.anotherKindAfter);
const OWNERS_OF_PRODUCTS = cueRegExp(METRIC_CUES.ownersOfProducts);
/** Between the start and the end of a change: "… 9% hiện nay lên 13%". */
const FROM_TO_END = cueRegExp(SUBJECT_CUES.fromToEnd);
/** A total attached to the list before it: "… với 7.244 thành viên", ", thu hút trên 9.000 thành viên". */
const AND_ONE_UNION = cueRegExp(SUBJECT_CUES.andOneUnion);
const ATTACHED_TOTAL = cueRegExp(SUBJECT_CUES.attachedTotal);
/** Between people counted and the body they belong to: "… lao động trong các HTX", or nothing ("… cán bộ quản lý HTX"). */
const OWNER = cueRegExp(SUBJECT_CUES.owner);
/** People or money of other bodies, named right after the figure: "340 người ở trang trại", "… của các doanh nghiệp". */
const OTHER_OWNER_AFTER = cueRegExp(SUBJECT_CUES.otherOwnerAfter);

/** "… lần lượt là …": the amounts after it go, in order, with the bodies counted before it. */
const RESPECTIVELY = cueRegExp(SUBJECT_CUES.respectively);
/** A body counted in a list before "lần lượt": "118 trang trại", "97 tổ hợp tác". */
const COUNTED_BODY = cueRegExp(SUBJECT_CUES.countedBody);
/** Between two bodies of one list: a few words of the first, then a comma or "và". */
const BODY_LIST_GAP = cueRegExp(SUBJECT_CUES.bodyListGap);

/**
 * "đến nay huyện có 118 trang trại và 97 tổ hợp tác, tổng vốn lần lượt hơn 226 tỷ đồng và hơn 82 tỷ đồng": the k-th
 * amount after "lần lượt" is the k-th body's; another body's (a farm's) is not the collective economy's.
 */
function respectiveBody(ctx: FigureContext): SubjectDecision | null {
  const { key } = ctx.doc;
  const s = ctx.sentence;
  const f = ctx.figure;
  const marks = [...key.slice(s.start, f.start).matchAll(RESPECTIVELY)];
  const mark = marks[marks.length - 1];
  if (!mark) return null;
  const at = s.start + (mark.index ?? 0);
  if (key.slice(at, f.start).includes(';')) return null;
  // the bodies: the last list of counted bodies before the mark
  const found = [...key.slice(s.start, at).matchAll(COUNTED_BODY)];
  const bodies: { body: string; start: number; end: number }[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as RegExpMatchArray;
    const start = s.start + (m.index ?? 0);
    const item = { body: m.groups?.body ?? '', start, end: start + m[0].length };
    const after = bodies[0];
    if (after && !BODY_LIST_GAP.test(key.slice(item.end, after.start))) break;
    bodies.unshift(item);
  }
  if (bodies.length < 2) return null;
  // the figure's place among the amounts after the mark
  const k = ctx.previous.filter((p) => p.figure !== f && p.figure.start > at && p.figure.unitClass === f.unitClass).length;
  const body = bodies[k]?.body;
  if (body === undefined) return null;
  const subject: Subject | null = body.startsWith(foldKey('liên hiệp'))
    ? 'lhhtx'
    : body === foldKey('hợp tác xã') || body === 'htx'
      ? 'htx'
      : body === foldKey('tổ hợp tác') || body === 'tht'
        ? 'tht'
        : null;
  return subject ? { subject, rule: 'subject.respectively' } : { subject: 'htx', rule: 'subject.respectively.other_body', ofUnownedWhole: true };
}

export function decideSubject(ctx: FigureContext, metric: Metric): SubjectDecision {
  const { key } = ctx.doc;
  const f = ctx.figure;
  const respective = respectiveBody(ctx);
  if (respective) return respective;
  // an aside in brackets right after one named body's own figure is that body's too: "quỹ hiện có vốn điều lệ trên 36 tỷ đồng
  // (khi mới ra đời là 12 tỷ đồng)"
  const asideOf = ctx.previous[ctx.previous.length - 2];
  if (asideOf?.named && asideOf.figure.unitClass === f.unitClass && ASIDE_OF_BEFORE.test(key.slice(asideOf.figure.end, f.numStart)))
    return { subject: 'htx', rule: 'subject.aside_of_named', named: true };
  // 0. cooperatives counted as members are a union's members: "210 liên hiệp HTX với 1.100 hợp tác xã thành viên";
  //    with no union counted before them, they are an organisation's own ("Liên minh HTX tỉnh có 150 HTX thành viên")
  if (f.unitClass === 'coop' && metric === 'members') {
    // (… or whose label named the unions: "số HTX thành viên của liên hiệp HTX là 410")
    if (f.nounSubject === 'lhhtx') return { subject: 'lhhtx', rule: 'subject.union_members' };
    const union = [...ctx.previous].reverse().find((p) => p.figure !== f && p.figure.unitClass === 'coop' && p.subject === 'lhhtx');
    return union ? { subject: 'lhhtx', rule: 'subject.union_members' } : { subject: 'htx', rule: 'subject.organisation_own', named: true };
  }
  // … and parts of a number of products share the whole's owners: "15 sản phẩm …, trong đó có 6 sản phẩm 4 sao"
  if (f.unitClass === 'products') {
    // (a whole that a later part of its sentence names as a body's is not that body's: "Trong 45 sản phẩm được công nhận
    // OCOP có 31 sản phẩm là của các HTX" counts the province's 45)
    const next = ctx.next;
    if (
      next?.unitClass === 'products' &&
      next.start < ctx.sentence.end &&
      AMONG_OPENER.test(key.slice(Math.max(ctx.sentence.start, f.start - 20), f.start)) &&
      OWNED_AFTER.test(key.slice(next.end, next.end + 40))
    )
      return { subject: 'htx', rule: 'subject.whole_of_owned_part', ofUnownedWhole: true };
    const whole = [...ctx.previous].reverse().find((p) => p.figure !== f && p.figure.unitClass === 'products' && (p.subject || p.unowned));
    // (a star grade between is the part before's: "2 sản phẩm 5 sao, 31 sản phẩm 4 sao")
    const between = whole ? key.slice(whole.figure.end, f.start).replace(STAR_GRADE, '') : '';
    if (whole?.unowned && PART_OR_LIST.test(between) && !OWNED_AFTER.test(key.slice(f.end, f.end + 40)))
      return { subject: 'htx', rule: 'subject.part_of_unowned_whole', ofUnownedWhole: true };
    // (a part named as a body's, "… có 32 sản phẩm là của các HTX", is that body's, whatever body the whole was)
    const owner = OWNED_AFTER.exec(key.slice(f.end, f.end + 40));
    const body = owner ? findAll(R.subject, key, f.end + owner.index, f.end + owner.index + owner[0].length)[0] : undefined;
    if (whole && body?.rule.value.subject) return { subject: body.rule.value.subject, rule: `${body.rule.id} subject.owner_after` };
    if (whole?.subject && PART_OR_LIST.test(between)) return { subject: whole.subject, rule: 'subject.same_as_whole' };
  }
  // … and the end of a change takes its start's body: "nâng tỷ trọng … từ 9% hiện nay lên 13% vào năm 2015"
  const start = ctx.previous[ctx.previous.length - 2];
  if (!f.nounSubject && start?.subject && start.figure.unitClass === f.unitClass && FROM_TO_END.test(key.slice(start.figure.end, f.start))) {
    return { subject: start.subject, rule: 'subject.same_as_change_start' };
  }
  // 1. the count noun or the rate's denominator: "35 HTX", "1,7 tỷ đồng/HTX"
  if (f.nounSubject) return { subject: f.nounSubject, rule: 'subject.unit_noun' };
  if (f.percentOf) return { subject: f.percentOf, rule: 'subject.percent_of' };
  // 2. a total after a list of different bodies: "640 HTX, 1.980 THT, 05 liên hiệp HTX với tổng số 56.000 thành viên"
  // (ctx.previous already holds this figure)
  // (an item is in the list when its metric came from the list, or when "," or "và" joins it to the item before: "194 HTX
  // và 1.687 tổ hợp tác hoạt động trong 8 lĩnh vực …, thu hút gần 51.000 thành viên")
  const inList = (i: number): boolean => {
    const p = ctx.previous[i];
    const q = ctx.previous[i - 1];
    return p?.metricVia === 'list' || (q?.figure.unitClass === 'coop' && p !== undefined && LIST_AND.test(key.slice(q.figure.end, p.figure.start)));
  };
  // (… and so is a total after such a total: "…, thu hút 51.000 thành viên, tạo việc làm cho 25.000 lao động")
  let end = ctx.previous.length - 2;
  let glued = TOTAL_OF_LIST.test(key.slice(ctx.leftStart, f.start));
  while (glued && end >= 0 && ctx.previous[end]?.figure.unitClass !== 'coop') {
    const p = ctx.previous[end] as (typeof ctx.previous)[number];
    glued = TOTAL_OF_LIST.test(key.slice(p.leftStart, p.figure.start));
    end--;
  }
  // (… not when a body is named again between them: "có 640 HTX và 4.100 tổ hợp tác, các HTX đã bảo đảm việc làm cho …")
  const last = ctx.previous[end];
  const namedBetween = last !== undefined && BODY_AGAIN.test(key.slice(last.figure.start, f.start));
  if (f.unitClass !== 'coop' && glued && last?.figure.unitClass === 'coop' && inList(end) && !namedBetween) {
    const chain = new Set<Subject>();
    for (let i = end; i >= 0; i--) {
      const p = ctx.previous[i];
      if (p?.figure.unitClass !== 'coop' || !p.subject) break;
      chain.add(p.subject);
      if (!inList(i)) break;
    }
    if (chain.size > 1) return { subject: chain.has('tht') || chain.has('kttt') ? 'kttt' : 'htx', rule: 'subject.total_of_list' };
  }
  // … and after cooperatives and their unions: "nâng tổng số HTX toàn tỉnh là 105 và 1 liên hiệp HTX với 7.244 thành
  // viên" (unions are cooperatives' unions: the total is the cooperatives'); also a single union named in words ("142 hợp
  // tác xã và một liên hiệp hợp tác xã, thu hút hơn 9 nghìn thành viên"), and a second total joined to the first ("… với
  // 6.100 thành viên và 5.300 lao động")
  let k = ctx.previous.length - 2;
  while (
    k > 0 &&
    ctx.previous[k]?.figure.unitClass !== 'coop' &&
    LIST_AND.test(key.slice(ctx.previous[k]?.figure.end ?? 0, ctx.previous[k + 1]?.figure.start ?? 0))
  )
    k--;
  const lastBodies = ctx.previous[k];
  const firstTotal = ctx.previous[k + 1];
  if (f.unitClass !== 'coop' && lastBodies?.figure.unitClass === 'coop' && firstTotal !== undefined) {
    const coops = ctx.previous[k - 1];
    const unionCounted =
      lastBodies.subject === 'lhhtx' &&
      coops?.subject === 'htx' &&
      coops.figure.unitClass === 'coop' &&
      OWNERS_TOGETHER.test(key.slice(coops.figure.end, lastBodies.figure.start)) &&
      ATTACHED_TOTAL.test(key.slice(lastBodies.figure.end, firstTotal.figure.start));
    const unionInWords = lastBodies.subject === 'htx' && AND_ONE_UNION.test(key.slice(lastBodies.figure.numEnd, firstTotal.figure.start));
    if (unionCounted || unionInWords) return { subject: 'htx', rule: 'subject.total_of_cooperatives_and_unions' };
  }
  // 3. an owner right after the unit: "14.650 lao động ở trong HTX và tổ hợp tác" (… or another body: "340 người ở trang trại")
  if (f.unitClass !== 'coop' && OTHER_OWNER_AFTER.test(key.slice(f.unitEnd, Math.min(ctx.clauseEnd, f.unitEnd + 40))))
    return { subject: 'htx', rule: 'subject.other_body_after', ofUnownedWhole: true };
  const after = mentions(key, f.unitEnd, Math.min(ctx.clauseEnd, f.unitEnd + 60))[0];
  if (after && OWNER.test(key.slice(f.unitEnd, after.start))) {
    return { subject: after.rule.value.subject as Subject, rule: after.rule.id };
  }
  // the income of the people just counted: "… trên 21.000 lao động với mức thu nhập bình quân đầu người đạt 4,9 triệu
  // đồng/tháng" (not the province's income per head)
  const people = ctx.previous[ctx.previous.length - 2];
  if (
    metric === 'income_avg' &&
    people?.subject &&
    (people.figure.unitClass === 'workers' || people.figure.unitClass === 'members') &&
    INCOME_OF_PEOPLE_BEFORE.test(key.slice(people.figure.end, f.numStart))
  ) {
    return { subject: people.subject, rule: 'subject.income_of_people_before' };
  }
  // an organisation's own figures ("Liên minh HTX tỉnh hiện có 189 thành viên", "150 thành viên Liên minh")
  const orgs = outermost(findAll(R.subject, key, ctx.leftStart, f.numStart)).filter((h) => h.rule.value.subject === null && !key.startsWith('lu', h.start));
  const lastOrg = orgs[orgs.length - 1];
  // (a mention in an aside that closed before the figure is not its body: "38 HTX nông nghiệp (tiêu biểu là
  // HTX Nông nghiệp Quỳnh Hưng) với 4.200 thành viên")
  const ownMentions = mentions(key, ctx.leftStart, f.numStart).filter((h) => !inClosedAside(key, ctx.leftStart, h.start, f.numStart));
  if (lastOrg && (ownMentions.length === 0 || (ownMentions[ownMentions.length - 1] as RuleHit<SubjectValue>).start < lastOrg.start)) {
    return { subject: 'htx', rule: `${lastOrg.rule.id} subject.organisation_own`, named: true };
  }
  // "Quỹ Hỗ trợ phát triển HTX giải ngân 25 tỷ đồng cho 40 HTX vay, tỷ lệ nợ xấu của Quỹ dưới 0,5%": the fund's own
  if (ownMentions.length === 0 && THE_FUND.test(key.slice(ctx.leftStart, f.numStart)) && !CREDIT_FUND.test(key.slice(ctx.block.contentStart, f.numStart))) {
    const fund = outermost(findAll(R.subject, key, ctx.block.contentStart, ctx.leftStart)).find(
      (h) => h.rule.value.subject === null && FUND_NAME.test(key.slice(h.start, h.end)),
    );
    if (fund) return { subject: 'htx', rule: `${fund.rule.id} subject.organisation_own`, named: true };
  }
  if (ORGANISATION_AFTER.test(key.slice(f.unitEnd, Math.min(ctx.clauseEnd, f.unitEnd + 30))))
    return { subject: 'htx', rule: 'subject.organisation_own', named: true };
  // 3. the nearest mention in the figure's own phrase
  const own = ownMentions;
  const nearest = own[own.length - 1];
  // … which, with the count of another kind of body just before it, names both as the owners ("86 HTX, tổ hợp tác
  // sở hữu 214 sản phẩm OCOP", "12 hợp tác xã và 4 tổ hợp tác tham gia … với 15 sản phẩm"): the collective economy's
  const before = ctx.previous[ctx.previous.length - 2];
  if (
    nearest &&
    f.unitClass !== 'coop' &&
    before?.figure.unitClass === 'coop' &&
    before.subject &&
    nearest.rule.value.subject &&
    before.subject !== nearest.rule.value.subject &&
    (before.subject === 'htx' || before.subject === 'tht') &&
    (nearest.rule.value.subject === 'htx' || nearest.rule.value.subject === 'tht') &&
    OWNERS_TOGETHER.test(key.slice(before.figure.end, nearest.start))
  ) {
    return { subject: 'kttt', rule: 'subject.kttt.owners_together' };
  }
  // … or two counts of both kinds just before products they own ("12 HTX và 4 tổ hợp tác tham gia chương trình OCOP
  // với 15 sản phẩm")
  const two = ctx.previous[ctx.previous.length - 3];
  if (
    !nearest &&
    f.unitClass === 'products' &&
    two &&
    before &&
    two.figure.unitClass === 'coop' &&
    before.figure.unitClass === 'coop' &&
    new Set([two.subject, before.subject]).size === 2 &&
    [two.subject, before.subject].every((x) => x === 'htx' || x === 'tht') &&
    OWNERS_TOGETHER.test(key.slice(two.figure.end, before.figure.start))
  ) {
    return { subject: 'kttt', rule: 'subject.kttt.owners_together' };
  }
  // … or the bodies counted right after products as their owners ("110 sản phẩm của 89 tổ hợp tác, hợp tác xã đạt OCOP")
  const owners = ctx.next;
  if (
    !nearest &&
    f.unitClass === 'products' &&
    owners?.unitClass === 'coop' &&
    owners.nounSubject &&
    OWNERS_OF_PRODUCTS.test(key.slice(f.unitEnd, owners.start))
  ) {
    const other = ANOTHER_KIND_AFTER.exec(key.slice(owners.unitEnd, owners.unitEnd + 40));
    const second = other ? mentions(key, owners.unitEnd + other[0].length, owners.unitEnd + 40)[0]?.rule.value.subject : undefined;
    const both = [owners.nounSubject, second].every((x) => x === 'htx' || x === 'tht') && second !== owners.nounSubject;
    return both ? { subject: 'kttt', rule: 'subject.kttt.owners_together' } : { subject: owners.nounSubject, rule: 'subject.owners_of_products' };
  }
  if (nearest) return { subject: nearest.rule.value.subject as Subject, rule: nearest.rule.id, named: namesOne(ctx, nearest) };
  // 4. figures of the whole sector's economy ("nâng tỷ trọng đóng góp vào GDP của thành phần kinh tế này từ 9% …", "tốc độ
  //    tăng trưởng khu vực kinh tế này đạt 7%/năm") that name no body in their own phrase are the collective economy's,
  //    whatever body the sentence counted before
  if (METRIC_TRAITS[metric].economyWide && ECONOMY_WORDS.test(key.slice(ctx.leftStart, f.numStart)))
    return { subject: 'kttt', rule: 'subject.default.economy_wide', byDefault: true };
  // 4. the nearest strong mention earlier in the sentence
  const earlier = mentions(key, ctx.sentence.start, ctx.leftStart).filter((h) => !h.rule.value.weak && !inFieldsList(key, ctx.previous, h.start));
  const prior = earlier[earlier.length - 1];
  // (a body named inside a figure before stands for that figure's subject: "1 liên hiệp HTX với 8 HTX thành viên, có
  // 15 lao động" speaks of the union, whose members the 8 HTX are)
  const inside = prior ? ctx.previous.find((p) => p.figure !== f && p.subject && p.figure.start <= prior.start && prior.end <= p.figure.end) : undefined;
  if (inside?.subject && inside.subject !== prior?.rule.value.subject) return { subject: inside.subject, rule: 'subject.of_figure_before' };
  // (a whole of the same kind counted after that body and before the figure speaks for its parts: "46 HTX và 3 THT với
  // 83 sản phẩm; trong đó 4 sao có 25 sản phẩm" — the 25 are the collective economy's, as the 83, not the groups')
  const whole = prior
    ? ctx.previous
        .filter((p) => p.figure !== f && p.subject && p.figure.unitClass === f.unitClass && p.figure.start >= prior.end && p.figure.end <= f.numStart)
        .pop()
    : undefined;
  if (whole?.subject && whole.subject !== prior?.rule.value.subject) return { subject: whole.subject, rule: 'subject.of_whole_before' };
  if (prior) return { subject: prior.rule.value.subject as Subject, rule: prior.rule.id, named: namesOne(ctx, prior) };
  // 5. figures of the whole economy under a heading about the collective sector as a whole
  //    ("IV. ĐÓNG GÓP CỦA KHU VỰC KINH TẾ TẬP THỂ" → "Nộp ngân sách: … 45,2 tỷ đồng")
  if (METRIC_TRAITS[metric].economyWide) {
    for (const a of ctx.ancestors) {
      if (!a.label) continue;
      const whole = mentions(key, a.label.start, a.label.end).find((h) => h.rule.value.wholeEconomy === true);
      if (whole) return { subject: 'kttt', rule: `${whole.rule.id} subject.heading` };
    }
  }
  // 6. a section named after one kind of body ("C. TỔ HỢP TÁC", "III. Liên hiệp hợp tác xã")
  for (const a of ctx.ancestors) {
    if (!a.label) continue;
    const m = SECTION_OF_BODY.exec(key.slice(a.label.start, a.label.end));
    if (m) {
      const named = mentions(key, a.label.start, a.label.end)[0];
      if (named) return { subject: named.rule.value.subject as Subject, rule: `${named.rule.id} subject.section` };
    }
  }
  // 7. what the metric is usually about
  if (metric === 'grdp_share') return { subject: 'kttt', rule: 'subject.default.grdp', byDefault: true };
  return { subject: 'htx', rule: 'subject.default', byDefault: true };
}
