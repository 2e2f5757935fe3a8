/**
 * The year a document speaks from: its own date when it has one, else what its text
 * says of the time it reports. Ordered, named steps; the first that answers wins, and
 * its name goes with the year so a record dated by it says so.
 */
import { cueRegExp, findAll } from '../rules/rule.ts';
import { DOCYEAR_CUES } from '../rules/cues.ts';
import { DOCYEAR_TEXT_CUES } from '../rules/text-cues.ts';
import { compileText, compileTextAll } from '../rules/text-rule.ts';
import type { DocYearKind } from '../rules/docyear.ts';
import type { Block } from '../pipeline/parse.ts';
import type { DocumentMeta } from '../pipeline/record.ts';
import { R } from './rulesets.ts';
import { outermost } from './context.ts';
import type { Sentence } from '../pipeline/segment.ts';

export interface DocYear {
  year: number;
  /** The step that found it: 'docyear.issued', 'docyear.headline', or a rule of rules/docyear.ts. */
  rule: string;
  /** Read from an opening that reports as of that year (its rule's `asOf`). */
  asOf: boolean;
  /** The document's own date (not read from its text). */
  ownDate?: true;
}

/** A cooperative named by its proper name (not the Alliance, nor a kind such as "HTX Nông nghiệp"). */
const NAMED_COOPERATIVE = compileText(DOCYEAR_TEXT_CUES.namedCooperative).re;
const COOPERATIVE_MANAGER = compileText(DOCYEAR_TEXT_CUES.cooperativeManager).re;
const PERSON_SPEAKS = compileText(DOCYEAR_TEXT_CUES.personSpeaks).re;
const ATTRIBUTED = cueRegExp(DOCYEAR_CUES.attributed);
const NOW_AFTER = cueRegExp(DOCYEAR_CUES.nowAfter);
const COMPARED_WITH_YEAR = cueRegExp(DOCYEAR_CUES.comparedWithYear);
/** Nghị quyết 13-NQ/TW on the collective economy, the resolution whose anniversaries pages review. */
const RESOLUTION_13_YEAR = 2002;
/**
 * The years the country's reviews of Nghị quyết 13 were held, where not N years after 2002: the fifteen-year review was
 * held in 2019 (its conclusions came out in 2020), so a page about "tổng kết 15 năm thực hiện Nghị quyết 13" writes then.
 */
const RESOLUTION_13_REVIEWS: Readonly<Record<number, number>> = { 15: 2019 };
/** A headline is a line, not a paragraph. */
export const HEADLINE_MAX = 160;

/** How much of the text's start a report's opening may stand in. */
const OPENING_WINDOW = 1500;
const COUNT_OF_BODIES = cueRegExp(DOCYEAR_CUES.countOfBodies);

/** A news headline that reports ("Gia Lai: Năm 2024 thành lập mới 52 HTX"), not one that sets goals. */
const GOAL_HEADLINE = compileText(DOCYEAR_TEXT_CUES.goalHeadline).re;
/** A headline's years that are not the one it reports (a term's, a cited law's, a year compared with), to blank. */
const HEADLINE_OTHER_YEARS = compileTextAll(DOCYEAR_TEXT_CUES.headlineOtherYear);

/** What the steps read: the document's metadata, its text and matching key, its sentences and blocks. */
export interface DocText {
  meta: DocumentMeta;
  text: string;
  key: string;
  sentences: readonly Sentence[];
  blocks: readonly Block[];
}

type Step = (doc: DocText) => DocYear | null;

/** The rules of one kind: a step runs only its own, not every docyear rule over every sentence. */
const RULES_OF_KIND = new Map<DocYearKind, typeof R.docYear>();
function rulesOf(kind: DocYearKind): typeof R.docYear {
  let rules = RULES_OF_KIND.get(kind);
  if (!rules) {
    rules = R.docYear.filter((r) => r.value.kind === kind);
    RULES_OF_KIND.set(kind, rules);
  }
  return rules;
}

