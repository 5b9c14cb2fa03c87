/**
 * Test helpers over the shipped data (data/gazetteer.json + data/lookalikes.json), for the tests that check the
 * matcher's rules against what the build compiles, and the run count of the folder's random (property) tests.
 *
 * The data is loaded and compiled on first use, inside the first test that matches, not while the test file loads.
 * Why (docs/mutation-matching.md): Stryker counts code run while a file loads as "static" — such a mutant reruns
 * every related test, or is ignored with `ignoreStatic` — and pays that load for every mutant whose tests are in the
 * file, even the ones it filters out. Built lazily, loading and compiling the gazetteer is covered by a test, and a
 * file none of whose tests a mutant needs costs nothing. Still one matcher per test file, as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileMatcher } from './compile';
import { loadGazetteer } from './gazetteer-file';
import { parseLookalikes } from './lookalikes';
import type { Lookalikes, Matcher } from './types';

declare module 'vitest' {
  interface ProvidedContext {
    /** JSON of { entries, lookalikes }, read once by shipped-setup.test-data.ts (mutation configs only). */
    shippedData?: string;
  }
}

const ROOT = join(__dirname, '..', '..');

/** `make()` once, on the first call. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * data/gazetteer.json and data/lookalikes.json as the build reads them, read on the first call; under the mutation
 * configs, as their globalSetup read them once for all test files (shipped-setup.test-data.ts).
 */
export const shippedData = once((): { entries: GazetteerEntry[]; lookalikes: Lookalikes } => {
  const provided = inject('shippedData');
  if (provided !== undefined) return JSON.parse(provided) as { entries: GazetteerEntry[]; lookalikes: Lookalikes };
  const entries = loadGazetteer(ROOT);
  const lookalikes = parseLookalikes(readFileSync(join(ROOT, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', entries);
  return { entries, lookalikes };
});

/** A Matcher that calls `make` on its first use and then delegates to what it made. */
export function lazyMatcher(make: () => Matcher): Matcher {
  const get = once(make);
  return {
    match: (text) => get().match(text),
    scan: (text, named) => get().scan(text, named),
    get size() {
      return get().size;
    },
    persons: { has: (id) => get().persons?.has(id) ?? false },
  };
}

/** The shipped gazetteer and look-alikes compiled as the build compiles them (compiled on first use). */
export function shippedMatcher(): Matcher {
  return lazyMatcher(() => {
    const { entries, lookalikes } = shippedData();
    return compileMatcher(entries, { lookalikes });
  });
}

/**
 * How many cases a random (property) test checks: `full` in `npm test`; a share of it when CARAVAN_PROPERTY_SHARE
 * is set (vitest.mutation-matching.config.ts sets 0.1: each mutant reruns a tenth of the random cases, at least one).
 */
export function propertyRuns(full: number): number {
  const raw = process.env.CARAVAN_PROPERTY_SHARE;
  if (raw === undefined || raw === '') return full;
  const share = Number(raw);
  if (!(share > 0 && share <= 1)) throw new Error(`CARAVAN_PROPERTY_SHARE must be a number in (0, 1], not "${raw}"`);
  return Math.max(1, Math.ceil(full * share));
}
