// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../shared/messages';
import { DEFAULT_SETTINGS } from '../../shared/settings-schema';
import type { Mention, MentionIndex } from '../contracts';
import { createTooltipController } from './controller';
import { TOOLTIP_MESSAGES_EN } from './i18n';

/** The tooltip's shadow root is closed: caught as it is attached. */
function catchShadowRoot(): () => ShadowRoot {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  return () => root!;
}

function mention(): Mention {
  const p = document.createElement('p');
  p.textContent = 'Trade with Kazakhstan grew.';
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 11);
  range.setEnd(p.firstChild!, 21);
  return { entity: 'kazakhstan', text: 'Kazakhstan', range, lang: 'en', dir: 'ltr' };
}

describe('a card the background refuses or fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['refused', new MessageError('refused', 'bad params for entity-card', 'entity-card')],
    ['no reply', new MessageError('no-reply', 'nobody answered', 'entity-card')],
  ])('%s: says the facts could not be loaded, not that there are none', async (_, error) => {
    const root = catchShadowRoot();
    document.body.innerHTML = '';
    const m = mention();
    const index: MentionIndex = { all: () => [m], at: () => null, onChange: () => () => undefined };
    const warn = vi.fn();
    const tooltip = createTooltipController(index, {
      fetchCard: () => Promise.reject(error),
      openPanel: () => undefined,
      loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
      watchSettings: () => () => undefined,
      warn,
      hover: { frame: (cb) => cb() },
    });
    tooltip.open(m, { focus: false, reason: 'hover' });
    await new Promise((r) => setTimeout(r, 0));
    const status = root().querySelector('.status')!.textContent;
    expect(status).toBe(TOOLTIP_MESSAGES_EN.tooltipError);
    expect(status).not.toBe(TOOLTIP_MESSAGES_EN.tooltipUnknownEntity);
    expect(warn).toHaveBeenCalledWith('entity card failed:', error);
    tooltip.destroy();
  });
});
