/**
 * Stage 1: ingest. Expand the given paths (files, folders recursively, "-" for stdin)
 * into input files in a stable order, and read each one's bytes.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './errors.ts';

export const SUPPORTED_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);

export interface InputFile {
  /** Absolute path, or "-" for standard input. */
  path: string;
  name: string;
}

/** Paths inside the working directory are kept relative, so a database can move with its documents. */
function stable(full: string): string {
  const rel = relative(process.cwd(), full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : full;
}

/** Files under the given paths. Unknown extensions inside folders are skipped; named files are always taken. */
export async function listInputs(paths: readonly string[]): Promise<{ files: InputFile[]; errors: InputError[] }> {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && SUPPORTED_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push({ path: full, name: e.name });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-', name: 'stdin' });
      continue;
    }
    const full = stable(resolve(p));
    try {
      const s = await stat(full);
      if (s.isDirectory()) await walk(full);
      else files.push({ path: full, name: basename(full) });
    } catch (e) {
      errors.push(new InputError(p, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
    }
  }
  return { files, errors };
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
    throw new InputError(file.name, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
