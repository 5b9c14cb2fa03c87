// The edges of text-direction.ts that mutation testing found unguarded (docs/mutation.md): every
// right-to-left script subtag, and tags that only look like a script or a language.
import { describe, expect, it } from 'vitest';
import { dirOf, primarySubtag } from './text-direction';

describe('dirOf by script subtag', () => {
  // An English tag with an RTL script: only the script can make it right to left.
  it.each(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'])('en-%s → rtl', (script) => {
    expect(dirOf(`en-${script}`)).toBe('rtl');
  });

  it('reads the script case-insensitively and after trimming', () => {
    expect(dirOf('en-ARAB')).toBe('rtl');
    expect(dirOf(' en-Arab ')).toBe('rtl');
    expect(dirOf('fa_Latn')).toBe('ltr');
  });

  it('takes only a whole four-letter subtag as a script', () => {
    // Five letters is no script, so Persian stays right to left.
    expect(dirOf('fa-xlatn')).toBe('rtl');
    expect(dirOf('fa-latnx')).toBe('rtl');
  });

  it('never reads the language subtag as a script', () => {
    expect(dirOf('hebr')).toBe('ltr');
    expect(dirOf('arab-x')).toBe('ltr');
  });
});

describe('primarySubtag rejects what is not two or three letters', () => {
  it.each([
    ['1fa', ''],
    ['fa1', ''],
    ['abcd', ''],
    ['x', ''],
    ['PRS-AF', 'prs'],
  ])('%s → %j', (tag, primary) => {
    expect(primarySubtag(tag)).toBe(primary);
  });
});
