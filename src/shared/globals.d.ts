/** Replaced by esbuild at build time (build.mjs). */
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __DEV__: boolean;

declare module 'virtual:fact-pack' {
  import type { FactPack } from './pack-types';
  const pack: FactPack;
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
