import browser from 'webextension-polyfill';

/** The toolbar badge: how many distinct entities the tab mentions, in all its frames; nothing for none. */
export async function setBadge(tabId: number, entityCount: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: entityCount > 0 ? String(entityCount) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
}
