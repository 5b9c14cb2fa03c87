/**
 * Post-match rules for a place's name that names something else, by class of word and grammar
 * rather than by the name (docs/decisions/0272-names-built-on-places.md):
 * - a work, a person's epithet or a title built with "of": "The Bookseller of Kabul",
 *   "Mahmud of Ghazni", "Lord Roberts of Kandahar" (not "the Governor of Kandahar");
 * - a nisba, the place's adjective used as a surname: "مولانا جلال‌الدین محمد بلخی", "فاروق
 *   کابلي", "Ансари Герати" — and the bare nisba in the rest of the document;
 * - a product named after the place: "Herat carpets", "Balkh rug", "Kasachstan-Tassen";
 * - Persian آستانه "threshold, verge" before a word of limits or of time ("آستانه تحمل",
 *   "در آستانه بحران", "در آستانه نوروز");
 * - a head word beside any entity's name, not only a city's: "رود هلمند", "دانشگاه بلخ",
 *   "کابل ایګلز", "بلخ لیجنډز", "افغانستان پریمیر لیګ".
 * They know no entity types (the matcher's matches carry none), so each rule is one that holds for
 * any name it meets. Only removes marks. Pure.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';
import { besideHead, quotedTitle } from './name-parts';
import { homographSense } from './senses';
import { foldedWords, senseRules } from './sense-rules';
import type { Match } from './types';

interface PlaceRules {
  /** Capitalised English words before "of" that keep the place ("Governor of Kandahar"). */
  ofKeeps: ReadonlySet<string>;
  /** Given names and honorifics (folded) before which a place's adjective is a nisba. */
  givenNames: ReadonlySet<string>;
  /** Persian words (folded) after آستانه that make it "threshold, verge". */
  thresholdNext: ReadonlySet<string>;
  /** Words of the threshold sense of a place name, by that name as written (آستانه). */
  thresholdNames: ReadonlySet<string>;
  /** Persian light verbs (folded): "سفر کرد" is a verb, so آستانه before it is the city. */
  lightVerbs: ReadonlySet<string>;
  /** Nouns (folded) of products named after a place, right after its name ("Herat carpets"). */
  products: ReadonlySet<string>;
  /** Names of currencies (folded): a state's currency form in their sentence is the currency. */
  currencyWords: ReadonlySet<string>;
  /** Nouns of works (folded) that, in an apposition after a place's name, make it a title. */
  workNouns: ReadonlySet<string>;
  /** Ends of German compounds (folded) that make the name in front a people ("Kasachstandeutsche"). */
  peopleTails: readonly string[];
  /** Plural generic heads as written ("provinces", "ولایت‌های"): not part of a name's span. */
  pluralHeads: readonly string[];
}

let rules: PlaceRules | null = null;
function placeRules(): PlaceRules {
  if (rules) return rules;
  const d = ((raw as Record<string, unknown>).places ?? {}) as Record<string, unknown>;
  return (rules = {
    ofKeeps: new Set([...foldedWords(d.ofKeeps ?? {}, 'places.ofKeeps'), ...foldedWords((raw as Record<string, unknown>).stateHeads ?? {}, 'stateHeads')]),
    givenNames: foldedWords(d.givenNames ?? {}, 'places.givenNames'),
    thresholdNext: foldedWords(d.thresholdNext ?? {}, 'places.thresholdNext'),
    thresholdNames: new Set(Object.values((d.thresholdNames ?? {}) as Record<string, string[]>).flat()),
    products: foldedWords(d.products ?? {}, 'places.products'),
    lightVerbs: foldedWords(d.lightVerbs ?? {}, 'places.lightVerbs'),
    currencyWords: foldedWords(d.currencyWords ?? {}, 'places.currencyWords'),
    workNouns: foldedWords(d.workNouns ?? {}, 'places.workNouns'),
    peopleTails: [...foldedWords(d.peopleTails ?? {}, 'places.peopleTails')],
    pluralHeads: Object.values((d.pluralHeads ?? {}) as Record<string, string[]>).flat(),
  });
}

