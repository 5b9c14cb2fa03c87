import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings-schema';
import { readFileSync } from 'node:fs';
import { exportText, IMPORT_MESSAGES_EN, parseSettingsFile } from './import-file';

const problemsOf = (text: string, known = {}) => {
  const r = parseSettingsFile(text, known);
  return r.ok ? null : r.problems;
};

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
    if (!r.ok) expect(r.problems).toEqual([{ key: 'allowedSites', message: 'Allowed sites: "not a host": not a host name (like example.org)' }]);
  });
});

describe('refusals in plain sentences, and nothing changes', () => {
  it('says what a value should have been, not the validator\'s text', () => {
    expect(problemsOf(JSON.stringify({ markStyle: 'glow' }))).toEqual([
      { key: 'markStyle', message: 'Marking style: “glow” is not one of underline, background or none.' },
    ]);
    expect(problemsOf(JSON.stringify({ hoverDelayMs: 'soon' }))).toEqual([
      { key: 'hoverDelayMs', message: 'Hover delay: “soon” is not a whole number from 0 to 2000.' },
    ]);
    expect(problemsOf(JSON.stringify({ pausedSites: 'example.org' }))).toEqual([
      { key: 'pausedSites', message: 'Paused sites: the file gives “example.org” where a list belongs.' },
    ]);
    expect(problemsOf(JSON.stringify({ mutedTypes: ['city', 'planet'] }))).toEqual([
      { key: 'mutedTypes', message: 'Kinds of names not marked: “planet” is not one of country, region, city, person, organization, program, agreement, event or other.' },
    ]);
    expect(problemsOf('{"colour": "red"}')).toEqual([{ key: 'colour', message: '“colour” is not a setting Caravan has.' }]);
  });

  it('refuses a file of another settings format whole', () => {
    expect(problemsOf(JSON.stringify({ schema: 2, theme: 'dark' }))).toEqual([
      { key: 'schema', message: 'The file is in settings format 2; this version of Caravan reads format 1.' },
    ]);
    expect(problemsOf(JSON.stringify({ schema: 1, theme: 'dark' }))).toBeNull();
  });

  it('refuses sources and names this browser does not have', () => {
    const known = { sources: new Set(['a', 'b']), entities: new Set(['kabul']) };
    expect(problemsOf(JSON.stringify({ disabledSources: ['a', 'zzz'] }), known)).toEqual([
      { key: 'disabledSources', message: 'Sources turned off: “zzz” is not one of the sources Caravan has.' },
    ]);
    expect(problemsOf(JSON.stringify({ mutedEntities: ['kabul', 'atlantis'] }), known)).toEqual([
      { key: 'mutedEntities', message: 'Names not marked: “atlantis” is not a name Caravan knows.' },
    ]);
    expect(problemsOf(JSON.stringify({ disabledSources: ['b'], mutedEntities: ['kabul'] }), known)).toBeNull();
  });

  it('has every sentence in messages.json, saying the same', () => {
    const catalogue = JSON.parse(readFileSync(new URL('../static/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    for (const [key, english] of Object.entries(IMPORT_MESSAGES_EN)) {
      const entry = catalogue[key];
      expect(entry, key).toBeDefined();
      const resolved = entry!.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) => entry!.placeholders?.[name.toLowerCase()]?.content ?? whole);
      expect(resolved, key).toBe(english);
    }
  });
});

describe('a backup with the reader’s sources', () => {
  const source = { id: 'reader-0123456789ab', title: 'Notes', text: 'Kazakhstan sent wheat.', lang: 'en', addedAt: 1 };
  it('exports them beside the settings and reads them back, their ids known to the settings that name them', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSources: ['reader-0123456789ab'] };
    const file = exportText(settings, [source]);
    expect(JSON.parse(file)).toMatchObject({ readerSources: [source], disabledSources: ['reader-0123456789ab'] });
    const r = parseSettingsFile(file, { sources: new Set(['bundled']) });
    expect(r).toMatchObject({ ok: true, sources: [source] });
    expect(r.ok && r.patch.disabledSources).toEqual(['reader-0123456789ab']);
    // Without the sources in the file, that id is a stranger.
    expect(parseSettingsFile(exportText(settings), { sources: new Set(['bundled']) }).ok).toBe(false);
    expect(exportText(DEFAULT_SETTINGS)).not.toContain('readerSources');
  });

  it('refuses malformed sources whole, saying where', () => {
    const r = parseSettingsFile(JSON.stringify({ readerSources: [{ ...source, id: 'x' }] }));
    expect(r).toEqual({ ok: false, problems: [{ key: 'readerSources', message: 'The file’s sources of yours are malformed (0.id), so nothing was imported.' }] });
    expect(parseSettingsFile(JSON.stringify({ readerSources: [source] }))).toMatchObject({ ok: true, keys: [], sources: [source] });
  });
});
