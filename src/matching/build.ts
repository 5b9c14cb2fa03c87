/**
 * The matcher's build entry: what build.mjs, the pack build, the benchmarks and the tests load in
 * Node, on top of the runtime entry. Nothing here may be imported by code a page loads
 * (jsonc-parser, split-form building and synthetic gazetteers would ship in content.js).
 */
export * from './runtime';
export { splitForms } from './split-forms';
export { GazetteerError, parseGazetteer } from './gazetteer-load';
export { syntheticEntries } from './synthetic';
