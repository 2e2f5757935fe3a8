/**
 * Long-line files for `npm run bench`: the seeds repeated to N MB, once as they are (lines, a blank
 * line between documents) and once as a single line (every line break and the white space around it
 * turned into one space), as pages pasted from PDFs and spreadsheets come. Each file in its own
 * folder, so the extract job reads it alone. Deterministic; written once.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LongLineFile {
  mb: number;
  mode: 'lines' | 'one line';
  dir: string;
  bytes: number;
}

/** The seeds repeated to about `bytes` UTF-8 bytes, as lines. */
export function repeatedSeeds(bytes: number, seedsDir = 'seeds'): string {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const s = `${seeds[i % seeds.length] as string}\n\n`;
    parts.push(s);
    n += Buffer.byteLength(s);
  }
  return parts.join('');
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

export function ensureLongLines(root: string, sizesMB: readonly number[]): LongLineFile[] {
  const out: LongLineFile[] = [];
  for (const mb of sizesMB) {
    let lined: string | null = null;
    for (const mode of ['lines', 'one line'] as const) {
      const dir = join(root, `${mode === 'lines' ? 'lines' : 'oneline'}-${mb}mb`);
      const file = join(dir, `${mode === 'lines' ? 'lines' : 'oneline'}-${mb}mb.txt`);
      if (!existsSync(file)) {
        lined ??= repeatedSeeds(mb * 1_000_000);
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, mode === 'lines' ? lined : oneLine(lined));
      }
      out.push({ mb, mode, dir, bytes: statSync(file).size });
    }
  }
  return out;
}
