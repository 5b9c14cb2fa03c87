/**
 * Opening the side panel (Chromium's `sidePanel`, Firefox's `sidebarAction`) and telling it which
 * entity to show. Both browsers open it only in answer to the reader's gesture: the call must be
 * made synchronously in the handler of a click or key (an extension page's, or in Chromium the
 * handler of a content script's message sent from one, or of a command), before anything is awaited.
 */
import browser from 'webextension-polyfill';
import { PANEL_REQUEST_KEY, type PanelRequest } from './panel-state';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

const chromePanel = (): ChromeSidePanel | undefined => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebar | undefined => (globalThis as { browser?: { sidebarAction?: FirefoxSidebar } }).browser?.sidebarAction;

/** chrome.windows.WINDOW_ID_CURRENT: the window of the calling context. */
const CURRENT_WINDOW = -2;

/**
 * Opens the side panel in the tab's window (Chromium) or the current window (Firefox). Call it
 * synchronously from the reader's gesture; rejects where the browser refuses (no gesture, no API).
 */
export function openSidePanel(where: { tabId?: number; windowId?: number }): Promise<void> {
  try {
    if (__BROWSER__ === 'chrome') {
      const api = chromePanel();
      if (!api) return Promise.reject(new Error('this browser has no side panel'));
      return api.open(where.windowId !== undefined ? { windowId: where.windowId } : where.tabId !== undefined ? { tabId: where.tabId } : { windowId: CURRENT_WINDOW });
    }
    const api = firefoxSidebar();
    if (!api) return Promise.reject(new Error('this browser has no sidebar'));
    return api.open();
  } catch (error) {
    // Firefox throws at once outside a user action.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Whether Firefox's sidebar shows Caravan's panel in the window (false in Chromium: it cannot say). */
export async function sidebarIsOpen(windowId: number | undefined): Promise<boolean> {
  if (__BROWSER__ !== 'firefox') return false;
  try {
    return (await firefoxSidebar()?.isOpen(windowId !== undefined ? { windowId } : {})) ?? false;
  } catch {
    return false;
  }
}

export async function requestEntity(request: PanelRequest): Promise<void> {
  await browser.storage.session.set({ [PANEL_REQUEST_KEY]: request });
}

/** A request served (by a panel, or by a tab opened instead) is gone: no panel shows it again. */
export async function forgetRequest(): Promise<void> {
  await browser.storage.session.remove(PANEL_REQUEST_KEY);
}
