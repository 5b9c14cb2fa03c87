/**
 * Matching over a whole document (a page's blocks, a corpus text) rather than one string: one
 * sense per document. An ambiguous form (a surname, an acronym that is also a word) needs an
 * unambiguous mention nearby (ambiguity.ts) — unless its entity is named firmly anywhere in the
 * same document, before or after it: by an unambiguous form ("Mohammad Ashraf Ghani") or after a
 * title ("President Ghani"). Then "Ghani" counts in every block. The same holds for a club named
 * after its city: once the document names "FC Astana", the bare "Astana" by a sports word is the
 * club (other-senses.ts). Pure.
 */
import { dropClitics } from './clitics';
import { dropCommonNouns } from './common-nouns';
import { dropFirmNames } from './firm-names';
import { LongerNames } from './longer-names';
import { clubsNamedIn, dropOtherSenses } from './other-senses';
import { dropNamedThings } from './named-kinds';
import { foldString } from './normalize';
import { dropNameAdjectives } from './name-adjectives';
import { dropPlaceSenses } from './place-senses';
import { dropElsewhereTowns } from './same-named';
import type { DocumentScan, Match, Matcher } from './types';

/**
 * The bookkeeping behind one sense per document, for callers that see a document block by block
 * and in any order (the content script's detector): which entities are named firmly so far, and
 * which blocks turned down an ambiguous form of an entity not named yet. When a block names such
 * an entity, those blocks are handed back to be matched again; nothing else is redone.
 */
export class OneSense<K> {
  private readonly named = new Set<string>();
  private readonly waiting = new Map<string, Set<K>>();
  /** Cities whose club the document names ("FC Astana"). */
  private readonly clubs = new Set<string>();
  /** Blocks with a club city's bare name by a sports word, by city, before the club was named. */
  private readonly clubWaiting = new Map<string, Set<K>>();
  /**
   * Words the document gives another sense, in every block: a place adjective used as a surname
   * (بلخی after مولانا), a firm named with its legal form (Aral AG), the Pashto currency (افغانۍ).
   */
  private readonly otherSenses = new Set<string>();
  /** Place names the document gives to a ship, an animal, a cultivar (named-kinds.ts): that thing's, in later blocks too. */
  private readonly namedThings = new Set<string>();
  /** Name + capitalised word pairs kept in headlines and shown as longer names elsewhere (longer-names.ts). */
  private readonly longerNames = new LongerNames<K>();
  /** A person's surname (the last word of a full name the document used) → that person, or null when two people share it. */
  private readonly surnames = new Map<string, string | null>();
  /** Each block's mentions (the arrays it returned, no copy): matched again when a later block gives one's text another sense. */
  private readonly kept = new Map<K, readonly Match[]>();

  /**
   * Matches block `key`'s text with what the document named so far. Returns its mentions and
   * the blocks matched earlier that must be matched again (they turned down a form of an entity
   * this block named).
   */
  match(matcher: Matcher, key: K, text: string): { matches: Match[]; recheck: K[] } {
    let r: DocumentScan = matcher.scan(text, this.named);
    const fresh = r.named.filter((e) => !this.named.has(e));
    for (const e of fresh) this.named.add(e);
    // Named and turned down in this very block, beyond the window: once more, now knowing it.
    if (r.waiting.some((e) => fresh.includes(e))) r = matcher.scan(text, this.named);
    for (const e of r.waiting) {
      let blocks = this.waiting.get(e);
      if (!blocks) this.waiting.set(e, (blocks = new Set()));
      blocks.add(key);
    }
    const recheck: K[] = [];
    for (const e of clubsNamedIn(text)) {
      if (this.clubs.has(e)) continue;
      this.clubs.add(e);
      const blocks = this.clubWaiting.get(e);
      this.clubWaiting.delete(e);
      // The block itself is among them when an earlier piece of it (the detector matches long
      // blocks in chunks) had the bare name: that piece is matched again too.
      for (const b of blocks ?? []) recheck.push(b);
    }
    const pending = new Set<string>();
    const senses = this.otherSenses.size;
    const placed = dropClitics(dropNameAdjectives(text, dropPlaceSenses(text, dropOtherSenses(text, r.matches, this.clubs, pending), this.otherSenses)));
    const longer = this.longerNames.apply(key, text, dropFirmNames(text, dropCommonNouns(text, dropElsewhereTowns(text, dropNamedThings(text, placed, this.namedThings)))));
    const matches = this.bySurname(matcher, longer.matches);
    recheck.push(...longer.recheck);
    // Words this block gave another sense for the whole document (a nisba, a firm, the currency):
    // earlier blocks that marked them are matched again. Sets keep insertion order, so the new ones
    // are last. Rare, so the blocks are searched then rather than indexed by text for every mention.
    if (this.otherSenses.size > senses) {
      const fresh = [...this.otherSenses].slice(senses);
      for (const [b, ms] of this.kept) if (b !== key && ms.some((m) => fresh.includes(m.text))) recheck.push(b);
    }
    this.kept.set(key, matches);
    for (const e of pending) {
      let blocks = this.clubWaiting.get(e);
      if (!blocks) this.clubWaiting.set(e, (blocks = new Set()));
      blocks.add(key);
    }
    for (const e of fresh) {
      const blocks = this.waiting.get(e);
      if (!blocks) continue;
      this.waiting.delete(e);
      // The block itself is among them when an earlier piece of it (the detector matches long
      // blocks in chunks) turned the entity down.
      for (const b of blocks) recheck.push(b);
    }
    return { matches, recheck };
  }

  /**
   * A bare surname is the person the document named in full: "Хамидулла Ахундзада … Ахундзада" is
   * the minister, though the gazetteer gives the bare form to the Taliban's leader, whose surname
   * he shares (one form, one entity). Only from person to person, and only when one person of the
   * document carries that surname.
   */
  private bySurname(matcher: Matcher, matches: Match[]): Match[] {
    const persons = matcher.persons;
    if (!persons) return matches;
    for (const m of matches) {
      const space = m.form.lastIndexOf(' ');
      if (space < 0 || !persons.has(m.entity)) continue;
      const key = foldString(m.form.slice(space + 1));
      const had = this.surnames.get(key);
      if (had === undefined) this.surnames.set(key, m.entity);
      else if (had !== m.entity) this.surnames.set(key, null);
    }
    if (!this.surnames.size) return matches;
    return matches.map((m) => {
      if (m.form.includes(' ') || !persons.has(m.entity)) return m;
      const e = this.surnames.get(foldString(m.form));
      return e && e !== m.entity ? { ...m, entity: e } : m;
    });
  }

  /** Forgets everything (a new document). */
  clear(): void {
    this.surnames.clear();
    this.named.clear();
    this.waiting.clear();
    this.clubs.clear();
    this.clubWaiting.clear();
    this.otherSenses.clear();
    this.namedThings.clear();
    this.longerNames.clear();
    this.kept.clear();
  }
}

/** The mentions of each block of a document, one sense per document applied across all of them. */
export function matchDocument(matcher: Matcher, blocks: readonly string[]): Match[][] {
  const sense = new OneSense<number>();
  const out: Match[][] = [];
  const todo: number[] = [];
  blocks.forEach((b, i) => {
    const { matches, recheck } = sense.match(matcher, i, b);
    out[i] = matches;
    todo.push(...recheck);
  });
  // Blocks that turned down a form of an entity named only further on: once more, with all
  // that the document names (a re-match names nothing new, so one round is enough).
  for (const i of new Set(todo)) out[i] = sense.match(matcher, i, blocks[i]!).matches;
  return out;
}
