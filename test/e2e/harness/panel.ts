/** Reading the fact panel (popup.html) from the popup and frames suites. */
import type { TestPage } from './types';

/**
 * The entities the panel lists for its page, once it lists at least `atLeast` of them. Detection
 * belongs to the content scripts: they are given time to scan on a busy machine.
 */
export function listedEntities(panel: TestPage, atLeast: number): Promise<string[]> {
  return panel.waitFor(
    (n) => {
      const ids = Array.from(document.querySelectorAll('.mentions [data-entity]'), (b) => b.getAttribute('data-entity') ?? '');
      return ids.length >= n ? ids : null;
    },
    atLeast,
    20_000,
  ) as Promise<string[]>;
}

/** Sets the panel's search box's value as a paste would (any script), firing `input`. */
export async function typeQuery(popup: TestPage, query: string): Promise<void> {
  await popup.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}
