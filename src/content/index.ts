/**
 * The content script: runs in every frame (top, same- and cross-origin iframes, srcdoc and
 * about:blank frames alike), detects mentions and explains them. Extension APIs live here only;
 * detection (./detect) runs as well in a plain page for the benchmark.
 */
import gazetteerJson from 'virtual:gazetteer';
import splitJson from 'virtual:split-forms';
import { compileMatcherSliced, type SplitForms } from '../matching';
import type { Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { log } from '../shared/log';
import { listen, sendToBackground } from '../shared/messaging';
import { loadSettings, runsOnHost, watchSettings, type Settings } from '../shared/settings';
import { createSession } from './detect/session';
import { pickYield } from './detect/slicer';
import { createTooltip } from './tooltip';

let matcher: Promise<Matcher> | null = null;

const session = createSession({
  // Compiled on first use (a paused site or a frame without text never pays for it), in slices
  // of a few ms: a frame's first compile runs cold, and as one task it would block the page.
  // The gazetteer and its split forms ship as JSON text (build.mjs), parsed here: cheaper than
  // object literals, and a frame that never compiles never parses them.
  matcher: () =>
    (matcher ??= compileMatcherSliced(JSON.parse(gazetteerJson) as GazetteerEntry[], { split: JSON.parse(splitJson) as SplitForms, yieldFn: pickYield() })),
  tooltip: (index, onActiveChange) => createTooltip(index, { onActiveChange }),
  onEntities: (entities) => {
    sendToBackground('mentions-changed', { entities }).catch((error: unknown) => {
      // The background may be restarting; the next change sends the list again.
      log.warn('mentions-changed not delivered:', error);
    });
  },
});

// A frame that navigated keeps its frame id, and the background still holds what its previous
// document reported there: a new document in a sub-frame says it starts empty (the top frame's
// navigation clears the whole tab in the background). One message per sub-frame and page load.
if (window !== window.top) {
  sendToBackground('mentions-changed', { entities: [] }).catch((error: unknown) => log.warn('mentions-changed not delivered:', error));
}

// Registered synchronously so a message arriving while settings load is still answered.
listen('content', {
  'page-mentions': async () => {
    await ready;
    return session.mentions();
  },
  'navigate-mention': async ({ direction }) => {
    await ready;
    return session.navigate(direction);
  },
  'reveal-entity': async ({ entity }) => {
    await ready;
    return session.reveal(entity);
  },
  'toggle-marking': async () => {
    await ready;
    return session.toggleMarking();
  },
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
  session.apply({ runs: runsOnHost(settings, hostname()), markStyle: settings.markStyle });
}

const ready = loadSettings()
  .then(apply)
  .catch((error: unknown) => log.error('content script failed to start:', error));

watchSettings((settings) => {
  void ready.then(() => apply(settings));
});
