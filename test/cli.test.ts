/** The commands as a user runs them: exit codes, summaries, export formats, eval output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function cli(args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'pipeline', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
  const db = join(dir, 'db.sqlite');
  copyFileSync(join(ROOT, 'seeds', '004_13f95b6278968d48.txt'), join(dir, 'plan.txt'));

  it('extract: exit 0 when every file imports, and a summary', () => {
    const r = cli(['extract', join(dir, 'plan.txt'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 files: 1 imported, 0 unchanged, 0 same as a stored document, 0 failed/);
    expect(r.out).toMatch(/\d+ target/);
  });

  it('extract: exit 1 when some fail, with one line per failed file', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = cli(['extract', join(dir, 'plan.txt'), join(dir, 'empty.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual(['error: empty.txt: the file is empty']);
  });

  it('extract: exit 2 when none succeed', () => {
    const r = cli(['extract', join(dir, 'empty.txt'), '--db', join(dir, 'other.sqlite')]);
    expect(r.code).toBe(2);
  });

  it('extract - reads a document from standard input', () => {
    const r = cli(['extract', '-', '--db', join(dir, 'stdin.sqlite'), '--json'], 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX.\n');
    const summary = JSON.parse(r.out) as { files_ok: number; byStatus: Record<string, number> };
    expect(summary.files_ok).toBe(1);
    expect(summary.byStatus).toEqual({ target: 1 });
  });

  it('extract --json prints a machine-readable summary', () => {
    const r = cli(['extract', join(dir, 'plan.txt'), '--db', db, '--json']);
    const summary = JSON.parse(r.out) as { files_unchanged: number; byStatus: Record<string, number> };
    expect(summary.files_unchanged).toBe(1);
    expect(summary.byStatus.target).toBeGreaterThan(0);
  });

  it('export: jsonl with the TARGETS.md keys and evidence; csv with a BOM for Excel', () => {
    const jsonl = cli(['export', '--db', db])
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(jsonl.length).toBeGreaterThan(40);
    expect(Object.keys(jsonl[0] ?? {})).toEqual(
      expect.arrayContaining([
        'doc',
        'subject',
        'metric',
        'sector',
        'status',
        'year',
        'unit',
        'value',
        'value_max',
        'comparator',
        'quote',
        'sentence',
        'start',
        'end',
        'rule',
        'province',
      ]),
    );
    expect(jsonl[0]?.doc).toBe('plan.txt');
    const out = join(dir, 'x.csv');
    cli(['export', '--db', db, '--format', 'csv', '--bom', '--out', out]);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\n')[0]).toMatch(/^\uFEFFdoc,subject,metric/);
  });

  it('eval: prints per-document scores and the overall line', () => {
    const r = cli(['eval', '--gold', join(ROOT, 'test', 'data', 'seeds.gold.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/004_13f95b6278968d48\.txt: P /);
    expect(r.out).toMatch(/precision \d\.\d{3}\s+recall \d\.\d{3}\s+F1 \d\.\d{3}/);
  });
});
