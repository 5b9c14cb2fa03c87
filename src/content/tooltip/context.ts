/**
 * The context of a hovered mention: the other entities named in its block (the paragraph, list
 * item or cell around it), nearest first. The card request carries them, so the facts that name
 * them rank first (src/store/queries.ts compareInContext).
 */
import type { Mention } from '../contracts';
import { blockOf } from '../detect/dom-rules';
import { sameMention } from './hover';

/** Enough for any paragraph; a page whose whole text is one block stays within the message's limit. */
export const MAX_CONTEXT = 16;

/**
 * Entities of the mentions in `mention`'s block, other than its own, nearest first, sorted at the
 * end so that the same paragraph gives the same card (and cache key) from any of its mentions.
 * `all` is in document order, so the block's mentions are the run around the mention's place.
 */
export function contextEntities(
  mention: Mention,
  all: readonly Mention[],
  blockOfNode: (node: Node) => unknown = blockOf,
): string[] {
  const at = all.findIndex((m) => sameMention(m, mention));
  if (at < 0) return [];
  const block = blockOfNode(mention.range.startContainer);
  if (!block) return [];
  const out = new Set<string>();
  const inBlock = (i: number): boolean => i >= 0 && i < all.length && blockOfNode(all[i]!.range.startContainer) === block;
  let left = at - 1;
  let right = at + 1;
  let goLeft = true;
  let goRight = true;
  while ((goLeft || goRight) && out.size < MAX_CONTEXT) {
    if (goRight) {
      if (inBlock(right)) out.add(all[right++]!.entity);
      else goRight = false;
    }
    if (goLeft && out.size < MAX_CONTEXT) {
      if (inBlock(left)) out.add(all[left--]!.entity);
      else goLeft = false;
    }
  }
  out.delete(mention.entity);
  return [...out].sort();
}
