import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/matching/compile';
import { FIXTURE } from '../../src/matching/test-fixture';
import { checkIds, MarkupError, parseEvalText, splitBlocks } from './markup';
import { evaluate, localProduct, scoreDoc } from './score';

const FILE = 'eval/texts/en/topic-01.md';
const SOURCE = [
  '---',
  'lang: en',
  'kind: topic',
  '---',
  'A delegation from [[Kazakhstan|kazakhstan]] flew to [[Kabul|kabul]].',
  '',
  'It did not fish in the {{Kabul river}}; [[Tokayev|tokayev]] spoke.',
  '',
].join('\n');

describe('evaluation markup', () => {
  it('strips the markup and gives gold and look-alike spans in stripped offsets, with their lines', () => {
    const d = parseEvalText(SOURCE, FILE);
    expect(d.text).toBe('A delegation from Kazakhstan flew to Kabul.\n\nIt did not fish in the Kabul river; Tokayev spoke.\n');
    expect(d.lang).toBe('en');
    expect(d.kind).toBe('topic');
    expect(d.gold).toEqual([
      { start: 18, end: 28, entity: 'kazakhstan', text: 'Kazakhstan', line: 5 },
      { start: 37, end: 42, entity: 'kabul', text: 'Kabul', line: 5 },
      { start: 81, end: 88, entity: 'tokayev', text: 'Tokayev', line: 7 },
    ]);
    expect(d.lookalikes).toEqual([{ start: 68, end: 79, text: 'Kabul river', line: 7 }]);
    for (const g of [...d.gold, ...d.lookalikes]) expect(d.text.slice(g.start, g.end)).toBe(g.text);
    expect(d.blocks).toEqual([
      { start: 0, text: 'A delegation from Kazakhstan flew to Kabul.' },
      { start: 45, text: 'It did not fish in the Kabul river; Tokayev spoke.' },
    ]);
  });

  it('keeps offsets right in right-to-left text and across several blank lines', () => {
    const src = '---\nlang: fa\nkind: topic\n---\n\n\n[[قزاقستان|kazakhstan]] و [[افغانستان|afghanistan]]\n\n  \n\nدر [[کابل|kabul]]';
    const d = parseEvalText(src, 'eval/texts/fa/topic-02.md');
    for (const g of d.gold) expect(d.text.slice(g.start, g.end)).toBe(g.text);
    expect(d.blocks.map((b) => b.text)).toEqual(['قزاقستان و افغانستان', 'در کابل']);
    for (const b of d.blocks) expect(d.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(d.gold.map((g) => g.line)).toEqual([7, 7, 11]);
  });

  it('splits paragraphs at blank lines only', () => {
    expect(splitBlocks('a\nb\n\n c \n\n\n')).toEqual([
      { start: 0, text: 'a\nb' },
      { start: 6, text: 'c' },
    ]);
  });

  it('names the file and line of malformed markup', () => {
    const bad = '---\nlang: en\nkind: topic\n---\nok\n[[Kabul]] and {{River\nstray ]] here\n[[Kabul|Kabul City]]';
    expect(() => parseEvalText(bad, FILE)).toThrow(MarkupError);
    try {
      parseEvalText(bad, FILE);
    } catch (error) {
      const lines = (error as MarkupError).problems.map((p) => `${p.file}:${p.line}`);
      expect(lines).toEqual([`${FILE}:6`, `${FILE}:6`, `${FILE}:7`, `${FILE}:8`]);
    }
  });

  it('refuses front matter that disagrees with the path', () => {
    expect(() => parseEvalText(SOURCE, 'eval/texts/de/topic-01.md')).toThrow(`eval/texts/de/topic-01.md:1: front matter says en/topic, the path says de/topic`);
  });

  it('fails on a gold id the gazetteer does not know, with the file and line', () => {
    const d = parseEvalText(SOURCE, FILE);
    expect(() => checkIds([d], new Set(['kazakhstan', 'kabul']))).toThrow(`${FILE}:7: unknown entity id "tokayev" ("Tokayev")`);
    expect(() => checkIds([d], new Set(['kazakhstan', 'kabul', 'tokayev']))).not.toThrow();
  });
});

describe('evaluation scoring', () => {
  const product = localProduct(compileMatcher(FIXTURE));

  it('maps each block’s marks back to the text and scores exact and overlapping spans', () => {
    const d = parseEvalText(SOURCE, FILE);
    const scopeOf = (id: string) => FIXTURE.find((e) => e.id === id)?.scope;
    const r = scoreDoc(d, product, scopeOf);
    for (const s of r.shown) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    // Kazakhstan, Kabul and Tokayev exactly; the fixture matcher has no look-alikes (and "river" in
    // lower case is no head word of name-parts.ts), so "Kabul" in
    // "Kabul river" is marked: a look-alike hit and a mark that is not gold.
    expect(r.counts).toEqual({ gold: 3, predicted: 4, tp: 3, lenientTp: 3 });
    expect(r.lookalikeHits.map((h) => [h.text, h.lookalike, h.line])).toEqual([['Kabul', 'Kabul river', 7]]);
    expect(r.missed).toEqual([]);
  });

  it('gives no recall for a wrong span and partial credit when overlapping', () => {
    const src = '---\nlang: en\nkind: topic\n---\n[[Kassym-Jomart|tokayev]] Tokayev and [[Kazakhstan|kazakhstan]], [[Afghanistan|afghanistan]].';
    const d = parseEvalText(src, FILE);
    const report = evaluate([d], product, FIXTURE);
    expect(report.overall).toMatchObject({ gold: 3, predicted: 3, tp: 2, lenientTp: 3 });
    expect(report.overall.precision).toBeCloseTo(2 / 3);
    expect(report.overall.lenientF1).toBe(1);
    expect(report.byType.person).toMatchObject({ gold: 1, predicted: 1, tp: 0, lenientTp: 1 });
    expect(report.byLang.en).toMatchObject({ gold: 3, tp: 2 });
    expect(report.texts).toEqual({ en: { topic: 1 } });
    expect(report.failuresByLang).toEqual({ en: { lookalikes: 0, lookalikeHits: 0, unrelatedMarks: 0 } });
  });

  it('lists the marks on an unrelated text and counts them per language', () => {
    const src = '---\nlang: en\nkind: unrelated\n---\nThe {{Kabul river}} floods.\n\nKazakhstan and Afghanistan talk.';
    const d = parseEvalText(src, 'eval/texts/en/unrelated-01.md');
    const report = evaluate([d], product, FIXTURE);
    expect(report.unrelatedMarks.map((m) => [m.text, m.entity, m.start])).toEqual([
      ['Kabul', 'kabul', 4],
      ['Kazakhstan', 'kazakhstan', 25],
      ['Afghanistan', 'afghanistan', 40],
    ]);
    expect(report.failuresByLang.en).toEqual({ lookalikes: 1, lookalikeHits: 1, unrelatedMarks: 3 });
    expect(report.overall).toMatchObject({ gold: 0, predicted: 3, tp: 0, precision: 0 });
  });
});
