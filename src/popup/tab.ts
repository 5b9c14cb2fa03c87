/** The tab the popup is about, and what its content script says it mentions. */
import browser from 'webextension-polyfill';
import type { MentionTally } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/messaging';

export interface TabInfo {
  id: number;
  /**
   * Undefined where the browser does not tell (no activeTab grant for a popup opened in a tab; the
   * side panel never asks): the page's host then comes from its content script.
   */
  url: string | undefined;
  /** The window the tab is in, where known (the popup opens the side panel there). */
  windowId?: number;
  /** How many times the side panel saw this tab start loading a page (a new page: its places start again). */
  loads?: number;
}

/** `?tab=<id>` when given (tests, "open in a tab"), else the active tab of the current window. */
export async function resolveTab(search = location.search): Promise<TabInfo | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, windowId: tab.windowId };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // Opened as a tab of its own, the popup finds itself: an extension page, which it says it cannot read.
  return { id: tab.id, url: tab.url, windowId: tab.windowId };
}

/** A mention, with the frame of the tab it was found in. */
/** One entity in one form in one frame, with how many times that frame marks it. */
export interface FrameTally extends MentionTally {
  frameId: number;
}

const isTally = (m: unknown): m is MentionTally =>
  typeof m === 'object' &&
  m !== null &&
  typeof (m as MentionTally).entity === 'string' &&
  typeof (m as MentionTally).text === 'string' &&
  Number.isSafeInteger((m as MentionTally).count) &&
  (m as MentionTally).count > 0;

interface FrameReply {
  tally: FrameTally[];
  failed: boolean;
  markingOff: boolean;
  host: string | undefined;
}

async function frameMentions(tabId: number, frameId: number): Promise<FrameReply> {
  const reply = await sendToTab(tabId, 'page-mentions', undefined, frameId);
  if (!reply || !Array.isArray(reply.mentions)) throw new Error('no content script answered');
  // No tally: a frame whose loader found nothing to load the detector for (it marks nothing).
  return {
    tally: (Array.isArray(reply.tally) ? reply.tally : []).filter(isTally).map((m) => ({ entity: m.entity, text: m.text, count: m.count, frameId })),
    failed: reply.status === 'failed',
    markingOff: reply.marking === false,
    host: typeof reply.host === 'string' && reply.host ? reply.host : undefined,
  };
}

export interface PageMentions {
  /** Every entity and form each frame marks, with its count (the frames' bounded replies, counts exact). */
  tally: FrameTally[];
  /** True where a frame's matcher failed to compile: what it mentions is unknown, not nothing. */
  failed: boolean;
  /** True where the reader turned marking off on the page (its top frame says so). */
  markingOff: boolean;
  /** The host its top frame reports (undefined where the top frame did not answer or has none). */
  host: string | undefined;
}

/** Turns marking on or off in every frame of the tab, as Alt+Shift+M does. */
export async function toggleMarking(tabId: number): Promise<boolean> {
  return (await sendToTab(tabId, 'toggle-marking')).enabled;
}

/**
 * The mentions of every frame of the tab that found any (the background knows which), the top
 * frame's first. Rejects where no frame answers; a frame that went away meanwhile is left out.
 */
export async function pageMentions(tabId: number): Promise<PageMentions> {
  const frames = await sendToBackground('tab-frames', { tabId }).catch(() => [0]);
  const replies = await Promise.allSettled(frames.map((f) => frameMentions(tabId, f)));
  const answered = replies.filter((r): r is PromiseFulfilledResult<FrameReply> => r.status === 'fulfilled');
  if (!answered.length) throw new Error('no content script answered');
  return {
    tally: answered.flatMap((r) => r.value.tally),
    failed: answered.some((r) => r.value.failed),
    markingOff: answered.some((r) => r.value.markingOff),
    host: replies[0]?.status === 'fulfilled' && frames[0] === 0 ? replies[0].value.host : undefined,
  };
}

/** Scrolls the frame to the entity's first mention and flashes it; false where that failed. */
export async function revealEntity(tabId: number, entity: string, frameId = 0): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'reveal-entity', { entity }, frameId)) === true;
  } catch {
    return false;
  }
}

export async function openSource(sourceId: string, factId?: string): Promise<void> {
  const query = new URLSearchParams({ source: sourceId, ...(factId ? { fact: factId } : {}) });
  await browser.tabs.create({ url: browser.runtime.getURL(`source.html?${query.toString()}`) });
}
