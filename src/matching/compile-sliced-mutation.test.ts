/**
 * compileMatcherSliced on the fixture (sliced.test.ts does it on the shipped gazetteer, which the mutation configs
 * of the shared code leave out: docs/mutation-matching.md): the same matcher as compileMatcher, with look-alikes and
 * build-split forms too, and yields exactly when a slice's time is up.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherSliced } from './compile';
import { parseLookalikes } from './lookalikes';
import { splitForms, splitLookalikes } from './split-forms';
import { FIXTURE } from './test-fixture';

const lookalikes = parseLookalikes(
  JSON.stringify({
    lookalikes: [{ looksLike: 'kabul', is: 'river', forms: { en: ['Kabul River'], ru: ['река Кабул'] } }],
    titles: { en: ['President'] },
  }),
  'l.json',
);
const TEXTS = [
  'President Tokayev flew from Astana to Kabul on the Kabul River; Ghani met Ashraf Ghani. UN, UNDP and the USA.',
  'Казахстан и Афганистан, Касым-Жомарт Токаев в Москве; река Кабул.',
  'قزاقستان و افغانستان، نور سلطان نظربایف در هرات. د ننګرهار او کونړ.',
  'Kasachstan und Afghanistan; Kasachstanhilfe, die Vereinte Nationen.',
];

describe('compileMatcherSliced = compileMatcher (fixture)', () => {
  it('matches the same with look-alikes and split forms, yielding when each slice is over', async () => {
    for (const opts of [{}, { lookalikes }, { lookalikes: splitLookalikes(lookalikes), split: splitForms(FIXTURE) }, { langs: ['ru' as const] }]) {
      let yields = 0;
      const sliced = await compileMatcherSliced(FIXTURE, { ...opts, sliceMs: 0, yieldFn: async () => void yields++ });
      const sync = compileMatcher(FIXTURE, opts);
      expect(sliced.size).toBe(sync.size);
      for (const text of TEXTS) expect(sliced.match(text), text).toEqual(sync.match(text));
      // sliceMs 0: a yield before every other form or look-alike (the clock is read at even steps).
      expect(yields).toBeGreaterThan(sync.size / 2 - 2);
    }
  });

  it('does not yield while a slice lasts, and finds the mentions', async () => {
    let yields = 0;
    const sliced = await compileMatcherSliced(FIXTURE, { lookalikes, sliceMs: 60_000, yieldFn: async () => void yields++ });
    expect(yields).toBe(0);
    expect(sliced.match(TEXTS[0]!).map((m) => m.entity)).toEqual(['tokayev', 'astana', 'kabul', 'ashraf-ghani', 'ashraf-ghani', 'united-nations', 'undp', 'united-states']);
  });

  it('yields through setTimeout by default', async () => {
    const sliced = await compileMatcherSliced(FIXTURE, { sliceMs: 0 });
    expect(sliced.match('Kabul').map((m) => m.entity)).toEqual(['kabul']);
  });
});
