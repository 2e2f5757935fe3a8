/**
 * A deterministic benchmark corpus made from the seed documents.
 *
 * Each document starts from one seed (in turn) and is varied with a seeded PRNG:
 * province and district names swapped, every year shifted by the same offset,
 * figures redrawn in the same written shape ("1.715" stays a dotted thousands
 * group, "0,53" a comma decimal, "05" a zero-padded count), sentences inside a
 * paragraph reordered, and the text padded with paragraphs of the other seeds
 * (varied the same way) up to a drawn size. The same seed gives the same bytes.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_VERSION = 'bench-corpus-1';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Lai Châu',
  'Điện Biên',
  'Bắc Kạn',
  'Lào Cai',
  'Yên Bái',
  'Hà Giang',
  'Cao Bằng',
  'Sơn La',
  'Hòa Bình',
  'Thái Nguyên',
  'Tuyên Quang',
  'Phú Thọ',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thanh Hóa',
  'Ninh Bình',
  'Nam Định',
  'Thái Bình',
  'Hải Dương',
  'Hưng Yên',
  'Bắc Giang',
  'Lạng Sơn',
  'Quảng Ninh',
  'Đắk Lắk',
  'Gia Lai',
  'Kon Tum',
  'Lâm Đồng',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Kiên Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Hậu Giang',
  'Tây Ninh',
  'Bình Phước',
];
const DISTRICTS = [
  'Tam Đường',
  'Mường Tè',
  'Sìn Hồ',
  'Phong Thổ',
  'Than Uyên',
  'Tân Uyên',
  'Nậm Nhùn',
  'Tuần Giáo',
  'Mường Chà',
  'Điện Biên Đông',
  'Chợ Đồn',
  'Ba Bể',
  'Na Rì',
  'Bạch Thông',
];
const SEED_PLACES = /Lai Châu|Điện Biên|Bắc Kạn/gu;
const SEED_DISTRICTS = /Tam Đường/gu;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Redraw one written number in the same shape; years are shifted, not redrawn. */
function varyNumber(raw: string, r: () => number, yearShift: number): string {
  if (/^(19|20)\d\d$/.test(raw)) {
    const y = Number(raw) + yearShift;
    return String(y);
  }
  const digit = (first: boolean) => String(first ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10));
  let out = '';
  let first = true;
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') {
      // keep leading zeros of zero-padded counts ("05", "02")
      if (first && ch === '0' && raw.length > 1 && /^0\d$/.test(raw)) out += '0';
      else out += digit(first && raw.length > 1 && !/^0[.,]/.test(raw));
      first = false;
    } else {
      out += ch;
      if (ch === ',' || ch === '.') first = false;
    }
  }
  return out;
}

/** Vary a paragraph: places, years, figures (not dates, not numbering), sentence order. */
function varyText(text: string, r: () => number, province: string, district: string, yearShift: number, shuffle: boolean): string {
  let t = text.replace(SEED_PLACES, () => (r() < 0.8 ? province : pick(r, PROVINCES))).replace(SEED_DISTRICTS, district);
  // numbers not glued to "/" (dates, document numbers) and not at a line start (outline numbering)
  t = t.replace(/(?<![\d/.,]|^\s*)\d+(?:[.,]\d+)*(?![\d/])/gmu, (m) => varyNumber(m, r, yearShift));
  if (shuffle) {
    t = t
      .split('\n')
      .map((line) => {
        if (line.length < 160 || r() < 0.5 || /^\s*(?:[-+•*]|\d+[.)]|[a-z]\))/u.test(line)) return line;
        const parts = line.split(/(?<=\.)\s+(?=\p{Lu})/u);
        if (parts.length < 3) return line;
        const head = parts.shift() as string;
        for (let i = parts.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
        }
        return [head, ...parts].join(' ');
      })
      .join('\n');
  }
  return t;
}

