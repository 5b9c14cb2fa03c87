/**
 * The typed client and the checked receiving end of the message surface. Every context registers
 * its handlers through `listen`, which refuses (and logs) a message of unknown shape or from a
 * sender other than this extension's own contexts.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { log } from './log';
import {
  isTrustedSender,
  parseEnvelope,
  type MessageName,
  type MessageParams,
  type MessageResult,
  type MessagesFor,
  type Receiver,
} from './messages';

export type Handler<K extends MessageName> = (
  params: MessageParams<K>,
  sender: Runtime.MessageSender,
) => MessageResult<K> | Promise<MessageResult<K>>;

export type Handlers<R extends Receiver> = { [K in MessagesFor<R>]?: Handler<K> };

/**
 * Registers the handlers synchronously (call at top level, so a background woken by a message
 * still answers it). Messages handled by another context are left alone (undefined is returned).
 */
export function listen<R extends Receiver>(receiver: R, handlers: Handlers<R>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const parsed = parseEnvelope(raw, receiver);
    if (!parsed.ok) {
      // Not ours: another receiver's message is none of our business; anything else is refused.
      if (!parsed.reason.includes('is not for the')) log.warn('refused message:', parsed.reason);
      return undefined;
    }
    const handler = (handlers as Record<string, Handler<MessageName> | undefined>)[parsed.type];
    if (!handler) return undefined;
    if (!isTrustedSender(sender, receiver, { id: browser.runtime.id, origin: browser.runtime.getURL('') })) {
      log.warn('refused message from untrusted sender:', parsed.type, sender.url ?? sender.id);
      return undefined;
    }
    try {
      return Promise.resolve(handler(parsed.params as never, sender)).catch((error: unknown) => {
        log.error(`handler ${parsed.type} failed:`, error);
        throw error;
      });
    } catch (error) {
      log.error(`handler ${parsed.type} failed:`, error);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

type ParamArgs<K extends MessageName> = object extends MessageParams<K>
  ? [params?: MessageParams<K>]
  : [params: MessageParams<K>];

/** Sends a message to the background and returns its typed result. */
export async function sendToBackground<K extends MessagesFor<'background'>>(
  type: K,
  ...[params]: ParamArgs<K>
): Promise<MessageResult<K>> {
  return (await browser.runtime.sendMessage(params === undefined ? { type } : { type, params })) as MessageResult<K>;
}

/** Sends a message to a tab's content script (the top frame unless `frameId` says otherwise). */
export async function sendToTab<K extends MessagesFor<'content'>>(
  tabId: number,
  type: K,
  params?: MessageParams<K>,
  frameId = 0,
): Promise<MessageResult<K>> {
  return (await browser.tabs.sendMessage(tabId, params === undefined ? { type } : { type, params }, {
    frameId,
  })) as MessageResult<K>;
}
