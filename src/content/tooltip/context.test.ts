// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../contracts';
import { contextEntities, MAX_CONTEXT } from './context';

function rangeOn(node: Node, length: number): Range {
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, length);
  return range;
}

/** Mentions over the text nodes of a small page: two paragraphs and a list item. */
function page(): { all: Mention[]; at: (entity: string, nth?: number) => Mention } {
  document.body.innerHTML = '';
  const blocks: Array<[string, string[]]> = [
    ['p', ['kazakhstan', 'taliban', 'kabul']],
    ['p', ['kazakhstan', 'afghanistan']],
    ['li', ['uzbekistan']],
  ];
  const all: Mention[] = [];
  for (const [tag, entities] of blocks) {
    const el = document.createElement(tag);
    // Inline markup inside the block: a mention in <b> belongs to the same paragraph.
    for (const entity of entities) {
      const b = document.createElement('b');
      b.textContent = entity;
      el.append(b, document.createTextNode(' and '));
      const range = rangeOn(b.firstChild!, entity.length);
      all.push({ entity, text: entity, range, lang: 'en', dir: 'ltr' });
    }
    document.body.append(el);
  }
  return { all, at: (entity, nth = 0) => all.filter((m) => m.entity === entity)[nth]! };
}

describe('contextEntities', () => {
  it('gives the other entities of the mention\'s paragraph, sorted', () => {
    const { all, at } = page();
    expect(contextEntities(at('kazakhstan'), all)).toEqual(['kabul', 'taliban']);
    expect(contextEntities(at('kazakhstan', 1), all)).toEqual(['afghanistan']);
    expect(contextEntities(at('taliban'), all)).toEqual(['kabul', 'kazakhstan']);
  });

  it('gives nothing for a mention alone in its block, or one the index no longer holds', () => {
    const { all, at } = page();
    expect(contextEntities(at('uzbekistan'), all)).toEqual([]);
    const gone = { ...at('kabul'), range: rangeOn(document.body, 0) };
    expect(contextEntities(gone, all)).toEqual([]);
  });

  it('keeps at most MAX_CONTEXT entities, nearest first, from one long block', () => {
    document.body.innerHTML = '';
    const p = document.createElement('p');
    const all: Mention[] = [];
    for (let i = 0; i < 40; i++) {
      const text = document.createTextNode(`e${i} `);
      p.append(text);
      all.push({ entity: `e${String(i).padStart(2, '0')}`, text: `e${i}`, range: rangeOn(text, 2), lang: 'en', dir: 'ltr' });
    }
    document.body.append(p);
    const got = contextEntities(all[20]!, all);
    expect(got).toHaveLength(MAX_CONTEXT);
    // The nearest eight on each side.
    expect(got).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28].map((i) => `e${i}`));
  });
});
