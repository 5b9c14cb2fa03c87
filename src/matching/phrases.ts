/**
 * Short phrases looked for right next to a candidate mention: titles before a surname
 * ("President", "рئیس جمهور"), sense words around a demonym ("cuisine", "ethnic", "زبان").
 * Only the few candidates that need it ask, so this costs nothing on text without names.
 *
 * A text word matches a phrase word when it is the word, or the word (or its Russian declension
 * stem) plus one ending of the inflection list ("президента", "Sprachen", "кухни", "زبانهای").
 * Words of a phrase, and the phrase and the name, must be separated by a soft gap (spaces,
 * hyphens, one line break), or by a period and a soft gap after a word of up to three letters
 * before the name (an abbreviation: "Mr. Ghani", "Dr. Azimi"; not "the President. Ghani").
 */
import { declensionStem, MIN_STEM, SUFFIX_LANGS } from './inflect';
import { formWords } from './forms';
import { foldString } from './normalize';
import { softGap, type Tokens } from './tokenize';
import { LANGS } from '../shared/pack-types';

/** The mark of a phrase whose words take no ending (data/lookalikes.json senses). */
const EXACT = '=';

export class PhraseSet {
  /** Phrases (folded words) by the word that touches the name: their last word (before) or first (after). */
  private readonly byEdge = new Map<string, string[][]>();
  private readonly stems = new Map<string, string>();
  /** Every word of every phrase. */
  private readonly words = new Set<string>();
  /** Words of phrases written "=…": matched only as written, with no ending. */
  private readonly exact = new Set<string>();
  /** The one-word phrases long enough to be told inside a German compound ("wurst", "käse"). */
  private readonly heads = new Set<string>();
  readonly size: number;

  /**
   * Split and indexed on first use, not at compile: most pages never meet a demonym or a
   * surname, and a frame's compile runs cold (see compile.ts).
   */
  private built = false;

  constructor(private readonly phrases: readonly string[], private readonly side: 'before' | 'after') {
    this.size = phrases.length;
  }

  private build(): void {
    this.built = true;
    for (const raw of this.phrases) {
      // "=پلاو": a word that takes no ending, where an ending makes another word (Pashto پلاوي is a delegation, not pilaf).
      const exact = raw.startsWith(EXACT);
      const p = exact ? raw.slice(EXACT.length) : raw;
      const words = formWords(p).words;
      if (!words.length) continue;
      if (words.length === 1 && words[0]!.length >= MIN_COMPOUND_PART) this.heads.add(words[0]!);
      const edge = this.side === 'before' ? words[words.length - 1]! : words[0]!;
      const list = this.byEdge.get(edge) ?? [];
      list.push(words);
      this.byEdge.set(edge, list);
      // A declension stem for every word (Russian nouns: кухня → кухн-); harmless elsewhere.
      for (const w of words) {
        this.words.add(w);
        if (exact) {
          this.exact.add(w);
          continue;
        }
        for (const lang of LANGS) {
          const st = declensionStem(w, lang);
          if (st) this.stems.set(st, w);
        }
      }
    }
  }

  /** The phrase word that text word `f` (folded) spells, inflected or not; null if none. */
  private base(f: string): string | null {
    if (this.words.has(f)) return f;
    for (let k = 1; k <= 5 && f.length - k >= MIN_STEM; k++) {
      if (!SUFFIX_LANGS.has(f.slice(f.length - k))) continue;
      const stem = f.slice(0, f.length - k);
      if (this.exact.has(stem)) continue;
      if (this.words.has(stem)) return stem;
      const full = this.stems.get(stem);
      if (full) return full;
    }
    return null;
  }

