/**
 * The tooltip's stylesheet, applied inside its shadow root only, so none of it reaches the page.
 *
 * `:host { all: initial !important }` comes first: in the cascade an !important declaration of
 * the shadow tree beats an !important one of the page (CSS Scoping, "context"), so page rules
 * such as `* { color: red !important }` or `caravan-tooltip { display: none !important }` lose,
 * and the inherited properties the content starts from are ours.
 *
 * Contrast (WCAG 2 relative luminance; AA needs 4.5:1 for text, 3:1 for control borders/focus):
 *   light  text   #1b1b1f on #ffffff 17.17   on quote #f3f4f6 15.60
 *          muted  #545760 on #ffffff  7.22   on badge #eef1f6  6.38
 *          accent #0a55c2 on #ffffff  6.79   on badge #eef1f6  6.00   on hover #e8effb 5.88
 *          border #7d8088 on #ffffff  3.95   (control outline; the focus ring is accent, 6.79)
 *   dark   text   #ececf0 on #1f2024 13.81   on quote #2a2c31 11.86
 *          muted  #b0b3bb on #1f2024  7.76   on badge #2c2f36  6.39
 *          accent #8ab4f8 on #1f2024  7.72   on badge #2c2f36  6.36   on hover #26303f 6.32
 *          border #8d9099 on #1f2024  5.10
 */
export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  display: block !important;
  /* A zero-size anchor at the viewport's origin; the card inside is what floats. Positioning the
     card, not the host, keeps every host property locked by the !important rules above. */
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: auto !important;
}
.card {
  position: fixed;
  top: 0;
  left: 0;
  /* One palette: light-dark() picks by the used color-scheme, which the theme setting pins below. */
  color-scheme: light dark;
  --bg: light-dark(#ffffff, #1f2024); --fg: light-dark(#1b1b1f, #ececf0); --muted: light-dark(#545760, #b0b3bb);
  --accent: light-dark(#0a55c2, #8ab4f8); --border: light-dark(#7d8088, #8d9099); --soft: light-dark(#f3f4f6, #2a2c31);
  --badge: light-dark(#eef1f6, #2c2f36); --hover: light-dark(#e8effb, #26303f);
  --shadow: light-dark(rgba(0, 0, 0, 0.22), rgba(0, 0, 0, 0.6));
  box-sizing: border-box;
  /* Floating UI measures the card at the viewport's edge too: without max-content it would shrink there. */
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  max-height: min(460px, calc(100vh - 16px));
  /* The header stays; the rest scrolls (position.ts caps the height to the room). */
  display: flex;
  flex-direction: column;
  overflow: hidden;
  padding: 12px 14px;
  border: 1px solid var(--border);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px var(--shadow);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif;
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
  overflow-wrap: anywhere;
  cursor: auto;
  /* The reader may select and copy what the tooltip says. */
  user-select: text;
  -webkit-user-select: text;
  animation: caravan-in 120ms ease-out;
}
.card[data-theme="light"] { color-scheme: light; }
.card[data-theme="dark"] { color-scheme: dark; }
@keyframes caravan-in { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; }
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.head { display: flex; align-items: flex-start; gap: 8px; flex: none; }
.scroll {
  flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain;
  /* The card's palette, not the page's: a light track beside dark facts otherwise (Firefox). */
  scrollbar-width: thin; scrollbar-color: var(--border) transparent;
}
.titles { flex: 1 1 auto; min-width: 0; }
.title { margin: 0; text-align: match-parent; font-size: 16px; font-weight: 650; line-height: 1.3; color: var(--fg); }
.type { margin: 2px 0 0; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.desc-row { display: flex; align-items: baseline; gap: 6px; margin: 6px 0 0; }
.desc { flex: 1 1 auto; min-width: 0; margin: 0; color: var(--fg); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.desc.open { white-space: normal; overflow: visible; }
.desc-toggle { flex: none; font-size: 12px; min-height: 24px; padding: 0 6px; }
.tools { display: flex; gap: 4px; flex: none; }
button {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 28px;
  min-height: 28px;
  padding: 2px 8px;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--bg);
  color: var(--accent);
  font: inherit;
  font-size: 13px;
  cursor: pointer;
  user-select: none;
  -webkit-user-select: none;
}
button:hover { background: var(--hover); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button[aria-pressed="true"] { background: var(--badge); font-weight: 650; }
.icon { padding: 2px; width: 28px; }
.facts { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 10px; }
.fact { margin: 0; padding: 0; }
.summary { margin: 0; }
.reader-note { margin: 0.2em 0 0; font-size: 0.8em; opacity: 0.8; }
.reader-badge { border: 1px solid currentColor; border-radius: 999px; padding: 0 0.5em; margin-inline-end: 0.2em; }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 4px; }
.badge {
  display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: baseline;
  max-width: 100%; padding: 1px 6px; border-radius: 4px;
  background: var(--badge); color: var(--muted); font-size: 12px;
}
.badge .src { color: var(--fg); font-weight: 600; unicode-bidi: isolate; }
.badge .src-en { flex-basis: 100%; color: var(--muted); }
.quote-toggle { font-size: 12px; min-height: 24px; padding: 0 6px; }
.quote-actions { margin: 4px 0 0; }
.quote-toggle.copy { display: inline-flex; align-items: center; gap: 4px; }
.quote {
  margin: 6px 0 0; padding: 6px 10px; border-inline-start: 3px solid var(--border);
  background: var(--soft); color: var(--fg); font-style: normal; unicode-bidi: isolate;
}
.quote[dir="rtl"] { font-size: 15px; line-height: 1.7; }
.status { margin: 10px 0 0; color: var(--muted); }
.loading { min-height: 4.5em; }
.foot { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6px; margin-top: 12px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
`;

/**
 * The host's inline declarations, set through the CSSOM (never a style attribute, which a page's
 * CSP could refuse). Inline !important outranks any page selector of the same importance, a second
 * line of defence behind `:host`.
 */
export const HOST_INLINE: ReadonlyArray<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
];