/** The first sentence (within `window` characters of the start) where a rule of this kind matches (and one of `alsoKind`, when given). */
const fromRule =
  (kind: DocYearKind, window: number, alsoKind?: DocYearKind): Step =>
  ({ text, key, sentences, blocks }) => {
    for (const s of sentences) {
      if (s.start >= window) break;
      if (blocks[s.block]?.kind === 'furniture') continue;
      // (only sentences where a rule of the second kind matches too)
      if (alsoKind && findAll(rulesOf(alsoKind), key, s.start, s.end).length === 0) continue;
      for (const h of findAll(rulesOf(kind), key, s.start, s.end)) {
        // a sentence that sets goals speaks of the future, not of the time it was written in
        if (kind === 'report_opening' && setsGoals(key, s, ATTRIBUTED.test(key.slice(h.start, h.end)) ? h : null)) continue;
        // … nor a sentence about another country ("Năm 2006, tại Quebec, Canada có 3.200 hợp tác xã"), told to compare with
        if (kind === 'report_opening' && findAll(R.abroad, key, s.start, s.end).length > 0) continue;
        // … nor does the story of one named cooperative ("Năm 2020, Hợp tác xã Gà đồi Thái Thuỷ được thành lập")
        if (kind === 'report_opening' && NAMED_COOPERATIVE.test(text.slice(s.start, s.end))) continue;
        // … nor a paragraph that gives one cooperative's manager the word ("Ông X, Giám đốc HTX … cho biết, … Năm 2019 …")
        const para = blocks[s.block];
        if (kind === 'report_opening' && para && COOPERATIVE_MANAGER.test(text.slice(para.contentStart, s.end))) continue;
        // … nor one where a named person speaks for themselves ("Anh Lò Văn Hùng cho biết: “Năm 2022, thu nhập …”")
        if (kind === 'report_opening' && para && PERSON_SPEAKS.test(text.slice(para.contentStart, s.end))) continue;
        // … nor a sentence opening on a year after its paragraph has counted cooperatives with no date ("Toàn tỉnh có 85 HTX …
        // Năm 2023, tỉnh có 30 HTX nộp ngân sách"): it singles out that year's part, it does not open the report
        if (kind === 'report_opening' && para && YEAR_OPENING.test(key.slice(s.start, s.end)) && COUNT_OF_BODIES.test(key.slice(para.contentStart, s.start)))
          continue;
        // … nor a year that the next sentence contrasts with now ("Năm 2012, toàn huyện có 3 HTX. Đến nay, số HTX là 11")
        const after = sentences[sentences.indexOf(s) + 1];
        if (kind === 'report_opening' && after?.block === s.block && NOW_AFTER.test(key.slice(after.start, after.end))) continue;
        const g = h.match.groups ?? {};
        // an anniversary counts its years from the law's year, or from Nghị quyết 13's (2002)
        const sinceYear = g.since ?? g.since2;
        const since = sinceYear !== undefined ? Number(sinceYear) : g.nq13 !== undefined ? RESOLUTION_13_YEAR : Number.NaN;
        const years = g.n ?? g.n2;
        const y =
          years !== undefined
            ? ((g.nq13 !== undefined ? RESOLUTION_13_REVIEWS[Number(years)] : undefined) ?? since + Number(years))
            : g.before !== undefined
              ? Number(g.before) + 1
              : g.next !== undefined
                ? Number(g.next) - 1
                : Number(g.y ?? g.y2);
        // … nor a year that names a law or a resolution ("… tình hình hoạt động của các HTX … theo Luật HTX năm 2012"): a
        // citation, not a time
        const at = key.slice(h.start, h.end).lastIndexOf(String(y));
        if (Number.isInteger(y) && !(at >= 0 && inCitation(key, h.start + at, s))) return { year: y, rule: h.rule.id, asOf: h.rule.value.asOf === true };
      }
    }
    return null;
  };

