/**
 * The matcher's runtime entry: what the content script (and any page) loads. Pure TypeScript.
 * Build-only code (reading the gazetteer and look-alikes files with jsonc-parser, CLDR names,
 * building split forms, synthetic gazetteers) lives behind ./build.ts, so none of it ships in
 * content.js.
 */
export { compileMatcher, compileMatcherSliced, gazetteerForms, type MatcherOptions, type SlicedOptions } from './compile';
export type { SplitForms } from './split-forms';
export { DEFAULT_WINDOW } from './ambiguity';
export { compileCues, cueEntities } from './cues';
export { formKey } from './forms';
export { foldKey, foldText, type Folded } from './normalize';
export type { Blocker, DocumentScan, Lookalikes, Match, Matcher, NameForm } from './types';
export { isOnTopic, shownMentions, topicEvidence, type ContextMarking, type ScopeOf, type TopicEvidence } from './scope';
export { matchDocument, OneSense } from './document';
