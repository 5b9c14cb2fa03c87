export const CHROMIUM_QUIET_ARGS: readonly string[];
export function chromiumExtensionArgs(dir: string): string[];
export function gotoLoadedBidi(page: { goto(url: string, o: object): Promise<unknown>; evaluate<T>(fn: () => T): Promise<T> }, url: string): Promise<void>;
