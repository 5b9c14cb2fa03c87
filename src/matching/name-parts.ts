/**
 * When a place name is a word of another name — a film, a band, a race, a hotel, a radio
 * station, a person — rather than the place: "Kabul Express", "Radio Kabul", "Tour of Almaty",
 * "Almaty-Marathon", «Кабул Серена», "India Mahdavi". Asked for city candidates (through
 * senses.ts) and for the mentions of a few states (document.ts). Pure.
 */
import { foldString } from './normalize';
import { senseRules, type SenseRules } from './sense-rules';

const OPEN = new Set([0xab, 0x201e, 0x22]); // « „ "
const CLOSE = new Set([0xbb, 0x201c, 0x22]); // » “ "
const OPEN_LATIN = new Set([0xab, 0x201e, 0x201c, 0x22, 0x2039]); // « „ “ " ‹
const CLOSE_LATIN = new Set([0xbb, 0x201c, 0x201d, 0x22, 0x203a]); // » “ ” " ›
/** A name in guillemets is at most this long: «Кабул Серена», not a quoted sentence. */
const MAX_QUOTED = 40;
/** How far either side the text is read to tell English from German, and Title Case. */
const AROUND = 200;

const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
const isArabic = (c: number) => c >= 0x0600 && c <= 0x06ff;
const isUpperLatin = (ch: string) => /^\p{Lu}/u.test(ch) && /^\p{Script=Latin}/u.test(ch);

/**
 * Is s[start, end) a word of another name? `capitalised`: also when a capitalised word follows
 * it in English text (for names, not adjectives: "India Mahdavi", not "Afghan Red Crescent").
 */
export function partOfAnotherName(s: string, start: number, end: number, capitalised = true): boolean {
  return quotedName(s, start, end) || besideHead(s, start, end) || (capitalised && capitalisedNext(s, start, end));
}

/**
 * A Cyrillic name in quotes (an Arabic-script one alone in guillemets): alone («Астана» обыграла «Тобол», гостиница «Казахстан»), or with
 * other words inside short guillemets («Кабул Серена»). Russian quotes the names of clubs,
 * companies, hotels and venues, never a place's.
 */
export function quotedName(s: string, start: number, end: number): boolean {
  const alone = OPEN.has(s.charCodeAt(start - 1)) && CLOSE.has(s.charCodeAt(end));
  // Persian and Pashto quote the names of films, shops and restaurants too (رستوران «کابل»);
  // only the name alone, since their guillemets also open quoted speech («کابل امن است»).
  if (isArabic(s.charCodeAt(start))) return alone;
  // Latin script: the name alone in quotes is a title (the film „Kabul“, the restaurant “Kabul”).
  if (!isCyrillic(s.charCodeAt(start))) return (OPEN_LATIN.has(s.charCodeAt(start - 1)) && CLOSE_LATIN.has(s.charCodeAt(end))) || quotedTitle(s, start, end);
  if (alone) return true;
  const open = s.lastIndexOf('\u00ab', start);
  if (open < 0 || start - open > MAX_QUOTED || s.lastIndexOf('\u00bb', start) > open) return false;
  const close = s.indexOf('\u00bb', end);
  // A name opens with a capital («Кабул Серена»); quoted speech need not («воротами к Ирану»).
  return close >= 0 && close - open <= MAX_QUOTED && !/[.!?]/.test(s.slice(open, close)) && !/^\s*\p{Ll}/u.test(s.slice(open + 1, start));
}

/** Lower-case words a quoted title may hold ("The Swallows of Kabul", „Drachen über Kabul“). */
const TITLE_SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'from', 'to', 'on', 'von', 'der', 'die', 'das', 'und', 'aus', 'im', 'über', 'nach', 'de', 'la', 'le']);

/**
 * Latin script: the name inside short quotes with other words, all of them capitalised but for
 * a few small words — a title (“Afghan Girl”, „Kabul Kitchen“, "Kazakh Eli"), where quoted
 * speech has lower-case words ("Kabul is safe") and is left alone, and so is a quoted name
 * with a word of the state's own (data/sense-rules.json stateHeads).
 */
export function quotedTitle(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= MAX_QUOTED; i--) {
    const c = s.charCodeAt(i);
    if (OPEN_LATIN.has(c)) {
      open = i;
      break;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || CLOSE_LATIN.has(c)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = end; i < s.length && i - open <= MAX_QUOTED; i++) {
    const c = s.charCodeAt(i);
    if (CLOSE_LATIN.has(c) && (c !== 0x201c || s.charCodeAt(open) === 0x201e)) {
      close = i;
      break;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || (OPEN_LATIN.has(c) && c !== 0x22)) return false;
  }
  if (close < 0) return false;
  const words = s.slice(open + 1, close).match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? [];
  // Not a name of the state's own ("the so-called “Islamic Emirate of Afghanistan”").
  const own = senseRules().stateHeads;
  return words.length >= 2 && words.every((w) => (/^[\p{Lu}\p{N}]/u.test(w) && !own.has(w)) || TITLE_SMALL.has(w));
}

