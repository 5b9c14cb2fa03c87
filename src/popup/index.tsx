import '../ui/perf-start';
import '../ui/base.css';
import './popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { openSidePanel } from '../sidepanel/open';
import { t } from '../ui/i18n';
import { App, type Surface } from './app';
import { resolveTab, type TabInfo } from './tab';

/** The toolbar popup is narrow; the same page opened in a tab is a centred column. */
function inPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

/** The popup is about the tab it was opened over, found once. */
function useTab(): { tab: TabInfo | null | undefined; revision: number } {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  useEffect(() => {
    resolveTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, []);
  return { tab, revision: 0 };
}

/** "Side panel": the same panel beside the page, following the tab; the popup closes, its quick look done. */
function OpenSidePanel({ tab }: { tab: TabInfo | null | undefined }) {
  return (
    <button
      type="button"
      class="link"
      data-open-side-panel
      onClick={() => {
        // Synchronously, inside the click: the browsers open a side panel only on a gesture.
        openSidePanel({ windowId: tab?.windowId })
          .then(() => {
            if (popup) window.close();
          })
          .catch((error: unknown) => log.warn('the side panel did not open:', error));
      }}
    >
      {t('popupOpenSidePanel')}
    </button>
  );
}

const popup = inPopup();
const surface: Surface = {
  useTab,
  headerTools: ({ tab }) => <OpenSidePanel tab={tab} />,
};

if (popup) document.documentElement.classList.add('in-popup');
render(<App surface={surface} />, document.getElementById('app')!);
// For the e2e suite's first-paint measurement (and anyone profiling): the shell is in the DOM.
performance.mark('caravan-first-render');
