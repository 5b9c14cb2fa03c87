/**
 * The one message surface of Caravan. Every message is defined once here: its name, the schema
 * of its parameters (checked at run time by every receiver) and the type of its result.
 * Wire format: a request is `{ type: name, params?: P }`; every reply is a `Reply`: `{ result: R }`
 * or `{ error: { code, message } }` (decision 0122), which the typed client unwraps, throwing a
 * `MessageError` for an error or for no reply at all. The `page-mentions` contract with the content
 * script (`{type: "page-mentions"}` → `{ result: { mentions: Array<{entity, text}> } }`) is part of
 * this surface and must stay stable. Its list is bounded (mention-list.ts): the first `LISTED_MENTIONS`
 * in document order, with `total` and, for every entity and form, its exact `tally`.
 */
import * as v from 'valibot';
import type { Entity, Fact, Source } from './pack-types';
import type { KeptSource } from '../reader/kept';
import type { ReaderSourceInfo } from '../reader/service';
import type { MentionTally } from './mention-list';
import type { Settings } from './settings-keys';

export interface PageMention {
  entity: string;
  text: string;
}

export type { MentionTally } from './mention-list';

/** Where detection stands in a frame (content/detect/session.ts says when each holds). */
export type DetectionStatus = 'loading' | 'ready' | 'failed' | 'off';

export interface FactView extends Fact {
  sourceInfo: Source;
}

export interface EntityCard {
  entity: Entity;
  /** Top facts from enabled sources, ranked. */
  facts: FactView[];
  /** How many facts the enabled sources hold for the entity in all. */
  total: number;
}

export interface StoreStatus {
  version: string | null;
  sources: number;
  entities: number;
  facts: number;
  /** Milliseconds the last seeding transaction took, null if this background did not seed. */
  seedMs: number | null;
  /** Why the database was rebuilt, if it was. */
  rebuiltBecause: string | null;
}

const empty = v.optional(v.strictObject({}));
/** A document's `performance.timeOrigin` (ms since the epoch): which page of a tab a frame's report is of (decision 0351). */
const timeOrigin = v.pipe(v.number(), v.finite(), v.minValue(0));
const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const readerSourceId = v.pipe(v.string(), v.regex(/^reader-[0-9a-f]{12}$/, 'not a source of yours'));
/**
 * A reader's document. The text's own limits (length, language, binary) are checked by the
 * handler, which says in a sentence what is wrong; this bound only keeps absurd messages out.
 */
const newSourceFields = {
  title: v.pipe(v.string(), v.maxLength(1000)),
  text: v.pipe(v.string(), v.maxLength(16_000_000, 'The document is too large: Caravan takes documents of up to 2.0 MB.')),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  url: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  author: v.optional(v.pipe(v.string(), v.maxLength(300))),
  published: v.optional(v.pipe(v.string(), v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'a date is YYYY-MM-DD'))),
};

