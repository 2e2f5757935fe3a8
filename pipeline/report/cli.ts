/**
 * npm run report -- [--db FILE] [--out DIR] [--json]
 * Builds the static report. A progress bar on stderr when stderr is a terminal, silent otherwise;
 * --json prints a machine-readable summary on stdout.
 */
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildReport, ReportError } from './build.ts';

const program = new Command()
  .name('report')
  .description('Build the static audit report and dashboard (works offline from file://)')
  .option('--db <file>', 'SQLite database written by extract', 'out/chitieu.sqlite')
  .option('--out <dir>', 'output directory', 'out/report')
  .option('--json', 'print a JSON summary on stdout')
  .action((o: { db: string; out: string; json?: boolean }) => {
    const bar = process.stderr.isTTY && !o.json
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'report [{bar}] {value}/{total} trang', hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
    let started = false;
    try {
      const s = buildReport({
        db: o.db,
        out: o.out,
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) { bar.start(total, 0); started = true; }
          bar.update(done);
        },
      });
      bar?.stop();
      if (o.json) {
        process.stdout.write(`${JSON.stringify(s)}\n`);
      } else {
        process.stdout.write(`Báo cáo: ${s.documents} tài liệu, ${s.records} bản ghi, ${s.charts} biểu đồ\n`
          + `  ${pathToFileURL(join(s.out, 'index.html')).href}\n  ${pathToFileURL(join(s.out, 'dashboard.html')).href}\n`);
      }
    } catch (e) {
      bar?.stop();
      if (e instanceof ReportError) {
        process.stderr.write(`report: ${e.message}\n`);
        process.exitCode = 2;
        return;
      }
      throw e;
    }
  });

program.parse();
