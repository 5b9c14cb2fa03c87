import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveFacts } from '../facts/derive';
import { compileMatcher } from '../matching/compile';
import { loadGazetteer } from '../matching/gazetteer-file';
import { loadLookalikes } from '../matching/lookalikes-file';
import { chunksOf, deriveKept, readerSourceRecord, type DeriveTools } from './derive-local';

const root = fileURLToPath(new URL('../..', import.meta.url));
let tools: DeriveTools;
beforeAll(() => {
  const entries = loadGazetteer(root);
  tools = { entries, matcher: compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) }) };
});

describe('chunksOf', () => {
  it('cuts at line ends only, covering the text exactly', () => {
    const text = 'aaaa\nbbbbbbbbbbbb\ncc\n\ndddd';
    const chunks = chunksOf(text, 6);
    expect(chunks.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
    for (const [, e] of chunks.slice(0, -1)) expect(text[e - 1]).toBe('\n');
    expect(chunksOf('', 10)).toEqual([]);
  });
});

describe('deriveKept', () => {
  for (const file of ['000_67bd3e80e051a725', '003_42549e470e46f6e9']) {
    it(`gives the same facts in chunks as in one piece, quoting exactly (${file})`, async () => {
      const text = readFileSync(join(root, 'corpus', `${file}.txt`), 'utf8');
      const sources = (JSON.parse(readFileSync(join(root, 'corpus', 'sources.json'), 'utf8')) as { sources: unknown }) .sources as Array<{ id: string; lang: string }>;
      const lang = sources.find((s) => s.id === file)?.lang ?? 'en';
      const kept = { id: 'reader-000000000001', title: 't', text, lang, addedAt: 1 };
      const progress: number[] = [];
      const { facts, source } = await deriveKept(kept, tools, { chunkChars: 700, onProgress: (d) => progress.push(d), yieldFn: () => Promise.resolve() });
      expect(progress.at(-1)).toBe(text.length);
      expect(progress.length).toBeGreaterThan(2);
      expect(source).toMatchObject({ id: kept.id, lang, text, length: text.length, reader: { addedAt: 1 } });
      expect(facts.length).toBeGreaterThan(5);
      for (const f of facts) {
        expect(text.slice(f.start, f.end)).toBe(f.quote);
        expect(f.summary.en).toBe('');
      }
      const whole = deriveFacts({ id: kept.id, lang }, text, tools.matcher, tools.entries, {});
      // Same sentences (ids and offsets) wherever both see a fact; chunks only lose cross-chunk context.
      const byId = new Map(whole.map((f) => [f.id, f]));
      let same = 0;
      for (const f of facts) {
        const w = byId.get(f.id);
        if (w) {
          expect([w.start, w.end]).toEqual([f.start, f.end]);
          same++;
        }
      }
      expect(same / whole.length).toBeGreaterThan(0.9);
    });
  }
});

describe('deriveKept across chunk borders', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `The weather on day ${i + 1} was mild and the roads were open to traffic.`).join('\n');
  const derive = async (text: string) =>
    (await deriveKept({ id: 'reader-000000000003', title: 't', text, lang: 'en', addedAt: 1 }, tools, { chunkChars: 500, yieldFn: () => Promise.resolve() })).facts;

  it('links a surname alone in a later chunk to the full name an earlier chunk gave (one sense per document)', async () => {
    const text = `Ashraf Ghani visited Kazakhstan in May 2019.\n${filler}\nGhani signed the agreement on 500 tonnes of wheat in June 2020.`;
    expect(chunksOf(text, 500).length).toBeGreaterThan(3);
    const facts = await derive(text);
    const later = facts.find((f) => f.quote.startsWith('Ghani signed'));
    expect(later?.entities).toEqual(['ashraf-ghani']);
    // The sentence alone names nobody: the link comes from the first chunk.
    expect(await derive('Ghani signed the agreement on 500 tonnes of wheat in June 2020.')).toEqual([]);
  });

  it('and to a full name given only in a later chunk', async () => {
    const text = `Ghani signed the agreement on 500 tonnes of wheat in June 2020.\n${filler}\nAshraf Ghani visited Kazakhstan in May 2019.`;
    const facts = await derive(text);
    expect(facts.find((f) => f.quote.startsWith('Ghani signed'))?.entities).toEqual(['ashraf-ghani']);
  });
});

describe('readerSourceRecord', () => {
  it('gives a Persian or Pashto source its right-to-left direction, and marks it as the reader’s', () => {
    const kept = { id: 'reader-000000000002', title: 'یادداشت', text: 'قزاقستان', lang: 'fa', addedAt: 3, author: 'A', url: 'https://x.af/a', published: '2024-01-02' };
    expect(readerSourceRecord(kept)).toEqual({
      id: kept.id, title: 'یادداشت', lang: 'fa', dir: 'rtl', published: '2024-01-02', url: 'https://x.af/a', outlet: 'A',
      length: 8, text: 'قزاقستان', reader: { addedAt: 3, author: 'A' },
    });
    expect(readerSourceRecord({ ...kept, lang: 'ps' }).dir).toBe('rtl');
    expect(readerSourceRecord({ ...kept, lang: 'ru' }).dir).toBe('ltr');
  });
});
