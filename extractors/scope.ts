/**
 * Status (target or actual) and year of a figure, resolved through its scope: the
 * figure's own sentence, the rest of its clause, what came before it in its
 * paragraph, the headings and lead-ins above it (nearest first), and last the
 * document's own date and plan period. The nearest, most specific cue wins.
 */
import { cueRegExp, findAll, type RuleHit } from '../rules/rule.ts';
import { SCOPE_CUES } from '../rules/cues.ts';
import { SCOPE_TEXT_CUES } from '../rules/text-cues.ts';
import { compileText } from '../rules/text-rule.ts';
import type { StatusValue } from '../rules/status.ts';
import type { TimeValue } from '../rules/time.ts';
import type { Status } from '../pipeline/record.ts';
import { bracketDepth, outermost, SUBJECT_WORD, type FigureContext } from './context.ts';
import type { Block } from '../pipeline/parse.ts';
import { R } from './rulesets.ts';

export interface ScopeDecision {
  status: Status;
  statusRule: string;
  year: number | null;
  yearRule: string;
  /** Where the status cue stands in the text, when one decided it (for explain). */
  statusAt?: { start: number; end: number };
  /** "mỗi năm", "hằng năm": a per-year goal. */
  recurring: boolean;
}

/** Bracketed asides of the block: "(năm 2020 là 2,9 triệu đồng)", "(kế hoạch năm 2024 phấn đấu …)". */
function asides(ctx: FigureContext): [number, number][] {
  const { key } = ctx.doc;
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = ctx.block.contentStart; i < ctx.block.end; i++) {
    const c = key[i];
    if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) spans.push([open.pop() as number, i + 1]);
  }
  return spans;
}

/** An aside that only gives a year or a span of years: "Trong 3 năm (2017-2019), …", "(năm 2020)". */
const TIME_ONLY_ASIDE = cueRegExp(SCOPE_CUES.timeOnlyAside);

/** A cue inside an aside speaks for the aside only, not for a figure outside it. */
function usable<V>(ctx: FigureContext, hits: RuleHit<V>[], forStatus = false): RuleHit<V>[] {
  const spans = asides(ctx).filter(([a, b]) => !TIME_ONLY_ASIDE.test(ctx.doc.key.slice(a, b)));
  const f = ctx.figure.numStart;
  return hits.filter(
    (h) => !ctx.doc.masks.overlapsReference(h.start, h.end, forStatus) && !spans.some(([a, b]) => a <= h.start && h.end <= b && !(a <= f && f < b)),
  );
}

function statusHits(ctx: FigureContext, from: number, to: number): RuleHit<StatusValue>[] {
  return usable(ctx, outermost(findAll(R.status, ctx.doc.key, from, to)), true);
}

function timeHits(ctx: FigureContext, from: number, to: number): RuleHit<TimeValue>[] {
  return usable(ctx, outermost(findAll(R.time, ctx.doc.key, from, to)));
}

/**
 * Only a year that opens its sentence or clause ("Năm 2023, …", "Đến năm 2025: …") carries over
 * to the sentences after it; one in the middle of a sentence speaks for that sentence alone
 * ("… các HTX đã được vay vốn năm 2022"). Status cues do carry ("Theo …, hiện nay …").
 */
function opensItsSentence<V>(ctx: FigureContext, h: RuleHit<V>): boolean {
  return opensSentenceIn(ctx.doc.key, ctx.block.contentStart, h);
}

const ATTRIBUTION = cueRegExp(SCOPE_CUES.attribution);
const NOW_OPENER = cueRegExp(SCOPE_CUES.nowOpener);
const SINCE_THEN = cueRegExp(SCOPE_CUES.sinceThen);
/** "riêng năm 2022 …": one year singled out, which says nothing of the sentences after it. */
const SINGLED_OUT = cueRegExp(SCOPE_CUES.singledOut);
/** "Thời điểm Đề án được phê duyệt (cuối năm 2016), …": a moment dated in brackets opens the sentence. */
const MOMENT_OPENING = cueRegExp(SCOPE_CUES.momentOpening);
/** "Ra đời từ năm 2020, …": the year something was founded in, which dates nothing after it. */
const FOUNDED_IN = cueRegExp(SCOPE_CUES.foundedIn);

/** What may stand between a figure and the time bound to it: "… 6% vào năm 2030", "19 HTX năm 2024". */
const GLUED_TIME = cueRegExp(SCOPE_CUES.gluedTime);
const BRACKET_BEFORE_TIME = cueRegExp(SCOPE_CUES.bracketBeforeTime);

