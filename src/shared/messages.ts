/**
 * The one message surface of Caravan. Every message is defined once here: its name, the schema
 * of its parameters (checked at run time by every receiver) and the type of its result.
 * Wire format: `{ type: name, params?: P }`. The `page-mentions` contract with the content script
 * (`{type: "page-mentions"}` → `{mentions: Array<{entity, text}>}`) is part of this surface and
 * must stay stable.
 */
import * as v from 'valibot';
import type { Entity, Fact, Source } from './pack-types';

export interface PageMention {
  entity: string;
  text: string;
}

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
const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/** Parameters' schemas, and which side receives each message. */
export const MESSAGE_SCHEMAS = {
  // Received by the content script.
  'page-mentions': { to: 'content', params: empty },
  'navigate-mention': {
    to: 'content',
    params: v.strictObject({ direction: v.picklist([1, -1]) }),
  },
  'reveal-entity': { to: 'content', params: v.strictObject({ entity: entityId }) },
  'toggle-marking': { to: 'content', params: empty },
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
    }),
  },
  'open-panel': { to: 'background', params: v.strictObject({ entity: v.optional(entityId) }) },
  'tab-frames': { to: 'background', params: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }) },
} as const;

/** Results, by message name. */
export interface MessageResults {
  'page-mentions': { mentions: PageMention[] };
  'navigate-mention': { index: number; total: number };
  'reveal-entity': boolean;
  'toggle-marking': { enabled: boolean };
  ping: { ok: true; version: string };
  'store-status': StoreStatus;
  'entity-card': EntityCard | null;
  'mentions-changed': null;
  'open-panel': null;
  /** The frames of the tab to ask for `page-mentions`: the top frame and those that found any. */
  'tab-frames': number[];
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
