/**
 * Status and year of an English figure, through its scope: the figure's own words (a
 * year glued to it: "320 in 2020", "900 by 2025"), its clause, the rest of its sentence,
 * what came before it in the paragraph, the headings and lead-ins above it, and last the
 * document's own date and plan period. English says status with the verb: a strong cue
 * ("aims to", "as of", "exceeding the plan") before a weak one (the tense compromise
 * tags, "will", a deadline "by 2030").
 */
import type { Block } from '../../pipeline/parse.ts';
import type { DocumentMeta, Status } from '../../pipeline/record.ts';
import type { EnStatusValue } from '../../rules/english/status.ts';
import type { EnTimeValue } from '../../rules/english/time.ts';
import { outermostHits, type EnHit, type EnSentence, type EnTerm, type EnglishText } from './engine.ts';
import type { EnFigure } from './figures.ts';
import { EN } from './rulesets.ts';
import { EN_SCOPE_CUES } from '../../rules/english/text-cues.ts';
import { compileText } from '../../rules/text-rule.ts';
import { EN_WORDS, wordSet } from '../../rules/english/words.ts';

export interface EnScopeDecision {
  status: Status;
  statusRule: string;
  year: number | null;
  yearRule: string;
  /** The year came from words of the figure's own sentence (not a paragraph, heading or document fallback). */
  yearOwn: boolean;
  recurring: boolean;
  /** "in the first six months": an average over part of a year. */
  partYear: boolean;
}

/** What scope needs of the figure's surroundings. */
export interface EnScopeContext {
  text: EnglishText;
  s: EnSentence;
  f: EnFigure;
  figures: readonly EnFigure[];
  /** Term windows of the figure: its left context, clause, right context, tight right (to the first comma). */
  leftStart: number;
  clauseStart: number;
  clauseEnd: number;
  rightEnd: number;
  tightEnd: number;
  /** Earlier sentences of the same block. */
  earlier: readonly EnSentence[];
  /** Headings and lead-ins above, nearest first, each parsed when first needed. */
  labels: readonly { block: Block; text: EnglishText | null }[];
  meta: DocumentMeta;
  docYear: number | null;
  /** The month an undated page's year was read with, if any. */
  docMonth: number | null;
  /** The document's year was read from what its text reports (an undated page), not from its date. */
  docYearReported: boolean;
  /** The start of a change or a level compared with: "up from 320 in 2020", "from 320 in 2020 to 500". */
  baseline: boolean;
  /** An item of a list whose noun or measure it shares ("… established: 3 in Kim Boi and 1 in Luong Son"): the status of the item before it. */
  listStatus?: { status: Status; rule: string };
  /** … and the year the item before it took from its own sentence ("By the end of 2023 it had 315 cooperatives, 1,200 groups …"). */
  listYear?: { year: number; rule: string };
}

function statusHits(text: EnglishText, s: EnSentence, from: number, to: number): EnHit<EnStatusValue>[] {
  // (a cue inside a comparison says nothing of the figure: "4 times better than that by the end of 2012")
  const references = text.hitsOf(EN, 'time', s.n).filter((t) => t.rule.value.kind === 'reference');
  return outermostHits(text.hitsOf(EN, 'status', s.n)).filter((h) => {
    if (h.a < from || h.b > to) return false;
    if (references.some((t) => t.a <= h.a && h.b <= t.b)) return false;
    const except = h.rule.value.except;
    return !except?.includes((s.terms[h.a] as EnTerm).normal);
  });
}

function timeHits(text: EnglishText, s: EnSentence, from: number, to: number): EnHit<EnTimeValue>[] {
  // (of two cues over the same words, the one of higher priority: "from 2021-30" is a period, not a year compared with)
  const hits = [...text.hitsOf(EN, 'time', s.n)].sort((x, y) => x.a - y.a || y.b - x.b || (y.rule.priority ?? 0) - (x.rule.priority ?? 0));
  return outermostHits(hits).filter((h) => h.a >= from && h.b <= to && h.rule.value.kind !== 'reference');
}