/** A paragraph that goes on from the one before: "Qua đó, …", "Đồng thời, …", "Bên cạnh đó, …". */
const GOES_ON_FROM_BEFORE = cueRegExp(SCOPE_CUES.goesOnFromBefore);
const SAME_PERIOD_BEFORE = cueRegExp(SCOPE_CUES.samePeriodBefore);

/** From this month a news page's "đến năm <its own year>" tells what the year has reached, not a goal. */
const LATE_IN_YEAR = 10;

/** The month of the document's own date, if known ("2024-01-18" → 1). */
function issuedMonth(issued: string | null): number | null {
  const m = issued !== null ? /^\d{4}-(\d{2})/u.exec(issued) : null;
  return m ? Number(m[1]) : null;
}

function yearOf(hit: RuleHit<TimeValue>, docYear: number | null, issued: string | null = null): number | null {
  if (hit.rule.value.kind === 'now') return docYear;
  // "năm ngoái", "năm trước" always mean the year before the document's; "hết năm qua" before the last quarter;
  // plain "năm qua" only in the first quarter, when last year's results are reported (a December report's
  // "năm qua" is the year it closes, a May article's may be the last twelve months: neither dates anything)
  if (hit.rule.value.kind === 'last_year') {
    // (the year before the page's own date, not before the year it reports: a January page that reviews the year
    // before has docYear that year, and its "năm qua" is that year too)
    const written = issued ? Number(issued.slice(0, 4)) : docYear;
    if (written === null || !Number.isInteger(written)) return null;
    const g = hit.match.groups ?? {};
    if (g.always !== undefined) return written - 1;
    const month = issuedMonth(issued);
    return month !== null && month <= (g.end !== undefined ? 9 : 3) ? written - 1 : null;
  }
  const g = hit.match.groups ?? {};
  const y = g.y ?? g.y2 ?? g.y3;
  const n = y ? Number(y) : Number.NaN;
  return Number.isFinite(n) && n >= 1945 && n <= 2100 ? n : null;
}

/** Does the sentence of a cue in a block name a cooperative body? */
function namesABody(key: string, block: Block, hit: { start: number; end: number }): boolean {
  // (a full stop ends a sentence before a space, not inside "134.000")
  const ends = (i: number) => /[.!?]/u.test(key[i] as string) && /\s/u.test(key[i + 1] ?? ' ');
  let a = hit.start;
  while (a > block.contentStart && !ends(a - 1)) a--;
  let b = hit.end;
  while (b < block.end && !ends(b)) b++;
  return SUBJECT_WORD.test(key.slice(a, b));
}

/** How many lines of a paragraph written a line a sentence a status cue may carry over. */
const LINES_BACK = 6;

/** Two plain lines with no blank line between them: one paragraph of a page that wrote a sentence a line. */
function sameParagraph(text: string, prev: Block, block: Block): boolean {
  return (
    prev.kind === 'paragraph' &&
    block.kind === 'paragraph' &&
    prev.level === 9 &&
    block.level === 9 &&
    prev.parent === block.parent &&
    /^[ \t]*\n[ \t]*$/u.test(text.slice(prev.end, block.start))
  );
}

function lastStrong(hits: RuleHit<StatusValue>[]): RuleHit<StatusValue> | undefined {
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.rule.value.strength === 'strong') return hits[i];
  return undefined;
}

interface StatusDecision {
  status: Status;
  rule: string;
  own: boolean;
  /** Its cue is a deadline (rules/status.ts `deadline`). */
  deadline: boolean;
  at?: { start: number; end: number };
}

function decided(h: RuleHit<StatusValue>, own: boolean, rule = h.rule.id): StatusDecision {
  return { status: h.rule.value.status, rule, own, deadline: h.rule.value.deadline === true, at: h };
}

