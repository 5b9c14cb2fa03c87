import { describe, expect, it } from 'vitest';
import { entitiesOnPage } from './on-page';

describe('entitiesOnPage', () => {
  it('counts each entity in the first frame that names it, and only there', () => {
    const got = entitiesOnPage([
      { entity: 'kabul', frameId: 0 },
      { entity: 'kazakhstan', frameId: 0 },
      { entity: 'kabul', frameId: 0 },
      { entity: 'kabul', frameId: 7 },
      { entity: 'astana', frameId: 7 },
      { entity: 'astana', frameId: 7 },
    ]);
    expect([...got]).toEqual([
      ['kabul', { frame: 0, count: 2 }],
      ['kazakhstan', { frame: 0, count: 1 }],
      ['astana', { frame: 7, count: 2 }],
    ]);
  });

  it('is empty for a page without mentions', () => {
    expect(entitiesOnPage([]).size).toBe(0);
  });
});
