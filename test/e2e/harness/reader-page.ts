/**
 * The options page's "Your sources" as a test drives it: fields filled as typing would, files
 * chosen, the status line read; and waiting for a tab's content script to find a name.
 */
import type { ExtensionBrowser, TestPage } from './types';
import { sleep } from './tooltip-probe';

/** Sets a Preact-controlled field as typing would, then fires the event its handler listens to. */
export async function fill(page: TestPage, fields: Record<string, string>): Promise<void> {
  await page.evaluate((fields) => {
    for (const [sel, value] of Object.entries(fields)) {
      const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(sel)!;
      el.value = value;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
  }, fields);
}

/** The status line once it says something other than `before` and is no longer busy. */
export async function outcome(page: TestPage, before: string): Promise<{ kind: string; text: string }> {
  return (await page.waitFor(
    (before) => {
      const p = document.querySelector<HTMLElement>('#reader-status [data-outcome]');
      if (!p || p.dataset.outcome === 'busy' || p.textContent === before) return null;
      return { kind: p.dataset.outcome!, text: p.textContent ?? '' };
    },
    before,
    120_000,
  ))!;
}

export const statusText = (page: TestPage): Promise<string> => page.evaluate(() => document.querySelector('#reader-status [data-outcome]')?.textContent ?? '');

/** Chooses a file in `#reader-file` (made in the page: `bytes` as numbers, or `size` bytes of "a"). */
export async function chooseFile(page: TestPage, file: { name: string; bytes?: number[]; text?: string; size?: number }): Promise<void> {
  await page.evaluate((f) => {
    const body = f.text !== undefined ? [f.text] : f.size !== undefined ? [new Uint8Array(f.size).fill(97)] : [Uint8Array.from(f.bytes ?? [])];
    const dt = new DataTransfer();
    dt.items.add(new File(body, f.name));
    const input = document.querySelector<HTMLInputElement>('#reader-file')!;
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
}

/** Waits until the tab's content script has found `entity`. */
export async function mentionsOf(browser: ExtensionBrowser, urlPart: string, entity: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const reply = await browser.sendToTab<{ mentions: Array<{ entity: string }> }>(urlPart, { type: 'page-mentions' }).catch(() => ({ mentions: [] }));
    if (reply.mentions.some((m) => m.entity === entity)) return;
    await sleep(100);
  }
}


/** Drops a file (its bytes) on the "add a source" form, as dragging it from the desktop does. */
export async function dropFile(page: TestPage, file: { name: string; bytes: number[] }): Promise<void> {
  await page.evaluate((f) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(f.bytes)], f.name));
    const form = document.querySelector('form.reader-add')!;
    form.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, file);
}
