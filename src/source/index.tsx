import '../ui/base.css';
import './source.css';
import { render } from 'preact';
import { t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { useStore } from '../ui/use-store';
import { useTheme } from '../ui/theme';
import { SourceView } from './source-view';

function Source() {
  const params = new URLSearchParams(location.search);
  const sourceId = params.get('source');
  const factId = params.get('fact');
  const store = useStore();
  const { settings } = useSettings();
  useTheme(settings);
  if (!sourceId) return <main><p class="notice">{t('sourceNotFound')}</p></main>;
  if (store.state === 'unavailable') return <main><p class="notice error">{t('popupStoreUnavailable')}</p></main>;
  return <SourceView db={store.db} sourceId={sourceId} factId={factId} />;
}

render(<Source />, document.getElementById('app')!);
