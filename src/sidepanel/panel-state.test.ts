import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../shared/messages';
import { pinnedTab, positionAfterReread, readRequest, REQUEST_FRESH_MS, takesRequest } from './panel-state';

describe('pinnedTab', () => {
  it('reads a tab id from ?tab=, and nothing else', () => {
    expect(pinnedTab('?tab=42&entity=kabul')).toBe(42);
    expect(pinnedTab('')).toBeNull();
    for (const bad of ['?tab=', '?tab=-1', '?tab=1.5', '?tab=abc', '?tab=12345678901']) expect(pinnedTab(bad), bad).toBeNull();
  });
});

describe('readRequest', () => {
  it('takes a well-formed request', () => {
    expect(readRequest({ entity: 'kabul', at: 5, windowId: 3 })).toEqual({ entity: 'kabul', at: 5, windowId: 3 });
    expect(readRequest({ entity: 'kabul', at: 5 })).toEqual({ entity: 'kabul', at: 5 });
  });

  it('refuses anything else', () => {
    for (const bad of [null, undefined, 'kabul', {}, { entity: 'Kabul', at: 1 }, { entity: '<b>', at: 1 }, { entity: 'kabul' }, { entity: 'kabul', at: Number.NaN }, { entity: 'kabul', at: 1, windowId: '3' }, { entity: 'kabul', at: 1, windowId: 1.5 }]) {
      expect(readRequest(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('takesRequest', () => {
  const request = { entity: 'kabul', at: 1_000, windowId: 3 };
  it('takes a request for its window (or for none) while open, whatever its age', () => {
    expect(takesRequest(request, 3, null)).toBe(true);
    expect(takesRequest({ entity: 'kabul', at: 1_000 }, 9, null)).toBe(true);
    expect(takesRequest(request, 4, null)).toBe(false);
    expect(takesRequest(null, 3, null)).toBe(false);
  });

  it('when it opens, takes only a fresh request', () => {
    expect(takesRequest(request, 3, { now: 1_000 + REQUEST_FRESH_MS - 1 })).toBe(true);
    expect(takesRequest(request, 3, { now: 1_000 + REQUEST_FRESH_MS })).toBe(false);
    // A clock that went back is no proof of freshness.
    expect(takesRequest(request, 3, { now: 999 })).toBe(false);
  });
});

describe('navigate-mention with an entity (the stepper)', () => {
  it('accepts an entity id and refuses anything that is not one', () => {
    expect(parseEnvelope({ type: 'navigate-mention', params: { direction: 1, entity: 'kazakhstan' } }, 'content')).toEqual({
      ok: true,
      type: 'navigate-mention',
      params: { direction: 1, entity: 'kazakhstan' },
    });
    expect(parseEnvelope({ type: 'navigate-mention', params: { direction: -1 } }, 'content')).toMatchObject({ ok: true });
    for (const entity of ['Kazakhstan', '<img>', '', 7]) {
      expect(parseEnvelope({ type: 'navigate-mention', params: { direction: 1, entity } }, 'content'), String(entity)).toMatchObject({ ok: false });
    }
    expect(parseEnvelope({ type: 'navigate-mention', params: { direction: 1, entity: 'kabul' } }, 'background')).toMatchObject({ ok: false });
  });
});

describe('positionAfterReread (the stepper after the page was read again)', () => {
  it('keeps "n of N" while the entity is named as often as before, and forgets it otherwise', () => {
    expect(positionAfterReread({ index: 1, total: 5 }, 5)).toEqual({ index: 1, total: 5 });
    expect(positionAfterReread({ index: 4, total: 5 }, 5)).toEqual({ index: 4, total: 5 });
    expect(positionAfterReread({ index: 1, total: 5 }, 6)).toBeNull();
    expect(positionAfterReread({ index: 1, total: 5 }, 4)).toBeNull();
    expect(positionAfterReread({ index: 0, total: 0 }, 0)).toBeNull();
    expect(positionAfterReread(null, 5)).toBeNull();
  });
});
