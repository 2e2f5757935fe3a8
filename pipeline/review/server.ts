/**
 * `chitieu review`: a local web app (Hono on Node) where analysts accept, reject, correct and add
 * records. It serves the report's document pages with the review actions, a queue of records left
 * to review, its own stylesheet and script, and one API route, POST /api/verdicts.
 *
 * Safety, for a tool that runs on an analyst's machine:
 * - it listens on 127.0.0.1 unless told otherwise, and then only with a token: pages need the
 *   token once in their address (`?token=`, then an HttpOnly SameSite=Strict cookie), the API in
 *   the X-Chitieu-Token header (compared in constant time); without a token only the loopback host
 *   names are answered (no DNS rebinding);
 * - a write must be JSON with the header X-Chitieu-Review (a cross-site form or image cannot send
 *   either) and, when the browser says where it comes from, come from the page's own origin;
 * - every body, query and path parameter is checked with zod (pipeline/review/requests.ts), the
 *   body is at most 64 KB, and a verdict on a record that changed meanwhile is refused (409) with
 *   what changed, in one transaction (pipeline/verdicts.ts);
 * - every page and asset goes out with a Content-Security-Policy that allows its own server only
 *   (no CDN, no other address), and text is escaped where it is written.
 */
import { serve, type ServerType } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Db } from '../db/connect.ts';
import { CommandError } from '../errors.ts';
import { CSS, JS } from '../report/assets.ts';
import { loadDocuments } from '../report/data.ts';
import type { ReviewLayout } from '../report/layout.ts';
import { addVerdict, listOrphans, describeOrphan, resolveAllVerdicts, verdictCounts, VerdictRefused, type VerdictInput } from '../verdicts.ts';
import { REVIEW_CSS, REVIEW_JS } from './assets.ts';
import { queuePage, reviewDocumentPage, reviewIndexPage } from './pages.ts';
import { AssetParamSchema, describeIssues, DocParamSchema, NoQuerySchema, PageQuerySchema, QueueQuerySchema, VerdictRequestSchema } from './requests.ts';

export interface ReviewOptions {
  /** The database (made by extract): a SQLite file or a postgres:// URL. */
  db: string;
  /** Port (0: any free one). */
  port: number;
  /** Address to listen on: 127.0.0.1 unless given; any other needs a token. */
  host?: string;
  /** Needed with a host; pages take it once as ?token=, the API as X-Chitieu-Token. */
  token?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const COOKIE = 'chitieu_review';
export const TOKEN_HEADER = 'X-Chitieu-Token';
export const REVIEW_HEADER = 'X-Chitieu-Review';

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  // digests have one length: the comparison takes the same time whatever was given
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

const ASSETS: Record<'report.css' | 'report.js' | 'review.css' | 'review.js', { type: string; body: string }> = {
  'report.css': { type: 'text/css; charset=utf-8', body: CSS },
  'report.js': { type: 'text/javascript; charset=utf-8', body: JS },
  'review.css': { type: 'text/css; charset=utf-8', body: REVIEW_CSS },
  'review.js': { type: 'text/javascript; charset=utf-8', body: REVIEW_JS },
};

const STATUS_OF = { unknown: 404, stale: 409, invalid: 422 } as const;

/** The Hono app over an open database; `token` as in ReviewOptions. */
export function reviewApp(db: Db, opts: { token?: string } = {}): Hono {
  const app = new Hono();
  const layoutFor = (): ReviewLayout => (opts.token ? { token: opts.token } : {});
  const now = (): string => new Date().toLocaleString('vi-VN', { hour12: false });
  const invalid = (c: Context, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, what: string): Response =>
    c.json({ error: `invalid ${what}: ${describeIssues(error)}`, issues: error.issues }, 400);

  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json({ error: err.message || 'bad request' }, err.status);
    process.stderr.write(`review: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return c.json({ error: "internal error (see the server's output)" }, 500);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: `no such address: ${c.req.method} ${c.req.path}` }, 404) : c.text('Không có trang này (not found)', 404),
  );

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    // without a token the server answers to the loopback names only: a page of another site cannot reach it by a name of its own
    if (!opts.token && !LOOPBACK.has(new URL(c.req.url).hostname)) return c.text('Refused: this review server answers to 127.0.0.1 / localhost only', 403);
    if (!opts.token) return next();
    const api = c.req.path.startsWith('/api/');
    if (api) {
      if (!sameSecret(c.req.header(TOKEN_HEADER), opts.token)) return c.json({ error: `wrong or missing token (the ${TOKEN_HEADER} header)` }, 401);
      return next();
    }
    const url = new URL(c.req.url);
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!sameSecret(given, opts.token)) return c.text('Sai mã truy cập (wrong token)', 401);
      setCookie(c, COOKIE, opts.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (!sameSecret(getCookie(c, COOKIE), opts.token))
      return c.text('Cần mã truy cập: mở địa chỉ kèm ?token=… (a token is needed: open the address with ?token=…)', 401);
    return next();
  });

  // ---- pages -------------------------------------------------------------------------------
  const pageQuery = zValidator('query', PageQuerySchema, (r, c) => (r.success ? undefined : invalid(c, r.error, 'address')));
  const index = async (c: Context): Promise<Response> => c.html(await reviewIndexPage(db, layoutFor(), now()));
  app.get('/', pageQuery, index);
  app.get('/index.html', pageQuery, index);
  app.get(
    '/queue',
    zValidator('query', QueueQuerySchema, (r, c) => (r.success ? undefined : invalid(c, r.error, 'address'))),
    async (c) => {
      const q = c.req.valid('query');
      return c.html(await queuePage(db, layoutFor(), now(), q.limit, q.offset));
    },
  );
  app.get(
    '/docs/:file',
    zValidator('param', DocParamSchema, (r, c) => (r.success ? undefined : c.text('Không có trang này (not found)', 404))),
    pageQuery,
    async (c) => {
      const id = Number(c.req.valid('param').file.replace(/\.html$/u, ''));
      const [doc] = await loadDocuments(db, id);
      const hash = await db.q.selectFrom('documents').select('text_hash').where('id', '=', id).executeTakeFirst();
      if (!doc || !hash?.text_hash) return c.text(`Không có tài liệu #${id} (no document #${id})`, 404);
      return c.html(await reviewDocumentPage(db, doc, hash.text_hash, layoutFor(), now()));
    },
  );
  const noQuery = zValidator('query', NoQuerySchema, (r, c) => (r.success ? undefined : invalid(c, r.error, 'address')));
  app.get('/favicon.ico', noQuery, (c) => c.body(null, 204));
  app.get(
    '/assets/:name',
    zValidator('param', AssetParamSchema, (r, c) => (r.success ? undefined : c.text('not found', 404))),
    noQuery,
    (c) => {
      const asset = ASSETS[c.req.valid('param').name];
      return c.body(asset.body, 200, { 'Content-Type': asset.type });
    },
  );

