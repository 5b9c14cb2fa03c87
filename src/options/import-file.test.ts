import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings-schema';
import { exportText, normalizeHost, parseSettingsFile } from './import-file';

describe('parseSettingsFile', () => {
  it('rejects the whole file for any bad value, naming each', () => {
    const r = parseSettingsFile(JSON.stringify({ runOn: 'sometimes', hoverDelayMs: 500, theme: 'pink' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.key).sort()).toEqual(['runOn', 'theme']);
  });

  it('rejects unknown keys, broken JSON, non-objects and empty files', () => {
    const keys = (text: string) => {
      const r = parseSettingsFile(text);
      return r.ok ? null : r.problems.map((p) => p.key);
    };
    expect(keys('{"colour": "red"}')).toEqual(['colour']);
    expect(keys('{"runOn": ')).toEqual(['(file)']);
    expect(keys('[1, 2]')).toEqual(['(root)']);
    expect(keys('null')).toEqual(['(root)']);
    expect(keys('{}')).toEqual(['(root)']);
  });

  it('applies only the keys the file holds', () => {
    const r = parseSettingsFile(JSON.stringify({ schema: 1, pausedSites: ['Example.org'], hoverDelayMs: 0 }));
    expect(r).toEqual({ ok: true, patch: { pausedSites: ['example.org'], hoverDelayMs: 0 }, keys: ['pausedSites', 'hoverDelayMs'] });
  });

  it('reads back what an export writes', () => {
    const r = parseSettingsFile(exportText({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    expect(r.ok && r.patch.theme).toBe('dark');
  });
});

describe('normalizeHost', () => {
  it.each([
    ['example.org', 'example.org'],
    [' https://WWW.Example.org/path?q ', 'www.example.org'],
    ['example.org:8080', 'example.org'],
    ['*.example.org', 'example.org'],
    ['localhost', 'localhost'],
    ['not a host', null],
    ['', null],
    ['nodot', null],
  ])('%j → %j', (input, want) => expect(normalizeHost(input)).toBe(want));
});
