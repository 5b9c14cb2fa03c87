/**
 * The real gazetteer and look-alikes over the real corpus: every surface form listed in
 * data/expected-corpus-mentions.json must be found and linked to its entity, and nothing else.
 * Each corpus text is one document (matchDocument: one sense per document).
 *
 * The list is a golden file. After a deliberate change to the matcher or the data, check the
 * differences this test prints, then regenerate it explicitly:
 *   CARAVAN_UPDATE_EXPECTED=1 npx vitest run src/matching/corpus.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument } from './document';
import { parseGazetteer } from './gazetteer-load';
import { parseLookalikes } from './lookalikes';

const root = join(__dirname, '..', '..');
const gazetteerFile = join(root, 'data', 'gazetteer.json');
const lookalikesFile = join(root, 'data', 'lookalikes.json');
const expectedFile = join(root, 'data', 'expected-corpus-mentions.json');
const ready = existsSync(gazetteerFile) && existsSync(expectedFile);
const update = process.env.CARAVAN_UPDATE_EXPECTED === '1';

describe.skipIf(!ready)('real gazetteer over the corpus', () => {
  const entries = ready ? parseGazetteer(readFileSync(gazetteerFile, 'utf8'), 'data/gazetteer.json') : [];
  const lookalikes = existsSync(lookalikesFile) ? parseLookalikes(readFileSync(lookalikesFile, 'utf8'), 'data/lookalikes.json', entries) : undefined;
  const expected: Record<string, { text: string; entity: string }[]> = ready ? JSON.parse(readFileSync(expectedFile, 'utf8')) : {};
  const matcher = compileMatcher(entries, { lookalikes });
  const mentionsOf = (id: string) => {
    const text = readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8');
    const found = matchDocument(matcher, [text])[0]!;
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
    return found;
  };

  it.runIf(update)('regenerates the expected list (CARAVAN_UPDATE_EXPECTED=1)', () => {
    const out: Record<string, { text: string; entity: string }[]> = {};
    for (const id of Object.keys(expected)) {
      const seen = new Set<string>();
      out[id] = [];
      for (const x of mentionsOf(id)) {
        const k = `${x.text}\u0000${x.entity}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out[id].push({ text: x.text, entity: x.entity });
      }
    }
    // One mention per line, as the file has always been written.
    const docs = Object.entries(out).map(([id, list]) =>
      `  ${JSON.stringify(id)}: [\n${list.map((m) => `    { "text": ${JSON.stringify(m.text)}, "entity": ${JSON.stringify(m.entity)} }`).join(',\n')}\n  ]`);
    writeFileSync(expectedFile, `{\n${docs.join(',\n')}\n}\n`);
  });

  for (const [id, list] of Object.entries(expected)) {
    it.skipIf(update)(`finds every expected mention in ${id}`, () => {
      const got = new Set(mentionsOf(id).map((x) => `${x.text}\u0000${x.entity}`));
      const missing = list.filter((e) => !got.has(`${e.text}\u0000${e.entity}`));
      expect(missing).toEqual([]);
    });
  }

  it.skipIf(update)('finds nothing the expected list does not have', () => {
    for (const [id, list] of Object.entries(expected)) {
      const known = new Set(list.map((e) => `${e.text}\u0000${e.entity}`));
      const extra = mentionsOf(id).filter((x) => !known.has(`${x.text}\u0000${x.entity}`)).map((x) => `${x.text} → ${x.entity}`);
      expect(extra, id).toEqual([]);
    }
  });
});
