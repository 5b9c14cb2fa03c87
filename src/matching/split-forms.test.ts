import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherSliced } from './compile';
import { formWords, gazetteerForms } from './forms';
import { loadGazetteer } from './gazetteer-file';
import { once } from './shipped.test-data';
import { splitForms, splitReader } from './split-forms';
import { syntheticEntries } from './synthetic';

const root = join(__dirname, '..', '..');
// Read and split on first use, inside a test (see shipped.test-data.ts: what Stryker counts as static).
const shipped = once(() => {
  const entries = loadGazetteer(root);
  return { entries, forms: gazetteerForms(entries), table: splitForms(entries) };
});

describe('forms split at build time', () => {
  it('read back as formWords() splits them, for every form of the gazetteer', () => {
    const { forms, table } = shipped();
    const read = splitReader(JSON.parse(JSON.stringify(table)), forms)!;
    expect(read).not.toBeNull();
    forms.forEach((f, i) => {
      const want = formWords(f.text);
      const got = read(i);
      expect({ words: got.words, gaps: got.gaps, tail: got.tail }, f.text).toEqual({ words: want.words, gaps: want.gaps, tail: want.tail });
      // Raw words are only kept for the case-sensitive forms, the only ones that use them.
      if (f.caseSensitive) expect(got.raw, f.text).toEqual(want.raw);
    });
    // Most forms are plain words and spaces: stored as one string each.
    expect(table.forms.filter((s) => typeof s === 'string').length).toBeGreaterThan(forms.length * 0.8);
  });

  it('are ignored when made for other forms (a language filter, a grown gazetteer)', () => {
    const { entries, forms, table } = shipped();
    expect(splitReader(table, forms.filter((f) => f.lang === 'en'))).toBeNull();
    expect(splitReader(table, gazetteerForms(syntheticEntries(entries, 2)))).toBeNull();
    expect(splitReader(undefined, forms)).toBeNull();
  });

  it('give the same mentions over the whole corpus as forms split at compile time', async () => {
    const { entries, table } = shipped();
    const plain = compileMatcher(entries);
    const withTable = compileMatcher(entries, { split: table });
    const sliced = await compileMatcherSliced(entries, { split: table, yieldFn: () => Promise.resolve() });
    const texts = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    let mentions = 0;
    for (const text of texts) {
      const want = plain.match(text);
      mentions += want.length;
      expect(withTable.match(text)).toEqual(want);
      expect(sliced.match(text)).toEqual(want);
    }
    expect(mentions).toBeGreaterThan(100);
  });
});
