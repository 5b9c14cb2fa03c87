/** The background's entity cards, read the way the tooltip asks for them. */
import type { EntityCard } from '../../../src/shared/messages';
import type { ExtensionBrowser } from './types';

/**
 * The background's entity card, passed through JSON in the bridge page: over WebDriver BiDi
 * (Firefox) an object that appears twice in a result (a source shared by two facts) comes back
 * only the first time, and the facts after it lose their sourceInfo.
 */
export async function cardFor(browser: ExtensionBrowser, params: { entity: string; limit?: number; context?: string[] }): Promise<EntityCard> {
  const text = await browser.bridge.evaluate(
    async (params) => JSON.stringify(await window.caravanBridge.sendToBackground({ type: 'entity-card', params })),
    params,
  );
  return JSON.parse(text) as EntityCard;
}

/** The entities the page's content script has found, polled until `entity` is among them (or ~4 s pass). */
export async function mentionsUntil(browser: ExtensionBrowser, urlPart: string, entity: string): Promise<string[]> {
  let ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const reply = await browser.sendToTab<{ mentions: Array<{ entity: string }> }>(urlPart, { type: 'page-mentions' });
    ids = reply.mentions.map((m) => m.entity);
    if (ids.includes(entity)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return ids;
}
