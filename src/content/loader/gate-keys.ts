/**
 * The gate with full-length keys (decision 0280): the words of folded text looked up in sorted
 * lists of the core forms' word keys, with no large regular expression to compile in every frame
 * (one native RegExp finds the words) and next to nothing to set up (the keys arrive as one string,
 * split once). The keys come from the background (its `gate-init` answer, decision 0326;
 * gate-keys-build.ts makes them); where they are missing or of another build, any text passes
 * (decision 0281). Pure.
 */

export interface StoredGateKeys {
  /** gateKeysVersion() of `keys`: the loader takes only keys of its own build. */
  version: string;
  /**
   * Lines: the endings, the rests of words cut to a declension stem, the attached prefixes (each
   * line's items separated by spaces), the keys' first three units (one probe turns most words
   * away); then one flag a key ("1": the key is a form by itself, "0":
   * only a word of longer forms); the keys, sorted, one a line; then the longer forms, one a line,
   * their keys in word order separated by spaces. Folded keys: three units or more begin a text word; shorter
   * ones are a whole text word.
   */
  keys: string;
  /**
   * The first pass (decision 0282): a RegExp source over the frame's folded text and one over its
   * text as written, one a line (gate-keys-build.ts firstPassSource). Where neither finds anything,
   * no form can pass.
   */
  first: string;
}

/** The stored keys if they are of this build, else null (the loader then uses its own prefilter). */
export function storedKeys(item: unknown, version: string): StoredGateKeys | null {
  const s = item as Partial<StoredGateKeys> | null | undefined;
  return s?.version === version && typeof s.keys === 'string' && typeof s.first === 'string' ? (s as StoredGateKeys) : null;
}

/** The longest word looked at: a longer word can only be a key plus a compound's rest. */
const LONGEST = 64;
/**
 * The text's words, and the marks the gate puts between them (text-gate.ts): HARD ends every
 * name; OPEN/CLOSE go around a nested block (or a skipped element, not entered); MAYBE_OPEN/
 * MAYBE_CLOSE around an inline element the detector may skip or read as inline text; a line
 * break is a soft gap.
 */
export const HARD = '\0';
export const OPEN = '\x01';
export const CLOSE = '\x02';
export const MAYBE_OPEN = '\x03';
export const MAYBE_CLOSE = '\x04';
// eslint-disable-next-line no-control-regex -- the gate's own marks (gate-keys.ts)
const TOKENS = /[\p{L}\p{M}\p{N}_]+|[\n\0-\x04]/gu;
const LAST = /[\p{L}\p{M}\p{N}_]$/u;
const NONE: string[] = [];

export interface KeyScan {
  /** Some form has all its keys among the words fed so far, next to each other in one block. */
  hit: boolean;
  /** Folded, lowercased text; `more`: the text goes on, so its last word may be cut. */
  feed(folded: string, more: boolean): void;
}