const isArabic = (c: number) => c >= 0x0600 && c <= 0x06ff;
const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
/** The word before `at`, across spaces (and a ZWNJ inside it), if there is one. */
const wordBefore = (s: string, at: number): string | null => /([\p{L}\p{M}\u200c'’-]+)[\s\u00a0]+$/u.exec(s.slice(Math.max(0, at - 40), at))?.[1] ?? null;
/** The word after `at`, across spaces or one hyphen. */
const wordAfter = (s: string, at: number): string | null => /^(?:[\s\u00a0]+|-)([\p{L}\p{M}\u200c]+)/u.exec(s.slice(at, at + 40))?.[1] ?? null;

/**
 * "<Capitalised word> of X": a title or an epithet ("The Bookseller of Kabul", "Mahmud of
 * Ghazni", "Lord Roberts of Kandahar", in German text as well, where English "of" is always part
 * of an English name), unless the word is one of the place's own: a governor, a province, its
 * fall, a ministry (`ofKeeps` and `stateHeads`). Not after "of the" ("Member States of the
 * United Nations", "King … of the United Kingdom"): the works and epithets this is about name a
 * city or a province, which takes no article.
 */
export function titleWithOf(s: string, start: number): boolean {
  // Cheap first: most names have no "of" before them.
  const of = s.lastIndexOf('of', start);
  if (of < 0 || start - of > 8) return false;
  const m = /(\p{Lu}[\p{L}\p{M}'’-]*)[\s\u00a0]+of[\s\u00a0]+$/u.exec(s.slice(Math.max(0, start - 60), start));
  if (!m) return false;
  return !placeRules().ofKeeps.has(foldString(m[1]!));
}

/** Persian and Pashto adjective endings of a place (کابلی، بلخی، کابلي). */
const ARABIC_ADJ = /[\u06cc\u064a]$/;

/**
 * A place's adjective as a surname, a nisba: in Arabic script the adjective after a given name or
 * an honorific (مولانا … بلخی, فاروق کابلي, سنایی غزنوی); in Cyrillic the name with -и, which
 * is no Russian case ending of a name ending in a consonant (Ансари Герати, not в Герате).
 */
export function nisba(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.start);
  if (m.text.length !== m.form.length + 1) return false;
  if (isCyrillic(c)) return /[и]$/u.test(m.text) && /[^аеёиоуыэюяйь]$/iu.test(m.form);
  if (!isArabic(c) || !ARABIC_ADJ.test(m.text) || ARABIC_ADJ.test(m.form)) return false;
  const before = wordBefore(s, m.start);
  return !!before && (placeRules().givenNames.has(foldString(before)) || SERVANT_NAME.test(before));
}

/**
 * Given names built on عبد "servant of" + a name of God (عبدالواحد، عبدالله، عبد الرحیم): an open
 * class no list holds, and never a place, so a place's adjective after one is a nisba.
 */
const SERVANT_NAME = /^عبد(?:ال|\u200c?ال)?[\u0600-\u06ff]{2,}$/u;

/**
 * A one-word Persian, Pashto or Latin-script name alone in guillemets or quotes is the name of something else — a weekly,
 * a book, a shop, a film («نیمروز», «قندهار», «هرات»): the languages quote titles and brands, not
 * a place they name in running text. Afghan news does quote people's full names («نور سلطان
 * نظربایف»), so only one word; longer quotations («کابل امن است») are speech and left alone.
 */
export function quotedAlone(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.start);
  const quoted = isArabic(c)
    ? s.charCodeAt(m.start - 1) === 0xab && s.charCodeAt(m.end) === 0xbb
    : // Latin script the same: the word "Kandahar", a label "Balkh", a fragrance „Balkh“. (Russian
      // quotes the names of firms and movements it means — «Талибан», «Атамекен» — so not Cyrillic.)
      c < 0x0250 && quotesHold(s, m);
  return quoted && !/\s/u.test(m.text);
}
const OPEN_QUOTES = new Set([0x22, 0x201c, 0x201e, 0xab, 0x2039, 0x2018]); // " “ „ « ‹ ‘
const CLOSE_QUOTES = new Set([0x22, 0x201d, 0x201c, 0xbb, 0x203a, 0x2019]); // " ” “ » › ’
/** Whether the quotes around `m` hold nothing but it. */
const quotesHold = (s: string, m: Match): boolean => OPEN_QUOTES.has(s.charCodeAt(m.start - 1)) && CLOSE_QUOTES.has(s.charCodeAt(m.end));

let legal: ReadonlySet<string> | null = null;
/** The legal forms of firms (data/sense-rules.json firms.legalForms), as written. */
const legalForms = (): ReadonlySet<string> => (legal ??= new Set(((raw as Record<string, unknown>).firms as { legalForms?: string[] } | undefined)?.legalForms ?? []));

/** A name followed by a firm's legal form, as a word: "Aral AG", "Kabul Ltd", "Astana GmbH". */
export function legalForm(s: string, m: Match): boolean {
  if (s.charCodeAt(m.end) !== 0x20 && s.charCodeAt(m.end) !== 0xa0) return false;
  // Cheap first: every legal form begins with a capital A–Z.
  const first = s.charCodeAt(m.end + 1);
  if (first < 0x41 || first > 0x5a) return false;
  const next = /^[\p{L}]+/u.exec(s.slice(m.end + 1, m.end + 12))?.[0];
  return !!next && legalForms().has(next);
}

/** A Latin-script name with a hyphen and one capital letter or digit is a brand's model: "Oral-B", "Kabul-7". */
export function modelLetter(s: string, m: Match): boolean {
  return s.charCodeAt(m.end) === 0x2d && /^[A-Z0-9](?![\p{L}\p{N}])/u.test(s.slice(m.end + 1, m.end + 3)) && s.charCodeAt(m.start) < 0x0250;
}

/** A state's currency form that is only ever the currency once the document uses it so (Pashto افغانۍ, not افغان). */
const CURRENCY_ONLY = /\u06cd$/u;

/** A product named after the place, the noun right after it ("Herat carpets", "Kasachstan-Tassen", "Balkh rug"). */
export function product(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.start);
  if (isArabic(c)) return false; // Persian and Pashto: the class nouns of lookalikes.json do this at candidate time
  const sep = s.charCodeAt(m.end);
  if (sep !== 0x20 && sep !== 0xa0 && sep !== 0x2d) return false;
  const next = wordAfter(s, m.end);
  return !!next && placeRules().products.has(foldString(next));
}

/**
 * Persian آستانه "threshold, verge" (Astana's Persian name is the same word): before a word of a
 * limit or a moment ("آستانه تحمل", "آستانه هشدار", "در آستانه بحران", "در آستانه فصل کشت").
 * The city is followed by a verb, a function word, punctuation or an apposition instead.
 */
export function threshold(s: string, m: Match): boolean {
  const r = placeRules();
  // The ezafe's hamza (آستانهٔ) is a combining mark, so the mention may end with it.
  const bare = m.text.charCodeAt(m.text.length - 1) === 0x0654 ? m.text.slice(0, -1) : m.text;
  if (!r.thresholdNames.has(bare)) return false;
  // Written with its ezafe (آستانهٔ, آستانه‌ی) the word always has a noun after it.
  if (bare !== m.text) return true;
  const tail = s.slice(m.end, m.end + 2);
  if (/^[\u0654\u06c0]|^\u200c\u06cc/.test(tail)) return true;
  const after = /^[\s\u00a0]+([\p{L}\p{M}\u200c]+)(?:[\s\u00a0]+([\p{L}\p{M}\u200c]+))?/u.exec(s.slice(m.end, m.end + 60));
  const next = after?.[1];
  if (!next || !r.thresholdNext.has(foldString(next.replace(/\u200c.*$/, '')))) return false;
  // "به آستانه سفر کرد": the word is part of a compound verb (travelled to Astana), not "the eve of the trip".
  return !(after[2] && r.lightVerbs.has(foldString(after[2])));
}

/** German: the name is the front of a compound for a people ("Kasachstandeutsche", "Russlanddeutscher"). */
export function peopleCompound(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.end);
  if (!(c >= 0x61 && c <= 0x7a)) return false;
  const tail = /^\p{Ll}+/u.exec(s.slice(m.end, m.end + 20))?.[0];
  return !!tail && placeRules().peopleTails.includes(foldString(tail));
}

