import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser } from './harness';

describeInBrowsers('foundation', (name) => {
  const s = useBrowser(name);

  it('starts the background, which answers a typed message', async () => {
    const reply = await s.browser.sendToBackground<{ ok: boolean; version: string }>({ type: 'ping' });
    expect(reply).toEqual({ ok: true, version: '0.1.0' });
  });

  it('runs the content script on a served page and answers the page-mentions contract', async () => {
    const page = await s.browser.newPage(s.server.url('/plain.html'));
    const reply = await s.browser.sendToTab<{ mentions: unknown[] }>('/plain.html', { type: 'page-mentions' });
    expect(Array.isArray(reply.mentions)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('refuses a message of unknown shape', async () => {
    const reply = (message: unknown) =>
      s.browser.sendToBackground(message).then(
        (r) => ({ answered: true, r }),
        (e: Error) => ({ answered: false, r: e.message }),
      );
    // The background answers with an error of code 'refused' (the reply envelope, decision 0122),
    // which the bridge's client throws as "refused: …": not any failure (no background at all would
    // be 'unreachable' or 'no-reply'), the refusal of this message's shape.
    expect(await reply({ type: 'no-such-message' })).toEqual({ answered: false, r: expect.stringMatching(/\brefused: unknown type "no-such-message"/) });
    expect(await reply({ type: 'entity-card', params: { entity: '<script>' } })).toEqual({ answered: false, r: expect.stringMatching(/\brefused: /) });
    expect(await reply({ type: 'entity-card', params: { entity: 'kazakhstan', extra: 1 } })).toEqual({ answered: false, r: expect.stringMatching(/\brefused: /) });
    // The same message with good parameters is answered: the refusals came from the shape alone.
    const card = (await reply({ type: 'entity-card', params: { entity: 'kazakhstan' } })) as { answered: boolean; r: { entity: { id: string } } };
    expect(card.answered).toBe(true);
    expect(card.r.entity.id).toBe('kazakhstan');
  });

  for (const path of ['popup.html', 'options.html']) {
    it(`opens ${path} with no console errors`, async () => {
      const page = await s.browser.openExtensionPage(path);
      await page.waitFor(() => document.querySelector('#app')?.childElementCount);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
});
