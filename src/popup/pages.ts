/** Which pages Caravan can run on (hosts themselves: ../shared/hosts). Pure, unit-tested. */

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
