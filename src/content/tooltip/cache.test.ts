import { describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../shared/messages';
import { CardCache } from './cache';

const card = (id: string): EntityCard =>
  ({ entity: { id, type: 'country', scope: 'core', names: { en: id } }, facts: [], total: 0 }) as unknown as EntityCard;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('CardCache', () => {
  it('answers a second ask for the same entity and language synchronously, without asking again', async () => {
    const fetch = vi.fn(async (entity: string) => card(entity));
    const cache = new CardCache(fetch);
    expect(cache.peek('kazakhstan', 'en')).toBeUndefined();
    await cache.get('kazakhstan', 'en');
    expect(cache.peek('kazakhstan', 'en')?.entity.id).toBe('kazakhstan');
    await cache.get('kazakhstan', 'en');
    expect(fetch).toHaveBeenCalledTimes(1);
    await cache.get('kazakhstan', 'de');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps a card per context: the same entity in another paragraph is asked again, with its context', async () => {
    const fetch = vi.fn(async (entity: string) => card(entity));
    const cache = new CardCache(fetch);
    await cache.get('kazakhstan', 'en', ['taliban']);
    expect(fetch).toHaveBeenLastCalledWith('kazakhstan', 'en', ['taliban']);
    expect(cache.peek('kazakhstan', 'en', ['taliban'])).toBeDefined();
    expect(cache.peek('kazakhstan', 'en')).toBeUndefined();
    await cache.get('kazakhstan', 'en');
    // No context: asked as before, without a third argument.
    expect(fetch).toHaveBeenLastCalledWith('kazakhstan', 'en');
    await cache.get('kazakhstan', 'en', ['taliban']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('remembers that the background knows no such entity (null)', async () => {
    const cache = new CardCache(async () => null);
    await cache.get('nobody', 'en');
    expect(cache.peek('nobody', 'en')).toBeNull();
  });

  it('shares one request between concurrent asks', async () => {
    const d = deferred<EntityCard | null>();
    const fetch = vi.fn(() => d.promise);
    const cache = new CardCache(fetch);
    const a = cache.get('kabul', 'en');
    const b = cache.get('kabul', 'en');
    d.resolve(card('kabul'));
    expect(await a).toBe(await b);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failure', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('asleep')).mockResolvedValueOnce(card('kabul'));
    const cache = new CardCache(fetch);
    await expect(cache.get('kabul', 'en')).rejects.toThrow('asleep');
    expect(cache.peek('kabul', 'en')).toBeUndefined();
    expect((await cache.get('kabul', 'en'))?.entity.id).toBe('kabul');
  });

  it('forgets everything on invalidate, including answers still on their way', async () => {
    const d = deferred<EntityCard | null>();
    const cache = new CardCache(vi.fn().mockReturnValueOnce(d.promise).mockResolvedValue(card('kabul')));
    const stale = cache.get('kabul', 'en');
    cache.invalidate();
    d.resolve(card('stale'));
    await stale;
    expect(cache.peek('kabul', 'en')).toBeUndefined();
    expect((await cache.get('kabul', 'en'))?.entity.id).toBe('kabul');
  });

  it('keeps the entity of any earlier card for the loading placeholder', async () => {
    const cache = new CardCache(async (entity) => card(entity));
    await cache.get('kabul', 'fa');
    expect(cache.knownEntity('kabul')?.id).toBe('kabul');
    expect(cache.knownEntity('herat')).toBeUndefined();
  });
});
