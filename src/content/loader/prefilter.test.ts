/**
 * The loader's prefilter never misses a mention the matcher finds (decision 0210): random text
 * built from the gazetteer's forms, inflected, compounded, prefixed, with random case, diacritics,
 * joiners and letter variants, glued to neighbouring text; and the real corpus, the evaluation
 * texts and the saved pages. Whenever matchDocument finds a mention of a core entity, the shipped
 * prefilter passes on that text, whole and fed in small pieces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, gazetteerForms } from '../../matching/compile';
import { matchDocument } from '../../matching/document';
import { loadGazetteer } from '../../matching/gazetteer-file';
import { SCRIPT_SUFFIXES, ARABIC_PREFIXES } from '../../matching/inflect';
import { loadLookalikes } from '../../matching/lookalikes-file';
import { foldCodePoint } from '../../matching/normalize';
import { FIRST_SCRIPTS, gateKeysFor } from './gate-keys-build';
import { exactSource, exactWords } from './prefilter-build';
import { CLOSE, HARD, MAYBE_CLOSE, MAYBE_OPEN, OPEN, storedKeys } from './gate-keys';
import { createScanner, foldLower, SCRIPTS, stripJoiners } from './prefilter';
import { mulberry32 } from '../../matching/synthetic';

const root = join(__dirname, '..', '..', '..');
const entries = loadGazetteer(root);
const matcher = compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) });
const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
/** What the loader ships: the case-sensitive ASCII words as written (decision 0281). */
const shippedCore = exactSource(exactWords(entries, 'core'));

/** The full keys the background stores (decision 0280). */
const stored = gateKeysFor(entries);

/**
 * Does the scanner pass on `text` fed in parts of `size` units, with pieces of `piece`? With
 * `keys`, it tests the full keys, as a loader does that found them in storage.
 */
function scanned(text: string, size: number, piece: number, keys = true): boolean {
  const sc = createScanner(piece);
  if (keys) sc.useKeys(stored.keys, stored.first);
  for (let i = 0; i < text.length; i += size) sc.feed(text.slice(i, i + size));
  // As the gate ends every tree it reads.
  sc.separate();
  sc.flush();
  return sc.hit;
}
const keyed = (text: string): boolean => scanned(text, text.length, 32_768);

/**
 * Does the first pass (decision 0282) let `text` through, as it reads it (a tree's text nodes
 * joined without separators), and with all white space dropped (every word glued to the next: the
 * worst a joining can do)?
 */
function firstPasses(text: string): boolean {
  const sc = createScanner();
  sc.useKeys(stored.keys, stored.first);
  return sc.mayHold(text) && sc.mayHold(text.replace(/\s+/g, ''));
}


/** The files of `dir` and its folders whose names end in `ext`. */
const texts = (dir: string, ext: string): Array<{ name: string; text: string }> =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? texts(join(dir, d.name), ext) : d.name.endsWith(ext) ? [{ name: d.name, text: readFileSync(join(dir, d.name), 'utf8') }] : [],
      )
    : [];

describe('foldLower', () => {
  it('folds every code point as foldCodePoint does', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (foldLower(String.fromCodePoint(cp)) !== foldCodePoint(cp)) differ.push(cp.toString(16));
    }
    // The backtick folds to an apostrophe, but only in non-ASCII text: no key holds either (keys are words).
    expect(differ).toEqual(['60']);
  });

  it('lowercases ASCII, and drops joiners from other text', () => {
    expect(foldLower('Kazakhstan')).toBe('kazakhstan');
    expect(foldLower('KAZAKH\u00adSTAN')).toBe('kazakhstan');
  });
});

describe('exact keys', () => {
  it('only the Kelvin sign composes (NFC) to an ASCII letter or digit', () => {
    const found: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (/^[A-Za-z0-9_]$/.test(String.fromCodePoint(cp).normalize('NFC'))) found.push(cp);
    }
    expect(found).toEqual([0x212a]);
  });
});

