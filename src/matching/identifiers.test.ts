import { describe, expect, it } from 'vitest';
import { insideIdentifier } from './identifiers';

/** insideIdentifier for the first occurrence of `name` in `s`, as one word. */
const inside = (s: string, name: string) => {
  const a = s.indexOf(name);
  return insideIdentifier(s, a, a + name.length, a, a + name.length);
};

describe('insideIdentifier', () => {
  it('hashtags and @handles', () => {
    expect(inside('see #Kabul now', 'Kabul')).toBe(true);
    expect(inside('by @Astana today', 'Astana')).toBe(true);
  });
  it('a currency written with the country code (US$)', () => {
    expect(inside('a GDP of US$ 36,254', 'US')).toBe(true);
    expect(inside('the US, $5', 'US')).toBe(false);
  });
  it('URLs, www. hosts, domains and paths, e-mail addresses', () => {
    expect(inside('at https://example.com/astana/news.', 'astana')).toBe(true);
    expect(inside('at www.kazakhstan.kz, today', 'kazakhstan')).toBe(true);
    expect(inside('see kabul.gov.af for more', 'kabul')).toBe(true);
    expect(inside('see gov.kabul.af.', 'kabul')).toBe(true);
    expect(inside('mail info@kabul.af', 'kabul')).toBe(true);
    expect(inside('mail kabul@example.org', 'kabul')).toBe(true);
    expect(inside('see afghanistan-relief.org/kabul now', 'kabul')).toBe(true);
    expect(inside('see afghanistan-relief.org/kabul now', 'afghanistan')).toBe(true);
  });
  it('not a name at the end of a sentence, in brackets or quotes, or joined by a slash or hyphen', () => {
    expect(inside('He went to Kabul.', 'Kabul')).toBe(false);
    expect(inside('(Kabul), «Kabul» and "Kabul"', 'Kabul')).toBe(false);
    expect(inside('Kazakhstan/Afghanistan trade', 'Afghanistan')).toBe(false);
    expect(inside('the Kabul-Herat road', 'Kabul')).toBe(false);
    expect(inside("Kabul's mayor", 'Kabul')).toBe(false);
  });
  it('a name written with a dot is a name when it is the whole run (Alem.AI)', () => {
    const s = 'the Alem.AI centre';
    expect(insideIdentifier(s, 4, 11, 4, 11)).toBe(false);
    // …and a URL when the run goes on.
    const u = 'visit alem.ai/en today';
    expect(insideIdentifier(u, 6, 13, 6, 13)).toBe(true);
  });
  it('a missing space after a full stop reads as a domain (accepted cost)', () => {
    expect(inside('He left Kabul.The next day', 'Kabul')).toBe(true);
  });
});

describe('insideIdentifier edges', () => {
  it('"#" and "@" only right before the word; "$" only right after it', () => {
    expect(inside('see # Kabul now', 'Kabul')).toBe(false);
    expect(inside('by @ Astana today', 'Astana')).toBe(false);
    expect(inside('a GDP of US $36', 'US')).toBe(false);
    expect(inside('#Kabul', 'Kabul')).toBe(true);
    expect(inside('Kabul', 'Kabul')).toBe(false);
  });
  it('each sentence mark trims the end of the run, each opening mark its start', () => {
    for (const t of ['.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '"', "'", '”', '’', '…', '›', '>']) expect(inside(`to Kabul${t} now`, 'Kabul'), t).toBe(false);
    for (const l of ['(', '[', '{', '«', '"', "'", '“', '‘', '„', '‹', '<']) expect(inside(`to ${l}Kabul now`, 'Kabul'), l).toBe(false);
    expect(inside('to Kabul.). now', 'Kabul')).toBe(false);
    expect(inside('to ((Kabul now', 'Kabul')).toBe(false);
  });
  it('the run is cut at any white space: tab, line break, NBSP', () => {
    expect(inside('x\tKabul\tkabul.af', 'Kabul')).toBe(false);
    expect(inside('x\nKabul\nkabul.af', 'Kabul')).toBe(false);
    expect(inside('x\u00a0Kabul\u00a0kabul.af', 'Kabul')).toBe(false);
  });
  it('URLs by "://" or "www." in any case, e-mail by "@" anywhere in the run', () => {
    expect(inside('at ftp://Kabul', 'Kabul')).toBe(true);
    expect(inside('at WWW.Kabul', 'Kabul')).toBe(true);
    expect(inside('at xwww.Kabul', 'Kabul')).toBe(true); // a domain still: xwww.Kabul
    expect(inside('at Kabul-x@y', 'Kabul')).toBe(true);
  });
  it('domains: labels joined by dots, a last label of two letters or more, then a path', () => {
    expect(inside('Kabul.a', 'Kabul')).toBe(false);
    expect(inside('Kabul.af', 'Kabul')).toBe(true);
    expect(inside('Kabul.a1', 'Kabul')).toBe(false);
    expect(inside('Kabul.af/x?y#z', 'Kabul')).toBe(true);
    expect(inside('Kabul.af:8080', 'Kabul')).toBe(true);
    expect(inside('Kabul.af!x', 'Kabul')).toBe(false);
    expect(inside('Kabul..af', 'Kabul')).toBe(false);
    expect(inside('my_Kabul-2.news.af', 'Kabul')).toBe(true); // labels hold letters, digits, _ and -
  });
  it('looks at most 256 characters either way for the ends of the run', () => {
    const long = 'x'.repeat(300);
    expect(inside(`${long}.Kabul`, 'Kabul')).toBe(true);
    expect(inside(`Kabul.${long}`, 'Kabul')).toBe(true);
    expect(inside(`a ${'y'.repeat(250)}.Kabul.af`, 'Kabul')).toBe(true);
  });
  it('a candidate of several words whose run it fills is a name, not an identifier', () => {
    const s = 'see U.S.-Kazakh ties';
    expect(insideIdentifier(s, 4, 15, 4, 15)).toBe(false);
    expect(insideIdentifier(s, 4, 8, 4, 8)).toBe(false);
  });
});
