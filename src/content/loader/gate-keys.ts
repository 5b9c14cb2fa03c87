/**
 * The gate with full-length keys (decision 0280): the words of folded text looked up in a table
 * of the core forms' word keys, with no large regular expression to compile in every frame (one
 * native RegExp finds the words). The keys come from storage (the background writes them,
 * gate-keys-build.ts makes them); where they are missing or of another build, the loader falls
 * back to the shipped compact prefilter. Pure.
 */

/** The storage.local item the background writes and the loader reads. */
export const GATE_KEYS_ITEM = 'gateKeys';

export interface StoredGateKeys {
  /** gateKeysVersion() of the index: the loader takes only keys of its own build. */
  version: string;
  index: KeyIndex;
}

/**
 * Made at build time (gate-keys-build.ts indexKeys) and stored as it is, so a frame does no
 * parsing: storage hands it over as plain objects and arrays.
 */
export interface KeyIndex {
  /** Folded keys: three units or more, a text word's beginning; shorter, a whole text word. */
  keys: string[];
  /** Keys by their first three units (a shorter key by itself). */
  heads: Record<string, number[]>;
  /** The forms each key is a word of. */
  formsOf: number[][];
  /** How many keys each form has. */
  need: number[];
  /** Every language's endings (folded). */
  endings: string[];
  /** What follows a key cut to a declension stem to spell its word ("а" of "астана"). */
  stems: string[];
  /** Attached prefixes of Persian and Pashto (folded). */
  prefixes: string[];
}

/** The stored index if it is of this build, else null (the loader then uses its own prefilter). */
export function storedKeys(item: unknown, version: string): KeyIndex | null {
  const s = item as Partial<StoredGateKeys> | null | undefined;
  return s?.version === version && s.index ? s.index : null;
}

/** The longest word looked at: a longer word can only be a key plus a compound's rest. */
const LONGEST = 64;
const WORDS = /[\p{L}\p{M}\p{N}_]+/gu;

export interface KeyScan {
  /** Some form has all its keys among the words fed so far. */
  hit: boolean;
  /** Folded, lowercased text; `more`: the text goes on, so its last word may be cut. */
  feed(folded: string, more: boolean): void;
}

/**
 * A text word is a key's word where the matcher could take it as that form word: the key itself,
 * the key and an ending (a key cut to its declension stem: also the rest of its word, and then an
 * ending or none), or (keys of six units or more) the key and a compound's rest of four
 * units or more; each also behind an attached prefix. Lenient where the matcher is strict
 * (language, script, case): more words pass, never fewer.
 */
export function createKeyScan(ix: KeyIndex): KeyScan {
  const found = new Uint8Array(ix.keys.length);
  const need = ix.need.slice();
  let rest = '';
  const mark = (id: number) => {
    if (found[id]) return;
    found[id] = 1;
    for (const f of ix.formsOf[id]!) if (--need[f]! === 0) ks.hit = true;
  };
  const ends = (r: string) => !r || ix.endings.includes(r);
  // The rest after a key: an ending, or the rest of the word cut to its stem and then an ending.
  const ending = (r: string) => ends(r) || ix.stems.some((e) => r.startsWith(e) && ends(r.slice(e.length)));
  const test = (w: string) => {
    // Own properties only: a word such as "constructor" is no key.
    const list = Object.hasOwn(ix.heads, w.slice(0, 3)) ? ix.heads[w.slice(0, 3)]! : [];
    for (const id of list) {
      const k = ix.keys[id]!;
      if (!w.startsWith(k)) continue;
      const more = w.length - k.length;
      if (!more || (k.length > 2 && ((k.length > 5 && more > 3) || ending(w.slice(k.length))))) mark(id);
    }
  };
  const word = (w: string) => {
    test(w);
    for (const p of ix.prefixes) if (p && w.startsWith(p)) test(w.slice(p.length));
  };
  const ks: KeyScan = {
    hit: false,
    feed(folded, more) {
      const s = rest + folded;
      rest = '';
      WORDS.lastIndex = 0;
      for (let m = WORDS.exec(s); m; m = WORDS.exec(s)) {
        const w = m[0];
        // A word that reaches the end may go on in the next piece: kept for it.
        if (more && WORDS.lastIndex === s.length) rest = w.slice(0, LONGEST);
        else word(w.length > LONGEST ? w.slice(0, LONGEST) : w);
      }
    },
  };
  return ks;
}