export interface CorpusPlan {
  dir: string;
  seed: number;
  minDocs: number;
  minBytes: number;
  /** Extra prefix corpora (hard links to the first documents), by size in bytes. */
  prefixes: { dir: string; bytes: number }[];
}

export interface CorpusInfo {
  docs: number;
  bytes: number;
  prefixes: { dir: string; docs: number; bytes: number }[];
}

function seedTexts(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
}

/** Paragraphs worth padding with: real sentences, not page furniture. */
function paragraphPool(seeds: string[]): string[] {
  const pool: string[] = [];
  for (const s of seeds) {
    for (const line of s.split('\n')) {
      const l = line.trim();
      if (l.length >= 80 && /\p{L}{2,}.*[.:;]$/u.test(l) && !/^\*\*/u.test(l)) pool.push(l);
    }
  }
  return pool;
}

/** Generate (or reuse, when the manifest matches) the corpus. */
export function ensureCorpus(plan: CorpusPlan, seedsDir = 'seeds'): CorpusInfo {
  const manifestPath = join(plan.dir, 'MANIFEST.json');
  const want = JSON.stringify({ version: CORPUS_VERSION, seed: plan.seed, minDocs: plan.minDocs, minBytes: plan.minBytes, prefixes: plan.prefixes });
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { plan: string; info: CorpusInfo };
    if (m.plan === want && m.info.prefixes.every((p) => existsSync(p.dir))) return m.info;
  }
  rmSync(plan.dir, { recursive: true, force: true });
  for (const p of plan.prefixes) rmSync(p.dir, { recursive: true, force: true });
  mkdirSync(plan.dir, { recursive: true });

  const seeds = seedTexts(seedsDir);
  const pool = paragraphPool(seeds);
  const r = prng(plan.seed);
  const files: { rel: string; bytes: number }[] = [];
  let total = 0;
  for (let i = 0; files.length < plan.minDocs || total < plan.minBytes; i++) {
    const province = pick(r, PROVINCES);
    const district = pick(r, DISTRICTS);
    const yearShift = Math.floor(r() * 8) - 4;
    const base = varyText(seeds[i % seeds.length] as string, r, province, district, yearShift, true);
    const lines = base.split('\n');
    // paragraph boundaries only: after a blank line, so no paragraph or list is cut
    const slots = [0, lines.length, ...lines.flatMap((l, k) => (l.trim() === '' ? [k + 1] : []))];
    const target = 12_000 + Math.floor(r() * 28_000);
    let size = Buffer.byteLength(base);
    const inserts: [number, string][] = [];
    while (size < target) {
      const para = varyText(pick(r, pool), r, province, district, yearShift, true);
      inserts.push([pick(r, slots), para]);
      size += Buffer.byteLength(para) + 2;
    }
    inserts.sort((a, b) => b[0] - a[0]);
    for (const [at, para] of inserts) lines.splice(at, 0, '', para, '');
    const text = `${lines
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trimEnd()}\n`;
    const rel = join(`p${String(Math.floor(i / 250)).padStart(2, '0')}`, `doc-${String(i).padStart(5, '0')}.txt`);
    mkdirSync(join(plan.dir, rel, '..'), { recursive: true });
    writeFileSync(join(plan.dir, rel), text);
    const bytes = Buffer.byteLength(text);
    files.push({ rel, bytes });
    total += bytes;
  }
  const prefixes: CorpusInfo['prefixes'] = [];
  for (const p of plan.prefixes) {
    let bytes = 0;
    let docs = 0;
    for (const f of files) {
      if (bytes >= p.bytes) break;
      mkdirSync(join(p.dir, f.rel, '..'), { recursive: true });
      linkSync(join(plan.dir, f.rel), join(p.dir, f.rel));
      bytes += f.bytes;
      docs++;
    }
    prefixes.push({ dir: p.dir, docs, bytes });
  }
  const info: CorpusInfo = { docs: files.length, bytes: total, prefixes };
  writeFileSync(manifestPath, JSON.stringify({ plan: want, info }, null, 2));
  return info;
}