function decideStatus(ctx: FigureContext): StatusDecision | null {
  const f = ctx.figure;
  const s = ctx.sentence;
  // 0. a cue glued right after the figure binds tightest: "nâng … từ 9% hiện nay lên 13% vào năm 2015"
  const glued = statusHits(ctx, f.end, Math.min(ctx.clauseEnd, f.end + 20)).find(
    (h) => h.rule.value.strength === 'strong' && /^\s*$/u.test(ctx.doc.key.slice(f.end, h.start)),
  );
  if (glued) return decided(glued, true, `${glued.rule.id} status.glued`);
  // 1. the sentence up to the figure
  const before = statusHits(ctx, s.start, f.numStart);
  const strong = lastStrong(before);
  if (strong) return decided(strong, true);
  // 2. the rest of the clause: "36 HTX đạt và vượt Kế hoạch"
  const rest = statusHits(ctx, f.end, ctx.clauseEnd).find((h) => h.rule.value.strength === 'strong');
  if (rest) return decided(rest, true);
  const weak = before[before.length - 1];
  if (weak) return decided(weak, true);
  // … a sentence told as what a body reports ("Theo Liên minh HTX tỉnh, toàn tỉnh có 178 HTX đang hoạt động") reads its
  // own weak cue after the figure before any cue of the lines above it
  if (ATTRIBUTION.test(ctx.doc.key.slice(s.start, f.numStart))) {
    const restWeak = statusHits(ctx, f.end, ctx.clauseEnd)[0];
    if (restWeak) return decided(restWeak, true, `${restWeak.rule.id} status.attributed`);
  }
  // … a sentence set in "the same period" as a deadline before it takes that deadline (and, below, its year)
  // (… in its own sentence or an earlier one of its paragraph)
  if (SAME_PERIOD_BEFORE.test(ctx.doc.key.slice(ctx.block.contentStart, f.numStart))) {
    for (let b = ctx.block.id - 1, seen = 0; b >= 0 && seen < LINES_BACK; b--, seen++) {
      const blk = ctx.doc.blocks[b];
      if (!blk || blk.kind === 'furniture') continue;
      const deadline = statusHits(ctx, blk.contentStart, blk.end).filter((h) => h.rule.value.deadline === true);
      const last = deadline[deadline.length - 1];
      if (last) return decided(last, false, `${last.rule.id} status.same_period_before`);
    }
  }
  // 3. earlier in the paragraph
  const para = lastStrong(statusHits(ctx, ctx.block.contentStart, s.start));
  if (para) return decided(para, false);
  // … or in the lines before it that the page wrote as one paragraph, a sentence a line (pipeline/parse.ts reads
  // each such line as a block of its own: "Mục tiêu cụ thể đến năm 2025, …\nSố HTX hoạt động tốt, khá chiếm trên 60%"):
  // the nearest cue there, not one in an aside ("(GRDP tăng 6,2%, thấp hơn kế hoạch)"), and only when its sentence
  // speaks of a cooperative body ("Dự kiến Đại hội sẽ diễn ra trong 2 ngày." sets no goal for the next line)
  // (a few lines back at most: a page of hundreds of short lines must not be walked back once per figure)
  for (
    let b = ctx.block, prev = ctx.doc.blocks[b.id - 1], seen = 0;
    prev && seen < LINES_BACK && sameParagraph(ctx.doc.text, prev, b);
    b = prev, prev = ctx.doc.blocks[b.id - 1], seen++
  ) {
    const h = lastStrong(statusHits(ctx, prev.contentStart, prev.end).filter((x) => bracketDepth(ctx.doc.key, prev.contentStart, x.start) === 0));
    if (!h) continue;
    if (namesABody(ctx.doc.key, prev, h)) return decided(h, false, `${h.rule.id} status.line_before`);
    break;
  }
  // … or, for a paragraph that goes on from the one before ("Qua đó, thu hút thêm 30.000 lao động …"), in that one
  const prevBlock = ctx.doc.blocks[ctx.block.id - 1];
  if (
    prevBlock &&
    prevBlock.kind !== 'heading' &&
    prevBlock.kind !== 'furniture' &&
    s.start === ctx.block.contentStart &&
    GOES_ON_FROM_BEFORE.test(ctx.doc.key.slice(s.start, s.start + 30))
  ) {
    const prev = lastStrong(statusHits(ctx, prevBlock.contentStart, prevBlock.end));
    if (prev) return decided(prev, false, `${prev.rule.id} status.paragraph_goes_on`);
  }
  // 4. headings (first cue) and lead-ins (last cue) above
  for (const a of ctx.ancestors) {
    if (!a.label) continue;
    const hits = statusHits(ctx, a.label.start, a.label.end).filter((h) => h.rule.value.strength === 'strong');
    const h = a.kind === 'heading' ? hits[0] : hits[hits.length - 1];
    if (h) return decided(h, false, `${h.rule.id} scope.heading`);
  }
  return null;
}

/**
 * A goal whose status came from a deadline outside its sentence (the paragraph before: "Đến năm 2025, tỉnh thành lập mới
 * 80 HTX …" ¶ "Tỉnh tập trung …; trong đó, thành lập mới 45 tổ hợp tác …") and that no year of its own dates
 * takes that deadline's year.
 */
