/**
 * The packed matcher (packed-build.ts → packed-format.ts → packed.ts) against the compiled one, on the small FIXTURE
 * gazetteer with look-alikes, titles and demonyms: the fast twin of packed.test.ts's real-data comparisons, which
 * the mutation config for the engine files leaves out (docs/mutation-matching.md). Every check is exact equality
 * with compileMatcher's result, so any decoding slip in the packed index shows.
 */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileMatcher, gazetteerForms, type MatcherOptions } from './compile';
import { matchDocument } from './document';
import { parseLookalikes } from './lookalikes';
import { openPacked, packedMatcher } from './packed';
import { moduleText, packMatcher } from './packed-build';
import { SECTIONS } from './packed-format';
import { propertyRuns } from './shipped.test-data';
import { splitForms, splitLookalikes } from './split-forms';
import { mulberry32, syntheticEntries } from './synthetic';
import { FIXTURE } from './test-fixture';
import type { Lookalikes, Matcher } from './types';

const lookalikes: Lookalikes = parseLookalikes(
  JSON.stringify({
    lookalikes: [
      { looksLike: 'kabul', is: 'river', forms: { en: ['Kabul River'], ru: ['река Кабул'] } },
      { looksLike: 'kazakhstan', is: 'people', forms: { en: ['Kazakhs'], ru: ['казахи'] }, literal: ['казахи'] },
      { looksLike: 'astana', is: 'football club', forms: { en: ['FC Astana'], de: ['FC Astana'] } },
    ],
    titles: { en: ['President', 'Minister'], ru: ['президент'] },
  }),
  'l.json',
);

function randomText(list: readonly GazetteerEntry[], seed: number, pieces: number): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const forms = gazetteerForms(list).map((f) => f.text);
  const extra = [...lookalikes.blockers.map((b) => b.text), ...lookalikes.titles, 'earthquake', 'زلزله'];
  const endings = ['', '', '', 's', 'es', 'en', 'er', 'а', 'ом', 'ского', 'ой', 'ы', 'ها', 'ی', 'ته', 'ګانو', 'ның', "'s", '’s'];
  const prefixes = ['', '', '', 'به', 'ب', 'د', 'و'];
  const seps = [' ', ' ', ' ', ', ', '. ', '\n', ' - ', ' «', '» ', ' "', '" ', '\u200c', ' (', ') ', ': '];
  const filler = ['the', 'and', 'der', 'und', 'и', 'в', 'و', 'در', 'President', 'президент', 'language', 'x1', '2023'];
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const r = rnd();
    let w = r < 0.55 ? pick(forms) : r < 0.7 ? pick(extra) : pick(filler);
    const c = rnd();
    if (c < 0.08) w = w.toUpperCase();
    else if (c < 0.16) w = w.toLowerCase();
    out += pick(prefixes) + w + pick(endings) + pick(seps);
  }
  return out;
}

function same(compiled: Matcher, packed: Matcher, text: string, named: ReadonlySet<string>) {
  expect(packed.match(text)).toEqual(compiled.match(text));
  expect(packed.scan(text)).toEqual(compiled.scan(text));
  expect(packed.scan(text, named)).toEqual(compiled.scan(text, named));
  const blocks = text.split('\n');
  expect(matchDocument(packed, blocks)).toEqual(matchDocument(compiled, blocks));
}

describe('packed matcher = compiled matcher on the fixture (exact results)', () => {
  const cases: [string, readonly GazetteerEntry[], MatcherOptions][] = [
    ['fixture, look-alikes', FIXTURE, { lookalikes }],
    ['fixture, split forms and look-alikes from the build', FIXTURE, { split: splitForms(FIXTURE), lookalikes: splitLookalikes(lookalikes) }],
    ['fixture ×3 (synthetic names)', syntheticEntries(FIXTURE, 3), { lookalikes }],
    ['fixture, Russian and Persian only', FIXTURE, { langs: ['ru', 'fa'] }],
  ];
  it.each(cases)('%s: same mentions, scans and documents on 60 random texts (fewer under CARAVAN_PROPERTY_SHARE)', (_, entries, opts) => {
    const compiled = compileMatcher(entries, opts);
    const packed = packedMatcher(packMatcher(entries, opts));
    expect(packed.size).toBe(compiled.size);
    const named = new Set(['ashraf-ghani', 'gcc', 'kabul']);
    const seeds = propertyRuns(60);
    let mentions = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const text = randomText(entries, seed, 120);
      mentions += compiled.match(text).length;
      same(compiled, packed, text, named);
    }
    expect(mentions).toBeGreaterThan(5 * seeds);
  });

  it('finds the exact mentions of a hand-written text, as compiled does', () => {
    const opts = { lookalikes };
    const packed = packedMatcher(packMatcher(FIXTURE, opts));
    const text = 'President Tokayev flew from Astana to Kabul; the Kabul River and FC Astana. UN and UNDP, USA. Ashraf Ghani said: Ghani.';
    const spans = packed.match(text).map((x) => [x.text, x.entity, x.start, x.end]);
    expect(spans).toEqual(compileMatcher(FIXTURE, opts).match(text).map((x) => [x.text, x.entity, x.start, x.end]));
    expect(spans).toEqual([
      ['Tokayev', 'tokayev', 10, 17], ['Astana', 'astana', 28, 34], ['Kabul', 'kabul', 38, 43], ['UN', 'united-nations', 76, 78],
      ['UNDP', 'undp', 83, 87], ['USA', 'united-states', 89, 92], ['Ashraf Ghani', 'ashraf-ghani', 94, 106], ['Ghani', 'ashraf-ghani', 113, 118],
    ]);
  });

  it('keeps compounds and window options when they are passed at open', () => {
    const compiled = compileMatcher(FIXTURE, { lookalikes, compounds: false, window: 30 });
    const packed = packedMatcher(packMatcher(FIXTURE, { lookalikes }), { compounds: false, window: 30 });
    for (let seed = 200; seed < 220; seed++) {
      const text = randomText(FIXTURE, seed, 80);
      expect(packed.match(text)).toEqual(compiled.match(text));
    }
    expect(packed.match('Kasachstanhilfe')).toEqual([]);
    expect(packedMatcher(packMatcher(FIXTURE)).match('Kasachstanhilfe').map((x) => x.entity)).toEqual(compileMatcher(FIXTURE).match('Kasachstanhilfe').map((x) => x.entity));
  });

  it('reads back every entity’s scope and type, and the module text the build emits', async () => {
    const grown = syntheticEntries(FIXTURE, 3);
    const p = packMatcher(grown, { lookalikes });
    const { entities } = openPacked(p);
    for (const e of grown) {
      expect(entities.scopeOf(e.id), e.id).toBe(e.scope);
      expect(entities.typeOf(e.id), e.id).toBe(e.type);
    }
    expect(entities.scopeOf('nope')).toBeUndefined();
    const url = `data:text/javascript;base64,${Buffer.from(moduleText(p)).toString('base64')}`;
    const loaded = ((await import(/* @vite-ignore */ url)) as { default: typeof p }).default;
    expect(loaded).toEqual(p);
    expect(Object.keys(p.header.sections)).toEqual([...SECTIONS]);
  });

  it('packs the same index twice (deterministic)', () => {
    expect(packMatcher(FIXTURE, { lookalikes })).toEqual(packMatcher(FIXTURE, { lookalikes }));
  });
});
