/**
 * The tooltip's "See all in the fact panel" (decision 0240): the side panel beside the page, on the
 * entity; where the browser will not open it from here (Firefox: a content script's message carries
 * no user action), the same panel in a tab of its own, about the page.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { forgetRequest, openSidePanel, requestEntity, sidebarIsOpen } from '../sidepanel/open';

export async function openFactPanel(entity: string | undefined, tab: Tabs.Tab | undefined): Promise<'side-panel' | 'tab'> {
  // First, while the reader's click still counts as a gesture: nothing may be awaited before this.
  const opened = tab?.id !== undefined ? openSidePanel({ tabId: tab.id, windowId: tab.windowId }).then(() => true, () => false) : Promise.resolve(false);
  if (entity) await requestEntity({ entity, at: Date.now(), ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}) });
  if ((await opened) || (await sidebarIsOpen(tab?.windowId))) return 'side-panel';
  // The tab below shows the entity: a side panel opened later must not take the request as its own.
  await forgetRequest();
  const query = new URLSearchParams();
  if (entity) query.set('entity', entity);
  if (tab?.id !== undefined) query.set('tab', String(tab.id));
  const url = browser.runtime.getURL(`sidepanel.html${query.size ? `?${query.toString()}` : ''}`);
  await browser.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  return 'tab';
}
