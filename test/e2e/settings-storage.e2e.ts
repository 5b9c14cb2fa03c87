/**
 * The settings storage of decision 0120 in the real browsers: quick changes to a list never undo
 * each other, and a list far past storage.sync's 8 KB per item is stored and applied.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from './harness';
import { useOptionsPage } from './harness/options-page';
import { waitForStored } from './stored-settings';

describeInBrowsers('settings storage', (name) => {
  const session = useOptionsPage(name);
  const openOptions = (): Promise<TestPage> => session.open();

  it('five sources switched off in one go all stay off, and stay off after a reload', async () => {
    const page = await openOptions();
    const ids = (await page.waitFor(
      () => {
        const all = Array.from(document.querySelectorAll('.sources .source')).map((li) => li.getAttribute('data-source')!);
        return all.length >= 5 ? all.slice(0, 5) : null;
      },
      undefined,
      20_000,
    ))!;
    // All five clicks in one task: each write starts before the one before it has finished.
    await page.evaluate((ids) => {
      for (const id of ids) document.querySelector<HTMLInputElement>(`.sources .source[data-source="${id}"] input`)!.click();
    }, ids);
    const stored = await waitForStored(page, (s) => (s.disabledSources as string[]).length >= 5);
    expect([...(stored.disabledSources as string[])].sort()).toEqual([...ids].sort());

    await page.close();
    const again = await openOptions();
    const unchecked = await again.waitFor(
      (ids) => {
        const boxes = ids.map((id) => document.querySelector<HTMLInputElement>(`.sources .source[data-source="${id}"] input`));
        return boxes.every(Boolean) ? boxes.filter((b) => !b!.checked).length : null;
      },
      ids,
      20_000,
    );
    expect(unchecked).toBe(5);
    expect(again.errors).toEqual([]);
  });

  it('imports 2,000 paused hosts (about 60 KB, past sync’s 8 KB per item) and lists them all', async () => {
    const page = await openOptions();
    const hosts = Array.from({ length: 2000 }, (_, i) => `site-${i}.example-news.org`);
    await page.evaluate(
      ({ text }) => {
        const input = document.querySelector<HTMLInputElement>('#import')!;
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'paused.json', { type: 'application/json' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { text: JSON.stringify({ schema: 1, pausedSites: hosts }) },
    );
    const outcome = await page.waitFor(() => document.querySelector('[data-outcome]')?.getAttribute('data-outcome'));
    expect(outcome).toBe('ok');
    const stored = await waitForStored(page, (s) => (s.pausedSites as string[]).length > 0);
    expect(stored.pausedSites).toEqual(hosts);
    const listed = await page.waitFor(() => {
      const n = document.querySelectorAll('#paused-sites [data-site]').length;
      return n >= 2000 ? n : null;
    });
    expect(listed).toBe(2000);
    expect(page.errors).toEqual([]);
  });
});
