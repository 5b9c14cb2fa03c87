/**
 * The typed client and the checked receiving end of the message surface. Every context registers
 * its handlers through `listen`, which refuses (and logs) a message of unknown shape or from a
 * sender other than this extension's own contexts. Every answer is a `Reply` (messages.ts); the
 * client returns its result or throws a `MessageError`.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { log } from './log';
import {
  errorReply,
  isTrustedSender,
  MESSAGE_SCHEMAS,
  MessageError,
  parseEnvelope,
  readReply,
  resultReply,
  type MessageName,
  type MessageParams,
  type MessageResult,
  type MessagesFor,
  type Receiver,
  type Reply,
} from './messages';

export type Handler<K extends MessageName> = (
  params: MessageParams<K>,
  sender: Runtime.MessageSender,
) => MessageResult<K> | Promise<MessageResult<K>>;

export type Handlers<R extends Receiver> = { [K in MessagesFor<R>]?: Handler<K> };

/**
 * Registers the handlers synchronously (call at top level, so a background woken by a message
 * still answers it). A message for another context is left alone (undefined: that context
 * answers); everything else gets a `Reply`: the result, or why there is none.
 */
export function listen<R extends Receiver>(receiver: R, handlers: Handlers<R>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    const parsed = parseEnvelope(raw, receiver);
    if (!parsed.ok) {
      if (parsed.reason.includes('is not for the')) return undefined;
      log.warn('refused message:', parsed.reason);
      return Promise.resolve(errorReply('refused', parsed.reason));
    }
    if (!isTrustedSender(sender, receiver, { id: browser.runtime.id, origin: browser.runtime.getURL('') })) {
      log.warn('refused message from untrusted sender:', parsed.type, sender.url ?? sender.id);
      return Promise.resolve(errorReply('refused', 'untrusted sender'));
    }
    const handler = (handlers as Record<string, Handler<MessageName> | undefined>)[parsed.type];
    if (!handler) return Promise.resolve(errorReply('unhandled', `${parsed.type} has no handler in this ${receiver}`));
    const failed = (error: unknown): Reply => {
      log.error(`handler ${parsed.type} failed:`, error);
      return errorReply('failed', error instanceof Error ? error.message : String(error));
    };
    try {
      return Promise.resolve(handler(parsed.params as never, sender)).then((result) => resultReply(result), failed);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
  });
}

/**
 * Overhears one message on its way to its receiver, with the same checks as `listen` (shape,
 * parameters, sender), and never answers it: the receiver does. An extension page (the side
 * panel) learns this way that a tab's frames reported new mentions to the background. Returns
 * the unsubscribe.
 */
export function observe<K extends MessageName>(type: K, onMessage: (params: MessageParams<K>, sender: Runtime.MessageSender) => void): () => void {
  const receiver = MESSAGE_SCHEMAS[type].to;
  const listener = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    const parsed = parseEnvelope(raw, receiver);
    if (!parsed.ok || parsed.type !== type) return undefined;
    if (!isTrustedSender(sender, receiver, { id: browser.runtime.id, origin: browser.runtime.getURL('') })) return undefined;
    try {
      onMessage(parsed.params as MessageParams<K>, sender);
    } catch (error) {
      log.warn(`observer of ${type} failed:`, error);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** A rejected send (no receiving end, a closed port) as a MessageError. */
function unreachable(type: string): (error: unknown) => never {
  return (error) => {
    throw new MessageError('unreachable', error instanceof Error ? error.message : String(error), type);
  };
}

type ParamArgs<K extends MessageName> = object extends MessageParams<K>
  ? [params?: MessageParams<K>]
  : [params: MessageParams<K>];

/** Sends a message to the background and returns its typed result; throws a MessageError where there is none. */
export async function sendToBackground<K extends MessagesFor<'background'>>(
  type: K,
  ...[params]: ParamArgs<K>
): Promise<MessageResult<K>> {
  const raw: unknown = await browser.runtime.sendMessage(params === undefined ? { type } : { type, params }).catch(unreachable(type));
  return readReply<MessageResult<K>>(raw, type);
}

/**
 * Sends a message to a tab's content script (the top frame unless `frameId` says otherwise) and
 * returns its typed result; throws a MessageError where there is none.
 */
export async function sendToTab<K extends MessagesFor<'content'>>(
  tabId: number,
  type: K,
  params?: MessageParams<K>,
  frameId = 0,
): Promise<MessageResult<K>> {
  const raw: unknown = await browser.tabs
    .sendMessage(tabId, params === undefined ? { type } : { type, params }, { frameId })
    .catch(unreachable(type));
  return readReply<MessageResult<K>>(raw, type);
}
