/**
 * What a frame's `page-mentions` reply says of its marks, bounded whatever the page: a page that
 * repeats a name 100,000 times made the reply (a list of every mention) block Firefox for about
 * 3 s and Chromium for 40 ms. The list stops at LISTED_MENTIONS, in document order; the tally —
 * one row per entity and form, so as long as the page's vocabulary, not its length — keeps every
 * count exact for the panel. Pure: the content script and its tests share it.
 */

export interface MentionTally {
  entity: string;
  text: string;
  count: number;
}

export interface MentionList {
  /** The first LISTED_MENTIONS mentions, in document order. */
  mentions: Array<{ entity: string; text: string }>;
  /** All of them. */
  total: number;
  /** Every entity and form with its count, in order of first appearance. */
  tally: MentionTally[];
}

export const LISTED_MENTIONS = 2_000;

export function listMentions(all: ReadonlyArray<{ entity: string; text: string }>, listed = LISTED_MENTIONS): MentionList {
  // Entity, then form: no key string built per mention (100,000 of them on a repeating page).
  const byEntity = new Map<string, Map<string, MentionTally>>();
  const tally: MentionTally[] = [];
  for (const m of all) {
    let forms = byEntity.get(m.entity);
    if (!forms) byEntity.set(m.entity, (forms = new Map<string, MentionTally>()));
    const row = forms.get(m.text);
    if (row) row.count++;
    else {
      const fresh = { entity: m.entity, text: m.text, count: 1 };
      forms.set(m.text, fresh);
      tally.push(fresh);
    }
  }
  const n = Math.min(listed, all.length);
  const mentions = new Array<{ entity: string; text: string }>(n);
  for (let i = 0; i < n; i++) mentions[i] = { entity: all[i]!.entity, text: all[i]!.text };
  return { mentions, total: all.length, tally };
}
