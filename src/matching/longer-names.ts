/**
 * One sense per document for names inside longer names (decision 0274): running text shows that
 * "Kandahar Moon" is a racehorse's name — the matcher drops "Kandahar" there, before a capitalised
 * word in English running text (name-parts.ts) — but a headline, whose capitals prove nothing,
 * keeps it. Blocks that kept a name right before a capitalised word note that pair; when another
 * block has the same pair and no mention starts there, the document has shown it to be a longer
 * name, and the blocks that kept it are matched again without it. Latin script only, where names
 * are capitalised. Pure.
 */
import type { Match } from './types';

/** The capitalised word after one space at `end`: the pair's second word. */
const NEXT_CAPITAL = /^ (\p{Lu}[\p{L}\p{M}]+)/u;
/**
 * Only short blocks note pairs: headlines, titles, captions — where capitals prove nothing. In
 * running text the matcher has decided already, and noting every "Kazakhstan President" of a long
 * page would make every later block look for them.
 */
const MAX_HEADLINE = 200;
const LETTER = /[\p{L}\p{M}]/u;
/**
 * At most this many pairs are noted per document: every block looks for each of them, and a page
 * of many short blocks (menus, link lists) would otherwise make that quadratic.
 */
export const MAX_PAIRS = 64;

export class LongerNames<K> {
  /** Pairs ("Kandahar Moon") whose name a block kept, by pair. */
  private readonly kept = new Map<string, Set<K>>();
  /** Pairs the document has shown to be longer names. */
  private readonly longer = new Set<string>();

  /**
   * Block `key`'s mentions less those the document has shown to be part of a longer name, and
   * the blocks matched earlier that must be matched again (they kept a name this block shows in a
   * longer one).
   */
  apply(key: K, text: string, matches: Match[]): { matches: Match[]; recheck: K[] } {
    const recheck: K[] = [];
    // Does this block show one of the noted pairs where no mention starts?
    for (const [pair, blocks] of this.kept) {
      if (this.longer.has(pair)) continue;
      // The pair as whole words: "Kabul Qc" is not in "Kabul Qcm".
      let at = text.indexOf(pair);
      while (at >= 0 && LETTER.test(text.charAt(at + pair.length))) at = text.indexOf(pair, at + 1);
      if (at < 0 || matches.some((m) => m.start === at) || blocks.has(key)) continue;
      this.longer.add(pair);
      recheck.push(...blocks);
    }
    if (text.length > MAX_HEADLINE && !this.longer.size) return { matches, recheck };
    let out: Match[] | null = null;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      // Cheap first: Latin script, one space, then an upper-case Latin letter.
      const c = text.charCodeAt(m.end + 1);
      if (m.text.charCodeAt(0) >= 0x0250 || text.charCodeAt(m.end) !== 0x20 || (!(c >= 0x41 && c <= 0x5a) && !(c >= 0xc0 && c <= 0xde))) {
        out?.push(m);
        continue;
      }
      const next = NEXT_CAPITAL.exec(text.slice(m.end, m.end + 40))?.[1];
      const pair = next ? `${m.text} ${next}` : null;
      if (pair && this.longer.has(pair)) {
        out ??= matches.slice(0, i);
        continue;
      }
      if (pair && text.length <= MAX_HEADLINE) {
        let blocks = this.kept.get(pair);
        if (!blocks && this.kept.size < MAX_PAIRS) this.kept.set(pair, (blocks = new Set()));
        blocks?.add(key);
      }
      out?.push(m);
    }
    return { matches: out ?? matches, recheck };
  }

  clear(): void {
    this.kept.clear();
    this.longer.clear();
  }
}
