/**
 * Viewport first (decision 0291): on a long page, the names in view are marked before the frame's
 * reading reaches the end of the page, and one sense per document still holds once it has: a
 * surname in view that only the full name at the end resolves is marked afterwards, and a
 * provisional mark in view that the end of the page changes (a city's bare name by a sports word,
 * the club named at the end) is taken back, without moving the text.
 *
 * Asserted by the order of what the page sees (the CSS highlight registry, which the page shares
 * with the content script, polled from the page's own script), never by wall-clock time.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, mentionsUntil, startServer, type ExtensionBrowser, type TestServer } from './harness';

/** What the page's script records each time the set of marked texts changes. */
interface Seen {
  /** `id:text` of each highlighted range (the id of the paragraph holding it). */
  marked: string[];
  /** Where the first paragraph is (top, height): a mark must never move text. */
  top: [number, number];
}

const FILLER = 'The committee met again on Tuesday to discuss the timetable of the regional trains and the weather of the coming week. ';

function page(): string {
  const filler = Array.from({ length: 4000 }, (_, i) => `<p>${i} ${FILLER}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Viewport first</title>
<script>
  window.seen = [];
  let last = '';
  const snap = () => {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    const marked = [];
    for (const h of CSS.highlights.values()) {
      for (const r of h) {
        const p = r.startContainer.parentElement;
        marked.push((p && p.id ? p.id : '?') + ':' + r.startContainer.data.slice(r.startOffset, r.endOffset));
      }
    }
    marked.sort();
    const key = marked.join('|');
    if (key === last) return;
    last = key;
    const rect = document.getElementById('kz').getBoundingClientRect();
    window.seen.push({ marked, top: [rect.top, rect.height] });
  };
  setInterval(snap, 2);
  const frame = () => { snap(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
</script></head><body>
<p id="kz">Kazakhstan opened the talks.</p>
<p id="surname">Ghani spoke first.</p>
<p id="club">Astana’s supporters filled the stadium.</p>
${filler}
<p id="end">Ashraf Ghani left early. FC Astana won the league.</p>
</body></html>`;
}

describeInBrowsers('viewport first', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(undefined, { '/viewport-first.html': page() });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the names in view before the end of the page is read, and one sense per document holds after', async () => {
    const tab = await browser.newPage(server.url('/viewport-first.html'));
    try {
      // The whole page read: the surname in view resolved by the full name at its end.
      const mentions = await mentionsUntil(browser, '/viewport-first.html', (m) => m.some((x) => x.text === 'Ashraf Ghani') && m.some((x) => x.text === 'Ghani'));
      expect(mentions.map((m) => `${m.entity}:${m.text}`)).toEqual(
        expect.arrayContaining(['kazakhstan:Kazakhstan', 'ashraf-ghani:Ghani', 'ashraf-ghani:Ashraf Ghani']),
      );
      // The registry catches up with the detector's last flush.
      const seen = (await tab.waitFor(() => {
        const s = (window as unknown as { seen: Seen[] }).seen;
        const last = s[s.length - 1];
        return last && last.marked.includes('surname:Ghani') && !last.marked.includes('club:Astana') ? s : null;
      }))!;
      const first = seen.find((s) => s.marked.length > 0)!;
      console.log(`[viewport-first ${name}] ${seen.length} states of the marks: ${seen.map((s) => s.marked.join(',')).join(' → ')}`);
      // The first marks the page sees are in view, and were made before the reading reached the
      // end of the page: the surname is not resolved yet, the city's bare name not yet a club.
      expect(first.marked.length).toBeGreaterThan(0);
      for (const m of first.marked) expect(['kz:Kazakhstan', 'club:Astana']).toContain(m);
      expect(first.marked).not.toContain('surname:Ghani');
      const club = seen.findIndex((s) => s.marked.includes('club:Astana'));
      const surname = seen.findIndex((s) => s.marked.includes('surname:Ghani'));
      expect(club).toBeGreaterThanOrEqual(0);
      expect(surname).toBeGreaterThan(club);
      // The provisional mark is taken back once the end names the club, and not before.
      expect(seen.slice(0, club + 1).every((s) => !s.marked.includes('surname:Ghani'))).toBe(true);
      // After the whole page: the surname is marked, the provisional city mark taken back.
      const last = seen[seen.length - 1]!;
      expect(last.marked).toEqual(expect.arrayContaining(['kz:Kazakhstan', 'surname:Ghani']));
      expect(last.marked).not.toContain('club:Astana');
      // Marks never move text: the first paragraph stays where it was through every state.
      for (const s of seen) expect(s.top).toEqual(seen[0]!.top);
    } finally {
      await tab.close();
    }
  });
});
