/** A whole source document with the chosen fact's quote highlighted and scrolled into view. */
import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FactView } from '../shared/messages';
import type { Source } from '../shared/pack-types';
import { log } from '../shared/log';
import { getFact, getSource } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { formatDate, languageName } from '../ui/format';
import { t, uiLanguage } from '../ui/i18n';
import { paragraphsOf, quotesInOrder, type Paragraph } from './paragraphs';

/** The pack may add the document's text to Source; until then the quotes stand in for it. */
type SourceWithText = Source & { text?: string };

interface Loaded {
  source: SourceWithText | null;
  fact: FactView | null;
  quotes: Array<{ id: string; quote: string; start: number; end: number }>;
}

async function load(db: CaravanDB, sourceId: string, factId: string | null): Promise<Loaded> {
  const [source, fact, quotes] = await Promise.all([
    getSource(db, sourceId),
    factId ? getFact(db, factId) : Promise.resolve(null),
    db.getAllFromIndex('facts', 'by-source', sourceId),
  ]);
  return {
    source,
    fact: fact && fact.source === sourceId ? fact : null,
    quotes: quotes.map(({ id, quote, start, end }) => ({ id, quote, start, end })),
  };
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
        setData({ source: null, fact: null, quotes: [] });
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
  const full = typeof source.text === 'string' && source.text.length > 0;
  const paragraphs: Array<Paragraph & { gapBefore?: boolean }> = full
    ? paragraphsOf(source.text!, fact?.start ?? -1, fact?.end ?? -1)
    : quotesInOrder(data.quotes, fact?.id ?? null);
  let markRefSet = false;

  return (
    <>
      <header class="doc-head">
        <h1 lang={source.lang} dir={source.dir}>
          {source.title}
        </h1>
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
            <strong>{t('sourceHighlighted')}</strong> {fact.summary.en}
          </p>
        )}
        {!full && <p class="muted">{t('sourceQuotesOnly')}</p>}
      </header>
      <main>
        <article lang={source.lang} dir={source.dir} class="doc">
          {paragraphs.map((p) => (
            <Fragment key={p.start}>
              {p.gapBefore && (
                <p class="gap" aria-hidden="true">
                  …
                </p>
              )}
              <p data-start={p.start}>
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
            </Fragment>
          ))}
        </article>
      </main>
    </>
  );
}
