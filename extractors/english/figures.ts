/**
 * Figures of one English sentence: a number (or range) with the noun phrase it counts,
 * its money or percentage, its rate denominator and the comparator bound to it. Numbers
 * that are years, dates, ordinals, references ("Resolution 20"), numbered places ("Ward
 * 5") or page furniture are no figures; foreign money is kept as a figure that makes no
 * record, so that it still separates the phrases around it ("VND 4.3 billion (US$188,900)").
 */
import type { Comparator, Sector, Subject } from '../../pipeline/record.ts';
import type { EnUnitClass } from '../../rules/english/metrics.ts';
import type { EnUnitValue } from '../../rules/english/units.ts';
import type { EnHit, EnSentence, EnTerm, EnglishText } from './engine.ts';
import { readDigits, readNumbers, type EnNumber } from './numbers.ts';
import { EN } from './rulesets.ts';
import { EN_WORDS, wordSet } from '../../rules/english/words.ts';
/** "60% of all cooperatives": words between "of" and the body a share is of. */
const SHARE_DETERMINERS = wordSet(EN_WORDS.shareDeterminers);
/** Words that may stand between the heads of a "respectively" list. */
const LIST_JOINER_MODIFIER = wordSet(EN_WORDS.listJoinerModifier);

export interface EnFigure {
  /** Quote: term range [a, b) and its characters [start, end). */
  a: number;
  b: number;
  start: number;
  end: number;
  /** The number itself: terms [numA, numB). */
  numA: number;
  numB: number;
  /** Modifiers between the number and its head noun ("new agricultural"): [modA, modB). */
  modA: number;
  modB: number;
  /** End of the noun phrase (after the head and any rate denominator). */
  npEnd: number;
  value: number;
  valueMax: number | null;
  comparator: Comparator;
  unitClass: EnUnitClass | 'foreign';
  /** The body its head noun names ("cooperative groups" → tht) or its modifier ("cooperative members" → htx). */
  nounSubject: Subject | null;
  nounSector: Sector | null;
  /** "60% of cooperatives": whose share it is. */
  percentOf: Subject | null;
  per: { month: boolean; year: boolean; person: boolean; coop: boolean };
  rules: string[];
  /** Its noun was not written: the figure before it counts the same ("… 3 in Dien Bien and 2 in Muong Cha"). */
  nounOfPrevious?: true;
  /** Counted by a noun of a list named before it and matched by "respectively": the terms [a, b) of that list. */
  namedBy?: { a: number; b: number };
  /** A part counted in the noun of the whole after it: the 24 of "24 of the province's 63 cooperatives". */
  partOfWhole?: true;
  /** The whole after a part: the 63 of "24 of the province's 63 cooperatives" (all there are, whatever the verb says). */
  wholeOfPart?: true;
}

const PUNCT = /[,;:()[\]]/u;
/** Words that may stand between a number and its head noun ("742 newly established cooperatives"). */
const NP_WORDS = wordSet(EN_WORDS.nounPhrase);

function isReal(t: EnTerm | undefined): t is EnTerm {
  return t !== undefined && t.text.length > 0;
}

function hitAt<V>(hits: readonly EnHit<V>[], a: number): EnHit<V> | undefined {
  let best: EnHit<V> | undefined;
  for (const h of hits) {
    if (h.a !== a) continue;
    if (!best || (h.rule.priority ?? 0) > (best.rule.priority ?? 0) || ((h.rule.priority ?? 0) === (best.rule.priority ?? 0) && h.b > best.b)) best = h;
  }
  return best;
}

function hitEndingAt<V>(hits: readonly EnHit<V>[], b: number): EnHit<V> | undefined {
  let best: EnHit<V> | undefined;
  for (const h of hits) if (h.b === b && (!best || h.a < best.a)) best = h;
  return best;
}

function nextReal(terms: readonly EnTerm[], i: number): number {
  let j = i;
  while (j < terms.length && (terms[j] as EnTerm).text.length === 0) j++;
  return j;
}

