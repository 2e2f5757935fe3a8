/**
 * Document metadata from the header and title: title, type (kế hoạch, báo cáo, tin bài …),
 * number, issuing body, date of issue or publication, plan year and period.
 * The place comes from extractors/places/ (resolve.ts).
 */
import type { DocType, DocumentMeta } from '../pipeline/record.ts';
import type { Block } from '../pipeline/parse.ts';
import { recognisePlace } from './places/resolve.ts';
import { compileText, compileTextAll } from '../rules/text-rule.ts';
import { DOCMETA_CUES } from '../rules/text-cues.ts';

const TOPIC = compileText(DOCMETA_CUES.topic).re;
const FURNITURE = compileText(DOCMETA_CUES.furniture).re;
const TITLE_HEADING = compileText(DOCMETA_CUES.titleHeading).re;
const TITLE_LINE = compileText(DOCMETA_CUES.titleLine).re;
/** A formal document's kind, from a line of its header or the series of its number. */
const KINDS: readonly (readonly [DocType, RegExp])[] = [
  ['ke_hoach', compileText(DOCMETA_CUES.planKind).re],
  ['bao_cao', compileText(DOCMETA_CUES.reportKind).re],
  ['quyet_dinh', compileText(DOCMETA_CUES.decisionKind).re],
  ['nghi_quyet', compileText(DOCMETA_CUES.resolutionKind).re],
];
const NEWS_PAGE = compileText(DOCMETA_CUES.newsPage).re;
const DOC_NUMBER = compileText(DOCMETA_CUES.docNumber).re;
const FORMAL_DATE = compileText(DOCMETA_CUES.formalDate).re;
const ISO_DATE_LINE = compileText(DOCMETA_CUES.isoDateLine).re;
const NUMBER_LINE = compileText(DOCMETA_CUES.numberLine).re;
const NATIONAL_HEADING = compileText(DOCMETA_CUES.nationalHeading).re;
const ISSUER_NAMES = compileTextAll(DOCMETA_CUES.issuerName);
const ISSUER_ACTS = compileText(DOCMETA_CUES.issuerActs).re;
const PORTAL_NAME = compileText(DOCMETA_CUES.portalName).re;
const PLAN_YEAR = compileText(DOCMETA_CUES.planYear).re;
const TITLE_YEAR = compileText(DOCMETA_CUES.titleYear).re;
const SITE_CONTACT_AFTER = compileText(DOCMETA_CUES.siteContactAfter).re;
const ISSUER_WITHOUT_PLACE = compileText(DOCMETA_CUES.issuerWithoutPlace).re;
/** A news page's own date lines, in the order they are trusted (each read with 'g' where it is used). */
const DATED: readonly RegExp[] = [
  compileText(DOCMETA_CUES.postedDate).re,
  compileText(DOCMETA_CUES.weekdayDate).re,
  // a weekday, then the day and the month in words: "Thứ năm, 24 Tháng 12 2015", "Thứ hai, 05 tháng 3 năm 2018"
  compileText(DOCMETA_CUES.weekdayWordDate).re,
  compileText(DOCMETA_CUES.dayBeforeIssuer).re,
  // a news page's date and time line: "9-12-2019, 10:57 GMT+7", "13/07/2018 08:15"
  /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}),?\s+\d{1,2}:\d{2}\b/u,
];

function pad(n: string): string {
  return n.trim().padStart(2, '0');
}

