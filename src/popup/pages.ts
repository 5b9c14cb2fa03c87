/** Which pages Caravan can run on, and the host a page belongs to. Pure, unit-tested. */

const BLOCKED_SCHEMES = /^(chrome|chrome-extension|moz-extension|about|edge|brave|opera|vivaldi|view-source|devtools|resource|chrome-search|chrome-untrusted|data|javascript|blob):/i;

/** Extension galleries, where browsers forbid content scripts. */
const STORES: Array<{ host: string; path?: string }> = [
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'chromewebstore.google.com' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** True where no content script can run: browser pages, extension pages, the web stores. */
export function isRestrictedUrl(url: string): boolean {
  if (BLOCKED_SCHEMES.test(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  const host = parsed.hostname.toLowerCase();
  return STORES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
}

/** The host name as settings store it (lowercase, no port: the content script compares `location.hostname`), or null. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The entries of `list` that cover `host` (itself or a parent domain). */
export function coveringEntries(list: readonly string[], host: string): string[] {
  const h = host.toLowerCase();
  return list.filter((site) => h === site || h.endsWith(`.${site}`));
}
