// The edges of hosts.ts's rules that hosts.test.ts leaves open: whitespace inside an entry, the
// `*.` prefix only at the start, schemes other than http(s), the anchors of the host-name and IPv6
// patterns, and the length limits (253 in all, 63 a label).
import { describe, expect, it } from 'vitest';
import { MAX_HOST_LENGTH, hostOf, isHost, normalizeHost, siteCovers } from './hosts';

const label = (n: number): string => 'a'.repeat(n);

describe('normalizeHost edges', () => {
  it.each([
    ['exa mple.org', null],
    ['example.org\tnews', null],
    ['example.org/a b', null],
    ['x*.example.org', null],
    ['*.*.example.org', null],
    ['http://example.org', 'example.org'],
    ['HTTP://Example.org', 'example.org'],
    ['file:///etc/hosts', null],
    ['ws://example.org', null],
    ['chrome-extension://abc.def/x', null],
    ['https://localhost:3000', 'localhost'],
    ['https://[::1]/', '[::1]'],
    ['https://', null],
  ])('%j → %j', (input, want) => expect(normalizeHost(input)).toBe(want));
});

describe('isHost edges', () => {
  it('anchors the IPv6 form at both ends', () => {
    expect(isHost('[::1]')).toBe(true);
    expect(isHost('[2001:db8::1]')).toBe(true);
    expect(isHost('x[::1]')).toBe(false);
    expect(isHost('[::1]x')).toBe(false);
    expect(isHost('::1')).toBe(false);
  });

  it('anchors the host-name form at both ends', () => {
    expect(isHost('-example.org')).toBe(false);
    expect(isHost('example.org-')).toBe(false);
    expect(isHost('.example.org')).toBe(false);
    expect(isHost('example.org.')).toBe(false);
    expect(isHost('ex_ample.org')).toBe(false);
    expect(isHost('a-b.org')).toBe(true);
    expect(isHost('a.b')).toBe(true);
  });

  it('needs a dot, except for localhost', () => {
    expect(isHost('localhost')).toBe(true);
    expect(isHost('localhostx')).toBe(false);
    expect(isHost('intranet')).toBe(false);
  });

  it(`takes at most ${MAX_HOST_LENGTH} characters in all and 63 a label`, () => {
    // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
    const longest = [label(63), label(63), label(63), label(61)].join('.');
    expect(longest).toHaveLength(MAX_HOST_LENGTH);
    expect(isHost(longest)).toBe(true);
    expect(isHost(`${longest}a`)).toBe(false);
    expect(isHost(`${label(63)}.org`)).toBe(true);
    expect(isHost(`${label(64)}.org`)).toBe(false);
    expect(isHost(`x.${label(64)}`)).toBe(false);
  });
});

describe('hostOf edges', () => {
  it('answers null for an empty address and for schemes other than http(s)', () => {
    expect(hostOf('')).toBeNull();
    expect(hostOf('file:///home/x.html')).toBeNull();
    expect(hostOf('about:blank')).toBeNull();
    expect(hostOf('ftp://example.org/')).toBeNull();
    expect(hostOf('http://[::1]:8080/')).toBe('[::1]');
  });
});

describe('siteCovers', () => {
  it('covers the host and its subdomains at a dot, case-insensitively in the host', () => {
    expect(siteCovers('example.org', 'EXAMPLE.org')).toBe(true);
    expect(siteCovers('example.org', 'a.b.example.org')).toBe(true);
    expect(siteCovers('example.org', 'badexample.org')).toBe(false);
    expect(siteCovers('example.org', 'example.org.evil.net')).toBe(false);
  });
});
