/** One surface over playwright-core (Chromium) and puppeteer-core (Firefox), so each test is written once. */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  /** Runs `fn(arg)` in the page (or extension page) and returns its JSON-able result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /**
   * Runs `fn(root, arg)` in the page on the shadow root of the first element matching
   * `hostSelector`, closed roots included (read through the driver's protocol, as no page script
   * can), and returns its JSON-able result; null when no such element or root is there.
   */
  inShadow<R, A = undefined>(hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null>;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A finger's tap (touch pointer events), as on a phone or tablet. */
  tap(x: number, y: number): Promise<void>;
  /** A key or chord in playwright notation: "Escape", "Tab", "Shift+Tab", "Alt+Shift+Period". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Sizes the page's viewport (CSS pixels), as a reader's window of that size would. */
  setViewport(width: number, height: number): Promise<void>;
  /** Console errors and uncaught exceptions seen in this page since it opened. */
  errors: string[];
  close(): Promise<void>;
  /** The driver's own page object, for the rare browser-specific step. */
  raw: unknown;
}

/** Where a launch without the test bridge (a release build) is asked for something only the bridge can do. */
export function noBridge(): TestPage {
  return new Proxy({} as TestPage, {
    get(_, key) {
      if (key === 'then') return undefined;
      throw new Error(`this build has no test bridge (bridge.${String(key)}): a release build is driven as a reader drives it`);
    },
  });
}

export interface LaunchOptions {
  /** Open the test bridge page (test builds only); false for a release build. Default true. */
  bridge?: boolean;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  extensionOrigin: string;
  /** An extension page (test builds only) with `window.caravanBridge` for calling extension APIs. */
  bridge: TestPage;
  /** Opens a web page in a new tab. */
  newPage(url: string): Promise<TestPage>;
  /** Opens an extension page (popup.html, options.html, ...) in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Opens the fact panel as the toolbar button does: popup.html with no parameters, about the
   * active tab of its window, which is made `page` (the panel itself opens in a background tab;
   * the test build's `tabs` permission stands in for the activeTab grant of a toolbar click).
   * Once the panel shows what it found, its tab comes to the front.
   */
  openPopupFor(page: TestPage): Promise<TestPage>;
  /** An open tab whose URL starts with `prefix` (e.g. one the extension opened), waited for. */
  pageAt(prefix: string): Promise<TestPage>;
  /** Sends a runtime message to the content script of the tab whose URL contains `urlPart`. */
  sendToTab<R = unknown>(urlPart: string, message: unknown, frameId?: number): Promise<R>;
  /** Sends a runtime message to the background, from the bridge page. */
  sendToBackground<R = unknown>(message: unknown): Promise<R>;
  close(): Promise<void>;
}
