/** A whole source document with the chosen fact's quote highlighted and scrolled into view. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FactView } from '../shared/messages';
import type { Source } from '../shared/pack-types';
import { log } from '../shared/log';
import { getFact, getSource } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { formatDate, languageName } from '../ui/format';
import { t, uiLanguage } from '../ui/i18n';
import { paragraphsOf } from './paragraphs';

interface Loaded {
  source: Source | null;
  fact: FactView | null;
}

async function load(db: CaravanDB, sourceId: string, factId: string | null): Promise<Loaded> {
  const [source, fact] = await Promise.all([getSource(db, sourceId), factId ? getFact(db, factId) : Promise.resolve(null)]);
  return { source, fact: fact && fact.source === sourceId ? fact : null };
}

export function SourceView({ db, sourceId, factId }: { db: CaravanDB | null; sourceId: string; factId: string | null }) {
  const [data, setData] = useState<Loaded | null>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!db) return;
    load(db, sourceId, factId)
      .then(setData)
      .catch((err: unknown) => {
        log.warn('loading the source failed:', err);
        setData({ source: null, fact: null });
      });
  }, [db, sourceId, factId]);

  useLayoutEffect(() => {
    if (!data?.source) return;
    document.title = `${data.source.title} — ${t('extName')}`;
    const el = mark.current;
    if (!el) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [data]);

  if (!db || !data) return <p class="muted">{t('popupLoading')}</p>;
  const { source, fact } = data;
  if (!source) return <p class="notice">{t('sourceNotFound')}</p>;

  const locale = uiLanguage();
  // The pack carries every document's text (facts/pack.ts; the corpus check refuses an empty one).
  const paragraphs = paragraphsOf(source.text ?? '', fact?.start ?? -1, fact?.end ?? -1);
  let markRefSet = false;

  return (
    <>
      <header class="doc-head">
        <h1 lang={source.lang} dir={source.dir}>
          {source.title}
          {source.reader && <span class="reader-badge" lang="en" dir="ltr"> {t('popupReaderBadge')}</span>}
        </h1>
        {source.titleEn && (
          <p class="title-en" lang="en" dir="ltr">
            {source.titleEn}
          </p>
        )}
        <p class="muted">
          {[source.outlet, formatDate(source.published, locale), languageName(source.lang, locale)].filter(Boolean).join(' · ')}
          {source.url && (
            <>
              {' · '}
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {t('sourceOriginal')}
              </a>
            </>
          )}
        </p>
        {fact && (
          <p class="notice fact-box">
            <strong>{t('sourceHighlighted')}</strong> {source.reader ? t('popupReaderQuote') : fact.summary.en}
          </p>
        )}
      </header>
      <main>
        <article lang={source.lang} dir={source.dir} class="doc">
          {paragraphs.map((p) => (
            <p key={p.start} data-start={p.start}>
              {p.runs.map((r, i) => {
                if (!r.mark) return r.text;
                const first = !markRefSet;
                markRefSet = true;
                return (
                  <mark key={i} ref={first ? mark : undefined} tabIndex={first ? -1 : undefined}>
                    {r.text}
                  </mark>
                );
              })}
            </p>
          ))}
        </article>
      </main>
    </>
  );
}
