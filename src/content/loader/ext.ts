/**
 * The few extension APIs the loader calls, typed by hand: `browser` (Firefox) or `chrome`
 * (Chromium; its MV3 calls return promises too), with no polyfill in every frame.
 */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface Ext {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: Sender, respond: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
}

const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
export const ext: Ext = g.browser ?? g.chrome!;
