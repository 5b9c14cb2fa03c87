/**
 * The prefilter at run time, in the loader (so: small, and no code of the matcher): the scanner
 * that feeds the frame's text, folded with native string calls only (no JavaScript loop per
 * character, the way normalize.ts folds it per code point), to the full keys (gate-keys.ts); and
 * the first pass over a tree's whole text (decision 0282). Nothing of the gazetteer is shipped
 * (decisions 0281, 0282): without keys any text passes. Pure: no DOM.
 */
import { createKeyScan, HARD, type KeyScan } from './gate-keys';

const JOINERS = /[\u00ad\u200c-\u200f\u2060\ufeff]/g;

/** The text as case-sensitive forms are compared (scan.ts sameRaw): invisible joiners removed. */
export const stripJoiners = (s: string): string => s.replace(JOINERS, '');

/**
 * normalize.ts's folding as native calls: lowercase, canonical decomposition, combining marks and
 * invisible format characters dropped, Arabic letter variants to their Persian forms. Per code
 * point, like foldCodePoint (the unit test compares the two for every code point), so text may be
 * folded in pieces.
 */
const NON_ASCII = /[^\0-\x7f]/;
const DROP = /[\p{M}\u00ad\u200c-\u200f\u2060\ufeff\u0640]/gu;
const VARIANTS = /[\u064a\u0649\u0643\u0629\u06d5\u06c0\u00df\u0131\u2019\u02bc`]/g;
const VARIANT_OF: Record<string, string> = {
  '\u064a': '\u06cc',
  '\u0649': '\u06cc',
  '\u0643': '\u06a9',
  '\u0629': '\u0647',
  '\u06d5': '\u0647',
  '\u06c0': '\u0647',
  '\u00df': 'ss',
  '\u0131': 'i',
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
};

/** Folded and lowercased (the key table's words are). */
export const foldLower = (s: string): string => (NON_ASCII.test(s) ? foldOther(s) : s.toLowerCase());

function foldOther(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(DROP, '').replace(VARIANTS, (c) => VARIANT_OF[c]!);
}

/** gate-keys-build.ts FIRST_SCRIPTS (a unit test holds them equal). */
export const SCRIPTS = [/[\0-\u03ff]/, /[\u0400-\u05ff]/, /[\u0600-\uffff]/];

/** Text tested at once (UTF-16 units). */
const PIECE = 32_768;

export interface Scanner {
  /** Some text that is not white space was fed. */
  text: boolean;
  /** The text may name the topic. */
  hit: boolean;
  /** More text, joined to what came before (it may hold gate-keys.ts's marks). */
  feed(s: string): void;
  /** The run of text ends: nothing after it joins a word or a name before it. */
  separate(): void;
  /** Tests what is buffered. */
  flush(): void;
  /** Folded text is tested against these full keys (gate-keys.ts); without them any text passes. */
  useKeys(keys: string, first?: string): void;
  /**
   * The first pass (decision 0282): false where no form can pass on any words of `whole` (a tree's
   * whole text, its nodes joined without separators) — one native search, no walk. True without
   * the first pass's expressions.
   */
  mayHold(whole: string): boolean;
}

/**
 * Text fed in any number of parts, tested in pieces, against the full keys (the case-sensitive ASCII
 * words among them folded: a superset, decision 0282). Without full
 * keys (storage cleared, not written yet: decision 0281) every text passes: the detector loads,
 * and nothing is missed meanwhile.
 */
export function createScanner(piece = PIECE): Scanner {
  let buf = '';
  let keys: KeyScan | null = null;
  // The table is split into its Sets only when a walk needs it: not in a frame the first pass turns away.
  let packedKeys: string | null = null;
  let firstSource: string | undefined;
  const firstPass: RegExp[] = [];
  const sc: Scanner = {
    text: false,
    hit: false,
    feed(s) {
      for (let at = 0; at < s.length; ) {
        const take = Math.min(s.length - at, piece - buf.length);
        buf += s.slice(at, at + take);
        at += take;
        if (buf.length >= piece) sc.flush();
      }
    },
    separate() {
      // Also when the buffer was just flushed: the full keys hold a word back until it ends.
      sc.feed(HARD);
    },
    flush() {
      let b = buf;
      buf = '';
      const last = b.charCodeAt(b.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        // Half a surrogate pair: with the next piece.
        buf = b.slice(-1);
        b = b.slice(0, -1);
      }
      // Passed already: nothing more to learn from the rest of the text. (Marks are no text.)
      // eslint-disable-next-line no-control-regex -- the gate's own marks (gate-keys.ts)
      if (!b || (!sc.text && !(sc.text = /[^\s\0-\x04]/.test(b))) || sc.hit) return;
      if (!packedKeys) {
        sc.hit = true;
        return;
      }
      keys ??= createKeyScan(packedKeys);
      keys.feed(foldLower(b), true);
      sc.hit ||= keys.hit;
    },
    useKeys(packed, first) {
      packedKeys = packed;
      firstSource = first;
    },
    mayHold(whole) {
      if (!packedKeys || !firstSource) return true;
      // One expression per script of the keys' first unit, compiled only where the text holds a
      // unit of that script (decision 0327: all 944 keys in one cost ~3 ms to compile in a Firefox frame).
      const sources = firstSource.split('\n');
      const t = foldLower(whole);
      const run = (i: number, s: string) => (firstPass[i] ??= new RegExp(sources[i]!)).test(s);
      return SCRIPTS.some((r, i) => r.test(t) && run(i, t)) || run(3, stripJoiners(whole));
    },
  };
  return sc;
}
