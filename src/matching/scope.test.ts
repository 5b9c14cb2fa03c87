import { describe, expect, it } from 'vitest';
import { isOnTopic, shownMentions, topicEvidence } from './scope';

const scopes: Record<string, 'core' | 'context'> = { kazakhstan: 'core', afghanistan: 'core', iran: 'context' };
const scopeOf = (id: string) => scopes[id];
const m = (...ids: string[]) => ids.map((entity) => ({ entity }));

describe('topic scope', () => {
  it('counts core mentions and distinct core entities', () => {
    expect(topicEvidence(m('kazakhstan', 'iran', 'kazakhstan', 'afghanistan'), scopeOf, 100)).toEqual({ core: 3, distinctCore: 2, chars: 100 });
  });
  it('is off topic with context entities alone or one passing core mention', () => {
    expect(isOnTopic(topicEvidence(m('iran', 'iran', 'iran', 'iran'), scopeOf, 5000))).toBe(false);
    expect(isOnTopic(topicEvidence(m('iran', 'afghanistan'), scopeOf, 5000))).toBe(false);
    expect(isOnTopic(topicEvidence(m('afghanistan', 'kazakhstan'), scopeOf, 5000))).toBe(true);
  });
  it('shows context mentions only as the reader chose', () => {
    const all = m('iran', 'kazakhstan', 'unknown');
    expect(shownMentions(all, scopeOf, false, 'topic').map((x) => x.entity)).toEqual(['kazakhstan']);
    expect(shownMentions(all, scopeOf, true, 'topic').map((x) => x.entity)).toEqual(['iran', 'kazakhstan']);
    expect(shownMentions(all, scopeOf, false, 'everywhere').map((x) => x.entity)).toEqual(['iran', 'kazakhstan']);
    expect(shownMentions(all, scopeOf, true, 'never').map((x) => x.entity)).toEqual(['kazakhstan']);
  });
});
