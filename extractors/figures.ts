/**
 * Figures: a number (or a range of two) with its unit and the comparator bound to it,
 * found in one sentence. Numbers inside noise masks are not figures; a figure with no
 * unit at all ("1546826" in a visitor counter) is dropped.
 */
import type { Comparator, Sector, Subject } from '../pipeline/record.ts';
import { cueRegExp, findAll, matchAt, type CompiledRule } from '../rules/rule.ts';
import { FIGURE_CUES } from '../rules/cues.ts';
import type { UnitClass } from '../rules/metrics.ts';
import type { NounClass } from '../rules/units.ts';
import { findNumbers, findSpelledNumbers, type NumberToken } from './numbers.ts';
import type { Masks } from './masks.ts';
import { ignoreDrops, type DropSink } from './drops.ts';
import { R } from './rulesets.ts';

export interface Figure {
  /** Quote span: from a comparator word before the number to the end of its unit. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Where the unit words end (before a trailing "trở lên"). */
  unitEnd: number;
  value: number;
  valueMax: number | null;
  unitClass: UnitClass;
  /** Subject named by the count noun or the rate denominator ("HTX", "/HTX"). */
  nounSubject: Subject | null;
  /** A count noun after a percent ("70% HTX"): the subject of the share. */
  percentOf: Subject | null;
  per: { year: boolean; month: boolean; person: boolean; coop: boolean };
  comparator: Comparator;
  /** Rule ids that read the unit and comparator. */
  rules: string[];
  /** Its unit came from its table row's label ("Tổng số HTX (HTX): TH 2023 412"), not from words after it. */
  fromRowLabel: boolean;
  /** Its noun counts cooperatives of this sector only (rules/units.ts `onlyInSector`). */
  onlyInSector: Sector | null;
  /** Its noun names the people's credit funds themselves (rules/units.ts `creditFunds`). */
  creditFunds: boolean;
  /** The noun rule that read its unit, if a noun did. */
  nounRule: string | null;
}

function skipSpaces(key: string, pos: number, limit: number): number {
  while (pos < limit && key[pos] === ' ') pos++;
  return pos;
}

function applyAt<V>(rules: readonly CompiledRule<V>[], key: string, pos: number, limit: number) {
  const hit = matchAt(rules, key, pos);
  return hit && hit.end <= limit ? hit : null;
}

interface UnitRead {
  end: number;
  unitClass: UnitClass;
  multiplier: number;
  nounSubject: Subject | null;
  percentOf: Subject | null;
  per: Figure['per'];
  rules: string[];
  /** The noun counts cooperative bodies only after its sentence has named them (rules/units.ts). */
  needsNameBefore?: 'tht' | 'coop';
  onlyInSector: Sector | null;
  creditFunds: boolean;
  nounRule: string | null;
  magnitudeRule: string | null;
}

