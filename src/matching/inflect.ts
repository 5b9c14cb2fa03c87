/**
 * Inflection as the matcher understands it: a text word matches a gazetteer word when the text
 * word is the gazetteer word (or its declension stem) plus one ending from the list of the form's
 * language. We never derive new words (no "Iran" → "Irani" in English): derivations such as
 * "kasachisch", "афганский", "افغان" are gazetteer aliases, reviewed like code, and then inflect.
 *
 * All strings here are in folded form (see normalize.ts), so "ё" is written "е" and Arabic
 * "ي" is written "ی"; they are folded again at load time anyway so nobody has to remember that.
 */
import type { Lang } from '../shared/pack-types';
import { LANGS } from '../shared/pack-types';
import { foldText } from './normalize';
import { germanAdjectiveStem } from './german-adjectives';

/** Bit of a language in the per-edge language masks. */
export const LANG_BIT: Record<Lang, number> = Object.fromEntries(
  LANGS.map((l, i) => [l, 1 << i]),
) as Record<Lang, number>;
export const ALL_LANGS = (1 << LANGS.length) - 1;
export const ARABIC_LANGS = LANG_BIT.fa | LANG_BIT.ps;

/** A stem shorter than this never takes an ending: "US"+"s", "هند"… short names stay literal. */
export const MIN_STEM = 3;

const RU_ADJ = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему',
  'ым', 'им', 'ую', 'юю', 'ых', 'их', 'ыми', 'ими', 'ей'];

const RAW: Record<Lang, string[]> = {
  // Plural only; the possessive ('s, ’s) is a separate token and handled by the scanner.
  en: ['s', 'es'],
  // Noun cases (Kasachstans, Afghanen) and adjective endings (kasachischen, afghanischer).
  de: ['s', 'es', 'n', 'en', 'e', 'er', 'em', 'ern', 'ens'],
  // Noun cases for all three declensions, adjective endings (Токаевым, казахстанского via -ск-:
  // the relational adjective "X-ский" of a place is so regular that it counts as inflection).
  ru: [
    'а', 'я', 'у', 'ю', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'е', 'и', 'ы', 'ов', 'ев', 'ам', 'ям',
    'ами', 'ями', 'ах', 'ях',
    ...RU_ADJ,
    ...RU_ADJ.map((e) => 'ск' + e),
    'ском',
  ],
  // Genitive, dative, locative, ablative, accusative, instrumental, plural, possessive.
  kk: ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
    'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ды', 'ді',
    'ты', 'ті', 'ны', 'ні', 'н', 'мен', 'бен', 'пен', 'ы', 'і', 'сы', 'сі', 'лар', 'лер', 'дар',
    'дер', 'тар', 'тер'],
  // Attached plural, ezafe/adjective -ی (قزاقستانی, آسیای), indefinite, possessive -ش, را.
  fa: ['ها', 'های', 'هایی', 'ی', 'ای', 'یی', 'ش', 'را', 'ان', 'یان', 'یها', 'یهای'],
  // Oblique/plural endings and the attached postposition ته.
  ps: ['ه', 'ې', 'و', 'ي', 'ۍ', 'ونه', 'انو', 'ګان', 'ګانو', 'ګانې', 'یان', 'یانو', 'ته'],
};

