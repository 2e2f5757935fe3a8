#!/usr/bin/env node
/**
 * chitieu's command line: extract, export, eval, report, migrate, bench, explain. One job per command;
 * every npm script that runs the tool runs it through here, and so does `npx chitieu`
 * (bin/chitieu.mjs).
 *
 * Whatever goes wrong ends in one line on stderr and a documented exit code, never a
 * stack trace (CHITIEU_DEBUG=1 shows one for an internal error). The codes are EXIT in
 * pipeline/errors.ts: 0 done; 1 some files failed, the others were imported; 2 nothing
 * done (no file succeeded, or a database, gold file or output cannot be used); 64 the
 * command line is wrong; 70 an internal error.
 *
 * Every --db takes a SQLite file or a PostgreSQL URL (postgres://user:password@host:port/db),
 * and defaults to CHITIEU_DATABASE_URL when that is set; a URL is only ever shown with its
 * password masked.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { runExtract, stdinPath, type ExtractResult } from './run.ts';
import { formatRows, readDocNames, readReviewed, readRowsFrom, REVIEWED_COLUMNS, withDatabase, writeWhole, type ExportFormat } from './export.ts';
import { firstLine } from './db/connect.ts';
import { isConnectionFailure } from './db/postgres.ts';
import { DATABASE_URL_ENV, dbTarget, maskUrlsIn } from './db/target.ts';
import { formatScore, GoldRecordSchema, readGold, score, type ScoredRecord } from './evaluate.ts';
import { listInputs, readInput } from './ingest.ts';
import { CommandError, EXIT, UsageError } from './errors.ts';
import { EXTRACTOR_VERSION } from './version.ts';

const DEFAULT_DB = 'out/chitieu.sqlite';

/** --db: a SQLite file or a PostgreSQL URL; CHITIEU_DATABASE_URL when not given. */
function dbOption(what: string, withDefault = true): Option {
  const o = new Option('--db <file|url>', `${what}, or a PostgreSQL URL (postgres://user:password@host:port/database)`).env(DATABASE_URL_ENV);
  return withDefault ? o.default(DEFAULT_DB) : o;
}

