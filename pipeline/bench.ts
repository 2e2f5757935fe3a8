/**
 * `npm run bench`: generate a deterministic corpus from the seeds under out/bench/,
 * then measure, each job in its own process (so peak RSS is the job's own):
 *   - end-to-end extract into a fresh SQLite file with 1 and with 2 worker threads;
 *   - the floors: read + normalise alone, read + remark-parse alone;
 *   - re-import of the unchanged corpus;
 *   - extract (2 workers) at 10, 25 and 50 MB, to show how time and memory grow;
 *   - extract of one long file, 1, 5 and 20 MB, as one line and as the same text in lines;
 *   - extract of a small English corpus (pipeline/bench/english-corpus.ts), read with compromise;
 *   - PostgreSQL beside SQLite (issue 14), on a throwaway server (pipeline/db/pg-throwaway.ts)
 *     when Debian's postgresql binaries are there: extract with 2 workers, re-import, and four
 *     processes writing a quarter of the corpus each at once, into each engine.
 * Prints one table and the issue-6 targets, and writes them to out/bench/RESULTS.md.
 *
 * Options: --quick (a 5 MB corpus and long files of 1 and 5 MB only, for trying things), --skip-gen.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './bench/corpus.ts';
import { ensureLongLines } from './bench/longlines.ts';
import { ensureEnglishCorpus } from './bench/english-corpus.ts';
import type { ChildReport } from './bench/child.ts';
import { findPgBin, MISSING_PG, startThrowawayPostgres, type ThrowawayServer } from './db/pg-throwaway.ts';

const quick = process.argv.includes('--quick');
const OUT = 'out/bench';
const MB = 1_000_000;
const corpusDir = join(OUT, quick ? 'quick' : 'corpus');
const sizes = quick ? [2, 5] : [10, 25];
const plan = {
  dir: corpusDir,
  seed: 20240601,
  minDocs: quick ? 200 : 2000,
  minBytes: (quick ? 5 : 50) * MB,
  prefixes: sizes.map((s) => ({ dir: join(OUT, `${quick ? 'quick' : 'corpus'}-${s}mb`), bytes: s * MB })),
};

/**
 * The jobs run from a snapshot of the sources taken when the bench starts, so that
 * edits in the working tree meanwhile (the extractor version is a digest of the
 * sources) cannot change records or versions between jobs.
 */
const SNAPSHOT = join(OUT, 'src');
function snapshotSources(): void {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  for (const d of ['pipeline', 'extractors', 'rules']) cpSync(d, join(SNAPSHOT, d), { recursive: true });
  cpSync('package.json', join(SNAPSHOT, 'package.json'));
}

function job(args: string[]): ChildReport {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(SNAPSHOT, 'pipeline', 'bench', 'child.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`bench job ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ChildReport;
}

/** Several jobs at once, each in its own process; resolves when all are done. */
function jobsTogether(argsList: string[][]): Promise<ChildReport[]> {
  return Promise.all(
    argsList.map(
      (args) =>
        new Promise<ChildReport>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', join(SNAPSHOT, 'pipeline', 'bench', 'child.ts'), ...args], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let out = '';
          let err = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
          child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
          child.on('close', (code) => {
            if (code !== 0) reject(new Error(`bench job ${args.join(' ')} failed (${String(code)}):\n${err}`));
            else resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ChildReport);
          });
        }),
    ),
  );
}

function freshDb(name: string): string {
  const db = join(OUT, 'db', `${name}.sqlite`);
  mkdirSync(join(OUT, 'db'), { recursive: true });
  for (const ext of ['', '-wal', '-shm']) rmSync(db + ext, { force: true });
  return db;
}

const t0 = performance.now();
const loadBefore = loadavg()[0] ?? 0;
process.stderr.write(`bench: corpus under ${corpusDir} …\n`);
const info = ensureCorpus(plan);
snapshotSources();
process.stderr.write(`bench: ${info.docs} documents, ${(info.bytes / MB).toFixed(1)} MB\n`);

const rows: { label: string; r: ChildReport }[] = [];
const run = (label: string, args: string[]): ChildReport => {
  process.stderr.write(`bench: ${label} …`);
  const r = job(args);
  process.stderr.write(` ${r.seconds.toFixed(2)} s\n`);
  rows.push({ label, r });
  return r;
};

