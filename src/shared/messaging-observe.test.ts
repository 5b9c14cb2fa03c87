import { describe, expect, it, vi } from 'vitest';

// observe() over a stand-in for runtime.onMessage: what it checks is its own logic.
type Listener = (raw: unknown, sender: { id?: string; url?: string; tab?: { id: number } }) => unknown;
const listeners = new Set<Listener>();
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'self',
      getURL: () => 'ext://self/',
      onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  },
}));

const { observe } = await import('./messaging');

const fromTab = { id: 'self', url: 'https://example.org/', tab: { id: 4 } };
const deliver = (raw: unknown, sender: Parameters<Listener>[1]) => [...listeners].map((l) => l(raw, sender));

describe('observe', () => {
  it('hears a checked message from a trusted sender and never answers it', () => {
    const heard = vi.fn();
    const stop = observe('mentions-changed', heard);
    expect(deliver({ type: 'mentions-changed', params: { entities: ['kabul'] } }, fromTab)).toEqual([undefined]);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith({ entities: ['kabul'] }, fromTab);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('ignores other messages, bad parameters and untrusted senders', () => {
    const heard = vi.fn();
    const stop = observe('mentions-changed', heard);
    deliver({ type: 'topic-evidence', params: { core: 1, coreEntities: [], chars: 10 } }, fromTab);
    deliver({ type: 'mentions-changed', params: { entities: ['<img src=x>'] } }, fromTab);
    deliver({ type: 'mentions-changed', params: { entities: [] }, extra: 1 }, fromTab);
    deliver({ type: 'mentions-changed', params: { entities: [] } }, { ...fromTab, id: 'another-extension' });
    // For the background, a sender must be a tab's script or this extension's page.
    deliver({ type: 'mentions-changed', params: { entities: [] } }, { id: 'self', url: 'https://example.org/' });
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it('keeps listening after its callback throws', () => {
    const heard = vi.fn(() => {
      throw new Error('boom');
    });
    const stop = observe('mentions-changed', heard);
    expect(deliver({ type: 'mentions-changed', params: { entities: [] } }, fromTab)).toEqual([undefined]);
    deliver({ type: 'mentions-changed', params: { entities: [] } }, fromTab);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });
});
