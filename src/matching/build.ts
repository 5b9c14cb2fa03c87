/**
 * The matcher's build entry: what build.mjs, the pack build, the benchmarks and the tests load in
 * Node, on top of the runtime entry. Nothing here may be imported by code a page loads
 * (jsonc-parser, CLDR, split-form building and synthetic gazetteers would ship in content.js).
 */
export * from './runtime';
export { splitForms, splitLookalikes } from './split-forms';
export { GazetteerError, parseGazetteer } from './gazetteer-load';
export { loadGazetteer } from './gazetteer-file';
export { LookalikesError, parseLookalikes } from './lookalikes';
export { loadLookalikes } from './lookalikes-file';
export { syntheticEntries } from './synthetic';