/** The rates a slash with spaces around it can give: "… million / month / person". */
const SLASH_RATE: Readonly<Record<string, 'month' | 'year' | 'person'>> = {
  month: 'month',
  year: 'year',
  person: 'person',
  capita: 'person',
  member: 'person',
  worker: 'person',
};

function broken(terms: readonly EnTerm[], k: number): boolean {
  // punctuation after term k (or after the empty terms compromise adds behind it)
  for (let j = k; j < terms.length; j++) {
    const t = terms[j] as EnTerm;
    if (j > k && t.text.length > 0) return PUNCT.test(t.pre);
    if (PUNCT.test(t.post)) return true;
  }
  return false;
}

interface NounPhrase {
  head: EnHit<EnUnitValue> | null;
  modA: number;
  modB: number;
  end: number;
}

/** The noun phrase after a number: modifiers, then the last unit head before a stop. */
function nounPhrase(s: EnSentence, units: readonly EnHit<EnUnitValue>[], from: number): NounPhrase {
  const terms = s.terms;
  let k = nextReal(terms, from);
  let head: EnHit<EnUnitValue> | null = null;
  let headA = k;
  const limit = Math.min(terms.length, from + 8);
  while (k < limit) {
    const t = terms[k] as EnTerm;
    if (t.text.length === 0) {
      k++;
      continue;
    }
    const u = hitAt(units, k);
    // a singular word of a kind ("cooperative", "member") is a modifier when a noun follows it
    const nextIsNoun = isReal(terms[nextReal(terms, k + 1)]) && (terms[nextReal(terms, k + 1)] as EnTerm).tags.has('Noun') && !broken(terms, k);
    if (u && !(u.b - u.a === 1 && !t.tags.has('Plural') && nextIsNoun && hitAt(units, nextReal(terms, u.b)))) {
      head = u;
      headA = k;
      k = u.b;
      if (broken(terms, u.b - 1)) break;
      continue;
    }
    if (head) break;
    // a star grade before the noun is part of its phrase: "30 4-star products"
    if (isStarGrade(terms, k)) {
      k = nextReal(terms, k + 1) + 1;
      continue;
    }
    const word = t.normal;
    // … and so are two grades joined: "34 3-star and 4-star OCOP products"
    if ((word === 'and' || word === 'or') && isStarGrade(terms, nextReal(terms, k + 1))) {
      k++;
      continue;
    }
    // (a word right before a head belongs to the phrase, whatever its tag: "18 transport cooperatives"; so do two or
    // three words before one: "1,424 trading and service cooperatives", "846 construction and material production cooperatives")
    let beforeHead = false;
    for (let j = nextReal(terms, k + 1), steps = 0; j < terms.length && steps < 4; j = nextReal(terms, j + 1), steps++) {
      if (hitAt(units, j) !== undefined) {
        beforeHead = true;
        break;
      }
      const u = terms[j] as EnTerm;
      if (broken(terms, j) || u.tags.has('Value') || u.tags.has('Preposition') || u.tags.has('Determiner')) break;
    }
    const modifier =
      NP_WORDS.has(word) ||
      (!t.tags.has('Value') &&
        !t.tags.has('Preposition') &&
        !t.tags.has('Determiner') &&
        !t.tags.has('Pronoun') &&
        !t.tags.has('Conjunction') &&
        (beforeHead || t.tags.has('Adjective') || t.tags.has('Acronym') || (t.tags.has('Noun') && !t.tags.has('Possessive')) || t.tags.has('Hyphenated')));
    if (!modifier || broken(terms, k)) break;
    // "and"/"or" only inside a phrase that goes on to a head ("trade and service cooperatives")
    if ((word === 'and' || word === 'or') && !beforeHead) break;
    k++;
  }
  if (!head) return { head: null, modA: from, modB: from, end: from };
  return { head, modA: from, modB: headA, end: head.b };
}

/** A star grade: "4-star", "3 star" (compromise splits "4-star" into "4" and "star"). */
function isStarGrade(terms: readonly EnTerm[], k: number): boolean {
  const t = terms[k];
  return isReal(t) && /^[1-5]$/u.test(t.text) && terms[nextReal(terms, k + 1)]?.normal === 'star';
}

