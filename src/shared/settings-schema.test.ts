import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, runsOnHost, validateSettings } from './settings-schema';

describe('validateSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps good values and lets each bad one fall back alone', () => {
    const { settings, problems } = validateSettings({
      schema: 1,
      markStyle: 'background',
      hoverDelayMs: -5,
      theme: 'neon',
      pausedSites: ['Example.COM'],
      mystery: true,
    });
    expect(settings.markStyle).toBe('background');
    expect(settings.pausedSites).toEqual(['example.com']);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.theme).toBe('system');
    expect(problems.map((p) => p.key).sort()).toEqual(['hoverDelayMs', 'mystery', 'theme']);
  });

  it('rejects a non-object wholesale', () => {
    const { settings, problems } = validateSettings('settings');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('migrates an older shape', () => {
    const { settings, problems } = validateSettings({ enabledSources: ['a'], markStyle: 'none' });
    expect(settings.schema).toBe(1);
    expect(settings.markStyle).toBe('none');
    expect(problems).toEqual([]);
  });
});

describe('runsOnHost', () => {
  it('pauses a site and its subdomains', () => {
    const s = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
    expect(runsOnHost(s, 'example.com')).toBe(false);
    expect(runsOnHost(s, 'news.example.com')).toBe(false);
    expect(runsOnHost(s, 'notexample.com')).toBe(true);
  });

  it('runs only on allowed sites in allowlist mode', () => {
    const s = { ...DEFAULT_SETTINGS, runOn: 'allowlist' as const, allowedSites: ['bbc.co.uk'] };
    expect(runsOnHost(s, 'www.bbc.co.uk')).toBe(true);
    expect(runsOnHost(s, 'example.org')).toBe(false);
  });
});
