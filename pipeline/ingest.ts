/**
 * Stage 1: ingest. Expand the given paths (files, folders recursively, "-" for stdin)
 * into input files in a stable order, and read each one's bytes.
 *
 * Inside folders, only files of a supported type are taken; everything else that is
 * passed over is named in `skipped` with the reason (another type, a symbolic link,
 * a hidden entry, not a regular file), and so is a folder that yields no document at
 * all. A file named on the command line is always taken (its content decides its
 * format), and a symbolic link named there is followed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './errors.ts';

export const SUPPORTED_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);

export interface InputFile {
  /** Path relative to the working directory when inside it, else absolute; "-" for standard input. */
  path: string;
  name: string;
}

/** Something under the given folders that was passed over, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface Inputs {
  files: InputFile[];
  errors: InputError[];
  skipped: Skipped[];
}

/** Paths inside the working directory are kept relative, so a database can move with its documents. */
function stable(full: string): string {
  const rel = relative(process.cwd(), full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : full;
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'error';

/** Files under the given paths. Unknown extensions inside folders are skipped (and named); named files are always taken. */
export async function listInputs(paths: readonly string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const take = (path: string, name: string): void => {
    // the same file reached twice (named, and inside a named folder) is read once
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, name });
  };
  /** Returns how many files the folder yielded. */
  const walk = async (dir: string): Promise<number> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(new InputError(dir, `the folder cannot be read (${code(e)})`));
      return 0;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    let found = 0;
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.name.startsWith('.')) skipped.push({ file: full, reason: `hidden ${e.isDirectory() ? 'folder' : 'file'}` });
      else if (e.isSymbolicLink()) skipped.push({ file: full, reason: 'a symbolic link, not followed (name its target to import it)' });
      else if (e.isDirectory()) found += await walk(full);
      else if (!e.isFile()) skipped.push({ file: full, reason: 'not a regular file' });
      else if (!SUPPORTED_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        const ext = extname(e.name);
        skipped.push({
          file: full,
          reason: `${ext ? `a ${ext} file` : 'a file without extension'}, not a supported type (${[...SUPPORTED_EXTENSIONS].join(' ')})`,
        });
      } else {
        take(full, e.name);
        found++;
      }
    }
    return found;
  };
  for (const p of paths) {
    if (p === '-') {
      take('-', 'stdin');
      continue;
    }
    const full = stable(resolve(p));
    let s: Stats;
    try {
      s = await stat(full);
    } catch (e) {
      errors.push(new InputError(p, `cannot be read (${code(e)})`));
      continue;
    }
    if (s.isDirectory()) {
      const before = skipped.length;
      const found = await walk(full);
      if (found === 0) {
        const passed = skipped.length - before;
        skipped.push({
          file: full,
          reason: passed ? `a folder without documents (${passed} ${passed === 1 ? 'entry' : 'entries'} in it skipped)` : 'an empty folder',
        });
      }
    } else take(full, basename(full));
  }
  return { files, errors, skipped };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(file: InputFile): Promise<Uint8Array> {
  try {
    return file.path === '-' ? await readStdin() : await readFile(file.path);
  } catch (e) {
    throw new InputError(file.name, `cannot be read (${code(e)})`);
  }
}
