/**
 * The detector module: what a frame loads once its text may name the topic (the loader, ./loader,
 * imports it as one self-contained ES module, decision 0210). Detection, highlights and the
 * tooltip; the loader keeps the message boundary and forwards the content messages here.
 */
// First: the settings' read starts before the rest of this module evaluates (decision 0292).
import { currentSettings, onSettingsChange } from './detect/early-settings';
import browser from 'webextension-polyfill';
import { followReaderFacts } from '../reader/facts-version';
import { log } from '../shared/log';
import type { MessageResult } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { runsOnHost, type Settings } from '../shared/settings';
import { createSession, type FrameReport } from './detect/session';
import { traceMark } from './detect/trace';
import { setReaderFactSources, entityMeta, factSourcesOf, loadMatcher } from './matcher-source';
import { createTooltip } from './tooltip';
import { pageHtml } from './page-html';

export interface DetectorApi {
  pageMentions(): Promise<MessageResult<'page-mentions'>>;
  navigate(direction: 1 | -1, entity?: string): Promise<MessageResult<'navigate-mention'>>;
  reveal(entity: string): Promise<boolean>;
  toggleMarking(): Promise<MessageResult<'toggle-marking'>>;
  setTabTopic(onTopic: boolean | null): void;
  /** "Add this page": the top frame's HTML, address and title (issue 20). */
  pageHtml(): MessageResult<'page-html'>;
}

export interface DetectorStart {
  /** The tab's topic state as the loader learnt it so far (null: unknown). */
  tabTopic: boolean | null;
  /** The page's host (about:blank and srcdoc frames take their creator's). */
  host: string;
}

export function start({ tabTopic, host }: DetectorStart): DetectorApi {
  let lastEvidence = '';
  let lastReport: FrameReport | null = null;
  const sendReport = (report: FrameReport): void => {
    lastReport = report;
    const { entities, evidence } = report;
    // Each report says which document sent it: the background keeps the tab's current page's (decision 0351).
    const origin = performance.timeOrigin;
    sendToBackground('mentions-changed', { entities, origin }).catch((error: unknown) => {
      // The background may be restarting; the next change sends the list again.
      log.warn('mentions-changed not delivered:', error);
    });
    const key = JSON.stringify(evidence);
    if (key === lastEvidence) return;
    lastEvidence = key;
    sendToBackground('topic-evidence', { ...evidence, origin }).then(
      ({ onTopic }) => session.setTabTopic(onTopic),
      (error: unknown) => {
        lastEvidence = '';
        log.warn('topic-evidence not delivered:', error);
      },
    );
  };

  const session = createSession({
    matcher: loadMatcher,
    tooltip: (index, onActiveChange) => createTooltip(index, { onActiveChange, factSources: factSourcesOf }),
    onReport: sendReport,
    meta: entityMeta,
  });
  session.setTabTopic(tabTopic);

  const apply = (settings: Settings): void => {
    const { contextMarking, mutedEntities, mutedTypes, factlessEntities, disabledSources } = settings;
    session.apply({
      runs: runsOnHost(settings, host),
      markStyle: settings.markStyle,
      marks: { contextMarking, mutedEntities, mutedTypes, factlessEntities, disabledSources },
    });
  };
  // The reader's own sources hold facts the pack does not know of (issue 20); asked again whenever they change.
  followReaderFacts(
    browser.storage,
    () => sendToBackground('reader-fact-sources'),
    (reader, initial) => {
      if (initial && !Object.keys(reader).length) return;
      setReaderFactSources(reader);
      session.metaChanged();
    },
    (error: unknown) => log.warn('reader-fact-sources not delivered:', error),
  );
  traceMark('detector-start');
  const ready = currentSettings()
    .then((settings) => {
      traceMark('settings');
      apply(settings);
    })
    .catch((error: unknown) => log.error('content script failed to start:', error));
  // The loader imported this module because Caravan runs here and the text may name the topic:
  // the matcher opens now, while the settings' round trip (early-settings.ts) is under way,
  // instead of after it (decision 0292). A failure is the session's to tell (it asks again).
  loadMatcher().catch(() => undefined);
  onSettingsChange((settings) => {
    void ready.then(() => apply(settings));
  });

  return {
    async pageMentions() {
      await ready;
      return { ...(await session.mentions()), status: session.status(), marking: session.marking };
    },
    async navigate(direction, entity) {
      await ready;
      return session.navigate(direction, entity);
    },
    async reveal(entity) {
      await ready;
      return session.reveal(entity);
    },
    async toggleMarking() {
      await ready;
      return session.toggleMarking();
    },
    setTabTopic: (onTopic) => {
      session.setTabTopic(onTopic);
      // The background says the tab's state when it turns, and to a page restored from the
      // back/forward cache, whose frames' reports it dropped: the frame reports again (decision 0351).
      if (lastReport) {
        lastEvidence = '';
        sendReport(lastReport);
      }
    },
    pageHtml,
  };
}