const strong = (h: EnHit<EnStatusValue>) => h.rule.value.strength === 'strong';
const weak = (h: EnHit<EnStatusValue>) => h.rule.value.strength === 'weak';
const present = (h: EnHit<EnStatusValue>) => h.rule.value.strength === 'present';

/** The words of a "last year" cue that say "the past year". */
const PAST_YEAR = compileText(EN_SCOPE_CUES.pastYear).re;
/** A title that sets goals. */
const PLANNING_TITLE = compileText(EN_SCOPE_CUES.planningTitle).re;
/** A period whose end year is cut to two digits: "2021-30". */
const SHORT_PERIOD = compileText(EN_SCOPE_CUES.shortPeriod).re;
/** All between two items of one list: "and", ",". */
const ITEM_GLUE = compileText(EN_SCOPE_CUES.itemGlue).re;

/** The year a time cue names, relative ones against the document's date. */
function yearOf(h: EnHit<EnTimeValue>, s: EnSentence, docYear: number | null, month: number | null = null, reported = false): number | null {
  const k = h.rule.value.kind;
  if (k === 'last_year') {
    if (docYear === null) return null;
    // an undated page dated by the year it reports, with no month to place it in, was written after that year: its
    // "last year" is that year ("Fifty co-operatives were established in 2022 … Last year, each cooperative got …")
    // (… and so was one that reports the state at its very end, "As of December 31, 2021, …": written in the next year)
    if (reported && (month === null || month === 12)) return docYear;
    // "the past year" is the year just ended early in a year, the year itself at its end (a December review)
    const past = PAST_YEAR.test(
      s.terms
        .slice(h.a, h.b)
        .map((t) => t.normal)
        .join(' '),
    );
    return past && month !== null && month > 6 ? docYear : docYear - 1;
  }
  if (k === 'this_year') return docYear;
  if (k === 'next_year') return docYear === null ? null : docYear + 1;
  if (k === 'recurring' || k === 'partial' || k === 'reference') return null;
  let year: number | null = null;
  for (let i = h.a; i < h.b; i++) {
    const t = (s.terms[i] as EnTerm).text;
    for (const m of t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) year = Number(m[1]);
    // (a period whose end year is cut to two digits: "2021-30" ends in 2030)
    const short = SHORT_PERIOD.exec(t);
    if (short?.groups) year = Number(`${short.groups.c}${short.groups.e}`);
  }
  return year !== null && year >= 1945 && year <= 2100 ? year : null;
}

/** Words that join a clause of its own after a comma: ", and plans to …", ", but …". */
const COORDINATOR = wordSet(EN_WORDS.clauseCoordinator);
/** A word right after a figure's noun phrase that starts the next item or clause. */
const NEXT_ITEM = wordSet(EN_WORDS.nextItem);

function firstStatus(hits: EnHit<EnStatusValue>[], pickLast: boolean, want: (h: EnHit<EnStatusValue>) => boolean): EnHit<EnStatusValue> | undefined {
  const usable = hits.filter(want);
  return pickLast ? usable[usable.length - 1] : usable[0];
}

