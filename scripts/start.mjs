// `npm start`: builds Caravan and opens a browser with it loaded on the bundled demo page, using
// web-ext (which drives Firefox and Chromium alike). Where no display exists, it says how to load
// the unpacked build by hand instead.
//   npm start                 Firefox (firefox / firefox-esr), else Chromium
//   npm start -- --chromium   Chromium
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('node', ['build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const which = (names) => names.map((n) => spawnSync('which', [n]).stdout?.toString().trim()).find(Boolean);
const firefox = which(['firefox', 'firefox-esr']);
const chromium = which(['chromium', 'chromium-browser', 'google-chrome']);
const wantChromium = process.argv.includes('--chromium') || (!firefox && chromium);
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const howTo = `
Caravan is built. To load it by hand:
  Chromium/Chrome/Edge: open chrome://extensions, turn on "Developer mode", "Load unpacked",
                        choose ${join(root, 'extension', 'chrome')}
  Firefox:              open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…",
                        choose ${join(root, 'extension', 'firefox', 'manifest.json')}
Then open the demo page: ${join(root, 'demo', 'index.html')} (or serve it: npx http-server demo)
`;

if (headless || (!firefox && !chromium)) {
  console.log(headless ? '\nNo display found (DISPLAY is not set), so no browser is opened.' : '\nNo Firefox or Chromium found.');
  console.log(howTo);
  process.exit(0);
}

// The demo page is served from 127.0.0.1 (content scripts do not run on file:// by default).
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = join(root, 'demo', path === '/' ? 'index.html' : path.replace(/\.\./g, ''));
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' });
  res.end(readFileSync(file));
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const args = wantChromium
    ? [
        'web-ext', 'run', '--target', 'chromium', '--chromium-binary', chromium, '--source-dir', 'extension/chrome',
        // Chromium will not start its sandbox as root (containers, CI boxes).
        ...(process.getuid?.() === 0 ? ['--args=--no-sandbox'] : []),
      ]
    : ['web-ext', 'run', '--target', 'firefox-desktop', '--firefox', firefox, '--source-dir', 'extension/firefox'];
  console.log(`Opening ${wantChromium ? 'Chromium' : 'Firefox'} with Caravan on ${url}`);
  const child = spawn('npx', [...args, '--start-url', url], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
