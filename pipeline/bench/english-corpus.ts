/**
 * A small deterministic English corpus for `npm run bench`: news-style pages about
 * cooperatives built from this project's own sentence patterns (the phrasings of
 * test/corpus/english.ts), with places, years and figures drawn from a seeded PRNG.
 * The same seed gives the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './corpus.ts';

export const ENGLISH_CORPUS_VERSION = 'bench-english-1';

const PLACES = [
  'Dak Lak',
  'Lam Dong',
  'Thai Nguyen',
  'Nghe An',
  'Ha Tinh',
  'Quang Nam',
  'Binh Dinh',
  'Long An',
  'Ben Tre',
  'Dong Thap',
  'An Giang',
  'Ca Mau',
  'Son La',
  'Lao Cai',
  'Bac Giang',
  'Hai Duong',
  'Thanh Hoa',
  'Phu Tho',
  'Tay Ninh',
  'Gia Lai',
];
const KINDS = ['agricultural', 'transport', 'handicraft', 'trade and service', 'environmental sanitation', 'coffee', 'fishery'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const fmt = (n: number): string => n.toLocaleString('en-US');

type Sentence = (r: () => number, year: number, place: string) => string;

const SENTENCES: readonly Sentence[] = [
  (r, y, p) =>
    `By the end of ${y - 1}, ${p} had ${fmt(int(r, 200, 1500))} cooperatives with more than ${fmt(int(r, 10, 90) * 1000)} members, up ${int(r, 10, 90)} from ${y - 2}.`,
  (r, y) => `The province aims to have ${fmt(int(r, 300, 2000))} cooperatives by ${y + int(r, 1, 6)}, of which ${int(r, 50, 90)} percent operate effectively.`,
  (r) =>
    `Average income of cooperative members reached VND ${int(r, 30, 90) / 10} million per month, while average revenue per cooperative was estimated at VND ${int(r, 10, 60) / 10} billion.`,
  (r) => `Currently, ${fmt(int(r, 100, 900))} cooperatives are in operation, while ${int(r, 5, 120)} have stopped operating and are waiting for dissolution.`,
  (r, y) => `In ${y - 1}, ${int(r, 10, 80)} new cooperatives were established, exceeding the annual plan.`,
  (r) =>
    `The province has ${fmt(int(r, 300, 900))} cooperatives, including ${fmt(int(r, 100, 400))} ${pick(r, KINDS)} cooperatives and ${int(r, 5, 60)} people's credit funds.`,
  (r) =>
    `Cooperatives and cooperative groups in the province attracted ${fmt(int(r, 20, 120) * 1000)} members, creating jobs for about ${fmt(int(r, 10, 90) * 1000)} workers.`,
  (r, y) => `The collective economy is set to contribute ${int(r, 30, 90) / 10} percent of the province's GRDP by ${y + 5}.`,
  (r) => `Some ${int(r, 20, 80)}% of cooperative managers hold college or university degrees.`,
  (r) => `Each year, the province will set up ${int(r, 10, 30)} to ${int(r, 31, 60)} new cooperatives.`,
  (r) =>
    `The total charter capital of cooperatives exceeds VND ${int(r, 2, 40) / 10} trillion, and they contributed VND ${int(r, 5, 90)} billion to the state budget.`,
  () => 'Officials said cooperatives had become a pillar of the rural economy, linking farmers with businesses and markets.',
  () => "The provincial People's Committee called on departments to remove obstacles to land, credit and markets for cooperatives.",
  (r) => `About ${int(r, 40, 300)} cooperatives take part in value chains linked with businesses, and ${int(r, 20, 200)} OCOP products have been certified.`,
];

/** One English page: a headline, a date line, and paragraphs of three to five sentences. */
export function englishBenchDocument(i: number, seed: number): string {
  const r = prng(seed + i * 7919);
  const place = pick(r, PLACES);
  const year = int(r, 2019, 2025);
  const lines = [`${place} cooperatives keep growing`, '', `Published: March ${int(r, 1, 28)}, ${year}`, ''];
  const target = 4_000 + Math.floor(r() * 8_000);
  let size = 0;
  while (size < target) {
    const n = int(r, 3, 5);
    const para: string[] = [];
    for (let k = 0; k < n; k++) para.push(pick(r, SENTENCES)(r, year, place));
    const text = para.join(' ');
    lines.push(text, '');
    size += text.length;
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Write (or reuse) the English corpus: `docs` pages under `dir`. */
export function ensureEnglishCorpus(dir: string, docs: number, seed: number): { docs: number; bytes: number } {
  const manifest = join(dir, 'MANIFEST.json');
  const want = JSON.stringify({ version: ENGLISH_CORPUS_VERSION, docs, seed });
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { plan: string; bytes: number };
    if (m.plan === want) return { docs, bytes: m.bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < docs; i++) {
    const text = englishBenchDocument(i, seed);
    writeFileSync(join(dir, `en-${String(i).padStart(4, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(manifest, JSON.stringify({ plan: want, bytes }));
  return { docs, bytes };
}
