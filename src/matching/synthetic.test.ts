import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { syntheticEntries } from './synthetic';
import { FIXTURE } from './test-fixture';

describe('syntheticEntries', () => {
  it('grows the gazetteer by the factor, deterministically, with unique ids', () => {
    const x10 = syntheticEntries(FIXTURE, 10);
    expect(x10).toHaveLength(FIXTURE.length * 10);
    expect(new Set(x10.map((e) => e.id)).size).toBe(x10.length);
    expect(syntheticEntries(FIXTURE, 10)).toEqual(x10);
    expect(syntheticEntries(FIXTURE, 1)).toEqual(FIXTURE);
  });
  it('keeps the shape of each entry (languages, word counts, flags)', () => {
    const copy = syntheticEntries(FIXTURE, 2).find((e) => e.id === 'united-states-syn1')!;
    expect(Object.keys(copy.names)).toEqual(['en']);
    expect(copy.names.en.split(' ')).toHaveLength(2);
    expect(copy.caseSensitive).toHaveLength(2);
    expect(copy.aliases!.en).toEqual(copy.caseSensitive);
  });
  it('does not change what the base gazetteer finds', () => {
    const text = 'Kazakhstan and Afghanistan; Казахстане; قزاقستان; the US and the UN; Ghani in Kabul.';
    expect(compileMatcher(syntheticEntries(FIXTURE, 20)).match(text)).toEqual(compileMatcher(FIXTURE).match(text));
  });
});