const MARKS = ['\u0301', '\u0308', '\u064e', '\u0650', '\u0654'];
const JOINERS = ['\u00ad', '\u200c', '\u200d', '\u2060'];
const VARIANTS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك', 'е': 'ё', 'ه': 'ة', 'a': 'á', 'e': 'é', 'u': 'ü', 'o': 'ö', 'i': 'ı', 's': 'ß' };
const NEIGHBOURS = ['', ' ', '. ', ', ', '\n', '(', '"', '«', ' the ', ' и ', ' و ', 'foo', '-', '/', '’s '];

/** One form, written the way a page might write it. */
function variant(rnd: () => number, text: string, lang: string): string {
  let s = '';
  for (const ch of text) {
    let c = ch;
    const r = rnd();
    if (r < 0.3) c = c.toUpperCase();
    else if (r < 0.4 && VARIANTS[c.toLowerCase()]) c = VARIANTS[c.toLowerCase()]!;
    s += c;
    if (rnd() < 0.08) s += MARKS[Math.floor(rnd() * MARKS.length)];
    if (rnd() < 0.05 && /\p{L}/u.test(ch)) s += JOINERS[Math.floor(rnd() * JOINERS.length)];
  }
  const script = /[\u0600-\u06ff]/.test(text) ? 'arabic' : /[\u0400-\u04ff]/.test(text) ? 'cyrillic' : 'latin';
  const r = rnd();
  if (r < 0.35) {
    const endings = SCRIPT_SUFFIXES[script];
    s += endings[Math.floor(rnd() * endings.length)];
  } else if (r < 0.45 && lang === 'de') s += 'hilfe';
  else if (r < 0.55 && script === 'arabic') s = ARABIC_PREFIXES[Math.floor(rnd() * ARABIC_PREFIXES.length)] + s;
  return s;
}

const coreMatched = (texts: string[]): boolean =>
  matchDocument(matcher, texts).some((ms) => ms.some((m) => scopeOf.get(m.entity) === 'core'));

