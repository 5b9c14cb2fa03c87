/**
 * Search through the matcher, in the panel, in both browsers: a name in Latin, Cyrillic or
 * Persian script, or inflected, finds the same entity's facts (the sets compared, not counted);
 * each result says what it matched; a typo gets a suggestion that leads to the results. The
 * popup's matcher compile and the search's synchronous work are measured and printed, never asserted.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { typeQuery } from './harness/panel';

interface Shown {
  entities: Array<{ id: string; why: string }>;
  facts: Array<{ id: string; why: string }>;
  suggestions: string[];
}

/** Types the query and waits for what the panel shows for it. */
async function searchFor(popup: TestPage, query: string): Promise<Shown> {
  await typeQuery(popup, query);
  return shownFor(popup, query);
}

async function shownFor(popup: TestPage, query: string): Promise<Shown> {
  const shown = await popup.waitFor((query): Shown | null => {
    const section = Array.from(document.querySelectorAll('.search-results')).find((s) => s.getAttribute('data-query') === query);
    if (!section) return null;
    return {
      entities: Array.from(section.querySelectorAll('[data-entity]')).map((b) => ({
        id: b.getAttribute('data-entity')!,
        why: (b.querySelector('[data-why]')?.textContent ?? '').replace(/[\u2068\u2069]/g, ''),
      })),
      facts: Array.from(section.querySelectorAll('li.fact')).map((li) => ({
        id: li.getAttribute('data-fact')!,
        why: (li.querySelector('[data-why]')?.textContent ?? '').replace(/[\u2068\u2069]/g, ''),
      })),
      suggestions: Array.from(section.querySelectorAll('[data-suggestion]')).map((b) => b.getAttribute('data-suggestion')!),
    };
  }, query);
  return shown!;
}

/** The facts a query found through a name (not only by their words), as a sorted list of ids. */
const byName = (shown: Shown): string[] => shown.facts.filter((f) => f.why.includes('name:')).map((f) => f.id).sort();

describeInBrowsers('search through the matcher', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let popup: TestPage;
  let latin: string[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
    const url = server.url('/plain.html');
    await browser.newPage(url);
    const tabId = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), url);
    // The compile time, once per popup open: three opens, printed.
    const samples: string[] = [];
    for (let i = 0; i < 3; i++) {
      popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      samples.push(
        await popup.waitFor(() => {
          const [work] = performance.getEntriesByName('caravan-matcher-compile-work');
          const [wall] = performance.getEntriesByName('caravan-matcher-compile');
          return work && wall ? `${work.duration.toFixed(2)} (wall ${wall.duration.toFixed(2)} from ${wall.startTime.toFixed(0)})` : '';
        }),
      );
      if (i < 2) await popup.close();
    }
    console.log(`[${name}] popup matcher open (the packed index), ms of work: ${samples.join(', ')}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('isolates the matched text, so a right-to-left query keeps its place in the line', async () => {
    await searchFor(popup, 'قزاقستان');
    const raw = await popup.evaluate(() => document.querySelector('.search-results[data-query="قزاقستان"] [data-entity] [data-why]')?.textContent);
    expect(raw).toBe('name: \u2068قزاقستان\u2069 → \u2068Kazakhstan\u2069');
  });

  it('finds Kazakhstan\'s facts by its Latin name, and says the name matched', async () => {
    const shown = await searchFor(popup, 'Kazakhstan');
    expect(shown.entities[0]).toEqual({ id: 'kazakhstan', why: 'name: Kazakhstan → Kazakhstan' });
    latin = byName(shown);
    expect(latin.length).toBeGreaterThan(0);
    for (const f of shown.facts) expect(f.why).toMatch(/^(name: Kazakhstan → Kazakhstan|text)(; text)?$/);
    // Readable: the panel's text is at least 13 px (issue 19 item 4).
    const size = await popup.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.search-results li.fact [data-why]')!).fontSize));
    expect(size).toBeGreaterThanOrEqual(13);
  });

  it.each([
    ['Казахстан', 'Cyrillic'],
    ['قزاقستان', 'Persian'],
    ['Казахстана', 'a Russian genitive'],
    ['Kasachstans', 'a German genitive'],
  ])('finds the same facts by %s (%s)', async (query) => {
    const shown = await searchFor(popup, query);
    expect(shown.entities[0]).toEqual({ id: 'kazakhstan', why: `name: ${query} → Kazakhstan` });
    expect(byName(shown)).toEqual(latin);
  });

  it('finds a person by a surname typed alone in Cyrillic', async () => {
    const shown = await searchFor(popup, 'Токаев');
    expect(shown.entities[0]?.id).toBe('tokayev');
    expect(shown.entities[0]?.why).toMatch(/^name: Токаев → /);
    expect(byName(shown).length).toBeGreaterThan(0);
  });

  it('suggests the name a typo meant, and the suggestion leads to its results', async () => {
    const shown = await searchFor(popup, 'Kazakhtan');
    expect(shown.entities).toEqual([]);
    expect(shown.suggestions[0]).toBe('kazakhstan');
    await popup.click('[data-suggestion="kazakhstan"]');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#q')!.value)).toBe('Kazakhstan');
    expect(byName(await shownFor(popup, 'Kazakhstan'))).toEqual(latin);
  });

  it('keeps typing responsive: the synchronous parts of each search are measured and printed', async () => {
    await popup.evaluate(() => {
      performance.clearMeasures();
      const input = document.querySelector<HTMLInputElement>('#q')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    });
    await popup.type('Kazakhtan Tokayev');
    await shownFor(popup, 'Kazakhtan Tokayev');
    await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.type('Afganistn');
    const typo = await shownFor(popup, 'Afganistn');
    expect(typo.suggestions).toContain('afghanistan');
    const measures = await popup.evaluate(() =>
      ['caravan-query-names', 'caravan-suggest', 'caravan-matcher-compile'].map((n) => {
        const d = performance.getEntriesByName(n).map((e) => e.duration);
        return [n, d.length, d.length ? Math.max(...d) : 0] as const;
      }),
    );
    console.log(`[${name}] search work per query (name, count, max ms): ${JSON.stringify(measures.map(([n, c, m]) => [n, c, Number(m.toFixed(2))]))}`);
    // Debounced: far fewer searches than keystrokes.
    expect(measures[0]![1]).toBeGreaterThan(0);
    expect(measures[0]![1]).toBeLessThan('Kazakhtan TokayevAfganistn'.length);
  });
});
