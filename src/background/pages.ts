/**
 * When a tab's page changes (decision 0351). Neither `tabs.onUpdated` (without the "tabs"
 * permission it gives no address; with it, a hash or pushState change looks like a new page, an
 * iframe's navigation like a reload) nor webNavigation (a permission readers would have to grant)
 * says it, so the top frame's document does: its time origin, sent with the loader's `gate-init`
 * and asked of it once the tab has loaded (a top frame without text asks nothing; a page restored
 * from the back/forward cache runs no script again). A later origin is a new page: the old page's
 * reports go, from the badge and the topic state alike; an earlier one, asked, is a restored page,
 * whose frames are told the topic state and so report again.
 */
import browser from 'webextension-polyfill';
import type { Envelope } from '../shared/messages';
import { setBadge } from './badge';
import { showFramesPage, startFramesPage } from './frames';
import { showTopicPage, startTopicPage } from './topic';

/** The tab's top document started at `origin`. */
export async function startPage(tabId: number, origin: number): Promise<void> {
  const count = await startFramesPage(tabId, origin);
  if (count !== null) await setBadge(tabId, count);
  await startTopicPage(tabId, origin);
}

/** Asks the tab's top frame which document it holds, and starts its page (nothing where no content script answers). */
export async function askTopDocument(tabId: number): Promise<void> {
  const message: Envelope<'page-origin'> = { type: 'page-origin' };
  const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)) as { result?: unknown } | undefined;
  const origin = reply?.result;
  if (typeof origin !== 'number' || !Number.isFinite(origin) || origin <= 0) return;
  // The top frame's own answer: an earlier document than the page known is one restored from the
  // back/forward cache (its scripts do not run again), and it is the page now.
  const count = await showFramesPage(tabId, origin);
  if (count !== null) await setBadge(tabId, count);
  await showTopicPage(tabId, origin);
}
