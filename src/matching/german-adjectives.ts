/**
 * German adjectives in names: a gazetteer word such as "kasachische", "Kaspisches" or
 * "russische" is an attributive adjective, and German declines it on the stem before its ending
 * (kasachisch-e/-en/-er/-em/-es). The matcher's German endings attach to a stem, so without this
 * "Kaspisches Meer" could not match "des Kaspischen Meeres", nor "russische" "russischer".
 *
 * Only words in -sch + ending: the state and region adjectives (deutsche, russische, britische,
 * europäische, sowjetische, kasachisch-afghanisches). Written with an ending in the gazetteer, they
 * match only with one, so the bare word — the language noun „Russisch“, the adverb „auf
 * Deutsch“, a predicate „ist russisch“ — is never taken for the state. Folded words (ß → ss,
 * umlauts kept as folded by normalize.ts), as declensionStem receives them.
 */
const ADJ_ENDING = /sch(?:e|es|er|en|em)$/;

/** The stem of a folded German adjective in -sch + ending, or null for any other word. */
export function germanAdjectiveStem(word: string): string | null {
  const m = ADJ_ENDING.exec(word);
  if (!m) return null;
  const stem = word.slice(0, m.index + 3);
  return stem.length > 3 ? stem : null;
}
