/** One prefix for everything Caravan logs, so a reader of a page's console knows who spoke. */
const PREFIX = '[Caravan]';

export const log = {
  info: (...args: unknown[]): void => console.info(PREFIX, ...args),
  warn: (...args: unknown[]): void => console.warn(PREFIX, ...args),
  error: (...args: unknown[]): void => console.error(PREFIX, ...args),
};
