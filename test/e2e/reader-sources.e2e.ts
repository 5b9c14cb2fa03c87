/**
 * The reader's own sources (issue 20), end to end with the real background and fact store: a text
 * added on the options page is derived in the background, its quote shows in the tooltip of a name
 * it mentions, it leaves an open tooltip when turned off, travels through export and import, comes
 * back after the fact database is deleted, and goes when removed; malformed documents are refused
 * with their sentences and nothing is stored. Also measures how long a 1 MB document takes to
 * derive, and what the page's main thread saw meanwhile (reported, never asserted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { INPUT_MESSAGES_EN } from '../../src/reader/input';
import { describeInBrowsers, REPO_ROOT, useBrowser, type TestPage } from './harness';
import { chooseFile, fill, mentionsOf, outcome, statusText } from './harness/reader-page';
import { centreOf, sleep, waitClosed, waitForTip, type Rects } from './harness/tooltip-probe';

const QUOTE = 'Kazakhstan and Afghanistan agreed on 3 March 2031 to send 777 wagons of flour through Hairatan.';
const TEXT = ['Grain notes', QUOTE, 'The weather was mild that spring.'].join('\n');

interface Card {
  facts: Array<{ id: string; source: string; quote: string; sourceInfo: { reader?: unknown } }>;
}
interface Listed {
  id: string;
  title: string;
  facts: number;
}

const sentence = (key: keyof typeof INPUT_MESSAGES_EN, ...args: string[]): string =>
  args.reduce<string>((s, a, i) => s.replace(`$${i + 1}`, a), INPUT_MESSAGES_EN[key]);

describeInBrowsers('the reader’s own sources', (name) => {
  const session = useBrowser(name);
  let sourceId = '';
  let options: TestPage;
  let page: TestPage;

  const card = (): Promise<Card> => session.browser.sendToBackground<Card>({ type: 'entity-card', params: { entity: 'hairatan', limit: 50 } });
  const listed = (): Promise<Listed[]> => session.browser.sendToBackground<Listed[]>({ type: 'reader-sources' });
  const mine = async (): Promise<Card['facts']> => (await card()).facts.filter((f) => f.source === sourceId);

  it('adds a pasted text on the options page; the tooltip of a name it mentions shows its quote', async () => {
    const { browser, server } = session;
    options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('#reader-none'), undefined, 20_000);
    await fill(options, { '#reader-title': 'Grain notes', '#reader-text': TEXT });
    await options.click('#reader-add');
    const added = await outcome(options, '');
    expect(added).toEqual({ kind: 'ok', text: 'Added “Grain notes”: 1 facts.' });
    const list = await listed();
    expect(list).toHaveLength(1);
    sourceId = list[0]!.id;
    expect(list[0]).toMatchObject({ title: 'Grain notes', lang: 'en', facts: 1 });
    await options.waitFor((id) => document.querySelector(`#reader-sources li[data-source="${id}"] .fact-count[data-count="1"]`), sourceId);
    // Listed once, in its own section, not among the bundled sources.
    expect(await options.evaluate((id) => document.querySelectorAll(`[data-source="${id}"]`).length, sourceId)).toBe(1);

    const facts = await mine();
    expect(facts.map((f) => f.quote)).toEqual([QUOTE]);
    expect(TEXT.slice(TEXT.indexOf(QUOTE), TEXT.indexOf(QUOTE) + QUOTE.length)).toBe(facts[0]!.quote);
    expect(facts[0]!.sourceInfo.reader).toBeTruthy();

    page = await browser.newPage(server.url('/reader.html'));
    await page.bringToFront();
    await mentionsOf(browser, '/reader.html', 'hairatan');
    const [x, y] = await centreOf(page, 'Hairatan');
    await page.mouseMove(x, y);
    const open = await waitForTip(page, (t) => t.status === 'ready' && (JSON.parse(t.summaries!) as string[]).includes(QUOTE), 'open with the reader’s quote');
    // Both countries, a figure and the latest date: it ranks first; its quote stands where a summary would, in English, left to right.
    expect((JSON.parse(open.summaries!) as string[])[0]).toBe(QUOTE);
    expect(open.quotes!.split(' ')[0]).toBe('en:ltr:hidden');
    const pin = (JSON.parse(open.rects!) as Rects).pin!;
    await page.mouseClick(pin[0], pin[1]);
    await waitForTip(page, (t) => t.pinned === 'true', 'pinned');
  });

  it('is found by the panel’s search and shown in the source view, with its quote and badged as yours', async () => {
    const { browser } = session;
    const factId = (await mine())[0]!.id;
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('#q'), undefined, 20_000);
    await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      input.value = 'wagons flour';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shown = await popup.waitFor((id) => {
      const li = document.querySelector(`.search-results li.fact[data-fact="${id}"]`);
      const summary = li?.querySelector<HTMLElement>('.fact-summary');
      return li && summary
        ? { text: summary.textContent, lang: summary.lang, dir: summary.dir, badge: li.querySelector('.reader-badge')?.textContent ?? null }
        : null;
    }, factId, 20_000);
    expect(shown).toEqual({ text: QUOTE, lang: 'en', dir: 'ltr', badge: 'Yours' });
    await popup.close();

    const view = await browser.openExtensionPage(`source.html?source=${encodeURIComponent(sourceId)}&fact=${encodeURIComponent(factId)}`);
    const doc = await view.waitFor(() => {
      const h1 = document.querySelector('h1');
      const mark = document.querySelector('.doc mark');
      return h1 && mark ? { title: h1.textContent, badge: h1.querySelector('.reader-badge')?.textContent?.trim() ?? null, marked: mark.textContent } : null;
    }, undefined, 20_000);
    expect(doc).toEqual({ title: 'Grain notes Yours', badge: 'Yours', marked: QUOTE });
    expect(view.errors).toEqual([]);
    await view.close();
    await page.bringToFront();
  });

  it('turned off on the options page, its facts leave the open tooltip; turned on, they come back', async () => {
    await options.bringToFront();
    const checkbox = `#reader-sources li[data-source="${sourceId}"] input[type=checkbox]`;
    await options.click(checkbox);
    const off = await waitForTip(page, (t) => !(JSON.parse(t.summaries!) as string[]).includes(QUOTE), 'without the reader’s quote');
    expect(off.pinned).toBe('true');
    await options.click(checkbox);
    await waitForTip(page, (t) => (JSON.parse(t.summaries!) as string[])[0] === QUOTE, 'with the reader’s quote again');
  });

  it('travels through export and import, with its id and facts', async () => {
    // Catch the export's download in the page: the file's text, as the reader would save it.
    await options.evaluate(() => {
      const w = window as unknown as { caught?: Promise<string> };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) w.caught = fetch(this.href).then((r) => r.text());
      };
    });
    await options.click('#export');
    const file = (await options.waitFor(async () => (await (window as unknown as { caught?: Promise<string> }).caught) ?? null))!;
    const backup = JSON.parse(file) as { readerSources: Array<{ id: string; text: string; title: string }>; schema: number };
    expect(backup.schema).toBe(1);
    expect(backup.readerSources).toEqual([expect.objectContaining({ id: sourceId, text: TEXT, title: 'Grain notes', lang: 'en' })]);

    await options.click(`#reader-sources li[data-source="${sourceId}"] [data-action="remove"]`);
    await options.waitFor(() => document.querySelector('#reader-none'));
    expect(await listed()).toEqual([]);
    expect(await mine()).toEqual([]);

    await options.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'caravan-backup.json', { type: 'application/json' }));
      const input = document.querySelector<HTMLInputElement>('#import')!;
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    const result = await options.waitFor(() => document.querySelector('#import-result [data-outcome]')?.textContent ?? null, undefined, 60_000);
    expect(result).toContain('Imported 1 sources of yours');
    expect((await listed()).map((s) => [s.id, s.facts])).toEqual([[sourceId, 1]]);
    expect((await mine()).map((f) => f.quote)).toEqual([QUOTE]);
  });

  it('comes back when the fact database is deleted', async () => {
    const { browser } = session;
    await browser.bridge.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.deleteDatabase('caravan');
          r.onsuccess = () => resolve();
          r.onerror = () => reject(new Error(String(r.error)));
        }),
    );
    // The next message opens a new database, seeds the pack, and derives the kept text again.
    let facts: Card['facts'] = [];
    for (let i = 0; i < 200 && !facts.length; i++) {
      facts = await mine().catch(() => []);
      if (!facts.length) await sleep(100);
    }
    expect(facts.map((f) => f.quote)).toEqual([QUOTE]);
    expect((await listed()).map((s) => s.id)).toEqual([sourceId]);
  });

  it('refuses malformed documents, each with its sentence, storing nothing', async () => {
    await options.bringToFront();
    const cases: Array<[() => Promise<void>, string]> = [
      [() => chooseFile(options, { name: 'empty.txt', bytes: [] }), sentence('readerEmpty')],
      [() => chooseFile(options, { name: 'photo.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] }), sentence('readerBinary')],
      [() => chooseFile(options, { name: 'huge.txt', size: 10_000_000 }), sentence('readerTooLarge', '10.0 MB', '4.0 MB')],
      [() => chooseFile(options, { name: 'report.docx', text: 'PK' }), sentence('readerFileType', 'report.docx')],
      [
        async () => {
          await fill(options, { '#reader-title': 'Chinese', '#reader-text': '哈萨克斯坦和阿富汗签署了协议。' });
          await options.click('#reader-add');
        },
        sentence('readerLanguage'),
      ],
    ];
    for (const [act, said] of cases) {
      const before = await statusText(options);
      await act();
      expect(await outcome(options, before)).toEqual({ kind: 'error', text: `Not added: ${said}` });
    }
    expect((await listed()).map((s) => s.id)).toEqual([sourceId]);
  });

  it('goes, with its facts, when removed', async () => {
    await options.click(`#reader-sources li[data-source="${sourceId}"] [data-action="remove"]`);
    await options.waitFor(() => document.querySelector('#reader-none'));
    expect(await listed()).toEqual([]);
    expect(await mine()).toEqual([]);
  });

  it('tells an open tab at once: a name only a new source speaks of is marked and its tooltip quotes it; removed, the mark goes', async () => {
    const { browser, server } = session;
    const MAZAR = 'Kazakhstan sent 500 tonnes of flour through Hairatan to Mazar-i-Sharif in Afghanistan in May 2031.';
    // Mazar-i-Sharif has no fact in the pack: with "hide" it is not marked, Hairatan (facts) is.
    const names = async (): Promise<string[]> =>
      (await browser.sendToTab<{ mentions: Array<{ entity: string }> }>('/reader-factless.html', { type: 'page-mentions' })).mentions.map((m) => m.entity);
    const until = async (test: (n: string[]) => boolean, what: string): Promise<string[]> => {
      for (let i = 0; i < 100; i++) {
        const n = await names();
        if (test(n)) return n;
        await sleep(100);
      }
      throw new Error(`the open tab never ${what}: ${JSON.stringify(await names())}`);
    };
    await browser.bridge.evaluate(() => window.caravanBridge.browser.storage.sync.set({ 'setting.factlessEntities': 'hide' }));
    const tab = await browser.newPage(server.url('/reader-factless.html'));
    try {
      await mentionsOf(browser, '/reader-factless.html', 'hairatan');
      expect(await names()).toEqual(expect.arrayContaining(['kazakhstan', 'afghanistan', 'hairatan']));
      expect(await names()).not.toContain('mazar-i-sharif');
      // The page is never loaded again: this survives.
      await tab.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      // Hairatan's tooltip stays open (pinned) while the source is added: it is to show the new quote.
      await tab.bringToFront();
      const [hx, hy] = await centreOf(tab, 'Hairatan');
      await tab.mouseMove(hx, hy);
      const first = await waitForTip(tab, (t) => t.status === 'ready' && t.placed === 'true', 'open on Hairatan');
      expect(JSON.parse(first.summaries!) as string[]).not.toContain(MAZAR);
      const pin = (JSON.parse(first.rects!) as Rects).pin!;
      await tab.mouseClick(pin[0], pin[1]);
      await waitForTip(tab, (t) => t.pinned === 'true', 'pinned');

      await options.bringToFront();
      await fill(options, { '#reader-title': 'Mazar notes', '#reader-text': MAZAR });
      const said = await statusText(options);
      await options.click('#reader-add');
      expect(await outcome(options, said)).toEqual({ kind: 'ok', text: 'Added “Mazar notes”: 1 facts.' });
      const added = (await listed()).find((s) => s.title === 'Mazar notes')!;

      await tab.bringToFront();
      await until((n) => n.includes('mazar-i-sharif'), 'marked Mazar-i-Sharif');
      expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      // The open tooltip fetched its card again: the new quote is in it, and it is still pinned.
      const refreshed = await waitForTip(tab, (t) => (JSON.parse(t.summaries!) as string[]).includes(MAZAR), 'Hairatan’s open tooltip with the new quote');
      expect(refreshed.pinned).toBe('true');
      const close = (JSON.parse(refreshed.rects!) as Rects).close!;
      await tab.mouseClick(close[0], close[1]);
      await waitClosed(tab);
      const [x, y] = await centreOf(tab, 'Mazar-i-Sharif');
      await tab.mouseMove(x, y);
      const tip = await waitForTip(tab, (t) => t.status === 'ready' && (JSON.parse(t.summaries!) as string[]).includes(MAZAR), 'open with the new source’s quote');
      expect(tip.title).toContain('Mazar');

      await options.bringToFront();
      await options.click(`#reader-sources li[data-source="${added.id}"] [data-action="remove"]`);
      await options.waitFor((id) => !document.querySelector(`#reader-sources li[data-source="${id}"]`), added.id);
      await until((n) => !n.includes('mazar-i-sharif'), 'unmarked Mazar-i-Sharif');
      expect(await names()).toContain('hairatan');
      expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
      await browser.bridge.evaluate(() => window.caravanBridge.browser.storage.sync.remove('setting.factlessEntities'));
    }
  });

  it('shows its progress while a long text derives, then lists it', async () => {
    await options.bringToFront();
    const long = Array.from({ length: 3000 }, (_, i) => `Kazakhstan sent ${i + 1} wagons of wheat to Afghanistan in May 2024.`).join('\n');
    await fill(options, { '#reader-title': 'Long notes', '#reader-text': long });
    const before = await statusText(options);
    await options.click('#reader-add');
    const seen = await options.waitFor(() => {
      const p = document.querySelector<HTMLProgressElement>('#reader-progress');
      return p && p.value > 0 ? { value: p.value, max: p.max } : null;
    }, undefined, 60_000);
    expect(seen!.max).toBe(long.length);
    expect(seen!.value).toBeLessThanOrEqual(long.length);
    const done = await outcome(options, before);
    expect(done.kind).toBe('ok');
    expect(done.text).toMatch(/^Added “Long notes”: \d+ facts\.$/);
    expect(await options.evaluate(() => document.querySelector('#reader-progress'))).toBeNull();
    const added = (await listed()).find((s) => s.title === 'Long notes')!;
    expect(added.facts).toBe(3000);
    await session.browser.sendToBackground({ type: 'remove-source', params: { source: added.id } });
  });

  it('adds the open page’s article from the panel, with its title, address, author and date', async () => {
    const { browser, server } = session;
    const article = await browser.newPage(server.url('/reader-article.html'));
    await article.bringToFront();
    await mentionsOf(browser, '/reader-article.html', 'hairatan');
    const panel = await browser.openPopupFor(article);
    await panel.waitFor(() => document.querySelector('#add-page'), undefined, 20_000);
    await panel.click('#add-page');
    const said = await panel.waitFor(() => {
      const p = document.querySelector<HTMLElement>('#add-page-status');
      return p && (p.dataset.outcome === 'ok' || p.dataset.outcome === 'error') ? `${p.dataset.outcome}: ${p.textContent}` : null;
    }, undefined, 60_000);
    expect(said).toMatch(/^ok: Added “Flour trains reach Hairatan” to your sources: [1-9]\d* facts\.$/);
    const added = (await browser.sendToBackground<Array<Listed & { url?: string; author?: string; published?: string; lang: string }>>({ type: 'reader-sources' })).find((s) => s.url === server.url('/reader-article.html'))!;
    expect(added).toMatchObject({ title: 'Flour trains reach Hairatan', author: 'Aigerim Sadykova', published: '2031-04-02', lang: 'en' });
    const facts = (await card()).facts.filter((f) => f.source === added.id);
    expect(facts.map((f) => f.quote)).toContain('Kazakhstan and Afghanistan agreed on 1 April 2031 to run 45 flour trains a month through Hairatan, the border crossing on the Amu Darya.');
    // Only the article: no navigation or footer text became a fact.
    for (const f of facts) expect(f.quote).not.toMatch(/Home|rights reserved/);
    await browser.sendToBackground({ type: 'remove-source', params: { source: added.id } });
    expect(panel.errors).toEqual([]);
    await panel.close();
    await article.close();
  });

  it('derives a 1 MB document in the background (timed and reported; the open page’s main thread watched)', async () => {
    const { browser } = session;
    const base = readFileSync(join(REPO_ROOT, 'corpus', '002_bfcd83a5795febfb.txt'), 'utf8');
    const text = base.repeat(Math.ceil(1_000_000 / base.length)).slice(0, 1_000_000);
    await page.bringToFront();
    // The page's view of its own main thread: long tasks where the browser reports them, and the
    // longest gap between 10 ms timers (Firefox has no Long Tasks API).
    const watch = (): Promise<void> => page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; maxGap: number; stop: boolean };
      w.longTasks = [];
      w.maxGap = 0;
      w.stop = false;
      const o = window as unknown as { observer?: PerformanceObserver };
      o.observer?.disconnect();
      if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
        o.observer = new PerformanceObserver((l) => w.longTasks.push(...l.getEntries().map((e) => Math.round(e.duration))));
        o.observer.observe({ type: 'longtask' });
      }
      let last = performance.now();
      const tick = (): void => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
        if (!w.stop) setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });
    const watched = (): Promise<{ longTasks: number[]; maxGapMs: number }> =>
      page.evaluate(() => {
        const w = window as unknown as { longTasks: number[]; maxGap: number; stop: boolean };
        w.stop = true;
        return { longTasks: w.longTasks, maxGapMs: Math.round(w.maxGap) };
      });
    // The control: the same page watched for 3 s while nothing of Caravan's runs (on a shared
    // machine other processes alone make gaps and long tasks).
    await watch();
    await sleep(3000);
    const idle = await watched();
    // A second control: the same 3 s with this test's own Node process keeping a core busy, which
    // is what the background's derivation does to a 2-core machine (any long task seen then is
    // the machine's, not the page's own work).
    await watch();
    const until = Date.now() + 3000;
    while (Date.now() < until) Math.sqrt(Math.random());
    const busy = await watched();
    await watch();
    const t0 = Date.now();
    const result = await browser.sendToBackground<{ source: string; facts: number }>({ type: 'add-source', params: { title: 'One megabyte', text } });
    const ms = Date.now() - t0;
    const seen = await watched();
    console.log(
      `[${name}] 1 MB document (${text.length} chars) derived and stored in ${ms} ms: ${result.facts} facts; ` +
        `open page meanwhile: long tasks ${JSON.stringify(seen.longTasks)}, longest timer gap ${seen.maxGapMs} ms; ` +
        `idle control (3 s): long tasks ${JSON.stringify(idle.longTasks)}, longest gap ${idle.maxGapMs} ms; ` +
        `busy-core control (3 s): long tasks ${JSON.stringify(busy.longTasks)}, longest gap ${busy.maxGapMs} ms`,
    );
    expect(result.facts).toBeGreaterThan(100);
    const stored = await listed();
    expect(stored.find((s) => s.id === result.source)).toMatchObject({ length: text.length, facts: result.facts });
    await browser.sendToBackground({ type: 'remove-source', params: { source: result.source } });
    expect(page.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });
});
