// The message surface at its edges (messages.ts): each parameter bound just inside and just outside,
// the reader's own messages with their exact sentences, and the exact reasons and texts of
// parseEnvelope, MessageError and readReply that messages.test.ts checks only as ok/not ok.
import { describe, expect, it } from 'vitest';
import { MESSAGE_SCHEMAS, MessageError, parseEnvelope, readReply, type Receiver } from './messages';

const bg = (type: string, params: unknown): ReturnType<typeof parseEnvelope> => parseEnvelope({ type, params }, 'background');
const ok = (type: string, params: unknown, to: Receiver = 'background'): boolean => parseEnvelope({ type, params }, to).ok;
const reason = (type: string, params: unknown): string => {
  const r = bg(type, params);
  return r.ok ? 'accepted' : r.reason;
};
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `e${i}`);
const SOURCE = 'reader-0123456789ab';

describe('entity ids', () => {
  it('take lowercase letters, digits and dashes, 1 to 64 long, starting with a letter or digit', () => {
    for (const entity of ['kabul', '9', 'a-b', `a${'b'.repeat(63)}`]) expect(ok('reveal-entity', { entity }, 'content'), entity).toBe(true);
    for (const entity of ['', '-a', 'Kabul', 'a b', `a${'b'.repeat(64)}`, 'kabul\n', ' kabul']) {
      expect(ok('reveal-entity', { entity }, 'content'), JSON.stringify(entity)).toBe(false);
    }
  });
});

describe('content messages', () => {
  it('navigate-mention goes by 1 or -1, optionally within one entity', () => {
    expect(ok('navigate-mention', { direction: 1 }, 'content')).toBe(true);
    expect(ok('navigate-mention', { direction: -1, entity: 'kabul' }, 'content')).toBe(true);
    expect(ok('navigate-mention', { direction: 0 }, 'content')).toBe(false);
    expect(ok('navigate-mention', { direction: 2 }, 'content')).toBe(false);
    expect(ok('navigate-mention', { direction: 1, entity: 'Kabul' }, 'content')).toBe(false);
    expect(ok('navigate-mention', {}, 'content')).toBe(false);
  });

  it('toggle-marking and page-html take no parameters', () => {
    for (const type of ['toggle-marking', 'page-html']) {
      expect(ok(type, undefined, 'content')).toBe(true);
      expect(ok(type, {}, 'content')).toBe(true);
      expect(ok(type, { x: 1 }, 'content')).toBe(false);
      expect(MESSAGE_SCHEMAS[type as 'page-html'].to).toBe('content');
    }
  });
});

