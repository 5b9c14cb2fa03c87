/**
 * Quantities in a sentence: money with currency and scale, tonnes, percentages, counts of things,
 * ranks. A quantity is reported only when the text says what is counted (a unit, or at least a
 * scale word such as "Millionen"); a bare number is not a quantity. Every `text` is a substring of
 * the sentence passed in. Pure.
 */
import type { Quantity } from '../shared/pack-types';
import { foldKey } from '../matching/normalize';
import { baseLang, combineWords, numberWord, parseDigits, scaleWord, type NumberWord } from './numbers';
import { FA_PERSON_AFTER_TON, lookupApprox, lookupUnit, MAX_UNIT_WORDS, RANK_NOUNS, unitKey, type UnitDef } from './units';

interface Token {
  kind: 'num' | 'word' | 'sym' | 'punct';
  start: number;
  end: number;
  raw: string;
  /** Folded word, or the symbol itself. */
  key: string;
}

const TOKEN =
  /([0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,\u066b\u066c\u00a0\u202f\u2009'’][0-9\u06f0-\u06f9\u0660-\u0669]+)*)|([\p{L}\p{M}][\p{L}\p{M}\u200c\u200d]*)|([$€₸£₽%٪])|([^\s\-‐‑])/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ? 'num' : m[2] ? 'word' : m[3] ? 'sym' : 'punct';
    const raw = m[0];
    out.push({ kind, start: m.index, end: m.index + raw.length, raw, key: kind === 'word' ? foldKey(raw).replace(/ /g, '') : raw });
  }
  return out;
}

/** Tokens i and i+1 are joined only by spaces or hyphens (one phrase). */
function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && /^[\s\u00a0\u202f\-‐‑]*$/u.test(text.slice(a.end, b.start));
}

const EN_OF = new Set(['of']);
const RU_GROUPS = new Set(['ru', 'kk']);
/**
 * Words never skipped as adjectives between a number and its count noun: "2009 and 2018 Afghan
 * students" must not count 2018 students twice, "5 of the students" is not "5 students" of all.
 */
const STOP = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'there', 'than', 'und', 'oder', 'der', 'die', 'das', 'von', 'fur', 'im', 'am']);
const ABBREVIATED_SCALES = new Set(['тыс', 'млн', 'млрд', 'трлн', 'mio', 'mrd', 'tsd', 'bn', 'mln', 'bln']);
/** Verbs after which an English ordinal is a rank: "ranked 24th". */
const EN_RANK_VERBS = new Set(['ranked', 'ranks', 'placed']);
/** Ordinal suffixes glued to digits in English: "24th". */
const EN_ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

interface Parsed {
  value: number;
  approx: boolean;
  first: number;
  last: number;
  hasScale: boolean;
  yearLike: boolean;
  /** A lone German "ein/eine": the article as often as the number one. */
  article: boolean;
}

class Parser {
  private readonly t: Token[];
  constructor(
    private readonly text: string,
    private readonly lang: string,
  ) {
    this.t = tokenize(text);
  }

  run(): Quantity[] {
    const out: Quantity[] = [];
    for (let i = 0; i < this.t.length; ) {
      const q = this.glued(i) ? undefined : (this.rank(i) ?? this.amount(i));
      if (q && !this.glued(q.next - 1, true)) {
        out.push(q.quantity);
        i = q.next;
      } else i++;
    }
    return out;
  }

  /**
   * True where token i is glued to letters or digits outside the phrase (URLs, codes: "nvvd.01t2"):
   * at its start, or at its end when `atEnd`.
   */
  private glued(i: number, atEnd = false): boolean {
    const tok = this.t[i]!;
    if (atEnd) return /^[\p{L}\p{N}]/u.test(this.text.slice(tok.end, tok.end + 1)) && tok.kind !== 'sym';
    if (tok.kind !== 'num') return false;
    return /(\p{L}|[\p{L}\p{N}][./_])$/u.test(this.text.slice(Math.max(0, tok.start - 2), tok.start));
  }

  private quantity(first: number, last: number, value: number, unit: string, approx: boolean) {
    const text = this.text.slice(this.t[first]!.start, this.t[last]!.end);
    const quantity: Quantity = { text, value, unit };
    if (approx) quantity.approx = true;
    return { quantity, next: last + 1 };
  }