describe('the prefilter never misses a mention (property)', () => {
  const forms = gazetteerForms(entries);

  it('on random text made of the gazetteer\'s forms', () => {
    const rnd = mulberry32(0x18);
    let withMatch = 0;
    const missed: string[] = [];
    for (let n = 0; n < 6000; n++) {
      let text = NEIGHBOURS[Math.floor(rnd() * NEIGHBOURS.length)]!;
      const count = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < count; k++) {
        const f = forms[Math.floor(rnd() * forms.length)]!;
        text += variant(rnd, f.text, f.lang) + NEIGHBOURS[Math.floor(rnd() * NEIGHBOURS.length)];
      }
      const matches = matchDocument(matcher, [text])[0]!;
      if (!matches.length) continue;
      withMatch++;
      if (matches.some((m) => scopeOf.get(m.entity) === 'core')) {
        if (!keyed(text)) missed.push(`keys: ${JSON.stringify(text)}`);
        if (!firstPasses(text)) missed.push(`first pass: ${JSON.stringify(text)}`);
        if (!scanned(text, 1 + Math.floor(rnd() * 7), 8 + Math.floor(rnd() * 20))) missed.push(`keys in pieces: ${JSON.stringify(text)}`);
      }
    }
    expect(missed.slice(0, 10)).toEqual([]);
    // The test has teeth: most random texts do name something.
    expect(withMatch).toBeGreaterThan(3000);
  }, 180_000);

  it('on the corpus and the evaluation texts', () => {
    const docs = [...texts(join(root, 'corpus'), '.txt'), ...texts(join(root, 'eval'), '.md'), ...texts(join(root, 'eval'), '.txt')];
    expect(docs.length).toBeGreaterThan(5);
    let named = 0;
    for (const { name, text } of docs) {
      const blocks = text.split(/\n\s*\n/);
      const found = matchDocument(matcher, blocks);
      blocks.forEach((b, i) => {
        if (!found[i]!.some((m) => scopeOf.get(m.entity) === 'core')) return;
        named++;
        expect(keyed(b), `keys: ${name} block ${i}`).toBe(true);
        expect(firstPasses(b), `first pass: ${name} block ${i}`).toBe(true);
      });
      if (coreMatched([text])) {
        expect(scanned(text, 997, 4096), `keys: ${name}`).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(20);
  });

  // The saved pages are read from their DOM, as the gate and the detector read them: gate-pages.test.ts.
});

describe('the scanner', () => {
  it('does not pass on half words where text is cut into pieces', () => {
    const text = 'Slow-cooked beans with thyme, a loaf of rye bread and a walk by the river on Sunday.\nLoading…\nLoaded the recipes.';
    for (const size of [1, 3, 7, 20]) for (const piece of [8, 13, 30]) expect(scanned(text, size, piece), `keys ${size}/${piece}`).toBe(false);
  });

  it('with full keys, passes a name cut across pieces and rejects what only starts like one', () => {
    for (const text of ['Talks in Kabul went on.', 'Визит в Казахстан.', 'سفر به کابل', 'Die Afghanistanhilfe wächst.', 'Kazakhstan']) {
      for (const piece of [4, 9, 64]) expect(scanned(text, 3, piece), `${text} ${piece}`).toBe(true);
    }
    // Common words that share a name's first letters (the 3-unit keys of decision 0210 passed them).
    for (const text of ['The kabuki show was talked about in Kazan and by the Taliesin fellowship.', 'International formats for 2017.']) {
      expect(keyed(text), text).toBe(false);
    }
  });

  it('takes a longer form from consecutive words, over the marks the gate puts where the detector may join them', () => {
    const table = stored.keys.split('\n');
    const pair = table.slice(5 + table[4]!.length).find((l) => /^[a-z]{4,} [a-z]{4,}$/.test(l) && !keyed(l.split(' ')[0]!) && !keyed(l.split(' ')[1]!));
    const [a, b] = pair!.split(' ') as [string, string];
    const cases: Array<[string, boolean]> = [
      [`${a} ${b}`, true],
      [`${a} x ${b}`, false],
      [`${b} ${a}`, false],
      [`${a}${HARD}${b}`, false],
      // A nested block: the words around it are apart, unless a line break (<br>) came just before.
      [`${a}${OPEN}x${CLOSE}${b}`, false],
      [`${a}\n${OPEN}x${CLOSE}${OPEN}${CLOSE}${b}`, true],
      [`${a}\n${OPEN}x${CLOSE}${HARD}${b}`, false],
      // A maybe-skipped inline element: read (its words in between) or skipped (a separator).
      [`${a}${MAYBE_OPEN}x${MAYBE_CLOSE}${b}`, false],
      [`${a}${MAYBE_OPEN}${MAYBE_CLOSE}${b}`, true],
      [`${a}\n${MAYBE_OPEN}x${MAYBE_CLOSE}${b}`, true],
      [`${a}${MAYBE_OPEN}${b}${MAYBE_CLOSE}`, true],
      [`${OPEN}${a}${CLOSE}${b}`, false],
    ];
    for (const [text, pass] of cases) for (const size of [1, 4, text.length]) expect(scanned(text, size, 16), JSON.stringify(text)).toBe(pass);
  });

  it('without full keys passes any text (the detector decides), and no marks alone', () => {
    expect(scanned('The committee met on Tuesday.', 5, 64, false)).toBe(true);
    expect(scanned(`${OPEN}${CLOSE}\n ${HARD}`, 2, 64, false)).toBe(false);
  });

  it('takes stored keys only of its own build', () => {
    expect(storedKeys(JSON.parse(JSON.stringify(stored)), stored.version)).toEqual(stored);
    expect(storedKeys({ ...stored, version: 'older' }, stored.version)).toBeNull();
    // An older build's item without the first pass.
    expect(storedKeys({ version: stored.version, keys: stored.keys }, stored.version)).toBeNull();
    expect(storedKeys(undefined, stored.version)).toBeNull();
    expect(storedKeys({ version: stored.version }, stored.version)).toBeNull();
  });

  it('a word such as "constructor" or "__proto__" is no key', () => {
    expect(keyed('constructor __proto__ hasOwnProperty toString valueOf')).toBe(false);
  });
});

describe('the first pass', () => {
  it('turns ordinary prose away, and passes where a name is glued to the text before it', () => {
    const prose = 'The committee met on Tuesday to talk about the library and the weather.';
    expect(firstPasses(prose)).toBe(false);
    // Blocks joined by textContent with no separator: "…libraryKabul".
    expect(firstPasses(prose + 'Kabul')).toBe(true);
    expect(firstPasses(`${prose}Кабул`)).toBe(true);
    // The exact words as written, anywhere; folded they would be in "moral".
    expect(firstPasses(`${prose} A moral tale.`)).toBe(false);
    expect(firstPasses(`${prose}KTZ`)).toBe(true);
    // A form of short keys only ("IS-K"): its first word as written.
    expect(firstPasses(`${prose} IS-K`)).toBe(true);
  });

  // Decision 0327: the folded keys in one expression per script of their first unit, each compiled
  // only where the text holds that script. The one RegExp of all keys (0282) is the reference:
  // both say the same of any text.
  const lines = stored.first.split('\n');
  const exactLine = lines.at(-1)!;
  const keyList = lines.slice(0, -1).flatMap((l) => (l === '(?!)' ? [] : l.split('|').map((k) => k.replace(/\\(.)/g, '$1'))));
  const asRegExp = new RegExp(keyList.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const exactRegExp = new RegExp(exactLine);
  const reference = (text: string) => asRegExp.test(foldLower(text)) || exactRegExp.test(stripJoiners(text));
  const firstPassOnly = (text: string) => {
    const sc = createScanner();
    sc.useKeys(stored.keys, stored.first);
    return sc.mayHold(text);
  };

  it('groups every key by the script of its first unit, as the loader tests the text for it', () => {
    expect(SCRIPTS.map(String)).toEqual(FIRST_SCRIPTS.map(String));
    expect(lines.length).toBe(SCRIPTS.length + 1);
    SCRIPTS.forEach((range, i) => {
      const group = lines[i] === '(?!)' ? [] : lines[i]!.split('|').map((k) => k.replace(/\\(.)/g, '$1'));
      // Each group holds keys (Latin, Cyrillic, Arabic-script), each beginning in its range only.
      expect(group.length, String(range)).toBeGreaterThan(100);
      for (const k of group) expect(SCRIPTS.findIndex((r) => r.test(k[0]!)), k).toBe(i);
    });
  });

  it('says what the RegExp of all its keys says, on random text with keys at any place and on the real texts', () => {
    const rnd = mulberry32(0x327);
    const filler = ['', ' ', 'the ', 'x', 'ب', 'и ', 'Zwischen', '\u200c', 'ـ', '. '];
    let passed = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const parts = Math.floor(rnd() * 4);
      for (let k = 0; k < parts; k++) {
        text += filler[Math.floor(rnd() * filler.length)]!;
        const key = keyList[Math.floor(rnd() * keyList.length)]!;
        // A key whole, cut by one unit at either end (no longer a key), or in upper case.
        const r = rnd();
        text += r < 0.4 ? key : r < 0.6 ? key.slice(1) : r < 0.8 ? key.slice(0, -1) : key.toUpperCase();
      }
      text += filler[Math.floor(rnd() * filler.length)]!;
      const want = reference(text);
      if (want) passed++;
      expect(firstPassOnly(text), JSON.stringify(text)).toBe(want);
    }
    // Teeth: both answers happen.
    expect(passed).toBeGreaterThan(1000);
    expect(passed).toBeLessThan(3900);
    // A key at the very start and the very end of the text, the shortest key last.
    for (const k of [keyList[0]!, keyList.at(-1)!, ...keyList.filter((x) => x.length === 2)]) {
      expect(firstPassOnly(k)).toBe(true);
      expect(firstPassOnly(`weather ${k}`)).toBe(true);
    }
    const docs = [...texts(join(root, 'corpus'), '.txt'), ...texts(join(root, 'eval'), '.md')];
    for (const { name, text } of docs) for (const b of text.split(/\n\s*\n/)) expect(firstPassOnly(b), name).toBe(reference(b));
  });

  it('lets everything through without this build\'s keys', () => {
    const sc = createScanner();
    expect(sc.mayHold('The committee met on Tuesday.')).toBe(true);
    sc.useKeys(stored.keys);
    expect(sc.mayHold('The committee met on Tuesday.')).toBe(true);
  });

  it('reports its size', () => {
    console.log(`[prefilter] first pass: ${Buffer.byteLength(stored.first)} bytes; exact words as written: ${Buffer.byteLength(shippedCore)}`);
    expect(Buffer.byteLength(stored.first)).toBeLessThan(16_000);
  });
});
