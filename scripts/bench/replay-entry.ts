/**
 * The page script of decompose.mjs: the content script's detector, run once with its matcher
 * (recording what the matcher answered for every text) and, on a fresh load of the same page,
 * with those answers replayed from a table, so that run costs the page everything but matching.
 * That is the least a design that matches elsewhere (a warm matcher in the background) could
 * cost the page's main thread. And the detector's reading of the page alone (read()): the part
 * of its work that the rules of what to read (blocks, skipped regions, shadow roots, inline text
 * across elements) cost, with nothing after it.
 */
import { collectBlock, hasText, plainText } from '../../src/content/detect/collect';
import type { Block } from '../../src/content/detect/dom-rules';
import { assemble } from '../../src/content/detect/block-text';
import { nextBlock, startWalk, type WalkHooks } from '../../src/content/detect/walk';
import { pickYield } from '../../src/content/detect/slicer';
import { compileMatcherSliced, type DocumentScan, type Matcher, type SplitForms } from '../../src/matching/runtime';
import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
import gazetteerJson from 'virtual:gazetteer';
import splitJson from 'virtual:split-forms';
import { annotatePage } from './annotate-page';

async function annotate(matcher: Matcher) {
  return (await annotatePage(matcher)).stats();
}

let table: Map<string, DocumentScan> | null = null;
const NOTHING: DocumentScan = { matches: [], named: [], waiting: [] };

window.caravanReplay = {
  /** Compiles, annotates, and returns the matcher's answers as JSON. */
  async record() {
    const yieldNow = pickYield();
    const m = await compileMatcherSliced(JSON.parse(gazetteerJson) as GazetteerEntry[], { split: JSON.parse(splitJson) as SplitForms, yieldFn: yieldNow });
    const answers: [string, DocumentScan][] = [];
    const stats = await annotate({
      size: m.size,
      match: (text) => m.match(text),
      scan(text, named) {
        const found = m.scan(text, named);
        answers.push([text, found]);
        return found;
      },
    });
    return { answers: JSON.stringify(answers), stats };
  },
  /** Takes record()'s answers (parsed here, before the timed run). */
  load(answers: string) {
    table = new Map(JSON.parse(answers) as [string, DocumentScan][]);
  },
  /** Annotates with the recorded answers; `misses` counts texts that were not recorded. */
  async replay() {
    const answers = table!;
    let misses = 0;
    const stats = await annotate({
      size: answers.size,
      match: (text) => answers.get(text)?.matches ?? [],
      scan(text) {
        const found = answers.get(text);
        if (!found) misses++;
        return found ?? NOTHING;
      },
    });
    return { ...stats, misses };
  },
  read() {
    const t0 = performance.now();
    const roots: (Document | ShadowRoot)[] = [document];
    const seen = new Set<ShadowRoot>();
    const addRoot = (sr: ShadowRoot) => {
      if (!seen.has(sr)) {
        seen.add(sr);
        roots.push(sr);
      }
    };
    const hooks: WalkHooks = { rejected: () => undefined, shadow: addRoot };
    let chars = 0;
    // As the detector reads a block that is not plain: its text nodes, joined.
    const readNodes = (block: Block) => {
      const parts = collectBlock(block);
      for (const sr of parts.shadows) addRoot(sr);
      if (parts.text) chars += assemble(parts.parts).text.length;
    };
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      if (root instanceof ShadowRoot) readNodes(root);
      const walk = startWalk(root);
      for (let el = nextBlock(walk, hooks); el; el = nextBlock(walk, hooks)) {
        const plain = plainText(el);
        if (plain === null) readNodes(el);
        else {
          // Read whole: the walk does not go inside, as the detector's does not.
          walk.down = false;
          if (hasText(plain)) chars += plain.length;
        }
      }
    }
    return { totalMs: performance.now() - t0, chars };
  },
};
