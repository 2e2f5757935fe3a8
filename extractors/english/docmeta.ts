/**
 * Metadata of an English page or document: its title, type, date, plan year or period,
 * and the province it is about. Vietnamese documents keep extractors/docmeta.ts; for an
 * English one its readings are completed here (English dates, "Plan for 2025", province
 * names written without marks: "Dak Lak", "Hanoi", "HCM City").
 */
import type { Block } from '../../pipeline/parse.ts';
import type { DocType, DocumentMeta } from '../../pipeline/record.ts';
import { getGazetteer, provinceToday } from '../places/gazetteer.ts';
import { findAll } from '../../rules/rule.ts';
import { foldKey } from '../../pipeline/normalise.ts';
import { R } from '../rulesets.ts';
import { EN_DOCMETA_CUES, EN_MONTH_NUMBERS } from '../../rules/english/text-cues.ts';
import { compileText, compileTextAll } from '../../rules/text-rule.ts';

const FURNITURE = compileText(EN_DOCMETA_CUES.furniture).re;

const pad = (n: number): string => String(n).padStart(2, '0');
/** A date with the site's clock after it, on the page's first line: "August 20, 2025 | 07:43 GMT +7". */
const SITE_CLOCK_AFTER = compileText(EN_DOCMETA_CUES.siteClockAfter).re;
/** What stands before the date of facts, not of the page. */
const AS_OF_BEFORE = compileText(EN_DOCMETA_CUES.asOfBefore).re;
/** A verb of running prose, then "on", right before a date: the date of an event the page tells of. */
const EVENT_ON_BEFORE = compileText(EN_DOCMETA_CUES.eventOnBefore).re;
/** A dash and a year after a date: the date starts a span of years, it is no page's date. */
const SPAN_AFTER = /^\s*[-–—]\s*(?:19|20)\d{2}\b/u;
/** What stands right before a page's own date. */
const DATE_LABEL = compileText(EN_DOCMETA_CUES.dateLabel).re;
/** What stands before the date a document is "dated", "issued" or "signed" on. */
const DOCUMENT_DATED_BEFORE = compileText(EN_DOCMETA_CUES.documentDatedBefore).re;
/** Dates with a month name: "December 12, 2023"; "12 December 2023"; "July, 04/2020". */
const MONTH_DAY_YEAR = compileTextAll(EN_DOCMETA_CUES.monthDayYear);
const DAY_MONTH_YEAR = compileTextAll(EN_DOCMETA_CUES.dayMonthYear);
const MONTH_DAY_SLASH_YEAR = compileTextAll(EN_DOCMETA_CUES.monthDaySlashYear);

