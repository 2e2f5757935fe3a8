/**
 * Crash safety and concurrency of the extract run (issue 4):
 *   - an extract killed with SIGKILL mid-way leaves a database that passes
 *     PRAGMA integrity_check, holds no half-imported document (every document has
 *     exactly the records a fresh extraction gives, and the count the run wrote
 *     next to it), and a rerun completes the import;
 *   - two extract processes on the same database at once both finish, without
 *     "database is locked".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../pipeline/bench/corpus.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { runExtract } from '../pipeline/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-crash-'));
const corpus = join(dir, 'corpus');
let docs = 0;

beforeAll(() => {
  docs = ensureCorpus({ dir: corpus, seed: 7, minDocs: 64, minBytes: 0, prefixes: [] }).docs;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(
  db: string,
  workers: number,
): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'extract', corpus, '--db', db, '--workers', String(workers), '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { child, done };
}

function documentCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

/** Every stored document is whole: its records are the ones a fresh extraction gives, and the count written with it. */
function checkWhole(db: string): number {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.prepare('SELECT COUNT(*) AS n FROM targets WHERE document_id NOT IN (SELECT id FROM documents)').get()).toEqual({ n: 0 });
    const rows = d
      .prepare(`SELECT d.id, d.path, d.file_name, d.text, f.records AS expected, (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id) AS n
        FROM documents d LEFT JOIN import_files f ON f.path = d.path`)
      .all() as { id: number; path: string; file_name: string; text: string; expected: number | null; n: number }[];
    for (const r of rows) {
      expect(r.n, r.path).toBe(r.expected);
      const fresh = extractDocument(readFileSync(r.path, 'utf8'), r.file_name);
      expect(r.n, r.path).toBe(fresh.records.length);
      expect(r.text).toBe(fresh.text);
    }
    // no stamp without its document
    expect(d.prepare('SELECT COUNT(*) AS n FROM import_files WHERE records IS NOT NULL AND path NOT IN (SELECT path FROM documents)').get()).toEqual({ n: 0 });
    return rows.length;
  } finally {
    d.close();
  }
}

describe('extract under SIGKILL and concurrency', () => {
  it('a run killed mid-way leaves only whole documents, and a rerun completes', async () => {
    const db = join(dir, 'killed.sqlite');
    const { child, done } = extract(db, 1);
    // wait for the first committed batch, then kill while the run is still going
    const started = Date.now();
    let seen = 0;
    while (Date.now() - started < 60_000) {
      seen = documentCount(db);
      if (seen > 0 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGKILL');
    const exit = await done;
    expect(exit.signal).toBe('SIGKILL');
    expect(seen).toBeGreaterThan(0);

    const stored = checkWhole(db);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(docs);

    const rerun = await runExtract([corpus], { db, workers: 0 });
    expect(rerun.files_failed).toBe(0);
    expect(rerun.files_unchanged).toBe(stored);
    expect(rerun.files_ok).toBe(docs - stored);
    expect(checkWhole(db)).toBe(docs);
  }, 120_000);

  it('two extract processes on one database both finish without "database is locked"', async () => {
    const db = join(dir, 'shared.sqlite');
    const a = extract(db, 1);
    const b = extract(db, 1);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const r of [ra, rb]) {
      expect(r.stderr).not.toMatch(/locked|SQLITE_BUSY/iu);
      expect(r.code).toBe(0);
      const summary = JSON.parse(r.stdout) as { files_failed: number; files_ok: number; files_unchanged: number };
      expect(summary.files_failed).toBe(0);
      expect(summary.files_ok + summary.files_unchanged).toBe(docs);
    }
    expect(checkWhole(db)).toBe(docs);
  }, 120_000);
});