/** Read the unit words starting at pos (right after the number). */
function readUnit(key: string, pos: number, limit: number): UnitRead {
  const rules: string[] = [];
  const per = { year: false, month: false, person: false, coop: false };
  let end = pos;
  let multiplier = 1;
  let nounSubject: Subject | null = null;
  let percentOf: Subject | null = null;
  let noun: NounClass | null = null;
  let needsNameBefore: 'tht' | 'coop' | undefined;
  let onlyInSector: Sector | null = null;
  let creditFunds = false;
  let nounRule: string | null = null;
  let magnitudeRule: string | null = null;
  let money = false;
  let percent = false;

  const mag = applyAt(R.magnitude, key, end, limit);
  if (mag) {
    multiplier = mag.rule.value.multiplier;
    end = mag.end;
    magnitudeRule = mag.rule.id;
    rules.push(mag.rule.id);
  }
  const cur = applyAt(R.currency, key, end, limit);
  if (cur) {
    money = true;
    end = cur.end;
    rules.push(cur.rule.id);
  } else {
    const pct = mag ? null : applyAt(R.percent, key, end, limit);
    if (pct) {
      percent = true;
      end = pct.end;
      rules.push(pct.rule.id);
      // "70% HTX", "60% số hợp tác xã"
      const some = SHARE_OF.exec(key.slice(end, Math.min(limit, end + 12)));
      const of = applyAt(R.noun, key, end + (some ? some[0].length : 0), limit);
      if (of && of.rule.value.noun === 'coop') percentOf = of.rule.value.subject ?? null;
    } else {
      const n = applyAt(R.noun, key, end, limit);
      if (n) {
        noun = n.rule.value.noun;
        nounSubject = n.rule.value.subject ?? null;
        needsNameBefore = n.rule.value.needsNameBefore;
        onlyInSector = n.rule.value.onlyInSector ?? null;
        creditFunds = n.rule.value.creditFunds === true;
        nounRule = n.rule.id;
        end = n.end;
        rules.push(n.rule.id);
      }
    }
  }
  // rate suffixes: "/người/năm", "/HTX/năm", "/tháng"
  for (let guard = 0; guard < 4; guard++) {
    const p = applyAt(R.per, key, end, limit);
    if (!p) break;
    const v = p.rule.value;
    if (v.per === 'year') per.year = true;
    else if (v.per === 'month') per.month = true;
    else if (v.per === 'person') per.person = true;
    else if (v.per === 'coop') {
      per.coop = true;
      nounSubject ??= v.subject ?? null;
    }
    end = p.end;
    rules.push(p.rule.id);
  }
  if (!money && !percent && !noun && mag && multiplier >= 1e6) money = true; // "1,7 tỷ", "42 triệu/người/năm"
  let unitClass: UnitClass;
  if (money) unitClass = 'money';
  else if (percent) unitClass = 'percent';
  else if (noun) unitClass = noun;
  else unitClass = 'bare';
  return {
    end,
    unitClass,
    multiplier,
    nounSubject,
    percentOf,
    per,
    rules,
    onlyInSector,
    creditFunds,
    nounRule,
    magnitudeRule,
    ...(needsNameBefore ? { needsNameBefore } : {}),
  };
}

function leftComparator(key: string, numStart: number, sentenceStart: number): { comparator: Comparator; start: number; rule: string } | null {
  const from = Math.max(sentenceStart, numStart - 30);
  const slice = key.slice(from, numStart);
  for (const rule of R.leftComparator) {
    rule.re.lastIndex = 0;
    const m = rule.re.exec(slice);
    if (m) return { comparator: rule.value, start: from + m.index, rule: rule.id };
  }
  return null;
}

function roundBase(value: number, unitClass: UnitClass): number {
  if (unitClass === 'percent') return Math.round(value * 1e9) / 1e9;
  const r = Math.round(value);
  return Math.abs(r - value) < 1e-6 * Math.max(1, Math.abs(value)) ? r : Math.round(value * 1e6) / 1e6;
}

/** What may follow a count whose noun stood before it: the end of its clause, or a word that starts something else. */
const AFTER_IMPLIED = cueRegExp(FIGURE_CUES.afterImplied);

function impliedNoun(key: string, s: number, tok: NumberToken, end: number, e: number) {
  // (a year is written without a separator: "1.960" is a count)
  const yearLike = tok.value >= 1900 && tok.value <= 2100 && /^\d{4}$/u.test(key.slice(tok.start, tok.end));
  if (!Number.isInteger(tok.value) || yearLike) return null;
  if (!AFTER_IMPLIED.test(key.slice(end, Math.min(e, end + 12)))) return null;
  const from = Math.max(s, tok.start - 80);
  const hit = findAll(R.impliedNoun, key, from, tok.start)[0] ?? null;
  // (a list's label implies the noun only for a count that ends its item: "HTX lĩnh vực Nông nghiệp 180, chiếm …",
  // not "HTX chè 20 năm giữ nghề")
  if (hit?.rule.value.listLabel && !ENDS_ITEM.test(key.slice(end, Math.min(e, end + 12)))) return null;
  return hit;
}
/** The count ends its list item (punctuation only, so a plain regex). */
const ENDS_ITEM = /^\s*([,.;)]|$)/;

