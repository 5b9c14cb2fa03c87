/* global location, document */
// What every Chromium that Caravan's tools start shares (the e2e harness, the benchmark, the
// screenshots): no sandbox (containers), no GPU, and nothing of Chromium's own that reaches the
// network or changes between runs. One list, so a flag added for one tool is not missing in another.
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The quiet flags, and the unpacked extension in `dir` as the only one loaded. */
export const chromiumExtensionArgs = (dir) => [...CHROMIUM_QUIET_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

/**
 * `page.goto(url)` until load, for puppeteer over WebDriver BiDi: it may report a failed frame or
 * subresource load as a failed navigation while the page itself loaded (seen with msn.html), so a
 * page that is there and complete within 30 s is accepted.
 */
export async function gotoLoadedBidi(page, url) {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  } catch (error) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
      if (state && state[0] === url && state[1] === 'complete') return;
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
