import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings-schema';
import { exportText, parseSettingsFile } from './import-file';

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

describe('sites in a settings file', () => {
  it('reads a site with a port as its host, which then covers the page on that port', () => {
    const r = parseSettingsFile(JSON.stringify({ pausedSites: ['example.org:8080', 'https://News.BBC.co.uk/x'] }));
    expect(r).toEqual({ ok: true, patch: { pausedSites: ['example.org', 'news.bbc.co.uk'] }, keys: ['pausedSites'] });
  });

  it('refuses the file for an entry that is no host, quoting it', () => {
    const r = parseSettingsFile(JSON.stringify({ allowedSites: ['example.org', 'not a host'] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ key: 'allowedSites', message: '"not a host": not a host name (like example.org)' }]);
  });
});
