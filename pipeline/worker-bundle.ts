/**
 * What the extract workers load. A worker thread cannot run TypeScript by itself;
 * giving every thread tsx's loader costs each one a loader thread, a second or so of
 * start-up and ~50 MB. So the worker side (pipeline/worker.ts and the decode and
 * extract stages) is bundled once with esbuild (which tsx brings) into plain
 * JavaScript under node_modules/.cache/chitieu/, named by its content hash; packages
 * stay external and resolve from node_modules as usual. `import.meta.url` in the
 * bundle is the URL of pipeline/worker.ts, so paths resolved from it (the project
 * root for the extractor version, packages for the gazetteer) stay right.
 *
 * If esbuild is missing or the bundle cannot be written, the workers start from
 * pipeline/worker.mjs, which registers tsx in the thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerEntry {
  url: string;
  /** Node options for the worker threads. */
  execArgv: string[];
  bundled: boolean;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const SOURCE = join(HERE, 'worker.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'chitieu');

/** The parent's Node options without tsx's loader (the bundle does not need it). */
function plainExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if ((a === '--import' || a === '--require' || a === '--loader' || a === '-r') && /tsx/u.test(args[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^--(import|require|loader)=.*tsx/u.test(a)) continue;
    out.push(a);
  }
  return out;
}

let cached: WorkerEntry | null = null;

export function workerEntry(): WorkerEntry {
  if (cached) return cached;
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    const built = esbuild.buildSync({
      entryPoints: [SOURCE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      write: false,
      logLevel: 'silent',
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(SOURCE).href) },
    });
    const text = built.outputFiles?.[0]?.text;
    if (!text) throw new Error('esbuild produced nothing');
    const file = join(CACHE, `worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
      // bundles of older sources: remove those a day old (a running extract may still be loading a recent one)
      for (const f of readdirSync(CACHE)) {
        const full = join(CACHE, f);
        if (full !== file && /^worker-.*\.mjs$/u.test(f) && Date.now() - statSync(full).mtimeMs > 86_400_000) unlinkSync(full);
      }
    }
    cached = { url: pathToFileURL(file).href, execArgv: plainExecArgv(), bundled: true };
  } catch {
    cached = { url: new URL('./worker.mjs', import.meta.url).href, execArgv: process.execArgv, bundled: false };
  }
  return cached;
}
