/**
 * The content script: runs in every frame (top, same- and cross-origin iframes, srcdoc and
 * about:blank frames alike), detects mentions and explains them. Extension APIs live here only;
 * detection (./detect) runs as well in a plain page for the benchmark.
 */
import { log } from '../shared/log';
import { listen, sendToBackground } from '../shared/messaging';
import { loadSettings, runsOnHost, watchSettings, type Settings } from '../shared/settings';
import { createSession, type FrameReport } from './detect/session';
import { entityMeta, factSourcesOf, loadMatcher } from './matcher-source';
import { createTooltip } from './tooltip';
import { pageHtml } from './page-html';

let lastEvidence = '';
function sendReport({ entities, evidence }: FrameReport): void {
  sendToBackground('mentions-changed', { entities }).catch((error: unknown) => {
    // The background may be restarting; the next change sends the list again.
    log.warn('mentions-changed not delivered:', error);
  });
  const key = JSON.stringify(evidence);
  if (key === lastEvidence) return;
  lastEvidence = key;
  sendToBackground('topic-evidence', evidence).then(
    ({ onTopic }) => session.setTabTopic(onTopic),
    (error: unknown) => {
      lastEvidence = '';
      log.warn('topic-evidence not delivered:', error);
    },
  );
}

const session = createSession({
  matcher: loadMatcher,
  tooltip: (index, onActiveChange) => createTooltip(index, { onActiveChange, factSources: factSourcesOf }),
  onReport: sendReport,
  meta: entityMeta,
});

// A frame that navigated keeps its frame id, and the background still holds what its previous
// document reported there: a new document in a sub-frame says it starts empty (the top frame's
// navigation clears the whole tab in the background). One message per sub-frame and page load.
if (window !== window.top) {
  sendToBackground('mentions-changed', { entities: [] }).catch((error: unknown) => log.warn('mentions-changed not delivered:', error));
  // Likewise its topic evidence; the answer is the tab's state so far (its other frames').
  sendToBackground('topic-evidence', { core: 0, coreEntities: [], chars: 0 }).then(
    ({ onTopic }) => session.setTabTopic(onTopic),
    (error: unknown) => log.warn('topic-evidence not delivered:', error),
  );
}

// Registered synchronously so a message arriving while settings load is still answered.
listen('content', {
  'page-mentions': async () => {
    await ready;
    return { ...(await session.mentions()), status: session.status(), marking: session.marking, host: hostname() };
  },
  'navigate-mention': async ({ direction, entity }) => {
    await ready;
    return session.navigate(direction, entity);
  },
  'reveal-entity': async ({ entity }) => {
    await ready;
    return session.reveal(entity);
  },
  'toggle-marking': async () => {
    await ready;
    return session.toggleMarking();
  },
  'topic-changed': ({ onTopic }) => {
    session.setTabTopic(onTopic);
    return null;
  },
  'page-html': () => pageHtml(),
});

/** The page's host; about:blank and srcdoc frames take their creator's (their origin says it). */
function hostname(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin && self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}

function apply(settings: Settings): void {
  const { contextMarking, mutedEntities, mutedTypes, factlessEntities, disabledSources } = settings;
  session.apply({
    runs: runsOnHost(settings, hostname()),
    markStyle: settings.markStyle,
    marks: { contextMarking, mutedEntities, mutedTypes, factlessEntities, disabledSources },
  });
}

const ready = loadSettings()
  .then(apply)
  .catch((error: unknown) => log.error('content script failed to start:', error));

watchSettings((settings) => {
  void ready.then(() => apply(settings));
});
