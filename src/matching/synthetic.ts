/**
 * Synthetic gazetteer growth for the matcher benchmarks: `factor` × as many entries, the extra
 * ones shaped like the real ones (same languages, word counts, word lengths, scripts, flags) but
 * spelled with pseudo-random letters (words of ≤ 3 letters get a digit, so they do not spell real
 * words), so they stress the index without matching real text.
 * Deterministic (fixed-seed PRNG), so benchmark runs are comparable.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { formKey } from './forms';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщыэюя';
const ARABIC = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیټډړږښګڼې';

/** A seeded pseudo-random generator (mulberry32): the same texts on every run, here and in the property tests. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function alphabetOf(ch: string): string | null {
  const c = ch.toLowerCase().charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return LATIN;
  if (c >= 0x0430 && c <= 0x044f) return CYRILLIC;
  if (c >= 0x0620 && c <= 0x06ff) return ARABIC;
  if (/\p{L}/u.test(ch)) return LATIN;
  return null;
}

/** `base` followed by (factor − 1) × base.length synthetic entries. factor ≤ 1 returns `base` as is. */
export function syntheticEntries(base: readonly GazetteerEntry[], factor: number): GazetteerEntry[] {
  const out = [...base];
  const rnd = mulberry32(0xca7a);
  const taken = new Set<string>();
  for (const e of base) {
    for (const n of Object.values(e.names)) if (n) taken.add(formKey(n));
    for (const list of Object.values(e.aliases ?? {})) for (const a of list ?? []) taken.add(formKey(a));
  }
  const scramble = (s: string) => {
    for (let attempt = 0; ; attempt++) {
      let r = '';
      for (const ch of s) {
        const abc = alphabetOf(ch);
        if (!abc) {
          r += ch;
          continue;
        }
        const x = abc[Math.floor(rnd() * abc.length)]!;
        r += ch !== ch.toLowerCase() ? x.toUpperCase() : x;
      }
      // Short words (acronyms) would otherwise spell real words ("EU" → "OF"): give them a digit.
      r = r.replace(/(?<![\p{L}\p{N}])([\p{L}]{1,3})(?![\p{L}\p{N}])/gu, (w) => w + Math.floor(rnd() * 10));
      const k = formKey(r);
      if (!taken.has(k) || attempt > 20) {
        taken.add(k);
        return r;
      }
    }
  };
  for (let k = 1; k < factor; k++) {
    for (const e of base) {
      const map = new Map<string, string>();
      const tr = (s: string) => {
        let v = map.get(s);
        if (v === undefined) map.set(s, (v = scramble(s)));
        return v;
      };
      const names = Object.fromEntries(Object.entries(e.names).map(([l, n]) => [l, tr(n!)])) as GazetteerEntry['names'];
      const aliases = Object.fromEntries(
        Object.entries(e.aliases ?? {}).map(([l, list]) => [l, (list ?? []).map(tr)]),
      ) as GazetteerEntry['aliases'];
      out.push({
        id: `${e.id}-syn${k}`,
        type: e.type,
        scope: e.scope,
        names,
        aliases,
        ambiguous: e.ambiguous?.map(tr),
        caseSensitive: e.caseSensitive?.map(tr),
        context: e.context,
        description: `Synthetic copy ${k} of ${e.id}.`,
      });
    }
  }
  return out;
}