/** Endings removed from a Russian form to get the stem its case forms share (Москва → москв-). */
const fold = (s: string) => foldText(s).text;
const uniqueSorted = (xs: string[]) => [...new Set(xs.map(fold))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

// Folded like the words they are cut from (folding turns й into и), longest first.
const RU_STEM_ENDINGS = uniqueSorted(['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ие', 'ые', 'ь', 'й', 'а', 'я',
  'о', 'е', 'ы', 'и']);

/** Languages (as a mask) whose ending list contains each ending. */
export const SUFFIX_LANGS = new Map<string, number>();
for (const lang of LANGS) {
  for (const s of uniqueSorted(RAW[lang])) SUFFIX_LANGS.set(s, (SUFFIX_LANGS.get(s) ?? 0) | LANG_BIT[lang]);
}

export type Script = 'latin' | 'cyrillic' | 'arabic';
const SCRIPT_LANGS: Record<Script, Lang[]> = {
  latin: ['en', 'de'],
  cyrillic: ['ru', 'kk'],
  arabic: ['fa', 'ps'],
};
/** Endings to try on a word of each script, longest first. */
export const SCRIPT_SUFFIXES: Record<Script, string[]> = {
  latin: uniqueSorted(SCRIPT_LANGS.latin.flatMap((l) => RAW[l])),
  cyrillic: uniqueSorted(SCRIPT_LANGS.cyrillic.flatMap((l) => RAW[l])),
  arabic: uniqueSorted(SCRIPT_LANGS.arabic.flatMap((l) => RAW[l])),
};

/**
 * The same endings keyed by their last folded unit: a word only tries the endings it can have.
 * Cyrillic words have over a hundred candidate endings (Russian and Kazakh), and trying them
 * all was most of the matcher's time on Russian text.
 */
export const SUFFIXES_BY_LAST: Record<Script, Map<number, string[]>> = {
  latin: byLast(SCRIPT_SUFFIXES.latin),
  cyrillic: byLast(SCRIPT_SUFFIXES.cyrillic),
  arabic: byLast(SCRIPT_SUFFIXES.arabic),
};

function byLast(suffixes: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const s of suffixes) {
    const c = s.charCodeAt(s.length - 1);
    const list = out.get(c);
    if (list) list.push(s);
    else out.set(c, [s]);
  }
  return out;
}

export function scriptOf(c: number): Script {
  if (c >= 0x0400 && c <= 0x052f) return 'cyrillic';
  if ((c >= 0x0600 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic';
  return 'latin';
}

/**
 * Russian neuter nouns in -ие (управление, землетрясение, соглашение) decline on the stem -и-
 * (управления, землетрясением): only their -е goes. Adjectives' plural -ие follows a velar or a
 * sibilant (казахские, общие), and the gazetteer writes adjectives in the singular, so a word in
 * -ие after any other letter is taken for such a noun.
 */
const RU_IE_ADJ = /[кгхжшщч]ие$/;

/**
 * Pashto feminine nouns in -ه and words in -ی (folded from ي and ۍ) put their oblique ending in
 * place of that last letter: کوټه → کوټې, اداره → ادارې, اتحادیه → اتحادیې, کراچي → کراچۍ.
 */
const PS_STEM_LAST = new Set(['ه', 'ی']);

/** The declension stem of one folded word of a form, or null where the word is its own stem. */
export function declensionStem(word: string, lang: Lang): string | null {
  if (lang === 'de') return germanAdjectiveStem(word);
  if (lang === 'ps') {
    return PS_STEM_LAST.has(word.charAt(word.length - 1)) && word.length - 1 >= MIN_STEM ? word.slice(0, -1) : null;
  }
  if (lang !== 'ru') return null;
  if (word.endsWith('ие') && !RU_IE_ADJ.test(word) && word.length - 1 >= MIN_STEM) return word.slice(0, -1);
  for (const e of RU_STEM_ENDINGS) {
    if (word.endsWith(e) && word.length - e.length >= MIN_STEM) return word.slice(0, -e.length);
  }
  return null;
}

/**
 * Attached prefixes (Persian ب/به "to", Pashto د "of", the conjunction و). Only in front of
 * Arabic-script forms of ≥ 4 letters, because short words + one letter are too often other words.
 * The mention starts after the prefix. Longest first.
 */
export const ARABIC_PREFIXES = ['به', 'ب', 'د', 'و'].map(fold);
export const MIN_PREFIXED_NAME = 4;

/**
 * German closed compounds where the name is the first part (Afghanistanhilfe). Only for names
 * of ≥ 6 letters and remainders of ≥ 4: short names (Iran, Kabul) start too many unrelated
 * words, and remainders of ≤ 3 letters are exactly the inflection endings, which the ending list
 * checks precisely. The mention is the name part only.
 */
export const MIN_COMPOUND_NAME = 6;
export const MIN_COMPOUND_REST = 4;
