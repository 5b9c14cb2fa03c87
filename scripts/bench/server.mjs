// Serves the benchmark pages from 127.0.0.1: /pages/* = the saved real pages in ../shared/pages
// (beside the clone, as in the e2e harness), anything else from test/bench-fixtures/.
// With `secondHost` (npm run bench): a second server on that loopback address is the "other site"
// the saved pages' foreign frames load from (/frame/blank.html, empty), and the saved pages are
// served prepared (pages.mjs: no scripts, frames kept).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { OFFLINE_CSP } from '../lib/offline-csp.mjs';
import { BLANK_FRAME, pageCsp, prepareSavedPage } from './pages.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
// Beside the clone (../shared/pages), or beside the folder of worktrees (../../shared/pages).
export const SHARED_PAGES =
  process.env.CARAVAN_PAGES ?? [resolve(ROOT, '..', 'shared', 'pages'), resolve(ROOT, '..', '..', 'shared', 'pages')].find((d) => existsSync(d)) ?? resolve(ROOT, '..', 'shared', 'pages');
export const FIXTURES = join(ROOT, 'test', 'bench-fixtures');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

async function listen(handler, host) {
  const server = createServer(handler);
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, done);
  });
  return server;
}

export async function startBenchServer({ secondHost = null } = {}) {
  let secondOrigin = null;
  const prepared = new Map();
  const handler = (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/frame/blank.html') {
      return void res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(BLANK_FRAME);
    }
    const file = path.startsWith('/pages/')
      ? join(SHARED_PAGES, normalize(path.slice('/pages/'.length)))
      : join(FIXTURES, normalize(path));
    if (!file.startsWith(SHARED_PAGES) && !file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      return void res.end(path === '/favicon.ico' ? '' : 'not found');
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body = readFileSync(file);
    if (path.startsWith('/pages/')) {
      headers['content-security-policy'] = secondOrigin ? pageCsp(secondOrigin) : OFFLINE_CSP;
      if (secondOrigin && extname(file) === '.html') {
        if (!prepared.has(file)) prepared.set(file, prepareSavedPage(body.toString('utf8'), secondOrigin));
        body = prepared.get(file).html;
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  };
  const server = await listen(handler, '127.0.0.1');
  const origin = `http://127.0.0.1:${server.address().port}`;
  let second = null;
  if (secondHost) {
    second = await listen(handler, secondHost);
    secondOrigin = `http://${secondHost}:${second.address().port}`;
  }
  const close = (s) => new Promise((done) => (s ? s.close(() => done()) : done()));
  return {
    origin,
    secondOrigin,
    secondHostPort: second ? `${secondHost}:${second.address().port}` : null,
    /** What prepareSavedPage did to a page already served: { scripts, handlers, framesMoved }. */
    preparedStats: (name) => {
      const p = prepared.get(join(SHARED_PAGES, name));
      return p ? { scripts: p.scripts, handlers: p.handlers, framesMoved: p.framesMoved } : null;
    },
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: async () => {
      server.closeAllConnections?.();
      second?.closeAllConnections?.();
      await Promise.all([close(server), close(second)]);
    },
  };
}
