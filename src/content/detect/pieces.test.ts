/** nextPiece(): long blocks matched piece by piece find exactly what the whole text holds, in time per piece bounded by its size. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../matching/compile';
import { loadGazetteer } from '../../matching/gazetteer-file';
import { FIXTURE } from '../../matching/test-fixture';
import type { Matcher } from '../../matching/types';
import { pieces } from './block-text';

const root = join(__dirname, '..', '..', '..');
const matcher: Matcher = compileMatcher(existsSync(join(root, 'data', 'gazetteer.json')) ? loadGazetteer(root) : FIXTURE);

const key = (ms: { entity: string; start: number; end: number }[]) => ms.map((m) => `${m.entity}@${m.start}-${m.end}`);

function byPieces(text: string, max: number): string[] {
  const out: { entity: string; start: number; end: number }[] = [];
  for (const p of pieces(text, max)) {
    if (p.to <= p.from) continue;
    for (const m of matcher.match(text.slice(p.from, p.to))) out.push({ entity: m.entity, start: m.start + p.from, end: m.end + p.from });
  }
  return key(out);
}

const texts: Record<string, string> = {
  'one word without spaces': 'abcdefghij'.repeat(3000) + ' Kabul',
  'a name repeated without spaces': 'Kazakhstan'.repeat(2000) + ' Kabul',
  'a compound at the start of a long word': 'Kasachstan' + 'hilfe'.repeat(2000) + ' und Afghanistan',
  'an Arabic-script word with a prefix, then a long word': 'بافغانستان ' + 'قزاقستان'.repeat(1500) + ' و کابل',
  'names separated by punctuation only': 'Kazakhstan,Afghanistan;Kabul/Herat.'.repeat(600),
  'names with spaces': 'Kazakhstan and Afghanistan agreed in Kabul. '.repeat(500),
  'a long word between names': 'Afghanistan ' + 'x'.repeat(9000) + ' Kazakhstan ' + 'y'.repeat(300) + ' Kabul',
};

describe('nextPiece', () => {
  for (const [name, text] of Object.entries(texts)) {
    it(`pieces find the same mentions as the whole text: ${name}`, () => {
      const whole = key(matcher.match(text));
      expect(whole.length).toBeGreaterThan(0);
      for (const max of [256, 2048]) expect(byPieces(text, max)).toEqual(whole);
    });
  }

  it('cover the text in order, each piece at most max units, skipping only the inside of over-long words', () => {
    const text = 'Kazakhstan '.repeat(100) + 'z'.repeat(50_000) + ' Kabul';
    const ps = pieces(text, 1000);
    expect(ps[0]!.from).toBe(0);
    expect(ps.at(-1)!.to).toBe(text.length);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      expect(p.to - p.from).toBeLessThanOrEqual(1000);
      if (i > 0) expect(p.from).toBeGreaterThanOrEqual(ps[i - 1]!.next);
      if (p.from > (i > 0 ? ps[i - 1]!.to : 0)) {
        // Everything skipped is letters of one word.
        expect(/^\p{L}+$/u.test(text.slice(ps[i - 1]!.to, p.from))).toBe(true);
      }
    }
    // The 50,000-letter word costs a few pieces, not one per 1000 units of it.
    expect(ps.length).toBeLessThan(20);
  });

  it('cuts between words where there are spaces', () => {
    const text = 'Kazakhstan and Afghanistan agreed. '.repeat(50);
    for (const p of pieces(text, 200).slice(0, -1)) expect(/\p{L}/u.test(text[p.to - 1]!) && /\p{L}/u.test(text[p.to]!)).toBe(false);
  });
});