function deadlineYear(ctx: FigureContext, st: StatusDecision | null): { year: number; rule: string; own?: boolean; dated?: boolean } | null {
  if (!st?.deadline || !st.at || st.own) return null;
  const h = timeHits(ctx, st.at.start, st.at.end)[0];
  const y = h ? yearOf(h, ctx.doc.docYear, ctx.doc.meta.issued) : null;
  return h && y !== null ? { year: y, rule: `${h.rule.id} year.of_deadline_before` } : null;
}

function decideYear(ctx: FigureContext, recurring: boolean, status: Status | null): { year: number; rule: string; own?: boolean; dated?: boolean } | null {
  const f = ctx.figure;
  const s = ctx.sentence;
  const pick = (hits: RuleHit<TimeValue>[], last: boolean) => {
    const usable = hits.filter((h) => h.rule.value.kind !== 'recurring' && yearOf(h, ctx.doc.docYear, ctx.doc.meta.issued) !== null);
    const h = last ? usable[usable.length - 1] : usable[0];
    return h ? { year: yearOf(h, ctx.doc.docYear, ctx.doc.meta.issued) as number, rule: h.rule.id, dated: h.rule.value.kind === 'date' } : null;
  };
  if (!recurring) {
    // a year right after the figure's noun binds tightest: "… xuống còn 19 HTX năm 2024"
    const glued = timeHits(ctx, f.unitEnd, ctx.clauseEnd).filter((h) => GLUED_TIME.test(ctx.doc.key.slice(f.unitEnd, h.start)));
    const tight = pick(glued, false);
    // (… unless it stands after a comma and the figure's own phrase opened on a time: "năm 2019 chiếm 31%, năm 2022
    // chiếm 47%" — the second year opens the next item)
    const opened =
      tight && glued[0] && ctx.doc.key.slice(f.unitEnd, glued[0].start).includes(',') ? pick(timeHits(ctx, ctx.leftStart, f.numStart), true) : null;
    if (opened) return { ...opened, own: true };
    if (tight) return { ...tight, own: true };
    // … and so does a time alone in brackets after it: "từ 120 thành viên (năm 2018), nay tăng lên 410 thành viên"
    const bracketed = timeHits(ctx, f.unitEnd, ctx.clauseEnd).filter(
      (h) => BRACKET_BEFORE_TIME.test(ctx.doc.key.slice(f.unitEnd, h.start)) && /^\s*\)/u.test(ctx.doc.key.slice(h.end, h.end + 3)),
    );
    const inBrackets = pick(bracketed, false);
    if (inBrackets) return { ...inBrackets, rule: `${inBrackets.rule} year.in_brackets`, own: true };
    // (after the figure, only in its own phrase: "… 1.193 THT, với hơn 80.000 thành viên, …, doanh thu … trong giai
    // đoạn 2015-2017 ước đạt 260 triệu đồng" dates the revenue, not the count)
    const afterEnd = Math.min(ctx.clauseEnd, ctx.rightEnd, ctx.next ? ctx.next.start : ctx.clauseEnd);
    const own = pick(timeHits(ctx, s.start, f.numStart), true) ?? pick(timeHits(ctx, f.end, afterEnd), false);
    if (own) return { ...own, own: true };
    // "Năm 2012, toàn huyện có 3 HTX. Đến nay, số HTX là 11 đơn vị. Trong đó, thành lập mới … 10 HTX": once the paragraph
    // (or the figure's own sentence) has turned to now, a year named before it is a baseline, not this figure's year
    const openers = timeHits(ctx, ctx.block.contentStart, s.start).filter((h) => opensItsSentence(ctx, h));
    if (ctx.doc.docYear === null) {
      const sinceThen = (h: RuleHit<TimeValue> | undefined) =>
        h !== undefined && h.rule.value.kind === 'now' && SINCE_THEN.test(ctx.doc.key.slice(h.start, h.end));
      if (timeHits(ctx, s.start, f.numStart).some(sinceThen) || sinceThen(openers[openers.length - 1])) return null;
    }
    // (a date of history earlier in the paragraph, "cũng vào ngày 11/4/1964, Bác Hồ gửi thư …", dates no figure after it)
    const para = pick(
      openers.filter((h) => (yearOf(h, ctx.doc.docYear, ctx.doc.meta.issued) ?? 0) >= HISTORY_BEFORE),
      true,
    );
    if (para) return para;
    const term = pastTermEnd(ctx);
    if (term) return term;
    // a goal with no year of its own, after a deadline earlier in its paragraph ("…, đến năm 2025 có 520 HTX … Thu
    // nhập của thành viên từ 6 triệu đồng một tháng"): that deadline's year, not the page's date
    if (status === 'target') {
      const deadline = statusHits(ctx, ctx.block.contentStart, s.start).filter((h) => h.rule.value.deadline === true);
      const last = deadline[deadline.length - 1];
      const t = last ? timeHits(ctx, last.start, last.end)[0] : undefined;
      const y = t ? yearOf(t, ctx.doc.docYear, ctx.doc.meta.issued) : null;
      if (t && y !== null) return { year: y, rule: `${t.rule.id} year.deadline_earlier_in_paragraph` };
    }
    // a report goes on about the year it opened with, paragraph after paragraph
    // ("Tính đến ngày 31/12/2023, toàn tỉnh có …" … "Toàn tỉnh có 296 sản phẩm OCOP …")
    if (status === 'actual') {
      const earlier = reportYearBefore(ctx);
      // (a year after the document's own is a goal an earlier paragraph set, not a year reported on)
      const ey = earlier ? yearOf(earlier, ctx.doc.docYear, ctx.doc.meta.issued) : null;
      // (… unless the page turned to now after it: "Năm 2012, … có 3 HTX. Đến nay, số HTX là 11 …" ¶ "Các HTX … với 226 thành viên")
      const nowAfter = earlier !== undefined && ctx.doc.docYear === null && NOW_OPENER.test(ctx.doc.key.slice(earlier.end, s.start));
      if (earlier && ey !== null && !nowAfter && (ctx.doc.docYear === null || ey <= ctx.doc.docYear))
        return { year: ey, rule: `${earlier.rule.id} year.earlier_paragraph` };
    }
  } else {
    // a recurring goal is dated by the end of its period, or by the year its sentence names
    const period = [...timeHits(ctx, ctx.block.contentStart, f.numStart)].reverse().find((h) => h.rule.value.kind === 'period');
    if (period) return { year: yearOf(period, ctx.doc.docYear, ctx.doc.meta.issued) as number, rule: period.rule.id };
    const named = pick(timeHits(ctx, s.start, f.numStart), true);
    if (named) return named;
    const term = pastTermEnd(ctx);
    if (term) return term;
  }
  for (const a of ctx.ancestors) {
    if (!a.label) continue;
    const h = pick(timeHits(ctx, a.label.start, a.label.end), a.kind !== 'heading');
    if (h) return { year: h.year, rule: `${h.rule} scope.heading` };
  }
  return null;
}

