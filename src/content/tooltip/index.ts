/**
 * The tooltip's entry point for the content script: `createTooltip(index)` wires the controller
 * to the real extension (entity cards and the fact panel through the background, the reader's
 * settings from storage) and starts the hover, tap and keyboard handling.
 */
import type { EntityCard } from '../../shared/messages';
import { sendToBackground } from '../../shared/messaging';
import { log } from '../../shared/log';
import { loadSettings, saveSettings, watchSettings } from '../../shared/settings';
import type { FactSources } from '../mark-rules';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { createTooltipController } from './controller';
import { TOP_FACTS } from './model';

export interface TooltipDeps {
  /** Where cards come from; the background's `entity-card` unless a test supplies one. */
  fetchCard?: (entity: string, lang: string) => Promise<EntityCard | null>;
  /** Told when a mention's tooltip opens (its mention) or closes (null), e.g. to mark it active. */
  onActiveChange?: (mention: Mention | null) => void;
  /** Which sources hold a fact about each entity (the content script's build-time data). */
  factSources?: () => FactSources;
}

export function createTooltip(index: MentionIndex, deps: TooltipDeps = {}): TooltipApi {
  const fromBackground = (entity: string, lang: string): Promise<EntityCard | null> =>
    sendToBackground('entity-card', { entity, lang, limit: TOP_FACTS });
  return createTooltipController(index, {
    fetchCard: deps.fetchCard ?? fromBackground,
    openPanel: (entity) => {
      sendToBackground('open-panel', { entity }).catch((error: unknown) => log.warn('open-panel failed:', error));
    },
    loadSettings,
    watchSettings,
    mute: async (what) => {
      const settings = await loadSettings();
      if ('entity' in what) {
        if (!settings.mutedEntities.includes(what.entity)) await saveSettings({ mutedEntities: [...settings.mutedEntities, what.entity] });
      } else if (!settings.mutedTypes.includes(what.type)) await saveSettings({ mutedTypes: [...settings.mutedTypes, what.type] });
    },
    ...(deps.factSources ? { factSources: deps.factSources } : {}),
    warn: log.warn,
    ...(deps.onActiveChange ? { onActiveChange: deps.onActiveChange } : {}),
  });
}