  /**
   * Does a phrase end right before word t0 (side 'before'), or start right after word t1
   * (side 'after')? `at` is t0 or t1 accordingly.
   */
  touches(s: string, tk: Tokens, at: number): boolean {
    if (!this.size) return false;
    if (!this.built) this.build();
    const dir = this.side === 'before' ? -1 : 1;
    const first = at + dir;
    if (first < 0 || first >= tk.count) return false;
    if (!gapOk(s, tk, Math.min(at, first), dir < 0 && tk.end[first]! - tk.start[first]! <= MAX_ABBREVIATION)) return false;
    const edge = this.base(fold(s, tk, first));
    if (edge === null) return false;
    const list = this.byEdge.get(edge);
    if (!list) return false;
    next: for (const words of list) {
      for (let k = 1; k < words.length; k++) {
        const ti = first + dir * k;
        if (ti < 0 || ti >= tk.count || !gapOk(s, tk, Math.min(ti, ti - dir), false)) continue next;
        const want = words[dir < 0 ? words.length - 1 - k : k]!;
        if (this.base(fold(s, tk, ti)) !== want) continue next;
      }
      return true;
    }
    return false;
  }

  /**
   * German compounds: does the word right after word `at` (side 'after') have a one-word phrase
   * as its head ("Pferdewurst", "Afghanistan-Kochbuch"), or as its first part before a word for
   * a kind of it ("Käsesorten", "Teezeremonie")? German writes a noun and the nouns before it as
   * one word: its last part is what the compound is.
   */
  compoundTouches(s: string, tk: Tokens, at: number): boolean {
    if (!this.size || this.side !== 'after') return false;
    if (!this.built) this.build();
    const n = at + 1;
    if (n >= tk.count || !gapOk(s, tk, at, false)) return false;
    const w = fold(s, tk, n);
    // Every tail of the word that leaves a first part of MIN_COMPOUND_PART letters: the head
    // itself, or the head and an ending of the inflection list ("Kochbuchs", "Pferdewürste").
    for (let i = MIN_COMPOUND_PART; i <= w.length - MIN_COMPOUND_PART; i++) {
      const tail = w.slice(i);
      if (this.heads.has(tail)) return true;
      for (let k = 1; k <= 5 && tail.length - k >= MIN_COMPOUND_PART; k++) {
        if (SUFFIX_LANGS.has(tail.slice(tail.length - k)) && this.heads.has(tail.slice(0, tail.length - k))) return true;
      }
    }
    // A class noun first, then a word for a kind of it ("Käsesorten", "Teezeremonie"): only
    // those kind words, since "Teppichhändler" are traders and "Handwerkskammer" a chamber.
    for (const k of KIND_HEADS) {
      if (!w.endsWith(k) || w.length - k.length < 3) continue;
      const first = w.slice(0, w.length - k.length);
      if (this.words.has(first) || this.words.has(first.replace(/[sne]$/, ''))) return true;
    }
    return false;
  }
}

/** The head of a German compound has at least this many letters, and so has what precedes it. */
const MIN_COMPOUND_PART = 4;
/** Heads of German compounds that say "a kind of" the class noun before them (folded). */
const KIND_HEADS = ['Sorte', 'Sorten', 'Spezialität', 'Spezialitäten', 'Arten', 'Zeremonie', 'Rezept', 'Rezepte', 'Tradition', 'Kunst'].map(foldString);

const fold = (s: string, tk: Tokens, ti: number) => foldString(s.slice(tk.start[ti]!, tk.end[ti]!));

/** Words this short may be abbreviations followed by a period ("Mr. Ghani", "Dr. Azimi"). */
const MAX_ABBREVIATION = 3;

/** Is the separator between word ti and word ti+1 a soft gap (or ". " after an abbreviation)? */
function gapOk(s: string, tk: Tokens, ti: number, abbreviation: boolean): boolean {
  const a = tk.end[ti]!;
  const b = tk.start[ti + 1]!;
  if (softGap(s, a, b)) return true;
  return abbreviation && s.charCodeAt(a) === 0x2e && b - a > 1 && softGap(s, a + 1, b);
}
