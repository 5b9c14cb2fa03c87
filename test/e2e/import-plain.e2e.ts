/**
 * Importing a settings file that Caravan cannot take: another settings format, sources or names
 * this browser does not have, a value of the wrong kind. Each is refused in a plain sentence and
 * nothing changes.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser, type TestPage } from './harness';

/** Gives the import input a file built in the page and fires `change`, as choosing a file would. */
function chooseFile(page: TestPage, text: string): Promise<void> {
  return page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('#import')!;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'caravan-settings.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

describeInBrowsers('importing settings Caravan cannot take', (name) => {
  const session = useBrowser(name);

  for (const [what, file, sentence] of [
    ['another settings format', { schema: 2, markStyle: 'background' }, 'The file is in settings format 2; this version of Caravan reads format 1.'],
    ['a source this browser does not have', { markStyle: 'background', disabledSources: ['no-such-source'] }, 'Sources turned off: “no-such-source” is not one of the sources Caravan has.'],
    ['a name Caravan does not know', { markStyle: 'background', mutedEntities: ['atlantis'] }, 'Names not marked: “atlantis” is not a name Caravan knows.'],
    ['a value of the wrong kind', { markStyle: 'glow' }, 'Marking style: “glow” is not one of underline, background or none.'],
  ] as const) {
    it(`refuses ${what} in a sentence and changes nothing`, async () => {
      const page = await session.browser.openExtensionPage('options.html');
      try {
        await page.waitFor(() => document.querySelector('#import') && document.querySelectorAll('.source-title').length > 0);
        await chooseFile(page, JSON.stringify(file));
        const said = await page.waitFor(() => document.querySelector('[data-outcome="error"] li')?.textContent ?? null);
        expect(said).toBe(sentence);
        // The marking style was in the file; it is still the default.
        await page.close();
        const again = await session.browser.openExtensionPage('options.html');
        try {
          const style = await again.waitFor(() => document.querySelector<HTMLInputElement>('input[name="markStyle"]:checked')?.value ?? null);
          expect(style).toBe('underline');
        } finally {
          await again.close();
        }
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  }
});
