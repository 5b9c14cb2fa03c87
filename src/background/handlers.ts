import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messaging';
import { setBadge } from './badge';

/** What the background answers. The store-backed handlers arrive with the fact store. */
export const handlers: Handlers<'background'> = {
  ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'store-status': () => ({ version: null, sources: 0, entities: 0, facts: 0, seedMs: null, rebuiltBecause: null }),
  'entity-card': () => null,
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
