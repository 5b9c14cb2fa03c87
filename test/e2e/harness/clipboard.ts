/**
 * Reading the system clipboard back in both browsers: a real paste (the keyboard's Ctrl+V) into
 * an editable element of a fixture page that records the paste event's text/plain and text/html.
 * No permission or browser-specific API: the same path a reader's paste takes.
 */
import type { TestPage } from './types';

export interface Pasted {
  text: string;
  html: string;
}

/** Pastes into `#paste` of a page that records it in `window.__pasted` (fixtures/citation.html). */
export async function pasteBack(page: TestPage): Promise<Pasted> {
  await page.bringToFront();
  await page.evaluate(() => {
    (window as unknown as { __pasted: unknown }).__pasted = null;
  });
  await page.click('#paste');
  await page.press('Control+V');
  return (await page.waitFor(() => (window as unknown as { __pasted: Pasted | null }).__pasted))!;
}
