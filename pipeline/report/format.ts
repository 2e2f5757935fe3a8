/**
 * Escaping, Vietnamese labels and number formatting for the report.
 * Every string that comes from a document or the database goes through `esc` (or `jsonForScript`)
 * before it reaches HTML.
 */
import type { Comparator, DocType, Sector, Status, Subject, Unit } from '../record.ts';
import { traitsOf } from '../metrics.ts';
import { IMPLIED_NOUN_RULES, NOUN_RULES, type NounClass } from '../../rules/units.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escape text for element content and quoted attribute values. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON that is safe inside <script type="application/json">: no `<`, `>`, `&`, U+2028/2029 left raw. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const SUBJECT_LABELS: Record<Subject, { vi: string; short: string }> = {
  htx: { vi: 'Hợp tác xã', short: 'HTX' },
  tht: { vi: 'Tổ hợp tác', short: 'THT' },
  lhhtx: { vi: 'Liên hiệp HTX', short: 'LHHTX' },
  kttt: { vi: 'Kinh tế tập thể (HTX + THT)', short: 'KTTT' },
};

export const SECTOR_LABELS: Record<Sector, string> = {
  agriculture: 'Nông - lâm - ngư nghiệp',
  industry: 'Công nghiệp - TTCN',
  construction: 'Xây dựng',
  trade_services: 'Thương mại - dịch vụ',
  transport: 'Vận tải',
  credit: 'Tín dụng',
  environment: 'Vệ sinh môi trường',
  non_agriculture: 'Phi nông nghiệp',
  other: 'Lĩnh vực khác',
};

export const STATUS_LABELS: Record<Status, { vi: string; en: string; mark: string }> = {
  target: { vi: 'Chỉ tiêu', en: 'target', mark: 'T' },
  actual: { vi: 'Thực hiện', en: 'actual', mark: 'A' },
};

export const COMPARATOR_LABELS: Record<Comparator, { sym: string; vi: string }> = {
  eq: { sym: '=', vi: 'bằng' },
  gt: { sym: '>', vi: 'trên / hơn' },
  gte: { sym: '≥', vi: 'từ … trở lên / ít nhất' },
  lt: { sym: '<', vi: 'dưới' },
  lte: { sym: '≤', vi: 'không quá / tối đa' },
  approx: { sym: '≈', vi: 'khoảng' },
  range: { sym: '↔', vi: 'từ … đến' },
};

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  ke_hoach: 'Kế hoạch',
  bao_cao: 'Báo cáo',
  tin_bai: 'Tin bài',
  quyet_dinh: 'Quyết định',
  nghi_quyet: 'Nghị quyết',
  other: 'Khác',
};

export const UNIT_LABELS: Record<Unit, string> = {
  count: 'số lượng',
  'count/year': 'số lượng/năm',
  percent: '%',
  'percent/year': '%/năm',
  VND: 'đồng',
  'VND/year': 'đồng/năm',
  'VND/month': 'đồng/tháng',
};

function lookup<K extends string, V>(table: Record<K, V>, key: string | null | undefined): V | undefined {
  if (key === null || key === undefined) return undefined;
  return Object.hasOwn(table, key) ? table[key as K] : undefined;
}

export function metricLabel(metric: string): string {
  return traitsOf(metric)?.label.vi ?? metric;
}
export function metricLabelFull(metric: string): string {
  const l = traitsOf(metric)?.label;
  return l ? `${l.vi} (${l.en})` : metric;
}
export function subjectLabel(subject: string): string {
  return lookup(SUBJECT_LABELS, subject)?.short ?? subject;
}
export function sectorLabel(sector: string | null): string {
  if (sector === null) return 'Tất cả lĩnh vực';
  return lookup(SECTOR_LABELS, sector) ?? sector;
}
export function statusLabel(status: string): string {
  const l = lookup(STATUS_LABELS, status);
  return l ? `${l.vi} (${l.en})` : status;
}
export function statusMark(status: string): string {
  return lookup(STATUS_LABELS, status)?.mark ?? '?';
}
export function comparatorLabel(c: string): string {
  const l = lookup(COMPARATOR_LABELS, c);
  return l ? `${l.sym} ${l.vi}` : c;
}
export function comparatorSymbol(c: string): string {
  return lookup(COMPARATOR_LABELS, c)?.sym ?? c;
}
export function docTypeLabel(t: string): string {
  return lookup(DOC_TYPE_LABELS, t) ?? t;
}
export function unitLabel(u: string): string {
  return lookup(UNIT_LABELS, u) ?? u;
}

const viInt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const viNum = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** Vietnamese number: 1.715.000 and 0,53. */
export function fmtNumber(n: number): string {
  return Number.isInteger(n) ? viInt.format(n) : viNum.format(n);
}

/** Money in đồng, scaled the way Vietnamese reports write it: 1.715 triệu đồng, 350 tỷ đồng. */
export function fmtMoney(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e10) return `${viNum.format(n / 1e9)} tỷ đồng`;
  if (abs >= 1e6) return `${viNum.format(n / 1e6)} triệu đồng`;
  if (abs >= 1e4) return `${viNum.format(n / 1e3)} nghìn đồng`;
  return `${fmtNumber(n)} đồng`;
}

