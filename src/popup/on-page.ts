/** Which entities a page mentions, where, and how often: for the panel's choices and the side panel's stepper. Pure. */

/** An entity the page mentions: the first frame that does, and how many times there. */
export interface OnPage {
  frame: number;
  count: number;
}

/** Each entity's first frame (in the order the frames answered) and its count in that frame (mentions, or tallies with a `count`). */
export function entitiesOnPage(mentions: ReadonlyArray<{ entity: string; frameId: number; count?: number }>): Map<string, OnPage> {
  const out = new Map<string, OnPage>();
  for (const m of mentions) {
    const seen = out.get(m.entity);
    if (!seen) out.set(m.entity, { frame: m.frameId, count: m.count ?? 1 });
    else if (seen.frame === m.frameId) seen.count += m.count ?? 1;
  }
  return out;
}
