/**
 * What each frame of each tab reported, kept by the document that reported it (decision 0351).
 * Every report carries its document's time origin (`performance.timeOrigin`: when that document's
 * navigation started, in milliseconds since the epoch, one clock for every frame and process). A
 * tab's page is its top document: a report from a document older than it comes from a page the tab
 * has left and is dropped, and a new top document drops every report older than itself. A page's
 * frames start after its top document, so their reports survive even when they arrive before the
 * top document says it started. Pure data, no browser API (frames.ts and topic.ts keep it in
 * storage.session across service-worker restarts).
 */

interface Entry<T> {
  value: T;
  origin: number;
}

/** JSON-safe form: tab id → its page's origin (0: none known) and frame id → [value, origin]. */
export type PageFramesData = Record<string, { page: number; frames: Record<string, [unknown, number]> }>;

export class PageFrames<T> {
  private readonly tabs = new Map<number, Map<number, Entry<T>>>();
  /** Tab id → the time origin of its top document, where one said it started. */
  private readonly pages = new Map<number, number>();

  /**
   * The origin a report is kept under: its own, or for a report without one (an older build's),
   * the tab's page. Null: the report is from a document older than the tab's page.
   */
  private originOf(tabId: number, origin: number | undefined): number | null {
    const page = this.pages.get(tabId) ?? 0;
    if (origin === undefined) return page;
    return origin < page ? null : origin;
  }

  /** Whether a report from a document that started at `origin` belongs to the tab's page. */
  current(tabId: number, origin?: number): boolean {
    return this.originOf(tabId, origin) !== null;
  }

  /**
   * The tab's top document started at `origin`: a new page when it is later than the page known,
   * and then every report older than it goes. Returns whether the page changed.
   */
  startPage(tabId: number, origin: number): boolean {
    if (origin <= (this.pages.get(tabId) ?? 0)) return false;
    this.pages.set(tabId, origin);
    const frames = this.tabs.get(tabId);
    if (frames) {
      for (const [frameId, e] of frames) if (e.origin < origin) frames.delete(frameId);
      if (!frames.size) this.tabs.delete(tabId);
    }
    return true;
  }

  /**
   * The top document showing now, as the top frame says when asked: a later one starts a page
   * (startPage); an earlier one is a page restored from the back/forward cache, which runs no
   * content script again, so nothing of the tab is known to be its: everything goes, and its
   * frames are to report again.
   */
  showPage(tabId: number, origin: number): 'same' | 'later' | 'earlier' {
    const page = this.pages.get(tabId) ?? 0;
    if (origin === page) return 'same';
    if (origin > page) {
      this.startPage(tabId, origin);
      return 'later';
    }
    this.pages.set(tabId, origin);
    this.tabs.delete(tabId);
    return 'earlier';
  }

  get(tabId: number, frameId: number): T | undefined {
    return this.tabs.get(tabId)?.get(frameId)?.value;
  }

  /** Records a frame's value; false (and nothing kept) when the report is from a page the tab has left. */
  set(tabId: number, frameId: number, value: T, origin?: number): boolean {
    const at = this.originOf(tabId, origin);
    if (at === null) return false;
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map<number, Entry<T>>()));
    frames.set(frameId, { value, origin: at });
    return true;
  }

  /** Forgets a frame's value; whether there was one. */
  delete(tabId: number, frameId: number): boolean {
    const frames = this.tabs.get(tabId);
    if (!frames?.delete(frameId)) return false;
    if (!frames.size) this.tabs.delete(tabId);
    return true;
  }

  values(tabId: number): T[] {
    return [...(this.tabs.get(tabId)?.values() ?? [])].map((e) => e.value);
  }

  frameIds(tabId: number): number[] {
    return [...(this.tabs.get(tabId)?.keys() ?? [])];
  }

  /** A tab closed: everything of it goes. */
  forget(tabId: number): boolean {
    const had = this.tabs.delete(tabId);
    return this.pages.delete(tabId) || had;
  }

  toJSON(): PageFramesData {
    const out: PageFramesData = {};
    for (const tabId of new Set([...this.tabs.keys(), ...this.pages.keys()])) {
      const frames: Record<string, [unknown, number]> = {};
      for (const [frameId, e] of this.tabs.get(tabId) ?? []) frames[frameId] = [e.value, e.origin];
      out[tabId] = { page: this.pages.get(tabId) ?? 0, frames };
    }
    return out;
  }

  /** Rebuilds from stored data, dropping anything malformed (`parse` returns null for a bad value) rather than failing. */
  static from<T>(data: unknown, parse: (raw: unknown) => T | null): PageFrames<T> {
    const out = new PageFrames<T>();
    if (typeof data !== 'object' || data === null) return out;
    const time = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : null);
    for (const [tab, raw] of Object.entries(data as Record<string, unknown>)) {
      if (!/^\d+$/.test(tab) || typeof raw !== 'object' || raw === null) continue;
      const { page, frames } = raw as { page?: unknown; frames?: unknown };
      const p = time(page);
      if (p) out.pages.set(Number(tab), p);
      if (typeof frames !== 'object' || frames === null) continue;
      for (const [frame, entry] of Object.entries(frames as Record<string, unknown>)) {
        if (!/^\d+$/.test(frame) || !Array.isArray(entry) || entry.length !== 2) continue;
        const value = parse(entry[0]);
        const origin = time(entry[1]);
        if (value !== null && origin !== null) out.set(Number(tab), Number(frame), value, origin);
      }
    }
    return out;
  }
}
