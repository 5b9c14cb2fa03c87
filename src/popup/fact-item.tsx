/** One fact: its summary, figures and source, with a way to open the whole source or copy it as a citation. */
import { useState } from 'preact/hooks';
import { formatCitation } from '../shared/citation';
import { copyCitation } from '../shared/copy-citation';
import type { FactView } from '../shared/messages';
import { dirOf, formatDate, formatQuantity, languageName } from '../ui/format';
import { t, uiLanguage } from '../ui/i18n';
import { arrowNav } from '../ui/keys';
import { openSource } from './tab';

export function FactItem({ fact, showDate = false, why = [] }: { fact: FactView; showDate?: boolean; why?: string[] }) {
  const locale = uiLanguage();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const source = fact.sourceInfo;
  const published = formatDate(source.published, locale);
  return (
    <li class="fact" data-fact={fact.id}>
      {fact.date && (showDate || fact.date !== source.published) ? <p class="fact-date">{formatDate(fact.date, locale)}</p> : null}
      {source.reader ? (
        // A source the reader added: its quote where a bundled fact has its checked summary (issue 20).
        <>
          <p class="fact-summary" lang={fact.lang} dir={source.dir ?? dirOf(fact.lang)}>
            {fact.quote}
          </p>
          <p class="muted reader-note">
            <span class="reader-badge">{t('popupReaderBadge')}</span> {t('popupReaderQuote')}
          </p>
        </>
      ) : (
        <p class="fact-summary">{fact.summary.en}</p>
      )}
      {why.length > 0 && (
        <p class="muted why" data-why>
          {why.join('; ')}
        </p>
      )}
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
      </button>{' '}
      <button
        type="button"
        class="link"
        data-nav
        data-action="copy"
        data-copied={copied}
        onClick={() => {
          copyCitation(formatCitation(fact)).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          );
        }}
      >
        {copied === 'yes' ? t('popupCopied') : copied === 'failed' ? t('popupCopyFailed') : t('popupCopyCitation')}
        <span class="visually-hidden">{`: ${source.title}`}</span>
      </button>
    </li>
  );
}

export function FactList({
  facts,
  showDate,
  label,
  why,
}: {
  facts: FactView[];
  showDate?: boolean;
  label?: string;
  /** Why each fact matched a search, as text. */
  why?: (factId: string) => string[];
}) {
  return (
    <ul class="plain-list facts" aria-label={label} onKeyDown={arrowNav}>
      {facts.map((f) => (
        <FactItem key={f.id} fact={f} showDate={showDate ?? false} {...(why ? { why: why(f.id) } : {})} />
      ))}
    </ul>
  );
}
