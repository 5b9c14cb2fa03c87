import type { ExtensionBrowser, TestPage } from './types';

/**
 * What both browsers do the same way, through the bridge page: open the fact panel as the toolbar
 * button does, and send runtime messages. Only launching and finding pages differ per driver.
 */
export function bridgeMethods(
  bridge: TestPage,
  extensionOrigin: string,
  pageAt: (prefix: string, timeoutMs?: number) => Promise<TestPage>,
): Pick<ExtensionBrowser, 'openPopupFor' | 'sendToTab' | 'sendToBackground'> {
  let panels = 0;
  return {
    openPopupFor: async (page) => {
      await page.bringToFront();
      const open = async () => {
        const path = `popup.html#panel-${++panels}`;
        await bridge.evaluate((path) => window.caravanBridge.openInBackground(path), path);
        return `${extensionOrigin}${path}`;
      };
      let panel: TestPage;
      try {
        panel = await pageAt(await open(), 20_000);
      } catch {
        // Firefox now and then leaves a new extension tab at about:blank for good (seen once in CI
        // with 302 other tests passing): a reader would click the button again, and so does the test.
        panel = await pageAt(await open(), 25_000);
      }
      // Once it has found its tab (it asks once, when it opens) and says what is there, the panel
      // comes to the front, as a popup has the reader's keyboard and pointer.
      await panel.waitFor(() => document.querySelector('[data-state], .mentions [data-entity]'), undefined, 20_000);
      await panel.bringToFront();
      return panel;
    },
    sendToTab: (urlPart, message, frameId = 0) =>
      bridge.evaluate(
        ({ urlPart, message, frameId }) => window.caravanBridge.sendToTab(urlPart, message, frameId),
        { urlPart, message, frameId },
      ) as never,
    sendToBackground: (message) => bridge.evaluate((message) => window.caravanBridge.sendToBackground(message), message) as never,
  };
}
