/**
 * The real gazetteer and look-alikes over the real corpus: every surface form listed in
 * data/expected-corpus-mentions.json must be found and linked to its entity, and nothing else.
 * Each corpus text is one document (matchDocument: one sense per document), as in
 * scripts/expected-mentions.mjs, which regenerates the list: `npm run golden:mentions`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument } from './document';
import { loadGazetteer } from './gazetteer-file';
import { loadLookalikes } from './lookalikes-file';

const root = join(__dirname, '..', '..');
const gazetteerFile = join(root, 'data', 'gazetteer.json');
const expectedFile = join(root, 'data', 'expected-corpus-mentions.json');
const missing = [gazetteerFile, expectedFile].filter((f) => !existsSync(f));

describe('real gazetteer over the corpus', () => {
  // Missing data is a failure, never a skip: these files are part of the repository.
  it('has its data files', () => {
    expect(missing.map((f) => f.slice(root.length + 1)), 'data files missing').toEqual([]);
  });
  if (missing.length) return;
  const entries = loadGazetteer(root);
  const expected: Record<string, { text: string; entity: string }[]> = JSON.parse(readFileSync(expectedFile, 'utf8'));
  it('expects mentions in every corpus document', () => {
    const docs = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    expect(docs.length).toBeGreaterThan(0);
    expect(Object.keys(expected).sort()).toEqual(docs);
  });
  const matcher = compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) });
  const mentionsOf = (id: string) => {
    const text = readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8');
    const found = matchDocument(matcher, [text])[0]!;
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
    return found;
  };

  for (const [id, list] of Object.entries(expected)) {
    it(`finds every expected mention in ${id}`, () => {
      const got = new Set(mentionsOf(id).map((x) => `${x.text}\u0000${x.entity}`));
      const missing = list.filter((e) => !got.has(`${e.text}\u0000${e.entity}`));
      expect(missing).toEqual([]);
    });
  }

  it('links no entity the expected list does not know in a document', () => {
    for (const [id, list] of Object.entries(expected)) {
      const known = new Set(list.map((e) => e.entity));
      const extra = mentionsOf(id).filter((x) => !known.has(x.entity)).map((x) => `${x.text} → ${x.entity}`);
      expect(extra, id).toEqual([]);
    }
  });
});
