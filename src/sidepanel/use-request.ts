/**
 * The entity a page asked the side panel to show (the tooltip's "See all"), as the background left
 * it in storage.session (open.ts): read when the panel opens, if fresh, and followed while it is open.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { forgetRequest } from './open';
import { PANEL_REQUEST_KEY, readRequest, takesRequest } from './panel-state';

export function useRequest(windowId: number | undefined, pinned: boolean): { entity: string; serial: number } | null {
  const [request, setRequest] = useState<{ entity: string; serial: number } | null>(null);
  useEffect(() => {
    // A panel in a tab of its own was opened with its entity; a panel still finding its window waits.
    if (pinned || windowId === undefined) return;
    let live = true;
    const take = (raw: unknown, opening: { now: number } | null): void => {
      const r = readRequest(raw);
      if (!live || !takesRequest(r, windowId, opening)) return;
      setRequest({ entity: r.entity, serial: r.at });
      forgetRequest().catch(() => undefined);
    };
    browser.storage.session
      .get(PANEL_REQUEST_KEY)
      .then((stored) => take(stored[PANEL_REQUEST_KEY], { now: Date.now() }))
      .catch(() => undefined);
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'session' && changes[PANEL_REQUEST_KEY]) take(changes[PANEL_REQUEST_KEY].newValue, null);
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [windowId, pinned]);
  return request;
}
