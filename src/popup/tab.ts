/** The tab the popup is about, and what its content script says it mentions. */
import browser from 'webextension-polyfill';
import type { PageMention } from '../shared/messages';
import { sendToTab } from '../shared/messaging';

export interface TabInfo {
  id: number;
  /** Undefined where the browser does not tell (no activeTab grant for a popup opened in a tab). */
  url: string | undefined;
}

/** `?tab=<id>` when given (tests, "open in a tab"), else the active tab of the current window. */
export async function resolveTab(search = location.search): Promise<TabInfo | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // Opened as a tab of its own, the popup finds itself: an extension page, which it says it cannot read.
  return { id: tab.id, url: tab.url };
}

/** The top frame's mentions; rejects where no content script answers. */
export async function pageMentions(tabId: number): Promise<PageMention[]> {
  const reply = await sendToTab(tabId, 'page-mentions');
  if (!reply || !Array.isArray(reply.mentions)) throw new Error('no content script answered');
  return reply.mentions.filter(
    (m): m is PageMention => typeof m === 'object' && m !== null && typeof m.entity === 'string' && typeof m.text === 'string',
  );
}

/** Scrolls the page to the entity's first mention and flashes it; false where that failed. */
export async function revealEntity(tabId: number, entity: string): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'reveal-entity', { entity })) === true;
  } catch {
    return false;
  }
}

export async function openSource(sourceId: string, factId?: string): Promise<void> {
  const query = new URLSearchParams({ source: sourceId, ...(factId ? { fact: factId } : {}) });
  await browser.tabs.create({ url: browser.runtime.getURL(`source.html?${query.toString()}`) });
}
