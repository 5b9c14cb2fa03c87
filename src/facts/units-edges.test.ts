import { describe, expect, it } from 'vitest';
import { lookupApprox, lookupUnit } from './units';

describe('units: the table a language reads', () => {
  it('gives Pashto the Persian table and Kazakh the Russian one, not the English forms', () => {
    expect(lookupUnit('dollars', 'ps')).toBeUndefined();
    expect(lookupUnit('dollars', 'kk')).toBeUndefined();
    expect(lookupUnit('dollars', 'xx')).toEqual({ unit: 'USD', kind: 'money' });
    expect(lookupApprox('tens', 'ps')).toBeUndefined();
    expect(lookupApprox('tens', 'kk')).toBeUndefined();
    expect(lookupApprox('tens', 'xx')).toBe(10);
  });
});