/** The first date the page gives: "December 12, 2023", "12 December 2023", "12/12/2023", "2023-12-12". */
export function readEnglishDate(text: string): string | null {
  const head = text.slice(0, 2000);
  const found: { at: number; iso: string }[] = [];
  const push = (at: number, y: number, m: number, d: number | null, end = at) => {
    // … nor the start of a span of years ("the alliance's founding day (March 5, 2009-2025)")
    if (SPAN_AFTER.test(head.slice(end, end + 12))) return;
    // a date a document is "dated", "issued" or "signed" on is that document's, not the page's
    if (DOCUMENT_DATED_BEFORE.test(head.slice(Math.max(0, at - 25), at))) return;
    // … nor the date of the facts it reports ("as of December 31, 2013, the fund had lent …", "from … to …")
    if (AS_OF_BEFORE.test(head.slice(Math.max(0, at - 20), at))) return;
    // … nor an event's date told in running prose ("The law was passed by the National Assembly on November 20, 2012"),
    // unless the page labels it as its own ("Posted on …")
    if (EVENT_ON_BEFORE.test(head.slice(Math.max(0, at - 40), at)) && !DATE_LABEL.test(head.slice(Math.max(0, at - 24), at))) return;
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || (d !== null && (d < 1 || d > 31))) return;
    found.push({ at, iso: d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}` });
  };
  for (const m of head.matchAll(MONTH_DAY_YEAR))
    push(m.index ?? 0, Number(m[3]), EN_MONTH_NUMBERS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]), (m.index ?? 0) + m[0].length);
  for (const m of head.matchAll(DAY_MONTH_YEAR))
    push(m.index ?? 0, Number(m[3]), EN_MONTH_NUMBERS[(m[2] as string).toLowerCase()] ?? 0, Number(m[1]), (m.index ?? 0) + m[0].length);
  for (const m of head.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/gu)) push(m.index ?? 0, Number(m[1]), Number(m[2]), Number(m[3]));
  // Vietnamese sites write day/month/year in English too: "12/03/2024", "30-10-2020", "30.10.2020"
  // (also glued to the outlet's name before it, as reposts print it: "Báo Gia Lai29/05/2025")
  // (an American month/day/year when the middle number cannot be a month: "11/19/2023")
  for (const m of head.matchAll(/(?:\b|(?<=\p{L}))(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/gu)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (second > 12 && first <= 12) push(m.index ?? 0, Number(m[4]), first, second);
    else push(m.index ?? 0, Number(m[4]), second, first);
  }
  // "Update: July, 04/2020 - 08:55": a month name, then day/year
  for (const m of head.matchAll(MONTH_DAY_SLASH_YEAR)) push(m.index ?? 0, Number(m[3]), EN_MONTH_NUMBERS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]));
  found.sort((a, b) => a.at - b.at);
  // a date the page labels as its own ("Update:", "Published:") wins over the site's clock above it ("Monday, May 10
  // 2021" is when the page was saved)
  const labelled = found.find((f) => DATE_LABEL.test(head.slice(Math.max(0, f.at - 24), f.at)));
  if (labelled) return labelled.iso;
  // a site's clock on the first line ("August 20, 2025 | 07:43 GMT +7") is when the page was saved: the article's own
  // date follows it ("Friday- 10:16, 03/12/2021")
  const first = found[0];
  if (first && found.length > 1 && SITE_CLOCK_AFTER.test(head.slice(first.at, first.at + 40))) return (found[1] as { iso: string }).iso;
  return first?.iso ?? null;
}

export function readEnglishTitle(text: string, blocks: readonly Block[]): string | null {
  const head = blocks.slice(0, 15);
  const clean = (b: Block) => (text.slice(b.contentStart, b.end).split('\n')[0] ?? '').replace(/[*_#]/gu, '').replace(/\s+/gu, ' ').trim();
  const ok = (line: string) => line.length >= 15 && line.length <= 260 && !FURNITURE.test(line) && /\p{L}{3,}/u.test(line) && !/^\W*\d{1,2}[/:]\d/u.test(line);
  // the page's first line of substance; a Markdown heading among the first lines before it
  const first = head.findIndex((b) => ok(clean(b)));
  const marked = head
    .slice(0, Math.max(first, 0) + 3)
    .find((b) => b.kind === 'heading' && b.level < 7 && /^#/u.test(text.slice(b.start, b.contentStart + 1)) && ok(clean(b)));
  if (marked) return clean(marked);
  return first >= 0 ? clean(head[first] as Block) : null;
}

const PLAN_TITLE = compileText(EN_DOCMETA_CUES.planTitle).re;
const HEADLINE_VERB = compileText(EN_DOCMETA_CUES.headlineVerb).re;
const REPORT_TITLE = compileText(EN_DOCMETA_CUES.reportTitle).re;
const DECISION_TITLE = compileText(EN_DOCMETA_CUES.decisionTitle).re;
const RESOLUTION_TITLE = compileText(EN_DOCMETA_CUES.resolutionTitle).re;
const NEWS_PAGE = compileText(EN_DOCMETA_CUES.newsPage).re;

export function readEnglishDocType(title: string | null, text: string): DocType {
  const t = title ?? '';
  if (PLAN_TITLE.test(t) && !HEADLINE_VERB.test(t)) return 'ke_hoach';
  if (REPORT_TITLE.test(t)) return 'bao_cao';
  if (DECISION_TITLE.test(t)) return 'quyet_dinh';
  if (RESOLUTION_TITLE.test(t)) return 'nghi_quyet';
  if (title !== null || NEWS_PAGE.test(text.slice(0, 3000))) return 'tin_bai';
  return 'other';
}

const PLAN_YEAR = compileText(EN_DOCMETA_CUES.planYear).re;

export function readEnglishPlanTime(title: string | null): Pick<DocumentMeta, 'plan_year' | 'period_start' | 'period_end'> {
  if (!title) return { plan_year: null, period_start: null, period_end: null };
  const period = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/u.exec(title);
  const rest = period ? title.replace(period[0], ' ') : title;
  const year = PLAN_YEAR.exec(rest);
  return {
    plan_year: year ? Number(year[1]) : null,
    period_start: period ? Number(period[1]) : null,
    period_end: period ? Number(period[2]) : null,
  };
}

/** What stands before the year a body was founded in. */
const FOUNDED_BEFORE = compileText(EN_DOCMETA_CUES.foundedBefore).re;
const TARGET_BEFORE = compileText(EN_DOCMETA_CUES.targetBefore).re;
/** A law, resolution or decree named right before "in <year>". */
const LAW_BEFORE = compileText(EN_DOCMETA_CUES.lawBefore).re;
/** A year named as a time of facts: "in 2022", "as of late 2020", "in February 2023". */
const YEAR_OF_FACTS = compileTextAll(EN_DOCMETA_CUES.yearOfFacts);
/** An event held, named by its year; a period's last year; a term's first year. */
const EVENT_YEAR = compileTextAll(EN_DOCMETA_CUES.eventYear);
const PERIOD_END = compileTextAll(EN_DOCMETA_CUES.periodEnd);
const PLAN_BEFORE_PERIOD = compileText(EN_DOCMETA_CUES.planBeforePeriod).re;
const TERM_START = compileTextAll(EN_DOCMETA_CUES.termStart);

/**
 * The year an undated page reports on: the latest year it names as a time of facts ("in 2022",
 * "as of 2020", "the 2016-2020 period"), not a deadline ("by 2030") nor a law's year. Null when it names none.
 */
export function inferEnglishYear(text: string): number | null {
  let best: number | null = null;
  const take = (y: number) => {
    if (y >= 1990 && y <= 2100 && (best === null || y > best)) best = y;
  };
  for (const m of text.matchAll(YEAR_OF_FACTS)) {
    // (a body's founding is its history, not the time the page reports: "Opened in 2005, GNI …", "was established in 2017")
    if (FOUNDED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    // (… nor a target's year: "compared with the target of 9,000 in 2020")
    if (TARGET_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    // (nor is the year a law or resolution was passed in: "the adoption of the Law on Cooperatives in 2012")
    if (LAW_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    // (… nor when the sentence tells of a decree or law issued then: "In February 1997 the Government issued Decree 15/CP")
    const rest = foldKey(text.slice(m.index ?? 0, Math.min(text.length, (m.index ?? 0) + 160)).split(/(?<=[.!?;])\s/u)[0] ?? '');
    // (… nor of one person's story: "In 2020, she borrowed …", "she became a member of the group in 2018")
    const opening =
      text
        .slice(Math.max(0, (m.index ?? 0) - 160), m.index)
        .split(/(?<=[.!?;])\s|\n/u)
        .pop() ?? '';
    const sentence = `${foldKey(opening)}${rest}`;
    if (findAll(R.enDocYear, rest).some((h) => h.rule.value.kind === 'history' || h.rule.value.kind === 'personal_story')) continue;
    // (… the sentence it stands in, whichever side of the year the story or the adoption is told: "The resolution was
    // adopted by a plenum … in 2003")
    if (findAll(R.enDocYear, sentence).some((h) => h.rule.value.kind === 'personal_story' || h.rule.value.kind === 'history')) continue;
    take(Number(m[1]));
  }
  // an event the page reports as held, named by its year: "the alliance held a 2019 national forum on …"
  for (const m of text.matchAll(EVENT_YEAR)) take(Number(m[1]));
  // (not a plan's or strategy's period: "a plan … for the 2021-2025 period" reports nothing of 2025)
  for (const m of text.matchAll(PERIOD_END)) if (!PLAN_BEFORE_PERIOD.test(text.slice(Math.max(0, (m.index ?? 0) - 100), m.index))) take(Number(m[1]));
  // a congress opens its term: "the congress for the 2025-2030 term" sits in 2025
  for (const m of text.matchAll(TERM_START)) take(Number(m[1] ?? m[2]));
  return best;
}

/** A name without marks, for matching English spellings: "Đắk Lắk" → "dak lak". */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

interface Pattern {
  province: string;
  re: RegExp;
}

let patterns: Pattern[] | null = null;
/** A news agency's dateline after a place's name: "Hanoi (VNA) –". */
const DATELINE_AGENCY = compileText(EN_DOCMETA_CUES.datelineAgency).re;

function provincePatterns(): Pattern[] {
  if (patterns) return patterns;
  const out: Pattern[] = [];
  for (const p of getGazetteer().provinces) {
    const words = ascii(p.name)
      .split(/[\s-]+/u)
      .filter((w) => w.length > 0);
    // "Ha Noi", "Hanoi", "Ha-Noi"; "Ba Ria - Vung Tau", "Ba Ria-Vung Tau"
    out.push({ province: p.name, re: new RegExp(String.raw`\b${words.join(String.raw`[\s-]*`)}\b`, 'giu') });
  }
  const alias = (name: string, re: RegExp) => {
    const p = getGazetteer().provinces.find((x) => ascii(x.name) === ascii(name));
    if (p) out.push({ province: p.name, re });
  };
  alias('Hồ Chí Minh', compileTextAll(EN_DOCMETA_CUES.hoChiMinhCity));
  alias('Thừa Thiên Huế', compileTextAll(EN_DOCMETA_CUES.thuaThienHue));
  patterns = out;
  return out;
}

/** The province the English text is most about: its title counts most, then its opening. */
export function recogniseEnglishPlace(text: string, title: string | null): Pick<DocumentMeta, 'province' | 'district' | 'province_today'> {
  const folded = ascii(text.slice(0, 6000));
  const head = ascii(title ?? '');
  const score = new Map<string, number>();
  for (const p of provincePatterns()) {
    let s = 0;
    p.re.lastIndex = 0;
    for (const m of folded.matchAll(p.re)) {
      // a news agency's dateline ("Hanoi (VNA) –") names where the story was filed, not what it is about
      if (DATELINE_AGENCY.test(folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12))) continue;
      s += (m.index ?? 0) < 1500 ? 2 : 1;
    }
    p.re.lastIndex = 0;
    if (head && p.re.test(head)) s += 5;
    p.re.lastIndex = 0;
    if (s > 0) score.set(p.province, (score.get(p.province) ?? 0) + s);
  }
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 2) return { province: null, district: null, province_today: null };
  return { province: best[0], district: null, province_today: provinceToday(best[0]) };
}

/**
 * The metadata of an English document (`english`), or of a page mixing both languages, where
 * what the Vietnamese readers found stands and the English readings fill the gaps.
 */
export function readEnglishMeta(text: string, blocks: readonly Block[], vietnamese: DocumentMeta, english: boolean): DocumentMeta {
  const title = readEnglishTitle(text, blocks);
  const place = recogniseEnglishPlace(text, title);
  const en: DocumentMeta = {
    ...vietnamese,
    title,
    doc_type: readEnglishDocType(title, text),
    issued: readEnglishDate(text) ?? vietnamese.issued,
    ...readEnglishPlanTime(title),
    province: place.province ?? vietnamese.province,
    district: place.province ? null : vietnamese.district,
    province_today: place.province_today ?? vietnamese.province_today,
  };
  if (english) return en;
  const out: DocumentMeta = { ...vietnamese };
  for (const k of Object.keys(out) as (keyof DocumentMeta)[]) if (out[k] === null) Object.assign(out, { [k]: en[k] });
  return out;
}
