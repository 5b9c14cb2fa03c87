// @vitest-environment happy-dom
/**
 * The first mark in view (decisions 0291, 0292): a block near the viewport with a mention the
 * reader is shown is marked when its mentions are stored, not when the IntersectionObserver
 * reports, also when a block of held context names (not shown: the page is not on topic) was
 * stored before it. The observer here never reports, so only that rule can mark anything.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../matching/runtime';
import type { Mention } from '../contracts';
import { createDetector } from './annotate';
import type { KindOf } from './gate';
import type { Highlights } from './highlights';

/** Highlights that record what is registered (flushed), as the page's registry would hold it. */
function recordingHighlights(): Highlights & { marked: Set<AbstractRange> } {
  const marked = new Set<AbstractRange>();
  const toAdd = new Set<AbstractRange>();
  const toDelete = new Set<AbstractRange>();
  let live = false;
  return {
    marked,
    supported: true,
    get live() {
      return live;
    },
    add: (r) => {
      toDelete.delete(r);
      toAdd.add(r);
    },
    delete: (r) => {
      if (!toAdd.delete(r)) toDelete.add(r);
    },
    flush: () => {
      for (const r of toDelete) marked.delete(r);
      for (const r of toAdd) marked.add(r);
      toAdd.clear();
      toDelete.clear();
      if (marked.size) live = true;
    },
    setActive: () => undefined,
    flash: () => undefined,
    setStyle: () => undefined,
    adopt: () => undefined,
    setEnabled: () => undefined,
    clear: () => marked.clear(),
  };
}

/** An observer that never reports: what is marked was marked by the detector's own box test. */
class SilentObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

const matcher = compileMatcher([
  { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan' } },
  { id: 'mongolia', type: 'country', scope: 'context', names: { en: 'Mongolia' } },
] as never);

/** Context names are held (the page is not on topic), core names shown. */
const kind: KindOf = (m: Mention) => (m.entity === 'mongolia' ? null : 'mark');

function place(el: Element, top: number): void {
  el.getBoundingClientRect = () => ({ x: 0, y: top, top, left: 0, right: 600, bottom: top + 20, width: 600, height: 20, toJSON: () => ({}) }) as DOMRect;
}

describe('the first mark in view', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', SilentObserver);
    vi.stubGlobal(
      'StaticRange',
      class {
        constructor(init: object) {
          Object.assign(this, init);
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is a shown mention near the viewport, marked at once though held context names in view came first', async () => {
    // Held names first in document order, in view; the shown one after them, in view too.
    const held = Array.from({ length: 80 }, (_, i) => `<p id="held${i}">Mongolia sent a delegation, report ${i}.</p>`).join('');
    document.body.innerHTML = `${held}<p id="shown">Kazakhstan opened the talks.</p><p id="far">Kazakhstan again, far below.</p>`;
    for (let i = 0; i < 80; i++) place(document.getElementById(`held${i}`)!, 10 + i);
    place(document.getElementById('shown')!, 200);
    // Far below the gate's reach (a screen below the viewport): left to the observer.
    place(document.getElementById('far')!, 10 * innerHeight);
    const highlights = recordingHighlights();
    const detector = createDetector(async () => matcher, { highlights, kind, observe: false });
    await detector.start(document);
    const found = detector.index.all();
    expect(found.filter((m) => m.entity === 'mongolia')).toHaveLength(80);
    const marked = found.filter((m) => highlights.marked.has(m.range));
    // The shown name in view is marked; the held names are not; the far one waits for the observer.
    expect(marked.map((m) => (m.range.startContainer.parentNode as Element).id)).toEqual(['shown']);
    detector.stop();
  });
});
