// The saved pages as the benchmark serves them (pure string work, unit-tested): their scripts and
// inline event handlers removed (the page's own JavaScript would be noise that differs run to run),
// and every iframe kept. A frame of another site (an ad, a video, a social widget) is pointed at an
// empty document on the benchmark's second origin, so it stays a frame of another site (out of
// process in Chromium) that loads blank, as it would with its host blocked; srcdoc, about:blank and
// javascript: frames stay as they are (same-origin frames the content script also runs in).

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_OPEN = /<script\b[^>]*\/>/gi;
// An on… attribute inside a tag (quoted value); a tag's text never holds `<… onx="…"` by itself.
const HANDLER = /(<[a-z][^>]*?)\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi;
const IFRAME_SRC = /(<iframe\b[^>]*?\ssrc\s*=\s*)("([^"]*)"|'([^']*)')/gi;

/** Whether an iframe `src` (as written in the page) leads to another site than the page's own. */
export function isOtherSite(src) {
  const s = src.trim().replace(/&amp;/g, '&');
  return /^(https?:)?\/\//i.test(s);
}

/**
 * The page with scripts and handlers removed and other sites' frames pointed at
 * `${secondOrigin}/frame/blank.html?n=N`. Returns { html, scripts, handlers, framesMoved }.
 */
export function prepareSavedPage(html, secondOrigin) {
  let scripts = 0;
  let handlers = 0;
  let framesMoved = 0;
  let out = html.replace(SCRIPT, () => (scripts++, '')).replace(SCRIPT_OPEN, () => (scripts++, ''));
  // Repeated: a tag may carry several handlers, each pass removes one per tag.
  for (let again = true; again; ) {
    again = false;
    out = out.replace(HANDLER, (_, tag) => {
      handlers++;
      again = true;
      return tag;
    });
  }
  out = out.replace(IFRAME_SRC, (whole, head, _quoted, dq, sq) => {
    const src = dq ?? sq ?? '';
    if (!isOtherSite(src)) return whole;
    framesMoved++;
    return `${head}"${secondOrigin}/frame/blank.html?n=${framesMoved}"`;
  });
  return { html: out, scripts, handlers, framesMoved };
}

/** The empty document every other site's frame loads. */
export const BLANK_FRAME = '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>\n';

/** The Content-Security-Policy of a saved page: requests stay on the two bench origins. */
export function pageCsp(secondOrigin) {
  return `default-src 'self' ${secondOrigin} 'unsafe-inline' 'unsafe-eval' data: blob:`;
}
