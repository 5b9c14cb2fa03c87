/**
 * The content script: the small part the manifest injects into every frame (decision 0210). It
 * answers the content messages at once, reads the frame's text through the gate and, only where
 * that text may name the topic and Caravan runs on this host, imports the detector module (one
 * self-contained ES module, web-accessible with a per-session URL in Chromium). Everything heavy
 * (schemas, the polyfill, the matcher, the tooltip's UI library) lives in that module.
 */
import GATE_KEYS_VERSION from 'virtual:gate-keys-version';
import type { DetectorApi, DetectorStart } from '../detector';
import { ext } from './ext';
import { checkMessage, trustedSender, type ContentMessage } from './messages';
import { readGateInit, runsOnHost, type GateInit, type RunSettings } from './run-settings';
import { storedKeys } from './gate-keys';
import { createGate } from './text-gate';
import { traceMark } from '../detect/trace';

traceMark('loader');

type DetectorModule = { start(init: DetectorStart): DetectorApi };

const warn = (...args: unknown[]) => console.warn('[Caravan]', ...args);
/** Longest a `page-mentions` answer waits for the gate (the session's own wait is the same). */
const ANSWER_WAIT_MS = 3000;

/** The page's host; about:blank and srcdoc frames take their creator's (their origin says it: an opaque one is "null"). */
const host = location.hostname || (self.origin !== 'null' ? new URL(self.origin).hostname : '');
// Full keys and the first pass from the background where it sent this build's; where not, any
// text passes (decisions 0281, 0326).
const gate = createGate(async () => {
  traceMark('loader-text');
  const keys = storedKeys((await init()).gateKeys, GATE_KEYS_VERSION);
  traceMark('loader-storage');
  if (keys) gate.scanner.useKeys(keys.keys, keys.first);
  traceMark('loader-keys');
});
let tabTopic: boolean | null = null;
let marking = true;
let started: Promise<GateInit> | null = null;
let detector: Promise<DetectorApi> | null = null;
let failed = false;

/** Asked once, by a frame with text (decision 0326): a frame without text sends nothing. */
const init = (): Promise<GateInit> =>
  (started ??= ext.runtime.sendMessage({ type: 'gate-init', params: { origin: performance.timeOrigin } }).then(readGateInit, (error: unknown) => {
    warn('gate-init:', error);
    return readGateInit(null);
  }));
/** The run settings in effect; null where the background did not answer (the detector then decides). */
const runSettings = async (): Promise<RunSettings | null> => (await init()).settings;

function load(): Promise<DetectorApi> {
  return (detector ??= import(ext.runtime.getURL('detector.js')).then(
    (m: DetectorModule) => {
      gate.disconnect();
      const api = m.start({ tabTopic, host });
      if (!marking) void api.toggleMarking();
      return api;
    },
    (error: unknown) => {
      failed = true;
      warn('detector:', error);
      throw error;
    },
  ));
}

/**
 * Loads the detector where the frame's text calls for it: it may name a core entity, or it is text
 * at all where context names are shown without one (the tab is on topic, or the reader marks them
 * everywhere; decision 0210).
 */
async function decide(): Promise<void> {
  const { scanner } = gate;
  if (detector || !scanner.text) return;
  const s = await runSettings();
  if (detector || (s && !runsOnHost(s, host))) return;
  if (scanner.hit || !s || s.contextMarking === 'everywhere' || (tabTopic === true && s.contextMarking !== 'never')) {
    traceMark('loader-import');
    void load().catch(() => undefined);
  }
}

async function answer(m: ContentMessage): Promise<unknown> {
  // Which document this is, at once: the background tells a tab's pages apart by it (decision 0351).
  if (m.type === 'page-origin') return performance.timeOrigin;
  if (m.type === 'topic-changed') {
    tabTopic = m.params.onTopic;
    if (detector) void detector.then((d) => d.setTabTopic(tabTopic), () => undefined);
    else void decide();
    return null;
  }
  // "Add this page" (the reader's request, from the panel): the detector module holds the code.
  if (m.type === 'page-html') return (await load()).pageHtml();
  if (m.type === 'run-settings') {
    // Settings apply at once on open tabs: the background says when they change (decision 0326),
    // and a frame that asked before asks again (one that never did asks when it has text).
    if (started) {
      started = null;
      void decide();
    }
    return null;
  }
  // Wait for the first reading of the text and the decision it led to, not forever.
  await Promise.race([gated.then(decide), new Promise((r) => setTimeout(r, ANSWER_WAIT_MS))]);
  if (detector && !failed) {
    const d = await detector;
    if (m.type === 'page-mentions') return { ...(await d.pageMentions()), host };
    if (m.type === 'navigate-mention') return d.navigate(m.params.direction, m.params.entity);
    if (m.type === 'reveal-entity') return d.reveal(m.params.entity);
    const r = await d.toggleMarking();
    marking = r.enabled;
    return r;
  }
  // Nothing loaded here: nothing to list, show or navigate.
  if (m.type === 'page-mentions') {
    const s = await runSettings();
    const runs = !s || runsOnHost(s, host);
    return { mentions: [], status: failed ? 'failed' : runs ? 'ready' : 'off', marking, state: 'idle', host };
  }
  if (m.type === 'navigate-mention') return { index: -1, total: 0 };
  if (m.type === 'reveal-entity') return false;
  marking = !marking;
  return { enabled: marking };
}

// Registered first, synchronously: a message arriving while the frame starts is still answered.
ext.runtime.onMessage.addListener((raw, sender, respond) => {
  let m = checkMessage(raw);
  if (typeof m !== 'string' && !trustedSender(sender, { id: ext.runtime.id, origin: ext.runtime.getURL('') })) m = 'untrusted';
  if (typeof m === 'string') {
    warn('refused:', m);
    respond({ error: { code: 'refused', message: m } });
    return undefined;
  }
  answer(m).then(
    (result) => respond({ result }),
    (error: unknown) => respond({ error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } }),
  );
  return true;
});

// A frame that navigated keeps its frame id, and the background still holds what its previous
// document reported there: a new document in a sub-frame says it starts empty (the top frame's
// navigation clears the whole tab in the background). One message per sub-frame and page load.
if (window !== window.top) {
  const send = (message: unknown) => ext.runtime.sendMessage(message);
  const origin = performance.timeOrigin;
  send({ type: 'mentions-changed', params: { entities: [], origin } }).catch(warn);
  // Likewise its topic evidence; the answer is the tab's state so far (its other frames').
  send({ type: 'topic-evidence', params: { core: 0, coreEntities: [], chars: 0, origin } }).then(
    (reply) => {
      const onTopic = (reply as { result?: { onTopic?: unknown } } | undefined)?.result?.onTopic;
      if (typeof onTopic !== 'boolean' || tabTopic !== null) return;
      tabTopic = onTopic;
      if (detector) void detector.then((d) => d.setTabTopic(onTopic), () => undefined);
      else void decide();
    },
    warn,
  );
}

/** Settles when the first reading of the frame's text is done. */
const gated = gate.read(document).then(
  () => {
    traceMark('loader-read');
    // Text that arrives later (single-page apps, infinite scroll, text changed in place) goes
    // through the same gate, until the detector takes over watching.
    if (!detector) gate.watch(document, () => void decide());
  },
  (error: unknown) => {
    // A page that keeps rebuilding itself under the walk: load rather than risk missing a name.
    warn('gate:', error);
    gate.scanner.hit = gate.scanner.text = true;
  },
);
void gated.then(decide);
