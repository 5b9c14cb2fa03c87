/**
 * An entity's names in other languages, for its card in the panel: in one fixed order of languages,
 * each spelling once (Persian and Pashto often write a name alike: one entry, both languages).
 * Pure, so it is unit-tested.
 */
import type { Lang } from '../shared/pack-types';

const ORDER: readonly Lang[] = ['en', 'de', 'ru', 'kk', 'fa', 'ps'];

export interface OtherName {
  name: string;
  /** The languages that write it so, in ORDER; the first one tags the text. */
  langs: Lang[];
}

export function otherNames(names: Partial<Record<Lang, string>>, own: string): OtherName[] {
  const out: OtherName[] = [];
  const langs = [...ORDER, ...(Object.keys(names) as Lang[]).filter((l) => !ORDER.includes(l))];
  for (const lang of langs) {
    const name = names[lang];
    if (!name || name === own) continue;
    const same = out.find((o) => o.name === name);
    if (same) same.langs.push(lang);
    else out.push({ name, langs: [lang] });
  }
  return out;
}
