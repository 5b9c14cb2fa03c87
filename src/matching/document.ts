/**
 * Matching over a whole document (a page's blocks, a corpus text) rather than one string: the
 * place for rules that need what the document said before, such as one sense per document.
 * Pure. Provisional: today each block is matched on its own.
 */
import type { Match, Matcher } from './types';

export function matchDocument(matcher: Matcher, blocks: readonly string[]): Match[][] {
  return blocks.map((b) => matcher.match(b));
}