  /** "24th place", "24. Platz", "Platz 24", "24-е место", "رتبه ۲۴". */
  private rank(i: number) {
    const t = this.t;
    const a = t[i]!;
    if (a.kind === 'num') {
      const value = parseDigits(a.raw, this.lang);
      let j = i + 1;
      const suffix = t[j];
      // The ordinal mark is glued to the digits: "24th", "24.", "24-е".
      if (suffix && suffix.start === a.end && (EN_ORDINAL.has(suffix.key) || suffix.raw === '.')) j++;
      else if (suffix && joined(this.text, a, suffix) && /^(е|й|ое|м|ом)$/u.test(suffix.key) && this.text[a.end] === '-') j++;
      const prev = t[i - 1];
      if (j > i + 1 && EN_ORDINAL.has(t[j - 1]!.key) && prev && EN_RANK_VERBS.has(prev.key) && joined(this.text, prev, a)) {
        return this.quantity(i, j - 1, value, 'rank', false);
      }
      const noun = t[j];
      if (j > i + 1 && noun && joined(this.text, t[j - 1], noun) && RANK_NOUNS.has(noun.key) && Number.isInteger(value)) {
        return this.quantity(i, j, value, 'rank', false);
      }
      return undefined;
    }
    if (a.kind === 'word' && RANK_NOUNS.has(a.key) && t[i + 1]?.kind === 'num' && joined(this.text, a, t[i + 1])) {
      // "Platz 24" / "رتبه ۲۴"; "place 24" is not English usage but harmless.
      const value = parseDigits(t[i + 1]!.raw, this.lang);
      if (Number.isInteger(value) && value > 0 && value < 1000) return this.quantity(i, i + 1, value, 'rank', false);
    }
    return undefined;
  }

  /** [currency] number-or-magnitude [scale…] [of] [unit]. */
  private amount(i: number) {
    const t = this.t;
    let first = i;
    let prefix: UnitDef | undefined;
    // A currency before the amount is a symbol ("$ 3 billion", "US$", "€") or an ISO code ("USD 5").
    const pre = this.unitAt(i, (u) => u.kind === 'money' && (t[i]!.kind === 'sym' || /^(US|[A-Z]{3})$/.test(t[i]!.raw)));
    if (pre && t[pre.next] && joined(this.text, t[pre.next - 1], t[pre.next])) {
      prefix = pre.def;
      i = pre.next;
    }
    const n = this.number(i);
    if (!n) return undefined;
    if (!prefix) first = n.first;
    let j = n.last + 1;
    // English: "tens of millions of dollars", "half a billion of …" — "of" between amount and unit.
    if (baseLang(this.lang) === 'en' && t[j] && EN_OF.has(t[j]!.key) && (n.approx || n.hasScale) && joined(this.text, t[j - 1], t[j])) j++;
    const suffix = !prefix && joined(this.text, t[j - 1], t[j]) ? this.unitAt(j) : undefined;
    if (prefix) return this.quantity(first, n.last, n.value, prefix.unit, n.approx);
    if (suffix) {
      let unit = suffix.def.unit;
      if (suffix.def.kind === 'mass' && t[j]!.key === foldKey('تن')) {
        const after = t[suffix.next];
        if (after && FA_PERSON_AFTER_TON.has(after.key)) unit = 'people';
      }
      // A bare year is a date, not "2024 years"; German "ein(e)" is also the article ("ein paar Jahre").
      if (suffix.def.kind === 'count' && (n.yearLike || n.article)) return undefined;
      return this.quantity(first, suffix.next - 1, n.value, unit, n.approx);
    }
    const counted = this.countAfterAdjectives(n);
    if (counted) return counted;
    // A scale without a unit ("50-Millionen-Programm"): the size is stated, what it counts is not.
    if (n.hasScale && n.value >= 1e6) return this.quantity(first, n.last, n.value, 'unspecified', n.approx);
    return undefined;
  }

  /** "30 Afghan students", "viele afghanische Studenten": up to two adjectives before a count noun. */
  private countAfterAdjectives(n: Parsed) {
    if (n.yearLike || n.hasScale || n.article) return undefined;
    const lang = baseLang(this.lang);
    if (lang !== 'en' && lang !== 'de') return undefined;
    const t = this.t;
    for (let skip = 1; skip <= 2; skip++) {
      const words = t.slice(n.last + 1, n.last + 1 + skip);
      if (words.length < skip || words.some((w) => w.kind !== 'word' || STOP.has(w.key))) return undefined;
      if (!joined(this.text, t[n.last], words[0])) return undefined;
      for (let k = 1; k < words.length; k++) if (!joined(this.text, words[k - 1], words[k])) return undefined;
      const j = n.last + 1 + skip;
      const u = joined(this.text, t[j - 1], t[j]) ? this.unitAt(j) : undefined;
      if (u && u.def.kind === 'count') return this.quantity(n.first, u.next - 1, n.value, u.def.unit, n.approx);
      if (u) return undefined;
    }
    return undefined;
  }