/** The sentence has named the bodies a short count noun counts ("650 tổ" after "tổ hợp tác"). */
const NAMES_BEFORE = { tht: cueRegExp(FIGURE_CUES.namesTht), coop: cueRegExp(FIGURE_CUES.namesCoop) } as const;
const SHARE_OF = cueRegExp(FIGURE_CUES.shareOf);
const ROW_LABEL_UNIT = /\(([^()]{1,40})\)\s*:/y;

/** The unit a table row names in brackets before its colon ("(triệu đồng/năm):", "(%):", "(HTX):"). */
function readRowUnit(key: string, s: number, e: number): { unit: UnitRead; colon: number } | null {
  const colon = key.indexOf(':', s);
  if (colon < 0 || colon >= e) return null;
  const open = key.lastIndexOf('(', colon);
  if (open < s) return null;
  ROW_LABEL_UNIT.lastIndex = open;
  const m = ROW_LABEL_UNIT.exec(key);
  if (!m || m.index + m[0].length !== colon + 1) return null;
  const inside = open + 1;
  const close = inside + (m[1] as string).length;
  // the words in brackets must be a unit and nothing else
  const unit = readUnit(key, inside, close);
  const rest = key.slice(unit.end, close).trim();
  if (unit.unitClass === 'bare' || rest !== '') return null;
  return { unit, colon };
}

/** Counts of bodies and people: never a fraction. */
const COUNT_CLASSES: ReadonlySet<string> = new Set(['coop', 'members', 'workers', 'persons', 'managers', 'products', 'communes', 'households', 'enterprises']);
/** A number with one comma before exactly three digits ("13,225"): English thousands, for a count. */
const ENGLISH_THOUSANDS = cueRegExp(FIGURE_CUES.englishThousands);

/** A magnitude word after a spelled number ("hai triệu", "ba nghìn"). */
const SPELLED_MAGNITUDE = cueRegExp(FIGURE_CUES.spelledMagnitude);

