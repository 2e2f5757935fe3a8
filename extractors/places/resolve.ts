/**
 * The place a document is about: province (or centrally-run city), district where there is
 * one, and the province it belongs to after the 2025 reorganisation.
 *
 * Each mention (mentions.ts) is read as the units it can stand for, given its administrative
 * word and its spelling; its weight goes to those provinces (a district's, in part, to its
 * province) and the province with the highest score wins. A district is kept only when the
 * document is about it (its place line, its issuer, its title), and never for a document
 * dated after the districts were abolished.
 */
import { foldKey, foldPattern } from '../../pipeline/normalise.ts';
import type { RuleExamples } from '../../rules/rule.ts';
import { ADMIN_WORD_RULES, SELF_REFERENCE_RULES } from '../../rules/places/admin-words.ts';
import { CAN_CU_RULE, ISSUER_RULE, PLACE_AFTER_RULE, PLACE_DATE_RULE, PLACE_LINE_RULE, REFERENCE_RULE } from '../../rules/places/cues.ts';
import { DISTRICTS_ABOLISHED_FROM, RENAMED } from '../../rules/places/merge-2025.ts';
import { MENTION_WEIGHTS, PLACE_WINDOWS, RESOLUTION_WEIGHTS as RW } from '../../rules/places/weights.ts';
import { foldName, getGazetteer, type District, type Province } from './gazetteer.ts';
import { countSelfReferences, findMentions, type Evidence, type Mention, type SelfReferences, type Trace } from './mentions.ts';
import { Words } from './words.ts';

/** Every rule and weight the place reader uses, for the rules test: each acts on its examples as the reader reads them. */
export const PLACE_RULES: readonly { readonly id: string; readonly examples: RuleExamples }[] = [
  ...ADMIN_WORD_RULES,
  ...SELF_REFERENCE_RULES,
  PLACE_LINE_RULE,
  PLACE_AFTER_RULE,
  REFERENCE_RULE,
  ISSUER_RULE,
  CAN_CU_RULE,
  PLACE_DATE_RULE,
  ...Object.values(MENTION_WEIGHTS),
  ...Object.values(RW),
];

export interface PlaceMatch {
  province: string;
  district: string | null;
  province_today: string;
}

