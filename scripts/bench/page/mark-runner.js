/* global window, document */
// Page script: mark.js (its dist/mark.js, injected just before this) marking the floor's RegExp.
// mark.js is synchronous: it wraps every match in a <mark> element in one pass.
(() => {
  let re = null;
  window.benchMark = {
    /** Start-up: the same RegExp as the floor's, built and run once on one- and two-byte strings. */
    prepare(source, flags) {
      const t0 = performance.now();
      re = new RegExp(source, flags);
      for (let i = 0; i < 3; i++) {
        for (const s of ['Kazakhstan and Afghanistan', 'Казахстан и Афганистан', 'قزاقستان و افغانستان']) {
          re.lastIndex = 0;
          re.exec(s);
        }
      }
      return performance.now() - t0;
    },
    annotate() {
      const t0 = performance.now();
      let mentions = -1;
      new window.Mark(document.body ?? document.documentElement).markRegExp(re, {
        done: (n) => {
          mentions = n;
        },
      });
      const ms = performance.now() - t0;
      if (mentions < 0) throw new Error('mark.js did not finish synchronously');
      return { totalMs: ms, longestSliceMs: ms, firstViewportMarkMs: ms, slices: 1, mentions };
    },
  };
})();
