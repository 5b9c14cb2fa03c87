import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The receiving end over a fake runtime: `listen` registers on onMessage, and the test calls that
// listener as the browser would, with a raw message and a sender.
type Listener = (raw: unknown, sender: unknown) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'self',
      getURL: (path: string) => `moz-extension://self-uuid/${path}`,
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
    },
  },
}));

const { listen } = await import('./messaging');
type EntityCard = import('./messages').EntityCard;

const fromTab = { id: 'self', tab: { id: 4 }, url: 'https://example.org/page' };
const fromPopup = { id: 'self', url: 'moz-extension://self-uuid/popup.html' };
const card = { entity: { id: 'kabul' }, facts: [], total: 0 } as unknown as EntityCard;

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;

function registered(): Listener {
  expect(listeners).toHaveLength(1);
  return listeners[0]!;
}

beforeEach(() => {
  listeners.length = 0;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('listen (background)', () => {
  it('answers a valid message from a tab with the handler result, passing the parsed params and the sender', async () => {
    const handler = vi.fn(() => card);
    listen('background', { 'entity-card': handler });
    const reply = await registered()({ type: 'entity-card', params: { entity: 'kabul', limit: 3 } }, fromTab);
    expect(reply).toEqual({ result: card });
    expect(handler).toHaveBeenCalledWith({ entity: 'kabul', limit: 3 }, fromTab);
    expect(warn).not.toHaveBeenCalled();
  });

  it('awaits an async handler and answers null results as results', async () => {
    listen('background', { 'entity-card': () => Promise.resolve(null) });
    await expect(registered()({ type: 'entity-card', params: { entity: 'nowhere' } }, fromPopup)).resolves.toEqual({ result: null });
  });

  it('refuses a message of unknown shape with the reason, and logs it', async () => {
    const handler = vi.fn();
    listen('background', { ping: handler });
    await expect(registered()('ping', fromTab)).resolves.toEqual({ error: { code: 'refused', message: 'not an object' } });
    await expect(registered()({ type: 'nope' }, fromTab)).resolves.toEqual({
      error: { code: 'refused', message: 'unknown type "nope"' },
    });
    const bad = (await registered()({ type: 'entity-card', params: { entity: 'Not An Id' } }, fromTab)) as {
      error: { code: string; message: string };
    };
    expect(bad.error.code).toBe('refused');
    expect(bad.error.message.startsWith('bad params for entity-card: ')).toBe(true);
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenNthCalledWith(1, '[Caravan]', 'refused message:', 'not an object');
  });

  it('leaves a message for the other context unanswered (undefined), without logging', () => {
    listen('background', { ping: vi.fn() });
    expect(registered()({ type: 'page-mentions' }, fromTab)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender: another extension, or a background message from neither a tab nor an extension page', async () => {
    const handler = vi.fn(() => ({ ok: true as const, version: '1' }));
    listen('background', { ping: handler });
    await expect(registered()({ type: 'ping' }, { ...fromTab, id: 'other' })).resolves.toEqual({
      error: { code: 'refused', message: 'untrusted sender' },
    });
    await expect(registered()({ type: 'ping' }, { id: 'self', url: 'https://evil.example/' })).resolves.toEqual({
      error: { code: 'refused', message: 'untrusted sender' },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenNthCalledWith(1, '[Caravan]', 'refused message from untrusted sender:', 'ping', 'https://example.org/page');
    // No address: the sender's id is what gets logged.
    await registered()({ type: 'ping' }, { id: 'other', tab: { id: 1 } });
    expect(warn).toHaveBeenLastCalledWith('[Caravan]', 'refused message from untrusted sender:', 'ping', 'other');
  });

  it('answers unhandled for a known message with no handler in this context', async () => {
    listen('background', { ping: vi.fn() });
    await expect(registered()({ type: 'store-status' }, fromTab)).resolves.toEqual({
      error: { code: 'unhandled', message: 'store-status has no handler in this background' },
    });
  });

  it('answers failed with the message of a handler that throws or rejects, and logs the error', async () => {
    const boom = new Error('store closed');
    listen('background', {
      ping: () => {
        throw boom;
      },
      'store-status': () => Promise.reject(new Error('rebuild failed')),
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test: a rejection that is no Error
      'entity-card': () => Promise.reject('plain string'),
    });
    await expect(registered()({ type: 'ping' }, fromTab)).resolves.toEqual({ error: { code: 'failed', message: 'store closed' } });
    expect(error).toHaveBeenLastCalledWith('[Caravan]', 'handler ping failed:', boom);
    await expect(registered()({ type: 'store-status' }, fromTab)).resolves.toEqual({
      error: { code: 'failed', message: 'rebuild failed' },
    });
    await expect(registered()({ type: 'entity-card', params: { entity: 'kabul' } }, fromTab)).resolves.toEqual({
      error: { code: 'failed', message: 'plain string' },
    });
    expect(error).toHaveBeenCalledTimes(3);
  });
});

describe('listen (content)', () => {
  it('answers the background (no tab) and refuses another tab', async () => {
    listen('content', { 'toggle-marking': () => ({ enabled: false }) });
    await expect(registered()({ type: 'toggle-marking' }, { id: 'self' })).resolves.toEqual({ result: { enabled: false } });
    await expect(registered()({ type: 'toggle-marking' }, fromTab)).resolves.toEqual({
      error: { code: 'refused', message: 'untrusted sender' },
    });
    expect(registered()({ type: 'ping' }, { id: 'self' })).toBeUndefined();
  });
});
