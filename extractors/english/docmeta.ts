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

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const FURNITURE =
  /^(home|skip to|menu|search|log ?in|sign ?in|subscribe|follow us|share|tweet|print|email|related|tags?:|source:|photo:|tiếng việt|english|vietnamese|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|updated?\s*:|published\s*:|posted\s*:)/iu;

const pad = (n: number): string => String(n).padStart(2, '0');
/** A date with the site's clock after it, on the page's first line: "August 20, 2025 | 07:43 GMT +7". */
const SITE_CLOCK_AFTER = /^[^\n|]{6,22}\|\s*\d{1,2}:\d{2}\s*(?:GMT|UTC)/iu;
/** What stands before the date of facts, not of the page. */
const AS_OF_BEFORE = /\b(?:as of|as at|by|until|till|since|from|to|through|between|and|end of|before|after|with|than)\s+$/iu;
/** A verb of running prose, then "on", right before a date: the date of an event the page tells of. */
const EVENT_ON_BEFORE = /\b\p{Ll}{3,}\s+(?:by\s+[^\n.]{2,40}?\s+)?on\s+$/u;
/** A dash and a year after a date: the date starts a span of years, it is no page's date. */
const SPAN_AFTER = /^\s*[-–—]\s*(?:19|20)\d{2}\b/u;
/** What stands right before a page's own date. */
const DATE_LABEL = /\b(?:updated?|published|posted|last updated|date)\s*(?:on|at)?\s*:?\s*$/iu;

/** The first date the page gives: "December 12, 2023", "12 December 2023", "12/12/2023", "2023-12-12". */
export function readEnglishDate(text: string): string | null {
  const head = text.slice(0, 2000);
  const found: { at: number; iso: string }[] = [];
  const push = (at: number, y: number, m: number, d: number | null, end = at) => {
    // … nor the start of a span of years ("the alliance's founding day (March 5, 2009-2025)")
    if (SPAN_AFTER.test(head.slice(end, end + 12))) return;
    // a date a document is "dated", "issued" or "signed" on is that document's, not the page's
    if (/\b(dated|issued|signed|adopted|approved|promulgated|effective)\s+(on\s+)?$/iu.test(head.slice(Math.max(0, at - 25), at))) return;
    // … nor the date of the facts it reports ("as of December 31, 2013, the fund had lent …", "from … to …")
    if (AS_OF_BEFORE.test(head.slice(Math.max(0, at - 20), at))) return;
    // … nor an event's date told in running prose ("The law was passed by the National Assembly on November 20, 2012"),
    // unless the page labels it as its own ("Posted on …")
    if (EVENT_ON_BEFORE.test(head.slice(Math.max(0, at - 40), at)) && !DATE_LABEL.test(head.slice(Math.max(0, at - 24), at))) return;
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || (d !== null && (d < 1 || d > 31))) return;
    found.push({ at, iso: d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}` });
  };
  for (const m of head.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'giu')))
    push(m.index ?? 0, Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]), (m.index ?? 0) + m[0].length);
  for (const m of head.matchAll(new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2})\b`, 'giu')))
    push(m.index ?? 0, Number(m[3]), MONTHS[(m[2] as string).toLowerCase()] ?? 0, Number(m[1]), (m.index ?? 0) + m[0].length);
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
  for (const m of head.matchAll(new RegExp(String.raw`\b${MONTH},?\s+(\d{1,2})\/((?:19|20)\d{2})\b`, 'giu')))
    push(m.index ?? 0, Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]));
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

export function readEnglishDocType(title: string | null, text: string): DocType {
  const t = title ?? '';
  if (/^\s*(plan|action plan|programme|program)\b/iu.test(t) && !/\b(said|says|to|will|sets|approves|issues|launches)\b/iu.test(t)) return 'ke_hoach';
  if (/^\s*(report|review)\b/iu.test(t)) return 'bao_cao';
  if (/^\s*decision\b/iu.test(t)) return 'quyet_dinh';
  if (/^\s*resolution\b/iu.test(t)) return 'nghi_quyet';
  if (title !== null || /\b(published|updated|posted|source|photo|reporter|vna|vov|vnp)\b/iu.test(text.slice(0, 3000))) return 'tin_bai';
  return 'other';
}