function decideStatus(c: EnScopeContext): { status: Status; rule: string; own: boolean; weakDeadline: boolean; tenseOnly: boolean } | null {
  const { text, s, f } = c;
  const res = (h: EnHit<EnStatusValue>, own: boolean, suffix = '') => ({
    status: h.rule.value.status,
    rule: `${h.rule.id}${suffix}`,
    own,
    weakDeadline: h.rule.value.deadline === true && h.rule.value.strength === 'weak',
    tenseOnly: h.rule.value.deadline !== true && h.rule.value.strength === 'weak',
  });
  // 0. right after the figure: "31,000 at present"
  const tight = NEXT_ITEM.has(s.terms[f.npEnd]?.normal ?? '')
    ? undefined
    : firstStatus(statusHits(text, s, f.npEnd, Math.min(c.tightEnd, f.npEnd + 3)), false, (h) => strong(h) && h.a <= f.npEnd + 1);
  if (tight) return res(tight, true);
  // 1. its own phrase (after the figure before it, a clause opener, "but"): a strong cue, then its own verb
  const own = firstStatus(statusHits(text, s, c.leftStart, f.a), true, strong) ?? firstStatus(statusHits(text, s, c.leftStart, f.a), true, weak);
  if (own) return res(own, true);
  // … or its verb right after it: "4 new cooperative groups have been established: …"
  const verb = firstStatus(statusHits(text, s, f.npEnd, c.tightEnd), false, (h) => weak(h) && h.a <= f.npEnd + 2);
  if (verb && !NEXT_ITEM.has(s.terms[f.npEnd]?.normal ?? '')) return res(verb, true);
  // … or a verb in the present right after it, whose subject it is: "63 cooperatives have linkages with firms to develop
  // value chains" (the infinitive after it is a purpose, not a goal)
  // (not under a heading or lead-in that sets goals: "Specific targets by 2025: - 900 cooperatives, of which 70% operate …")
  const presentVerb = firstStatus(statusHits(text, s, f.npEnd, c.tightEnd), false, (h) => present(h) && h.a <= f.npEnd);
  const underGoals = () =>
    c.labels.some((l) => l.text?.sentences.some((ls) => statusHits(l.text as EnglishText, ls, 0, ls.terms.length).some((h) => strong(h))) === true);
  if (presentVerb && !underGoals()) return res(presentVerb, true);
  // … or, an item of a list, the status of the item before it
  if (c.listStatus) return { status: c.listStatus.status, rule: `${c.listStatus.rule} en.status.list_item`, own: true, weakDeadline: false, tenseOnly: false };
  // 2. a strong cue before it in its clause, nearest, then after it (… not past a clause of its own joined by ", and":
  // "The province has 47 groups and 27 cooperatives, and plans to set up another 13 by 2025")
  const before = firstStatus(statusHits(text, s, c.clauseStart, f.a), true, strong);
  if (before) return res(before, true);
  const joined = s.terms.findIndex((t, i) => i > f.npEnd && i < c.clauseEnd && COORDINATOR.has(t.normal) && /,/u.test(s.terms[i - 1]?.post ?? ''));
  const afterEnd = joined > 0 && firstStatus(statusHits(text, s, c.clauseStart, f.a), true, present) ? joined : c.clauseEnd;
  const after = firstStatus(statusHits(text, s, f.b, afterEnd), false, strong);
  if (after) return res(after, true);
  // 3. weak cues: the tense or modality of the verb ("had", "will"), before it, then after it
  const weakLeft = firstStatus(statusHits(text, s, c.clauseStart, f.a), true, weak);
  if (weakLeft) return res(weakLeft, true);
  const weakRight =
    firstStatus(statusHits(text, s, f.b, Math.min(c.rightEnd, afterEnd)), false, weak) ?? firstStatus(statusHits(text, s, f.b, afterEnd), false, weak);
  if (weakRight) return res(weakRight, true);
  // 4. the rest of its sentence before its clause ("By 2020, there will be 38,000 cooperatives; 100-150 unions …")
  const sentenceBefore = firstStatus(statusHits(text, s, 0, c.clauseStart), true, strong) ?? firstStatus(statusHits(text, s, 0, c.clauseStart), true, weak);
  if (sentenceBefore) return res(sentenceBefore, true);
  // 5. earlier in the paragraph
  for (let k = c.earlier.length - 1; k >= 0; k--) {
    const e = c.earlier[k] as EnSentence;
    const h = firstStatus(statusHits(text, e, 0, e.terms.length), true, strong);
    if (h) return res(h, false, ' en.scope.paragraph');
  }
  // 5. headings (their first cue) and lead-ins (their last)
  for (const l of c.labels) {
    if (!l.text) continue;
    for (const ls of l.text.sentences) {
      const h = firstStatus(statusHits(l.text, ls, 0, ls.terms.length), l.block.kind === 'leadin', strong);
      if (h) return res(h, false, ' en.scope.heading');
    }
  }
  // 6. the present tense states what is
  const now = firstStatus(statusHits(text, s, c.clauseStart, f.a), true, present) ?? firstStatus(statusHits(text, s, f.b, c.clauseEnd), false, present);
  if (now) return res(now, true);
  return null;
}

