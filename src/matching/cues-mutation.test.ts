/** cues.ts: empty cue groups never cue, and the result is sorted whatever the gazetteer order. */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileCues } from './cues';

const entry = (id: string, cues: string[][]): GazetteerEntry => ({ id, type: 'event', scope: 'core', names: { en: id }, description: id, cues });

describe('compileCues (exact results)', () => {
  it('ignores a group that is empty or folds to nothing, so it cues no sentence', () => {
    const c = compileCues([entry('empty', [[]]), entry('blank', [['']]), entry('punct', [['—', '  ']])]);
    expect(c.entities('any sentence at all')).toEqual([]);
    expect(c.entities('')).toEqual([]);
  });

  it('drops an empty term but keeps the group’s other terms', () => {
    const c = compileCues([entry('quake', [['', 'earthquake']])]);
    expect(c.entities('an earthquake struck')).toEqual(['quake']);
    expect(c.entities('a flood')).toEqual([]);
  });

  it('returns the cued ids sorted, not in gazetteer order, each once', () => {
    const c = compileCues([entry('zeta', [['flood']]), entry('alpha', [['flood'], ['rain']]), entry('mid', [['rain']])]);
    expect(c.entities('flood and rain')).toEqual(['alpha', 'mid', 'zeta']);
  });
});