/** Years before this are history a page tells, not the time of the figures after them. */
const HISTORY_BEFORE = 1990;

/** "nhiệm kỳ qua": results of the term just ended, dated by its end year (TERM_NAMED). */
const PAST_TERM = cueRegExp(SCOPE_CUES.pastTerm);
/** "nhiệm kỳ 2015-2020": a term by its years, the end year in group `y`. */
const TERM_NAMED = cueRegExp(SCOPE_CUES.termNamed);

/**
 * "Trong nhiệm kỳ qua, … thành lập mới 69 HTX … hoàn thành các chỉ tiêu … nhiệm kỳ 2012-2017": results of the term
 * just ended are dated by its end year, the earliest-ending term its paragraph names.
 */
function pastTermEnd(ctx: FigureContext): { year: number; rule: string } | null {
  const { key } = ctx.doc;
  if (!PAST_TERM.test(key.slice(ctx.block.contentStart, ctx.figure.numStart))) return null;
  let end: number | null = null;
  for (const m of key.slice(ctx.block.contentStart, ctx.block.end).matchAll(TERM_NAMED)) {
    const y = Number(m.groups?.y);
    if (end === null || y < end) end = y;
  }
  return end !== null && (ctx.doc.docYear === null || end <= ctx.doc.docYear) ? { year: end, rule: 'year.past_term' } : null;
}

/**
 * The last year that opened a sentence in the paragraphs before this one, within the same
 * section and up to a few paragraphs back; a heading in between ends the search.
 */
