import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { FIXTURE } from './test-fixture';

const m = compileMatcher(FIXTURE);
const pairs = (text: string) => m.match(text).map((x) => [x.text, x.entity]);
const pad = ' lorem ipsum dolor sit amet.'.repeat(20); // > 400 characters of nothing

describe('ambiguous forms', () => {
  it('are dropped where nothing nearby supports them', () => {
    expect(pairs('GCC 13 compiles C code.')).toEqual([]);
    expect(pairs('Ghani is a common name in many countries.')).toEqual([]);
    expect(pairs('Let us go.')).toEqual([]);
  });
  it('count next to an unambiguous mention of the same entity', () => {
    expect(pairs('Ashraf Ghani spoke. Later Ghani said more.')).toEqual([
      ['Ashraf Ghani', 'ashraf-ghani'], ['Ghani', 'ashraf-ghani'],
    ]);
  });
  it('count next to an unambiguous mention of a context entity', () => {
    expect(pairs('Ghani returned to Afghanistan.')).toEqual([['Ghani', 'ashraf-ghani'], ['Afghanistan', 'afghanistan']]);
    expect(pairs('Kuwait hosted the GCC meeting.')).toEqual([['Kuwait', 'kuwait'], ['GCC', 'gcc']]);
    expect(pairs('Die GCC und Zentralasien')).toEqual([['GCC', 'gcc'], ['Zentralasien', 'central-asia']]);
  });
  it('do not count next to an unrelated entity or only another ambiguous mention', () => {
    expect(pairs('Ghani visited Moscow.')).toEqual([['Moscow', 'moscow']]);
    expect(pairs('Ghani and the GCC.')).toEqual([]);
  });
  it('look only within the window', () => {
    expect(pairs('Afghanistan.' + pad + ' Ghani said.')).toEqual([['Afghanistan', 'afghanistan']]);
    const wide = compileMatcher(FIXTURE, { window: 2000 });
    expect(wide.match('Afghanistan.' + pad + ' Ghani said.').map((x) => x.entity)).toEqual(['afghanistan', 'ashraf-ghani']);
  });
  it('do not hide a shorter unambiguous mention when rejected', () => {
    const es = [
      { id: 'long', type: 'other' as const, scope: 'core' as const, names: { en: 'Kabul Star' }, ambiguous: ['Kabul Star'], description: 'x' },
      { id: 'kabul', type: 'city' as const, scope: 'core' as const, names: { en: 'Kabul' }, description: 'x' },
    ];
    expect(compileMatcher(es).match('The Kabul Star shines.').map((x) => [x.text, x.entity])).toEqual([['Kabul', 'kabul']]);
  });
});