/** Another figure's tight year ("… 320 in 2020, …") belongs to that figure. */
function tightToOther(c: EnScopeContext, h: EnHit<EnTimeValue>, status: Status | null): boolean {
  // (a deadline after a figure before this one speaks for the rest of the clause: "900 cooperatives by 2025, of which 60 percent …")
  // (a deadline after a later figure speaks for this one too when no verb of their own parts them: "45,000 cooperatives
  // with 8 million members by 2030", not "1,900 cooperatives and aims to have 2,500 by 2030"; so does a period: "300 new
  // co-operatives and five unions from 2021-30")
  return c.figures.some(
    (g) =>
      g !== c.f &&
      g.unitClass !== 'foreign' &&
      h.a >= g.npEnd &&
      h.a <= g.npEnd + 1 &&
      (h.rule.value.kind === 'deadline' || (h.rule.value.kind === 'period' && g.a > c.f.a)
        ? g.a > c.f.a && statusHits(c.text, c.s, c.f.npEnd, g.a).length > 0
        : // a past year of an earlier figure dates the results after it ("50 planned in 2023 but only 41 established"), not the goals
          g.a > c.f.a || status !== 'actual'),
  );
}

function decideYear(c: EnScopeContext, recurring: boolean, status: Status | null): { year: number; rule: string; own: boolean; tight: boolean } | null {
  const { text, s, f, docYear } = c;
  const issuedMonth = /^\d{4}-(\d{2})/u.exec(c.meta.issued ?? '');
  const month = issuedMonth ? Number(issuedMonth[1]) : c.docMonth;
  const pick = (hits: EnHit<EnTimeValue>[], last: boolean, sentence: EnSentence = s) => {
    const usable = hits.filter((h) => yearOf(h, sentence, docYear, month, c.docYearReported) !== null);
    const h = last ? usable[usable.length - 1] : usable[0];
    return h ? { year: yearOf(h, sentence, docYear, month, c.docYearReported) as number, rule: h.rule.id } : null;
  };
  if (recurring) {
    // a recurring goal is dated by the end of its period
    // a recurring goal is dated by the end of its period, or by the deadline its paragraph set
    const ends = (h: EnHit<EnTimeValue>) => h.rule.value.kind === 'period' || h.rule.value.kind === 'deadline';
    const period = [...timeHits(text, s, 0, s.terms.length)].reverse().find(ends);
    if (period) return { year: yearOf(period, s, docYear, month, c.docYearReported) as number, rule: period.rule.id, own: true, tight: false };
    for (let k = c.earlier.length - 1; k >= 0; k--) {
      const e = c.earlier[k] as EnSentence;
      const p = [...timeHits(text, e, 0, e.terms.length)].reverse().find(ends);
      if (p && yearOf(p, e, docYear, month, c.docYearReported) !== null)
        return { year: yearOf(p, e, docYear, month, c.docYearReported) as number, rule: `${p.rule.id} en.scope.paragraph`, own: false, tight: false };
    }
  } else {
    // 0. years named in order for figures named in order: "… by 2026 and 2030 to about 640 and over 900, respectively"
    const inOrder = respectiveYear(c);
    if (inOrder !== null) return { year: inOrder, rule: 'en.time.respectively', own: true, tight: true };
    // 1. glued to the figure: "320 in 2020", "900 cooperatives by 2025" (also past its amount in another currency, "VND 1.2
    // billion ($51,000) last year")
    const k = c.figures.indexOf(f);
    const ownAside = c.figures[k + 1]?.unitClass === 'foreign' && (c.figures[k + 1]?.a ?? 0) <= f.npEnd + 1 ? c.figures[k + 1] : undefined;
    const gluedEnd = ownAside ? Math.max(f.npEnd, ownAside.npEnd) : f.npEnd;
    const glued = timeHits(text, s, f.npEnd, Math.max(c.tightEnd, ownAside ? gluedEnd + 2 : 0)).filter((h) => h.a <= gluedEnd + 1);
    const g = pick(glued, false);
    if (g) return { ...g, own: true, tight: true };
    // 2. its left context; 3. its right context; 4. the rest of its clause; 5. the sentence before it
    // (… an item of a list with no year of its own before it takes the year of the item before it, not a date later in
    // the sentence: "By the end of 2023 it had 315 cooperatives and 1,200 groups, an official said on January 9, 2024")
    const listed = c.listYear ? { year: c.listYear.year, rule: `${c.listYear.rule} en.time.list_item` } : null;
    // (a time right after an earlier figure's amount in another currency is that figure's: "to VND 2.1 billion (US$89,000) this
    // year from VND 1.2 billion")
    const othersAside = (h: EnHit<EnTimeValue>) =>
      c.figures.some((g, j) => j > 0 && j - 1 !== k && g.unitClass === 'foreign' && g.a < f.a && h.a >= g.npEnd && h.a <= g.npEnd + 1);
    const own =
      pick(
        timeHits(text, s, c.leftStart, f.a).filter((h) => !othersAside(h)),
        true,
      ) ??
      listed ??
      pick(timeHits(text, s, f.npEnd, c.rightEnd), false) ??
      pick(
        timeHits(text, s, f.b, c.clauseEnd).filter((h) => !tightToOther(c, h, status)),
        false,
      ) ??
      pick(
        timeHits(text, s, 0, c.leftStart).filter((h) => !tightToOther(c, h, status)),
        true,
      );
    if (own) return { ...own, own: true, tight: false };
    // 6. a year that opened an earlier sentence of the paragraph ("In 2023, …. The cooperatives …")
    for (let k = c.earlier.length - 1; k >= 0; k--) {
      const e = c.earlier[k] as EnSentence;
      const opening = pick(
        timeHits(text, e, 0, Math.min(e.terms.length, 10)).filter(
          (h) => h.a <= 6 && !e.terms.slice(0, h.a).some((t) => t.tags.has('Value') && !t.tags.has('Year')),
        ),
        false,
        e,
      );
      if (opening) return { ...opening, rule: `${opening.rule} en.scope.paragraph`, own: false, tight: false };
    }
    // 6b. a goal with no time of its own goes on from the deadline an earlier sentence of its paragraph set ("… 340 unions
    // by 2030. Particularly, at least 50 percent of cooperatives will join value chains")
    if (status === 'target') {
      for (let k = c.earlier.length - 1; k >= 0; k--) {
        const e = c.earlier[k] as EnSentence;
        const deadline = pick(
          timeHits(text, e, 0, e.terms.length).filter((h) => h.rule.value.kind === 'deadline'),
          true,
          e,
        );
        if (deadline) return { ...deadline, rule: `${deadline.rule} en.scope.paragraph_deadline`, own: false, tight: false };
      }
    }
  }
  // 7. headings and lead-ins above
  for (const l of c.labels) {
    if (!l.text) continue;
    for (const ls of l.text.sentences) {
      const h = pick(timeHits(l.text, ls, 0, ls.terms.length), l.block.kind === 'leadin', ls);
      if (h) return { ...h, rule: `${h.rule} en.scope.heading`, own: false, tight: false };
    }
  }
  return null;
}