function reportYearBefore(ctx: FigureContext): RuleHit<TimeValue> | undefined {
  const { blocks, key } = ctx.doc;
  for (let k = ctx.block.id - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const b = blocks[k];
    if (!b || b.kind === 'heading' || b.parent !== ctx.block.parent) return undefined;
    if (b.kind === 'furniture') continue;
    // (on an undated page, a deadline "đến năm 2025" may be a goal's year: it dates no result after it)
    const deadlines = ctx.doc.docYear === null ? statusHits(ctx, b.contentStart, b.end).filter((x) => x.rule.value.deadline === true) : [];
    const hits = timeHits(ctx, b.contentStart, b.end).filter(
      (h) =>
        h.rule.value.kind !== 'recurring' &&
        h.rule.value.kind !== 'period' &&
        h.rule.value.carries !== false &&
        opensSentenceIn(key, b.contentStart, h) &&
        yearOf(h, ctx.doc.docYear, ctx.doc.meta.issued) !== null &&
        !deadlines.some((x) => x.start <= h.start && h.end <= x.end),
    );
    const last = hits[hits.length - 1];
    if (last) return last;
  }
  return undefined;
}

function opensSentenceIn<V>(key: string, from: number, h: RuleHit<V>): boolean {
  let i = h.start - 1;
  while (i >= from && !/[.!?:;\n]/u.test(key[i] as string)) i--;
  // an attribution before it does not count: "Theo báo cáo của Sở Nông nghiệp, năm 2023, …"
  const opening = key.slice(i + 1, h.start).replace(ATTRIBUTION, '');
  // (a year something was founded in tells its story, not the year reported on: "Ra đời từ năm 2020, HTX …")
  return (opening.trim().length <= 25 || MOMENT_OPENING.test(opening)) && !SINGLED_OUT.test(opening) && !FOUNDED_IN.test(opening);
}

/** The status the nearest heading above with a status cue gives (its first cue). */
function headingStatus(ctx: FigureContext): Status | null {
  for (const a of ctx.ancestors) {
    if (!a.label || a.kind !== 'heading') continue;
    const h = statusHits(ctx, a.label.start, a.label.end).find((x) => x.rule.value.strength === 'strong');
    if (h) return h.rule.value.status;
  }
  return null;
}

/** A title that sets goals: "Kế hoạch …", "Định hướng …", "… phấn đấu …". */
const PLANNING_TITLE = compileText(SCOPE_TEXT_CUES.planningTitle).re;

/** Does the figure's sentence name a goal by a word other than a deadline ("phấn đấu", "mục tiêu", "kế hoạch" …)? */
function namesAGoal(ctx: FigureContext): boolean {
  return statusHits(ctx, ctx.sentence.start, ctx.sentence.end).some((h) => h.rule.value.status === 'target' && h.rule.value.deadline !== true);
}

/** A plan, or a document whose title sets goals: a figure with no status cue is a target. */
function planningDocument(meta: FigureContext['doc']['meta']): boolean {
  return meta.doc_type === 'ke_hoach' || (meta.doc_type !== 'bao_cao' && PLANNING_TITLE.test(meta.title ?? ''));
}