/** The server the command is using, as it may be shown (its password masked): named in the one line of a failure. */
let usingServer: string | undefined;
const using = (db: string): string => {
  const target = dbTarget(db);
  if (target.kind === 'postgres') usingServer = target.display;
  return db;
};
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const EXIT_HELP = `
Exit codes:
  0   done
  1   extract: some files failed (each named on stderr); the others were imported
  2   nothing done: no file succeeded or there was nothing to read; or the database,
      gold file or output file cannot be used (named on stderr in one line)
  64  the command line is wrong: unknown command or option, a bad or conflicting value
  70  internal error (a bug; CHITIEU_DEBUG=1 shows the stack)`;

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** A whole number option, at least `min`: "--workers abc" is a usage error, not NaN. */
function whole(min: number, max?: number) {
  const expected = max === undefined ? `expected a whole number ≥ ${min}.` : `expected a whole number from ${min} to ${max}.`;
  return (v: string): number => {
    if (!/^\s*\d+\s*$/.test(v)) throw new InvalidArgumentError(expected);
    const n = Number.parseInt(v, 10);
    if (n < min || (max !== undefined && n > max) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(expected);
    return n;
  };
}

/** One character to separate CSV fields; "tab" or "\t" for a tab. */
function delimiter(v: string): string {
  if (v === 'tab' || v === '\\t') return '\t';
  if ([...v].length !== 1 || /[\r\n"]/.test(v)) throw new InvalidArgumentError('expected one character other than a quote or a line break (e.g. ";" or tab).');
  return v;
}

const list = (xs: readonly string[], n = 5): string => (xs.length > n ? `${xs.slice(0, n).join(', ')} … (${xs.length} in all)` : xs.join(', '));

// `chitieu export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  say(`error: cannot write to standard output (${e.code ?? e.message})`);
  process.exit(EXIT.failed);
});

const program = new Command();
program
  .name('chitieu')
  .description('Targets and results of the collective economy (HTX, THT) from Vietnamese documents, into SQLite')
  .version(`${PACKAGE.version} (extractor ${EXTRACTOR_VERSION})`, '-V, --version', 'print the version and the extractor version')
  .helpOption('-h, --help', 'show this help')
  .showSuggestionAfterError()
  .exitOverride()
  .addHelpText('after', EXIT_HELP);

// ---- extract -----------------------------------------------------------------------------------

function printExtract(result: ExtractResult, db: string, json: boolean): void {
  for (const s of result.skipped) say(`skipped: ${s.file}: ${s.reason}`);
  for (const d of result.duplicates) {
    say(
      d.kind === 'same_bytes'
        ? `note: ${d.file}: same bytes as ${d.same_as} (not stored again; its path is recorded)`
        : `note: ${d.file}: same text as ${d.same_as} (not stored again; its path is recorded)`,
    );
  }
  for (const f of result.failures) say(`error: ${f.file}: ${f.reason}`);
  if (result.stdin_name !== undefined) {
    const path = stdinPath(result.stdin_name);
    const handled = !result.failures.some((f) => f.file === path || f.file === 'stdin') && !result.duplicates.some((d) => d.file === path);
    if (handled) say(`note: standard input is the document ${result.stdin_name} (path ${path})`);
  }
  const shown = dbTarget(db).display;
  if (!result.db_kept) say(`note: nothing imported, so ${shown} was not created`);
  if (result.verdicts) {
    const { applied, orphans } = result.verdicts;
    say(`verdicts: ${applied} still apply${orphans.length ? `; ${orphans.length} no longer apply (judge them again: chitieu review --db ${shown})` : ''}`);
    for (const o of orphans.slice(0, 20)) say(`warning: ${o}`);
    if (orphans.length > 20) say(`warning: … ${orphans.length - 20} more (chitieu review lists them all)`);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ db: shown, ...result }, null, 2)}\n`);
    return;
  }
  const status =
    Object.entries(result.byStatus)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ') || 'none';
  process.stdout.write(
    `${result.files_total} files: ${result.files_ok} imported, ${result.files_unchanged} unchanged, ` +
      `${result.files_duplicate} same as a stored document, ${result.files_failed} failed\n` +
      (result.db_kept ? `${result.records_added} records written; ${result.records_total} in ${shown} (${status})\n` : 'no database written\n'),
  );
}

program
  .command('extract')
  .description('import documents (files or folders; "-" reads standard input) and extract their figures into the database')
  .argument('[paths...]', 'files or folders (folders are read recursively)', ['seeds/'])
  .addOption(dbOption('SQLite database file, created when missing'))
  .option('--concurrency <n>', 'files read at once (≥ 1)', whole(1), 4)
  .option('--workers <n>', 'worker threads for decode and extract; 0 runs them on the main thread (default: 0 for fewer than 8 files, else 2)', whole(0, 64))
  .option('--name <name>', 'the name standard input ("-") is stored under (default: "stdin-" and 12 hex digits of its digest)')
  .option('--json', 'print the summary as JSON on stdout')
  .addHelpText(
    'after',
    `
