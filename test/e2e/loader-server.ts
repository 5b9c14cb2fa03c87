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

/**
 * Watches the main thread from the page itself: long tasks (Chromium) and the longest gap
 * between heartbeats after DOMContentLoaded (both browsers), whoever blocked it. Read by
 * loader-stress.e2e.ts and reported, never asserted.
 */
const PROBE = `<script>
  window.__probe = { longtasks: [], maxGap: 0, gaps50: 0, beats: 0 };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__probe.longtasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    window.__probe.ready = performance.now();
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      const gap = now - last;
      if (gap > window.__probe.maxGap) window.__probe.maxGap = Math.round(gap);
      if (gap >= 50) window.__probe.gaps50++;
      window.__probe.beats++;
      last = now;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
</script>`;

const TOPIC = '<p id="topic">Kazakhstan and Afghanistan agree on the railway; Tokayev meets the Taliban in Kabul.</p>';
const WORDS = ['river', 'bread', 'garden', 'window', 'paper', 'music', 'table', 'morning', 'letter', 'winter'];

/** The stress pages of issue 18 item 4, each ending in one paragraph on topic. */
function stressPages(): Record<string, string> {
  const para = (i: number) => `<p>${Array.from({ length: 60 }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ')}.</p>`;
  const big: string[] = [];
  for (let i = 0, size = 0; size < 5_000_000; i++) {
    const p = para(i);
    big.push(p);
    size += p.length;
  }
  const noSpace = 'abcdefghij'.repeat(200_000);
  const nodes = Array.from({ length: 20_000 }, (_, i) => `<span>${WORDS[i % WORDS.length]}</span>`).join(' ');
  const frames = Array.from({ length: 50 }, (_, i) =>
    `<iframe title="frame ${i}" width="120" height="40" srcdoc="${esc(html(i % 10 === 0 ? '<p>Kazakhstan</p>' : i % 2 ? '' : `<p>${WORDS[i % 10]}</p>`))}"></iframe>`).join('');
  return {
    '/stress-5mb.html': PROBE + big.join('') + TOPIC,
    '/stress-nospace.html': `${PROBE}<p>${noSpace}</p>${TOPIC}`,
    '/stress-repeat.html': `${PROBE}<p>${'Kazakhstan'.repeat(100_000)}</p><p>${'Afghanistan '.repeat(100_000)}</p>${TOPIC}`,
    '/stress-nodes.html': `${PROBE}<div>${nodes}</div>${TOPIC}`,
    '/stress-frames.html': `${PROBE}${frames}${TOPIC}`,
  };
}

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
    // The gate's first pass (decision 0282): blocks with no space between, as minified pages are
    // (its textContent reads "riverKazakhstan"), and the name in a form of two words.
    '/glued.html': { body: html('<ul><li>Slow beans by the river</li><li>Kazakhstan</li></ul><div>Talks on the</div><div>Trans-Caspian International Transport Route</div>') },
    // Large pages (the gate reads the text in view first): the name in view though last in the
    // document, the name far below the viewport, no name at all.
    '/large-view.html': { body: html(`${LONG}<p style="position:fixed;top:0;left:0;margin:0;background:#fff">Tokayev visits Kabul.</p>`) },
    '/large-below.html': { body: html(`${LONG}<p>Tokayev visits Kabul.</p>`) },
    '/large-quiet.html': { body: html(LONG) },
  };
}

/** 400 paragraphs of ordinary words: a page of more elements than the gate reads whole at once. */
const LONG = Array.from({ length: 400 }, (_, i) => `<p>${Array.from({ length: 12 }, (_, k) => WORDS[(i * 3 + k) % WORDS.length]).join(' ')}.</p>`).join('');

export async function startLoaderServer(cross = ''): Promise<LoaderServer> {
  let stress: Record<string, string> | null = null;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/stress-')) stress ??= stressPages();
    const page = path.startsWith('/stress-') && stress?.[path] ? { body: html(stress[path]), headers: {} } : pages(cross)[path];
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
