import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The per-browser manifest: identical but where the browsers differ. */
export function manifestFor(browser, { e2e = false } = {}) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    // The fact panel beside the page (decision 0240): Chromium's side panel. Its command has no
    // suggested key, as Chromium allows four and the manifest has them.
    manifest.side_panel = { default_path: 'sidepanel.html' };
    manifest.permissions = [...manifest.permissions, 'sidePanel'];
    manifest.commands['open-side-panel'] = { description: '__MSG_cmdOpenSidePanel__' };
  } else {
    // Firefox runs MV3 backgrounds as event pages, and has no match_origin_as_fallback yet.
    manifest.background = { scripts: ['background.js'] };
    delete manifest.minimum_chrome_version;
    for (const cs of manifest.content_scripts) delete cs.match_origin_as_fallback;
    // The same page as Firefox's sidebar (decision 0240), opened by its own reserved command.
    manifest.sidebar_action = {
      default_panel: 'sidepanel.html',
      default_title: '__MSG_sidePanelTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      open_at_install: false,
    };
    manifest.commands._execute_sidebar_action = { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdOpenSidePanel__' };
  }
  // The detector module the loader imports (decision 0210) and the tooltip's module the detector
  // imports on the first hover (decision 0300): web-accessible so a content script may import
  // them, at a per-session URL in Chromium so no page can fetch them to detect Caravan (Firefox
  // ignores use_dynamic_url; its URLs carry a per-install UUID).
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: ['detector.js', 'tooltip.js'], matches: ['<all_urls>'], use_dynamic_url: true },
  ];
  // Test builds only: the suite asks for a tab's frames to talk to each frame's content script.
  if (e2e) manifest.permissions = [...manifest.permissions, 'tabs', 'webNavigation'];
  return manifest;
}

