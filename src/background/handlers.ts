import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messaging';
import { loadSettings } from '../shared/settings';
import { entityCard } from '../store/queries';
import { setBadge } from './badge';
import { store } from './store-access';

/** What the background answers. */
export const handlers: Handlers<'background'> = {
  ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'store-status': async () => (await store()).status,
  'entity-card': async ({ entity, limit }) => {
    const [{ db }, settings] = await Promise.all([store(), loadSettings()]);
    return entityCard(db, entity, { disabledSources: settings.disabledSources, limit: limit ?? 5 });
  },
  'mentions-changed': async ({ entities, frameId }, sender) => {
    if (sender.tab?.id !== undefined && (frameId ?? sender.frameId ?? 0) === 0) {
      await setBadge(sender.tab.id, new Set(entities).size);
    }
    return null;
  },
  'open-panel': async ({ entity }, sender) => {
    // The panel opens in a tab, so it is told which page it is about.
    const query = new URLSearchParams();
    if (entity) query.set('entity', entity);
    if (sender.tab?.id !== undefined) query.set('tab', String(sender.tab.id));
    const url = browser.runtime.getURL(`popup.html${query.size ? `?${query.toString()}` : ''}`);
    await browser.tabs.create({ url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) });
    return null;
  },
};
