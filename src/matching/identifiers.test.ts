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
