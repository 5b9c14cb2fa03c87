/**
 * A PDF as one of the reader's sources (issue 20), in real browsers: chosen on the options page,
 * read there by pdf.js (loaded only then, from the extension, its worker too; nothing fetched from
 * anywhere else), its paragraphs, title, author and date kept; a name it mentions then shows its
 * quote in a page's tooltip. PDFs made in the test with pdf-lib: English, Russian (an embedded
 * font) and Persian (the same, right to left); a damaged file, a locked one and a scan are refused with their sentences, storing nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { INPUT_MESSAGES_EN } from '../../src/reader/input';
import { damagedPdf, englishPdf, EN_QUOTE, FA_QUOTE, lockedPdf, persianPdf, russianPdf, RU_QUOTE, scannedPdf } from '../../src/reader/pdf-fixtures.test-data';
import { describeInBrowsers, REPO_ROOT, useBrowser, type TestPage } from './harness';
import { chooseFile, dropFile, mentionsOf, outcome, statusText } from './harness/reader-page';
import { centreOf, waitForTip } from './harness/tooltip-probe';

interface Listed {
  id: string;
  title: string;
  lang: string;
  author?: string;
  published?: string;
  facts: number;
}

/**
 * Records in the page every address it fetches (fetch, XHR) or starts a worker from. pdf.js is
 * given `useWorkerFetch: false`, so any font or CMap its worker wanted would be fetched here.
 */
const recordLoads = (page: TestPage): Promise<void> =>
  page.evaluate(() => {
    const w = window as unknown as { loads: string[] };
    w.loads = [];
    const fetch0 = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      w.loads.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
      return fetch0(input, init);
    };
    const open0 = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      w.loads.push(`xhr ${String(url)}`);
      return (open0 as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof open0;
    const Worker0 = window.Worker;
    window.Worker = class extends Worker0 {
      constructor(url: string | URL, options?: WorkerOptions) {
        w.loads.push(`worker ${String(url)}`);
        super(url, options);
      }
    };
  });
const loads = (page: TestPage): Promise<string[]> => page.evaluate(() => (window as unknown as { loads: string[] }).loads);

