/**
 * The page script of decompose.mjs: the content script's detector, run once with its matcher
 * (recording what the matcher answered for every text) and, on a fresh load of the same page,
 * with those answers replayed from a table, so that run costs the page everything but matching.
 * That is the least a design that matches elsewhere (a warm matcher in the background) could
 * cost the page's main thread.
 */
import { pickYield } from '../../src/content/detect/slicer';
import { compileMatcherSliced, type Match, type Matcher, type SplitForms } from '../../src/matching';
import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
import gazetteerJson from 'virtual:gazetteer';
import splitJson from 'virtual:split-forms';
import { annotatePage } from './annotate-page';

async function annotate(matcher: Matcher) {
  return (await annotatePage(matcher)).stats();
}

let table: Map<string, Match[]> | null = null;

window.caravanReplay = {
  /** Compiles, annotates, and returns the matcher's answers as JSON. */
  async record() {
    const yieldNow = pickYield();
    const m = await compileMatcherSliced(JSON.parse(gazetteerJson) as GazetteerEntry[], { split: JSON.parse(splitJson) as SplitForms, yieldFn: yieldNow });
    const answers: [string, Match[]][] = [];
    const stats = await annotate({
      size: m.size,
      match(text) {
        const found = m.match(text);
        answers.push([text, found]);
        return found;
      },
    });
    return { answers: JSON.stringify(answers), stats };
  },
  /** Takes record()'s answers (parsed here, before the timed run). */
  load(answers: string) {
    table = new Map(JSON.parse(answers) as [string, Match[]][]);
  },
  /** Annotates with the recorded answers; `misses` counts texts that were not recorded. */
  async replay() {
    const answers = table!;
    let misses = 0;
    const stats = await annotate({
      size: answers.size,
      match(text) {
        const found = answers.get(text);
        if (!found) misses++;
        return found ?? [];
      },
    });
    return { ...stats, misses };
  },
};
