/** Replaced by esbuild at build time (build.mjs). */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The fact pack, derived by the build (build.mjs). (An `import` here, relative inside an ambient module, left it untyped.) */
declare module 'virtual:fact-pack' {
  const pack: import('./pack-types').FactPack;
  export default pack;
}

/** The gazetteer's forms split by the build (build.mjs): JSON text of a SplitForms. */
declare module 'virtual:split-forms' {
  const json: string;
  export default json;
}

/** The gazetteer's entities (build.mjs): JSON text of a GazetteerEntry[]. */
declare module 'virtual:gazetteer' {
  const json: string;
  export default json;
}

/** data/lookalikes.json checked against the gazetteer (build.mjs): JSON text of a Lookalikes. */
declare module 'virtual:lookalikes' {
  const json: string;
  export default json;
}

/** The matcher packed by the build (build.mjs, src/matching/packed-build.ts; decision 0220). */
declare module 'virtual:matcher-index' {
  const index: import('../matching/packed-format').PackedIndex;
  export default index;
}

/** Which sources hold a fact about each entity (build.mjs): JSON text of a FactSources (src/content/mark-rules.ts). */
declare module 'virtual:fact-sources' {
  const json: string;
  export default json;
}

/** The gazetteer's cue terms (build.mjs): JSON text of a Record<entity id, string[][]>. */
declare module 'virtual:gazetteer-cues' {
  const json: string;
  export default json;
}

/** The version of the gate's full keys this build writes and reads (build.mjs, decision 0280). */
declare module 'virtual:gate-keys-version' {
  const version: string;
  export default version;
}

/** The gate's full keys and their version, for the background to store (decision 0280). */
declare module 'virtual:gate-keys' {
  export const version: string;
  export const keys: string;
  /** The first pass's expressions (decision 0282). */
  export const first: string;
}