const CITATIONS = R.noise.filter((r) => r.value.cites === true);

/** Does the year at `pos` stand inside a citation of its sentence (a law's name, a resolution's number)? */
function inCitation(key: string, pos: number, s: Sentence): boolean {
  return findAll(CITATIONS, key, s.start, s.end).some((h) => h.start <= pos && pos < h.end);
}

/**
 * Does the sentence set goals? (An opening told as what a body said, "Liên minh HTX tỉnh cho biết, đến năm 2024 toàn
 * tỉnh có 500 HTX", reports the state of things: its own "đến năm …" is an as-of date, not a deadline.)
 */
function setsGoals(key: string, s: Sentence, attributedOpening: { start: number; end: number } | null): boolean {
  let end = s.start;
  while (end < s.end && key[end] !== ';') end++;
  // (weak cues too: "Năm 2020 tỉnh sẽ …", "tiếp tục thực hiện các giải pháp" speak of what is to be done)
  return (
    outermost(findAll(R.status, key, s.start, end)).some(
      (h) =>
        h.rule.value.status === 'target' &&
        !(attributedOpening && h.rule.value.deadline === true && h.start >= attributedOpening.start && h.end <= attributedOpening.end),
    ) || GOES_ON.test(key.slice(s.start, end))
  );
}

// (what is to be done, not what went on: "tình hình KTTT tiếp tục có sự đổi mới" reports)
const GOES_ON = cueRegExp(DOCYEAR_CUES.goesOn);

/** How late in a year a page may still review the year before it (January to March). */
const REVIEW_MONTHS = 3;
/** How many sentences of the opening (headline and lead) may open on "năm qua". */
const LAST_YEAR_SENTENCES = 3;

/** A sentence that opens on a year ("Năm 2022, …", "Dự kiến, năm 2022 …"), the year in group `y`. */
const YEAR_OPENING = cueRegExp(DOCYEAR_CUES.yearOpening);
const YEAR_SO_FAR = cueRegExp(DOCYEAR_CUES.yearSoFar);
const EVENT_DATE = cueRegExp(DOCYEAR_CUES.eventDate);

function plansNextYear({ key, sentences, blocks }: DocText): DocYear | null {
  let reported = false;
  for (const s of sentences) {
    if (s.start >= OPENING_WINDOW) break;
    if (blocks[s.block]?.kind === 'furniture') continue;
    const opening = YEAR_OPENING.exec(key.slice(s.start, s.end));
    const y = Number(opening?.groups?.y);
    if (opening && Number.isInteger(y)) return reported && setsGoals(key, s, null) ? { year: y - 1, rule: 'docyear.plans_next_year', asOf: false } : null;
    // (only after a sentence that reported the year so far: "Từ đầu năm đến nay, thành phố thành lập mới 15 HTX"; a
    // stock "Đến nay, toàn tỉnh có 713 HTX" before "Năm 2020 tỉnh tiếp tục …" may be of either year)
    if (YEAR_SO_FAR.test(key.slice(s.start, s.end)) && /\d/u.test(key.slice(s.start, s.end))) reported = true;
  }
  return null;
}

