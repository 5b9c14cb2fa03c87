/**
 * Where a frame's matcher and entity metadata come from: one seam, so how the matcher ships
 * (JSON compiled in the page today; a prebuilt index, issue 18) changes here and nowhere else.
 */
import gazetteerJson from 'virtual:gazetteer';
import lookalikesJson from 'virtual:lookalikes';
import splitJson from 'virtual:split-forms';
import factSourcesJson from 'virtual:fact-sources';
import { compileMatcherSliced, type SplitForms } from '../matching/runtime';
import type { Lookalikes, Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { EntityMeta, FactSources } from './mark-rules';
import { pickYield } from './detect/slicer';

let entries: GazetteerEntry[] | null = null;
/** Parsed once, by the first of the matcher or the mark rules to need it. */
const gazetteer = (): GazetteerEntry[] => (entries ??= JSON.parse(gazetteerJson) as GazetteerEntry[]);

let factSources: FactSources | null = null;
export const factSourcesOf = (): FactSources => (factSources ??= JSON.parse(factSourcesJson) as FactSources);

/** Scopes, types and fact sources: built the first time a mention is found (decision 0190). */
export function entityMeta(): EntityMeta {
  const byId = new Map(gazetteer().map((e) => [e.id, e]));
  return {
    scopeOf: (id) => byId.get(id)?.scope,
    typeOf: (id) => byId.get(id)?.type,
    factSources: factSourcesOf(),
  };
}

let matcher: Promise<Matcher> | null = null;
/**
 * Compiled on first use (a paused site or a frame without text never pays for it), in slices
 * of a few ms: a frame's first compile runs cold, and as one task it would block the page.
 * The gazetteer and its split forms ship as JSON text (build.mjs), parsed here: cheaper than
 * object literals, and a frame that never compiles never parses them.
 */
export function loadMatcher(): Promise<Matcher> {
  return (matcher ??= compileMatcherSliced(gazetteer(), {
    split: JSON.parse(splitJson) as SplitForms,
    lookalikes: JSON.parse(lookalikesJson) as Lookalikes,
    yieldFn: pickYield(),
  }));
}
