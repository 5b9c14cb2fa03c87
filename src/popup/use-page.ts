/**
 * What the panel's tab mentions, asked of its content scripts: for the popup once it opens, for the
 * side panel again whenever the tab it follows changes (`revision`). Shared by both, so the page
 * view and the side panel's stepper read one answer.
 */
import { useEffect, useState } from 'preact/hooks';
import { isRestrictedUrl } from './pages';
import { pageMentions, type FrameTally, type TabInfo } from './tab';

export type PageState =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ok'; tally: FrameTally[]; matcherFailed: boolean; markingOff: boolean; host: string | undefined };

/** Waits before asking again where no content script answered yet (a page still loading after a navigation). */
const RETRY_MS = [400, 1200, 3000];
/** A page that was just resumed marks itself again: it is asked once more a moment later. */
const AGAIN_MS = 800;

/** True where the tab is known to be a page no content script runs on. */
export function restrictedTab(tab: TabInfo | null | undefined): boolean {
  return tab === null || (tab?.url !== undefined && isRestrictedUrl(tab.url));
}

/**
 * The tab's mentions. `revision` asks again (the side panel bumps it when the tab navigates or
 * reports new mentions); `again` too (a site was paused or resumed). A tab that does not answer
 * is asked a few more times before the answer stays 'failed'.
 */
export function usePageMentions(tab: TabInfo | null | undefined, revision: number, again: unknown): [PageState, (next: PageState) => void] {
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const restricted = restrictedTab(tab);
  const tabId = tab?.id;

  // Another tab: what the previous one said no longer holds.
  useEffect(() => setPage({ state: 'loading' }), [tabId]);

  useEffect(() => {
    if (tabId === undefined || restricted) return;
    let live = true;
    const timers: Array<ReturnType<typeof setTimeout>> = [];
    let failures = 0;
    const ask = (): void => {
      pageMentions(tabId)
        .then(({ tally, failed, markingOff, host }) => {
          if (live) setPage({ state: 'ok', tally, matcherFailed: failed, markingOff, host });
        })
        .catch(() => {
          if (!live) return;
          const wait = RETRY_MS[failures++];
          if (wait === undefined) setPage({ state: 'failed' });
          else timers.push(setTimeout(ask, wait));
        });
    };
    ask();
    timers.push(setTimeout(ask, AGAIN_MS));
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
  }, [tabId, restricted, revision, again]);

  return [page, setPage];
}
