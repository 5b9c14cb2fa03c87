// buildPack over a tiny corpus written to a temporary directory: seconds, not the whole corpus
// (pack.test.ts), so each of pack.ts's mutants is tested quickly. Every field of the pack is pinned.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { FactPack } from '../shared/pack-types';
import { buildPack, FILES, packEntities, packVersion } from './pack';

const TEXT_A = 'Kazakh Aid\nKazakhstan sent 45 tons of flour to Kabul in May 2023.\nPublished: 8 February 2025';
const TEXT_B = 'قزاقستان با افغانستان همکاری می کند.';
/** Names only a look-alike of Kazakhstan: a fact only if the build forgot data/lookalikes.json. */
const TEXT_C = 'The Kazakh Zorblax is long.';
const GAZETTEER = {
  entities: [
    { id: 'kazakhstan', type: 'country', scope: 'core', qid: 'Q232', names: { en: 'Kazakhstan', fa: 'قزاقستان' }, aliases: { en: ['Kazakh', 'Kazakhstan'], de: ['Kazakh', 'Kasachstan'] }, description: 'A country.' },
    { id: 'afghanistan', type: 'country', scope: 'core', names: { en: 'Afghanistan', fa: 'افغانستان' }, description: 'Another country.' },
    { id: 'kabul', type: 'city', scope: 'context', names: { en: 'Kabul' }, aliases: { en: ['KABUL'] }, description: 'A city.' },
  ],
};
const SOURCES = {
  sources: [
    { id: 'bb_fa', title: 'همکاری', titleEn: 'Cooperation', lang: 'fa' },
    { id: 'cc_en', title: 'River', titleEn: 'River', lang: 'en' },
    { id: 'aa_en', title: 'Kazakh Aid', titleEn: 'Kazakh Aid', lang: 'en', outlet: 'Test Outlet', url: 'https://example.org/a' },
  ],
};
const SUMMARIES = {
  'aa_en#1': { quoteStart: 'Kazakhstan sent', en: 'In May 2023 Kazakhstan sent 45 tonnes of flour to Kabul.' },
  'bb_fa#0': { quoteStart: 'قزاقستان', en: 'Kazakhstan cooperates with Afghanistan.' },
};

function writeFixture(dir: string, over: Partial<Record<string, string>> = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const files: Record<string, string> = {
    'corpus/aa_en.txt': TEXT_A,
    'corpus/bb_fa.txt': TEXT_B,
    'corpus/cc_en.txt': TEXT_C,
    'corpus/notes.md': 'not a corpus file',
    [FILES.sources]: JSON.stringify(SOURCES, null, 2),
    [FILES.summaries]: JSON.stringify(SUMMARIES, null, 2),
    [FILES.gazetteer]: JSON.stringify(GAZETTEER, null, 2),
    'data/lookalikes.json': JSON.stringify({ lookalikes: [{ looksLike: 'kazakhstan', is: 'dish', forms: { en: ['Kazakh Zorblax'] } }] }),
  };
  for (const [file, text] of Object.entries({ ...files, ...over })) if (text !== undefined) writeFileSync(join(dir, file), text);
  for (const [file, text] of Object.entries(over)) if (text === undefined) rmSync(join(dir, file), { force: true });
}

