import { describe, expect, it } from 'vitest';
import { errorReply, isTrustedSender, MessageError, parseEnvelope, readReply, resultReply } from './messages';

describe('parseEnvelope', () => {
  it('accepts the page-mentions contract with or without empty params', () => {
    expect(parseEnvelope({ type: 'page-mentions' }, 'content')).toEqual({ ok: true, type: 'page-mentions', params: undefined });
    expect(parseEnvelope({ type: 'page-mentions', params: {} }, 'content')).toMatchObject({ ok: true });
  });

  it('checks parameters against the schema', () => {
    expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kazakhstan', limit: 3 } }, 'background')).toEqual({
      ok: true,
      type: 'entity-card',
      params: { entity: 'kazakhstan', limit: 3 },
    });
    expect(parseEnvelope({ type: 'entity-card', params: { entity: '<img src=x>' } }, 'background')).toMatchObject({ ok: false });
    expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kabul', extra: 1 } }, 'background')).toMatchObject({ ok: false });
    expect(parseEnvelope({ type: 'navigate-mention', params: { direction: 2 } }, 'content')).toMatchObject({ ok: false });
    expect(parseEnvelope({ type: 'tab-frames', params: { tabId: 12 } }, 'background')).toMatchObject({ ok: true, params: { tabId: 12 } });
    for (const tabId of [-1, 1.5, '12']) {
      expect(parseEnvelope({ type: 'tab-frames', params: { tabId } }, 'background'), String(tabId)).toMatchObject({ ok: false });
    }
  });

  it('refuses unknown types, junk and extra keys', () => {
    for (const raw of [null, 'page-mentions', 42, [], { type: 'nope' }, { type: '__proto__' }, { type: 'toString' }, { type: 'ping', x: 1 }]) {
      expect(parseEnvelope(raw, 'background').ok).toBe(false);
    }
  });

  it('refuses a message meant for the other side', () => {
    const r = parseEnvelope({ type: 'page-mentions' }, 'background');
    expect(r).toEqual({ ok: false, reason: 'page-mentions is not for the background' });
  });
});

describe('isTrustedSender', () => {
  const self = { id: 'caravan@caravan.example', origin: 'moz-extension://1234/' };
  const tab = { id: 3 };

  it('refuses other extensions and web pages', () => {
    expect(isTrustedSender({ id: 'evil@example.com', tab }, 'background', self)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', tab }, 'background', self)).toBe(false);
  });

  it('lets the background hear its content scripts and its pages', () => {
    expect(isTrustedSender({ id: self.id, tab, url: 'https://example.com/' }, 'background', self)).toBe(true);
    expect(isTrustedSender({ id: self.id, url: 'moz-extension://1234/popup.html' }, 'background', self)).toBe(true);
    expect(isTrustedSender({ id: self.id, url: 'https://example.com/' }, 'background', self)).toBe(false);
  });

  it('lets a content script hear the background and extension pages, not other content scripts', () => {
    expect(isTrustedSender({ id: self.id }, 'content', self)).toBe(true);
    expect(isTrustedSender({ id: self.id, tab, url: 'moz-extension://1234/popup.html' }, 'content', self)).toBe(true);
    expect(isTrustedSender({ id: self.id, tab, url: 'https://example.com/' }, 'content', self)).toBe(false);
  });
});

describe('reply envelope', () => {
  it('a result reply gives its result, whatever it is', () => {
    expect(readReply(resultReply({ mentions: [] }), 'page-mentions')).toEqual({ mentions: [] });
    expect(readReply(resultReply(null), 'entity-card')).toBeNull();
    expect(readReply(resultReply(false), 'reveal-entity')).toBe(false);
    expect(readReply(JSON.parse(JSON.stringify(resultReply(0))), 'x')).toBe(0);
  });

  it('an error reply throws its code and message', () => {
    expect(errorReply('failed', 'store closed')).toEqual({ error: { code: 'failed', message: 'store closed' } });
    expect(() => readReply(errorReply('unhandled', 'no handler'), 'ping')).toThrow(new MessageError('unhandled', 'no handler', 'ping'));
  });

  it('an unknown error code reads as failed; a missing message says so', () => {
    let caught: unknown;
    try {
      readReply({ error: { code: 'weird' } }, 'ping');
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'failed', message: 'ping: failed: no message' });
  });

  it.each([undefined, null, [], 'text', {}, { mentions: [] }])('%j is no reply', (raw) => {
    expect(() => readReply(raw, 'page-mentions')).toThrow(expect.objectContaining({ code: 'no-reply' }) as Error);
  });
});
