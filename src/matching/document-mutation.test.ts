/** document.ts's OneSense: every block waiting for an entity is handed back, not only the last. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { OneSense } from './document';
import { FIXTURE } from './test-fixture';

const m = compileMatcher(FIXTURE);

describe('OneSense: blocks waiting for the same entity', () => {
  it('hands back all of them, in order, when the entity is named', () => {
    const sense = new OneSense<string>();
    expect(sense.match(m, 'a', 'Ghani spoke.').recheck).toEqual([]);
    expect(sense.match(m, 'b', 'Ghani left.').recheck).toEqual([]);
    expect(sense.match(m, 'c', 'Later Ghani wrote.').recheck).toEqual([]);
    const named = sense.match(m, 'd', 'Ashraf Ghani arrived.');
    expect(named.matches.map((x) => [x.text, x.entity])).toEqual([['Ashraf Ghani', 'ashraf-ghani']]);
    expect(named.recheck).toEqual(['a', 'b', 'c']);
  });
});
