import { describe, expect, it } from 'vitest';
import { dirOf, primarySubtag } from './text-direction';

describe('dirOf', () => {
  it.each([
    ['fa', 'rtl'],
    ['fa-AF', 'rtl'],
    ['prs', 'rtl'],
    ['ps', 'rtl'],
    ['PS_af', 'rtl'],
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['uz-Arab-AF', 'rtl'],
    ['ug-Cyrl', 'ltr'],
    ['en', 'ltr'],
    ['ru', 'ltr'],
    ['kk', 'ltr'],
    ['de-AT', 'ltr'],
    ['und', 'ltr'],
    ['', 'ltr'],
    [null, 'ltr'],
  ])('%j → %s', (lang, dir) => expect(dirOf(lang)).toBe(dir));
});

describe('primarySubtag', () => {
  it('lowercases and keeps only the language', () => {
    expect(primarySubtag(' FA-af ')).toBe('fa');
    expect(primarySubtag('x-private')).toBe('');
    expect(primarySubtag(undefined)).toBe('');
  });
});