Unchanged files are skipped; a changed file replaces its document. A file with the bytes or
the text of a stored document (a copy; its .docx, .pdf or Windows-1258 version) is not stored
again: stderr says "same bytes as" / "same text as" and its path is recorded. Entries of a
folder that are skipped (other types, symbolic links, hidden) are named on stderr. A run
that imports nothing leaves no new database file.
${EXIT_HELP}`,
  )
  .action(async (paths: string[], opts: { db: string; concurrency: number; workers?: number; name?: string; json?: boolean }) => {
    if (opts.name !== undefined && !paths.includes('-')) throw new UsageError('--name names standard input: give "-" among the paths');
    const bar =
      process.stderr.isTTY && !opts.json
        ? new cliProgress.SingleBar(
            { format: 'extract {bar} {value}/{total} {file}', stream: process.stderr, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
    let started = false;
    let result: ExtractResult;
    try {
      result = await runExtract(paths, {
        db: using(opts.db),
        concurrency: opts.concurrency,
        workers: opts.workers,
        stdinName: opts.name,
        onFile: (done, total, file) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0, { file });
            started = true;
          }
          bar.update(done, { file });
        },
      });
    } finally {
      bar?.stop();
    }
    printExtract(result, opts.db, !!opts.json);
    const succeeded = result.files_ok + result.files_unchanged + result.files_duplicate;
    process.exitCode = succeeded === 0 ? EXIT.failed : result.files_failed > 0 ? EXIT.partial : EXIT.ok;
  });

// ---- export ------------------------------------------------------------------------------------

program
  .command('export')
  .description("write every record with its evidence and its document's metadata (JSON lines, JSON or CSV)")
  .addOption(dbOption('SQLite database file'))
  .addOption(
    new Option('--format <format>', 'output format (gold: the gold lines of TARGETS.md, which eval --gold reads)')
      .choices(['jsonl', 'csv', 'json', 'gold'])
      .default('jsonl'),
  )
  .option(
    '--reviewed',
    'only what reviewers confirmed (the view v_reviewed: accepted, corrected, added records); with --format gold, only documents whose review is complete',
  )
  .option('--out <file>', 'output file, written whole or not at all (default: standard output)')
  .option('--bom', 'CSV: start with a UTF-8 byte order mark, so Excel shows Vietnamese')
  .option('--delimiter <char>', 'CSV: field separator, one character; "tab" for a tab (default: ",")', delimiter)
  .option('--decimal-comma', 'CSV: write value and value_max with a decimal comma (0,53), as Excel in a Vietnamese locale reads them')
  .addHelpText(
    'after',
    `
Columns: TARGETS.md's keys (doc, subject, metric, sector, status, year, unit, value,
value_max, comparator), the evidence (quote, sentence, start, end, section_path, rule, path,
province, district, province_today), then for dashboards the record's id, place, title,
doc_type, issued, plan_year, period_start, period_end, metric_rule (the rule that decided
the metric), part, certainty and fallbacks. For Excel in a Vietnamese locale: --format csv --bom
--delimiter ';' --decimal-comma.
--reviewed: the records of v_reviewed, each with verdict (accepted, corrected, added),
reviewer, reviewed_at and target_id; id is then the verdict's. --format gold --reviewed writes
the documents whose review is complete (stderr names the others) as gold for eval --gold.
${EXIT_HELP}`,
  )
  .action(async (opts: { db: string; format: ExportFormat; reviewed?: boolean; out?: string; bom?: boolean; delimiter?: string; decimalComma?: boolean }) => {
    if (opts.format !== 'csv') {
      const csvOnly = [opts.bom && '--bom', opts.delimiter !== undefined && '--delimiter', opts.decimalComma && '--decimal-comma'].filter(Boolean);
      if (csvOnly.length) throw new UsageError(`${csvOnly.join(', ')} ${csvOnly.length > 1 ? 'apply' : 'applies'} only to --format csv`);
    }
    const format = { bom: opts.bom, delimiter: opts.delimiter, decimalComma: opts.decimalComma };
    let text: string;
    if (opts.reviewed) {
      const { rows, partial } = await readReviewed(using(opts.db), opts.format === 'gold');
      for (const p of partial)
        say(
          `note: ${p.doc}: review not complete (${p.left} records left to judge${p.orphans ? `, ${p.orphans} verdicts that no longer apply` : ''}); left out of the gold`,
        );
      if (opts.format === 'gold' && rows.length === 0)
        throw new CommandError(`${dbTarget(opts.db).display}: no document's review is complete, so there is no gold to write`);
      text = formatRows(rows, opts.format, { ...format, columns: REVIEWED_COLUMNS });
    } else text = formatRows(await withDatabase(using(opts.db), readRowsFrom), opts.format, format);
    if (opts.out) writeWhole(opts.out, text);
    else process.stdout.write(text);
  });

// ---- eval --------------------------------------------------------------------------------------

