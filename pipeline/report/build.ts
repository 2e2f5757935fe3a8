/**
 * Build the static report from the database: index.html, dashboard.html, dashboard/<place>.html,
 * docs/<id>.html and assets/. Only docs/, dashboard/ and assets/ are cleared before writing, never
 * the whole output directory.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openExisting } from '../db-file.ts';
import { CommandError, DatabaseError } from '../errors.ts';
import { CSS, JS } from './assets.ts';
import { dashboardPages } from './dashboard.ts';
import { MAIN_METRICS } from './charts.ts';
import { loadAttainment, loadChartBars, loadDocuments, loadDrops, loadFormerNames, loadLastRun, loadPlaceCounts, loadRecords, loadText } from './data.ts';
import { documentPage, docHref, indexPage } from './pages.ts';
import { ensureViews } from './views.ts';

export interface BuildOptions {
  db: string;
  out: string;
  /** Called after each page is written (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Fixed generation time (tests). */
  now?: Date;
  /** 'dashboard': write only dashboard.html, dashboard/ and assets/ (the index and document pages are left as they are). */
  only?: 'dashboard';
}

export interface BuildSummary {
  out: string;
  documents: number;
  records: number;
  charts: number;
  pages: string[];
}

/** The report cannot be built: one line for the user, exit code 2. */
export class ReportError extends CommandError {}

export function buildReport(opts: BuildOptions): BuildSummary {
  if (!existsSync(opts.db)) {
    throw new ReportError(`Không tìm thấy cơ sở dữ liệu ${opts.db} (database not found) — chạy "chitieu extract" trước, hoặc chỉ đường dẫn bằng --db FILE.`);
  }
  let db: Database.Database;
  try {
    // not read-only: the views are created or brought up to date
    db = openExisting(opts.db, { readonly: false });
  } catch (e) {
    if (e instanceof DatabaseError) throw new ReportError(e.message);
    throw e;
  }
  try {
    ensureViews(db);
    return write(db, opts);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E')) {
      const path = (e as NodeJS.ErrnoException).path ?? opts.out;
      throw new ReportError(`${path}: không ghi được báo cáo (cannot write the report: ${code})`);
    }
    throw e;
  } finally {
    db.close();
  }
}

function write(db: Database.Database, opts: BuildOptions): BuildSummary {
  const out = resolve(opts.out);
  const generated = (opts.now ?? new Date()).toLocaleString('vi-VN', { hour12: false });
  mkdirSync(out, { recursive: true });
  for (const sub of opts.only === 'dashboard' ? ['dashboard', 'assets'] : ['docs', 'dashboard', 'assets']) rmSync(join(out, sub), { recursive: true, force: true });
  mkdirSync(join(out, 'docs'), { recursive: true });
  mkdirSync(join(out, 'dashboard'), { recursive: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'assets', 'report.css'), CSS);
  writeFileSync(join(out, 'assets', 'report.js'), JS);

  const docs = loadDocuments(db);
  const run = loadLastRun(db);
  // the dashboard reads aggregates (one row per bar, per attainment row), never every record at once
  const dash = dashboardPages(loadChartBars(db, MAIN_METRICS), loadAttainment(db), loadPlaceCounts(db), generated, loadFormerNames(db));
  const pages: string[] = [];
  const total = (opts.only === 'dashboard' ? 0 : docs.length + 1) + dash.pages.length;
  let done = 0;
  const emit = (rel: string, html: string): void => {
    writeFileSync(join(out, rel), html);
    pages.push(rel);
    opts.onProgress?.(++done, total);
  };

  if (opts.only !== 'dashboard') {
    emit('index.html', indexPage(docs, run, generated));
    for (const d of docs) {
      emit(docHref(d), documentPage(d, loadText(db, d.id), loadRecords(db, d.id), run, generated, { drops: loadDrops(db, d.id) }));
    }
  }
  for (const p of dash.pages) emit(p.href, p.html);
  return {
    out,
    documents: docs.length,
    records: (db.prepare('SELECT COUNT(*) AS n FROM targets').get() as { n: number }).n,
    charts: dash.charts,
    pages,
  };
}
