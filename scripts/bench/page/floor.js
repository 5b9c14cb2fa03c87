/* global window, document, NodeFilter, Highlight, Range, CSS */
// Page script: the floor. A bare TreeWalker over text nodes and ONE RegExp of every name, one
// synchronous pass, marks registered as a CSS highlight. No slicing, no context rules, no folding.
(() => {
  /**
   * Start-up, timed apart like Caravan's matcher compile: builds the RegExp and runs it on a few
   * one-byte and two-byte strings, so the engine has compiled it (to native code) for both.
   */
  function prepare(source, flags) {
    const t0 = performance.now();
    const r = new RegExp(source, flags);
    for (let i = 0; i < 3; i++) {
      for (const s of ['Kazakhstan and Afghanistan', 'Казахстан и Афганистан', 'قزاقستان و افغانستان']) {
        r.lastIndex = 0;
        r.exec(s);
      }
    }
    return [r, performance.now() - t0];
  }
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'TITLE']);
  let re = null;
  window.benchFloor = {
    prepare(source, flags) {
      let ms;
      [re, ms] = prepare(source, flags);
      return ms;
    },
    /**
     * The same walk over the text nodes with no RegExp and no marks: the floor's reading of the
     * page alone (decompose.mjs sets it beside Caravan's reading alone).
     */
    walk() {
      const t0 = performance.now();
      const root = document.body ?? document.documentElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentNode;
        if (parent && SKIP.has(parent.nodeName)) continue;
        chars += n.data.length;
      }
      return { totalMs: performance.now() - t0, chars };
    },
    annotate() {
      const t0 = performance.now();
      const root = document.body ?? document.documentElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const highlight = new Highlight();
      let chars = 0;
      let mentions = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentNode;
        if (parent && SKIP.has(parent.nodeName)) continue;
        const text = n.data;
        chars += text.length;
        if (text.length < 2) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const r = new Range();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          highlight.add(r);
          mentions++;
        }
      }
      CSS.highlights.set('bench-floor', highlight);
      const ms = performance.now() - t0;
      return { totalMs: ms, longestSliceMs: ms, firstViewportMarkMs: ms, slices: 1, mentions, chars };
    },
  };
})();
