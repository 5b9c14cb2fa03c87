import { describe, expect, it } from 'vitest';
import { LISTED_MENTIONS, listMentions } from './mention-list';

describe('listMentions (a bounded page-mentions reply)', () => {
  it('lists every mention of a short page and tallies each entity and form in order of first appearance', () => {
    const all = [
      { entity: 'kabul', text: 'Kabul', start: 3 },
      { entity: 'kazakhstan', text: 'Kazakhstan' },
      { entity: 'kabul', text: 'Кабула' },
      { entity: 'kabul', text: 'Kabul' },
    ];
    expect(listMentions(all)).toEqual({
      mentions: [
        { entity: 'kabul', text: 'Kabul' },
        { entity: 'kazakhstan', text: 'Kazakhstan' },
        { entity: 'kabul', text: 'Кабула' },
        { entity: 'kabul', text: 'Kabul' },
      ],
      total: 4,
      tally: [
        { entity: 'kabul', text: 'Kabul', count: 2 },
        { entity: 'kazakhstan', text: 'Kazakhstan', count: 1 },
        { entity: 'kabul', text: 'Кабула', count: 1 },
      ],
    });
  });

  it('stops the list at the limit but keeps total and tally exact (100,000 repeats)', () => {
    const all = Array.from({ length: 100_000 }, (_, i) => (i % 4 === 3 ? { entity: 'astana', text: 'Astana' } : { entity: 'kabul', text: 'Kabul' }));
    const reply = listMentions(all);
    expect(reply.mentions).toHaveLength(LISTED_MENTIONS);
    expect(reply.mentions[3]).toEqual({ entity: 'astana', text: 'Astana' });
    expect(reply.total).toBe(100_000);
    expect(reply.tally).toEqual([
      { entity: 'kabul', text: 'Kabul', count: 75_000 },
      { entity: 'astana', text: 'Astana', count: 25_000 },
    ]);
    expect(listMentions(all.slice(0, 5), 2).mentions).toHaveLength(2);
    expect(listMentions(all.slice(0, 2), 2).mentions).toHaveLength(2);
    expect(listMentions([])).toEqual({ mentions: [], total: 0, tally: [] });
  });

  it('keeps two entities of the same form apart', () => {
    expect(listMentions([{ entity: 'herat', text: 'Herat' }, { entity: 'herat-province', text: 'Herat' }]).tally).toEqual([
      { entity: 'herat', text: 'Herat', count: 1 },
      { entity: 'herat-province', text: 'Herat', count: 1 },
    ]);
  });
});