const STEPS: readonly [string, Step][] = [
  [
    'docyear.issued',
    (doc) => {
      const { meta } = doc;
      if (!meta.issued) return null;
      const year = Number(meta.issued.slice(0, 4));
      // (the day the event it reports was held, told in its opening, stands for a later date of posting: "Thứ hai,
      // 19/08/2019 … Sáng 22/1/2019, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2018")
      const event = EVENT_DATE.exec(doc.key.slice(0, Math.min(doc.key.length, OPENING_WINDOW)));
      const eventYear = event?.groups?.y === undefined ? year : Number(event.groups.y);
      const eventMonth = event && eventYear === year ? Number(event.groups?.m) : Number.NaN;
      const month = eventMonth >= 1 && eventMonth <= 12 ? eventMonth : Number(meta.issued.slice(5, 7));
      // early in a year, a page that opens by reviewing the year before reports that year
      if (month >= 1 && month <= REVIEW_MONTHS) {
        // (over the opening's text, not sentence by sentence: hard-wrapped pages break a sentence over lines)
        const review = findAll(rulesOf('year_review'), doc.key, 0, Math.min(doc.key.length, OPENING_WINDOW))[0];
        const reviewed = review ? Number(review.match.groups?.y) : Number.NaN;
        if (reviewed === year - 1) return { year: reviewed, rule: review?.rule.id ?? 'docyear.year_review', asOf: false };
        // … and so does one that opens on the year before, for the whole area ("Cập nhật 04/03/2021 … Trong năm
        // 2020, … thành lập mới 19 hợp tác xã"; not "Năm 2023, doanh thu của hợp tác xã [named before] đạt …")
        const opening = fromRule('report_opening', OPENING_WINDOW, 'whole_area')(doc);
        if (opening?.year === year - 1) return opening;
        // … and one that compares with the same period two years before ("Cập nhật 03-03-2022 … tăng 1 HTX so với cùng
        // kỳ năm 2020"): its figures are of the year just ended
        const compared = fromRule('same_period_before', OPENING_WINDOW)(doc);
        if (compared?.year === year - 1) return compared;
        // … and one whose first sentences open on "năm qua" ("Phòng Kinh tế thị xã cho biết, năm qua có thêm 4 HTX ra đời …")
        const first = doc.sentences.filter((s) => s.start < OPENING_WINDOW && doc.blocks[s.block]?.kind !== 'furniture').slice(0, LAST_YEAR_SENTENCES);
        const told = first.map((s) => findAll(rulesOf('last_year_opening'), doc.key, s.start, s.end)[0]).find((h) => h !== undefined);
        if (told) return { year: year - 1, rule: told.rule.id, asOf: false };
      }
      return { year, rule: 'docyear.issued', asOf: false, ownDate: true };
    },
  ],
  [
    'docyear.headline',
    (doc) => {
      const { meta } = doc;
      // a news page that gives "Chiều 26/12" only: the latest year its reporting headline names
      // (a first line that runs on as a paragraph is no headline)
      if (meta.doc_type !== 'tin_bai' || GOAL_HEADLINE.test(meta.title ?? '') || (meta.title ?? '').length > HEADLINE_MAX) return null;
      // (not the years of a term or period: "Đại hội …, nhiệm kỳ 2020-2025")
      // … nor the first year of "Từ năm 2013 đến nay")
      // … nor a cited law's or resolution's year: "tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012")
      // … nor the year a figure is compared with: "… có 45 HTX, tăng 1 HTX so với năm 2020")
      const title = (meta.title ?? '').replace(HEADLINE_OTHER_YEARS, ' ');
      const years = title.match(/\b(?:19|20)\d{2}\b/gu)?.map(Number) ?? [];
      if (years.length === 0) return null;
      const year = Math.max(...years);
      // (a body that opens on an as-of date of an earlier year was written then: the headline's year is a goal it
      // announces, "Hỗ trợ thành lập mới 50 HTX trong năm 2024" over "tính hết tháng 11-2023, toàn thành phố có …")
      const opening = fromRule('report_opening', OPENING_WINDOW)(doc);
      if (opening !== null && opening.year < year) return null;
      return { year, rule: 'docyear.headline', asOf: false };
    },
  ],
  ['docyear.report_opening', fromRule('report_opening', OPENING_WINDOW)],
  ['docyear.plan_reached', fromRule('plan_reached', Number.POSITIVE_INFINITY)],
  ['docyear.congress_term', fromRule('congress_term', OPENING_WINDOW)],
  ['docyear.anniversary', fromRule('anniversary', OPENING_WINDOW)],
  // (last: a review named in passing is weaker evidence than a sentence that opens on its time)
  ['docyear.year_review', fromRule('year_review', OPENING_WINDOW)],
  // (… and N years just past, told as done: "Trong 5 năm từ 2016 - 2020 đã có 3.000 HTX thành lập mới")
  ['docyear.period_done', fromRule('period_done', OPENING_WINDOW)],
  // (the very last: a comparison with the same period of a year, anywhere in the text, says the year after it is reported)
  ['docyear.same_period_before', fromRule('same_period_before', Number.POSITIVE_INFINITY)],
  // (… and so does a comparison with the start of a year: that year is reported)
  [
    'docyear.since_year_start',
    (doc) => {
      const found = fromRule('since_year_start', Number.POSITIVE_INFINITY)(doc);
      // (not a start of a year the page also compares with as a whole year: a baseline years back)
      const wholeYears = [...doc.key.matchAll(COMPARED_WITH_YEAR)].map((m) => Number(m.groups?.y));
      return found && wholeYears.includes(found.year) ? null : found;
    },
  ],
  // (… and an estimate of a year's result: "doanh thu … ước thực hiện trong năm 2023")
  ['docyear.estimate_of_year', fromRule('estimate_of_year', Number.POSITIVE_INFINITY)],
  // (… and a turn to the months left of a year: "Trong 3 tháng cuối năm, … đạt các chỉ tiêu của năm 2024")
  ['docyear.rest_of_year', fromRule('rest_of_year', Number.POSITIVE_INFINITY)],
  // (… and one year singled out as done: "Tính riêng năm 2021, toàn huyện đã có 6 HTX thành lập mới")
  ['docyear.singled_year_done', fromRule('singled_year_done', Number.POSITIVE_INFINITY)],
  // (… and a province named as the former one, merged in 2025: "tỉnh Yên Bái (cũ)")
  [
    'docyear.merged_province',
    (doc) => (findAll(rulesOf('merged_province'), doc.key)[0] ? { year: MERGED_PROVINCES_YEAR, rule: 'docyear.merged_province', asOf: false } : null),
  ],
  // (… and a body "thành lập mới năm 2025" on a page that counts what was founded "từ đầu năm đến nay")
  ['docyear.new_in_year', (doc) => (findAll(rulesOf('this_year_so_far'), doc.key).length > 0 ? fromRule('new_in_year', Number.POSITIVE_INFINITY)(doc) : null)],
  // (… and the tasks set for a year, "đề ra nhiệm vụ năm 2021": a page that reviews and plans was written the year before,
  // or reviews it; a figure compared with a year says nothing of when it was written, "tăng 31 HTX so với năm 2012")
  ['docyear.tasks_for_next_year', fromRule('tasks_for_next_year', Number.POSITIVE_INFINITY)],
  // (the very last: an undated page that reports first, then opens a sentence on a year it plans for, "Năm 2022, thành
  // phố tiếp tục …", "Dự kiến, năm 2022 thành lập mới 20 HTX", reported the year before it)
  ['docyear.plans_next_year', plansNextYear],
];

/** The year the provinces were merged (1 July 2025): a page naming a former province writes from then on. */
const MERGED_PROVINCES_YEAR = 2025;

export function readDocYear(doc: DocText): DocYear | null {
  for (const [, step] of STEPS) {
    const found = step(doc);
    if (found) return found;
  }
  return null;
}

/**
 * The end year of the plan, programme or term whose goals the text states, read from its
 * body when the title names none: a target with no year of its own takes it (TARGETS.md: "a
 * 2021-2030 strategy → 2030"). The first that a sentence names wins.
 */
export function readGoalHorizon(doc: DocText): DocYear | null {
  if (doc.meta.period_end !== null || doc.meta.plan_year !== null) return null;
  return fromRule('goal_horizon', Number.POSITIVE_INFINITY)(doc);
}
