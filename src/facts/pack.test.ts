import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactPack } from '../shared/pack-types';
import { foldKey } from '../matching/normalize';
import { parseSummaries } from './corpus-check';
import { buildPack, packVersion } from './pack';
import { numbersInText, summaryProblems } from './summary-check';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusText = (id: string) => readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8');

describe('buildPack on the corpus', () => {
  let pack: FactPack;
  beforeAll(async () => {
    pack = await buildPack(root);
  });

  it('derives facts from every source', () => {
    expect(pack.sources.map((s) => s.id)).toEqual([
      '000_67bd3e80e051a725', '001_858c023db142d53b', '002_bfcd83a5795febfb', '003_42549e470e46f6e9', '004_37e20e75fb50bf7a',
    ]);
    for (const s of pack.sources) expect(pack.facts.filter((f) => f.source === s.id).length).toBeGreaterThan(5);
  });

  it('quotes every fact exactly, with quantities inside the quote', () => {
    const ids = new Set<string>();
    for (const f of pack.facts) {
      expect(corpusText(f.source).slice(f.start, f.end)).toBe(f.quote);
      expect(f.id).toBe(`${f.source}#${f.id.split('#')[1]}`);
      expect(ids.has(f.id)).toBe(false);
      ids.add(f.id);
      for (const q of f.quantities) expect(f.quote).toContain(q.text);
      expect(f.date).toBe(f.dates[0]);
      for (const d of f.dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('links only known entities, in order of first mention, without duplicates', () => {
    const known = new Set(pack.entities.map((e) => e.id));
    for (const f of pack.facts) {
      expect(f.entities.length).toBeGreaterThan(0);
      expect(new Set(f.entities).size).toBe(f.entities.length);
      for (const e of f.entities) expect(known.has(e)).toBe(true);
    }
  });

  it('gives every fact a faithful summary and no summary to a non-fact', () => {
    const summaries = parseSummaries(readFileSync(join(root, 'corpus/summaries.json'), 'utf8'), 'corpus/summaries.json');
    expect(summaryProblems(pack.facts, summaries)).toEqual([]);
    expect(Object.keys(summaries.entries).sort()).toEqual(pack.facts.map((f) => f.id).sort());
    for (const f of pack.facts) {
      expect(f.summary.en).toBe(summaries.entries[f.id]!.en);
      const allowed = [...f.quantities.map((q) => q.value), ...f.dates.flatMap((d) => d.split('-').map(Number))];
      for (const n of numbersInText(f.summary.en)) expect(allowed).toContain(n);
    }
  });

  it('finds the stated quantities and dates', () => {
    const all = pack.facts.flatMap((f) => f.quantities.map((q) => `${q.value} ${q.unit}${q.approx ? ' ~' : ''}`));
    expect(all).toEqual(
      expect.arrayContaining([
        '1000 scholarships', '30 scholarships', '1000000000 USD', '10000 t ~', '45 people', '1600 t', '25 wagons',
        '30 students', '500000000 USD', '3000000000 USD', '24 rank', '5000 mineral deposits', '46000000000000 USD',
        '40 years', '10000000 USD ~',
      ]),
    );
    const dates = pack.facts.flatMap((f) => f.dates);
    expect(dates).toEqual(expect.arrayContaining(['2017', '2018', '2023-10', '2024-04', '2009', '2025', '2024', '2024-12', '2019']));
    // Day and month without a year ("am 16. April", "im Juli", "im Mai") give no date.
    expect(pack.facts.filter((f) => f.source.startsWith('003')).flatMap((f) => f.dates)).toEqual([]);
  });

  it('describes sources from metadata and text', () => {
    const by = Object.fromEntries(pack.sources.map((s) => [s.id.slice(0, 3), s]));
    expect(by['001']).toMatchObject({ lang: 'fa', dir: 'rtl', published: '2017-09-12' });
    expect(by['002']).toMatchObject({ lang: 'en', dir: 'ltr', published: '2025-02-08', url: 'https://avapress.com/vdchxqnxm23nvvd.01t2.html' });
    for (const k of ['000', '003', '004']) expect(by[k]!.published).toBeNull();
    for (const s of pack.sources) {
      expect(s.text).toBe(corpusText(s.id));
      expect(s.length).toBe(s.text!.length);
    }
    expect(by['001']!.titleEn).toBeTruthy();
    expect(by['002']!.titleEn).toBeUndefined();
  });

  it('indexes entity names and aliases as unique fold keys', () => {
    for (const e of pack.entities) {
      expect(e.names.en).toBeTruthy();
      expect(new Set(e.keys).size).toBe(e.keys.length);
      for (const form of [...Object.values(e.names), ...e.aliases]) expect(e.keys).toContain(foldKey(form!));
    }
  });

  it('is deterministic, and versioned by content', async () => {
    const again = await buildPack(root);
    expect(JSON.stringify(again)).toBe(JSON.stringify(pack));
    expect(pack.version).toMatch(/^[0-9a-f]{16}$/);
    expect(pack.version).toBe(packVersion(pack.sources, pack.entities, pack.facts));
    expect(packVersion(pack.sources, pack.entities, pack.facts.slice(1))).not.toBe(pack.version);
  });
});

describe('buildPack on broken input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'caravan-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const copy = () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(root, 'corpus'), join(dir, 'corpus'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  };
  const edit = (file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));

  it('stops on a fact without a summary', async () => {
    copy();
    edit('corpus/summaries.json', (s) => {
      const o = JSON.parse(s) as Record<string, unknown>;
      delete o['002_bfcd83a5795febfb#11'];
      return JSON.stringify(o, null, 2);
    });
    await expect(buildPack(dir)).rejects.toThrow(/^corpus\/summaries\.json:1: no summary for fact "002_bfcd83a5795febfb#11"/);
  });

  it('stops on a summary whose quote moved, at its line', async () => {
    copy();
    edit('corpus/summaries.json', (s) => s.replace('"quoteStart": "In October 2023, after an', '"quoteStart": "In November 2023, after an'));
    const line = readFileSync(join(dir, 'corpus/summaries.json'), 'utf8').split('\n').findIndex((l) => l.includes('"002_bfcd83a5795febfb#11"')) + 1;
    await expect(buildPack(dir)).rejects.toThrow(`corpus/summaries.json:${line}: summary "002_bfcd83a5795febfb#11" was written for a quote starting "In November 2023, after an`);
  });

  it('stops on a summary with an invented number', async () => {
    copy();
    edit('corpus/summaries.json', (s) => s.replace('team of 45 people', 'team of 54 people'));
    await expect(buildPack(dir)).rejects.toThrow(/summary "002_bfcd83a5795febfb#11" writes 54/);
  });

  it('stops on a corpus file with a NUL byte or without metadata', async () => {
    copy();
    edit('corpus/004_37e20e75fb50bf7a.txt', (s) => s.replace('Khalilzad said.', 'Khalilzad\u0000said.'));
    await expect(buildPack(dir)).rejects.toThrow(/^corpus\/004_37e20e75fb50bf7a\.txt:4: NUL character/);
    copy();
    writeFileSync(join(dir, 'corpus/005_extra.txt'), 'Kazakhstan.');
    await expect(buildPack(dir)).rejects.toThrow('corpus/005_extra.txt:1: corpus file has no metadata in corpus/sources.json');
  });
});