describe('background messages', () => {
  it('entity-card: limit an integer from 1 to 50, lang up to 35 characters, context up to 64 ids', () => {
    expect(ok('entity-card', { entity: 'kabul', limit: 1 })).toBe(true);
    expect(ok('entity-card', { entity: 'kabul', limit: 50 })).toBe(true);
    expect(ok('entity-card', { entity: 'kabul', limit: 0 })).toBe(false);
    expect(ok('entity-card', { entity: 'kabul', limit: 51 })).toBe(false);
    expect(ok('entity-card', { entity: 'kabul', limit: 2.5 })).toBe(false);
    expect(ok('entity-card', { entity: 'kabul', lang: 'x'.repeat(35) })).toBe(true);
    expect(ok('entity-card', { entity: 'kabul', lang: 'x'.repeat(36) })).toBe(false);
    expect(ok('entity-card', { entity: 'kabul', context: ids(64) })).toBe(true);
    expect(ok('entity-card', { entity: 'kabul', context: ids(65) })).toBe(false);
    expect(ok('entity-card', { entity: 'kabul', extra: 1 })).toBe(false);
  });

  it('mentions-changed: up to 10,000 entity ids and an optional numeric frame', () => {
    expect(ok('mentions-changed', { entities: ids(10_000), frameId: 3 })).toBe(true);
    expect(ok('mentions-changed', { entities: ids(10_001) })).toBe(false);
    expect(ok('mentions-changed', { entities: ['Bad'] })).toBe(false);
    expect(ok('mentions-changed', { entities: [], frameId: '3' })).toBe(false);
  });

  it('topic-evidence: whole counts from 0, up to 10,000 core entities', () => {
    expect(ok('topic-evidence', { core: 0, coreEntities: ids(10_000), chars: 0 })).toBe(true);
    expect(ok('topic-evidence', { core: -1, coreEntities: [], chars: 0 })).toBe(false);
    expect(ok('topic-evidence', { core: 0, coreEntities: [], chars: -1 })).toBe(false);
    expect(ok('topic-evidence', { core: 0.5, coreEntities: [], chars: 0 })).toBe(false);
    expect(ok('topic-evidence', { core: 0, coreEntities: [], chars: 1.5 })).toBe(false);
    expect(ok('topic-evidence', { core: 0, coreEntities: ids(10_001), chars: 0 })).toBe(false);
  });

  it('open-panel takes an optional entity; tab-frames a whole tab id from 0', () => {
    expect(ok('open-panel', {})).toBe(true);
    expect(ok('open-panel', { entity: 'kabul' })).toBe(true);
    expect(ok('open-panel', { entity: '' })).toBe(false);
    expect(ok('tab-frames', { tabId: 0 })).toBe(true);
  });

  it('the parameterless background messages refuse parameters', () => {
    for (const type of ['ping', 'store-status', 'reader-sources', 'reader-fact-sources', 'reader-progress', 'export-sources']) {
      expect(ok(type, undefined), type).toBe(true);
      expect(ok(type, { x: 1 }), type).toBe(false);
      expect(MESSAGE_SCHEMAS[type as 'ping'].to, type).toBe('background');
    }
  });
});

describe("the reader's sources", () => {
  it('name a source of yours by its id, and say so when it is not one', () => {
    for (const type of ['rederive-source', 'remove-source']) {
      expect(ok(type, { source: SOURCE }), type).toBe(true);
      expect(reason(type, { source: 'en-mfa' })).toBe(`bad params for ${type}: not a source of yours`);
      expect(reason(type, { source: `${SOURCE}0` })).toBe(`bad params for ${type}: not a source of yours`);
      expect(reason(type, { source: 'reader-0123456789AB' })).toBe(`bad params for ${type}: not a source of yours`);
    }
    expect(ok('rename-source', { source: SOURCE, title: 't'.repeat(1000) })).toBe(true);
    expect(ok('rename-source', { source: SOURCE, title: 't'.repeat(1001) })).toBe(false);
  });

  it('add-source bounds each field, with sentences for the text and the date', () => {
    const doc = { title: 'Notes', text: 'Kabul' };
    expect(ok('add-source', doc)).toBe(true);
    expect(ok('add-source', { ...doc, title: 't'.repeat(1000), lang: 'x'.repeat(35), url: 'u'.repeat(4096), author: 'a'.repeat(300) })).toBe(true);
    expect(ok('add-source', { ...doc, title: 't'.repeat(1001) })).toBe(false);
    expect(ok('add-source', { ...doc, lang: 'x'.repeat(36) })).toBe(false);
    expect(ok('add-source', { ...doc, url: 'u'.repeat(4097) })).toBe(false);
    expect(ok('add-source', { ...doc, author: 'a'.repeat(301) })).toBe(false);
    expect(ok('add-source', { ...doc, text: 'x'.repeat(16_000_000) })).toBe(true);
    expect(reason('add-source', { ...doc, text: 'x'.repeat(16_000_001) })).toBe(
      'bad params for add-source: The document is too large: Caravan takes documents of up to 2.0 MB.',
    );
    for (const published of ['', '2023', '2023-05', '2023-05-01']) expect(ok('add-source', { ...doc, published }), published).toBe(true);
    for (const published of ['23', '2023-5', '2023-05-1', '2023-05-01T00', 'x2023']) {
      expect(reason('add-source', { ...doc, published }), published).toBe('bad params for add-source: a date is YYYY-MM-DD');
    }
  });

  it('import-sources takes up to 500 sources with their ids and a whole addedAt from 0', () => {
    const one = { title: 'Notes', text: 'Kabul', id: SOURCE, addedAt: 0 };
    expect(ok('import-sources', { sources: Array.from({ length: 500 }, () => one) })).toBe(true);
    expect(ok('import-sources', { sources: Array.from({ length: 501 }, () => one) })).toBe(false);
    expect(ok('import-sources', { sources: [{ ...one, addedAt: -1 }] })).toBe(false);
    expect(ok('import-sources', { sources: [{ ...one, addedAt: 1.5 }] })).toBe(false);
    expect(reason('import-sources', { sources: [{ ...one, id: 'x' }] })).toBe('bad params for import-sources: not a source of yours');
  });
});