describeInBrowsers('a PDF among the reader’s sources', (name) => {
  const session = useBrowser(name);
  let options: TestPage;
  const listed = (): Promise<Listed[]> => session.browser.sendToBackground<Listed[]>({ type: 'reader-sources' });
  const quotesOf = async (entity: string, source: string): Promise<string[]> =>
    (
      await session.browser.sendToBackground<{ facts: Array<{ source: string; quote: string }> }>({ type: 'entity-card', params: { entity, limit: 50 } })
    ).facts
      .filter((f) => f.source === source)
      .map((f) => f.quote);

  it('reads an English PDF (pdf.js loaded only now, from the extension), keeps its metadata, and its quote shows in a tooltip', async () => {
    const { browser, server } = session;
    options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('#reader-none'), undefined, 20_000);
    // The options page does not carry pdf.js: it is its own file, imported when a PDF is chosen.
    const bundle = readFileSync(join(REPO_ROOT, 'extension', name === 'chromium' ? 'e2e-chrome' : 'e2e-firefox', 'options.js'), 'utf8');
    expect(bundle).not.toContain('GlobalWorkerOptions');
    expect(bundle).toContain('pdf-text.js');
    await recordLoads(options);

    const before = await statusText(options);
    await chooseFile(options, { name: 'flour.pdf', bytes: [...(await englishPdf())] });
    const said = await outcome(options, before);
    expect(said.kind).toBe('ok');
    expect(said.text).toMatch(/^Added “Flour for Mazar”: [1-9]\d* facts\.$/);
    const origin = await options.evaluate(() => location.origin);
    // pdf.js's worker from the extension; no CDN, and no font or CMap fetched from anywhere.
    expect(await loads(options)).toEqual([`worker ${origin}/pdf.worker.mjs`]);

    const source = (await listed()).find((s) => s.title === 'Flour for Mazar')!;
    expect(source).toMatchObject({ lang: 'en', author: 'Aigerim Sadykova', published: '2031-06-02' });
    // The paragraph the PDF broke over three lines (and a hyphen) is one sentence again.
    expect(await quotesOf('mazar-i-sharif', source.id)).toContain(EN_QUOTE);

    const page = await browser.newPage(server.url('/reader-factless.html'));
    await page.bringToFront();
    await mentionsOf(browser, '/reader-factless.html', 'mazar-i-sharif');
    const [x, y] = await centreOf(page, 'Mazar-i-Sharif');
    await page.mouseMove(x, y);
    await waitForTip(page, (t) => t.status === 'ready' && (JSON.parse(t.summaries!) as string[]).includes(EN_QUOTE), 'open with the PDF’s quote');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a Russian PDF set in an embedded font, dropped on the form', async () => {
    await options.bringToFront();
    const before = await statusText(options);
    await dropFile(options, { name: 'muka.pdf', bytes: [...(await russianPdf())] });
    const said = await outcome(options, before);
    expect(said.text).toMatch(/^Added “Мука для Мазари-Шарифа”: [1-9]\d* facts\.$/);
    const source = (await listed()).find((s) => s.title === 'Мука для Мазари-Шарифа')!;
    expect(source.lang).toBe('ru');
    expect(await quotesOf('mazar-i-sharif', source.id)).toContain(RU_QUOTE);
  });

  it('reads a Persian PDF in its logical order, and shows its quote right to left', async () => {
    const { browser, server } = session;
    await options.bringToFront();
    const before = await statusText(options);
    await chooseFile(options, { name: 'ard.pdf', bytes: [...(await persianPdf())] });
    expect((await outcome(options, before)).text).toMatch(/^Added “آرد برای مزار شریف”: [1-9]\d* facts\.$/);
    const source = (await listed()).find((s) => s.title === 'آرد برای مزار شریف')!;
    expect(source.lang).toBe('fa');
    expect(await quotesOf('mazar-i-sharif', source.id)).toEqual([FA_QUOTE]);
    const page = await browser.newPage(server.url('/reader-factless.html'));
    await page.bringToFront();
    await mentionsOf(browser, '/reader-factless.html', 'mazar-i-sharif');
    const [x, y] = await centreOf(page, 'Mazar-i-Sharif');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => (JSON.parse(t.summaries!) as string[]).includes(FA_QUOTE), 'open with the Persian quote');
    expect(tip.quotes!.split(' ')).toContain('fa:rtl:hidden');
    await page.close();
  });

  it('refuses a damaged PDF, a locked one and a scan, each with its sentence, storing nothing', async () => {
    const count = (await listed()).length;
    const cases: Array<[string, Uint8Array, keyof typeof INPUT_MESSAGES_EN]> = [
      ['damaged.pdf', damagedPdf(), 'readerPdfDamaged'],
      ['locked.pdf', await lockedPdf(), 'readerPdfLocked'],
      ['scan.pdf', await scannedPdf(), 'readerPdfNoText'],
    ];
    for (const [file, bytes, problem] of cases) {
      const before = await statusText(options);
      await chooseFile(options, { name: file, bytes: [...bytes] });
      expect(await outcome(options, before)).toEqual({ kind: 'error', text: `Not added: ${INPUT_MESSAGES_EN[problem]}` });
    }
    // Too large, as for any file: refused by its size before it is read.
    const before = await statusText(options);
    await chooseFile(options, { name: 'huge.pdf', size: 10_000_000 });
    expect(await outcome(options, before)).toEqual({ kind: 'error', text: `Not added: ${INPUT_MESSAGES_EN.readerTooLarge.replace('$1', '10.0 MB').replace('$2', '4.0 MB')}` });
    expect(await listed()).toHaveLength(count);
    for (const s of await listed()) await session.browser.sendToBackground({ type: 'remove-source', params: { source: s.id } });
    expect(options.errors).toEqual([]);
  });
});
