/**
 * Precision in the browser (issue 16, item 3): look-alikes are not marked, names inside
 * identifiers are not, the possessive stays outside a mention, and a surname alone is marked
 * anywhere on a page that names its person in full or with a title — across blocks, beyond the
 * 400-character window, and also in a block scanned before the full name appeared.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer, mentionsUntil as pollMentions } from './harness';

interface PageMention {
  entity: string;
  text: string;
}

const PATH = '/precision.html';

describeInBrowsers('precision', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: TestPage;
  let expected: PageMention[];

  const mentionsUntil = (done: (m: PageMention[]) => boolean): Promise<PageMention[]> => pollMentions<PageMention>(browser, PATH, done);

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
    page = await browser.newPage(server.url(PATH));
    expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as PageMention[]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the surname after the full name and nothing of the look-alikes or identifiers', async () => {
    expect(await mentionsUntil((m) => m.length >= expected.length)).toEqual(expected);
    expect(page.errors).toEqual([]);
  });

  it('marks a surname scanned earlier once the page names its person in full', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'President Hamid Karzai visited Almaty.';
      document.body.insertBefore(p, document.getElementById('expected'));
    });
    const after = await mentionsUntil((m) => m.length === expected.length + 3);
    expect(after).toEqual([
      { entity: 'hamid-karzai', text: 'Karzai' },
      ...expected,
      { entity: 'hamid-karzai', text: 'Hamid Karzai' },
      { entity: 'almaty', text: 'Almaty' },
    ]);
  });
});
