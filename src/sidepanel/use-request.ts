/**
 * The entity a page asked the side panel to show (the tooltip's "See all"), as the background left
 * it in storage.session (open.ts): read when the panel opens, if fresh, and followed while it is open.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { forgetRequest, PANEL_REQUEST_KEY, readRequest, REQUEST_FRESH_MS, type PanelRequest } from './open';

export function useRequest(windowId: number | undefined, pinned: boolean): { entity: string; serial: number } | null {
  const [request, setRequest] = useState<{ entity: string; serial: number } | null>(null);
  useEffect(() => {
    // A panel in a tab of its own was opened with its entity; a panel still finding its window waits.
    if (pinned || windowId === undefined) return;
    let live = true;
    const take = (r: PanelRequest | null): void => {
      if (!live || !r || (r.windowId !== undefined && r.windowId !== windowId)) return;
      setRequest({ entity: r.entity, serial: r.at });
      forgetRequest().catch(() => undefined);
    };
    browser.storage.session
      .get(PANEL_REQUEST_KEY)
      .then((stored) => {
        const r = readRequest(stored[PANEL_REQUEST_KEY]);
        if (r && Date.now() - r.at < REQUEST_FRESH_MS) take(r);
      })
      .catch(() => undefined);
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'session' && changes[PANEL_REQUEST_KEY]) take(readRequest(changes[PANEL_REQUEST_KEY].newValue));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [windowId, pinned]);
  return request;
}