interface Reading {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
function toneless(s: string): string {
  return s.normalize('NFD').toLowerCase().replace(TONE_MARKS, '').normalize('NFC');
}

/**
 * How closely a name agrees with the text beyond the folded key: 3 the same letters,
 * 2 the same but for tone marks (Hoà/Hòa), 1 only folded ("Tam Đường" and
 * "Tam Dương" share the key "tam duong").
 */
function agreement(name: string, surface: string): number {
  const a = name.toLowerCase();
  const b = surface.toLowerCase().replace(/\s+/gu, ' ');
  if (a === b) return 3;
  return toneless(a) === toneless(b) ? 2 : 1;
}

/** The readings that agree best with how the text writes the name. */
function closest(r: Reading, surface: string): Reading {
  if (r.provinces.length + r.districts.length < 2) return r;
  const lp = r.provinces.map((p) => agreement(p.name, surface));
  const ld = r.districts.map((d) => agreement(d.key, surface));
  const best = Math.max(...lp, ...ld);
  return { provinces: r.provinces.filter((_, i) => lp[i] === best), districts: r.districts.filter((_, i) => ld[i] === best) };
}

/** What a mention can mean, given the administrative word before it and its spelling. */
function readMention(m: Mention): Reading {
  return closest(readAdmin(m), m.surface);
}

function readAdmin(m: Mention): Reading {
  const { entry, admin } = m;
  const provincesOrDistricts = (): Reading =>
    entry.provinces.length > 0 ? { provinces: entry.provinces, districts: [] } : { provinces: [], districts: entry.districts };
  switch (admin.kind) {
    case 'province':
      return { provinces: entry.provinces, districts: [] };
    case 'city': {
      const cities = entry.provinces.filter((p) => p.kind === 'thanh-pho');
      if (cities.length > 0) return { provinces: cities, districts: [] };
      if (entry.districts.length > 0) {
        const dc = entry.districts.filter((d) => d.kind === 'thanh-pho');
        return { provinces: [], districts: dc.length > 0 ? dc : entry.districts };
      }
      return { provinces: entry.provinces, districts: [] };
    }
    case 'district': {
      if (entry.districts.length === 0) return { provinces: entry.provinces, districts: [] };
      const typed = entry.districts.filter((d) => d.kind === admin.type);
      return { provinces: [], districts: typed.length > 0 ? typed : entry.districts };
    }
    default:
      // The place line names the issuing unit, usually the district ("Tam Đường, ngày …").
      if (m.placeLine && entry.districts.length > 0 && entry.provinces.length === 0) return { provinces: [], districts: entry.districts };
      return provincesOrDistricts();
  }
}

/**
 * A provincial body heads the document: its first named unit, before any place
 * line, is a province ("UBND TỈNH ĐẮK LẮK / SỞ … / Buôn Ma Thuột, ngày …"), so a
 * district in the place line is only where the body sits.
 */
function provincialIssuer(mentions: readonly Mention[]): boolean {
  const firstPlace = mentions.find((m) => m.placeLine);
  const firstNamed = mentions.find((m) => m.admin.kind === 'province' || m.admin.kind === 'city' || m.admin.kind === 'district');
  if (firstPlace === undefined || firstNamed === undefined || firstNamed.start > firstPlace.start) return false;
  return readMention(firstNamed).provinces.length > 0;
}

const DATE = new RegExp(foldPattern(PLACE_DATE_RULE.pattern));

/** The first date of the document's header (YYYY*100+MM), or null. */
function firstDate(key: string, trace: Trace): number | null {
  const dm = DATE.exec(key.slice(0, PLACE_WINDOWS.header));
  if (dm === null) return null;
  const month = Number(dm[2] ?? dm[5]);
  const year = Number(dm[3] ?? dm[6]);
  if (month < 1 || month > 12) return null;
  trace?.add(PLACE_DATE_RULE.id);
  return year * 100 + month;
}

/** The scores of a text's mentions, by GSO code. */
interface Scores {
  /** Every mention's weight, a district's in part (RESOLUTION_WEIGHTS). */
  readonly province: ReadonlyMap<string, number>;
  /** Only the mentions that name the province itself. */
  readonly provinceDirect: ReadonlyMap<string, number>;
  readonly district: ReadonlyMap<string, number>;
  /** Where each district's mentions stand, taken together. */
  readonly districtEvidence: ReadonlyMap<string, Evidence>;
  readonly districts: ReadonlyMap<string, District>;
  /** Where each province is first named (directly, or by a district of no other province). */
  readonly firstSeen: ReadonlyMap<string, number>;
}

const NO_EVIDENCE: Evidence = { placeLine: false, issuer: false, title: false, opening: false };

function scoreMentions(mentions: readonly Mention[], trace: Trace): Scores {
  const province = new Map<string, number>();
  const provinceDirect = new Map<string, number>();
  const district = new Map<string, number>();
  const districtEvidence = new Map<string, Evidence>();
  const firstSeen = new Map<string, number>();
  const districts = new Map<string, District>();
  const add = (m: Map<string, number>, k: string, v: number): void => {
    m.set(k, (m.get(k) ?? 0) + v);
  };
  for (const m of mentions) {
    const r = readMention(m);
    for (const p of r.provinces) if (!firstSeen.has(p.code)) firstSeen.set(p.code, m.start);
    if (r.districts.length > 0 && new Set(r.districts.map((d) => d.province.code)).size === 1) {
      const pc = (r.districts[0] as District).province.code;
      if (!firstSeen.has(pc)) firstSeen.set(pc, m.start);
    }
    for (const p of r.provinces) {
      add(province, p.code, m.weight / r.provinces.length);
      add(provinceDirect, p.code, m.weight / r.provinces.length);
    }
    if (r.districts.length > 0) {
      const parents = new Set(r.districts.map((d) => d.province.code));
      // An ambiguous district name adds little to each of its provinces.
      const ambiguous = parents.size > 1;
      trace?.add((ambiguous ? RW.ambiguousDistrict : RW.districtShare).id);
      const share = ambiguous ? RW.districtShare.value / (RW.ambiguousDistrict.value * parents.size) : RW.districtShare.value;
      const bare = m.admin.kind === 'none' && !m.placeLine;
      if (bare) trace?.add(RW.bareDistrict.id);
      const w = bare ? m.weight * RW.bareDistrict.value : m.weight;
      for (const pc of parents) add(province, pc, w * share);
      for (const d of r.districts) {
        districts.set(d.code, d);
        add(district, d.code, w);
        const h = districtEvidence.get(d.code) ?? NO_EVIDENCE;
        districtEvidence.set(d.code, {
          placeLine: h.placeLine || m.evidence.placeLine,
          issuer: h.issuer || m.evidence.issuer,
          title: h.title || m.evidence.title,
          opening: h.opening || m.evidence.opening,
        });
      }
    }
  }
  return { province, provinceDirect, district, districtEvidence, districts, firstSeen };
}

/** The province with the highest score (on a tie, the one named first), if it reaches the minimum. */
function topProvince(scores: Scores, trace: Trace): Province | null {
  const { firstSeen } = scores;
  const ranked = [...scores.province.entries()].sort((x, y) => y[1] - x[1] || (firstSeen.get(x[0]) ?? Infinity) - (firstSeen.get(y[0]) ?? Infinity));
  const top = ranked[0];
  if (top === undefined) return null;
  if (top[1] < RW.minScore.value) {
    trace?.add(RW.minScore.id);
    return null;
  }
  return getGazetteer().byCode.get(top[0]) ?? null;
}

/**
 * The district: the best-scored one of this province, kept only when the document is
 * about it: named in the place line (unless a provincial body heads a provincial
 * document and only sits there); or as issuer or in the title (and, where the document
 * speaks of "toàn tỉnh" more than of "toàn huyện", weighing as much as the province); or
 * in the opening of a document that speaks of "toàn huyện".
 */
function ownDistrict(scores: Scores, province: Province, self: SelfReferences, mentions: readonly Mention[]): District | null {
  let district: District | null = null;
  let best = 0;
  for (const [code, s] of scores.district) {
    const d = scores.districts.get(code);
    if (d === undefined || d.province.code !== province.code) continue;
    if (s > best) {
      best = s;
      district = d;
    }
  }
  if (district === null) return null;
  const h = scores.districtEvidence.get(district.code) ?? NO_EVIDENCE;
  const direct = scores.provinceDirect.get(province.code) ?? 0;
  const districtLevel = self.district > self.province;
  const provinceLevel = self.province > self.district;
  const strong = h.placeLine || h.issuer || h.title;
  let keep: boolean;
  if (h.placeLine) keep = !(provinceLevel && provincialIssuer(mentions));
  else if (provinceLevel) keep = strong && best >= direct;
  else if (districtLevel) keep = strong || h.opening;
  else keep = strong;
  return keep ? district : null;
}

/**
 * Recognise the place a document is about, or null when it names none (or only
 * "Việt Nam", "Trung ương"). `nfcKey`: the matching key of `raw` when `raw` is
 * already NFC (pipeline/normalise.ts), so the text is not folded twice. `trace`
 * collects the ids of the rules and weights that acted.
 */
export function recognisePlace(raw: string, nfcKey?: string, trace?: Trace): PlaceMatch | null {
  const text = nfcKey === undefined ? raw.normalize('NFC') : raw;
  const key = nfcKey ?? foldKey(text);
  const words = new Words(text, key);
  const mentions = findMentions(words, getGazetteer(), trace);
  if (mentions.length === 0) return null;
  const self = countSelfReferences(words, trace);
  const dated = firstDate(key, trace);
  const scores = scoreMentions(mentions, trace);
  const province = topProvince(scores, trace);
  if (province === null) return null;
  const district = ownDistrict(scores, province, self, mentions);

  // Renamed before the merger (Thừa Thiên Huế → Huế on 1 January 2025): a document
  // dated since names the new unit, which has no districts of the old kind.
  if (dated !== null) {
    for (const r of RENAMED) {
      if (foldName(r.from) === foldName(province.name) && dated >= r.since) {
        return { province: r.to, district: null, province_today: province.today };
      }
    }
  }
  // Since the 2025 reform there are no districts.
  if (dated !== null && dated >= DISTRICTS_ABOLISHED_FROM) return { province: province.name, district: null, province_today: province.today };
  return { province: province.name, district: district?.name ?? null, province_today: province.today };
}

/** The ids of every place rule and weight that acted while `text` was read (see PLACE_RULES). */
export function placeRulesFired(text: string): ReadonlySet<string> {
  const trace = new Set<string>();
  recognisePlace(text, undefined, trace);
  return trace;
}