/** How far either side of a currency form its sentence is read for another currency's name. */
const CURRENCY_SPAN = 100;

/**
 * A state's name that is also its currency (افغانۍ, afghani), in a sentence that names another
 * currency: "بیې په تنګې، ډالرو او افغانیو", "افغانۍ … د تنګې په پرتله" — prices, not the state.
 */
export function currencyBeside(s: string, m: Match): boolean {
  if (!senseRules().currencies.get(m.entity)?.has(m.text)) return false;
  const from = Math.max(0, m.start - CURRENCY_SPAN);
  const before = s.slice(from, m.start);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('؟'), before.lastIndexOf('!'));
  const after = s.slice(m.end, m.end + CURRENCY_SPAN);
  const end = after.search(/[.!؟]/);
  const sentence = (stop >= 0 ? before.slice(stop + 1) : before) + ' ' + (end >= 0 ? after.slice(0, end) : after);
  const words = placeRules().currencyWords;
  return (sentence.match(/[\p{L}\p{M}]+/gu) ?? []).some((w) => words.has(foldString(w)));
}

/**
 * A place's name with an apposition that says it is a work: "Kandahar, the 2023 action thriller",
 * „Kandahar, der Film von …“, «Кандагар», фильм … — at most three words before the work's noun.
 */
export function appositiveWork(s: string, end: number): boolean {
  if (s.charCodeAt(end) !== 0x2c) return false;
  const words = placeRules().workNouns;
  // The apposition up to the next punctuation, its first four words.
  const apposition = /^[^,.;:!?()\u060c]*/u.exec(s.slice(end + 1, end + 60))?.[0] ?? '';
  return (apposition.match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, 4).some((w) => words.has(foldString(w)));
}

