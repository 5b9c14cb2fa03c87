/**
 * The content side of the message surface, checked by hand at the boundary (messages.ts checks
 * the same shapes with its schemas; messages.test.ts here holds the two to agreement): a message
 * of unknown shape, or from anyone but this extension's own contexts, is refused.
 */
import type { Sender } from './ext';

export type ContentMessage =
  | { type: 'page-mentions' | 'toggle-marking'; params?: Record<string, never> }
  | { type: 'page-html' | 'page-origin'; params?: Record<string, never> }
  | { type: 'navigate-mention'; params: { direction: 1 | -1; entity?: string } }
  | { type: 'reveal-entity'; params: { entity: string } }
  | { type: 'topic-changed'; params: { onTopic: boolean } }
  | { type: 'run-settings'; params?: Record<string, never> };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isEntity = (v: unknown) => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v);
/** Each message's required parameter and its check, then an optional one; null: no parameters (none, or `{}`). */
const PARAMS: Record<string, [string, (v: unknown) => boolean, string?, ((v: unknown) => boolean)?] | null> = {
  'page-mentions': null,
  'toggle-marking': null,
  'page-html': null,
  'page-origin': null,
  'navigate-mention': ['direction', (v) => v === 1 || v === -1, 'entity', isEntity],
  'reveal-entity': ['entity', isEntity],
  'topic-changed': ['onTopic', (v) => typeof v === 'boolean'],
  'run-settings': null,
};

/** The names this receiver answers (the unit test compares them with messages.ts). */
export const contentMessages = (): string[] => Object.keys(PARAMS);

/** The message, or why it is refused. */
export function checkMessage(raw: unknown): ContentMessage | string {
  if (!isObject(raw) || Object.keys(raw).some((k) => k !== 'type' && k !== 'params')) return 'not a message';
  const { type, params } = raw;
  const spec = typeof type === 'string' && Object.hasOwn(PARAMS, type) ? PARAMS[type] : undefined;
  if (spec === undefined) return 'unknown';
  const keys = isObject(params) ? Object.keys(params) : null;
  const ok = spec
    ? !!keys?.includes(spec[0]) && keys.every((k) => (k === spec[0] ? spec[1] : k === spec[2] ? spec[3] : undefined)?.((params as Record<string, unknown>)[k]))
    : params === undefined || keys?.length === 0;
  return ok ? (raw as ContentMessage) : 'bad params';
}

/** messages.ts isTrustedSender for the content receiver: this extension, not from a tab unless an extension page. */
export function trustedSender(sender: Sender, self: { id: string; origin: string }): boolean {
  return sender.id === self.id && (sender.tab === undefined || !!sender.url?.startsWith(self.origin));
}
