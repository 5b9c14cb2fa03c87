/**
 * The loader's hand-written copies hold to their one definition elsewhere: the content messages
 * and their checks (messages.ts's schemas), the settings' storage areas (settings-keys areaOf),
 * the elements it leaves out (a subset of what the detector leaves out).
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_SCHEMAS, parseEnvelope } from '../../shared/messages';
import { DEFAULT_SETTINGS, itemKey } from '../../shared/settings-keys';
import { touchesRunSettings } from '../../background/run-settings-push';
import { SKIP_TAGS } from '../detect/dom-rules';
import { checkMessage, contentMessages, trustedSender } from './messages';
import { readGateInit, readRunSettings, RUN_KEYS } from './run-settings';
import { LOADER_SKIP } from './text-gate';

describe('hand-checked messages', () => {
  it('answers exactly the messages for the content script', () => {
    const forContent = Object.entries(MESSAGE_SCHEMAS).filter(([, s]) => s.to === 'content').map(([k]) => k);
    expect(contentMessages().sort()).toEqual(forContent.sort());
  });

  const samples: unknown[] = [
    { type: 'page-mentions' },
    { type: 'page-mentions', params: {} },
    { type: 'page-mentions', params: { x: 1 } },
    { type: 'page-mentions', params: null },
    { type: 'page-mentions', extra: 1 },
    { type: 'toggle-marking' },
    { type: 'navigate-mention', params: { direction: 1 } },
    { type: 'navigate-mention', params: { direction: -1 } },
    { type: 'navigate-mention', params: { direction: 2 } },
    { type: 'navigate-mention', params: { direction: 1, x: 0 } },
    { type: 'navigate-mention' },
    { type: 'reveal-entity', params: { entity: 'kazakhstan' } },
    { type: 'reveal-entity', params: { entity: 'Kazakhstan' } },
    { type: 'reveal-entity', params: { entity: 'a'.repeat(65) } },
    { type: 'reveal-entity', params: { entity: 5 } },
    { type: 'topic-changed', params: { onTopic: true } },
    { type: 'topic-changed', params: { onTopic: 'yes' } },
    { type: 'topic-changed', params: {} },
    { type: 'run-settings' },
    { type: 'run-settings', params: {} },
    { type: 'run-settings', params: { settings: { runOn: 'all' } } },
    { type: 'nonsense' },
    { type: 'constructor' },
    { type: '__proto__' },
    'page-mentions',
    null,
    [],
    { params: {} },
  ];

  it.each(samples.map((s) => [JSON.stringify(s), s]))('agrees with the schemas on %s', (_, raw) => {
    const schema = parseEnvelope(raw, 'content');
    const hand = checkMessage(raw);
    expect(typeof hand !== 'string').toBe(schema.ok);
  });

  it('refuses senders other than this extension, and tabs other than its own pages', () => {
    const self = { id: 'me', origin: 'chrome-extension://me/' };
    expect(trustedSender({ id: 'me' }, self)).toBe(true);
    expect(trustedSender({ id: 'me', tab: {}, url: 'chrome-extension://me/popup.html' }, self)).toBe(true);
    expect(trustedSender({ id: 'me', tab: {}, url: 'https://evil.example/' }, self)).toBe(false);
    expect(trustedSender({ id: 'other' }, self)).toBe(false);
    expect(trustedSender({}, self)).toBe(false);
  });
});

describe('run settings', () => {
  it('are settings of settings-keys', () => {
    for (const key of RUN_KEYS) expect(Object.hasOwn(DEFAULT_SETTINGS, key), key).toBe(true);
  });

  it('start from the background\'s gate-init answer, or from nothing where it failed (any text then passes)', () => {
    const gateKeys = { version: 'v', keys: 'k', first: 'f' };
    expect(readGateInit({ result: { settings: { runOn: 'allowlist', allowedSites: ['a.org'], pausedSites: [], contextMarking: 'never' }, gateKeys } })).toEqual({
      settings: { runOn: 'allowlist', allowedSites: ['a.org'], pausedSites: [], contextMarking: 'never' },
      gateKeys,
    });
    expect(readGateInit({ result: { settings: { runOn: 7 }, gateKeys } }).settings).toEqual({ runOn: 'all', allowedSites: [], pausedSites: [], contextMarking: 'topic' });
    for (const bad of [null, undefined, {}, { error: { code: 'failed' } }, { result: null }, { result: { settings: [] } }, 'x']) {
      expect(readGateInit(bad), JSON.stringify(bad)).toEqual({ settings: null, gateKeys: null });
    }
  });

  it('falls back to the defaults for malformed values', () => {
    expect(readRunSettings({ runOn: 'sometimes', allowedSites: 'x', pausedSites: [1], contextMarking: 3 })).toEqual({
      runOn: 'all', allowedSites: [], pausedSites: [], contextMarking: 'topic',
    });
    expect(readRunSettings({ runOn: 'allowlist', allowedSites: ['a.org'], pausedSites: ['b.org'], contextMarking: 'everywhere' })).toEqual({
      runOn: 'allowlist', allowedSites: ['a.org'], pausedSites: ['b.org'], contextMarking: 'everywhere',
    });
  });

  it('are pushed by the background on a change of their own items (or the first format\'s single item), not of the session\'s ledgers', () => {
    expect(touchesRunSettings({ [itemKey('pausedSites')]: {} }, 'local')).toBe(true);
    expect(touchesRunSettings({ [itemKey('runOn')]: {}, [itemKey('theme')]: {} }, 'sync')).toBe(true);
    expect(touchesRunSettings({ [itemKey('contextMarking')]: {} }, 'local')).toBe(true);
    expect(touchesRunSettings({ settings: {} }, 'sync')).toBe(true);
    expect(touchesRunSettings({ [itemKey('theme')]: {} }, 'sync')).toBe(false);
    expect(touchesRunSettings({ 'caravan.frames': {} }, 'session')).toBe(false);
  });
});

describe('the gate', () => {
  it('leaves out only elements the detector leaves out too', () => {
    for (const tag of LOADER_SKIP) expect(SKIP_TAGS.has(tag), tag).toBe(true);
  });
});