describe('buildPack on a tiny corpus', () => {
  let dir: string;
  let pack: FactPack;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'caravan-pack-fixture-'));
  });
  // Built afresh for each test (a few milliseconds), not once for the file: Stryker runs only the
  // tests whose own execution reached a mutant, and activates it after the file has loaded.
  beforeEach(async () => {
    writeFixture(dir);
    pack = await buildPack(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('describes the sources sorted by id, from metadata and text', () => {
    expect(pack.sources).toEqual([
      { id: 'aa_en', title: 'Kazakh Aid', lang: 'en', published: '2025-02-08', url: 'https://example.org/a', outlet: 'Test Outlet', dir: 'ltr', length: TEXT_A.length, text: TEXT_A },
      { id: 'bb_fa', title: 'همکاری', titleEn: 'Cooperation', lang: 'fa', published: null, dir: 'rtl', length: TEXT_B.length, text: TEXT_B },
      { id: 'cc_en', title: 'River', lang: 'en', published: null, dir: 'ltr', length: TEXT_C.length, text: TEXT_C },
    ]);
  });

  it('derives the facts of every source with their summaries', () => {
    expect(pack.facts).toEqual([
      {
        id: 'aa_en#1', source: 'aa_en', lang: 'en', quote: 'Kazakhstan sent 45 tons of flour to Kabul in May 2023.', start: 11, end: 65,
        entities: ['kazakhstan', 'kabul'], topics: ['humanitarian'], date: '2023-05', dates: ['2023-05'],
        quantities: [{ text: '45 tons', value: 45, unit: 't' }], summary: { en: SUMMARIES['aa_en#1'].en },
      },
      {
        id: 'bb_fa#0', source: 'bb_fa', lang: 'fa', quote: TEXT_B, start: 0, end: TEXT_B.length,
        entities: ['kazakhstan', 'afghanistan'], topics: [], dates: [], quantities: [], summary: { en: SUMMARIES['bb_fa#0'].en },
      },
    ]);
  });

  it('packs the entities: names per language, aliases once and not repeating a name, unique fold keys', () => {
    expect(pack.entities).toEqual([
      { id: 'kazakhstan', type: 'country', scope: 'core', qid: 'Q232', names: { en: 'Kazakhstan', fa: 'قزاقستان' }, aliases: ['Kazakh', 'Kasachstan'], description: 'A country.', keys: ['kazakhstan', 'قزاقستان', 'kazakh', 'kasachstan'] },
      { id: 'afghanistan', type: 'country', scope: 'core', names: { en: 'Afghanistan', fa: 'افغانستان' }, aliases: [], description: 'Another country.', keys: ['afghanistan', 'افغانستان'] },
      { id: 'kabul', type: 'city', scope: 'context', names: { en: 'Kabul' }, aliases: ['KABUL'], description: 'A city.', keys: ['kabul'] },
    ]);
  });

  it('is versioned by the SHA-256 of its content, 16 hex digits', () => {
    const hash = createHash('sha256').update(JSON.stringify({ sources: pack.sources, entities: pack.entities, facts: pack.facts })).digest('hex');
    expect(pack.version).toBe(hash.slice(0, 16));
    expect(packVersion(pack.sources, pack.entities, pack.facts)).toBe(pack.version);
    expect(packVersion(pack.sources, pack.entities, pack.facts.slice(1))).not.toBe(pack.version);
    expect(packVersion(pack.sources.slice(1), pack.entities, pack.facts)).not.toBe(pack.version);
    expect(packVersion(pack.sources, pack.entities.slice(1), pack.facts)).not.toBe(pack.version);
  });

  it('stops on a missing file with its name, and on a summary of no fact at its line', async () => {
    writeFixture(dir, { [FILES.sources]: undefined });
    await expect(buildPack(dir)).rejects.toThrow(/^corpus\/sources\.json:1: cannot read \(ENOENT\)$/);
    writeFixture(dir, { [FILES.summaries]: undefined });
    await expect(buildPack(dir)).rejects.toThrow(/^corpus\/summaries\.json:1: cannot read \(ENOENT\)$/);
    writeFixture(dir, { [FILES.summaries]: JSON.stringify({ ...SUMMARIES, 'bb_fa#1': { quoteStart: 'x', en: 'y' } }, null, 2) });
    await expect(buildPack(dir)).rejects.toThrow('corpus/summaries.json:10: summary "bb_fa#1" belongs to no fact (segmentation or linking changed?)');
    writeFixture(dir, { 'corpus/bb_fa.txt': 'قزاقستان\u0000' });
    await expect(buildPack(dir)).rejects.toThrow(/^corpus\/bb_fa\.txt:1: NUL character/);
  });
});

describe('packEntities', () => {
  it('leaves out an empty qid and description, and a name in no pack language', () => {
    const entries = [{ id: 'x', type: 'city', scope: 'core', names: { en: 'Xcity', tr: 'Xşehir' }, description: '' }] as unknown as GazetteerEntry[];
    expect(packEntities(entries)).toEqual([{ id: 'x', type: 'city', scope: 'core', names: { en: 'Xcity' }, aliases: [], keys: ['xcity'] }]);
  });
});
