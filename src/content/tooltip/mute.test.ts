// @vitest-environment happy-dom
// The tooltip's scope parts (decision 0190): the line shown for an entity without facts, and the
// "Don't mark" buttons. Apart from controller.test.ts so the two change apart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-schema';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { createTooltipController } from './controller';

let root: ShadowRoot | null = null;
const realAttach = Element.prototype.attachShadow;

const card = (id: string, name: string, type: 'city' | 'person'): EntityCard => ({
  entity: { id, type, scope: 'core', names: { en: name }, aliases: [], keys: [] },
  facts: [],
  total: 0,
});

function mentionOf(word: string, entity: string): Mention {
  const p = document.createElement('p');
  p.textContent = `A note on ${word}.`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 10);
  range.setEnd(p.firstChild!, 10 + word.length);
  return { entity, text: word, range, lang: 'en', dir: 'ltr' };
}

describe('tooltip: factless entities and muting', () => {
  let tooltip: TooltipApi;
  let mute: ReturnType<typeof vi.fn>;
  let settingsListener: ((s: Settings) => void) | null = null;
  const cards: Record<string, EntityCard> = { 'amu-darya': card('amu-darya', 'Amu Darya', 'city'), kabul: card('kabul', 'Kabul', 'city') };

  beforeEach(() => {
    root = null;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = realAttach.call(this, init);
      return root;
    });
    document.body.innerHTML = '';
    mute = vi.fn(() => Promise.resolve());
    const index: MentionIndex = { all: () => [], at: () => null, onChange: () => () => undefined };
    tooltip = createTooltipController(index, {
      fetchCard: (entity) => Promise.resolve(cards[entity] ?? null),
      openPanel: () => undefined,
      loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
      watchSettings: (cb) => {
        settingsListener = cb;
        return () => undefined;
      },
      hover: { frame: (cb) => cb() },
      factSources: () => ({ kabul: ['src-a'] }),
      mute: mute as never,
    });
  });
  afterEach(() => {
    tooltip.destroy();
    vi.restoreAllMocks();
  });

  const q = (selector: string) => root!.querySelector<HTMLElement>(selector);
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('says plainly that no source speaks of an entity yet', async () => {
    tooltip.open(mentionOf('Amu Darya', 'amu-darya'), { focus: false, reason: 'hover' });
    await flush();
    expect(q('.status')!.textContent).toBe('The sources say nothing about it yet.');
  });

  it('says the facts are in sources the reader turned off, when they are', async () => {
    tooltip.open(mentionOf('Kabul', 'kabul'), { focus: false, reason: 'hover' });
    await flush();
    settingsListener!({ ...structuredClone(DEFAULT_SETTINGS), disabledSources: ['src-a'] });
    await flush();
    expect(q('.status')!.textContent).toBe('Its facts are only in sources you turned off.');
  });

  it('offers "Don’t mark <name>" and "Don’t mark <types>", mutes and closes', async () => {
    tooltip.open(mentionOf('Kabul', 'kabul'), { focus: true, reason: 'keyboard' });
    await flush();
    expect(q('[data-action="mute-entity"]')!.textContent).toBe('Don’t mark Kabul');
    expect(q('[data-action="mute-type"]')!.textContent).toBe('Don’t mark cities');
    q('[data-action="mute-type"]')!.click();
    expect(mute).toHaveBeenCalledWith({ type: 'city' });
    expect(tooltip.isOpen()).toBe(false);
    tooltip.open(mentionOf('Kabul', 'kabul'), { focus: true, reason: 'keyboard' });
    await flush();
    q('[data-action="mute-entity"]')!.click();
    expect(mute).toHaveBeenLastCalledWith({ entity: 'kabul' });
  });
});