/** The head words by their word next to the name: the first word of `after`, the last of `before`. */
let heads: { rules: SenseRules; after: Map<string, string[]>; before: Map<string, string[]> } | null = null;
function headIndex(): NonNullable<typeof heads> {
  const r = senseRules();
  if (heads?.rules !== r) {
    const index = (list: readonly string[], edge: RegExp) => {
      const m = new Map<string, string[]>();
      for (const h of list) {
        const k = edge.exec(h)?.[0] ?? h;
        m.set(k, [...(m.get(k) ?? []), h]);
      }
      return m;
    };
    heads = { rules: r, after: index(r.headsAfter, /^[\p{L}\p{M}\p{N}]+/u), before: index(r.headsBefore, /[\p{L}\p{M}\p{N}]+$/u) };
  }
  return heads;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A lowercase head word followed by a capitalised word heads that next name, not the one before
 * it: "в Алматы проспект Достык" is Almaty and Dostyk Avenue, not an avenue named Almaty.
 */
function headsNextName(s: string, head: string, after: number): boolean {
  const first = head.charAt(0);
  if (first === first.toUpperCase()) return false;
  return (s.charAt(after) === ' ' || s.charAt(after) === '\u00a0') && /^\p{Lu}/u.test(s.charAt(after + 1));
}
/** Opening quotes a name may stand in after its head word (« „ “ "). */
const OPEN_BEFORE = new Set([0xab, 0x201e, 0x201c, 0x22]);
const WORD_OR_MARK = /[\p{L}\p{M}\p{N}]/u;

/**
 * A head word of data/sense-rules.json right after ("Kabul Express", "Almaty-Marathon") or before
 * ("Radio Kabul"). Looked up by the one word next to the name, not tried one by one: every
 * mention of a city or a state asks.
 */
export function besideHead(s: string, start: number, end: number): boolean {
  const ix = headIndex();
  const sep = s.charAt(end);
  // A lowercase adjective before a head word is the state's thing: "im afghanischen Markt".
  if ((sep === ' ' || sep === '\u00a0' || sep === '-') && !/^\p{Ll}/u.test(s.charAt(start))) {
    const word = /^[\p{L}\p{M}\p{N}]+/u.exec(s.slice(end + 1, end + 40))?.[0];
    for (const h of (word && ix.after.get(word)) || []) {
      if (s.startsWith(h, end + 1) && !WORD_CHAR.test(s.charAt(end + 1 + h.length)) && !headsNextName(s, h, end + 1 + h.length)) return true;
    }
  }
  // The head may stand before the name's opening quote: кинофестиваль «Евразия», das Café „Herat“.
  const quoted = OPEN_BEFORE.has(s.charCodeAt(start - 1)) ? 1 : 0;
  const gap = s.charAt(start - 1 - quoted);
  if (gap === ' ' || gap === '\u00a0') {
    const edge = start - 1 - quoted;
    let from = edge;
    while (from > 0 && edge - from <= 40 && WORD_OR_MARK.test(s.charAt(from - 1))) from--;
    const word = s.slice(from, edge);
    for (const h of (word && ix.before.get(word)) || []) {
      const at = edge - h.length;
      if (at >= 0 && s.startsWith(h, at) && (at === 0 || !WORD_CHAR.test(s.charAt(at - 1)))) return true;
    }
  }
  return false;
}

/**
 * English only: a name followed by a capitalised word that is not a function word, a weekday or
 * a month, in running text (not a Title Case headline), is part of a longer name: "Kabul
 * Dreams", "Kabul Serena Hotel", "India Mahdavi". German capitalises every noun ("in Kabul
 * Gespräche"), so German text is left to the head words. `except`: capitalised words that do
 * not make a longer name here (after a demonym, the state's own: "Afghan Taliban").
 */
export function capitalisedNext(s: string, start: number, end: number, except?: ReadonlySet<string>): boolean {
  if (s.charCodeAt(end) !== 0x20 && s.charCodeAt(end) !== 0xa0) return false;
  const next = /^[\p{L}\p{M}]+/u.exec(s.slice(end + 1, end + 40))?.[0];
  const r = senseRules();
  if (!next || !isUpperLatin(next) || r.notHeads.has(next) || except?.has(next)) return false;
  const words = s.slice(Math.max(0, start - AROUND), end + AROUND).match(/[\p{L}\p{M}]+/gu) ?? [];
  let en = 0;
  let de = 0;
  let lower = 0;
  for (const w of words) {
    const f = foldString(w);
    if (r.englishWords.has(f)) en++;
    if (r.germanWords.has(f)) de++;
    if (!/^\p{Lu}/u.test(w)) lower++;
  }
  // English running text: more English function words than German, and mostly lower case.
  return en >= 2 && en > de && lower * 2 > words.length;
}

/**
 * Is the text around [start, end) German running text, or mostly in another script — where an
 * English word ("Afghan", "Kazakh" are no German or Russian words) can only be part of an English
 * name quoted in it: das Foto Afghan Girl, фильм Kazakh Eli.
 */
export function foreignAround(s: string, start: number, end: number): boolean {
  const words = s.slice(Math.max(0, start - AROUND), end + AROUND).match(/[\p{L}\p{M}]+/gu) ?? [];
  const r = senseRules();
  let en = 0;
  let de = 0;
  let latin = 0;
  for (const w of words) {
    const f = foldString(w);
    if (r.englishWords.has(f)) en++;
    if (r.germanWords.has(f)) de++;
    if (/^\p{Script=Latin}/u.test(w)) latin++;
  }
  return (de >= 2 && de > en) || latin * 2 < words.length;
}

/** The capitalised word right after [.., end), as written, if there is one after a space. */
export function capitalisedWordAfter(s: string, end: number): string | null {
  if (s.charCodeAt(end) !== 0x20 && s.charCodeAt(end) !== 0xa0) return null;
  const next = /^[\p{L}\p{M}]+/u.exec(s.slice(end + 1, end + 40))?.[0];
  return next && isUpperLatin(next) ? next : null;
}
