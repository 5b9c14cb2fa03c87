import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messaging';
import { loadSettings } from '../shared/settings';
import { entityCard } from '../store/queries';
import { setBadge } from './badge';
import { openFactPanel } from './open-panel';
import { framesOf, reportFrame } from './frames';
import { first, keys, version } from 'virtual:gate-keys';
import { currentRunSettings } from './run-settings-watch';
import { readerHandlers } from './reader';
import { factDb, store } from './store-access';
import { reportTopic } from './topic';
import { startPage } from './pages';

/** What the background answers. */
export const handlers: Handlers<'background'> = {
  ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'store-status': async () => (await store()).status,
  'entity-card': async ({ entity, limit, context }) => {
    const [{ db }, settings] = await Promise.all([store(), loadSettings()]);
    return entityCard(db, entity, { disabledSources: settings.disabledSources, limit: limit ?? 5, context });
  },
  'mentions-changed': async ({ entities, frameId, origin }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await setBadge(tabId, await reportFrame(tabId, frameId ?? sender.frameId ?? 0, entities, origin));
    return null;
  },
  'topic-evidence': async ({ origin, ...evidence }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('topic-evidence comes from a tab’s frames only');
    return { onTopic: await reportTopic(tabId, sender.frameId ?? 0, evidence, origin) };
  },
  'tab-frames': async ({ tabId }, sender) => {
    // Which frames of a tab found something is for the panel to know, not for other pages' scripts.
    if (!sender.url?.startsWith(browser.runtime.getURL(''))) throw new Error('tab-frames answers the extension pages only');
    return framesOf(tabId);
  },
  // A frame's loader with text to read: where Caravan runs, and the gate's keys (decision 0326).
  'gate-init': async (params, sender) => {
    // The top frame's document starts the tab's page (decision 0351).
    const tabId = sender.tab?.id;
    if (tabId !== undefined && (sender.frameId ?? 0) === 0 && params?.origin) await startPage(tabId, params.origin);
    return { settings: await currentRunSettings(), gateKeys: { version, keys, first } };
  },
  'open-panel': async ({ entity }, sender) => {
    await openFactPanel(entity, sender.tab);
    return null;
  },
  ...readerHandlers(factDb),
};
