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
  'open-panel': async ({ entity }) => {
    const url = browser.runtime.getURL(`popup.html${entity ? `?entity=${encodeURIComponent(entity)}` : ''}`);
    await browser.tabs.create({ url });
    return null;
  },
};
