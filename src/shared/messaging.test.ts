import { beforeEach, describe, expect, it, vi } from 'vitest';

// The typed client over a stand-in for the browser's messaging: what it checks is its own logic.
const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
const tabsSendMessage = vi.fn<(tabId: number, message: unknown, options: unknown) => Promise<unknown>>();
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage, id: 'self', getURL: () => 'ext://self/' }, tabs: { sendMessage: tabsSendMessage } },
}));

const { sendToBackground, sendToTab } = await import('./messaging');
const { MessageError } = await import('./messages');

const card = { entity: { id: 'kabul' }, facts: [], total: 0 };

describe('typed client', () => {
  beforeEach(() => {
    sendMessage.mockReset();
    tabsSendMessage.mockReset();
  });

  it('sends { type, params } and returns the result of a result reply, null included', async () => {
    sendMessage.mockResolvedValueOnce({ result: card });
    await expect(sendToBackground('entity-card', { entity: 'kabul' })).resolves.toEqual(card);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'entity-card', params: { entity: 'kabul' } });
    sendMessage.mockResolvedValueOnce({ result: null });
    await expect(sendToBackground('entity-card', { entity: 'nowhere' })).resolves.toBeNull();
    sendMessage.mockResolvedValueOnce({ result: { ok: true, version: '1' } });
    await expect(sendToBackground('ping')).resolves.toEqual({ ok: true, version: '1' });
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'ping' });
  });

  it('throws a MessageError with the code of an error reply', async () => {
    sendMessage.mockResolvedValueOnce({ error: { code: 'refused', message: 'bad params for entity-card' } });
    const error = await sendToBackground('entity-card', { entity: 'kabul' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'refused', type: 'entity-card' });
    expect((error as Error).message).toBe('entity-card: refused: bad params for entity-card');
  });

  it('throws no-reply for undefined (nobody answered) and for an answer that is not a reply', async () => {
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendToBackground('store-status')).rejects.toMatchObject({ code: 'no-reply' });
    sendMessage.mockResolvedValueOnce(card);
    await expect(sendToBackground('store-status')).rejects.toMatchObject({ code: 'no-reply' });
  });

  it('throws unreachable where the browser finds no receiving end', async () => {
    tabsSendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToTab(3, 'page-mentions')).rejects.toMatchObject({ code: 'unreachable', type: 'page-mentions' });
  });

  it('sends to the frame asked for and unwraps the page-mentions contract', async () => {
    tabsSendMessage.mockResolvedValueOnce({ result: { mentions: [{ entity: 'kabul', text: 'Kabul' }] } });
    await expect(sendToTab(3, 'page-mentions', undefined, 7)).resolves.toEqual({ mentions: [{ entity: 'kabul', text: 'Kabul' }] });
    expect(tabsSendMessage).toHaveBeenCalledWith(3, { type: 'page-mentions' }, { frameId: 7 });
  });

  it('sends a tab message with its params as { type, params }, to the top frame by default', async () => {
    tabsSendMessage.mockResolvedValueOnce({ result: true });
    await expect(sendToTab(5, 'reveal-entity', { entity: 'kabul' })).resolves.toBe(true);
    expect(tabsSendMessage).toHaveBeenCalledWith(5, { type: 'reveal-entity', params: { entity: 'kabul' } }, { frameId: 0 });
  });
});
