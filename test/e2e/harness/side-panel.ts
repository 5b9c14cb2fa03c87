/**
 * Chromium's side panel as a TestPage, for suites without the test bridge (the release build):
 * playwright lists no side panel among its pages, but the browser's DevTools protocol does as a
 * target, and a session attached to it runs code in it. Read-only helpers for reading what the
 * panel shows; no input events (the panel's buttons are clicked through the DOM).
 */
import type { Page } from 'playwright-core';
import type { TestPage } from './types';

interface Cdp {
  send(method: string, params?: object): Promise<Record<string, unknown>>;
  on(event: string, listener: (e: Record<string, unknown>) => void): void;
  detach(): Promise<void>;
}

/** The open side panel whose URL contains `path`, found from `page` (any page of the browser); waits up to 15 s for it. */
export async function chromiumSidePanel(page: TestPage, path = 'sidepanel.html'): Promise<TestPage> {
  const raw = page.raw as Page;
  const cdp = (await raw.context().newCDPSession(raw)) as unknown as Cdp;
  let targetId: string | undefined;
  for (let i = 0; i < 150 && !targetId; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string }> };
    targetId = targetInfos.find((t) => t.url.includes(path))?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) throw new Error(`no side panel at ${path}`);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  const waiting = new Map<number, (m: { result?: { result?: { value?: string }; exceptionDetails?: { text: string } } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message as string) as { id?: number };
    if (message.id !== undefined) waiting.get(message.id)?.(message as never);
  });
  const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    const id = ++next;
    const answer = new Promise<{ result?: { result?: { value?: string }; exceptionDetails?: { text: string } } }>((resolve) => waiting.set(id, resolve));
    const expression = `Promise.resolve((${fn.toString()})(${JSON.stringify(arg ?? null)})).then((v) => JSON.stringify(v ?? null))`;
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    const reply = await answer;
    waiting.delete(id);
    if (reply.result?.exceptionDetails) throw new Error(`side panel: ${reply.result.exceptionDetails.text}`);
    return JSON.parse(reply.result?.result?.value ?? 'null') as R;
  };
  const unsupported = (what: string) => () => Promise.reject(new Error(`the side panel probe does not ${what}`));
  return {
    raw: null,
    errors: [],
    evaluate: evaluate as TestPage['evaluate'],
    waitFor: (async (fn: (arg: unknown) => unknown, arg?: unknown, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate(fn, arg);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`side panel waitFor: no truthy answer within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }) as TestPage['waitFor'],
    inShadow: unsupported('read shadow roots') as never,
    goto: unsupported('navigate'),
    url: () => evaluate(() => location.href),
    mouseMove: unsupported('move the mouse'),
    mouseClick: unsupported('click'),
    tap: unsupported('tap'),
    press: unsupported('press keys'),
    type: unsupported('type'),
    click: async (selector) => {
      await evaluate((s) => document.querySelector<HTMLElement>(s)?.click(), selector);
    },
    bringToFront: unsupported('come to the front'),
    screenshot: unsupported('take screenshots'),
    setViewport: unsupported('resize'),
    close: async () => {
      await cdp.detach().catch(() => undefined);
    },
  };
}
