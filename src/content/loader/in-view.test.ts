// @vitest-environment happy-dom
/**
 * The text in view, for the gate to read first (decision 0282): which elements the box descent
 * takes, in which order, and that it stops after its budget of box reads. Boxes are given by
 * hand (happy-dom lays nothing out); the real browsers' layout is in test/e2e/loader.e2e.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inViewTrees } from './in-view';

/** Lays out `document` from `data-box="top height"` attributes (width 800 where a box is given). */
function layOut(html: string) {
  document.body.innerHTML = html;
  let reads = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    reads++;
    const [top, height] = (this.getAttribute('data-box') ?? '0 0').split(' ').map(Number) as [number, number];
    const width = this.hasAttribute('data-box') ? 800 : 0;
    return { top, bottom: top + height, left: 0, right: width, width, height, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  return { reads: () => reads };
}

const ids = (els: Element[]) => els.map((e) => e.id);

describe('inViewTrees', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes blocks of text that meet the view, looks into containers, leaves out the rest and what has no box', () => {
    expect(innerHeight).toBeGreaterThan(500);
    layOut(`
      <header id="head" data-box="0 80"><h1 id="h1" data-box="10 40">Title</h1></header>
      <main id="main" data-box="80 5000">
        <p id="p1" data-box="100 50">first</p>
        <div id="hidden">display: none, so no box</div>
        <section id="sec" data-box="400 3000"><p id="p2" data-box="450 60">second</p><p id="p3" data-box="2000 60">far below</p></section>
        <p id="below" data-box="4000 50">below</p>
      </main>
      <script id="s" data-box="0 10">var kazakhstan;</script>
      <div id="fixed" data-box="0 30"><span>a fixed bar, last in the document</span></div>`);
    expect(ids(inViewTrees(document))).toEqual(['fixed', 'h1', 'p1', 'p2']);
  });

  it('takes a paragraph whole, however long, and one whose first element is inline', () => {
    layOut('<p id="long" data-box="300 4000">A paragraph taller than the screen.</p><div id="mixed" data-box="10 50"><a data-box="10 10">a link</a> and <div data-box="30 10">a block</div></div>');
    expect(ids(inViewTrees(document))).toEqual(['long', 'mixed']);
  });

  it('reads at most 400 boxes', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<li data-box="${-10_000 + i} 1">x</li>`).join('');
    const page = layOut(`<ul id="list" data-box="-10000 20000">${items}<li id="last" data-box="10 10">y</li></ul>`);
    expect(inViewTrees(document)).toEqual([]);
    expect(page.reads()).toBe(400);
  });
});
