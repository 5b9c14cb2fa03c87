/**
 * Test builds only (build.mjs --e2e bundles this as tooltip.js instead of
 * src/content/tooltip/module.ts): the shipped tooltip module, unchanged, and two things more: it
 * tells the bridge page that it loaded in this frame, and which mention each tooltip it opens is
 * for, so a test can see which frames loaded it and that it opened there (cross-origin frames
 * too, whose shadow roots the harness cannot read) — test/e2e/loader.e2e.ts.
 */
import browser from 'webextension-polyfill';
import type { MentionIndex, TooltipApi } from '../../../src/content/contracts';
import { createTooltipController as shipped, type ControllerDeps } from '../../../src/content/tooltip/module';

export type { ControllerDeps, FirstStep } from '../../../src/content/tooltip/module';

const tell = (type: string, params: Record<string, unknown>): void => {
  void browser.runtime.sendMessage({ type, params: { url: location.href, ...params } }).catch(() => undefined);
};

tell('e2e-tooltip-loaded', { at: performance.now() });

export function createTooltipController(index: MentionIndex, deps: ControllerDeps): TooltipApi {
  return shipped(index, {
    ...deps,
    onActiveChange: (mention) => {
      deps.onActiveChange?.(mention);
      if (mention) tell('e2e-tooltip-opened', { entity: mention.entity, at: performance.now() });
    },
  });
}
