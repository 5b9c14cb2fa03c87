/**
 * "Add this page to your sources" (issue 20), on the reader's click only: the tab's content
 * script hands over the page's HTML (no new permission: the popup talks to its own content
 * script), Readability finds the article here in the popup, and the background derives its facts.
 */
import { useState } from 'preact/hooks';
import { extractArticle } from '../reader/article';
import { sendToBackground, sendToTab } from '../shared/messaging';
import { addFallbacks, t } from '../ui/i18n';
import { isRestrictedUrl } from './pages';
import type { TabInfo } from './tab';

addFallbacks({
  addPage: 'Add this page to your sources',
  addPageBusy: 'Reading the article and deriving its facts…',
  addPageDone: 'Added “$1” to your sources: $2 facts.',
  addPageNoArticle: 'Caravan found no article on this page to add.',
  addPageFailed: 'Not added: $1',
});

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' | 'error'; text: string };

export function AddPage({ tab }: { tab: TabInfo | null | undefined }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!tab || (tab.url !== undefined && isRestrictedUrl(tab.url))) return null;

  const add = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const page = await sendToTab(tab.id, 'page-html');
      const article = extractArticle(page);
      if (!article) {
        setState({ kind: 'error', text: t('addPageNoArticle') });
        return;
      }
      const result = await sendToBackground('add-source', article);
      setState({ kind: 'ok', text: t('addPageDone', [article.title, result.facts]) });
    } catch (err) {
      const message = err instanceof Error ? err.message.replace(/^[\w-]+: (failed|refused|unreachable|no-reply): /, '') : String(err);
      setState({ kind: 'error', text: t('addPageFailed', message) });
    }
  };

  return (
    <div class="add-page">
      <button type="button" id="add-page" class="link" disabled={state.kind === 'busy'} onClick={() => void add()}>
        {t('addPage')}
      </button>
      <p role="status" aria-live="polite" id="add-page-status" class={state.kind === 'error' ? 'error' : 'muted'} data-outcome={state.kind}>
        {state.kind === 'busy' ? t('addPageBusy') : state.kind === 'idle' ? '' : state.text}
      </p>
    </div>
  );
}
