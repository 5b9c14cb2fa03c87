/**
 * The tooltip's entry point for the content script: `createTooltip(index)` wires the controller
 * to the real extension (entity cards and the fact panel through the background, the reader's
 * settings from storage) and starts the hover, tap and keyboard handling.
 */
import type { EntityCard } from '../../shared/messages';
import { sendToBackground } from '../../shared/messaging';
import { log } from '../../shared/log';
import { loadSettings, watchSettings } from '../../shared/settings';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import type { FetchCard } from './cache';
import { createTooltipController } from './controller';
import { TOP_FACTS } from './model';

export interface TooltipDeps {
  /** Where cards come from; the background's `entity-card` unless a test supplies one. */
  fetchCard?: FetchCard;
  /** Told when a mention's tooltip opens (its mention) or closes (null), e.g. to mark it active. */
  onActiveChange?: (mention: Mention | null) => void;
}

export function createTooltip(index: MentionIndex, deps: TooltipDeps = {}): TooltipApi {
  const fromBackground: FetchCard = (entity, lang, context) =>
    sendToBackground('entity-card', { entity, lang, limit: TOP_FACTS, ...(context?.length ? { context: [...context] } : {}) });
  return createTooltipController(index, {
    fetchCard: deps.fetchCard ?? (__E2E__ ? e2eCards(fromBackground) : fromBackground),
    openPanel: (entity) => {
      sendToBackground('open-panel', { entity }).catch((error: unknown) => log.warn('open-panel failed:', error));
    },
    loadSettings,
    watchSettings,
    warn: log.warn,
    ...(deps.onActiveChange ? { onActiveChange: deps.onActiveChange } : {}),
  });
}

/**
 * Test builds only (`__E2E__`; release builds drop this): a fixture page may carry its own cards
 * in `<script type="application/json" id="caravan-e2e-cards">{"<entity>": EntityCard}</script>`,
 * so the tooltip's end-to-end tests do not depend on which facts the pack holds. Entities the
 * fixture does not list still come from the background.
 */
function e2eCards(fallback: FetchCard): FetchCard {
  return async (entity, lang, context) => {
    const text = document.getElementById('caravan-e2e-cards')?.textContent;
    if (text) {
      const cards = JSON.parse(text) as Record<string, EntityCard>;
      if (Object.hasOwn(cards, entity)) return cards[entity]!;
    }
    return fallback(entity, lang, context);
  };
}
