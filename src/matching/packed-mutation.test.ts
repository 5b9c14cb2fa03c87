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
import { openPacked, PackedError, packedMatcher, packedNames } from './packed';
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
    demonyms: [{ entity: 'kazakhstan', forms: { en: ['Kazakh'], ru: ['казахский'], fa: ['قزاق'] } }, { entity: 'afghanistan', forms: { en: ['Afghan'] } }],
    senses: { classes: { language: { after: { en: ['language', 'cuisine'], ru: ['кухня'] }, before: { fa: ['زبان'] } } } },
    titles: { en: ['President', 'Minister'], ru: ['президент'] },
  }),
  'l.json',
);

function randomText(list: readonly GazetteerEntry[], seed: number, pieces: number): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const forms = gazetteerForms(list).map((f) => f.text);
  const extra = [...lookalikes.blockers.map((b) => b.text), ...lookalikes.titles, ...lookalikes.before, ...lookalikes.after, 'earthquake', 'زلزله'];
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

  it('packs demonyms and sense words: a demonym before a sense word is no mention, as compiled', () => {
    expect([lookalikes.demonyms.length > 0, lookalikes.after.length > 0, lookalikes.before.length > 0]).toEqual([true, true, true]);
    const compiled = compileMatcher(FIXTURE, { lookalikes });
    const packed = packedMatcher(packMatcher(FIXTURE, { lookalikes }));
    for (const text of ['the Kazakh language and the Kazakh delegation', 'казахская кухня и казахский посол', 'زبان قزاق و قزاق', 'Afghan cuisine, Afghan troops']) {
      expect(packed.match(text), text).toEqual(compiled.match(text));
    }
    expect(packed.match('the Kazakh language').length).toBeLessThan(packed.match('the Kazakh delegation').length);
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

  it('reads an index with two-unit numbers (fixture ×60: its string offsets pass 0xFFE0) as compiled', () => {
    const grown = syntheticEntries(FIXTURE, 60);
    const p = packMatcher(grown, { lookalikes });
    expect(p.header.sections.strOff[2]).toBe(2);
    const compiled = compileMatcher(grown, { lookalikes });
    const packed = packedMatcher(p);
    expect(packed.size).toBe(compiled.size);
    const named = new Set(['kabul']);
    for (let seed = 300, end = 300 + propertyRuns(20); seed < end; seed++) same(compiled, packed, randomText(grown.slice(-FIXTURE.length), seed, 120), named);
    const { entities } = openPacked(p);
    for (const e of grown.slice(-40)) expect([entities.typeOf(e.id), entities.scopeOf(e.id)], e.id).toEqual([e.type, e.scope]);
  });
});

describe('packedNames: every indexed form, in the order the index stores them', () => {
  it('lists the gazetteer’s forms with their gazetteer order, then the look-alikes as blockers', () => {
    // Stored by trie node, so sorted by `order` they are the gazetteer's forms, then the look-alikes.
    const stored = packedNames(packMatcher(FIXTURE, { lookalikes }));
    const names = [...stored].sort((x, y) => x.order - y.order);
    expect(stored).not.toEqual(names);
    const forms = gazetteerForms(FIXTURE);
    expect(names.slice(0, forms.length)).toEqual(forms.map((f, order) => ({ form: { entity: f.entity, text: f.text, lang: f.lang }, order, blocker: false })));
    const blockers = names.slice(forms.length);
    expect(blockers.map((n) => [n.form.text, n.form.lang, n.blocker])).toEqual(lookalikes.blockers.map((b) => [b.text, b.lang, true]));
    expect(packedNames(packMatcher(FIXTURE)).sort((x, y) => x.order - y.order)).toEqual(names.slice(0, forms.length));
    expect(packedNames(packMatcher([]))).toEqual([]);
  });

  it('reads the same from an index with two-unit numbers', () => {
    const grown = syntheticEntries(FIXTURE, 60);
    const forms = gazetteerForms(grown);
    const names = packedNames(packMatcher(grown)).sort((x, y) => x.order - y.order);
    expect(names.length).toBe(forms.length);
    expect(names.at(-1)).toEqual({ form: { entity: forms.at(-1)!.entity, text: forms.at(-1)!.text, lang: forms.at(-1)!.lang }, order: forms.length - 1, blocker: false });
  });
});

describe('packed index errors (exact messages)', () => {
  const p = packMatcher(FIXTURE);
  const moved = (name: keyof typeof p.header.sections, by: number) => {
    const [at, n, w] = p.header.sections[name];
    return { ...p, header: { ...p.header, sections: { ...p.header.sections, [name]: [at + by, n, w] } } };
  };
  it('refuses another version, a section out of place, a cut data string and another string table', () => {
    expect(() => openPacked({ ...p, header: { ...p.header, version: 99 } })).toThrow(new PackedError(`matcher index version 99, this code reads ${p.header.version}`));
    expect(() => openPacked(moved('nodes', 1))).toThrow(new PackedError('matcher index: section nodes is not where its header says'));
    expect(() => openPacked(moved('strOff', 0))).not.toThrow();
    expect(() => openPacked({ ...p, data: p.data.slice(0, -1) })).toThrow(new PackedError(`matcher index of ${p.data.length - 1} units, its header says ${p.data.length}`));
    expect(() => openPacked({ ...p, strings: p.strings + 'x' })).toThrow(new PackedError('matcher index and its string table differ'));
    expect(() => packedNames({ ...p, header: { ...p.header, version: 99 } })).toThrow(PackedError);
  });
});
