/**
 * The background's topic ledger (topic-ledger.ts), kept in storage.session like the frame ledger,
 * and the `topic-changed` message to every frame of a tab whose topic state changed.
 */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import type { Envelope } from '../shared/messages';
import { TopicLedger, type FrameEvidence } from './topic-ledger';

const KEY = 'caravan.topic';
let ledger: Promise<TopicLedger> | null = null;
let writing: Promise<void> = Promise.resolve();

function load(): Promise<TopicLedger> {
  ledger ??= browser.storage.session.get(KEY).then(
    (stored) => TopicLedger.from(stored[KEY]),
    (error: unknown) => {
      log.warn('topic ledger not readable, starting empty:', error);
      return new TopicLedger();
    },
  );
  return ledger;
}

function save(l: TopicLedger): Promise<void> {
  const data = l.toJSON();
  writing = writing
    .then(() => browser.storage.session.set({ [KEY]: data }))
    .catch((error: unknown) => log.warn('topic ledger not saved:', error));
  return writing;
}

function tell(tabId: number, { before, after }: { before: boolean; after: boolean }, always = false): boolean {
  if (before !== after || always) {
    const message: Envelope<'topic-changed'> = { type: 'topic-changed', params: { onTopic: after } };
    // No frameId: every frame of the tab (a frame without a content script simply does not answer).
    browser.tabs.sendMessage(tabId, message).catch((error: unknown) => log.warn('topic-changed not delivered:', error));
  }
  return after;
}

/** Records a frame's evidence (from a document that started at `origin`); tells the tab's frames when its state turns. Returns the state. */
export async function reportTopic(tabId: number, frameId: number, evidence: FrameEvidence, origin?: number): Promise<boolean> {
  const l = await load();
  const turn = l.report(tabId, frameId, evidence, origin);
  await save(l);
  return tell(tabId, turn);
}

/**
 * The top document showing now (decision 0351). A page restored from the back/forward cache is
 * told its state even if it did not turn: hearing it, each frame's detector reports again.
 */
export async function showTopicPage(tabId: number, origin: number): Promise<void> {
  const l = await load();
  const { restored, ...turn } = l.showPage(tabId, origin);
  await save(l);
  tell(tabId, turn, restored);
}

/** The tab's top document started at `origin` (decision 0351): the old page's evidence goes, and the frames hear if the state turned. */
export async function startTopicPage(tabId: number, origin: number): Promise<void> {
  const l = await load();
  const turn = l.startPage(tabId, origin);
  await save(l);
  tell(tabId, turn);
}

export async function forgetTopic(tabId: number): Promise<void> {
  const l = await load();
  if (l.forget(tabId)) await save(l);
}
