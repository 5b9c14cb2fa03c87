import '../ui/perf-start';
import '../ui/base.css';
import './popup.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './app';

/** The toolbar popup is narrow; the same page opened in a tab is a centred column. */
function inPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

if (inPopup()) document.documentElement.classList.add('in-popup');
render(<App />, document.getElementById('app')!);
// For the e2e suite's first-paint measurement (and anyone profiling): the shell is in the DOM.
performance.mark('caravan-first-render');