export function readEnglishPlanTime(title: string | null): Pick<DocumentMeta, 'plan_year' | 'period_start' | 'period_end'> {
  if (!title) return { plan_year: null, period_start: null, period_end: null };
  const period = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/u.exec(title);
  const rest = period ? title.replace(period[0], ' ') : title;
  const year = /\b(?:plan|targets?|goals?|for|in|by)\b[^.;]*?\b((?:19|20)\d{2})\b/iu.exec(rest);
  return {
    plan_year: year ? Number(year[1]) : null,
    period_start: period ? Number(period[1]) : null,
    period_end: period ? Number(period[2]) : null,
  };
}

/**
 * The year an undated page reports on: the latest year it names as a time of facts ("in 2022",
 * "as of 2020", "the 2016-2020 period"), not a deadline ("by 2030") nor a law's year. Null when it names none.
 */
/** What stands before the year a body was founded in. */
const FOUNDED_BEFORE =
  /\b(?:established|founded|opened|set up|launched|created|formed|started|born|came into (?:force|effect)|took effect|was (?:passed|adopted|enacted|promulgated))\s*$/iu;
/** A law, resolution or decree named right before "in <year>". */
const LAW_BEFORE = /\b(?:law|laws|resolution|decree|directive|constitution)(?:\s+(?:on|of)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$/iu;
/** A month (and day) between "in" and the year: "in February 2023", "on March 5, 2024". */
const MONTH_BEFORE_YEAR = String.raw`(?:(?:early|mid|late|january|february|march|april|may|june|july|august|september|october|november|december)[- ](?:\d{1,2},?\s+)?)?`;

export function inferEnglishYear(text: string): number | null {
  let best: number | null = null;
  const take = (y: number) => {
    if (y >= 1990 && y <= 2100 && (best === null || y > best)) best = y;
  };
  for (const m of text.matchAll(
    new RegExp(String.raw`\b(?:in|of|during|as of|at the end of|end of|year)\s+${MONTH_BEFORE_YEAR}((?:19|20)\d{2})\b(?!\s*(?:law|resolution|decree))`, 'giu'),
  )) {
    // (a body's founding is its history, not the time the page reports: "Opened in 2005, GNI …", "was established in 2017")
    if (FOUNDED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    // (nor is the year a law or resolution was passed in: "the adoption of the Law on Cooperatives in 2012")
    if (LAW_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    // (… nor when the sentence tells of a decree or law issued then: "In February 1997 the Government issued Decree 15/CP")
    const rest = foldKey(text.slice(m.index ?? 0, Math.min(text.length, (m.index ?? 0) + 160)).split(/(?<=[.!?;])\s/u)[0] ?? '');
    if (findAll(R.enDocYear, rest).some((h) => h.rule.value.kind === 'history')) continue;
    take(Number(m[1]));
  }
  // an event the page reports as held, named by its year: "the alliance held a 2019 national forum on …"
  for (const m of text.matchAll(/\b(?:held|hosted|organi[sz]ed|opened|attended)\s+(?:a|an|the)\s+((?:19|20)\d{2})\s+(?!law\b)\p{L}/giu)) take(Number(m[1]));
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\s+(?:period|phase)\b/giu)) take(Number(m[1]));
  // a congress opens its term: "the congress for the 2025-2030 term" sits in 2025
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\s+term\b|\bterm\s+(?:of\s+)?((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\b/giu))
    take(Number(m[1] ?? m[2]));
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
  alias('Hồ Chí Minh', /\b(hcm ?city|hcmc|ho chi minh city|saigon)\b/giu);
  alias('Thừa Thiên Huế', /\bthua thien[\s-]*hue\b/giu);
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
      if (/^\s*\((vna|vns|vnp|vov|ndo|vnplus|sggp|vnexpress)\)/u.test(folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12))) continue;
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
