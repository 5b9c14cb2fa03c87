import { describe, expect, it } from 'vitest';
import { compileCues, cueEntities } from './cues';
import { foldText } from './normalize';
import { FIXTURE } from './test-fixture';

describe('cues', () => {
  it('cue an entity when every term of one group starts a word', () => {
    expect(cueEntities(foldText('After the earthquakes struck Herat Province…').text, FIXTURE)).toEqual(['earthquake-2023']);
    expect(cueEntities(foldText('زلزله‌های هرات').text, FIXTURE)).toEqual(['earthquake-2023']);
  });
  it('need all terms of the group, at word starts', () => {
    const c = compileCues(FIXTURE);
    expect(c.entities('An earthquake in Nepal.')).toEqual([]);
    expect(c.entities('The Cherat earthquake.')).toEqual([]);
    expect(c.entities('')).toEqual([]);
  });
  it('accept unfolded sentences too', () => {
    expect(compileCues(FIXTURE).entities('EARTHQUAKE — HERAT')).toEqual(['earthquake-2023']);
  });
});
