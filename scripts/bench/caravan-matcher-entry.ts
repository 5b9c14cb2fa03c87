/**
 * Stand-in for the Caravan page script while src/content/detect/annotate.ts is not there:
 * "Caravan (matcher only)". A TreeWalker collects each block's inline text (text nodes joined
 * across inline elements), compileMatcher().match runs per block, ranges go to a CSS highlight.
 * One synchronous pass, no slicing, no viewport-first order, no visibility checks.
 */
import { compileMatcher, type Matcher } from '../../src/matching/runtime';
import { syntheticEntries } from '../../src/matching/synthetic';
import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
import gazetteerJson from 'virtual:gazetteer';
import type { BenchStats } from './bench-api';

const entries = JSON.parse(gazetteerJson) as GazetteerEntry[];

const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'CODE', 'PRE', 'SVG', 'MATH']);

let matcher: Matcher | null = null;

function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && p.nodeType === 1 && INLINE.has((p as Element).nodeName)) p = p.parentNode;
  return p;
}

function annotateSync(m: Matcher): BenchStats {
  const t0 = performance.now();
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const highlight = new Highlight();
  let mentions = 0;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let block: Node | null = null;
  const flush = () => {
    if (!nodes.length) return;
    for (const hit of m.match(text)) {
      // Offsets → (text node, offset) by binary search over the nodes' starts.
      const at = (pos: number, end: boolean): [Text, number] => {
        let a = 0;
        let b = starts.length - 1;
        while (a < b) {
          const mid = (a + b + 1) >> 1;
          if (starts[mid]! < pos || (!end && starts[mid] === pos)) a = mid;
          else b = mid - 1;
        }
        return [nodes[a]!, pos - starts[a]!];
      };
      const r = new Range();
      const [sn, so] = at(hit.start, false);
      const [en, eo] = at(hit.end, true);
      r.setStart(sn, so);
      r.setEnd(en, eo);
      highlight.add(r);
      mentions++;
    }
    nodes = [];
    starts = [];
    text = '';
  };
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentNode as Element | null;
    if (!n.data.length || (parent && SKIP.has(parent.nodeName.toUpperCase()))) continue;
    const b = blockOf(n);
    if (b !== block) {
      flush();
      block = b;
    }
    starts.push(text.length);
    nodes.push(n);
    text += n.data;
  }
  flush();
  CSS.highlights.set('caravan-mention', highlight);
  const ms = performance.now() - t0;
  return { slices: 1, longestSliceMs: ms, totalMs: ms, firstViewportMarkMs: ms, mentions };
}

window.caravanBench = {
  variant: 'matcher-only',
  compile(factor = 1) {
    // Growing the gazetteer is the benchmark's own doing: not timed.
    const list = factor > 1 ? syntheticEntries(entries, factor) : entries;
    const t0 = performance.now();
    matcher = compileMatcher(list);
    return performance.now() - t0;
  },
  size: () => matcher?.size ?? 0,
  async annotate() {
    if (!matcher) throw new Error('compile() first');
    return annotateSync(matcher);
  },
};
