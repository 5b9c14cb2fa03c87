// @vitest-environment happy-dom
/**
 * Decision 0312: the topic evidence after each change comes from the index's count per entity,
 * not from all(); both must give topicEvidence()'s figures for the same mentions.
 */
import { describe, expect, it } from 'vitest';
import { countedEvidence, topicEvidence } from '../../matching/scope';
import type { Mention } from '../contracts';
import type { Gate } from './gate';
import { BlockMentionIndex } from './mention-index';

const gate = { update: () => undefined } as unknown as Gate;
const ENTITIES = ['kazakhstan', 'afghanistan', 'kabul', 'almaty', 'tashkent', 'herat'];
const scopeOf = (e: string) => (e === 'tashkent' || e === 'herat' ? ('context' as const) : ('core' as const));

function mentionsIn(p: HTMLElement, entities: string[]): Mention[] {
  const text = p.firstChild!;
  return entities.map((entity, i) => {
    // happy-dom has no StaticRange; a live range has the same ends.
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return { entity, text: entity, range } as unknown as Mention;
  });
}

describe('BlockMentionIndex entity counts', () => {
  it('follow every set, replacement, emptying and clear, and give topicEvidence()’s figures', () => {
    document.body.innerHTML = Array.from({ length: 8 }, () => '<p>some text of a block</p>').join('');
    const blocks = [...document.querySelectorAll('p')];
    const index = new BlockMentionIndex(gate);
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let step = 0; step < 400; step++) {
      const block = blocks[rand(blocks.length)]!;
      if (step === 300) index.clear();
      const entities = Array.from({ length: rand(5) }, () => ENTITIES[rand(ENTITIES.length)]!);
      index.set(block, mentionsIn(block, entities));
      const expected = new Map<string, number>();
      for (const m of index.all()) expected.set(m.entity, (expected.get(m.entity) ?? 0) + 1);
      expect(new Map(index.entityCounts())).toEqual(expected);
      expect(countedEvidence(index.entityCounts(), scopeOf, 5000)).toEqual(topicEvidence(index.all(), scopeOf, 5000));
    }
  });

  it('are empty after clear() and for an index that never held a mention', () => {
    document.body.innerHTML = '<p>Kabul and Almaty</p>';
    const p = document.querySelector('p')!;
    const index = new BlockMentionIndex(gate);
    expect(index.entityCounts().size).toBe(0);
    index.set(p, mentionsIn(p, ['kabul', 'almaty', 'kabul']));
    expect(new Map(index.entityCounts())).toEqual(new Map([['kabul', 2], ['almaty', 1]]));
    index.clear();
    expect(index.entityCounts().size).toBe(0);
    expect(countedEvidence(index.entityCounts(), scopeOf, 10)).toEqual({ core: 0, distinctCore: 0, chars: 10 });
  });
});
