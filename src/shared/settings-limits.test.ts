// Each setting's schema at its edges (settings-schema.ts): the exact bounds of numbers and lists,
// the entity-id pattern, every picklist value, the host message, and the root and unknown-key
// problems validateSettings reports with their exact text.
import { describe, expect, it } from 'vitest';
import { HOST_PROBLEM } from './hosts';
import { DEFAULT_SETTINGS, ENTITY_TYPES, validateSettings, withItem } from './settings-schema';

/** The value kept for `key` when `value` is stored, or 'fallback' when it fell back with a problem. */
function kept(key: string, value: unknown): unknown {
  const { settings, problems } = validateSettings({ [key]: value });
  if (problems.some((p) => p.key === key)) return 'fallback';
  return (settings as Record<string, unknown>)[key];
}

describe('setting bounds', () => {
  it('hoverDelayMs: an integer from 0 to 2000', () => {
    expect(kept('hoverDelayMs', 0)).toBe(0);
    expect(kept('hoverDelayMs', 2000)).toBe(2000);
    expect(kept('hoverDelayMs', -1)).toBe('fallback');
    expect(kept('hoverDelayMs', 2001)).toBe('fallback');
    expect(kept('hoverDelayMs', 10.5)).toBe('fallback');
    expect(kept('hoverDelayMs', '300')).toBe('fallback');
  });

  it('disabledSources: up to 1000 ids of up to 128 characters', () => {
    expect(kept('disabledSources', ['x'.repeat(128)])).toEqual(['x'.repeat(128)]);
    expect(kept('disabledSources', ['x'.repeat(129)])).toBe('fallback');
    const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `s${i}`);
    expect(kept('disabledSources', ids(1000))).toHaveLength(1000);
    expect(kept('disabledSources', ids(1001))).toBe('fallback');
    expect(kept('disabledSources', [1])).toBe('fallback');
  });

  it('pausedSites and allowedSites: up to 5000 hosts, each entry at most 2048 characters, stored normalized', () => {
    const hosts = (n: number): string[] => Array.from({ length: n }, (_, i) => `h${i}.example.org`);
    for (const key of ['pausedSites', 'allowedSites']) {
      expect(kept(key, hosts(5000))).toHaveLength(5000);
      expect(kept(key, hosts(5001))).toBe('fallback');
      expect(kept(key, ['Example.ORG:8080'])).toEqual(['example.org']);
      const longPath = `https://example.org/${'p'.repeat(2048 - 'https://example.org/'.length)}`;
      expect(longPath).toHaveLength(2048);
      expect(kept(key, [longPath])).toEqual(['example.org']);
      expect(kept(key, [`${longPath}p`])).toBe('fallback');
    }
  });

  it('names the refused host and why', () => {
    const { problems } = validateSettings({ pausedSites: ['example.org', 'no host'] });
    expect(problems).toEqual([{ key: 'pausedSites', message: `"no host": ${HOST_PROBLEM}` }]);
  });

  it('mutedEntities: ids of lowercase letters, digits and dashes, 1 to 64 long, up to 5000', () => {
    expect(kept('mutedEntities', ['kabul', 'a', '9-x', `a${'b'.repeat(63)}`])).toEqual(['kabul', 'a', '9-x', `a${'b'.repeat(63)}`]);
    for (const bad of ['', '-x', 'Kabul', 'ka bul', `a${'b'.repeat(64)}`, 'x\n', ' kabul']) {
      expect(kept('mutedEntities', [bad]), JSON.stringify(bad)).toBe('fallback');
    }
    const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `e${i}`);
    expect(kept('mutedEntities', ids(5000))).toHaveLength(5000);
    expect(kept('mutedEntities', ids(5001))).toBe('fallback');
  });

  it('mutedTypes: only entity types, at most one of each count', () => {
    expect(kept('mutedTypes', [...ENTITY_TYPES])).toEqual([...ENTITY_TYPES]);
    expect(kept('mutedTypes', [...ENTITY_TYPES, 'city'])).toBe('fallback');
    expect(kept('mutedTypes', ['planet'])).toBe('fallback');
    expect(ENTITY_TYPES).toEqual(['country', 'region', 'city', 'person', 'organization', 'program', 'agreement', 'event', 'other']);
  });

  it('picklists take each of their values and nothing else', () => {
    const lists: Record<string, string[]> = {
      runOn: ['all', 'allowlist'],
      markStyle: ['underline', 'background', 'none'],
      theme: ['system', 'light', 'dark'],
      contextMarking: ['topic', 'everywhere', 'never'],
      factlessEntities: ['dim', 'hide'],
    };
    for (const [key, values] of Object.entries(lists)) {
      for (const value of values) expect(kept(key, value), `${key}=${value}`).toBe(value);
      expect(kept(key, ''), key).toBe('fallback');
      expect(kept(key, values[0]!.toUpperCase()), key).toBe('fallback');
    }
  });

  it('schema: only 1 is stored, anything else is migrated to 1', () => {
    expect(validateSettings({ schema: 1 })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(validateSettings({ schema: 0 })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('validateSettings problems', () => {
  it('reports a non-object root with its exact text, and nothing for undefined', () => {
    for (const raw of ['settings', 7, null, true]) {
      expect(validateSettings(raw), String(raw)).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [{ key: '(root)', message: 'settings are not an object' }],
      });
    }
    expect(validateSettings(undefined).problems).toEqual([]);
  });

  it('reads an array as no settings: defaults, and no key of it is a setting', () => {
    const { settings } = validateSettings(['theme']);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('names each unknown key as an unknown setting, but not the migrated enabledSources', () => {
    const { problems } = validateSettings({ mystery: 1, other: 2, enabledSources: ['a'] });
    expect(problems).toEqual([
      { key: 'mystery', message: 'unknown setting' },
      { key: 'other', message: 'unknown setting' },
    ]);
  });

  it('never hands out the defaults object itself', () => {
    const { settings } = validateSettings({});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    settings.pausedSites.push('x.org');
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  });
});

describe('withItem', () => {
  it('adds at the end once, removes every copy, keeps the order of the rest', () => {
    expect(withItem(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(withItem(['a', 'b', 'c'], 'a', true)).toEqual(['b', 'c', 'a']);
    expect(withItem(['a', 'b', 'a'], 'a', false)).toEqual(['b']);
    expect(withItem([], 'a', false)).toEqual([]);
  });
});