const YEAR_WORD = /^(?:19|20)\d{2}$/u;

/**
 * The year of a figure in a list matched to a list of years by "respectively": the years "Y1 and Y2" (or "Y1, Y2 and
 * Y3") before the figures, the figures of one kind between them and "respectively", as many as the years.
 */
function respectiveYear(c: EnScopeContext): number | null {
  const { s, f } = c;
  const resp = s.terms.findIndex((t, i) => i >= f.b && t.normal === 'respectively');
  if (resp < 0) return null;
  // the last run of years before the figure, joined by "and" or commas
  const years: number[] = [];
  let end = -1;
  for (let i = f.a - 1; i >= 0; i--) {
    const t = s.terms[i] as EnTerm;
    if (YEAR_WORD.test(t.text)) {
      years.unshift(Number(t.text));
      if (end < 0) end = i;
      continue;
    }
    if (end >= 0 && (t.normal === 'and' || t.text === '')) continue;
    if (end >= 0) break;
  }
  if (years.length < 2) return null;
  const peers = c.figures.filter((g) => g.unitClass === f.unitClass && g.a > end && g.b <= resp);
  const k = peers.indexOf(f);
  return peers.length === years.length && k >= 0 ? (years[k] as number) : null;
}

/** A plan, or a document whose title sets goals: a figure with no status cue is a target. */
function planning(meta: DocumentMeta): boolean {
  return meta.doc_type === 'ke_hoach' || (meta.doc_type !== 'bao_cao' && PLANNING_TITLE.test(meta.title ?? ''));
}

