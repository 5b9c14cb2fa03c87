/* global document, Range, CSS, Highlight */
function spinModule(ms) { const t = performance.now(); let x = 0; while (performance.now() - t < ms) x++; return x; }
export function run() {
  spinModule(30);
  const r = new Range();
  const text = document.body.querySelector('p')?.firstChild ?? document.body.firstChild;
  r.setStart(text, 0);
  r.setEnd(text, Math.min(5, text.length));
  CSS.highlights.set('selfcheck', new Highlight(r));
}
