import { describe, expect, it } from 'vitest';
import type { Mention } from '../contracts';
import { createGate, type KindOf } from './gate';
import type { Highlights } from './highlights';

/** A Highlights that records what is marked, and how (Node has no CSS highlights). */
function recorder() {
  const marked = new Map<AbstractRange, 'mark' | 'dim'>();
  const pending: Array<() => void> = [];
  const h = {
    add: (r: AbstractRange, dim = false) => pending.push(() => marked.set(r, dim ? 'dim' : 'mark')),
    delete: (r: AbstractRange) => pending.push(() => marked.delete(r)),
    flush: () => pending.splice(0).forEach((f) => f()),
  } as unknown as Highlights;
  return { h, marked };
}

const mention = (entity: string): Mention => ({ entity, text: entity, range: { entity } as unknown as AbstractRange, lang: 'en', dir: 'ltr' });

describe('gate (no IntersectionObserver: every block near)', () => {
  it('marks by kind, and re-marks known mentions when the kind changes, without new input', () => {
    const { h, marked } = recorder();
    const offTopic: KindOf = (m) => (m.entity === 'iran' ? null : m.entity === 'amu-darya' ? 'dim' : 'mark');
    const gate = createGate(h, undefined, offTopic);
    const block = {} as Element;
    const list = [mention('kazakhstan'), mention('iran'), mention('amu-darya')];
    gate.update(block, undefined, list);
    h.flush();
    const state = () => list.map((m) => marked.get(m.range) ?? null);
    expect(state()).toEqual(['mark', null, 'dim']);
    gate.refilter((m) => (m.entity === 'kazakhstan' ? null : 'mark'));
    expect(state()).toEqual([null, 'mark', 'mark']);
    gate.update(block, list, []);
    h.flush();
    expect(marked.size).toBe(0);
    gate.refilter(() => 'mark');
    expect(marked.size).toBe(0);
  });
});
