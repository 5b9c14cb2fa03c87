import { describe, expect, it } from 'vitest';
import { anyCovers, coveringEntries, hostOf, isHost, normalizeHost } from './hosts';

describe('normalizeHost', () => {
  it.each([
    ['example.org', 'example.org'],
    [' https://WWW.Example.org/path?q ', 'www.example.org'],
    ['example.org:8080', 'example.org'],
    ['https://example.org:8080/a', 'example.org'],
    ['*.example.org', 'example.org'],
    ['example.org.', 'example.org'],
    ['localhost', 'localhost'],
    ['127.0.0.1:5000', '127.0.0.1'],
    ['[::1]:8080', '[::1]'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['not a host', null],
    ['', null],
    ['nodot', null],
    ['ftp://example.org', null],
    ['-bad-.org', null],
    ['a..b', null],
  ])('%j → %j', (input, want) => expect(normalizeHost(input)).toBe(want));

  it('gives only what isHost accepts, and isHost accepts its own output unchanged', () => {
    for (const input of ['Example.org:8080', 'https://news.bbc.co.uk/x', '[::1]', 'localhost']) {
      const host = normalizeHost(input)!;
      expect(isHost(host)).toBe(true);
      expect(normalizeHost(host)).toBe(host);
    }
    expect(isHost('example.org:8080')).toBe(false);
    expect(isHost('Example.org')).toBe(false);
    expect(isHost(`${'a'.repeat(250)}.org`)).toBe(false);
  });
});

describe('hostOf', () => {
  it('gives the lowercase host name without the port, only for the web', () => {
    expect(hostOf('https://WWW.Example.org:8443/a')).toBe('www.example.org');
    expect(hostOf('http://127.0.0.1:5000/')).toBe('127.0.0.1');
    expect(hostOf('chrome://settings')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });

  it('agrees with normalizeHost on a page with a port, so pausing it from a file covers the page', () => {
    const page = 'http://example.org:8080/news';
    expect(anyCovers([normalizeHost('example.org:8080')!], hostOf(page)!)).toBe(true);
  });
});

describe('coveringEntries', () => {
  it('finds the host and its parent domains, not look-alikes', () => {
    expect(coveringEntries(['example.org', 'other.net', 'news.example.org', 'ample.org'], 'News.example.org')).toEqual([
      'example.org',
      'news.example.org',
    ]);
    expect(anyCovers(['example.com'], 'notexample.com')).toBe(false);
  });
});