/** "60% of cooperatives", "45 percent of the members": the body a share is of. */
function shareOf(s: EnSentence, subjects: readonly EnHit<unknown>[], from: number): Subject | null {
  const terms = s.terms;
  let k = nextReal(terms, from);
  if (terms[k]?.normal !== 'of') return null;
  k = nextReal(terms, k + 1);
  while (k < terms.length && SHARE_DETERMINERS.has((terms[k] as EnTerm).normal)) k = nextReal(terms, k + 1);
  for (let j = k; j < Math.min(terms.length, k + 4); j++) {
    const h = hitAt(subjects as readonly EnHit<string>[], j);
    if (h && (h.rule.value === 'htx' || h.rule.value === 'tht' || h.rule.value === 'lhhtx' || h.rule.value === 'kttt')) return h.rule.value;
  }
  return null;
}

/** Every figure of sentence s. */
export function findFigures(text: EnglishText, s: EnSentence): EnFigure[] {
  const terms = s.terms;
  const units = text.hitsOf(EN, 'unit', s.n);
  const per = text.hitsOf(EN, 'per', s.n);
  const noise = text.hitsOf(EN, 'noise', s.n);
  const leftCmp = text.hitsOf(EN, 'leftComparator', s.n);
  const rightCmp = text.hitsOf(EN, 'rightComparator', s.n);
  const range = text.hitsOf(EN, 'range', s.n);
  const metric = text.hitsOf(EN, 'metric', s.n);
  const subjects = text.hitsOf(EN, 'subject', s.n);
  const out: EnFigure[] = [];
  const numbers = readNumbers(text, s);
  for (const n0 of numbers) {
    // "rose from 320 to 500": a change between two figures, not a range
    const opener = hitEndingAt(range, n0.a);
    // (and "increased by 150 to 620": the change, then the level it reached)
    const changes = metric.filter((h) => h.rule.value.change !== undefined && h.rule.value.where === 'left');
    const changeFrom =
      n0.range === 'to' && (opener?.rule.value === 'from' ? hitEndingAt(changes, opener.a) !== undefined : hitEndingAt(changes, n0.a) !== undefined);
    const unranged = n0.rules.filter((r) => !n0.rangeRules.includes(r));
    const parts: EnNumber[] =
      changeFrom && n0.secondA !== null && n0.valueMax !== null
        ? [
            { ...n0, b: n0.secondA - 1, valueMax: null, range: null, rules: unranged, rangeRules: [] },
            {
              ...n0,
              a: n0.secondA,
              numA: n0.secondA,
              value: n0.valueMax,
              valueMax: null,
              range: null,
              rules: unranged,
              rangeRules: [],
            },
          ]
        : [n0];
    for (const n of parts) {
      const rules = [...n.rules];
      const numTerm = terms[n.numA] as EnTerm;
      if (numTerm.tags.has('Ordinal')) continue;
      // a star grade is no figure ("4-star products"; TARGETS.md: a qualifier of an OCOP count)
      if (n.valueMax === null && isStarGrade(terms, n.numA)) continue;
      // (a noise word before a comma is no label of the number: "In the district, 31 cooperatives …")
      const noiseBefore = hitEndingAt(
        noise.filter((h) => h.rule.adjacent === 'before-number' && !broken(terms, h.b - 1)),
        n.a,
      );
      const noiseAfter = hitAt(
        noise.filter((h) => h.rule.context === 'after-number'),
        nextReal(terms, n.b),
      );
      if (noiseBefore || noiseAfter) continue;
      // the noun phrase, or money / a percentage
      let unitClass: EnFigure['unitClass'] = 'bare';
      let nounSubject: Subject | null = null;
      let nounSector: Sector | null = null;
      let modA = n.b;
      let modB = n.b;
      let end = n.b;
      if (n.money === 'foreign') unitClass = 'foreign';
      else if (n.money === 'vnd') unitClass = 'money';
      else if (n.percent) unitClass = 'percent';
      else if (!broken(terms, n.b - 1)) {
        const np = nounPhrase(s, units, n.b);
        if (np.head) {
          if (np.head.rule.value.cls === 'not_ours') continue;
          unitClass = np.head.rule.value.cls;
          nounSubject = np.head.rule.value.subject ?? null;
          nounSector = np.head.rule.value.sector ?? null;
          rules.push(np.head.rule.id);
          modA = np.modA;
          modB = np.modB;
          end = np.end;
          // "25,000 cooperative members": the kind in the modifiers
          if (!nounSubject) {
            for (let k = np.modA; k < np.modB; k++) {
              const sh = hitAt(subjects, k);
              if (sh && sh.b <= np.modB && (sh.rule.value === 'htx' || sh.rule.value === 'tht' || sh.rule.value === 'lhhtx' || sh.rule.value === 'kttt')) {
                nounSubject = sh.rule.value;
                break;
              }
            }
          }
        }
      }
      // years, dates, times: no figure unless they count something ("2,030 members")
      if ((n.yearLike || n.dateLike) && (unitClass === 'bare' || unitClass === 'places')) continue;
      // … nor when words stand between a year and the noun: "a 2019 national forum on cooperatives" names an event
      if (n.yearLike && modB > modA) continue;
      if (n.words && unitClass === 'bare') continue;
      // "at least one cooperative", "one of the cooperatives": one alone counts nothing
      if (n.words && n.value === 1 && n.valueMax === null) continue;
      // a count is a whole number ("1.2" before a noun that counts is something else; "23.300 cooperatives" groups
      // thousands with a dot, read below)
      if (
        unitClass !== 'money' &&
        unitClass !== 'percent' &&
        unitClass !== 'bare' &&
        unitClass !== 'foreign' &&
        !Number.isInteger(n.value) &&
        !n.magnitude &&
        !/^\d{1,3}\.\d{3}$/u.test(n.digits[0] ?? '')
      )
        continue;
      // denominators: "VND 5.4 million per person per month", "/year"
      const perFlags = { ...n.per };
      let perSubject: Subject | null = null;
      for (let guard = 0; guard < 3; guard++) {
        // a rate written with spaced slashes: "VND 10 to 12 million / month / person"
        // (compromise makes the slash a term of its own)
        const slash = nextReal(terms, end);
        const rate = nextReal(terms, slash + 1);
        const slashed = terms[slash]?.text === '/' ? SLASH_RATE[terms[rate]?.normal ?? ''] : undefined;
        if (slashed) {
          perFlags[slashed] = true;
          rules.push('en.per.slash');
          end = rate + 1;
          continue;
        }
        if (broken(terms, end - 1)) break;
        const p = hitAt(per, nextReal(terms, end));
        if (!p) break;
        perFlags[p.rule.value.per] = true;
        perSubject ??= p.rule.value.subject ?? null;
        rules.push(p.rule.id);
        end = p.b;
      }
      // "VND 2,500 million/year/cooperative": money per cooperative is the cooperatives' (the denominator names the body)
      if (unitClass === 'money' && perFlags.coop && nounSubject === null) nounSubject = perSubject ?? 'htx';
      // "1.500 cooperatives": dots group thousands when the unit is a count
      let value = n.value;
      let valueMax = n.valueMax;
      const countish = unitClass !== 'money' && unitClass !== 'percent' && unitClass !== 'bare' && unitClass !== 'foreign' && !n.magnitude;
      if (countish && n.digits[0] && /^\d{1,3}\.\d{3}$/u.test(n.digits[0])) value = readDigits(n.digits[0], true);
      if (countish && valueMax !== null && n.digits[1] && /^\d{1,3}\.\d{3}$/u.test(n.digits[1])) valueMax = readDigits(n.digits[1], true);
      // comparator: "more than 1,200", "between 600 and 800", "30 cooperatives or more"
      let comparator: Comparator = 'eq';
      let a = n.a;
      if (valueMax !== null) {
        comparator = 'range';
        const op = hitEndingAt(range, n.a);
        if (op) {
          a = op.a;
          rules.push(op.rule.id);
        }
      } else {
        // (… also over "another" between: "at least another 13 cooperatives")
        const another = ADDITIVE.has(terms[n.a - 1]?.normal ?? '') ? n.a - 1 : -1;
        const lc = hitEndingAt(leftCmp, n.a) ?? hitEndingAt(leftCmp, n.numA) ?? (another > 0 ? hitEndingAt(leftCmp, another) : undefined);
        if (lc) {
          comparator = lc.rule.value;
          a = Math.min(a, lc.a);
          rules.push(lc.rule.id);
        }
        const rc = !broken(terms, end - 1) ? hitAt(rightCmp, nextReal(terms, end)) : undefined;
        if (rc && comparator === 'eq') {
          comparator = rc.rule.value;
          end = rc.b;
          rules.push(rc.rule.id);
        }
      }
      const first = terms[nextReal(terms, a)] as EnTerm;
      let lastIdx = end - 1;
      while (lastIdx > a && (terms[lastIdx] as EnTerm).text.length === 0) lastIdx--;
      const last = terms[lastIdx] as EnTerm;
      out.push({
        a,
        b: end,
        start: first.start,
        end: last.end,
        numA: n.numA,
        numB: n.b,
        modA,
        modB,
        npEnd: end,
        value,
        valueMax,
        comparator,
        unitClass,
        nounSubject,
        nounSector,
        percentOf: unitClass === 'percent' ? shareOf(s, subjects, n.b) : null,
        per: perFlags,
        rules,
      });
    }
  }
  impliedUnits(s, units, out);
  return out;
}

