/**
 * Test builds only: an extension page from which the end-to-end suite calls extension APIs in
 * both browsers (Firefox lets a test neither open moz-extension:// URLs nor evaluate in the background).
 */
import browser from 'webextension-polyfill';

declare global {
  interface Window {
    caravanBridge: typeof bridge;
  }
}

/**
 * The answer's result, as the extension's typed client reads it (decision 0122): an error reply
 * rejects with "<code>: <message>"; anything that is not a reply (no receiver answered) is returned as is.
 */
function unwrap(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const reply = raw as { result?: unknown; error?: { code: string; message: string } };
  if (Object.hasOwn(reply, 'error')) throw new Error(`${reply.error?.code}: ${reply.error?.message}`);
  return Object.hasOwn(reply, 'result') ? reply.result : raw;
}

/** Frames whose detector module loaded (test/e2e/bridge/detector.ts tells), oldest first. */
const detectorLoads: Array<{ tabId: number | undefined; frameId: number | undefined; url: string }> = [];
/** Frames whose tooltip module loaded, and the tooltips it opened (test/e2e/bridge/tooltip.ts tells), oldest first. */
const tooltipEvents: Array<{ tabId: number | undefined; frameId: number | undefined; url: string; type: 'loaded' | 'opened'; entity?: string }> = [];
browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }) => {
  const m = message as { type?: unknown; params?: { url?: unknown; entity?: unknown } } | null;
  const url = typeof m?.params?.url === 'string' ? m.params.url : (sender.url ?? '');
  if (m?.type === 'e2e-detector-loaded') detectorLoads.push({ tabId: sender.tab?.id, frameId: sender.frameId, url });
  if (m?.type === 'e2e-tooltip-loaded' || m?.type === 'e2e-tooltip-opened') {
    const entity = typeof m.params?.entity === 'string' ? { entity: m.params.entity } : {};
    tooltipEvents.push({ tabId: sender.tab?.id, frameId: sender.frameId, url, type: m.type === 'e2e-tooltip-loaded' ? 'loaded' : 'opened', ...entity });
  }
  return undefined;
});

const bridge = {
  browser,
  /** The frames of the tab with `part` in its URL that loaded the detector module so far. */
  async detectorLoads(part: string): Promise<Array<{ frameId: number | undefined; url: string }>> {
    const tabId = await bridge.tabByUrl(part);
    return detectorLoads.filter((l) => l.tabId === tabId).map(({ frameId, url }) => ({ frameId, url }));
  },
  /** What the tooltip module did so far in the tab with `part` in its URL: loaded in a frame, opened a tooltip there. */
  async tooltipEvents(part: string): Promise<Array<{ frameId: number | undefined; url: string; type: 'loaded' | 'opened'; entity?: string }>> {
    const tabId = await bridge.tabByUrl(part);
    return tooltipEvents.filter((l) => l.tabId === tabId).map(({ tabId: _, ...rest }) => rest);
  },
  async tabByUrl(part: string): Promise<number> {
    const tabs = await browser.tabs.query({});
    const tab = tabs.find((t) => t.url?.includes(part));
    if (tab?.id === undefined) throw new Error(`no tab with url containing ${part}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  },
  async sendToTab(part: string, message: unknown, frameId = 0): Promise<unknown> {
    return unwrap(await browser.tabs.sendMessage(await bridge.tabByUrl(part), message, { frameId }));
  },
  async frames(part: string): Promise<Array<{ frameId: number; url: string }>> {
    const tabId = await bridge.tabByUrl(part);
    const frames = (await browser.webNavigation?.getAllFrames({ tabId })) ?? [];
    return frames.map((f) => ({ frameId: f.frameId, url: f.url }));
  },
  async sendToBackground(message: unknown): Promise<unknown> {
    return unwrap(await browser.runtime.sendMessage(message));
  },
  /**
   * Opens an extension page in a tab that does not become active: the toolbar popup's way of
   * finding its page (the active tab of its window) then finds the page the test made active.
   */
  async openInBackground(path: string): Promise<number> {
    const tab = await browser.tabs.create({ url: browser.runtime.getURL(path), active: false });
    return tab.id!;
  },
  async open(path: string): Promise<number> {
    const tab = await browser.tabs.create({ url: browser.runtime.getURL(path), active: true });
    return tab.id!;
  },
};

window.caravanBridge = bridge;
