/**
 * Reading the tooltip from a test: its shadow root is closed, so test builds mirror its state as
 * data attributes on the host (src/content/tooltip/test-state.ts), and tests click its controls at
 * the centres it reports.
 */
import type { TestPage } from './types';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export type TipState = Record<string, string> | null;
export type Rects = Record<'card' | 'pin' | 'close' | 'quote' | 'panel' | 'describe', [number, number] | null>;

/** The tooltip host's mirrored state, or null while no tooltip is in the page. */
export function readTip(page: TestPage): Promise<TipState> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-caravan-ui][data-state]');
    return host ? { ...host.dataset } as Record<string, string> : null;
  });
}

export async function waitForTip(page: TestPage, check: (tip: Record<string, string>) => boolean, what: string): Promise<Record<string, string>> {
  let last: TipState = null;
  for (let i = 0; i < 200; i++) {
    last = await readTip(page);
    if (last && check(last)) return last;
    await sleep(50);
  }
  throw new Error(`tooltip never became ${what}; last state ${JSON.stringify(last)}`);
}

export async function waitClosed(page: TestPage): Promise<void> {
  await page.waitFor(() => !document.querySelector('[data-caravan-ui][data-state="open"]'));
}

/** The centre of the first occurrence of `word` in the page's text, found with a TreeWalker and a Range. */
export function centreOf(page: TestPage, word: string): Promise<[number, number]> {
  return page.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0 || node.parentElement?.closest('script, style')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const r = range.getClientRects()[0]!;
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    }
    throw new Error(`no ${word} in the page`);
  }, word);
}

