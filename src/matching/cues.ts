/**
 * Name-less fact linking for the fact deriver: a sentence is linked to an entity when every term
 * of one of the entity's `cues` groups occurs in it as a word start ("earthquake" + "herat" cues
 * the 2023 Herat earthquake even where no name of the event is written). Word START, not whole
 * word, so terms reach inflected and compound forms ("earthquakes", "Erdbebenhilfe") without an
 * ending list; cue authors choose terms long enough for that to be safe.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { foldKey } from './normalize';

export interface CompiledCues {
  /** Entity ids cued by `sentence` (folded or not), sorted, without duplicates. */
  entities(sentence: string): string[];
}

/** Precompiles the cue groups of `entries` (terms folded with foldKey; empty groups ignored). */
export function compileCues(entries: readonly GazetteerEntry[]): CompiledCues {
  const groups: { entity: string; terms: string[] }[] = [];
  for (const e of entries) {
    for (const g of e.cues ?? []) {
      const terms = g.map(foldKey).filter(Boolean);
      if (terms.length) groups.push({ entity: e.id, terms });
    }
  }
  return {
    entities(sentence: string): string[] {
      // foldKey is idempotent, so an already-folded sentence is fine; the padding space makes
      // "word start" a plain substring test: " " + term.
      const hay = ' ' + foldKey(sentence);
      const out = new Set<string>();
      for (const g of groups) {
        if (out.has(g.entity)) continue;
        if (g.terms.every((t) => hay.includes(' ' + t))) out.add(g.entity);
      }
      return [...out].sort();
    },
  };
}

/** One-shot form of compileCues(entries).entities(sentence). */
export function cueEntities(foldedSentence: string, entries: readonly GazetteerEntry[]): string[] {
  return compileCues(entries).entities(foldedSentence);
}