/** Parameters' schemas, and which side receives each message. */
export const MESSAGE_SCHEMAS = {
  // Received by the content script.
  'page-mentions': { to: 'content', params: empty },
  /**
   * Next/previous mention; with `entity`, next/previous of that entity's mentions only (the side
   * panel's stepper), which scrolls and flashes it without opening the tooltip.
   */
  'navigate-mention': {
    to: 'content',
    params: v.strictObject({ direction: v.picklist([1, -1]), entity: v.optional(entityId) }),
  },
  'reveal-entity': { to: 'content', params: v.strictObject({ entity: entityId }) },
  'toggle-marking': { to: 'content', params: empty },
  /** The background: the tab's topic state changed (its frames' evidence summed; decision 0190). */
  'topic-changed': { to: 'content', params: v.strictObject({ onTopic: v.boolean() }) },
  /** The background: the settings that say where Caravan runs changed; a loader asks `gate-init` again (decision 0326; to every tab). */
  'run-settings': { to: 'content', params: empty },
  /** "Add this page" (issue 20): the top frame's HTML, for Readability in the popup. */
  'page-html': { to: 'content', params: empty },
  /** The background, once a tab has loaded: the top frame's document's time origin (decision 0351). */
  'page-origin': { to: 'content', params: empty },
  // Received by the background.
  ping: { to: 'background', params: empty },
  'store-status': { to: 'background', params: empty },
  'entity-card': {
    to: 'background',
    params: v.strictObject({
      entity: entityId,
      lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
      /** The other entities of the mention's block: facts naming them rank first. */
      context: v.optional(v.pipe(v.array(entityId), v.maxLength(64))),
    }),
  },
  'mentions-changed': {
    to: 'background',
    params: v.strictObject({
      entities: v.pipe(v.array(entityId), v.maxLength(10_000)),
      frameId: v.optional(v.number()),
      origin: v.optional(timeOrigin),
    }),
  },
  /** A frame's topic evidence over every mention it found; answered with the tab's topic state. */
  'topic-evidence': {
    to: 'background',
    params: v.strictObject({
      core: v.pipe(v.number(), v.integer(), v.minValue(0)),
      coreEntities: v.pipe(v.array(entityId), v.maxLength(10_000)),
      chars: v.pipe(v.number(), v.integer(), v.minValue(0)),
      origin: v.optional(timeOrigin),
    }),
  },
  /**
   * A frame's loader with text to read: the run settings and the gate's keys in one reply (decision
   * 0326). The top frame's `origin` starts the tab's page (decision 0351).
   */
  'gate-init': { to: 'background', params: v.optional(v.strictObject({ origin: v.optional(timeOrigin) })) },
  'open-panel': { to: 'background', params: v.strictObject({ entity: v.optional(entityId) }) },
  'tab-frames': { to: 'background', params: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }) },
  // The reader's own sources (issue 20; src/reader/**): from the extension's pages only.
  'add-source': { to: 'background', params: v.strictObject(newSourceFields) },
  'reader-sources': { to: 'background', params: empty },
  'rename-source': { to: 'background', params: v.strictObject({ source: readerSourceId, title: v.pipe(v.string(), v.maxLength(1000)) }) },
  'rederive-source': { to: 'background', params: v.strictObject({ source: readerSourceId }) },
  'remove-source': { to: 'background', params: v.strictObject({ source: readerSourceId }) },
  /** Which entities the reader's sources hold facts about (a frame's factless rule; any of Caravan's frames). */
  'reader-fact-sources': { to: 'background', params: empty },
  /** Where the derivation under way stands (polled by the page that asked for it). */
  'reader-progress': { to: 'background', params: empty },
  /** Every kept source in full, for a backup file. */
  'export-sources': { to: 'background', params: empty },
  /** Sources from a backup file, keeping their ids; all checked before any is stored. */
  'import-sources': {
    to: 'background',
    params: v.strictObject({
      sources: v.pipe(
        v.array(v.strictObject({ ...newSourceFields, id: readerSourceId, addedAt: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
        v.maxLength(500),
      ),
    }),
  },
} as const;

/** Results, by message name. */
export interface MessageResults {
  /**
   * `status`: 'ready', 'loading' (the matcher is still compiling), 'failed' (its compile failed),
   * 'off' (paused or not allowed on this site). `marking`: false where the reader turned marking off
   * on the page (Alt+Shift+M). `state`: 'idle' when the frame's detector had no work left, 'busy'
   * when it answered anyway. `host`: the frame's host ('' where it has none), so an extension page
   * without the `tabs` permission (the side panel) learns the page's site from the page itself.
   */
  /**
   * `mentions`: the first LISTED_MENTIONS in document order; `total`: all of them; `tally`: all, by
   * entity and form. A frame that loaded no detector (the ≤ 10 KB loader) leaves out `total` and
   * `tally`: it marks nothing, and every byte of that script counts.
   */
  'page-mentions': {
    mentions: PageMention[];
    total?: number;
    tally?: MentionTally[];
    status: DetectionStatus;
    marking: boolean;
    state?: 'idle' | 'busy';
    host?: string;
  };
  /** `index` among the mentions walked (all, or the entity's), -1 when none is laid out; `total` of them. */
  'navigate-mention': { index: number; total: number };
  'reveal-entity': boolean;
  'toggle-marking': { enabled: boolean };
  'topic-changed': null;
  'page-html': { html: string; url: string; title: string };
  'page-origin': number;
  'topic-evidence': { onTopic: boolean };
  ping: { ok: true; version: string };
  'store-status': StoreStatus;
  'entity-card': EntityCard | null;
  'mentions-changed': null;
  /** The settings a frame's loader decides by (src/content/loader/run-settings.ts), and the gate's keys. */
  'gate-init': { settings: Pick<Settings, 'runOn' | 'allowedSites' | 'pausedSites' | 'contextMarking'>; gateKeys: { version: string; keys: string; first: string } };
  'run-settings': null;
  'open-panel': null;
  /** The frames of the tab to ask for `page-mentions`: the top frame and those that found any. */
  'tab-frames': number[];
  'add-source': { source: string; facts: number };
  'reader-fact-sources': Record<string, string[]>;
  'reader-sources': ReaderSourceInfo[];
  'rename-source': null;
  'rederive-source': { source: string; facts: number };
  'remove-source': null;
  'reader-progress': { source: string; title: string; done: number; total: number } | null;
  'export-sources': KeptSource[];
  'import-sources': { sources: number; facts: number };
}

export type MessageName = keyof typeof MESSAGE_SCHEMAS;
export type MessageParams<K extends MessageName> = v.InferOutput<(typeof MESSAGE_SCHEMAS)[K]['params']>;
export type MessageResult<K extends MessageName> = MessageResults[K];
export type Receiver = 'content' | 'background';
export type MessagesFor<R extends Receiver> = {
  [K in MessageName]: (typeof MESSAGE_SCHEMAS)[K]['to'] extends R ? K : never;
}[MessageName];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  params?: MessageParams<K>;
}

export type ParseResult =
  | { ok: true; type: MessageName; params: unknown }
  | { ok: false; reason: string };

/** Checks the shape of an incoming message. Pure: no browser API, unit-testable. */
export function parseEnvelope(raw: unknown, receiver: Receiver): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an object' };
  }
  const { type, params, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { ok: false, reason: `unexpected keys ${Object.keys(rest).join(',')}` };
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_SCHEMAS, type)) {
    return { ok: false, reason: `unknown type ${JSON.stringify(type)?.slice(0, 40)}` };
  }
  const spec = MESSAGE_SCHEMAS[type as MessageName];
  if (spec.to !== receiver) return { ok: false, reason: `${type} is not for the ${receiver}` };
  const checked = v.safeParse(spec.params as v.GenericSchema, params);
  if (!checked.success) {
    return { ok: false, reason: `bad params for ${type}: ${checked.issues.map((i) => i.message).join('; ')}` };
  }
  return { ok: true, type: type as MessageName, params: checked.output };
}

