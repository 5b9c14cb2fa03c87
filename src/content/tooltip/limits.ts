/**
 * How many facts a tooltip shows; the rest are one click away in the fact panel. Its own file:
 * the detector's side asks the background for this many (index.ts) without bundling the model.
 */
export const TOP_FACTS = 4;
