/**
 * Numbers both sides of the tooltip use: the detector's side (index.ts, lazy.ts) without
 * bundling the model or the hover controller (decision 0300).
 */

/** How many facts a tooltip shows; the rest are one click away in the fact panel. */
export const TOP_FACTS = 4;

/** A tap that moved farther than this is a scroll or a drag, not a tap. */
export const TAP_SLOP_PX = 10;
