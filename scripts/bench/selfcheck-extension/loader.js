/* global document */
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  function spinLoader(ms) { const t = performance.now(); let x = 0; while (performance.now() - t < ms) x++; return x; }
  spinLoader(5);
  if (document.body && document.body.textContent.trim()) import(api.runtime.getURL('lazy/module.js')).then((m) => m.run());
})();
