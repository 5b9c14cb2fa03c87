import { describe, expect, it } from 'vitest';
import { CHARS_PER_CORE, combineEvidence, coreNeeded, isOnTopic, shownMentions, topicEvidence } from './scope';

const scopes: Record<string, 'core' | 'context'> = { kazakhstan: 'core', afghanistan: 'core', kabul: 'core', iran: 'context' };
const scopeOf = (id: string) => scopes[id];
const m = (...ids: string[]) => ids.map((entity) => ({ entity }));
const onTopic = (ids: string[], chars: number) => isOnTopic(topicEvidence(m(...ids), scopeOf, chars));

describe('topic scope', () => {
  it('counts core mentions and distinct core entities', () => {
    expect(topicEvidence(m('kazakhstan', 'iran', 'kazakhstan', 'afghanistan'), scopeOf, 100)).toEqual({ core: 3, distinctCore: 2, chars: 100 });
  });
  it('is off topic with context entities alone, however many', () => {
    expect(onTopic(Array(40).fill('iran') as string[], 5000)).toBe(false);
  });
  it('is off topic with one core entity named again and again (yahoo-2: "Baikonur, Kazakhstan" ×3)', () => {
    expect(onTopic(['kazakhstan', 'kazakhstan', 'kazakhstan', 'iran'], 18_372)).toBe(false);
    expect(onTopic(Array(10).fill('kazakhstan') as string[], 2000)).toBe(false);
  });
  it('is off topic with two core mentions in passing, on with a third', () => {
    expect(onTopic(['afghanistan', 'kazakhstan'], 3000)).toBe(false);
    expect(onTopic(['afghanistan', 'kazakhstan', 'kabul'], 3000)).toBe(true);
  });
  it('asks a long page for one core mention per 20,000 characters', () => {
    expect(coreNeeded(1000)).toBe(3);
    expect(coreNeeded(132_013)).toBe(7);
    const names = ['kazakhstan', 'afghanistan', 'kabul', 'kazakhstan', 'afghanistan'];
    expect(onTopic(names, 4 * CHARS_PER_CORE)).toBe(true);
    expect(onTopic(names, 5 * CHARS_PER_CORE + 1)).toBe(false);
  });
  it('sums a tab’s frames: core names in one frame and the text in another', () => {
    const e = combineEvidence([
      { core: 2, coreEntities: ['kazakhstan', 'afghanistan'], chars: 300 },
      { core: 1, coreEntities: ['kazakhstan'], chars: 2000 },
      { core: 0, coreEntities: [], chars: 500 },
    ]);
    expect(e).toEqual({ core: 3, distinctCore: 2, chars: 2800 });
    expect(isOnTopic(e)).toBe(true);
    expect(isOnTopic(combineEvidence([]))).toBe(false);
  });
  it('shows context mentions only as the reader chose', () => {
    const all = m('iran', 'kazakhstan', 'unknown');
    expect(shownMentions(all, scopeOf, false, 'topic').map((x) => x.entity)).toEqual(['kazakhstan']);
    expect(shownMentions(all, scopeOf, true, 'topic').map((x) => x.entity)).toEqual(['iran', 'kazakhstan']);
    expect(shownMentions(all, scopeOf, false, 'everywhere').map((x) => x.entity)).toEqual(['iran', 'kazakhstan']);
    expect(shownMentions(all, scopeOf, true, 'never').map((x) => x.entity)).toEqual(['kazakhstan']);
  });
});
