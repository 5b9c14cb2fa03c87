/**
 * The tab the side panel is about: the active tab of its window, followed as the reader switches
 * tabs, or the one tab `?tab=<id>` names (the panel opened in a tab of its own). `revision` changes
 * when that tab's page should be read again: it navigated, or its frames reported new mentions.
 * Needs no `tabs` permission: ids and load status are what tabs.query/onActivated/onUpdated give
 * without it, and the panel never reads a tab's address (its content script says its host).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { observe } from '../shared/messaging';
import type { TabInfo } from '../popup/tab';
import { pinnedTab } from './panel-state';

/** Reports of a page's frames come in bursts while it loads: they are read once they settle. */
const SETTLE_MS = 250;

export interface FollowedTab {
  tab: TabInfo | null | undefined;
  revision: number;
  /** The panel's own window (undefined while it is found, or for a panel in a tab). */
  windowId: number | undefined;
}

export function useFollowedTab(search = location.search): FollowedTab {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [revision, setRevision] = useState(0);
  const current = useRef<number | null>(null);

  useEffect(() => {
    const pinned = pinnedTab(search);
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let window: number | undefined;
    const show = (id: number | null, win?: number): void => {
      if (!live) return;
      current.current = id;
      setTab(id === null ? null : { id, url: undefined, ...(win !== undefined ? { windowId: win } : {}) });
    };
    const bump = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => live && setRevision((n) => n + 1), SETTLE_MS);
    };

    if (pinned !== null) show(pinned);
    else {
      browser.windows
        .getCurrent()
        .then(async (win) => {
          window = win.id;
          if (live) setWindowId(win.id);
          const [active] = await browser.tabs.query({ active: true, windowId: win.id });
          // A tab the reader switched to meanwhile wins over this answer.
          if (current.current === null) show(active?.id ?? null, win.id);
        })
        .catch((error: unknown) => {
          log.warn('the side panel found no tab:', error);
          show(null);
        });
    }

    const activated = ({ tabId, windowId: win }: { tabId: number; windowId: number }): void => {
      if (pinned === null && window !== undefined && win === window) show(tabId, win);
    };
    const updated = (tabId: number, change: { status?: string }): void => {
      // A navigation: loading (what the panel shows is gone) and complete (the new page's script runs).
      if (tabId !== current.current || change.status === undefined) return;
      if (change.status === 'loading') setTab((t) => (t && t.id === tabId ? { ...t, loads: (t.loads ?? 0) + 1 } : t));
      bump();
    };
    const removed = (tabId: number): void => {
      if (pinned !== null && tabId === pinned) show(null);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    const unobserve = observe('mentions-changed', (_, sender) => {
      if (sender.tab?.id === current.current) bump();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
      unobserve();
    };
  }, [search]);

  return { tab, revision, windowId };
}
