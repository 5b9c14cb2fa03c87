/** One fact: its summary, figures and source, with a way to open the whole source. */
import type { FactView } from '../shared/messages';
import { dirOf, formatDate, formatQuantity, languageName } from '../ui/format';
import { t, uiLanguage } from '../ui/i18n';
import { arrowNav } from '../ui/keys';
import { openSource } from './tab';

export function FactItem({ fact, showDate = false }: { fact: FactView; showDate?: boolean }) {
  const locale = uiLanguage();
  const source = fact.sourceInfo;
  const published = formatDate(source.published, locale);
  return (
    <li class="fact" data-fact={fact.id}>
      {fact.date && (showDate || fact.date !== source.published) ? <p class="fact-date">{formatDate(fact.date, locale)}</p> : null}
      <p class="fact-summary">{fact.summary.en}</p>
      {fact.quantities.length > 0 && (
        <p class="fact-qty">
          {fact.quantities.map((q, i) => (
            <span class="qty" key={i} title={q.text}>
              {formatQuantity(q, locale)}
            </span>
          ))}
        </p>
      )}
      <p class="fact-source muted">
        <bdi lang={source.lang} dir={source.dir ?? dirOf(source.lang)}>
          {source.title}
        </bdi>
        {source.titleEn && (
          <>
            {' ('}
            <span lang="en">{source.titleEn}</span>
            {')'}
          </>
        )}
        {source.outlet ? ` · ${source.outlet}` : ''}
        {published ? ` · ${t('popupPublished', published)}` : ''}
        {` · ${languageName(source.lang, locale)}`}
      </p>
      <button
        type="button"
        class="link"
        data-nav
        onClick={() => void openSource(source.id, fact.id)}
      >
        {t('popupOpenSource')}
        <span class="visually-hidden">{`: ${source.title}`}</span>
      </button>
    </li>
  );
}

export function FactList({ facts, showDate, label }: { facts: FactView[]; showDate?: boolean; label?: string }) {
  return (
    <ul class="plain-list facts" aria-label={label} onKeyDown={arrowNav}>
      {facts.map((f) => (
        <FactItem key={f.id} fact={f} showDate={showDate ?? false} />
      ))}
    </ul>
  );
}
