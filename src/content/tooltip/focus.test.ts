// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionIndex } from '../contracts';
import { mentionIn, watchFocus } from './focus';

function setup(html: string, word = 'Kazakhstan') {
  document.body.innerHTML = html;
  const mentions: Mention[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + word.length);
    mentions.push({ entity: 'kazakhstan', text: word, range, lang: 'en', dir: 'ltr' });
  }
  const index = { all: () => mentions } as unknown as MentionIndex;
  let current: Mention | null = null;
  const target = {
    current: () => current,
    show: vi.fn((m: Mention) => (current = m)),
    hide: vi.fn(() => (current = null)),
    isInsideNode: (node: Node | null) => node instanceof Element && node.id === 'tooltip',
  };
  const stop = watchFocus(document, index, target);
  return { mentions, index, target, stop };
}

describe('focus offers a tooltip', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens the mention inside a focused link, and closes when focus moves on', () => {
    const { mentions, target, stop } = setup('<a id="a" href="#">Aid to Kazakhstan</a><button id="b">Other</button>');
    document.getElementById('a')!.focus();
    expect(target.show).toHaveBeenCalledWith(mentions[0]);
    document.getElementById('b')!.focus();
    expect(target.hide).toHaveBeenCalledTimes(1);
    stop();
  });

  it('takes a focus that arrived before it started (the module loading on it), if focus is still there', () => {
    document.body.innerHTML = '<a id="a" href="#">Kazakhstan</a><button id="b">Other</button>';
    const text = document.getElementById('a')!.firstChild!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const m: Mention = { entity: 'kazakhstan', text: 'Kazakhstan', range, lang: 'en', dir: 'ltr' };
    const index = { all: () => [m] } as unknown as MentionIndex;
    const target = { current: () => null, show: vi.fn(), hide: vi.fn(), isInsideNode: () => false };
    const a = document.getElementById('a')!;
    a.focus();
    const stop = watchFocus(document, index, target, a);
    expect(target.show).toHaveBeenCalledWith(m);
    stop();
    // Focus moved on meanwhile: nothing opens.
    document.getElementById('b')!.focus();
    const target2 = { ...target, show: vi.fn() };
    watchFocus(document, index, target2, a)();
    expect(target2.show).not.toHaveBeenCalled();
  });

  it('keeps it open when focus moves into the tooltip', () => {
    const { target, stop } = setup('<a id="a" href="#">Kazakhstan</a><button id="tooltip">Pin</button>');
    document.getElementById('a')!.focus();
    document.getElementById('tooltip')!.focus();
    expect(target.show).toHaveBeenCalledTimes(1);
    expect(target.hide).not.toHaveBeenCalled();
    stop();
  });

  it('offers nothing for an element without a mention, an editable one, or a long region', () => {
    const long = 'x'.repeat(400);
    const { target, stop } = setup(
      `<a id="none" href="#">Nothing here</a><div id="ed" contenteditable="true" tabindex="0">Kazakhstan</div><section id="region" tabindex="-1">${long} Kazakhstan</section>`,
    );
    for (const id of ['none', 'ed', 'region']) document.getElementById(id)!.focus();
    expect(target.show).not.toHaveBeenCalled();
    stop();
  });

  it('finds only a mention wholly inside the element', () => {
    document.body.innerHTML = '<p><a id="a" href="#">Kazakh</a>stan and <b id="b">Kazakhstan</b></p>';
    const link = document.getElementById('a')!;
    const across = document.createRange();
    across.setStart(link.firstChild!, 0);
    across.setEnd(link.nextSibling!, 4);
    const inside = document.createRange();
    inside.selectNodeContents(document.getElementById('b')!.firstChild!);
    const mentions: Mention[] = [
      { entity: 'kazakhstan', text: 'Kazakhstan', range: across, lang: 'en', dir: 'ltr' },
      { entity: 'kazakhstan', text: 'Kazakhstan', range: inside, lang: 'en', dir: 'ltr' },
    ];
    const index = { all: () => mentions } as unknown as MentionIndex;
    // The name runs past the link's end: the link does not hold it.
    expect(mentionIn(link, index)).toBeNull();
    expect(mentionIn(document.getElementById('b')!, index)).toBe(mentions[1]);
  });
});