export function decideEnglishScope(c: EnScopeContext): EnScopeDecision {
  const { text, s, f, meta, docYear } = c;
  const window = timeHits(text, s, c.leftStart, c.rightEnd);
  // (a recurring goal is a count: "40 new cooperatives each year"; money "a year" is a rate)
  // (… also one that the next item of its list is: "about 100 new cooperative groups and 100 cooperatives annually")
  const k = c.figures.indexOf(f);
  const nextItem = c.figures[k + 1];
  const glue =
    nextItem !== undefined && nextItem.unitClass === f.unitClass && nextItem.a >= f.npEnd
      ? s.terms
          .slice(f.npEnd, nextItem.a)
          .map((t) => t.normal)
          .join(' ')
      : null;
  const sharedRecurring =
    glue !== null &&
    ITEM_GLUE.test(glue) &&
    timeHits(text, s, nextItem?.a ?? 0, Math.min(c.clauseEnd, (nextItem?.npEnd ?? 0) + 2)).some((h) => h.rule.value.kind === 'recurring');
  const recurring = f.unitClass !== 'money' && f.unitClass !== 'percent' && (window.some((h) => h.rule.value.kind === 'recurring') || sharedRecurring);
  const partYear = timeHits(text, s, c.clauseStart, c.clauseEnd).some((h) => h.rule.value.kind === 'partial');
  const st = decideStatus(c);
  const yr = decideYear(c, recurring, st?.status ?? null);
  let status: Status;
  let statusRule: string;
  if (st) {
    status = st.status;
    statusRule = st.rule;
    // a goal, yet the figure's own year is already past: "up from 320 in 2020", a deadline gone by
    // (a one-year plan's own year; a news title's "by 2030" is no plan year)
    const firstPlanned = meta.doc_type === 'ke_hoach' && meta.plan_year !== null && meta.period_end === null ? meta.plan_year : docYear;
    // (… also a year told in the sentence and "will" alone, in a page written after it: a translated report, "in 2023, the
    // country will have about 31,000 cooperatives" on a page of 2024)
    if (
      status === 'target' &&
      yr &&
      firstPlanned !== null &&
      yr.year < firstPlanned &&
      ((yr.tight && c.baseline) || !st.own || st.weakDeadline || (st.tenseOnly && yr.own))
    ) {
      status = 'actual';
      statusRule = `${st.rule} en.status.past_year`;
    }
  } else if (yr && docYear !== null && yr.year !== docYear) {
    status = yr.year > docYear ? 'target' : 'actual';
    statusRule = 'en.status.default.year_vs_document_date';
  } else {
    status = planning(meta) ? 'target' : 'actual';
    statusRule = 'en.status.default.document';
  }
  // a result is not reported for a year after the document was written
  if (yr && status === 'actual' && docYear !== null && yr.year > docYear)
    return { status, statusRule, year: docYear, yearRule: `${yr.rule} en.year.actual_not_after_document`, yearOwn: false, recurring, partYear };
  if (yr) return { status, statusRule, year: yr.year, yearRule: yr.rule, yearOwn: yr.own, recurring, partYear };
  const planYear = recurring ? (meta.period_end ?? meta.plan_year) : (meta.plan_year ?? meta.period_end);
  if (status === 'target' && planYear !== null)
    return { status, statusRule, year: planYear, yearRule: 'en.year.default.plan', yearOwn: false, recurring, partYear };
  // a report published in January speaks of the year just ended
  if (status === 'actual' && docYear !== null && /^\d{4}-01/u.test(meta.issued ?? ''))
    return { status, statusRule, year: docYear - 1, yearRule: 'en.year.default.year_just_ended', yearOwn: false, recurring, partYear };
  return { status, statusRule, year: docYear, yearRule: 'en.year.default.document_date', yearOwn: false, recurring, partYear };
}