async function predictFromPaths(paths: string[]): Promise<{ records: ScoredRecord[]; docs: string[] }> {
  // the decode and extract stages load only when eval extracts
  const { decodeDocument } = await import('./decode.ts');
  const { extractDocument } = await import('./extract-document.ts');
  const { files, errors, skipped } = await listInputs(paths);
  for (const s of skipped) say(`skipped: ${s.file}: ${s.reason}`);
  for (const e of errors) say(`error: ${e.message}`);
  if (files.length === 0) throw new CommandError(`nothing to score: no documents in ${list(paths)}`);
  const records: ScoredRecord[] = [];
  const docs: string[] = [];
  for (const f of files) {
    // a file that fails is scored as one where nothing was found
    docs.push(f.name);
    try {
      const decoded = await decodeDocument(await readInput(f), f.name);
      const doc = extractDocument(decoded.text, f.name);
      for (const r of doc.records) records.push({ doc: f.name, ...r });
    } catch (e) {
      say(`error: ${f.name}: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`);
    }
  }
  return { records, docs };
}

program
  .command('eval')
  .description('score extraction against hand-checked records: precision, recall, F1 and comparator agreement as TARGETS.md defines them')
  .requiredOption('--gold <file>', 'gold records, JSON lines (one record per line, with a "doc" key naming its file)')
  .addOption(dbOption('score the records stored in this database instead of extracting afresh: a SQLite file', false))
  .argument('[paths...]', 'documents to extract and score (default: seeds/, unless --db is given)')
  .addHelpText(
    'after',
    `
Documents are matched by file name. Gold records about documents that are not scored are
left out (stderr names them); a gold file about none of the scored documents is an error.
Documents scored without gold records count every record found in them as wrong.
${EXIT_HELP}`,
  )
  .action(async (paths: string[], opts: { gold: string; db?: string }, command: Command) => {
    if (opts.db !== undefined && paths.length > 0) {
      // paths on the command line win over a database named only by the environment
      if (command.getOptionValueSource('db') === 'env') opts.db = undefined;
      else throw new UsageError(`give either --db (score what is stored in ${dbTarget(opts.db).display}) or paths (extract them afresh), not both`);
    }
    if (opts.db !== undefined && command.getOptionValueSource('db') === 'env')
      say(`note: scoring what is stored in ${dbTarget(opts.db).display} (${DATABASE_URL_ENV}); give paths to extract afresh`);
    const gold = readGold(opts.gold);
    let predicted: ScoredRecord[];
    let docs: string[];
    if (opts.db !== undefined) {
      const shown = dbTarget(opts.db).display;
      predicted = [];
      const stored = await withDatabase(using(opts.db), async (db) => ({ rows: await readRowsFrom(db), docs: await readDocNames(db) }));
      for (const r of stored.rows) {
        const p = GoldRecordSchema.safeParse(r);
        if (p.success) predicted.push(p.data);
        else say(`error: ${shown}: record ${r.id} of ${r.doc} does not fit the record schema (${p.error.issues[0]?.message ?? 'invalid'}); left out`);
      }
      docs = stored.docs;
    } else {
      ({ records: predicted, docs } = await predictFromPaths(paths.length ? paths : ['seeds/']));
    }
    const scored = new Set(docs);
    const goldDocs = [...new Set(gold.map((g) => g.doc))].sort();
    const outside = goldDocs.filter((d) => !scored.has(d));
    if (outside.length === goldDocs.length) {
      throw new CommandError(
        `${opts.gold} is about other documents: none of its ${goldDocs.length} (${list(goldDocs)}) is among the ${scored.size} scored (${list([...scored].sort()) || 'none'})`,
      );
    }
    if (outside.length) say(`note: ${opts.gold}: ${outside.length} of its documents are not among those scored and are left out: ${list(outside)}`);
    const withoutGold = docs.filter((d) => !goldDocs.includes(d));
    if (withoutGold.length)
      say(`note: ${withoutGold.length} scored documents have no gold records (what is found in them counts as wrong): ${list(withoutGold)}`);
    process.stdout.write(
      `${formatScore(
        score(
          predicted,
          gold.filter((g) => scored.has(g.doc)),
          docs,
        ),
      )}\n`,
    );
  });

