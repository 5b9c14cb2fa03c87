import { describe, expect, it } from 'vitest';
import { isOtherSite, pageCsp, prepareSavedPage } from './pages.mjs';

const SECOND = 'http://127.0.0.2:9999';

describe('prepareSavedPage', () => {
  const html = [
    '<html><head><script src="//cdn.example/a.js"></script><script>var x = "</p>";</script></head>',
    '<body onload="init()"><p class="a" onclick=\'go()\' onmouseover="x()">Text</p>',
    '<iframe src="https://ads.example.com/ad?a=1&amp;b=2" width="300"></iframe>',
    '<iframe id="v" src=\'//www.youtube.com/embed/x\'></iframe>',
    '<iframe srcdoc="" width="1"></iframe><iframe src="javascript:false"></iframe><iframe src="about:blank"></iframe>',
    '<iframe src="/local.html"></iframe><SCRIPT type="application/ld+json">{}</SCRIPT></body></html>',
  ].join('\n');
  const out = prepareSavedPage(html, SECOND);

  it('removes every script and inline handler and keeps the text', () => {
    expect(out.html).not.toMatch(/<script/i);
    expect(out.html).not.toMatch(/\son[a-z]+=/i);
    expect(out.html).toContain('<p class="a">Text</p>');
    expect(out.scripts).toBe(3);
    expect(out.handlers).toBe(3);
  });

  it('points other sites’ frames at the blank page of the second origin and keeps every other frame', () => {
    expect(out.framesMoved).toBe(2);
    expect(out.html).toContain(`<iframe src="${SECOND}/frame/blank.html?n=1" width="300">`);
    expect(out.html).toContain(`<iframe id="v" src="${SECOND}/frame/blank.html?n=2">`);
    expect(out.html.match(/<iframe/g)).toHaveLength(6);
    for (const kept of ['srcdoc=""', 'src="javascript:false"', 'src="about:blank"', 'src="/local.html"']) expect(out.html).toContain(kept);
  });

  it('tells other sites from the page’s own', () => {
    expect(isOtherSite('https://x.example/')).toBe(true);
    expect(isOtherSite(' //x.example/')).toBe(true);
    expect(isOtherSite('/same.html')).toBe(false);
    expect(isOtherSite('about:blank')).toBe(false);
  });

  it('allows the second origin in the page CSP', () => {
    expect(pageCsp(SECOND)).toContain(SECOND);
    expect(pageCsp(SECOND)).toMatch(/^default-src 'self'/);
  });
});