/** A word that makes the number after it an addition: "at least another 13". */
const ADDITIVE = wordSet(EN_WORDS.additive);
const COUNTED: ReadonlySet<string> = new Set(['coop', 'members', 'workers', 'persons', 'managers', 'products']);
/** Words between a noun and the bare number that counts it: "members numbered 26,000", "groups: 1,100". */
const IMPLIED_GLUE = wordSet(EN_WORDS.impliedGlue);

/** Words of a count noun's own between "the number of" and it: "the number of newly established cooperatives". */
const NOUN_MODIFIER = wordSet(EN_WORDS.nounModifier);
/** "The highest number of cooperatives" compares places; it counts none. */
const SUPERLATIVE = wordSet(EN_WORDS.superlative);
/** More cooperatives or groups than any count of them (the country had about 30,000 and 70,000 in the 2020s): a bare number above is no count of bodies. */
const MOST_BODIES = 1_000_000;
/** More people than the country has. */
const MOST_PEOPLE = 150_000_000;

/** Between a part and its whole: "of the", "of the province's", "of its", "out of". */
function PART_OF_WHOLE_GAP(gap: readonly EnTerm[]): boolean {
  const words = gap.filter((t) => t.text.length > 0);
  if (words.length < 1 || words.length > 4) return false;
  const [first, ...rest] = words;
  const opens = first?.normal === 'of' || (first?.normal === 'out' && rest[0]?.normal === 'of');
  return (
    opens &&
    rest.every((t) => t.normal === 'of' || t.normal === 'the' || t.normal === 'its' || t.normal === 'their' || t.normal === 'all' || /['’]s$/u.test(t.text))
  );
}

/**
 * A bare number counts what its sentence named: "the number of cooperatives rose from 320 to
 * 500", "352 cooperatives, of which 132 were newly established", "245 cooperatives in
 * agriculture and 31 in transportation", "now has 1,900 cooperatives and aims to have 2,500".
 */
function impliedUnits(s: EnSentence, units: readonly EnHit<EnUnitValue>[], figures: EnFigure[]): void {
  const terms = s.terms;
  respectiveUnits(s, units, figures);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as EnFigure;
    const whole = figures[i + 1];
    // "41 percent of the country's 19,000 cooperatives are …": a share of the whole after it, which says what it is
    if (f.unitClass === 'percent' && whole?.unitClass === 'coop' && PART_OF_WHOLE_GAP(terms.slice(f.b, whole.a))) {
      figures[i] = { ...f, partOfWhole: true };
      figures[i + 1] = { ...whole, wholeOfPart: true };
      continue;
    }
    if (f.unitClass !== 'bare') continue;
    // "24 of the province's 63 agricultural cooperatives": a part counted in the whole's noun, with its field
    if (whole && COUNTED.has(whole.unitClass) && Number.isInteger(f.value) && f.value <= whole.value && PART_OF_WHOLE_GAP(terms.slice(f.b, whole.a))) {
      figures[i] = {
        ...f,
        unitClass: whole.unitClass,
        nounSubject: whole.nounSubject,
        nounSector: whole.nounSector,
        rules: [...f.rules, 'en.unit.implied.part_of_whole'],
        partOfWhole: true,
      };
      figures[i + 1] = { ...whole, wholeOfPart: true };
      continue;
    }
    // (people counted for each body qualify the bodies before them, they are no noun for a bare number after:
    // "Of the 234 cooperatives that have at least seven members each, 78 are in farming")
    let back = i - 1;
    while (back > 0 && (figures[back] as EnFigure).per.coop && COUNTED.has((figures[back] as EnFigure).unitClass)) back--;
    const prev = figures[back];
    const from = figures[i - 1] ? (figures[i - 1] as EnFigure).npEnd : 0;
    const heads = units.filter((h) => h.a >= from && h.b <= f.a && h.rule.value.cls !== 'not_ours' && h.rule.value.cls !== 'places');
    // "the number of cooperatives …", "the total of 25,400 members" (the head right after "number of")
    // (the longest head there: "the number of cooperative unions" counts unions, not cooperatives)
    let named = heads
      .filter((h) => {
        // (a few words of its own may stand between: "the number of newly established cooperatives")
        let k = h.a - 1;
        while (k > h.a - 4 && k > 0 && NOUN_MODIFIER.has(terms[k]?.normal ?? '')) k--;
        const w1 = terms[k]?.normal ?? '';
        const w2 = terms[k - 1]?.normal ?? '';
        return w1 === 'of' && (w2 === 'number' || w2 === 'numbers' || w2 === 'total' || w2 === 'count') && !SUPERLATIVE.has(terms[k - 2]?.normal ?? '');
      })
      .sort((x, y) => y.a - x.a || y.b - x.b)[0];
    // … whose phrase goes on to its own head: "the number of cooperative members" counts members
    for (let guard = 0; named && guard < 3; guard++) {
      const end: number = named.b;
      const further = heads.find((h) => h.a === end);
      if (!further) break;
      named = further;
    }
    // "Cooperative members numbered 26,000", "Cooperative groups: 1,100"
    if (!named) {
      const last = [...heads].sort((x, y) => y.b - x.b || x.a - y.a)[0];
      if (last && terms.slice(last.b, f.a).every((t) => t.text.length === 0 || IMPLIED_GLUE.has(t.normal))) named = last;
    }
    let source: EnUnitValue | null = named ? named.rule.value : null;
    let rule = 'en.unit.implied.number_of';
    let ofPrevious = false;
    // "610 agricultural cooperatives and 233 non-agricultural ones": "ones" takes the noun before it, the words
    // between the number and it are its own modifiers (its field among them)
    const ones = terms.slice(f.b, f.b + 4).findIndex((t) => t.normal === 'ones');
    const onesAt = ones >= 0 ? f.b + ones : -1;
    // (… not a number with a plural noun of its own that is no unit: "34 brands with packaging labels" counts brands)
    const nounAfter = terms[nextReal(terms, f.b)];
    const ownNoun = onesAt < 0 && isReal(nounAfter) && nounAfter.tags.has('Noun') && nounAfter.tags.has('Plural') && !nounAfter.tags.has('Value');
    if (!source && prev && heads.length === 0 && COUNTED.has(prev.unitClass) && !ownNoun) {
      source = {
        cls: prev.unitClass as EnUnitValue['cls'],
        ...(prev.nounSubject ? { subject: prev.nounSubject } : {}),
        ...(prev.nounSector && prev.unitClass === 'coop' && onesAt <= f.b ? { sector: prev.nounSector } : {}),
      };
      rule = 'en.unit.implied.previous';
      ofPrevious = true;
    }
    if (!source || !COUNTED.has(source.cls) || !Number.isInteger(f.value)) continue;
    // (a bare "110 billion" is an amount of money whose currency went unsaid, no count of bodies or people)
    if (f.value > (source.cls === 'coop' ? MOST_BODIES : MOST_PEOPLE)) continue;
    figures[i] = {
      ...f,
      ...(ofPrevious && onesAt > f.b ? { modA: f.b, modB: onesAt, npEnd: onesAt + 1 } : {}),
      unitClass: source.cls as EnUnitClass,
      nounSubject: source.subject ?? null,
      nounSector: source.sector ?? null,
      rules: [...f.rules, rule],
      ...(ofPrevious ? { nounOfPrevious: true as const } : {}),
    };
  }
}

/** Only list glue between two nouns of a list: commas, "and", "as well as". */
function LIST_GAP(gap: readonly EnTerm[]): boolean {
  return gap.every((t) => t.text.length === 0 || t.normal === 'and' || t.normal === ',' || t.normal === 'as' || t.normal === 'well');
}

/**
 * Bare numbers listed in the order of the nouns named before them, closed by "respectively": "the number of new
 * cooperative groups, cooperatives and unions will reach 900, 120 and 6 respectively" counts 900 groups, 120
 * cooperatives and 6 unions. As many numbers as nouns, the nouns one coordinated list, or none is read.
 */
function respectiveUnits(s: EnSentence, units: readonly EnHit<EnUnitValue>[], figures: EnFigure[]): void {
  const terms = s.terms;
  const resp = terms.findIndex((t) => t.normal === 'respectively');
  if (resp < 0) return;
  // the run of bare numbers right before "respectively", joined by commas and "and"
  const run: number[] = [];
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i] as EnFigure;
    const next = run.length > 0 ? (figures[run[0] as number] as EnFigure).a : resp;
    if (f.b > resp || !LIST_GAP(terms.slice(f.npEnd, next))) {
      if (run.length > 0) break;
      continue;
    }
    if (f.unitClass !== 'bare' || !Number.isInteger(f.value)) break;
    run.unshift(i);
  }
  if (run.length < 2) return;
  const first = figures[run[0] as number] as EnFigure;
  // the coordinated list of count nouns nearest before the numbers
  const heads = [...units]
    .filter((h) => h.b <= first.a && COUNTED.has(h.rule.value.cls))
    .sort((x, y) => x.a - y.a || y.b - x.b)
    .filter((h, k, all) => k === 0 || h.a >= (all[k - 1] as EnHit<EnUnitValue>).b);
  const list: EnHit<EnUnitValue>[] = [];
  for (let k = heads.length - 1; k >= 0; k--) {
    const h = heads[k] as EnHit<EnUnitValue>;
    const after = list[0];
    if (after && !LIST_GAP(terms.slice(h.b, after.a).filter((t) => !LIST_JOINER_MODIFIER.has(t.normal)))) break;
    list.unshift(h);
  }
  if (list.length !== run.length) return;
  run.forEach((i, k) => {
    const f = figures[i] as EnFigure;
    const head = (list[k] as EnHit<EnUnitValue>).rule.value;
    if (f.value > (head.cls === 'coop' ? MOST_BODIES : MOST_PEOPLE)) return;
    figures[i] = {
      ...f,
      unitClass: head.cls as EnUnitClass,
      nounSubject: head.subject ?? null,
      nounSector: head.sector ?? null,
      rules: [...f.rules, 'en.unit.implied.respectively'],
      namedBy: { a: (list[0] as EnHit<EnUnitValue>).a, b: (list[list.length - 1] as EnHit<EnUnitValue>).b },
    };
  });
}
