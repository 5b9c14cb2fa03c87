import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestServer } from './harness';

describeInBrowsers('foundation', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the background, which answers a typed message', async () => {
    const reply = await browser.sendToBackground<{ ok: boolean; version: string }>({ type: 'ping' });
    expect(reply).toEqual({ ok: true, version: '0.1.0' });
  });

  it('runs the content script on a served page and answers the page-mentions contract', async () => {
    const page = await browser.newPage(server.url('/plain.html'));
    const reply = await browser.sendToTab<{ mentions: unknown[] }>('/plain.html', { type: 'page-mentions' });
    expect(Array.isArray(reply.mentions)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('refuses a message of unknown shape', async () => {
    const unknownType = await browser
      .sendToBackground({ type: 'no-such-message' })
      .then((r) => ({ ok: true, r }))
      .catch((e: Error) => ({ ok: false, r: e.message }));
    // Nobody answers: the promise resolves to undefined or rejects with "no receiving end".
    expect(unknownType.ok ? unknownType.r : undefined).toBeUndefined();
    const badParams = await browser
      .sendToBackground({ type: 'entity-card', params: { entity: '<script>' } })
      .then((r) => ({ ok: true, r }))
      .catch((e: Error) => ({ ok: false, r: e.message }));
    expect(badParams.ok ? badParams.r : undefined).toBeUndefined();
  });

  for (const path of ['popup.html', 'options.html']) {
    it(`opens ${path} with no console errors`, async () => {
      const page = await browser.openExtensionPage(path);
      await page.waitFor(() => document.querySelector('#app')?.childElementCount);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
});