describe('parseEnvelope reasons', () => {
  it('names unexpected keys, all of them', () => {
    expect(parseEnvelope({ type: 'ping', a: 1, b: 2 }, 'background')).toEqual({ ok: false, reason: 'unexpected keys a,b' });
  });

  it('names an unknown type, cut at 40 characters of its JSON', () => {
    expect(parseEnvelope({ type: 'nope' }, 'background')).toEqual({ ok: false, reason: 'unknown type "nope"' });
    expect(parseEnvelope({ type: 'x'.repeat(60) }, 'background')).toEqual({ ok: false, reason: `unknown type "${'x'.repeat(39)}` });
    expect(parseEnvelope({ type: 7 }, 'background')).toEqual({ ok: false, reason: 'unknown type 7' });
    expect(parseEnvelope({}, 'background')).toEqual({ ok: false, reason: 'unknown type undefined' });
    expect(parseEnvelope({ type: 'hasOwnProperty' }, 'background')).toEqual({ ok: false, reason: 'unknown type "hasOwnProperty"' });
  });

  it('refuses every non-object with the same reason', () => {
    for (const raw of [null, undefined, 'ping', 3, [], [{ type: 'ping' }]]) {
      expect(parseEnvelope(raw, 'background'), JSON.stringify(raw)).toEqual({ ok: false, reason: 'not an object' });
    }
  });

  it('gives the parsed params and type back', () => {
    expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kabul', limit: 3 } }, 'background')).toEqual({
      ok: true,
      type: 'entity-card',
      params: { entity: 'kabul', limit: 3 },
    });
    expect(parseEnvelope({ type: 'ping' }, 'content')).toEqual({ ok: false, reason: 'ping is not for the content' });
  });
});

describe('MessageError and readReply', () => {
  it('says the type, code and message; without a type, code and message', () => {
    const withType = new MessageError('refused', 'untrusted sender', 'ping');
    expect(withType).toMatchObject({ name: 'MessageError', code: 'refused', type: 'ping', message: 'ping: refused: untrusted sender' });
    expect(withType).toBeInstanceOf(Error);
    const without = new MessageError('unreachable', 'no receiver');
    expect(without.message).toBe('unreachable: no receiver');
    expect(without.type).toBeUndefined();
  });

  it('keeps each known error code, and reads a null or codeless fault as failed with no message', () => {
    for (const code of ['refused', 'unhandled', 'failed', 'no-reply', 'unreachable']) {
      expect(() => readReply({ error: { code, message: 'm' } }, 't')).toThrow(`t: ${code}: m`);
    }
    expect(() => readReply({ error: null }, 't')).toThrow('t: failed: no message');
    expect(() => readReply({ error: { code: 5, message: 6 } }, 't')).toThrow('t: failed: no message');
  });

  it('says whether nobody answered or the answer was no reply', () => {
    expect(() => readReply(undefined, 'ping')).toThrow('ping: no-reply: nobody answered');
    expect(() => readReply(null, 'ping')).toThrow('ping: no-reply: the answer is not a reply');
    expect(() => readReply([], 'ping')).toThrow('ping: no-reply: the answer is not a reply');
    expect(() => readReply({ results: 1 }, 'ping')).toThrow('ping: no-reply: the answer is not a reply');
    expect(readReply({ result: undefined }, 'ping')).toBeUndefined();
  });
});
