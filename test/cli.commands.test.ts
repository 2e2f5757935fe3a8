/**
 * The edges of the command line, as a user meets them: every npm script's command through
 * the bin, --version, help that states the defaults, validated options, and for every
 * wrong input one line on stderr naming what is wrong, the documented exit code, and
 * nothing left half-written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'chitieu.mjs');
const SEED = join(ROOT, 'seeds', '001_482f7cef224ecb08.txt');
const GOLD = join(ROOT, 'test', 'data', 'seeds.gold.jsonl');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };

/** `npx chitieu …`: the bin, as installed. */
function chitieu(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - t0 };
}

/** Exactly one line on stderr, and no stack trace. */
function oneLine(err: string): string {
  const lines = err.trim().split('\n');
  expect(lines, err).toHaveLength(1);
  expect(err).not.toMatch(/^\s+at /m);
  return lines[0] as string;
}

const runsOf = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT id, finished_at FROM runs ORDER BY id').all() as { id: number; finished_at: string | null }[];
  } finally {
    d.close();
  }
};

describe('cli: commands, version, help', { timeout: 120_000 }, () => {
  it('every npm script that runs the tool runs a command of the bin', () => {
    const viaCli = Object.entries(PKG.scripts).filter(([, cmd]) => /pipeline\//.test(cmd));
    expect(viaCli.map(([name]) => name).sort()).toEqual(['bench', 'eval', 'explain', 'export', 'extract', 'migrate', 'report', 'review']);
    for (const [name, cmd] of viaCli) expect(cmd, name).toBe(`tsx pipeline/cli.ts ${name}`);
    const help = chitieu(['--help']);
    expect(help.code).toBe(0);
    for (const [name] of viaCli) expect(help.out).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('--version prints the package version and the extractor version', () => {
    const r = chitieu(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(new RegExp(`^${PKG.version.replace(/\./g, '\\.')} \\(extractor ${PKG.version.replace(/\./g, '\\.')}\\+[0-9a-f]{12}\\)$`));
  });

  it('each command has a help that states its defaults and the exit codes', () => {
    const defaults: Record<string, string[]> = {
      extract: ['default: ["seeds/"]', 'default: "out/chitieu.sqlite"', 'default: 4', '0 for fewer than 8 files, else 2', '--name'],
      export: ['default: "out/chitieu.sqlite"', 'default: "jsonl"', 'default: standard output', '--delimiter', '--decimal-comma'],
      eval: ['--gold', 'default: seeds/'],
      report: ['default: "out/chitieu.sqlite"', 'default: "out/report"'],
      bench: ['--quick', '5 MB'],
      explain: ['--at <offset>', '--quote <words>', '--all'],
      migrate: ['--from <file>', 'PostgreSQL URL', 'env: CHITIEU_DATABASE_URL'],
      review: ['default: "out/chitieu.sqlite"', 'default: 8765', '--host <address>', '--token <token>', 'keys a accept, r reject'],
    };
    for (const [command, wanted] of Object.entries(defaults)) {
      const r = chitieu([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.out).toContain(`Usage: chitieu ${command}`);
      const flat = r.out.replace(/\s+/g, ' ');
      for (const w of wanted) expect(flat, `${command} --help`).toContain(w);
      if (command !== 'explain') expect(r.out, command).toMatch(/^ {2}64 {2}the command line is wrong/m);
    }
  });

  it('bench --help prints help and does not start the benchmark', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'chitieu-bench-help-'));
    const r = spawnSync(process.execPath, [BIN, 'bench', '--help'], { cwd, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: chitieu bench');
    expect(r.stderr).not.toContain('bench: corpus');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('explain runs through the bin and says why a figure gave no record', () => {
    const r = chitieu(['explain', join(ROOT, 'seeds', '000_f2d91f2754347d31.txt'), '--quote', '2552/KH-UBND']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('drop.reference');
    const where = chitieu(['explain', join(ROOT, 'seeds', '000_f2d91f2754347d31.txt')]);
    expect(where.code).toBe(64);
    expect(oneLine(where.err)).toMatch(/say where/);
  });

  it('an unknown command or option is a usage error (64) in one line', () => {
    const r = chitieu(['frobnicate']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/^error: unknown command 'frobnicate'/);
    const o = chitieu(['export', '--frob']);
    expect(o.code).toBe(64);
    expect(oneLine(o.err)).toMatch(/unknown option '--frob'/);
  });
});

describe('cli: options are validated before anything is opened', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-opts-'));
  const db = join(dir, 'db.sqlite');
  copyFileSync(SEED, join(dir, 'a.txt'));

  it('--workers abc and --concurrency 0: exit 64, one line, no database and no unfinished run', () => {
    for (const bad of [
      ['--workers', 'abc'],
      ['--workers', '-1'],
      ['--workers', '1.5'],
      ['--concurrency', '0'],
      ['--concurrency', 'x'],
    ]) {
      const r = chitieu(['extract', join(dir, 'a.txt'), '--db', db, ...bad]);
      expect(r.code, bad.join(' ')).toBe(64);
      expect(oneLine(r.err)).toMatch(new RegExp(`option '${bad[0]} <n>' argument '${bad[1]}' is invalid`));
      expect(existsSync(db), bad.join(' ')).toBe(false);
    }
    expect(chitieu(['extract', join(dir, 'a.txt'), '--db', db]).code).toBe(0);
    const r = chitieu(['extract', join(dir, 'a.txt'), '--db', db, '--workers', 'abc']);
    expect(r.code).toBe(64);
    const runs = runsOf(db);
    expect(runs).toHaveLength(1);
    expect(runs.every((x) => x.finished_at !== null)).toBe(true);
  });

  it('--name without "-", --name with a slash, and CSV options with another format are usage errors', () => {
    expect(chitieu(['extract', join(dir, 'a.txt'), '--db', db, '--name', 'x.txt']).code).toBe(64);
    const slash = chitieu(['extract', '-', '--db', db, '--name', 'a/b.txt'], { input: 'Có 5 HTX.\n' });
    expect(slash.code).toBe(64);
    expect(oneLine(slash.err)).toMatch(/--name must be a file name/);
    const csvOnly = chitieu(['export', '--db', db, '--format', 'json', '--delimiter', ';']);
    expect(csvOnly.code).toBe(64);
    expect(oneLine(csvOnly.err)).toBe('error: --delimiter applies only to --format csv');
    const delim = chitieu(['export', '--db', db, '--format', 'csv', '--delimiter', ';;']);
    expect(delim.code).toBe(64);
    expect(oneLine(delim.err)).toMatch(/--delimiter <char>' argument ';;' is invalid/);
  });
});

describe('cli: no stack traces', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-errors-'));
  const db = join(dir, 'db.sqlite');
  copyFileSync(SEED, join(dir, '001_482f7cef224ecb08.txt'));
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n');

  it('setup: a database of one seed', () => {
    expect(chitieu(['extract', join(dir, '001_482f7cef224ecb08.txt'), '--db', db]).code).toBe(0);
  });

  it('eval --gold missing.jsonl', () => {
    const r = chitieu(['eval', '--gold', join(dir, 'missing.jsonl'), '--db', db]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(`error: ${join(dir, 'missing.jsonl')}: no such gold file`);
    expect(r.out).toBe('');
  });

  it('eval --db missing.sqlite leaves no database behind', () => {
    const r = chitieu(['eval', '--gold', GOLD, '--db', join(dir, 'missing.sqlite')]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/missing\.sqlite: no such database/);
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false);
  });

  it('a malformed gold file: the line and what is wrong on it', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${readFileSync(GOLD, 'utf8').split('\n')[0]}\n{"doc": "a.txt", "subject": "htx"\n`);
    const r = chitieu(['eval', '--gold', bad, '--db', db]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/bad\.jsonl:2: not a JSON record/);
    writeFileSync(bad, '{"doc": "a.txt", "subject": "htx", "metric": "count"}\n');
    const r2 = chitieu(['eval', '--gold', bad, '--db', db]);
    expect(r2.code).toBe(2);
    expect(oneLine(r2.err)).toMatch(/bad\.jsonl:1: not a gold record \(sector: /);
  });

  it('eval with a gold file about other documents says so instead of printing zeros', () => {
    const r = chitieu(['eval', '--gold', join(ROOT, 'test', 'data', 'unseen', 'gold.jsonl'), '--db', db]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/gold\.jsonl is about other documents: none of its 14 .* is among the 1 scored \(001_482f7cef224ecb08\.txt\)/);
    expect(r.out).toBe('');
  });

  it('eval with a gold file about more documents than scored names the ones left out', () => {
    const r = chitieu(['eval', '--gold', GOLD, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^note: .*seeds\.gold\.jsonl: 4 of its documents are not among those scored and are left out: 000_/m);
    expect(r.out).toMatch(/^documents 1, /m);
    expect(r.out).toMatch(/precision 1\.000 {2}recall 1\.000/);
  });

  it('eval --db together with paths is refused, not half-honoured', () => {
    const r = chitieu(['eval', '--gold', GOLD, '--db', db, join(ROOT, 'seeds')]);
    expect(r.code).toBe(64);
    expect(oneLine(r.err)).toMatch(/give either --db .* or paths .*, not both/);
  });

  it('export --out /nodir/x.csv: one line, nothing written', () => {
    const r = chitieu(['export', '--db', db, '--format', 'csv', '--out', '/nodir/x.csv']);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe('error: /nodir/x.csv: cannot write: the folder /nodir does not exist');
    expect(existsSync('/nodir')).toBe(false);
  });

  it('export --out into a folder that cannot be written leaves no partial file', () => {
    const target = join(dir, 'out.csv');
    mkdirSync(target);
    const r = chitieu(['export', '--db', db, '--format', 'csv', '--out', target]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/out\.csv: cannot write: it is a folder/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--db pointing at a text file: extract, export, eval and report refuse it and leave it as it was', () => {
    const before = readFileSync(text);
    for (const args of [
      ['extract', join(dir, '001_482f7cef224ecb08.txt'), '--db', text],
      ['export', '--db', text],
      ['eval', '--gold', GOLD, '--db', text],
      ['report', '--db', text, '--out', join(dir, 'site')],
    ]) {
      const r = chitieu(args);
      expect(r.code, args[0]).toBe(2);
      expect(oneLine(r.err), args[0]).toMatch(/notes\.txt: not a SQLite database/);
    }
    expect(readFileSync(text)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('notes.txt'))).toEqual(['notes.txt']);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it("--db naming another program's SQLite database is refused untouched", () => {
    const other = join(dir, 'other.sqlite');
    const d = new Database(other);
    d.exec("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep')");
    d.close();
    const r = chitieu(['extract', join(dir, '001_482f7cef224ecb08.txt'), '--db', other]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/other\.sqlite: a SQLite database, but not chitieu's/);
    const after = new Database(other, { readonly: true });
    expect((after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((x) => x.name)).toEqual(['notes']);
    after.close();
  });

  it('report --db missing.sqlite: one line, exit 2', () => {
    const r = chitieu(['report', '--db', join(dir, 'missing.sqlite'), '--out', join(dir, 'site')]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(/missing\.sqlite/);
  });
});

describe('cli: what extract passes over is named, and a run that imports nothing leaves no database', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-skip-'));

  it('an empty folder: named, exit 2, no database file and no folder made for it', () => {
    mkdirSync(join(dir, 'empty'));
    const db = join(dir, 'new', 'deeper', 'db.sqlite');
    const r = chitieu(['extract', join(dir, 'empty'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`skipped: ${join(dir, 'empty')}: an empty folder`);
    expect(r.err).toContain('not created');
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('a folder without documents, unsupported files and symbolic links are named with the reason', () => {
    const f = join(dir, 'mixed');
    mkdirSync(join(f, 'sub'), { recursive: true });
    writeFileSync(join(f, 'sub', 'table.xlsx'), 'PK');
    writeFileSync(join(f, 'notes'), 'x');
    copyFileSync(SEED, join(f, 'a.txt'));
    symlinkSync(join(f, 'a.txt'), join(f, 'link.txt'));
    const db = join(dir, 'mixed.sqlite');
    const r = chitieu(['extract', f, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`skipped: ${join(f, 'link.txt')}: a symbolic link, not followed`);
    expect(r.err).toContain(`skipped: ${join(f, 'sub', 'table.xlsx')}: a .xlsx file, not a supported type`);
    expect(r.err).toContain(`skipped: ${join(f, 'notes')}: a file without extension, not a supported type`);
    expect(r.out).toMatch(/^1 files: 1 imported/m);

    const none = join(dir, 'nodocs');
    mkdirSync(none);
    writeFileSync(join(none, 'data.csv'), 'a;b\n');
    const db2 = join(dir, 'none.sqlite');
    const r2 = chitieu(['extract', none, '--db', db2]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain(`skipped: ${none}: a folder without documents (1 entry in it skipped)`);
    expect(existsSync(db2)).toBe(false);
  });

  it('a run whose every file fails leaves no new database', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const db = join(dir, 'fails.sqlite');
    const r = chitieu(['extract', join(dir, 'empty.txt'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: empty.txt: the file is empty');
    expect(readdirSync(dir).filter((x) => x.startsWith('fails.sqlite'))).toEqual([]);
  });
});

describe('cli: standard input gets a name and never replaces a different text', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-stdin-'));
  const db = join(dir, 'db.sqlite');
  const docs = () => {
    const d = new Database(db, { readonly: true });
    try {
      return d.prepare('SELECT path, file_name FROM documents ORDER BY path').all() as { path: string; file_name: string }[];
    } finally {
      d.close();
    }
  };

  it('two different piped documents are two documents, named by their digest', () => {
    const a = chitieu(['extract', '-', '--db', db], { input: 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX.\n' });
    const b = chitieu(['extract', '-', '--db', db], { input: 'Năm 2025, toàn tỉnh phấn đấu thành lập mới 40 HTX.\n' });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.err).toMatch(/^note: standard input is the document stdin-[0-9a-f]{12} \(path stdin:stdin-[0-9a-f]{12}\)$/m);
    const stored = docs();
    expect(stored).toHaveLength(2);
    for (const d of stored) expect(d.path).toBe(`stdin:${d.file_name}`);
    const again = chitieu(['extract', '-', '--db', db], { input: 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX.\n' });
    expect(again.out).toMatch(/1 files: 0 imported, 1 unchanged/);
  });

  it('--name names it; a different text under the same name is refused and the first kept', () => {
    const first = chitieu(['extract', '-', '--db', db, '--name', 'tin.txt'], { input: 'Năm 2026, toàn tỉnh phấn đấu thành lập mới 50 HTX.\n' });
    expect(first.code).toBe(0);
    const second = chitieu(['extract', '-', '--db', db, '--name', 'tin.txt'], { input: 'Năm 2026, toàn tỉnh phấn đấu thành lập mới 99 HTX.\n' });
    expect(second.code).toBe(2);
    expect(oneLine(second.err)).toMatch(/^error: stdin:tin\.txt: a different text is already stored under the name "tin\.txt"/);
    const d = new Database(db, { readonly: true });
    const values = d.prepare("SELECT t.value FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.path = 'stdin:tin.txt'").all();
    d.close();
    expect(values).toEqual([{ value: 50 }]);
  });

  it('piped text already stored is "same text as", not a second copy', () => {
    const r = chitieu(['extract', '-', '--db', db], { input: 'Năm 2024,  toàn tỉnh phấn đấu thành lập mới 35 HTX.\r\n' });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^note: stdin:stdin-[0-9a-f]{12}: same text as stdin:stdin-[0-9a-f]{12} \(not stored again; its path is recorded\)$/m);
    expect(docs()).toHaveLength(3);
  });
});

describe('cli: export for dashboards and Excel', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-export-'));
  const db = join(dir, 'db.sqlite');

  it('columns for dashboards, a semicolon delimiter and decimal commas', () => {
    expect(chitieu(['extract', join(ROOT, 'seeds', '004_13f95b6278968d48.txt'), '--db', db]).code).toBe(0);
    const rows = chitieu(['export', '--db', db])
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const first = rows[0] ?? {};
    for (const key of ['id', 'place', 'title', 'doc_type', 'issued', 'plan_year', 'period_start', 'period_end', 'metric_rule'])
      expect(first).toHaveProperty(key);
    const d = new Database(db, { readonly: true });
    const doc = d
      .prepare('SELECT title, doc_type, issued, plan_year, period_start, period_end, COALESCE(province_today, province) AS place FROM documents')
      .get() as Record<string, unknown>;
    d.close();
    expect(doc.place).toBe('Lai Châu');
    for (const [k, v] of Object.entries(doc)) expect(first[k], k).toBe(v);
    expect(first.metric_rule).toBe(String(first.rule).split(' ')[0]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);

    const out = join(dir, 'excel.csv');
    const r = chitieu(['export', '--db', db, '--format', 'csv', '--bom', '--delimiter', ';', '--decimal-comma', '--out', out]);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const cols = (header ?? '').split(';');
    expect(cols.slice(0, 3)).toEqual(['doc', 'subject', 'metric']);
    expect(cols).toEqual(expect.arrayContaining(['id', 'place', 'title', 'doc_type', 'issued', 'plan_year', 'period_start', 'period_end', 'metric_rule']));
    // fractional values (9,5%) are written with a decimal comma, whole ones as they are
    const fractional = rows.map((x) => x.value as number).filter((v) => !Number.isInteger(v));
    expect(fractional).toContain(9.5);
    for (const v of fractional) {
      expect(csv).toContain(`;${String(v).replace('.', ',')};`);
      expect(csv).not.toContain(`;${String(v)};`);
    }
    expect(lines.length).toBeGreaterThanOrEqual(rows.length);
  });
});