  /** Longest unit phrase starting at token i. */
  private unitAt(i: number, accept: (u: UnitDef) => boolean = () => true): { def: UnitDef; next: number } | undefined {
    const t = this.t;
    let best: { def: UnitDef; next: number } | undefined;
    const keys: string[] = [];
    for (let j = i; j < t.length && j < i + MAX_UNIT_WORDS; j++) {
      if (j > i && !joined(this.text, t[j - 1], t[j])) break;
      if (t[j]!.kind === 'num' || t[j]!.kind === 'punct') break;
      keys.push(t[j]!.key);
      const def = lookupUnit(unitKey(keys.join(' ')), this.lang);
      if (def && accept(def)) best = { def, next: j + 1 };
    }
    return best;
  }

  /** A number in digits or words, with following scale words and a leading order of magnitude. */
  private number(i: number): Parsed | undefined {
    const t = this.t;
    const lang = this.lang;
    const a = t[i];
    if (!a) return undefined;
    let value: number;
    let last = i;
    let approx = false;
    let hasScale = false;
    let yearLike = false;
    let article = false;
    if (a.kind === 'num') {
      let raw = a.raw;
      // Russian groups thousands with spaces: "1 500 тонн".
      while (RU_GROUPS.has(baseLang(lang)) && t[last + 1]?.kind === 'num' && /^\d{3}$/.test(t[last + 1]!.raw) && this.text.slice(t[last]!.end, t[last + 1]!.start) === ' ') {
        raw += t[++last]!.raw;
      }
      value = parseDigits(raw, lang);
      if (!Number.isFinite(value)) return undefined;
      yearLike = last === i && /^[12]\d{3}$/.test(a.raw.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
    } else if (a.kind === 'word') {
      const magnitude = lookupApprox(a.key, lang);
      if (magnitude !== undefined) {
        value = magnitude;
        approx = true;
        // "tens of thousands": an "of" may join the magnitude to a scale word.
        const of = t[last + 1];
        if (of && EN_OF.has(of.key) && joined(this.text, a, of) && t[last + 2] && scaleWord(t[last + 2]!.raw, lang) !== undefined && joined(this.text, of, t[last + 2])) last++;
        hasScale = value >= 1000;
      } else {
        const words: NumberWord[] = [];
        let j = i;
        let end = -1;
        while (j < t.length && t[j]!.kind === 'word' && (j === i || joined(this.text, t[j - 1], t[j]))) {
          const w = numberWord(t[j]!.raw, lang);
          if (!w) break;
          words.push(w);
          if (combineWords(words) !== undefined) end = j;
          j++;
        }
        // "و سه هزار" / "and three thousand": the conjunction belongs to the text before.
        if (end < 0 || words[0]!.kind === 'and') return undefined;
        value = combineWords(words.slice(0, end - i + 1))!;
        hasScale = words.slice(0, end - i + 1).some((w) => w.kind === 'scale');
        last = end;
        article = lang === 'de' && end === i && value === 1;
      }
    } else return undefined;
    // Scale words after the number: "3 billion", "1 Milliarden", "500 тыс.", "۵۰ میلیون".
    while (t[last + 1] && joined(this.text, t[last], t[last + 1])) {
      const s = scaleWord(t[last + 1]!.raw, lang);
      if (s === undefined || s === 100) break;
      value *= s;
      hasScale = true;
      yearLike = false;
      article = false;
      last++;
      // An abbreviated scale keeps its period, so the unit after it still joins: "500 тыс. тонн".
      const dot = t[last + 1];
      if (ABBREVIATED_SCALES.has(t[last]!.key) && dot?.raw === '.' && dot.start === t[last]!.end) last++;
    }
    return { value: round(value), approx, first: i, last, hasScale, yearLike, article };
  }
}

/** Removes float noise from decimal × scale ("4.6 × 10^12"). */
function round(v: number): number {
  return Number(v.toPrecision(12));
}

/** Every quantity `sentence` states, in order of appearance, non-overlapping. */
export function extractQuantities(sentence: string, lang: string): Quantity[] {
  return new Parser(sentence, baseLang(lang)).run();
}
