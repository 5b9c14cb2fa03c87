/**
 * Puts a citation on the clipboard as text/html with text/plain beside it. Called from a click
 * or key press (a user gesture), which is all the async Clipboard API asks of a page or a content
 * script in either browser; no permission is needed for that. Where the page's permissions
 * policy refuses the API (a cross-origin frame without `allow="clipboard-write"`) the copy falls
 * back to a `copy` event, which carries both types as well.
 */
import type { Citation } from './citation';

export async function copyCitation(citation: Citation, doc: Document = document): Promise<void> {
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no async clipboard');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([citation.text], { type: 'text/plain' }),
        'text/html': new Blob([citation.html], { type: 'text/html' }),
      }),
    ]);
  } catch (error) {
    if (!copyByEvent(citation, doc)) throw error;
  }
}

function copyByEvent(citation: Citation, doc: Document): boolean {
  let done = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', citation.text);
    event.clipboardData.setData('text/html', citation.html);
    event.preventDefault();
    event.stopImmediatePropagation();
    done = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    // Deprecated but still the one synchronous copy both browsers honour on a user gesture.
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return done;
}
