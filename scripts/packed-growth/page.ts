/**
 * The page side of scripts/packed-growth.mjs: opens the matcher the way a frame does, as one
 * bundled script, and reports how long it took. `virtual:growth-data` is the packed index
 * (packed mode) or the JSON texts the content script parsed and compiled before (compile mode).
 */
import data from 'virtual:growth-data';
import { compileMatcher, WARM_UP } from '../../src/matching/compile';
import { openPacked, packedMatcher } from '../../src/matching/packed';
import type { PackedIndex } from '../../src/matching/packed-format';
import type { Matcher } from '../../src/matching/types';

interface GrowthData {
  mode: 'packed' | 'compile';
  index?: PackedIndex;
  gazetteer?: string;
  split?: string;
  lookalikes?: string;
}

const start = performance.now();
const d = data as GrowthData;
let matcher: Matcher;
if (d.mode === 'packed') matcher = packedMatcher(openPacked(d.index!));
else matcher = compileMatcher(JSON.parse(d.gazetteer!), { split: JSON.parse(d.split!), lookalikes: JSON.parse(d.lookalikes!) });
const ready = performance.now();
let mentions = 0;
for (const text of WARM_UP) mentions += matcher.match(text).length;
const warm = performance.now();
(globalThis as { growthResult?: unknown }).growthResult = {
  readyMs: ready - start, firstMatchMs: warm - ready, mentions, forms: matcher.size,
};
