/**
 * The tooltip's entry point for the content script: `createTooltip(index)` wires the controller
 * to the real extension (entity cards and the fact panel through the background, the reader's
 * settings from storage) and watches for the hover, tap, focus or keyboard step that loads the
 * tooltip's own module (`tooltip.js`, lazy.ts, decision 0300). This file is part of the detector
 * module; the controller and its view are not.
 */
import browser from 'webextension-polyfill';
import { sendToBackground } from '../../shared/messaging';
import { log } from '../../shared/log';
import { loadSettings, saveSettings, watchSettings } from '../../shared/settings';
import { withItem } from '../../shared/settings-schema';
import type { FactSources } from '../mark-rules';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import type { FetchCard } from './cache';
import { lazyTooltip, type TooltipModule } from './lazy';
import { TOP_FACTS } from './limits';

/**
 * The tooltip's module, web-accessible at a per-session URL in Chromium like the detector
 * (manifest.mjs), imported by URL so it stays out of the detector's bundle.
 */
const loadModule = (): Promise<TooltipModule> => import(/* @vite-ignore */ browser.runtime.getURL('tooltip.js')) as Promise<TooltipModule>;

export interface TooltipDeps {
  /** Where cards come from; the background's `entity-card` unless a test supplies one. */
  fetchCard?: FetchCard;
  /** Told when a mention's tooltip opens (its mention) or closes (null), e.g. to mark it active. */
  onActiveChange?: (mention: Mention | null) => void;
  /** Which sources hold a fact about each entity (the content script's build-time data). */
  factSources?: () => FactSources;
}

export function createTooltip(index: MentionIndex, deps: TooltipDeps = {}, load: () => Promise<TooltipModule> = loadModule): TooltipApi {
  const fromBackground: FetchCard = (entity, lang, context) =>
    sendToBackground('entity-card', { entity, lang, limit: TOP_FACTS, ...(context?.length ? { context: [...context] } : {}) });
  return lazyTooltip(index, {
    fetchCard: deps.fetchCard ?? fromBackground,
    openPanel: (entity) => {
      sendToBackground('open-panel', { entity }).catch((error: unknown) => log.warn('open-panel failed:', error));
    },
    loadSettings,
    watchSettings,
    // A change of the latest stored lists (queued), so a mute never undoes one made elsewhere meanwhile.
    mute: async (what) => {
      await saveSettings((now) =>
        'entity' in what
          ? { mutedEntities: withItem(now.mutedEntities, what.entity, true) }
          : { mutedTypes: now.mutedTypes.includes(what.type) ? now.mutedTypes : [...now.mutedTypes, what.type] },
      );
    },
    ...(deps.factSources ? { factSources: deps.factSources } : {}),
    warn: log.warn,
    ...(deps.onActiveChange ? { onActiveChange: deps.onActiveChange } : {}),
  }, load);
}
