// Serves the benchmark pages from 127.0.0.1: /pages/* = the saved real pages in ../shared/pages
// (beside the clone, as in the e2e harness), anything else from test/bench-fixtures/.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { OFFLINE_CSP } from '../lib/offline-csp.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED_PAGES = process.env.CARAVAN_PAGES ?? resolve(ROOT, '..', 'shared', 'pages');
export const FIXTURES = join(ROOT, 'test', 'bench-fixtures');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

export async function startBenchServer() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/pages/')
      ? join(SHARED_PAGES, normalize(path.slice('/pages/'.length)))
      : join(FIXTURES, normalize(path));
    if (!file.startsWith(SHARED_PAGES) && !file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      return void res.end(path === '/favicon.ico' ? '' : 'not found');
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (path.startsWith('/pages/')) headers['content-security-policy'] = OFFLINE_CSP;
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
