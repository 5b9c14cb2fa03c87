/**
 * Pages for the loader's end-to-end tests (loader*.e2e.ts), served with the headers they need (a
 * strict Content-Security-Policy): frames with and without text, text that names nothing of the
 * topic, a page whose text arrives later, and the stress pages of issue 18 item 4, generated.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoaderServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const html = (body: string, title = 'Caravan loader fixture') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const OFF_TOPIC = '<p>Slow-cooked beans with thyme, a loaf of rye bread and a walk by the river on Sunday.</p>';

/** The pages; `cross` is the other server's origin (a cross-origin frame). */
function pages(cross: string): Record<string, { body: string; headers?: Record<string, string> }> {
  const topicSrcdoc = html('<p>A srcdoc frame about Astana.</p>');
  return {
    '/frames.html': {
      body: html(`
        <p id="top">The top document mentions Kazakhstan and Tokayev.</p>
        <iframe id="empty-blank" title="empty about:blank"></iframe>
        <iframe id="empty-srcdoc" title="empty srcdoc" srcdoc="${esc(html(''))}"></iframe>
        <iframe id="empty-page" title="empty page" src="/empty.html"></iframe>
        <iframe id="off-topic" title="off topic" src="/off-topic.html"></iframe>
        <iframe id="topic-srcdoc" title="srcdoc on topic" srcdoc="${esc(topicSrcdoc)}"></iframe>
        <iframe id="topic-cross" title="cross origin on topic" src="${cross}/topic.html"></iframe>
        <iframe id="topic-blank" title="about:blank on topic"></iframe>
        <script>
          // An about:blank frame its parent writes into, as ad slots do.
          const d = document.getElementById('topic-blank').contentDocument;
          d.open(); d.write('<p>Written into about:blank: the Taliban in Kabul.</p>'); d.close();
        </script>`),
    },
    // A tab that names nothing: text in the top frame and in a frame, an empty frame.
    '/quiet.html': { body: html(`${OFF_TOPIC}<iframe title="off topic" src="/off-topic.html"></iframe><iframe title="empty" src="/empty.html"></iframe>`) },
    '/empty.html': { body: html('') },
    '/off-topic.html': { body: html(OFF_TOPIC) },
    '/topic.html': { body: html('<p>A cross-origin frame names Afghanistan.</p>') },
    '/csp.html': {
      body: html('<p>Behind a strict policy: Kazakhstan and Afghanistan sign a trade agreement in Astana.</p>'),
      headers: { 'content-security-policy': "default-src 'none'" },
    },
    '/spa.html': { body: html(`<main id="app">${OFF_TOPIC}<p id="status">Loading…</p></main>`) },
  };
}

export async function startLoaderServer(cross = ''): Promise<LoaderServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages(cross)[path];
    if (!page) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