/** A short money form for chart labels: 1,7 tỷ, 45 tr. */
export function fmtMoneyShort(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${viNum.format(Math.round(n / 1e7) / 100)} tỷ`;
  if (abs >= 1e6) return `${viNum.format(Math.round(n / 1e4) / 100)} tr`;
  if (abs >= 1e3) return `${viNum.format(Math.round(n / 10) / 100)} nghìn`;
  return fmtNumber(n);
}

const PER: Record<string, string> = { 'count/year': '/năm', 'percent/year': '/năm', 'VND/year': '/năm', 'VND/month': '/tháng' };

const NOUN_LABELS: Record<Exclude<NounClass, 'coop'>, string> = {
  members: 'thành viên',
  workers: 'lao động',
  persons: 'người',
  managers: 'cán bộ quản lý',
  products: 'sản phẩm',
  communes: 'xã',
  households: 'hộ',
  enterprises: 'doanh nghiệp',
};

/**
 * The noun the figure was counted in, as its unit rule read it after the number
 * ("241 người" → người, "17 doanh nghiệp" → doanh nghiệp): the record's own evidence.
 * Taken from the unit rules themselves, so a new noun rule is labelled without a change here.
 */
const RULE_NOUNS = new Map<string, string>(
  [...NOUN_RULES, ...IMPLIED_NOUN_RULES].map((r) => [r.id, r.value.noun === 'coop' ? subjectLabel(r.value.subject ?? 'htx') : NOUN_LABELS[r.value.noun]]),
);

/**
 * The noun a count is counted in: the one the record's unit rule found after the number,
 * else the one its metric implies (members, workers, …; cooperatives of its subject for
 * the metrics that count them), else none — a figure of metric `other` says nothing
 * about what it counts, so it is shown bare rather than as "HTX".
 */
function countNoun(metric: string, subject: string, rule?: string): string {
  for (const id of rule?.split(' ') ?? []) {
    const noun = RULE_NOUNS.get(id);
    if (noun) return noun;
  }
  const counts = traitsOf(metric)?.counts ?? null;
  if (counts === null) return '';
  return counts === 'bodies' ? subjectLabel(subject) : counts.noun;
}

function one(value: number, unit: string, metric: string, subject: string, rule?: string): string {
  if (unit.startsWith('VND')) return fmtMoney(value);
  if (unit.startsWith('percent')) return `${fmtNumber(value)}%`;
  const noun = countNoun(metric, subject, rule);
  return noun ? `${fmtNumber(value)} ${noun}` : fmtNumber(value);
}

/**
 * The human reading of a normalised value: "1.715 triệu đồng/năm", "600–800 lao động", "0,53%".
 * `rule` (the record's rule list) names what a count was counted in when the metric does not.
 */
export function fmtValue(r: { value: number; value_max: number | null; unit: string; metric: string; subject: string; rule?: string }): string {
  const per = PER[r.unit] ?? '';
  if (r.value_max !== null && r.value_max !== r.value) {
    const lo = one(r.value, r.unit, r.metric, r.subject, r.rule);
    const hi = one(r.value_max, r.unit, r.metric, r.subject, r.rule);
    // "600 – 800 lao động": drop the repeated unit of the lower bound when both share it.
    const loNum = lo.split(' ')[0] ?? lo;
    const hiParts = hi.split(' ');
    const sameTail = lo.slice(loNum.length) === hi.slice((hiParts[0] ?? '').length);
    return `${sameTail ? loNum : lo} – ${hi}${per}`;
  }
  return `${one(r.value, r.unit, r.metric, r.subject, r.rule)}${per}`;
}

/** The base value as stored (đồng, count, percent), for auditors: "1.715.000.000". */
export function fmtBase(r: { value: number; value_max: number | null; unit: string }): string {
  const b = r.value_max !== null && r.value_max !== r.value ? `${fmtNumber(r.value)}–${fmtNumber(r.value_max)}` : fmtNumber(r.value);
  return `${b} ${r.unit}`;
}

/** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) as Vietnamese dd/mm/yyyy. */
export function fmtDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (d && mo) return `${d}/${mo}/${y}`;
  if (mo) return `${mo}/${y}`;
  return y ?? iso;
}

export function fmtPeriod(start: number | null, end: number | null, planYear: number | null): string {
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return `từ ${start}`;
  if (end !== null) return `đến ${end}`;
  if (planYear !== null) return `năm ${planYear}`;
  return '';
}

/** "Huyện X, Tỉnh Y" with the post-2025 province when it differs. */
export function placeLabel(p: { province: string | null; district: string | null; province_today: string | null }): string {
  const parts: string[] = [];
  if (p.district) parts.push(p.district);
  if (p.province) parts.push(p.province);
  let s = parts.join(', ');
  if (p.province_today && p.province_today !== p.province) s = s ? `${s} (nay: ${p.province_today})` : p.province_today;
  return s || 'Chưa rõ địa bàn';
}

/** A file-name-safe ASCII slug. */
export function slug(s: string, max = 60): string {
  const a = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const out = a
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, max);
  return out || 'doc';
}
