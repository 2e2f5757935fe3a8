/** The store and the extract run: idempotent re-import, atomic replacement, failures that leave nothing behind. */
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../pipeline/run.ts';
import { Store } from '../pipeline/store.ts';
import type { DocumentMeta, TargetRecord } from '../pipeline/record.ts';

const SEED = new URL('../seeds/002_e8c341b51b59ed2c.txt', import.meta.url);

function counts(db: string) {
  const d = new Database(db, { readonly: true });
  const n = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
  const out = { documents: n('SELECT COUNT(*) AS n FROM documents'), targets: n('SELECT COUNT(*) AS n FROM targets') };
  d.close();
  return out;
}

function workdir() {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-store-'));
  return { dir, db: join(dir, 'db.sqlite') };
}

describe('extract run', () => {
  it('re-running on the same files adds no rows', async () => {
    const { dir, db } = workdir();
    copyFileSync(SEED, join(dir, 'a.txt'));
    const first = await runExtract([join(dir, 'a.txt')], { db });
    const before = counts(db);
    expect(first.records_added).toBeGreaterThan(5);
    const second = await runExtract([join(dir, 'a.txt')], { db });
    expect(second.files_unchanged).toBe(1);
    expect(second.records_added).toBe(0);
    expect(counts(db)).toEqual(before);
  });

  it('changed content at the same path replaces that document and its records', async () => {
    const { dir, db } = workdir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 HTX và có 400 hợp tác xã.\n');
    await runExtract([path], { db });
    expect(counts(db)).toEqual({ documents: 1, targets: 2 });
    writeFileSync(path, 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 40 HTX.\n');
    await runExtract([path], { db });
    expect(counts(db)).toEqual({ documents: 1, targets: 1 });
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT value FROM targets').get() as { value: number }).value).toBe(40);
    d.close();
  });

  it('a bad file is reported in one line naming it, and the others still import', async () => {
    const { dir, db } = workdir();
    copyFileSync(SEED, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const r = await runExtract([dir, join(dir, 'missing.txt')], { db });
    expect(r.files_ok).toBe(1);
    expect(r.failures.map((f) => f.file).sort()).toEqual(['binary.txt', 'empty.txt', join(dir, 'missing.txt')].sort());
    for (const f of r.failures) expect(f.reason).not.toMatch(/\n/);
    expect(counts(db).documents).toBe(1);
  });
});

describe('store', () => {
  const meta: DocumentMeta = {
    title: null,
    doc_type: 'other',
    doc_number: null,
    issuer: null,
    issued: null,
    plan_year: null,
    period_start: null,
    period_end: null,
    province: null,
    district: null,
    province_today: null,
  };
  const record: TargetRecord = {
    subject: 'htx',
    metric: 'count',
    sector: null,
    status: 'actual',
    year: 2024,
    unit: 'count',
    value: 5,
    value_max: null,
    comparator: 'eq',
    quote: '5 HTX',
    sentence: 'Có 5 HTX.',
    start: 3,
    end: 8,
    section_path: [],
    rules: ['metric.count'],
  };
  const doc = (hash: string, version = '1') => ({
    path: 'x.txt',
    file_name: 'x.txt',
    content_hash: hash,
    format: 'txt',
    encoding: 'utf-8',
    text: 'Có 5 HTX.',
    extractor_version: version,
    meta,
    diagnostics: [],
  });

  it('knows unchanged content, and a new extractor version makes it changed', async () => {
    const { db } = workdir();
    const s = await Store.open(db);
    await s.saveDocument(doc('h1'), [record]);
    expect(await s.isUnchanged('x.txt', 'h1', '1')).toBe(true);
    expect(await s.isUnchanged('x.txt', 'h2', '1')).toBe(false);
    expect(await s.isUnchanged('x.txt', 'h1', '2')).toBe(false);
    await s.close();
  });

  it('a document whose records fail to insert leaves nothing behind', async () => {
    const { db } = workdir();
    const s = await Store.open(db);
    await s.saveDocument(doc('h1'), [record]);
    const broken = { ...record, status: 'maybe' } as unknown as TargetRecord;
    await expect(s.saveDocument(doc('h2'), [record, broken])).rejects.toThrow(/CHECK/);
    await s.close();
    // the old version of the document is still there, whole
    expect(counts(db)).toEqual({ documents: 1, targets: 1 });
  });

  it('creates the dashboard views', async () => {
    const { db } = workdir();
    await (await Store.open(db)).close();
    const d = new Database(db, { readonly: true });
    const views = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").all() as { name: string }[]).map((v) => v.name);
    d.close();
    expect(views).toEqual(['v_attainment', 'v_attainment_reviewed', 'v_reviewed', 'v_targets', 'v_targets_all']);
  });
});

describe('store: one document per content', () => {
  it('the same content under a second path replaces the first, so figures are not counted twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-copy-'));
    const db = join(dir, 'db.sqlite');
    const meta = {
      title: null,
      doc_type: 'other' as const,
      doc_number: null,
      issuer: null,
      issued: null,
      plan_year: null,
      period_start: null,
      period_end: null,
      province: null,
      district: null,
      province_today: null,
    };
    const record: TargetRecord = {
      subject: 'htx',
      metric: 'count',
      sector: null,
      status: 'actual',
      year: 2024,
      unit: 'count',
      value: 5,
      value_max: null,
      comparator: 'eq',
      quote: '5 HTX',
      sentence: 'Có 5 HTX.',
      start: 3,
      end: 8,
      section_path: [],
      rules: ['metric.count'],
    };
    const doc = (path: string, version: string) => ({
      path,
      file_name: path,
      content_hash: 'same',
      format: 'txt',
      encoding: 'utf-8',
      text: 'Có 5 HTX.',
      extractor_version: version,
      meta,
      diagnostics: [],
    });
    const s = await Store.open(db);
    await s.saveDocument(doc('old/place.txt', '1'), [record]);
    await s.saveDocument(doc('new/place.txt', '2'), [record]);
    await s.close();
    expect(counts(db)).toEqual({ documents: 1, targets: 1 });
  });
});

describe('extract run: files that go away', () => {
  it('a file that vanishes mid-run is reported, the rest import, and it leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-vanish-'));
    const db = join(dir, 'db.sqlite');
    const names = Array.from({ length: 12 }, (_, i) => `doc-${String(i).padStart(2, '0')}.txt`);
    names.forEach((n, i) => {
      writeFileSync(join(dir, n), `Năm 2024, toàn tỉnh phấn đấu thành lập mới ${i + 10} HTX.\n`);
    });
    const victim = join(dir, names[11] as string);
    const r = await runExtract([dir], {
      db,
      concurrency: 1,
      workers: 0,
      onFile: (done) => {
        if (done === 1) rmSync(victim, { force: true });
      },
    });
    expect(r.failures).toEqual([
      { file: expect.stringContaining('doc-11.txt') as unknown as string, reason: expect.stringMatching(/cannot be read|ENOENT/) as unknown as string },
    ]);
    expect(r.files_ok).toBe(11);
    expect(counts(db)).toEqual({ documents: 11, targets: 11 });
  });
});