/** The minimum of a runtime.MessageSender that the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Who may talk to whom: only this extension's own contexts; the content script hears the background
 * and the extension's pages, never another content script; the background hears its content
 * scripts (they come with a tab) and the extension's pages.
 */
export function isTrustedSender(sender: SenderLike, receiver: Receiver, self: { id: string; origin: string }): boolean {
  if (sender.id !== self.id) return false;
  const fromExtensionPage = sender.url !== undefined && sender.url.startsWith(self.origin);
  if (receiver === 'content') return sender.tab === undefined || fromExtensionPage;
  return sender.tab !== undefined || fromExtensionPage;
}

/**
 * Why a message got no result. Said by the receiver: `refused` (unknown shape, bad parameters,
 * untrusted sender), `unhandled` (no handler for it there), `failed` (the handler threw). Said by the
 * client: `no-reply` (the answer was not a reply: nobody handled it), `unreachable` (no receiver).
 */
export type MessageErrorCode = 'refused' | 'unhandled' | 'failed' | 'no-reply' | 'unreachable';

export interface MessageFault {
  code: MessageErrorCode;
  message: string;
}

/** What every receiver answers. */
export type Reply<R = unknown> = { result: R } | { error: MessageFault };

export const resultReply = <R>(result: R): Reply<R> => ({ result });
export const errorReply = (code: MessageErrorCode, message: string): Reply<never> => ({ error: { code, message } });

const ERROR_CODES: ReadonlySet<string> = new Set<MessageErrorCode>(['refused', 'unhandled', 'failed', 'no-reply', 'unreachable']);

/** The error a client throws for an error reply or for none. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    readonly code: MessageErrorCode,
    message: string,
    readonly type?: string,
  ) {
    super(type ? `${type}: ${code}: ${message}` : `${code}: ${message}`);
  }
}

/**
 * The result inside a reply to `type`; throws a `MessageError` for an error reply, for `undefined`
 * (nobody answered) and for anything that is not a reply. Pure: unit-tested.
 */
export function readReply<R>(raw: unknown, type: string): R {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const reply = raw as Record<string, unknown>;
    if (Object.hasOwn(reply, 'error')) {
      const fault = reply.error as Partial<MessageFault> | null;
      const code = typeof fault?.code === 'string' && ERROR_CODES.has(fault.code) ? fault.code : 'failed';
      throw new MessageError(code, typeof fault?.message === 'string' ? fault.message : 'no message', type);
    }
    if (Object.hasOwn(reply, 'result')) return reply.result as R;
  }
  throw new MessageError('no-reply', raw === undefined ? 'nobody answered' : 'the answer is not a reply', type);
}