export function readTitle(text: string, blocks: readonly Block[]): string | null {
  const head = blocks.slice(0, 25);
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as Block;
    const line = text.slice(b.contentStart, b.end).replace(/\*\*/gu, '').replace(/\s+/gu, ' ').trim();
    if (TITLE_HEADING.test(line)) {
      const next = head[i + 1];
      return next ? `${line} ${text.slice(next.contentStart, next.end).replace(/\s+/gu, ' ').trim()}` : line;
    }
    if (TITLE_LINE.test(line) && line.length < 300) return line;
  }
  for (const b of head) {
    // a news headline is often followed by its date line in the same block, or follows the site's breadcrumb there
    // ("Trang chủ > Văn bản > Kế hoạch\nPhú Thọ ban hành Kế hoạch …"): the block's first lines, furniture skipped
    for (const raw of text.slice(b.contentStart, b.end).split('\n').slice(0, 3)) {
      const line = raw.replace(/\*\*/gu, '').replace(/\s+/gu, ' ').trim();
      if (line.length < 20 || line.length > 260 || FURNITURE.test(line)) continue;
      if (/\d{1,2}\/\d{1,2}\/\d{4}/u.test(line) && line.length < 60) continue;
      // a sentence of the body, on its own line, is no headline: the body has begun
      if (/[.;]["”)]?$/u.test(line) && line.length > 120) return null;
      if (TOPIC.test(line)) return line;
    }
  }
  return null;
}

export function readDocType(text: string, title: string | null): DocType {
  const head = text.slice(0, 1500);
  for (const [kind, re] of KINDS) if (re.test(head)) return kind;
  if (title !== null || NEWS_PAGE.test(text)) return 'tin_bai';
  return 'other';
}

export function readDocNumber(text: string): string | null {
  const m = DOC_NUMBER.exec(text.slice(0, 800));
  return m ? (m[1] as string).replace(/\s+/gu, '') : null;
}

export function readIssued(text: string): string | null {
  const head = text.slice(0, 1500);
  // "<place>, ngày … tháng … năm …", anchored on the comma: a leading [\p{L} .]+ retried at
  // every position was quadratic (1 ms a document); the captures are the same
  // (not a date of history quoted in the text: a historic letter with its place and date, "…, ngày … tháng 4 năm 1946")
  const formal = FORMAL_DATE.exec(head);
  if (formal && Number(formal[3]) >= EARLIEST_PAGE_YEAR) {
    const [, d, mo, y] = formal;
    return d && mo ? `${y}-${pad(mo)}-${pad(d)}` : mo ? `${y}-${pad(mo)}` : `${y}`;
  }
  // a saved page's own date line, ISO ("date 2025-12-31", "date 2021-12")
  const iso = ISO_DATE_LINE.exec(head);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  for (const re of DATED) {
    const found: RegExpExecArray[] = [];
    // (not a site's clock in its header, the time before the day: "13:11 EST Thứ sáu, 22/11/2024" is when it was
    // saved; the article's own date follows its headline)
    for (const m of head.matchAll(new RegExp(re.source, `${re.flags}g`))) {
      if (SITE_CLOCK_BEFORE.test(head.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) continue;
      // (… nor one on the line that gives the site's contact: "Chủ nhật 22/03/2026 05:38 Hotline: 0326…")
      if (SITE_CONTACT_AFTER.test(head.slice((m.index ?? 0) + m[0].length))) continue;
      if (!isDayMonth(m[1] as string, m[2] as string)) continue;
      found.push(m);
    }
    // (… nor a bare clock line that opens the page, above the headline, when the headline is followed by a date line
    // of the same form: "Chủ nhật, 18/04/2021, 19:05" ¶ headline ¶ "Thứ 2, 27/07/2020 | 14:47" dates the article 2020)
    const [first, second] = found;
    const m = first && second && headerClockLine(head, first) ? second : first;
    if (m) return `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  }
  // a line that is only a date written with dots, near the top ("25.12.2019" above the article)
  const dotted = /^[ \t]*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})[ \t]*$/mu.exec(text.slice(0, 600));
  if (dotted && Number(dotted[3]) >= EARLIEST_PAGE_YEAR && isDayMonth(dotted[1] as string, dotted[2] as string))
    return `${dotted[3]}-${pad(dotted[2] as string)}-${pad(dotted[1] as string)}`;
  // any other date near the top, but not the date of a document it cites
  // ("Thực hiện Nghị quyết số 20-NQ/TW, ngày 16/6/2022, …" dates the resolution, not the page)
  // (nor a date of history: "ngày 11/4/1946, Chủ tịch Hồ Chí Minh đã viết thư …" dates no web page)
  for (const m of text.slice(0, 600).matchAll(/\b(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})\b/gu)) {
    if (CITED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 90), m.index))) continue;
    if (Number(m[3]) < EARLIEST_PAGE_YEAR) continue;
    if (SITE_CONTACT_AFTER.test(text.slice((m.index ?? 0) + m[0].length, 600))) continue;
    if (!isDayMonth(m[1] as string, m[2] as string)) continue;
    return `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  }
  return null;
}

/** Is the match on the page's first line, and is that line a clock only (a weekday, the date, a time, a zone)? */
function headerClockLine(head: string, m: RegExpExecArray): boolean {
  const lineStart = head.search(/\S/u);
  const lineEnd = head.indexOf('\n', lineStart);
  const at = m.index ?? 0;
  if (lineStart < 0 || lineEnd < 0 || at < lineStart || at > lineEnd) return false;
  // (only the weekday's and the zone's letters: "Chủ nhật, 18/04/2021, 19:05[GMT+7]")
  return (head.slice(lineStart, lineEnd).match(/\p{L}/gu) ?? []).length <= 12;
}

/** A day and a month that can be a date's ("11/19/2023" is an English month/day, no Vietnamese day/month). */
function isDayMonth(day: string, month: string): boolean {
  const d = Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** No page this project reads was published before this year: an earlier date near the top is history it tells. */
const EARLIEST_PAGE_YEAR = 1995;

/** A clock right before a date: a site header's time of day, with or without its zone ("13:11 EST "). */
const SITE_CLOCK_BEFORE = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$/u;

/** Words that name a cited document just before its date ("Quyết định số 845/QĐ-UBND ngày"). */
const CITED_DOCUMENT_BEFORE = compileText(DOCMETA_CUES.citedDocumentBefore).re;

/**
 * The issuing body of a formal document stands in upper case above "Số:", the
 * parent body first ("UBND TỈNH THANH HÓA / SỞ KẾ HOẠCH VÀ ĐẦU TƯ").
 */
function headerIssuer(text: string): string | null {
  const head = text.slice(0, 600);
  const so = NUMBER_LINE.exec(head);
  if (!so) return null;
  const lines = head
    .slice(0, so.index)
    .split('\n')
    .map((l) => l.replace(/[*_#]/gu, '').trim())
    .filter((l) => l.length > 2 && /\p{L}/u.test(l));
  const caps = lines.filter((l) => l === l.toUpperCase() && !NATIONAL_HEADING.test(l));
  return caps.length > 0 ? caps.join(' – ') : null;
}

export function readIssuer(text: string): string | null {
  const header = headerIssuer(text);
  if (header) return header;
  let first: string | null = null;
  for (const m of text.matchAll(ISSUER_NAMES)) {
    const name = m[0].replace(/\s+/gu, ' ').trim();
    first ??= name;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    if (ISSUER_ACTS.test(after)) return name;
  }
  const portal = PORTAL_NAME.exec(text);
  if (first) return first;
  return portal ? (portal[1] as string).trim() : null;
}

export function readPlanTime(title: string | null): Pick<DocumentMeta, 'plan_year' | 'period_start' | 'period_end'> {
  if (!title) return { plan_year: null, period_start: null, period_end: null };
  const period = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/u.exec(title);
  const withoutPeriod = period ? title.replace(period[0], ' ') : title;
  // "Tình hình … năm 2023 và kế hoạch … năm 2024": the plan's year is the one after "kế hoạch"
  const year = PLAN_YEAR.exec(withoutPeriod) ?? TITLE_YEAR.exec(withoutPeriod);
  return {
    plan_year: year ? Number(year[1]) : null,
    period_start: period ? Number(period[1]) : null,
    period_end: period ? Number(period[2]) : null,
  };
}

/** `key`: the text's matching key, when the caller has it (the text is then NFC). */
export function readDocumentMeta(text: string, blocks: readonly Block[], key?: string): DocumentMeta {
  const title = readTitle(text, blocks);
  const place = recognisePlace(text, key);
  let issuer = readIssuer(text);
  // "UBND tỉnh ban hành …" names no province: the document's own place completes it
  if (issuer && place && ISSUER_WITHOUT_PLACE.test(issuer)) issuer = `${issuer} ${place.province}`;
  return {
    title,
    doc_type: readDocType(text, title),
    doc_number: readDocNumber(text),
    issuer,
    issued: readIssued(text),
    ...readPlanTime(title),
    province: place?.province ?? null,
    district: place?.district ?? null,
    province_today: place?.province_today ?? null,
  };
}
