/**
 * The tooltip's own module (`tooltip.js`, decision 0300): what a frame imports the first time the
 * reader hovers, taps or focuses a mention or steps to one by keyboard (lazy.ts decides when).
 * Everything of the tooltip's UI is here (preact, the shadow host, the cards, positioning); the
 * browser dependencies come in as parameters from the detector's side (index.ts), so this module
 * carries no extension polyfill and no schema library of its own.
 */
export { createTooltipController } from './controller';
export type { ControllerDeps, FirstStep } from './controller';