const normaliseFloor = run('read + normalise (floor)', ['normalise', corpusDir]);
const remarkFloor = run('read + remark-parse (floor)', ['remark', corpusDir]);
// The machine's own ceiling for two threads of this kind of work: two remark-parse floors in
// two processes at once, sharing nothing but the cores, caches and memory bus.
process.stderr.write('bench: two remark-parse floors at once …');
const pair = await jobsTogether([
  ['remark', corpusDir],
  ['remark', corpusDir],
]);
const pairSeconds = Math.max(...pair.map((r) => r.seconds));
const remarkPair: ChildReport = {
  job: 'remark x2',
  seconds: pairSeconds,
  cpuSeconds: pair.reduce((a, r) => a + r.cpuSeconds, 0),
  docs: pair.reduce((a, r) => a + r.docs, 0),
  bytes: pair.reduce((a, r) => a + r.bytes, 0),
  maxRssMB: Math.max(...pair.map((r) => r.maxRssMB)),
  extra: {},
};
process.stderr.write(` ${pairSeconds.toFixed(2)} s\n`);
rows.push({ label: 'two remark-parse floors at once', r: remarkPair });
const stages = run('decode + extract stages, one thread', ['stages', corpusDir]);
const w1 = run('extract, 1 worker', ['extract', corpusDir, freshDb('w1'), '1']);
const dbW2 = freshDb('w2');
const w2 = run('extract, 2 workers', ['extract', corpusDir, dbW2, '2']);
let again = run('re-import unchanged (2 workers)', ['extract', corpusDir, dbW2, '2']);
// The extractor version is a digest of the rule and extractor sources: when they change
// while the bench runs (a shared working tree), the "unchanged" corpus is rightly
// re-extracted. Measure again, once, against what that run stored.
let versionNote = '';
if (Number(again.extra.files_ok) > 0) {
  rows.pop();
  versionNote = ` (sources changed during the bench: the first re-import re-extracted ${String(again.extra.files_ok)} files; measured again)`;
  again = run('re-import unchanged (2 workers)', ['extract', corpusDir, dbW2, '2']);
}
// PostgreSQL beside SQLite: the same corpus and jobs into a throwaway server, then four writers at once into each engine
/** The corpus in four folders of hard links, a file in every fourth place each (kept for the next run). */
function quarters(): string[] {
  const root = `${corpusDir}-quarters`;
  const dirs = [0, 1, 2, 3].map((i) => join(root, `q${i}`));
  if (dirs.every((d) => existsSync(d))) return dirs;
  rmSync(root, { recursive: true, force: true });
  const files = readdirSync(corpusDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const d of dirs) mkdirSync(d, { recursive: true });
  files.forEach((f, i) => {
    linkSync(f, join(dirs[i % 4] as string, `${String(i).padStart(5, '0')}.txt`));
  });
  return dirs;
}
/** Four jobs at once, one row: wall time of the slowest, documents, bytes and CPU of all, the largest RSS. */
async function together(label: string, argsList: string[][]): Promise<ChildReport> {
  process.stderr.write(`bench: ${label} …`);
  const rs = await jobsTogether(argsList);
  const r: ChildReport = {
    job: label,
    seconds: Math.max(...rs.map((x) => x.seconds)),
    cpuSeconds: rs.reduce((a, x) => a + x.cpuSeconds, 0),
    docs: rs.reduce((a, x) => a + x.docs, 0),
    bytes: rs.reduce((a, x) => a + x.bytes, 0),
    maxRssMB: Math.max(...rs.map((x) => x.maxRssMB)),
    extra: {
      files_failed: rs.reduce((a, x) => a + Number(x.extra.files_failed), 0),
      write_retries: rs.reduce((a, x) => a + Number(x.extra.write_retries ?? 0), 0),
      records_total: Math.max(...rs.map((x) => Number(x.extra.records_total))),
    },
  };
  process.stderr.write(` ${r.seconds.toFixed(2)} s\n`);
  rows.push({ label, r });
  return r;
}
let pg: { w2: ChildReport; again: ChildReport; four: ChildReport; fourSqlite: ChildReport } | undefined;
let pgNote = '';
let server: ThrowawayServer | undefined;
if (!findPgBin()) pgNote = `not measured: ${MISSING_PG}`;
else {
  try {
    server = await startThrowawayPostgres();
    const url = await server.createDatabase('bench_w2');
    const w2pg = run('extract into PostgreSQL, 2 workers', ['extract', corpusDir, url, '2']);
    const againPg = run('re-import unchanged, PostgreSQL', ['extract', corpusDir, url, '2']);
    const qs = quarters();
    const fourDb = freshDb('four');
    const fourSqlite = await together(
      '4 processes at once into SQLite',
      qs.map((q) => ['extract', q, fourDb, '1']),
    );
    const fourUrl = await server.createDatabase('bench_four');
    const four = await together(
      '4 processes at once into PostgreSQL',
      qs.map((q) => ['extract', q, fourUrl, '1']),
    );
    pg = { w2: w2pg, again: againPg, four, fourSqlite };
  } catch (e) {
    pgNote = `not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    server?.stop();
  }
}
const bySize: { mb: number; r: ChildReport }[] = [];
for (const [i, s] of sizes.entries()) {
  const p = info.prefixes[i];
  if (p) bySize.push({ mb: s, r: run(`extract ${s} MB, 2 workers`, ['extract', p.dir, freshDb(`size${s}`), '2']) });
}
bySize.push({ mb: Math.round(info.bytes / MB), r: w2 });
// English pages go through compromise: their own corpus, their own rows (the Vietnamese rows above never see it)
const englishDir = join(OUT, quick ? 'english-quick' : 'english');
const englishInfo = ensureEnglishCorpus(englishDir, quick ? 40 : 300, plan.seed);
process.stderr.write(`bench: English corpus ${englishInfo.docs} documents, ${(englishInfo.bytes / MB).toFixed(2)} MB\n`);
const enStages = run('English: extract stages, 1 thread', ['stages', englishDir]);
const en1 = run('English: extract, 1 worker', ['extract', englishDir, freshDb('english-w1'), '1']);

// one long file at a time, as one line and as the same text in lines (issue 15): seconds per MB should not grow with size
const longFiles = ensureLongLines(join(OUT, 'longlines'), quick ? [1, 5] : [1, 5, 20]);
const longRows: { mb: number; lines?: ChildReport; one?: ChildReport }[] = [];
for (const f of longFiles) {
  process.stderr.write(`bench: ${f.mb} MB file, ${f.mode} …`);
  // on the main thread (0 workers): a worker's start-up would weigh on the 1 MB file's seconds per MB
  const r = job(['extract', f.dir, freshDb(`long-${f.mode === 'lines' ? 'lines' : 'one'}-${f.mb}`), '0']);
  process.stderr.write(` ${r.seconds.toFixed(2)} s\n`);
  let row = longRows.find((x) => x.mb === f.mb);
  if (!row) longRows.push((row = { mb: f.mb }));
  if (f.mode === 'lines') row.lines = r;
  else row.one = r;
}

const mbps = (r: ChildReport) => r.bytes / MB / r.seconds;
const dps = (r: ChildReport) => r.docs / r.seconds;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

const lines: string[] = [];
lines.push(`corpus: ${info.docs} documents, ${(info.bytes / MB).toFixed(1)} MB (${corpusDir}, seed ${plan.seed})`);
lines.push(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
lines.push('');
lines.push(
  `${pad('job', 34)}${lpad('docs', 6)}${lpad('MB', 6)}${lpad('seconds', 9)}${lpad('MB/s', 8)}${lpad('docs/s', 8)}${lpad('CPU s', 8)}${lpad('cores', 7)}${lpad('peak RSS', 10)}`,
);
lines.push('-'.repeat(96));
for (const { label, r } of rows) {
  lines.push(
    `${pad(label, 34)}${lpad(String(r.docs), 6)}${lpad((r.bytes / MB).toFixed(1), 6)}${lpad(r.seconds.toFixed(2), 9)}${lpad(mbps(r).toFixed(2), 8)}${lpad(dps(r).toFixed(0), 8)}` +
      `${lpad(r.cpuSeconds.toFixed(1), 8)}${lpad((r.cpuSeconds / r.seconds).toFixed(2), 7)}${lpad(`${r.maxRssMB.toFixed(0)} MB`, 10)}`,
  );
}
lines.push("(cores: CPU time of all the job's threads / wall time; below 2 with 2 workers means the job did not get both cores)");
lines.push('');
const records1 = w1.extra.records_total;
const records2 = w2.extra.records_total;
lines.push(
  `records: ${String(records1)} with 1 worker, ${String(records2)} with 2 (${records1 === records2 ? 'identical' : 'DIFFERENT'}); failed files: ${String(w1.extra.files_failed)} / ${String(w2.extra.files_failed)}; re-import: ${String(again.extra.files_unchanged)} unchanged, ${String(again.extra.files_ok)} imported${versionNote}`,
);
lines.push('');
lines.push("where one thread's time goes (decode + extract on the main thread, no database; remark-parse floor for scale):");
const stageMs = stages.extra.ms as Record<string, number>;
const stageTotal = Object.values(stageMs).reduce((a, b) => a + b, 0);
const remarkMsPerMB = (remarkFloor.seconds * 1000) / (remarkFloor.bytes / MB);
for (const [stage, ms] of Object.entries(stageMs)) {
  const perMB = ms / (stages.bytes / MB);
  lines.push(
    `  ${pad(stage, 10)}${lpad(perMB.toFixed(0), 6)} ms/MB ${lpad(((100 * ms) / stageTotal).toFixed(0), 4)} %  ${lpad((perMB / remarkMsPerMB).toFixed(2), 5)} × remark-parse floor`,
  );
}
lines.push(
  `  ${pad('all', 10)}${lpad((stageTotal / (stages.bytes / MB)).toFixed(0), 6)} ms/MB        ${lpad((stageTotal / (stages.bytes / MB) / remarkMsPerMB).toFixed(2), 5)} × remark-parse floor (1 worker ≥ 0.75 × the floor needs this ≤ 1.33)`,
);
lines.push('');
const enMs = enStages.extra.ms as Record<string, number>;
lines.push(
  `English (${englishInfo.docs} pages, ${(englishInfo.bytes / MB).toFixed(2)} MB, records ${String(en1.extra.records_total)}): ${mbps(en1).toFixed(2)} MB/s, ${dps(en1).toFixed(0)} docs/s with 1 worker; ` +
    `compromise and the English rules take ${(
      ((enMs.english ?? 0) /
        Math.max(
          1,
          Object.values(enMs).reduce((a, b) => a + b, 0),
        )) *
        100
    ).toFixed(0)} % of one thread's time (${((enMs.english ?? 0) / (enStages.bytes / MB)).toFixed(0)} ms/MB)`,
);
lines.push('');
lines.push('PostgreSQL beside SQLite (a throwaway local server; the same corpus, extractor and jobs):');
if (!pg) lines.push(`  ${pgNote}`);
else {
  const cmp = (label: string, a: ChildReport, b: ChildReport): void => {
    lines.push(
      `  ${pad(label, 46)} SQLite ${lpad(mbps(a).toFixed(2), 7)} MB/s ${lpad(dps(a).toFixed(0), 5)} docs/s   PostgreSQL ${lpad(mbps(b).toFixed(2), 7)} MB/s ${lpad(dps(b).toFixed(0), 5)} docs/s   (${(mbps(b) / mbps(a)).toFixed(2)} ×)`,
    );
  };
  cmp('extract, 2 workers', w2, pg.w2);
  cmp('re-import unchanged', again, pg.again);
  cmp('4 processes at once, a quarter each, 1 worker', pg.fourSqlite, pg.four);
  lines.push(
    `  records: ${String(pg.w2.extra.records_total)} in PostgreSQL, ${String(w2.extra.records_total)} in SQLite (${pg.w2.extra.records_total === w2.extra.records_total ? 'identical' : 'DIFFERENT'}); ` +
      `4 writers: ${String(pg.four.extra.records_total)} / ${String(pg.fourSqlite.extra.records_total)}, failed files ${String(pg.four.extra.files_failed)} / ${String(pg.fourSqlite.extra.files_failed)}, ` +
      `write transactions run again after a conflict: ${String(pg.four.extra.write_retries)} (PostgreSQL) / ${String(pg.fourSqlite.extra.write_retries)} (SQLite)`,
  );
}
lines.push('');
lines.push('growth with corpus size (2 workers):');
for (const { mb, r } of bySize)
  lines.push(`  ${lpad(String(mb), 3)} MB: ${mbps(r).toFixed(2)} MB/s, ${dps(r).toFixed(0)} docs/s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
lines.push('');
lines.push('one long file (extract into a fresh database on the main thread; the seeds repeated, as lines and as one line):');
lines.push(
  `  ${pad('size', 8)}${lpad('lines s', 10)}${lpad('s/MB', 7)}${lpad('one line s', 12)}${lpad('s/MB', 7)}${lpad('one / lines', 13)}${lpad('records', 9)}`,
);
for (const { mb, lines: l, one } of longRows) {
  if (!l || !one) continue;
  const spm = (r: ChildReport) => r.seconds / (r.bytes / MB);
  lines.push(
    `  ${pad(`${mb} MB`, 8)}${lpad(l.seconds.toFixed(2), 10)}${lpad(spm(l).toFixed(2), 7)}${lpad(one.seconds.toFixed(2), 12)}${lpad(spm(one).toFixed(2), 7)}` +
      `${lpad((one.seconds / l.seconds).toFixed(2), 13)}${lpad(`${String(l.extra.records_total)}/${String(one.extra.records_total)}`, 9)}${Number(one.extra.files_failed) > 0 ? ' FAILED' : ''}`,
  );
}
lines.push('');
const check = (ok: boolean, text: string) => lines.push(`  [${ok ? 'met' : 'NOT MET'}] ${text}`);
const ratio1 = mbps(w1) / mbps(remarkFloor);
const ratio2 = mbps(w2) / mbps(w1);
const speedup = w2.seconds / again.seconds;
const rssMax = Math.max(...bySize.map((b) => b.r.maxRssMB));
const big = bySize[bySize.length - 1] as { r: ChildReport };
const small = bySize[0] as { r: ChildReport };
lines.push('targets (issue 6):');
check(
  ratio1 >= 0.75,
  `1 worker / remark-parse floor = ${ratio1.toFixed(2)} (≥ 0.75); 1 worker / normalise floor = ${(mbps(w1) / mbps(normaliseFloor)).toFixed(3)}`,
);
check(
  ratio2 >= 1.6,
  `2 workers / 1 worker = ${ratio2.toFixed(2)} (≥ 1.6); CPU-seconds per MB ${(w1.cpuSeconds / (w1.bytes / MB)).toFixed(2)} with 1, ${(w2.cpuSeconds / (w2.bytes / MB)).toFixed(2)} with 2`,
);
lines.push(`        the machine's ceiling: two remark-parse floors at once = ${(mbps(remarkPair) / mbps(remarkFloor)).toFixed(2)} × one`);
check(speedup >= 50, `re-import ${again.seconds.toFixed(3)} s vs first import ${w2.seconds.toFixed(2)} s = ${speedup.toFixed(0)}× faster (≥ 50×)`);
check(
  rssMax <= 400 && big.r.maxRssMB <= small.r.maxRssMB * 1.25,
  `peak RSS ≤ 400 MB and flat: ${bySize.map((b) => `${b.r.maxRssMB.toFixed(0)}`).join(' / ')} MB at ${bySize.map((b) => b.mb).join(' / ')} MB`,
);
const long1 = longRows.find((x) => x.mb === 1);
const longMax = longRows[longRows.length - 1];
lines.push('targets (issue 15, long lines):');
if (long1?.lines && long1.one)
  check(
    long1.one.seconds <= 2 * long1.lines.seconds,
    `1 MB on one line ${long1.one.seconds.toFixed(2)} s ≤ 2 × the same text in lines (${long1.lines.seconds.toFixed(2)} s)`,
  );
if (longMax?.one)
  check(
    Number(longMax.one.extra.files_ok) === 1,
    `${longMax.mb} MB on one line completes (${longMax.one.seconds.toFixed(1)} s, ${(longMax.one.seconds / (longMax.one.bytes / MB)).toFixed(2)} s/MB against ${long1?.one ? (long1.one.seconds / (long1.one.bytes / MB)).toFixed(2) : '?'} at 1 MB)`,
  );
lines.push('');
lines.push(`bench total ${((performance.now() - t0) / 1000).toFixed(0)} s; seconds are each job alone, after module loading, worker start-up included`);
lines.push(
  `load average (1 min) ${loadBefore.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end: other processes on the machine slow the wall-clock figures`,
);

const table = lines.join('\n');
process.stdout.write(`${table}\n`);
writeFileSync(join(OUT, quick ? 'RESULTS.quick.md' : 'RESULTS.md'), `command: npm run bench${quick ? ' -- --quick' : ''}\n\n\`\`\`\n${table}\n\`\`\`\n`);
