/**
 * A same-named town in another country, told by where the text puts it (decision 0273): in
 * Persian the name right after "شهر" (city) and followed by "در" and a country or province of
 * elsewhere ("شهر زابل در ایران", "شهر هرات در استان یزد"), or followed directly by such a
 * province as its locator ("هرات یزد", Herat of Yazd). Unlike a ship's name, the bare name later in
 * the document is NOT taken along: texts that contrast the two towns name the real one bare
 * (fresh6/fresh7 lost two true Herats each when it was). The words of elsewhere are data (sense-rules.json `elsewhere`), so a
 * state's own provinces never count; a state's name is never after "شهر", so states are safe. Pure.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';
import { foldedWords } from './sense-rules';
import type { Match } from './types';

let words: ReadonlySet<string> | null = null;
const elsewhere = () => (words ??= foldedWords(((raw as Record<string, unknown>).elsewhere as Record<string, unknown> | undefined)?.places ?? {}, 'elsewhere.places'));

const WORD = /^[\s\u00a0]+([\p{L}\p{M}\u200c]+)/u;
const CITY_BEFORE = /(?:^|[\s\u00a0])شهر[\s\u00a0]+$/u;

/** Whether the match is a same-named town elsewhere (see the module's comment). */
export function elsewhereTown(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.start);
  if (c < 0x0600 || c > 0x06ff) return false;
  const places = elsewhere();
  const next = WORD.exec(s.slice(m.end, m.end + 40))?.[1];
  if (!next) return false;
  if (places.has(foldString(next))) return true;
  if (next !== 'در' || !CITY_BEFORE.test(s.slice(Math.max(0, m.start - 10), m.start))) return false;
  const rest = /^[\s\u00a0]+در[\s\u00a0]+(?:استان[\s\u00a0]+)?([\p{L}\p{M}\u200c]+)/u.exec(s.slice(m.end, m.end + 60))?.[1];
  return !!rest && places.has(foldString(rest));
}

/** The block's mentions less same-named towns elsewhere. */
export function dropElsewhereTowns(s: string, matches: Match[]): Match[] {
  return matches.filter((m) => !elsewhereTown(s, m) && !namesakeAbroad(s, m));
}

interface Namesakes {
  towns: ReadonlySet<string>;
  locators: ReadonlySet<string>;
  abroad: ReadonlySet<string>;
  words: ReadonlySet<string>;
}
let namesakes: Namesakes | null = null;
function namesakeRules(): Namesakes {
  if (namesakes) return namesakes;
  const e = ((raw as Record<string, unknown>).elsewhere ?? {}) as Record<string, unknown>;
  const towns = e.namesakes ?? [];
  if (!Array.isArray(towns) || !towns.every((t) => typeof t === 'string')) throw new Error('data/sense-rules.json: elsewhere.namesakes must be a list of entity ids');
  return (namesakes = {
    towns: new Set(towns as string[]),
    locators: foldedWords(e.locators ?? {}, 'elsewhere.locators'),
    abroad: foldedWords(e.abroad ?? {}, 'elsewhere.abroad'),
    words: foldedWords(e.namesakeWords ?? {}, 'elsewhere.namesakeWords'),
  });
}

/** The clause after a name: up to a sentence's end, a semicolon or a bracket, at most 80 characters. */
const CLAUSE = /^[^.!?;:()\n]{0,80}/u;
const WORDS = /[\p{L}\p{M}'’-]+/gu;

/**
 * A namesake town in another country, in English, German or Russian (see data/sense-rules.json
 * `elsewhere.namesakesAbout`): the clause after the name puts it abroad, or a word before it says
 * namesake. Only for the towns listed there: "from Kandahar in Pakistan's trucks" must keep Kandahar.
 */
export function namesakeAbroad(s: string, m: Match): boolean {
  const r = namesakeRules();
  if (!r.towns.has(m.entity)) return false;
  const before = s.slice(Math.max(0, m.start - 24), m.start).match(WORDS) ?? [];
  const last = before.at(-1);
  if (last && (r.words.has(foldString(last)) || (before.length > 1 && r.words.has(foldString(`${before.at(-2)} ${last}`))))) return true;
  const words = (CLAUSE.exec(s.slice(m.end))?.[0] ?? '').match(WORDS) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!r.locators.has(foldString(words[i]!))) continue;
    const next = foldString(words[i + 1]!);
    if (r.abroad.has(next) || (i + 2 < words.length && r.abroad.has(`${next} ${foldString(words[i + 2]!)}`))) return true;
  }
  return false;
}
