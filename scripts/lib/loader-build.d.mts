import type { BuildOptions, Plugin } from 'esbuild';
export const LOADER_LIMIT_BYTES: number;
export const LOADER_ENTRY: string;
export function loaderOptions(root: string, browser: 'chrome' | 'firefox', options: { release: boolean; trace?: boolean }): BuildOptions;
export function gateKeysPlugin(root: string): Plugin;
