/**
 * Serves the test fixtures and the saved real pages from 127.0.0.1 only. Two servers on two
 * ports give the suite a second origin for cross-origin frames.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { OFFLINE_CSP } from '../../../scripts/lib/offline-csp.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'e2e', 'fixtures');
/** shared/ sits beside the clone, on a developer's machine and in CI alike. */
export const SHARED_PAGES = process.env.CARAVAN_PAGES ?? resolve(REPO_ROOT, '..', 'shared', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Roots are tried in order; `/pages/...` maps to the saved real pages. */
export async function startServer(roots: string[] = [FIXTURES], extra?: Record<string, string>): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would read as a console error.
      res.writeHead(204);
      res.end();
      return;
    }
    if (extra && path in extra) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(extra[path]);
      return;
    }
    const candidates = path.startsWith('/pages/')
      ? [join(SHARED_PAGES, normalize(path.slice('/pages/'.length)))]
      : roots.map((r) => join(r, normalize(path)));
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/pages/')) headers['content-security-policy'] = OFFLINE_CSP;
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
