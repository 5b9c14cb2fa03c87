/** Public API of the matcher: pure TypeScript, shared by the build (Node) and the content script. */
export { compileMatcher, compileMatcherSliced, gazetteerForms, type MatcherOptions, type SlicedOptions } from './compile';
export { splitForms, splitLookalikes, type SplitForms } from './split-forms';
export { DEFAULT_WINDOW } from './ambiguity';
export { compileCues, cueEntities } from './cues';
export { GazetteerError, parseGazetteer } from './gazetteer-load';
export { formKey } from './forms';
export { foldKey, foldText, type Folded } from './normalize';
export { syntheticEntries } from './synthetic';
export type { Blocker, DocumentScan, Lookalikes, Match, Matcher, NameForm } from './types';
export { LookalikesError, parseLookalikes } from './lookalikes';
export { isOnTopic, shownMentions, topicEvidence, type ContextMarking, type ScopeOf, type TopicEvidence } from './scope';
export { matchDocument, OneSense } from './document';
