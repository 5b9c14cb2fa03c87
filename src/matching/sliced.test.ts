/** compileMatcherSliced: the same matcher as compileMatcher, built over several tasks. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherSliced } from './compile';
import { loadGazetteer } from './gazetteer-file';
import { FIXTURE } from './test-fixture';

const root = join(__dirname, '..', '..');
const gazetteerFile = join(root, 'data', 'gazetteer.json');

describe('compileMatcherSliced', () => {
  it('yields between slices and matches exactly like compileMatcher', async () => {
    const entries = existsSync(gazetteerFile) ? loadGazetteer(root) : FIXTURE;
    let yields = 0;
    const sliced = await compileMatcherSliced(entries, {
      sliceMs: 0,
      yieldFn: async () => {
        yields++;
      },
    });
    const sync = compileMatcher(entries);
    expect(yields).toBeGreaterThan(1);
    expect(sliced.size).toBe(sync.size);
    const corpus = join(root, 'corpus');
    const texts = existsSync(corpus)
      ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).slice(0, 20).map((f) => readFileSync(join(corpus, f), 'utf8'))
      : [];
    texts.push('Kazakhstan and Afghanistan; Казахстан и Афганистан, قزاقستان و افغانستان. In Kasachstans Hauptstadt.');
    for (const text of texts) expect(sliced.match(text)).toEqual(sync.match(text));
  });
});
