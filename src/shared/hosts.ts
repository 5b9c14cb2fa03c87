/**
 * Host names, in one place: how a reader's entry, a settings file's entry and a page's address
 * become the host name settings store, and how a stored entry covers a page. Pure (the URL parser
 * only), unit-tested.
 *
 * Ports: a stored site is a bare host name. An entry with a port ("example.org:8080",
 * "https://example.org:8080/a") is accepted and stands for its host on every port, because the
 * content script compares `location.hostname`, which has no port, and browsers' match patterns
 * do not tell ports apart either (decision 0121).
 */

/** The most a host name may be (RFC 1035, as text). */
export const MAX_HOST_LENGTH = 253;

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** True for a host name as settings store it: lowercase, no scheme, port, path or trailing dot. */
export function isHost(host: string): boolean {
  return (HOST_NAME.test(host) && (host.includes('.') || host === 'localhost')) || IPV6.test(host);
}

/**
 * "example.org", "https://www.example.org/path", " Example.ORG:8080 ", "*.example.org" → the
 * host name settings store ("example.org", "www.example.org"), or null when the entry is no host.
 * International names come out in their ASCII (punycode) form, as `location.hostname` gives them.
 */
export function normalizeHost(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s || /\s/.test(s)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s.replace(/^\*\./, '')}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.replace(/\.$/, '');
    return isHost(host) ? host : null;
  } catch {
    return null;
  }
}

/** Why an entry is refused, for messages: "not a host name". */
export const HOST_PROBLEM = 'not a host name (like example.org)';

/** The host of a web page's address (lowercase, no port), or null for anything but http(s). */
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

/** True where `site` covers `host`: the host itself or one of its subdomains. */
export function siteCovers(site: string, host: string): boolean {
  const h = host.toLowerCase();
  return h === site || h.endsWith(`.${site}`);
}

/** The entries of `list` that cover `host` (itself or a parent domain). */
export function coveringEntries(list: readonly string[], host: string): string[] {
  return list.filter((site) => siteCovers(site, host));
}

/** True where any entry of `list` covers `host`. */
export function anyCovers(list: readonly string[], host: string): boolean {
  return list.some((site) => siteCovers(site, host));
}
