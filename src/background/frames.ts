/**
 * The background's frame ledger (frame-ledger.ts), kept in storage.session: the service worker is
 * stopped when idle, and what the frames reported before that must survive it. Writes are
 * chained, so reports arriving together are stored in order.
 */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { FrameLedger } from './frame-ledger';

const KEY = 'caravan.frames';
let ledger: Promise<FrameLedger> | null = null;
let writing: Promise<void> = Promise.resolve();

function load(): Promise<FrameLedger> {
  ledger ??= browser.storage.session.get(KEY).then(
    (stored) => FrameLedger.from(stored[KEY]),
    (error: unknown) => {
      log.warn('frame ledger not readable, starting empty:', error);
      return new FrameLedger();
    },
  );
  return ledger;
}

function save(l: FrameLedger): Promise<void> {
  const data = l.toJSON();
  writing = writing
    .then(() => browser.storage.session.set({ [KEY]: data }))
    .catch((error: unknown) => log.warn('frame ledger not saved:', error));
  return writing;
}

/** Records a frame's entities (from a document that started at `origin`); returns the number of distinct entities over the tab's frames. */
export async function reportFrame(tabId: number, frameId: number, entities: readonly string[], origin?: number): Promise<number> {
  const l = await load();
  if (l.report(tabId, frameId, entities, origin)) await save(l);
  return l.entityCount(tabId);
}

/** The tab's top document started at `origin` (decision 0351): the count after the old page's reports went, or null if none went. */
export async function startFramesPage(tabId: number, origin: number): Promise<number | null> {
  const l = await load();
  const changed = l.startPage(tabId, origin);
  await save(l);
  return changed ? l.entityCount(tabId) : null;
}

/** The top document showing now (decision 0351): the count if the tab's page changed, else null. */
export async function showFramesPage(tabId: number, origin: number): Promise<number | null> {
  const l = await load();
  if (!l.showPage(tabId, origin)) return null;
  await save(l);
  return l.entityCount(tabId);
}

/** The frames of a tab worth asking for mentions (the top frame always). */
export async function framesOf(tabId: number): Promise<number[]> {
  return (await load()).frames(tabId);
}

/** A tab that closed: its frames' reports are void. */
export async function forgetFrames(tabId: number): Promise<void> {
  const l = await load();
  if (l.forget(tabId)) await save(l);
}