/** All figures in key/text[s, e). */
export function findFigures(text: string, key: string, s: number, e: number, masks: Masks, onDrop: DropSink = ignoreDrops): Figure[] {
  // a spelled number is a figure before a count noun of bodies ("ba HTX"), or before a magnitude and any count
  // noun ("hai triệu thành viên", "ba nghìn lao động")
  const nounAt = (pos: number) => {
    const hit = matchAt(R.noun, key, pos);
    if (hit !== null && hit.rule.value.noun === 'coop') return true;
    SPELLED_MAGNITUDE.lastIndex = pos;
    const m = SPELLED_MAGNITUDE.exec(key);
    return m !== null && matchAt(R.noun, key, pos + m[0].length) !== null;
  };
  const tokens: NumberToken[] = [...findNumbers(text, s, e), ...findSpelledNumbers(key, s, e, nounAt)]
    .filter((t) => {
      const mask = masks.at(t.start);
      if (mask)
        onDrop({ start: t.start, end: t.end, reason: mask.kind === 'reference' ? 'drop.reference' : 'drop.furniture', rule: mask.rule, keptAsOther: false });
      return !mask;
    })
    .sort((a, b) => a.start - b.start);

  const rowUnit = readRowUnit(key, s, e);
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as NumberToken;
    const rules: string[] = [];
    let valueMax: number | null = null;
    let lastEnd = tok.end;
    // a range: "600 đến 800", "65 – 70%", "65% - 70%"
    const next = tokens[i + 1];
    if (next) {
      let p = tok.end;
      const pct = applyAt(R.percent, key, p, next.start);
      if (pct) p = pct.end;
      // (… and "7 triệu đến 7,5 triệu đồng": the magnitude said twice, the same both times)
      const mag = pct ? null : applyAt(R.magnitude, key, p, next.start);
      if (mag && applyAt(R.magnitude, key, next.end, e)?.rule === mag.rule) p = mag.end;
      const conn = applyAt(R.range, key, p, next.start + 1);
      if (conn && skipSpaces(key, conn.end, e) === next.start && next.value > tok.value) {
        valueMax = next.value;
        lastEnd = next.end;
        rules.push(conn.rule.id);
        i++;
      }
    }
    let unit = readUnit(key, lastEnd, e);
    let fromRowLabel = false;
    // a table row written as text carries its unit once, in its label:
    // "Tổng số HTX (HTX): Thực hiện 2023 412; Kế hoạch 2025 440"
    if (unit.unitClass === 'bare' && rowUnit && tok.start > rowUnit.colon) {
      unit = { ...rowUnit.unit, end: unit.end, rules: [...rowUnit.unit.rules, 'unit.row_label'] };
      fromRowLabel = true;
    }
    // a count whose noun stood before it: "nâng tổng số HTX toàn tỉnh lên 120."
    if (unit.unitClass === 'bare' && valueMax === null) {
      const implied = impliedNoun(key, s, tok, unit.end, e);
      if (implied)
        unit = { ...unit, unitClass: implied.rule.value.noun, nounSubject: implied.rule.value.subject ?? null, rules: [...unit.rules, implied.rule.id] };
    }
    if (unit.unitClass === 'bare') {
      onDrop({ start: tok.start, end: lastEnd, reason: 'drop.no-unit', rule: 'figure.bare_number', keptAsOther: false });
      continue;
    }
    // "650 tổ" is short for tổ hợp tác only after its sentence has named them ("số tổ hợp tác đạt 650 tổ")
    if (unit.needsNameBefore && !NAMES_BEFORE[unit.needsNameBefore].test(key.slice(s, tok.start))) {
      onDrop({ start: tok.start, end: unit.end, reason: 'drop.short-noun', rule: unit.nounRule ?? 'unit.noun', keptAsOther: false });
      continue;
    }
    // a count written with an English thousands comma ("13,225 thành viên") is no fraction of a body: the comma groups
    // thousands
    const englishThousands =
      valueMax === null && unit.multiplier === 1 && COUNT_CLASSES.has(unit.unitClass) && ENGLISH_THOUSANDS.test(text.slice(tok.start, tok.end));
    if (englishThousands) rules.push('figure.english_thousands');
    // one amount said in two parts: "gần 2 tỷ 300 triệu đồng", "1 triệu 500 nghìn đồng/tháng"
    let value = (englishThousands ? Math.round(tok.value * 1000) : tok.value) * unit.multiplier;
    const part = tokens[i + 1];
    if (valueMax === null && unit.unitClass === 'money' && unit.multiplier >= 1e6 && part && !part.spelled && /^\s*$/u.test(key.slice(unit.end, part.start))) {
      const rest = readUnit(key, part.end, e);
      if (rest.unitClass === 'money' && rest.multiplier > 1 && rest.multiplier < unit.multiplier && part.value * rest.multiplier < unit.multiplier) {
        value += part.value * rest.multiplier;
        rules.push(...(unit.magnitudeRule ? [unit.magnitudeRule] : []), 'unit.compound_amount');
        unit = { ...rest, multiplier: 1 };
        lastEnd = part.end;
        i++;
      }
    }
    rules.push(...unit.rules);

    let comparator: Comparator = 'eq';
    let start = tok.start;
    const left = leftComparator(key, tok.start, s);
    let end = unit.end;
    if (valueMax !== null) {
      comparator = 'range';
      if (left && left.comparator === 'approx') start = left.start;
    } else {
      if (left) {
        comparator = left.comparator;
        start = left.start;
        rules.push(left.rule);
      }
      const right = applyAt(R.rightComparator, key, unit.end, e);
      if (right) {
        // "từ 35 HTX trở lên", "03 HTX trở lên": at least
        comparator = right.rule.value;
        end = right.end;
        rules.push(right.rule.id);
      }
    }
    // trim white space inside the quote span
    while (end > start && key[end - 1] === ' ') end--;
    figures.push({
      start,
      end,
      numStart: tok.start,
      numEnd: lastEnd,
      unitEnd: unit.end,
      value: roundBase(value, unit.unitClass),
      valueMax: valueMax === null ? null : roundBase(valueMax * unit.multiplier, unit.unitClass),
      unitClass: unit.unitClass,
      nounSubject: unit.nounSubject,
      percentOf: unit.percentOf,
      per: unit.per,
      comparator,
      rules,
      fromRowLabel,
      onlyInSector: unit.onlyInSector,
      creditFunds: unit.creditFunds,
      nounRule: unit.nounRule,
    });
  }
  return figures;
}
