/**
 * The background's side of the reader's sources (issue 20): one ReaderService over the kept
 * database and the fact store, the derivation tools compiled once from what the build ships
 * (the runtime gazetteer, its split forms, look-alikes, and the cue terms), and the handlers of
 * the reader's messages — answered for the extension's own pages only.
 *
 * Derivation runs here, off every page's main thread: Chromium's service worker is a thread of its
 * own, and Firefox's event page lives in the extension process, not in a tab's.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import cuesJson from 'virtual:gazetteer-cues';
import gazetteerJson from 'virtual:gazetteer';
import lookalikesJson from 'virtual:lookalikes';
import splitJson from 'virtual:split-forms';
import { compileMatcher } from '../matching/compile';
import type { SplitForms } from '../matching/split-forms';
import type { Lookalikes } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { log } from '../shared/log';
import type { Handlers } from '../shared/messaging';
import type { DeriveTools } from '../reader/derive-local';
import { nextFactsVersion, READER_FACTS_KEY } from '../reader/facts-version';
import { openKept, type ReaderDB } from '../reader/kept';
import { isExtensionPage } from '../reader/sender';
import { ReaderService } from '../reader/service';
import { readerFactSources } from '../store/reader-facts';
import type { CaravanDB } from '../store/schema';

let tools: Promise<DeriveTools> | null = null;
function deriveTools(): Promise<DeriveTools> {
  return (tools ??= Promise.resolve().then(() => {
    const cues = JSON.parse(cuesJson) as Record<string, string[][]>;
    const entries = (JSON.parse(gazetteerJson) as GazetteerEntry[]).map((e) => (cues[e.id] ? { ...e, cues: cues[e.id] } : e));
    const matcher = compileMatcher(entries, {
      split: JSON.parse(splitJson) as SplitForms,
      lookalikes: JSON.parse(lookalikesJson) as Lookalikes,
    });
    return { entries, matcher };
  }));
}

let kept: Promise<ReaderDB> | null = null;
function keptDb(): Promise<ReaderDB> {
  kept ??= openKept({ onClose: () => (kept = null) }).catch((error: unknown) => {
    kept = null;
    throw error;
  });
  return kept;
}

/** Which names the reader's sources speak of: asked by every frame that loads, so read once per change. */
let factSources: Promise<Record<string, string[]>> | null = null;

/** Tells every open tab (through storage.onChanged, decision 0251) that the reader's facts changed. */
function factsChanged(): void {
  factSources = null;
  browser.storage.local.set({ [READER_FACTS_KEY]: nextFactsVersion() }).catch((error: unknown) => log.warn('telling the tabs of your sources failed:', error));
}

let service: ReaderService | null = null;
/** `facts` opens the fact store (store-access.ts hands it in, so neither module imports the other). */
export function readerService(facts: () => Promise<CaravanDB>): ReaderService {
  return (service ??= new ReaderService({ facts, kept: keptDb, tools: deriveTools, onFactsChanged: factsChanged }));
}

/** After the fact store opened: derive the kept sources it lacks, without holding up its callers. */
export function syncReaderSources(facts: () => Promise<CaravanDB>, db: CaravanDB): void {
  factSources = null;
  readerService(facts)
    .sync(db)
    .then(({ derived, dropped }) => {
      if (derived.length || dropped.length) log.info(`reader's sources: derived ${derived.length} again, dropped ${dropped.length}`);
    })
    .catch((error: unknown) => log.error('bringing back the reader’s sources failed:', error));
}

function fromExtensionPage(sender: Runtime.MessageSender): void {
  if (!isExtensionPage(sender.url, browser.runtime.getURL(''))) throw new Error('only Caravan’s own pages may read or change your sources');
}

export function readerHandlers(facts: () => Promise<CaravanDB>): Handlers<'background'> {
  const s = (): ReaderService => readerService(facts);
  return {
    'add-source': (params, sender) => {
      fromExtensionPage(sender);
      return s().add(params);
    },
    // Not only the extension's pages: every frame's mark rules need it, and it names no text.
    'reader-fact-sources': () => {
      const asked = (factSources ??= facts().then(readerFactSources));
      asked.catch(() => {
        if (factSources === asked) factSources = null;
      });
      return asked;
    },
    'reader-sources': (_, sender) => {
      fromExtensionPage(sender);
      return s().list();
    },
    'rename-source': ({ source, title }, sender) => {
      fromExtensionPage(sender);
      return s().rename(source, title);
    },
    'rederive-source': ({ source }, sender) => {
      fromExtensionPage(sender);
      return s().rederive(source);
    },
    'remove-source': ({ source }, sender) => {
      fromExtensionPage(sender);
      return s().remove(source);
    },
    'reader-progress': (_, sender) => {
      fromExtensionPage(sender);
      return s().progress();
    },
    'export-sources': (_, sender) => {
      fromExtensionPage(sender);
      return s().exportAll();
    },
    'import-sources': ({ sources }, sender) => {
      fromExtensionPage(sender);
      return s().importAll(sources);
    },
  };
}
