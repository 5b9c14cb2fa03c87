export function isOtherSite(src: string): boolean;
export function prepareSavedPage(html: string, secondOrigin: string): { html: string; scripts: number; handlers: number; framesMoved: number };
export const BLANK_FRAME: string;
export function pageCsp(secondOrigin: string): string;
