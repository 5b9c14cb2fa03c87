/** The options page: sources, sites, appearance, settings export and all-or-nothing import. */
import { expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from './harness';
import { useOptionsPage } from './harness/options-page';
import { axeViolations } from './harness/axe';
import { builtPack } from './harness/pack';
import { DEFAULTS, storedSettingsInPage, waitForStored } from './stored-settings';

/** The settings in effect as stored, read from inside an extension page. */
function readStored(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(storedSettingsInPage, DEFAULTS);
}

/** Gives the import input a file built in the page and fires `change`, as choosing a file would. */
function importFile(page: TestPage, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ name, text }) => {
      const input = document.querySelector<HTMLInputElement>('#import')!;
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

describeInBrowsers('options', (name) => {
  const session = useOptionsPage(name);
  const openOptions = (): Promise<TestPage> => session.open();

  it('opens with no console errors and shows the keyboard shortcuts', async () => {
    const page = await openOptions();
    const commands = await page.waitFor(() => {
      const rows = Array.from(document.querySelectorAll('#shortcuts [data-command]')).map((r) => r.getAttribute('data-command'));
      return rows.length ? rows : null;
    });
    expect(commands).toEqual(expect.arrayContaining(['next-mention', 'previous-mention', 'toggle-marking']));
    expect(page.errors).toEqual([]);
  });

  it('has no WCAG A/AA violations (axe-core) in light and dark mode', async () => {
    const page = await openOptions();
    await page.waitFor(() => document.querySelector('.sources .source'), undefined, 20_000);
    for (const theme of ['light', 'dark'] as const) {
      await page.click(`input[name="theme"][value="${theme}"]`);
      await page.waitFor((theme) => document.documentElement.dataset.theme === theme, theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });

  it('lists the sources with their fact counts', async () => {
    const page = await openOptions();
    const sources = (await page.waitFor(
      () => {
        const rows = Array.from(document.querySelectorAll('.sources .source'));
        return rows.length
          ? rows.map((r) => ({
              id: r.getAttribute('data-source'),
              title: r.querySelector('label')?.textContent ?? '',
              facts: Number(r.querySelector('.fact-count')?.getAttribute('data-count')),
              checked: (r.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
            }))
          : null;
      },
      undefined,
      20_000,
    ))!;
    // Every source of the built pack, each with the number of facts the pack holds from it, all on.
    const pack = await builtPack();
    expect(sources.map((s) => s.id).sort()).toEqual(pack.sources.map((s) => s.id).sort());
    for (const s of sources) {
      const source = pack.sources.find((p) => p.id === s.id)!;
      expect(s.title, s.id!).toContain(source.title);
      expect(s.facts, s.id!).toBe(pack.facts.filter((f) => f.source === s.id).length);
      expect(s.checked, s.id!).toBe(true);
    }
    expect(sources.reduce((n, s) => n + s.facts, 0)).toBe(pack.facts.length);
    expect(page.errors).toEqual([]);
  });

  it('turning a source off writes disabledSources, and on again removes it', async () => {
    const page = await openOptions();
    const id = await page.waitFor(() => document.querySelector('.sources .source')?.getAttribute('data-source'), undefined, 20_000);
    const checkbox = `.sources .source[data-source="${id}"] input[type=checkbox]`;
    await page.click(checkbox);
    await waitForStored(page, (s) => (s.disabledSources as string[]).length > 0);
    expect((await readStored(page))?.disabledSources).toEqual([id]);
    expect(await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.checked, checkbox)).toBe(false);
    await page.click(checkbox);
    await waitForStored(page, (s) => (s.disabledSources as string[]).length === 0);
    expect(page.errors).toEqual([]);
  });

  it('an import with any problem changes nothing and says what is wrong; a good one applies', async () => {
    const page = await openOptions();
    // A known starting point, written through the page itself.
    await page.click('input[name="theme"][value="dark"]');
    await page.waitFor(() => document.documentElement.dataset.theme === 'dark');
    await waitForStored(page, (s) => s.theme === 'dark');
    const before = await readStored(page);

    // One good value, two bad ones: nothing at all may change.
    await importFile(page, 'bad.json', JSON.stringify({ runOn: 'sometimes', hoverDelayMs: 500, pausedSites: ['not a host!'] }));
    const problems = await page.waitFor(() => {
      const items = Array.from(document.querySelectorAll('[data-outcome="error"] li')).map((li) => li.getAttribute('data-key'));
      return items.length ? items : null;
    });
    expect(problems).toEqual(expect.arrayContaining(['runOn', 'pausedSites']));
    expect(problems).not.toContain('hoverDelayMs');
    expect(await readStored(page)).toEqual(before);

    // Not JSON at all.
    await importFile(page, 'broken.json', '{"runOn": "all",');
    await page.waitFor(() => document.querySelector('[data-outcome="error"] li[data-key="(file)"]'));
    expect(await readStored(page)).toEqual(before);

    // A good file: applied, and the page says what was imported.
    await importFile(page, 'good.json', JSON.stringify({ schema: 1, runOn: 'allowlist', allowedSites: ['example.org'], hoverDelayMs: 500 }));
    const ok = await page.waitFor(() => document.querySelector('[data-outcome="ok"]')?.textContent);
    expect(ok).toContain('runOn');
    expect(ok).toContain('allowedSites');
    expect(ok).toContain('hoverDelayMs');
    const after = await readStored(page);
    expect(after).toMatchObject({ runOn: 'allowlist', allowedSites: ['example.org'], hoverDelayMs: 500, theme: 'dark' });
    // The page follows: the allow-list editor appears with the imported site.
    await page.waitFor(() => document.querySelector('#allowed-sites [data-site="example.org"]'));
    expect(page.errors).toEqual([]);
  });

  it('export offers the settings as a JSON file', async () => {
    const page = await openOptions();
    const exported = await page.evaluate(async () => {
      let captured: { name: string; text: string } | null = null;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        captured = { name: this.download, text: this.href };
      };
      document.querySelector<HTMLButtonElement>('#export')!.click();
      HTMLAnchorElement.prototype.click = click;
      const got = captured as { name: string; text: string } | null;
      if (!got) return null;
      return { name: got.name, json: JSON.parse(await (await fetch(got.text)).text()) };
    });
    expect(exported?.name).toBe('caravan-settings.json');
    expect(exported?.json).toMatchObject({ schema: 1, runOn: 'all', disabledSources: [] });
    expect(page.errors).toEqual([]);
  });
});
