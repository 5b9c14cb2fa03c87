/**
 * Reading the tooltip from a test. Its shadow root is closed to page script, so the harness reads
 * it through the driver's protocol (TestPage.inShadow: CDP in Chromium, WebDriver BiDi in Firefox)
 * — the product carries no test hook, and the same probe reads a release build. Tests click the
 * tooltip's controls at the centres it reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server';
import type { TestPage } from './types';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export type TipState = Record<string, string> | null;
export type Rects = Record<'card' | 'pin' | 'close' | 'quote' | 'panel' | 'describe', [number, number] | null>;

/** The tooltip's host in the page (src/content/tooltip/host.ts: <caravan-tooltip>, else a div, on <html>). */
const HOST = 'html > [data-caravan-ui]';

const catalogue = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'static', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
/** The English status lines, to tell the tooltip's states apart as a reader does: by what it says. */
const STATUS_TEXT = {
  unknown: catalogue.tooltipUnknownEntity!.message,
  // Loaded, nothing to show: none from the enabled sources, all in sources turned off, or none at all.
  none: [catalogue.tooltipNoEnabledFacts!.message, catalogue.tooltipOnlyDisabledFacts!.message, catalogue.tooltipNothingYet!.message],
  error: catalogue.tooltipError!.message,
};

/**
 * The tooltip's state as a reader and a screen reader get it, read in the page from its shadow
 * root. `status`: loading, ready (facts, or "none from your enabled sources"), unknown or error.
 * Runs in the page: self-contained.
 */
function probe(root: ShadowRoot, text: { unknown: string; none: string[]; error: string }): Record<string, string> {
  const card = root.querySelector<HTMLElement>('.card');
  if (!card || !root.host.isConnected) return { state: 'closed' };
  const title = root.querySelector('.title');
  const style = title ? getComputedStyle(title) : null;
  const centre = (selector: string): number[] | null => {
    const r = root.querySelector(selector)?.getBoundingClientRect();
    return r ? [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] : null;
  };
  const statusLine = root.querySelector('.status');
  const said = statusLine?.textContent ?? '';
  const list = root.querySelector('.facts');
  const status = statusLine?.classList.contains('loading')
    ? 'loading'
    : list || text.none.includes(said)
      ? 'ready'
      : said === text.unknown
        ? 'unknown'
        : said === text.error
          ? 'error'
          : `? ${said}`;
  const active = root.activeElement;
  const quotes = Array.from(list?.querySelectorAll('blockquote') ?? []);
  return {
    state: 'open',
    // Hidden until positioned (controller.ts): only then are its rects where a reader sees them.
    placed: String(card.style.visibility !== 'hidden'),
    status,
    said,
    facts: String(list?.children.length ?? 0),
    /** "5 facts": the list's label, the number of facts in all. */
    total: list?.getAttribute('aria-label') ?? '',
    summaries: JSON.stringify(Array.from(list?.querySelectorAll('.summary') ?? [], (s) => s.textContent)),
    role: card.getAttribute('role') ?? '',
    label: card.getAttribute('aria-label') ?? '',
    pinned: root.querySelector('[data-action="pin"]')?.getAttribute('aria-pressed') ?? '',
    title: title?.textContent ?? '',
    fontSize: style?.fontSize ?? '',
    color: style?.color ?? '',
    focus: !active ? '' : (active.getAttribute('data-action') ?? (active === card ? 'card' : active.localName)),
    /** Which fact (0-based) holds focus, or -1. */
    focusFact: String(Array.from(list?.children ?? []).findIndex((li) => !!active && li.contains(active))),
    quotes: quotes.map((q) => `${q.lang}:${q.dir}:${q.hidden ? 'hidden' : 'shown'}`).join(' '),
    live: root.querySelector('[aria-live]')?.textContent ?? '',
    /** The card's box: left, top, right, bottom. */
    box: JSON.stringify(((r) => [r.left, r.top, r.right, r.bottom].map(Math.round))(card.getBoundingClientRect())),
    /** The card's and its header's boxes, and the window's size, to check that it fits. */
    bounds: JSON.stringify({
      card: ((r) => [r.left, r.top, r.right, r.bottom].map(Math.round))(card.getBoundingClientRect()),
      head: ((r) => (r ? [r.left, r.top, r.right, r.bottom].map(Math.round) : null))(root.querySelector('.head')?.getBoundingClientRect()),
      viewport: [innerWidth, innerHeight],
    }),
    /** The computed direction of each kind of text: each must run in its own. */
    dirs: JSON.stringify(
      Object.fromEntries(
        ['.card', '.title', '.type', '.desc', '.summary', '.badge .src', '.badge', '.quote', '[data-action="panel"]'].map((sel) => {
          const el = root.querySelector(sel);
          return [sel, el ? getComputedStyle(el).direction : null];
        }),
      ),
    ),
    /** The description: its toggle's state and its height in lines. */
    desc: JSON.stringify({
      toggle: root.querySelector('[data-action="describe"]')?.getAttribute('aria-expanded') ?? null,
      lines: ((d) => (d ? Math.round(d.getBoundingClientRect().height / parseFloat(getComputedStyle(d).lineHeight)) : 0))(root.querySelector('.desc')),
    }),
    rects: JSON.stringify({
      card: centre('.card'),
      pin: centre('[data-action="pin"]'),
      close: centre('[data-action="close"]'),
      quote: centre('[data-action="quote"]'),
      panel: centre('[data-action="panel"]'),
      describe: centre('[data-action="describe"]'),
    }),
  };
}

/** The tooltip's state, or null while no tooltip is in the page. */
export async function readTip(page: TestPage): Promise<TipState> {
  const tip = await page.inShadow(HOST, probe, STATUS_TEXT);
  return tip && tip.state === 'open' ? tip : null;
}

/** Waits until the tooltip is open, placed, and `check` holds. */
export async function waitForTip(page: TestPage, check: (tip: Record<string, string>) => boolean, what: string): Promise<Record<string, string>> {
  let last: TipState = null;
  for (let i = 0; i < 200; i++) {
    last = await readTip(page);
    if (last && last.placed === 'true' && check(last)) return last;
    await sleep(50);
  }
  throw new Error(`tooltip never became ${what}; last state ${JSON.stringify(last)}`);
}

export async function waitClosed(page: TestPage): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await readTip(page)) === null) return;
    await sleep(50);
  }
  throw new Error('the tooltip did not close');
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