  // ---- API ---------------------------------------------------------------------------------
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET') return next();
    // a write comes from the review pages' script: JSON, our header, our origin
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json'))
      return c.json({ error: 'send JSON (Content-Type: application/json)' }, 415);
    if (c.req.header(REVIEW_HEADER) !== '1') return c.json({ error: `missing the ${REVIEW_HEADER}: 1 header (writes come from the review pages only)` }, 403);
    const origin = c.req.header('Origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin) return c.json({ error: `refused: a request from another site (${origin})` }, 403);
    return next();
  });
  app.use('/api/*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: 'request too large (64 KB at most)' }, 413) }));

  app.post(
    '/api/verdicts',
    zValidator('json', VerdictRequestSchema, (r, c) => (r.success ? undefined : invalid(c, r.error, 'verdict'))),
    async (c) => {
      try {
        const input: VerdictInput = c.req.valid('json');
        const verdict = await addVerdict(db, input);
        return c.json({ verdict }, 201);
      } catch (e) {
        if (e instanceof VerdictRefused) return c.json({ error: e.message, reason: e.reason }, STATUS_OF[e.reason]);
        throw e;
      }
    },
  );
  app.get('/api/orphans', noQuery, async (c) => c.json({ orphans: (await listOrphans(db)).map((o) => ({ ...o, description: describeOrphan(o) })) }));
  app.get('/api/counts', noQuery, async (c) => c.json(await verdictCounts(db.q)));
  return app;
}

export interface RunningReview {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Open the database and listen; the caller closes it. */
export async function startReview(opts: ReviewOptions): Promise<RunningReview> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host) && !opts.token) throw new CommandError('--host needs --token: anyone who can reach that address could judge records', 64);
  // a database that is not there, not SQLite or not chitieu's (or a server that cannot be used) is refused before anything is written
  const db = await Db.open(opts.db, 'existing');
  try {
    await resolveAllVerdicts(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  const app = reviewApp(db, opts.token ? { token: opts.token } : {});
  let server: ServerType;
  const info = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: opts.port, hostname: host }, resolve);
    server.once('error', reject);
  }).catch(async (e: NodeJS.ErrnoException) => {
    await db.close();
    throw new CommandError(
      `cannot listen on ${host}:${opts.port} (${e.code === 'EADDRINUSE' ? 'the port is in use: give another with --port' : (e.code ?? e.message)})`,
    );
  });
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${info.port}/`,
    port: info.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void db.close().then(resolve);
        });
        // keep-alive connections of a browser would hold close() open
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
