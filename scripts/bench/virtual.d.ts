/** Served by scripts/bench/bundle.mjs: the gazetteer's entries (data/gazetteer.json, or --gazetteer). */
declare module 'virtual:bench-gazetteer' {
  import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
  const entries: GazetteerEntry[];
  export default entries;
}