export function decideScope(ctx: FigureContext): ScopeDecision {
  const { meta, docYear, key } = ctx.doc;
  const f = ctx.figure;
  // (… or one that opens the sentence, before its lead-in cut the phrase: "Mỗi năm, tỉnh phấn đấu thành lập mới 25 HTX")
  const recurringHit =
    findAll(R.time, key, ctx.leftStart, f.numStart).find((h) => h.rule.value.kind === 'recurring') ??
    findAll(R.time, key, ctx.sentence.start, ctx.leftStart).find(
      (h) => h.rule.value.kind === 'recurring' && /^[\s\W]*$/u.test(key.slice(ctx.sentence.start, h.start)) && !key.slice(h.end, f.numStart).includes(';'),
    );
  const recurring = recurringHit !== undefined;
  // "Cùng kỳ năm 2023 41 HTX": the result of that earlier year, whatever the document's date
  // (looked for from the clause, not the phrase: "so với năm 2020 (359 HTX)" opens the phrase at the bracket)
  const samePeriod = findAll(R.samePeriod, key, Math.max(ctx.sentence.start, f.numStart - 60), f.numEnd).find((h) => h.end === f.numStart);
  const samePeriodYear = Number(samePeriod?.match.groups?.y);
  if (samePeriod && Number.isInteger(samePeriodYear))
    return { status: 'actual', statusRule: samePeriod.rule.id, year: samePeriodYear, yearRule: samePeriod.rule.id, recurring };
  const st = decideStatus(ctx);
  // "từ 9% hiện nay lên 13% vào năm 2015": a figure dated "now" right after it is the document's own time, whatever
  // deadline the sentence names
  const gluedNow = timeHits(ctx, f.end, Math.min(ctx.clauseEnd, f.end + 20)).find(
    (h) => h.rule.value.kind === 'now' && /^\s*$/u.test(key.slice(f.end, h.start)),
  );
  if (gluedNow)
    return { status: 'actual', statusRule: st?.rule ?? 'status.actual.as_of', year: docYear, yearRule: `${gluedNow.rule.id} year.glued_now`, recurring };
  // with no status cue at all, a report or news article reports: it goes on about the year an earlier
  // paragraph opened with ("Tính đến cuối năm 2023, toàn tỉnh có …" … "Tổng doanh thu … đạt …"), not its own date
  const yr = decideYear(ctx, recurring, st?.status ?? (planningDocument(meta) ? null : 'actual')) ?? deadlineYear(ctx, st);
  let status: Status;
  let statusRule: string;
  if (st) {
    status = st.status;
    statusRule = st.rule;
    // a goal comes from a heading or an earlier sentence, yet the figure's own sentence names
    // a year before the document was written ("Năm 2023, toàn tỉnh có 390 HTX" in a 2024 plan): it reports
    // years before a one-year plan's own year, or before the document's date, are reported
    const firstPlannedYear = meta.plan_year !== null && meta.period_end === null ? meta.plan_year : docYear;
    if (status === 'target' && !st.own && yr?.own && firstPlannedYear !== null && yr.year < firstPlannedYear) {
      status = 'actual';
      statusRule = `${st.rule} status.past_year_in_sentence`;
    }
    // … and the other way round: "Hiện các HTX này đã được xóa nợ … . UBND tỉnh yêu cầu … giải thể được 40 HTX … trong năm
    // 2023" in a 2022 article: a figure whose own sentence names a year after the document's is no result of it
    if (status === 'actual' && !st.own && yr?.own && docYear !== null && yr.year > docYear) {
      status = 'target';
      statusRule = `${st.rule} status.future_year_in_sentence`;
    }
    // "Đến hết năm 2023, toàn tỉnh có 97 HTX" in a 2024 article: a deadline already past reports
    if (status === 'target' && st.deadline && yr && docYear !== null && yr.year < docYear) {
      status = 'actual';
      statusRule = `${st.rule} status.deadline_passed`;
    }
    // "Đến cuối năm 2020, toàn huyện có 52 HTX" under "ĐÁNH GIÁ …" in a plan written in 2020:
    // in a section that reports, a date no later than the document's own is an as-of date
    if (status === 'target' && st.deadline && yr && docYear !== null && yr.year <= docYear && headingStatus(ctx) === 'actual') {
      status = 'actual';
      statusRule = `${st.rule} status.as_of_in_report_section`;
    }
    // an undated page whose year was read from an opening that reports ("Liên minh HTX tỉnh cho biết, đến năm 2024 toàn
    // tỉnh có 500 HTX"): its "đến năm" of that very year is the as-of date it was read as, not a deadline
    if (
      status === 'target' &&
      st.deadline &&
      (yr === null || yr.year === docYear) &&
      ctx.doc.docYearAsOf &&
      !planningDocument(meta) &&
      headingStatus(ctx) !== 'target'
    ) {
      status = 'actual';
      statusRule = `${st.rule} status.as_of_in_report_opening`;
    }
    // "Năm 2022, có 37 HTX …, đến năm 2023 số HTX … tăng lên 45": an undated page that tells one year after another, with no
    // word of a goal, reports each ("đến năm" is the time it reached, not a deadline)
    if (status === 'target' && st.deadline && docYear === null && yr) {
      const goalWord = namesAGoal(ctx);
      const times = timeHits(ctx, ctx.sentence.start, ctx.sentence.end);
      const opening = times.find((h) => opensItsSentence(ctx, h));
      const openingYear = opening ? yearOf(opening, docYear, meta.issued) : null;
      const laterYear = openingYear !== null && times.some((h) => (yearOf(h, docYear, meta.issued) ?? 0) > openingYear);
      if (!goalWord && openingYear !== null && openingYear <= yr.year && laterYear && opening?.rule.value.kind !== 'recurring') {
        status = 'actual';
        statusRule = `${st.rule} status.deadline_in_narrative`;
      }
    }
    // "Đến năm 2019, toàn tỉnh có 327 HTX" on a news page of late 2019 (not a plan; its headline may announce next year's
    // goal), with no word of a goal in the sentence: the year it has reached
    const month = issuedMonth(meta.issued);
    if (
      status === 'target' &&
      st.deadline &&
      yr &&
      docYear !== null &&
      yr.year === docYear &&
      month !== null &&
      month >= LATE_IN_YEAR &&
      meta.doc_type !== 'ke_hoach' &&
      headingStatus(ctx) !== 'target' &&
      !namesAGoal(ctx)
    ) {
      status = 'actual';
      statusRule = `${st.rule} status.deadline_reached_late_in_year`;
    }
  } else if (yr && docYear !== null && yr.year !== docYear) {
    status = yr.year > docYear ? 'target' : 'actual';
    statusRule = 'status.default.year_vs_document_date';
  } else if (yr && planningDocument(meta) && (meta.plan_year ?? meta.period_start ?? Number.POSITIVE_INFINITY) > yr.year) {
    // a year its text names before the first year the plan sets goals for ("Trong năm 2024, toàn tỉnh thành lập mới 27 HTX"
    // under "Phấn đấu năm 2025, …") is a year reported on
    status = 'actual';
    statusRule = 'status.default.before_plan_year';
  } else {
    status = planningDocument(meta) ? 'target' : 'actual';
    statusRule = 'status.default.document';
  }
  // a result cannot be reported for a year after the document was written ("đến nay" in 2023
  // under "Kế hoạch … giai đoạn 2021-2025"): it is the document's own year
  // (… unless the page has no date of its own and the figure's own sentence dates it: an undated page's year is only
  // inferred, "Hết quý II/2024, tỉnh có 415 HTX" under a headline about 2022 was written in 2023)
  const ownDateOverInferred = ctx.doc.meta.issued === null && yr?.own === true && yr.dated === true;
  if (yr && status === 'actual' && docYear !== null && yr.year > docYear && !ownDateOverInferred)
    return { status, statusRule, year: docYear, yearRule: `${yr.rule} year.actual_not_after_document`, recurring };
  const statusAt = st?.at ? { start: st.at.start, end: st.at.end } : undefined;
  // an undated plan: the end of its own period ("… giai đoạn 2021-2025" above the figure, or "đến năm 2025" an earlier
  // paragraph set) is no date of a result ("Hiện nay toàn tỉnh có 350 HTX" is not 2025's): with nothing else dating it, no year
  if (yr && status === 'actual' && docYear === null && !yr.own && planningDocument(meta) && yr.year === meta.period_end) {
    return { status, statusRule, year: null, yearRule: `${yr.rule} year.actual_undated`, recurring, ...(statusAt ? { statusAt } : {}) };
  }
  if (yr) return { status, statusRule, year: yr.year, yearRule: yr.rule, recurring, ...(statusAt ? { statusAt } : {}) };
  const planYear = recurring ? (meta.period_end ?? meta.plan_year) : (meta.plan_year ?? meta.period_end);
  if (status === 'target' && planYear !== null)
    return { status, statusRule, year: planYear, yearRule: 'year.default.plan', recurring, ...(statusAt ? { statusAt } : {}) };
  const horizon = ctx.doc.goalHorizon;
  if (status === 'target' && horizon !== null && (docYear === null || horizon.year >= docYear)) {
    return { status, statusRule, year: horizon.year, yearRule: `year.default.plan_in_text ${horizon.rule}`, recurring, ...(statusAt ? { statusAt } : {}) };
  }
  const dated = ctx.doc.docYearRule !== null ? `year.default.document_date ${ctx.doc.docYearRule}` : 'year.default.document_date';
  // a goal with no year of its own, on a page dated early in a year that reviews the year before, is
  // that page's year's goal ("Năm 2026, … đặt ra một số chỉ tiêu cụ thể" on 12/1/2026 after reviewing 2025)
  const issuedYear = meta.issued ? Number(meta.issued.slice(0, 4)) : null;
  if (status === 'target' && issuedYear !== null && docYear !== null && issuedYear > docYear) {
    return { status, statusRule, year: issuedYear, yearRule: 'year.default.date_of_issue', recurring, ...(statusAt ? { statusAt } : {}) };
  }
  // a goal that no year, section or plan dates has none (TARGETS.md: only an actual falls back to the document's date)
  if (status === 'target') return { status, statusRule, year: null, yearRule: 'year.target_undated', recurring, ...(statusAt ? { statusAt } : {}) };
  return { status, statusRule, year: docYear, yearRule: dated, recurring, ...(statusAt ? { statusAt } : {}) };
}
