/**
 * Build the static report from the database: index.html, dashboard.html, dashboard/<place>.html,
 * docs/<id>.html and assets/. Only docs/, dashboard/ and assets/ are cleared before writing, never
 * the whole output directory.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Db } from '../db/connect.ts';
import { dbTarget } from '../db/target.ts';
import { CommandError, DatabaseError } from '../errors.ts';
import { CSS, JS } from './assets.ts';
import { dashboardPages } from './dashboard.ts';
import { MAIN_METRICS } from './charts.ts';
import { loadAttainment, loadChartBars, loadDocuments, loadDrops, loadFormerNames, loadLastRun, loadPlaceCounts, loadRecords, loadText } from './data.ts';
import { documentPage, docHref, indexPage } from './pages.ts';

export interface BuildOptions {
  /** A SQLite file or a postgres:// URL. */
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

export async function buildReport(opts: BuildOptions): Promise<BuildSummary> {
  const target = dbTarget(opts.db);
  if (target.kind === 'sqlite' && !existsSync(target.file)) {
    throw new ReportError(`Không tìm thấy cơ sở dữ liệu ${opts.db} (database not found) — chạy "chitieu extract" trước, hoặc chỉ đường dẫn bằng --db FILE.`);
  }
  let db: Db;
  try {
    // opening brings the tables and views up to date
    db = await Db.open(target, 'existing');
  } catch (e) {
    if (e instanceof DatabaseError) throw new ReportError(e.message);
    throw e;
  }
  try {
    return await write(db, opts);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E') && (e as NodeJS.ErrnoException).path !== undefined) {
      const path = (e as NodeJS.ErrnoException).path as string;
      throw new ReportError(`${path}: không ghi được báo cáo (cannot write the report: ${code})`);
    }
    throw e;
  } finally {
    await db.close();
  }
}

async function write(db: Db, opts: BuildOptions): Promise<BuildSummary> {
  const out = resolve(opts.out);
  const generated = (opts.now ?? new Date()).toLocaleString('vi-VN', { hour12: false });
  mkdirSync(out, { recursive: true });
  for (const sub of opts.only === 'dashboard' ? ['dashboard', 'assets'] : ['docs', 'dashboard', 'assets'])
    rmSync(join(out, sub), { recursive: true, force: true });
  mkdirSync(join(out, 'docs'), { recursive: true });
  mkdirSync(join(out, 'dashboard'), { recursive: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'assets', 'report.css'), CSS);
  writeFileSync(join(out, 'assets', 'report.js'), JS);

  const docs = await loadDocuments(db);
  const run = await loadLastRun(db);
  // the dashboard reads aggregates (one row per bar, per attainment row), never every record at once
  const dash = dashboardPages(await loadChartBars(db, MAIN_METRICS), await loadAttainment(db), await loadPlaceCounts(db), generated, await loadFormerNames(db));
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
      emit(docHref(d), documentPage(d, await loadText(db, d.id), await loadRecords(db, d.id), run, generated, { drops: await loadDrops(db, d.id) }));
    }
  }
  for (const p of dash.pages) emit(p.href, p.html);
  return {
    out,
    documents: docs.length,
    records: Number(
      (
        await db.q
          .selectFrom('targets')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    charts: dash.charts,
    pages,
  };
}
