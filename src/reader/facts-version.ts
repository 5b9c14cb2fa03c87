/**
 * How open tabs learn that the reader's sources changed (issue 20): the background writes a small
 * item to `storage.local` after a source's facts were committed or removed, and every frame's
 * detector, which hears `storage.onChanged` as it does for settings, asks again which names the
 * reader's sources hold facts about (`reader-fact-sources`). No `tabs` permission is needed, and
 * no message goes to a tab. Pure: the storage is handed in.
 */

/** Not a setting (settings' items start with `setting.`), so the settings watchers ignore it. */
export const READER_FACTS_KEY = 'reader.factsVersion';

interface ChangeSource {
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

let serial = 0;
/** A value that differs from every earlier one (storage fires no change for an equal value). */
export const nextFactsVersion = (now = Date.now()): string => `${now}-${++serial}`;

/**
 * Asks `fetch` now and again after bumps of the version, delivering only the latest answer (a slow
 * earlier one is dropped). Bumps within `settleMs` of each other are asked about once: an import
 * of many sources bumps once a source, and every answer re-marks the page.
 * Returns an unsubscribe.
 */
export function followReaderFacts<T>(
  storage: ChangeSource,
  fetch: () => Promise<T>,
  onFacts: (facts: T, initial: boolean) => void,
  onError: (error: unknown) => void,
  settleMs = 150,
): () => void {
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const ask = (initial: boolean): void => {
    const mine = ++asked;
    fetch().then(
      (facts) => {
        if (mine === asked) onFacts(facts, initial);
      },
      onError,
    );
  };
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !(READER_FACTS_KEY in changes)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      ask(false);
    }, settleMs);
  };
  storage.onChanged.addListener(listener);
  ask(true);
  return () => {
    if (timer !== null) clearTimeout(timer);
    storage.onChanged.removeListener(listener);
  };
}
