#!/usr/bin/env node
/**
 * chitieu's command line: extract, export, eval. One job per command; each reports
 * failures as one line per file on stderr.
 *
 * Exit codes of `extract`: 0 every file imported (or unchanged), 1 some files
 * failed, 2 no file succeeded (or there was nothing to read).
 */
import { Command, Option } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import cliProgress from 'cli-progress';
import { runExtract } from './run.ts';
import { formatRows, readRows, type ExportFormat } from './export.ts';
import { formatScore, GoldRecordSchema, score, type ScoredRecord } from './evaluate.ts';
import { listInputs, readInput } from './ingest.ts';
import { decodeDocument } from './decode.ts';
import { extractDocument } from './extract-document.ts';

const DEFAULT_DB = 'out/chitieu.sqlite';

// `chitieu export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program.name('chitieu').description('Targets and results of the collective economy (HTX, THT) from Vietnamese documents, into SQLite');

program
  .command('extract')
  .description('import documents (files or folders; "-" for stdin) and extract their figures')
  .argument('[paths...]', 'files or folders', ['seeds/'])
  .option('--db <file>', 'SQLite database', DEFAULT_DB)
  .option('--concurrency <n>', 'files read at once', (v) => Number.parseInt(v, 10), 4)
  .option('--workers <n>', 'worker threads for decode and extract (0: none; default 1 for a few files, else 2)', (v) => Number.parseInt(v, 10))
  .option('--json', 'print the summary as JSON on stdout')
  .action(async (paths: string[], opts: { db: string; concurrency: number; workers?: number; json?: boolean }) => {
    const bar = process.stderr.isTTY && !opts.json
      ? new cliProgress.SingleBar({ format: 'extract {bar} {value}/{total} {file}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : null;
    let started = false;
    const result = await runExtract(paths, {
      db: opts.db,
      concurrency: opts.concurrency,
      workers: opts.workers,
      onFile: (done, total, file) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0, { file });
          started = true;
        }
        bar.update(done, { file });
      },
    });
    bar?.stop();
    for (const f of result.failures) process.stderr.write(`error: ${f.file}: ${f.reason}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ db: opts.db, ...result }, null, 2)}\n`);
    else {
      const status = Object.entries(result.byStatus).map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
      process.stdout.write(
        `${result.files_total} files: ${result.files_ok} imported, ${result.files_unchanged} unchanged, ${result.files_failed} failed\n` +
          `${result.records_added} records written; ${result.records_total} in ${opts.db} (${status})\n`,
      );
    }
    const succeeded = result.files_ok + result.files_unchanged;
    process.exitCode = result.files_failed === 0 && succeeded > 0 ? 0 : succeeded > 0 ? 1 : 2;
  });

program
  .command('export')
  .description('write every record with its evidence')
  .option('--db <file>', 'SQLite database', DEFAULT_DB)
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'json']).default('jsonl'))
  .option('--out <file>', 'output file (default: stdout)')
  .option('--bom', 'start CSV with a UTF-8 byte order mark, for Excel')
  .action((opts: { db: string; format: ExportFormat; out?: string; bom?: boolean }) => {
    if (!existsSync(opts.db)) {
      process.stderr.write(`error: ${opts.db}: no such database (run npm run extract first)\n`);
      process.exitCode = 2;
      return;
    }
    const text = formatRows(readRows(opts.db), opts.format, { bom: opts.bom });
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
  });

async function predictFromPaths(paths: string[]): Promise<{ records: ScoredRecord[]; docs: string[] }> {
  const { files, errors } = await listInputs(paths);
  for (const e of errors) process.stderr.write(`error: ${e.message}\n`);
  const records: ScoredRecord[] = [];
  const docs: string[] = [];
  for (const f of files) {
    try {
      const decoded = await decodeDocument(await readInput(f), f.name);
      const doc = extractDocument(decoded.text, f.name);
      docs.push(f.name);
      for (const r of doc.records) records.push({ doc: f.name, ...r });
    } catch (e) {
      process.stderr.write(`error: ${f.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return { records, docs };
}

program
  .command('eval')
  .description('score extraction against hand-checked records (precision, recall, F1 as TARGETS.md defines them)')
  .requiredOption('--gold <file>', 'gold records, JSON lines')
  .option('--db <file>', 'score the records in this database instead of extracting afresh')
  .argument('[paths...]', 'documents to extract and score (default: seeds/)')
  .action(async (paths: string[], opts: { gold: string; db?: string }) => {
    const gold = readFileSync(opts.gold, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        const parsed = GoldRecordSchema.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`${opts.gold}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        return parsed.data;
      });
    let predicted: ScoredRecord[];
    let docs: string[];
    if (opts.db) {
      predicted = readRows(opts.db).map((r) => GoldRecordSchema.parse(r));
      docs = [...new Set(predicted.map((r) => r.doc))];
    } else {
      ({ records: predicted, docs } = await predictFromPaths(paths.length ? paths : ['seeds/']));
    }
    process.stdout.write(`${formatScore(score(predicted, gold, docs))}\n`);
  });

await program.parseAsync(process.argv);

