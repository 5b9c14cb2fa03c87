/**
 * Mentions hold StaticRanges, not live ones. The engine updates every live Range of a document on
 * each change to the page's text (Chromium and Firefox both visit them all), so a page with
 * thousands of mentions would make its own text updates 20–25 times slower. A StaticRange costs
 * the page nothing; what needs a live Range (geometry, point tests) makes one here, on demand.
 * After the page changes a text, its mentions' offsets may be stale until that block is scanned
 * again (a few milliseconds): offsets are clamped, never trusted.
 */

/** Length of a node in boundary-point terms: characters of a text node, children of an element. */
function nodeLength(node: Node): number {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE
    ? (node as CharacterData).length
    : node.childNodes.length;
}

function setTo(range: Range, r: AbstractRange): Range {
  try {
    range.setStart(r.startContainer, Math.min(r.startOffset, nodeLength(r.startContainer)));
    range.setEnd(r.endContainer, Math.min(r.endOffset, nodeLength(r.endContainer)));
  } catch {
    // A doctype or a node of another document: a collapsed range, which has no rectangles.
    range.collapse(true);
  }
  return range;
}

/** A live Range over `r` of its own, for what keeps one (the open tooltip's anchor). */
export function liveRange(r: AbstractRange): Range {
  return r instanceof Range ? r : setTo((r.startContainer.ownerDocument ?? document).createRange(), r);
}

let scratch: Range | null = null;

/**
 * One shared live Range set to `r`, for a measurement made at once (rects, point tests): valid
 * until the next call. Shared, so that walking thousands of mentions leaves no ranges behind.
 */
export function rangeNow(r: AbstractRange): Range {
  if (r instanceof Range) return r;
  const doc = r.startContainer.ownerDocument ?? document;
  if (!scratch || scratch.startContainer.ownerDocument !== doc) scratch = doc.createRange();
  return setTo(scratch, r);
}

/** A StaticRange from its boundary points. */
export function staticRange(startContainer: Node, startOffset: number, endContainer: Node, endOffset: number): StaticRange {
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

export function sameRange(a: AbstractRange, b: AbstractRange): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Is the point (node, offset) within `r`? False for a point in another tree. */
export function holdsPoint(r: AbstractRange, node: Node, offset: number): boolean {
  if (r.startContainer === node && r.endContainer === node) return offset >= r.startOffset && offset <= r.endOffset;
  try {
    return rangeNow(r).isPointInRange(node, offset);
  } catch {
    return false;
  }
}