// ---- report ------------------------------------------------------------------------------------

program
  .command('report')
  .description('build the static audit site and dashboard (opens from file://, no network)')
  .addOption(dbOption('SQLite database file written by extract'))
  .option('--out <dir>', 'output folder (only its docs/ and assets/ are cleared)', 'out/report')
  .option('--json', 'print a JSON summary on stdout')
  .addHelpText('after', EXIT_HELP)
  .action(async (o: { db: string; out: string; json?: boolean }) => {
    const { buildReport } = await import('./report/build.ts');
    const bar =
      process.stderr.isTTY && !o.json
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: 'report [{bar}] {value}/{total} trang', hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
    let started = false;
    try {
      const s = await buildReport({
        db: using(o.db),
        out: o.out,
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      });
      bar?.stop();
      if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
      else {
        process.stdout.write(
          `Báo cáo: ${s.documents} tài liệu, ${s.records} bản ghi, ${s.charts} biểu đồ\n` +
            `  ${pathToFileURL(join(s.out, 'index.html')).href}\n  ${pathToFileURL(join(s.out, 'dashboard.html')).href}\n`,
        );
      }
    } finally {
      bar?.stop();
    }
  });

// ---- migrate -----------------------------------------------------------------------------------

program
  .command('migrate')
  .description('copy a SQLite database (documents, records, drops, other paths, file stamps, runs, verdicts) into PostgreSQL; copying again changes nothing')
  .requiredOption('--from <file>', 'the SQLite database to copy')
  .addOption(dbOption('the database to copy into: a SQLite file', false).makeOptionMandatory())
  .option('--json', 'print the summary as JSON on stdout')
  .addHelpText(
    'after',
    `
A document already in the destination with the same bytes, extractor version and records is
left alone; one at the same path otherwise is replaced; a text the destination holds at
another path is recorded as another path of it (one text, one document). Records are copied as
stored, not extracted again.
${EXIT_HELP}`,
  )
  .action(async (o: { from: string; db: string; json?: boolean }) => {
    const { migrateDatabase } = await import('./migrate.ts');
    const bar =
      process.stderr.isTTY && !o.json
        ? new cliProgress.SingleBar(
            { format: 'migrate {bar} {value}/{total}', stream: process.stderr, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
    let started = false;
    try {
      const s = await migrateDatabase(o.from, using(o.db), (done, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      });
      bar?.stop();
      const shown = dbTarget(o.db).display;
      if (o.json) process.stdout.write(`${JSON.stringify({ from: o.from, db: shown, ...s })}\n`);
      else {
        process.stdout.write(
          `${o.from} → ${shown}: ${s.documents_copied} documents copied (${s.records_copied} records), ` +
            `${s.documents_unchanged} already there, ${s.documents_aliased} whose text was there under another path; ` +
            `${s.aliases} other paths, ${s.files} file stamps, ${s.runs_copied} runs, ${s.verdicts_copied} verdicts copied\n`,
        );
      }
    } finally {
      bar?.stop();
    }
  });

// ---- bench -------------------------------------------------------------------------------------

program
  .command('bench')
  .description('measure extract throughput, stage by stage, on a generated corpus (several minutes; two cores busy)')
  .option('--quick', 'a 5 MB corpus of 200 documents instead of 55 MB and 2,000, for trying things (results in out/bench/RESULTS.quick.md)')
  .addHelpText(
    'after',
    `
Builds a deterministic corpus from seeds/ under out/bench/ (kept for the next run), then runs
each job in its own process: extract with 1 and 2 workers, the read + normalise and
remark-parse floors, the stages of one thread, re-import of the unchanged corpus, and extract
at 10 and 25 MB (2 and 5 MB with --quick). Prints one table on stdout and writes it to
out/bench/RESULTS.md. See pipeline/bench/RESULTS.md.
${EXIT_HELP}`,
  )
  .action(async () => {
    // pipeline/bench.ts runs when loaded and reads --quick from process.argv itself
    await import('./bench.ts');
  });

// ---- explain -----------------------------------------------------------------------------------

program
  .command('explain')
  .description('why the figure at a place of a document became its record, field by field, or why it gave none')
  .argument('[args...]', 'FILE and --at OFFSET, --quote "words" or --all (chitieu explain --help)')
  .allowUnknownOption()
  .helpOption(false)
  .action(async (args: string[]) => {
    // pipeline/explain.ts parses its own options and prints its own help
    const { main } = await import('./explain.ts');
    process.exitCode = await main(['node', 'chitieu explain', ...args]);
  });

// ---- review ------------------------------------------------------------------------------------

program
  .command('review')
  .description('a local web app where analysts accept, reject, correct and add records (their verdicts outlive re-extraction)')
  .addOption(dbOption('SQLite database file written by extract'))
  .option('--port <n>', 'port to listen on (0: any free one)', whole(0, 65535), 8765)
  .option('--host <address>', 'address to listen on (default 127.0.0.1, this machine only); needs --token')
  .option(
    '--token <token>',
    'a secret of at least 16 characters: pages take it once as ?token=, the API as the X-Chitieu-Token header (also CHITIEU_REVIEW_TOKEN)',
  )
  .addHelpText(
    'after',
    `
Pages: / (documents), /docs/N.html (a document with accept / reject / correct on every
record and add from selected words), /queue (records left to review, least certain first;
keys a accept, r reject, j/n next, k/p previous, c correct). Each verdict keeps the
reviewer's name and time. Verdicts that no longer apply after a re-extraction are listed
here, on the pages and by extract. Stop with Ctrl+C.
${EXIT_HELP}`,
  )
  .action(async (o: { db: string; port: number; host?: string; token?: string }) => {
    const token = o.token ?? process.env.CHITIEU_REVIEW_TOKEN;
    if (o.host !== undefined && !token)
      throw new UsageError('--host needs --token (or CHITIEU_REVIEW_TOKEN): anyone who can reach that address could judge records');
    if (token !== undefined && token.length < 16) throw new UsageError('--token must be at least 16 characters');
    const { startReview } = await import('./review/server.ts');
    const { describeOrphan, listOrphans, verdictCounts } = await import('./verdicts.ts');
    const server = await startReview({ db: using(o.db), port: o.port, ...(o.host !== undefined ? { host: o.host } : {}), ...(token ? { token } : {}) });
    const { Db } = await import('./db/connect.ts');
    const db = await Db.open(o.db, 'existing');
    try {
      const n = await verdictCounts(db.q);
      process.stdout.write(
        `review: ${server.url}${token ? `?token=${encodeURIComponent(token)}` : ''}\n  ${db.name}: ${n.records} records, ${n.reviewed} reviewed, ${n.left} left, ${n.added} added; Ctrl+C stops the server\n`,
      );
      const orphans = await listOrphans(db);
      if (orphans.length) say(`verdicts: ${orphans.length} no longer apply (listed on the queue page):`);
      for (const v of orphans) say(`warning: ${describeOrphan(v)}`);
    } finally {
      await db.close();
    }
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });

// ---- errors ------------------------------------------------------------------------------------

function exitCodeFor(e: unknown): number {
  if (usingServer !== undefined && isConnectionFailure(e)) {
    // the server went away or turned the connection down in the middle of the command
    say(`error: ${usingServer}: the database server cannot be used (${firstLine(e)})`);
    return EXIT.failed;
  }
  if (e instanceof CommanderError) {
    // commander has printed the help, the version, or its one-line error
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof CommandError) {
    say(`error: ${maskUrlsIn(e.message)}`);
    return e.exitCode;
  }
  const msg = firstLine(e);
  say(`error: internal error: ${msg}${process.env.CHITIEU_DEBUG ? '' : ' (run with CHITIEU_DEBUG=1 for the stack trace)'}`);
  if (process.env.CHITIEU_DEBUG && e instanceof Error && e.stack) say(e.stack);
  return EXIT.internal;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = exitCodeFor(e);
}