/** The first index in sorted `list` whose item is not below `s`. */
function lowerBound(list: string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A text word is a key's word where the matcher could take it as that form word: the key itself,
 * the key and an ending (a key cut to its declension stem: also the rest of its word, and then an
 * ending or none), or (keys of six units or more) the key and a compound's rest of four units or
 * more; each also behind an attached prefix. Lenient where the matcher is strict (language,
 * script, case): more words pass, never fewer.
 *
 * A longer form passes once each two of its keys that follow each other were found on two words
 * that follow each other (decision 0281): the matcher takes a multi-word name only from
 * consecutive words of one block. Marks keep that a superset of what the detector reads: after a
 * line break (`<br>`, which a name may wrap over) a nested block or skipped element is skipped over
 * (the detector keeps only the first of two separators in a row), and across an element that may be
 * skipped the words on both sides follow each other too.
 */
export function createKeyScan(packed: string): KeyScan {
  // The keys' lines only: the longer forms are split once two keys were found side by side.
  const [endings, stems, prefixes, heads] = packed.split('\n', 4).map((l) => new Set(l.split(' '))) as [Set<string>, Set<string>, Set<string>, Set<string>];
  const flags = packed.split('\n', 5)[4]!;
  const lines = packed.split('\n', 5 + flags.length);
  const keys = lines.slice(5);
  // The longer forms' lines, as they are stored: a new pair of keys that no line holds needs no check.
  const formsText = packed.slice(lines.reduce((n, l) => n + l.length + 1, 0));
  let forms: string[][] | null = null;
  const memo = new Map<string, string[]>();
  const pairs = new Set<string>();
  const stack: string[][] = [];
  const softs: boolean[] = [];
  // The keys of the word before (none after a hard break), and whether a line break came since.
  let prev = NONE;
  let soft = false;
  let rest = '';
  // Hash probes, not list scans: common words ("there" after a key "the") ask for endings often.
  const ends = (r: string) => !r || endings.has(r);
  // The rest after a key: an ending, or the rest of the word cut to its stem and then an ending.
  // (Stem rests are of one or two units: gate-keys-build.ts checks.)
  const ending = (r: string) => ends(r) || (stems.has(r.slice(0, 1)) && ends(r.slice(1))) || (stems.has(r.slice(0, 2)) && ends(r.slice(2)));
  /** Every key this word could be: a form by itself passes, a word of longer forms is noted in `out`. */
  const test = (w: string, out: string[]) => {
    const head = w.slice(0, 3);
    if (!heads.has(head)) return;
    for (let i = lowerBound(keys, head); i < keys.length && keys[i]!.startsWith(head); i++) {
      const k = keys[i]!;
      const more = w.length - k.length;
      if (!w.startsWith(k) || (more && (k.length < 3 || ((k.length < 6 || more < 4) && !ending(w.slice(k.length)))))) continue;
      if (flags.charCodeAt(i) === 49) ks.hit = true;
      else out.push(k);
    }
  };
  /** The keys of longer forms a word could be (looked up once per word: "the", "of" come back often). */
  const keysOf = (w: string): string[] => {
    // Attached prefixes are Arabic letters.
    const arabic = w.charCodeAt(0) > 0x5ff;
    if (!arabic && !heads.has(w.slice(0, 3))) return NONE;
    let out = memo.get(w);
    if (!out) {
      memo.set(w, (out = []));
      test(w, out);
      if (arabic) for (const x of prefixes) if (x && w.startsWith(x)) test(w.slice(x.length), out);
    }
    return out;
  };
  const ks: KeyScan = {
    hit: false,
    feed(folded, more) {
      const t = rest + folded;
      // All the words at once (one native call, no match object per word).
      const words = t.match(TOKENS) ?? [];
      // A word that reaches the end may go on in the next piece: kept for it.
      rest = more && LAST.test(t) ? words.pop()!.slice(0, LONGEST) : '';
      let grew = false;
      for (let i = 0; i < words.length && !ks.hit; i++) {
        const w = words[i]!;
        const c = w.charCodeAt(0);
        if (c > 10) {
          const cur = keysOf(w.slice(0, LONGEST));
          // Most words are no key at all: no loop (an iterator each) for them.
          if (cur.length && prev.length) {
            for (const a of prev)
              for (const b of cur) {
                const pair = a + ' ' + b;
                if (!pairs.has(pair)) {
                  pairs.add(pair);
                  grew ||= formsText.includes(pair);
                }
              }
          }
          prev = cur;
          soft = false;
        } else if (c === 10) soft = true;
        else if (c === 1 || c === 3) {
          stack.push(soft ? prev : NONE);
          softs.push(soft);
          // Inside a nested block nothing follows the word before; inside a maybe-skipped element it may.
          if (c === 1) prev = NONE;
          soft = false;
        } else if (c === 2 || c === 4) {
          // After the element, as if it was not there (skipped: the detector keeps one separator).
          const p = stack.pop() ?? NONE;
          prev = c === 2 ? p : [...prev, ...p];
          soft = (softs.pop() ?? false) || (c === 4 && soft);
        } else {
          prev = NONE;
          soft = false;
        }
      }
      if (grew) {
        forms ??= formsText.split('\n').map((l) => l.split(' '));
        if (forms.some((f) => f.every((k, j) => !j || pairs.has(f[j - 1] + ' ' + k)))) ks.hit = true;
      }
    },
  };
  return ks;
}