/**
 * A mention that took in a plural generic head with its name ("Provinzen Samangan", "Laghman
 * provinces", "ولایت‌های تخار") is cut to the name: a head in the plural is shared by a list
 * of names and belongs to none of them (the annotation guidelines, rule 6).
 */
export function withoutPluralHead(m: Match): Match {
  if (!/[\s\u00a0]/.test(m.text)) return m; // one word: no head in it
  for (const h of placeRules().pluralHeads) {
    if (m.text.length <= h.length + 1) continue;
    if (m.text.startsWith(h) && /^[\s\u00a0]/.test(m.text.charAt(h.length))) {
      const cut = m.text.slice(h.length).match(/^[\s\u00a0]+/)![0].length + h.length;
      return { ...m, start: m.start + cut, text: m.text.slice(cut) };
    }
    if (m.text.endsWith(h) && /[\s\u00a0]$/.test(m.text.charAt(m.text.length - h.length - 1))) {
      const keep = m.text.slice(0, m.text.length - h.length).trimEnd();
      return { ...m, end: m.start + keep.length, text: keep };
    }
  }
  return m;
}

/**
 * A one-word Latin-script name written in lower case where its form is capitalised is the common
 * word: English "fine china", "turkey kebab" (a longer name keeps its lower-case words: "the fall of Kabul"). Adjectives listed in lower case (German "afghanisch")
 * have lower-case forms and are not asked.
 */
export function lowerCommonWord(m: Match): boolean {
  const c = m.text.charCodeAt(0);
  return c < 0x0250 && /^\p{Ll}/u.test(m.text) && /^\p{Lu}/u.test(m.form) && !/[\s\u00a0]/.test(m.text);
}

/** The block's mentions less those of a place's name that names something else (see the module's comment). */
export function dropPlaceSenses(s: string, matches: Match[], otherSenses?: Set<string>): Match[] {
  return matches.filter((m) => {
    if (otherSenses?.has(m.text) || lowerCommonWord(m)) return false;
    if (nisba(s, m)) {
      otherSenses?.add(m.text);
      return false;
    }
    if (currencyBeside(s, m)) {
      // One sense per document: the next افغانۍ "rises", "falls", is "strong" — still the currency.
      if (CURRENCY_ONLY.test(m.text)) otherSenses?.add(m.text);
      return false;
    }
    if (legalForm(s, m)) {
      // A firm's name: the document's later bare uses are the firm too ("die Aral AG … bei Aral").
      otherSenses?.add(m.text);
      return false;
    }
    if (besideHead(s, m.start, m.end) || homographSense(s, m.start, m.end) || quotedAlone(s, m) || modelLetter(s, m)) return false;
    // Latin script: a name inside a quoted title of capitalised words („Eine Steppenskizze aus
    // Mittelasien“); a whole name alone in quotes ("Kazakh Foreign Ministry") stays the name.
    if (s.charCodeAt(m.start) < 0x0250 && quotedTitle(s, m.start, m.end) && !quotesHold(s, m)) return false;
    if (s.charCodeAt(m.start) < 0x0600 && appositiveWork(s, m.end)) return false;
    if (s.charCodeAt(m.start) < 0x0400 && (titleWithOf(s, m.start) || product(s, m) || peopleCompound(s, m))) return false;
    if (isCyrillic(s.charCodeAt(m.start)) && product(s, m)) return false;
    return !threshold(s, m);
  }).map(withoutPluralHead);
}
