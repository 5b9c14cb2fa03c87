import { describe, expect, it } from 'vitest';
import type { FactView } from '../shared/messages';
import type { Entity } from '../shared/pack-types';
import { groupMentions } from './mentions';
import { isRestrictedUrl } from './pages';
import { byYear, topicsAcross, withTopics } from './timeline';

const entity = (id: string, type: Entity['type'], en: string): Entity => ({ id, type, scope: 'core', names: { en }, aliases: [], keys: [] });
const KNOWN = new Map([
  ['kazakhstan', entity('kazakhstan', 'country', 'Kazakhstan')],
  ['afghanistan', entity('afghanistan', 'country', 'Afghanistan')],
  ['tokayev', entity('tokayev', 'person', 'Kassym-Jomart Tokayev')],
  ['kabul', entity('kabul', 'city', 'Kabul')],
]);
const lookup = (id: string) => {
  const e = KNOWN.get(id);
  return e ? { entity: e, name: e.names.en! } : undefined;
};

describe('groupMentions', () => {
  it('counts per entity, orders by count then type priority, groups by type', () => {
    const groups = groupMentions(
      [
        { entity: 'kabul', text: 'Kabul' },
        { entity: 'kabul', text: 'Kabul' },
        { entity: 'kabul', text: 'Kabuls' },
        { entity: 'tokayev', text: 'Tokayev' },
        { entity: 'afghanistan', text: 'Afghanistan' },
        { entity: 'kazakhstan', text: 'Kazakhstan' },
        { entity: 'kazakhstan', text: 'Kasachstan' },
      ],
      lookup,
    );
    expect(groups.map((g) => g.type)).toEqual(['city', 'country', 'person']);
    expect(groups[0]!.entities[0]).toMatchObject({ id: 'kabul', count: 3, forms: ['Kabul', 'Kabuls'] });
    expect(groups[1]!.entities.map((e) => e.id)).toEqual(['kazakhstan', 'afghanistan']);
    expect(groups[1]!.total).toBe(3);
  });

  it('ties on count go by type priority: country before person before city', () => {
    const groups = groupMentions(
      [
        { entity: 'kabul', text: 'Kabul' },
        { entity: 'tokayev', text: 'Tokayev' },
        { entity: 'kazakhstan', text: 'Kazakhstan' },
      ],
      lookup,
    );
    expect(groups.map((g) => g.type)).toEqual(['country', 'person', 'city']);
  });

  it('keeps an entity the store does not know, named by the page', () => {
    const [g] = groupMentions([{ entity: 'nowhere', text: 'Nowhere' }], lookup);
    expect(g).toMatchObject({ type: 'other', entities: [{ id: 'nowhere', name: 'Nowhere', count: 1 }] });
  });
});

describe('pages', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'about:addons',
    'moz-extension://abc/popup.html',
    'chrome-extension://abc/options.html',
    'https://chrome.google.com/webstore/detail/x',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'view-source:https://example.org/',
    'not a url',
  ])('%s is restricted', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(['https://example.org/', 'http://127.0.0.1:8080/x.html', 'https://chrome.google.com/search', 'file:///tmp/a.html'])(
    '%s is not',
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );
});

const fact = (id: string, date: string | undefined, topics: string[]): FactView =>
  ({ id, date, topics, dates: date ? [date] : [], quantities: [] }) as unknown as FactView;

describe('timeline', () => {
  it('groups dated facts by year, oldest first, and leaves undated ones out', () => {
    const years = byYear([fact('b', '2023-08', []), fact('a', '2021', []), fact('c', undefined, []), fact('d', '2023-01-15', [])]);
    expect(years.map((y) => [y.year, y.facts.map((f) => f.id)])).toEqual([
      ['2021', ['a']],
      ['2023', ['d', 'b']],
    ]);
  });

  it('topics come from the facts, most frequent first, and filter with OR', () => {
    const facts = [fact('a', undefined, ['trade']), fact('b', undefined, ['trade', 'security']), fact('c', undefined, ['education'])];
    expect(topicsAcross(facts)).toEqual(['trade', 'education', 'security']);
    expect(withTopics(facts, new Set(['security', 'education'])).map((f) => f.id)).toEqual(['b', 'c']);
    expect(withTopics(facts, new Set())).toHaveLength(3);
  });
});
