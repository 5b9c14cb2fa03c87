// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard, FactView } from '../../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-schema';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { createTooltipController } from './controller';

/** The closed shadow root, caught as it is attached: page script could not do this. */
let root: ShadowRoot | null = null;
const realAttach = Element.prototype.attachShadow;

const fact = (id: string, source: string, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr'): FactView =>
  ({
    id,
    source,
    lang,
    quote: `quote ${id}`,
    start: 0,
    end: 1,
    entities: ['kazakhstan'],
    topics: [],
    dates: [],
    quantities: [],
    summary: { en: `summary ${id}` },
    sourceInfo: { id: source, title: `Source ${source}`, lang, published: '2023-01-02', dir, length: 1 },
  }) as FactView;

const kazakhstan: EntityCard = {
  entity: { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan', de: 'Kasachstan' }, aliases: [], keys: [], description: 'A country.' },
  facts: [fact('a', 'fa-src', 'fa', 'rtl'), fact('b', 'en-src'), fact('c', 'en-src')],
  total: 7,
};

function mentionOf(word: string, entity: string, lang = 'en'): Mention {
  const p = document.createElement('p');
  p.textContent = `Trade with ${word} grew.`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 11);
  range.setEnd(p.firstChild!, 11 + word.length);
  return { entity, text: word, range, lang, dir: 'ltr' };
}

describe('tooltip controller', () => {
  let tooltip: TooltipApi;
  let fetchCard: ReturnType<typeof vi.fn>;
  let settingsListener: ((s: Settings) => void) | null;
  let mention: Mention;
  let pending: { resolve: (c: EntityCard | null) => void } | null;
  let openPanel: ReturnType<typeof vi.fn>;
  /** The mentions the index holds, and how the controller hears that they changed. */
  let present: Mention[];
  let indexChanged: (() => void) | null;

  beforeEach(() => {
    root = null;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = realAttach.call(this, init);
      return root;
    });
    document.body.innerHTML = '<button id="page-button">page</button>';
    mention = mentionOf('Kazakhstan', 'kazakhstan');
    pending = null;
    fetchCard = vi.fn(
      (entity: string) =>
        new Promise<EntityCard | null>((resolve) => {
          pending = { resolve };
          if (entity !== 'kazakhstan') resolve(null);
        }),
    );
    settingsListener = null;
    openPanel = vi.fn();
    present = [mention];
    indexChanged = null;
    const index: MentionIndex = {
      all: () => present,
      at: () => null,
      onChange: (listener) => {
        indexChanged = listener;
        return () => (indexChanged = null);
      },
    };
    tooltip = createTooltipController(index, {
      fetchCard: fetchCard as never,
      openPanel: openPanel as never,
      loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
      watchSettings: (cb) => {
        settingsListener = cb;
        return () => undefined;
      },
      hover: { frame: (cb) => cb() },
    });
  });
  afterEach(() => {
    tooltip.destroy();
    vi.restoreAllMocks();
  });

  const q = (selector: string) => root!.querySelector<HTMLElement>(selector);
  const qa = (selector: string) => [...root!.querySelectorAll<HTMLElement>(selector)];
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('shows the name at once while the card loads, then fills in its facts', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    expect(tooltip.isOpen()).toBe(true);
    expect(document.querySelector('caravan-tooltip[data-caravan-ui]')).not.toBeNull();
    expect(q('.title')!.textContent).toBe('Kazakhstan');
    expect(q('.status')!.textContent).toMatch(/Loading/);
    // A dialog even on hover: the card holds controls, which a role=tooltip may not.
    expect(q('.card')!.getAttribute('role')).toBe('dialog');
    expect(q('.card')!.getAttribute('aria-label')).toBe('Kazakhstan');
    pending!.resolve(kazakhstan);
    await flush();
    expect(qa('.fact').length).toBe(3);
    expect(q('.type')!.textContent).toBe('Country');
    // Text, never markup: what the page or the pack says cannot become elements.
    expect(q('.summary')!.textContent).toBe('summary a');
  });

  it('answers a second open of the same entity from memory, synchronously', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    tooltip.close();
    tooltip.open(mention, { focus: false, reason: 'hover' });
    expect(qa('.fact').length).toBe(3);
    expect(fetchCard).toHaveBeenCalledTimes(1);
  });

  it('reveals a quote on demand with the source language and direction', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    const quote = q('blockquote')!;
    expect(quote.hidden).toBe(true);
    expect(quote.getAttribute('lang')).toBe('fa');
    expect(quote.getAttribute('dir')).toBe('rtl');
    const toggle = q('[data-action="quote"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await flush();
    expect(q('blockquote')!.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide quote');
  });

  it('becomes a labelled dialog when pinned, and every control is a named button', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    q('[data-action="pin"]')!.click();
    await flush();
    expect(q('.card')!.getAttribute('role')).toBe('dialog');
    expect(q('.card')!.getAttribute('aria-label')).toBe('Kazakhstan');
    expect(q('[data-action="pin"]')!.getAttribute('aria-pressed')).toBe('true');
    for (const button of qa('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent!.trim()).not.toBe('');
    }
  });

  it('takes every string it shows from the extension catalogue', async () => {
    // Every key reads back as "«key|subs»", so any English left in the view stands out.
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (key: string, subs?: string[]) => `«${[key, ...(subs ?? [])].join('|')}»` },
    });
    try {
      tooltip.open(mention, { focus: true, reason: 'keyboard' });
      expect(q('.status')!.textContent).toBe('«tooltipLoading»');
      pending!.resolve(kazakhstan);
      await new Promise((r) => setTimeout(r, 80));
      expect(q('.card')!.getAttribute('lang')).toBe('«tooltipLang»');
      expect(q('.type')!.textContent).toBe('«tooltipType_country»');
      // It shows 3 of the 7: the list's name says so.
      expect(q('.facts')!.getAttribute('aria-label')).toBe('«tooltipFactsShown|3|7»');
      expect(q('[data-action="pin"]')!.getAttribute('aria-label')).toBe('«tooltipPin»');
      expect(q('[data-action="close"]')!.getAttribute('aria-label')).toBe('«tooltipClose»');
      expect(q('[data-action="panel"]')!.textContent).toBe('«tooltipOpenPanel»');
      expect(q('[data-action="quote"]')!.textContent).toBe('«tooltipShowQuote»');
      expect(q('[data-action="quote"]')!.getAttribute('aria-label')).toBe('«tooltipShowQuoteFrom|Source fa-src»');
      // The fact has no date of its own: the source's is shown, labelled as its publication date.
      expect(q('.badge')!.textContent).toBe('Source fa-src«tooltipPublished|Jan 2, 2023»FA');
      expect(q('.badge [aria-label]')!.getAttribute('aria-label')).toBe('«tooltipSourceLanguage|FA»');
      expect(q('[aria-live="polite"]')!.textContent).toBe('«tooltipAnnounceFactsOther|7|Kazakhstan»');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes focus when opened from the keyboard, announces the facts, and gives focus back on Escape', async () => {
    const before = document.getElementById('page-button')!;
    before.focus();
    tooltip.open(mention, { focus: true, reason: 'keyboard' });
    pending!.resolve(kazakhstan);
    // The announcement is set a moment after the card renders (host.announce): wait for it.
    await vi.waitFor(() => expect(q('[aria-live="polite"]')!.textContent).toBe('Kazakhstan: 7 facts'));
    expect(q('.card')!.getAttribute('role')).toBe('dialog');
    q('.card')!.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tooltip.isOpen()).toBe(false);
    expect(document.querySelector('caravan-tooltip')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it("shows a fact's own date plain, and a source's publication date labelled as such", async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve({ ...kazakhstan, facts: [{ ...fact('d', 'en-src'), date: '2021-08-15' }, fact('e', 'en-src')] });
    await flush();
    const badges = qa('.badge').map((b) => b.textContent);
    expect(badges[0]).toBe('Source en-srcAug 15, 2021EN');
    expect(badges[1]).toBe('Source en-srcpublished Jan 2, 2023EN');
  });

  it('removes the facts of a source switched off, and refetches', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    settingsListener!({ ...structuredClone(DEFAULT_SETTINGS), disabledSources: ['fa-src'] });
    expect(qa('.fact').length).toBe(2);
    expect(fetchCard).toHaveBeenCalledTimes(2);
    settingsListener!({ ...structuredClone(DEFAULT_SETTINGS), disabledSources: ['fa-src', 'en-src'] });
    expect(qa('.fact').length).toBe(0);
    expect(q('.status')!.textContent).toBe('No facts from your enabled sources.');
  });

  it('shows the page text and a sensible state when the background knows no such entity', async () => {
    const other = mentionOf('Qazaqstan', 'nowhere', 'kk');
    tooltip.open(other, { focus: false, reason: 'tap' });
    await flush();
    expect(q('.title')!.textContent).toBe('Qazaqstan');
    expect(q('.status')!.textContent).toMatch(/No sourced facts/);
  });

  it('opens the fact panel on the entity', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    q('[data-action="panel"]')!.click();
    expect(openPanel).toHaveBeenCalledWith('kazakhstan');
  });

  it('closes with its close button, and goes when its mention leaves the page unless pinned', async () => {
    tooltip.open(mention, { focus: false, reason: 'hover' });
    q('[data-action="close"]')!.click();
    expect(tooltip.isOpen()).toBe(false);

    // Its mention leaves the page (the index no longer holds it): the tooltip goes with it.
    tooltip.open(mention, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    expect(indexChanged).not.toBeNull();
    present = [];
    indexChanged!();
    expect(tooltip.isOpen()).toBe(false);
    expect(q('.card')).toBeNull();

    // Another change that keeps the mention leaves the tooltip open.
    present = [mention];
    tooltip.open(mention, { focus: false, reason: 'hover' });
    await flush();
    indexChanged!();
    expect(tooltip.isOpen()).toBe(true);

    // Pinned, it stays when its mention leaves.
    q('[data-action="pin"]')!.click();
    await flush();
    expect(q('[data-action="pin"]')!.getAttribute('aria-pressed')).toBe('true');
    present = [];
    indexChanged!();
    expect(tooltip.isOpen()).toBe(true);
    expect(q('.title')!.textContent).toBe('Kazakhstan');
  });

  it('names the entity in the page language', async () => {
    const de = mentionOf('Kasachstan', 'kazakhstan', 'de-DE');
    tooltip.open(de, { focus: false, reason: 'hover' });
    pending!.resolve(kazakhstan);
    await flush();
    expect(q('.title')!.textContent).toBe('Kasachstan');
    expect(q('.title')!.getAttribute('lang')).toBe('de');
  });
});
