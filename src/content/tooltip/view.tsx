/**
 * The tooltip's content, in Preact: it writes text through DOM properties, never as markup, so
 * page text, names and quotes can carry nothing executable. Diffing (rather than rebuilding) keeps
 * focus and open quotes in place when the card arrives or is refetched.
 */
import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatCitation } from '../../shared/citation';
import { copyCitation } from '../../shared/copy-citation';
import type { FactView } from '../../shared/messages';
import type { Entity } from '../../shared/pack-types';
import { t } from './i18n';
import { dirOf, displayName, factCount, formatDate, langBadge, langBadgeLabel, typeLabel, typePlural } from './model';

export type Status = 'loading' | 'ready' | 'unknown' | 'error';

export interface ViewProps {
  mention: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  /** From the card, or from an earlier card of the entity while this one loads. */
  entity: Entity | undefined;
  status: Status;
  facts: readonly FactView[];
  total: number;
  /** 'dialog' when pinned or opened from the keyboard: focus is inside it. */
  mode: 'tooltip' | 'dialog';
  pinned: boolean;
  theme: 'system' | 'light' | 'dark';
  cardRef: Ref<HTMLDivElement>;
  onPin(): void;
  onClose(): void;
  onOpenPanel(): void;
  /**
   * Whether any source has a fact about the entity ('none'), only sources the reader turned off
   * ('disabled'), or an enabled one; unknown where the caller does not say.
   */
  factState?: 'facts' | 'disabled' | 'none';
  /** "Don't mark <name>" / "Don't mark <type plural>"; no buttons without it. */
  onMute?: (what: 'entity' | 'type') => void;
}

/**
 * The card's own keys, while focus is in it: ArrowDown / ArrowUp step to the next / previous fact
 * (its quote button), "e" opens or folds the description ("c", copy, is each fact's).
 */
export function cardKeys(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  const card = event.currentTarget as HTMLElement;
  const from = event.target instanceof Element ? event.target : null;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const facts = [...card.querySelectorAll<HTMLElement>('.fact')];
    if (!facts.length) return;
    const at = facts.findIndex((f) => f.contains(from));
    const next = at < 0 ? (event.key === 'ArrowDown' ? 0 : facts.length - 1) : Math.min(facts.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    facts[next]!.querySelector<HTMLElement>('[data-action="quote"]')?.focus();
    // Ours, not the page's: it would scroll the page under the card.
    event.preventDefault();
    event.stopPropagation();
  } else if (event.key === 'e' && !(from instanceof HTMLInputElement)) {
    const toggle = card.querySelector<HTMLElement>('[data-action="describe"]');
    if (!toggle) return;
    toggle.click();
    event.preventDefault();
    event.stopPropagation();
  }
}

/** The name shown and its language: the entity's, else the page's own words for it. */
export function titleOf(props: Pick<ViewProps, 'entity' | 'mention'>): { text: string; lang: string } {
  return props.entity ? displayName(props.entity, props.mention.lang) : { text: props.mention.text, lang: props.mention.lang };
}

export function TooltipView(props: ViewProps) {
  const title = titleOf(props);
  const type = typeLabel(props.entity?.type);
  return (
    <div
      ref={props.cardRef}
      class="card"
      lang={t('tooltipLang')}
      // The host's `all: initial` does not reset direction: without this the card would take a
      // right-to-left page's, and lay out its English out of order. Names and quotes set their own.
      dir={dirOf(t('tooltipLang'))}
      // A dialog, not a tooltip: the card holds controls (pin, close, quotes, copy, mute), which
      // ARIA's tooltip role may not contain. Not modal: the page stays usable beside it.
      role="dialog"
      aria-modal="false"
      aria-label={title.text}
      tabIndex={-1}
      data-theme={props.theme}
      aria-keyshortcuts="ArrowDown ArrowUp e"
      onKeyDown={cardKeys}
    >
      <div class="head">
        <div class="titles">
          <p class="title" lang={title.lang} dir="auto">
            {title.text}
          </p>
          {type && <p class="type">{type}</p>}
        </div>
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-label={t('tooltipPin')}
            aria-pressed={props.pinned ? 'true' : 'false'}
            data-action="pin"
            onClick={props.onPin}
          >
            <PinIcon />
          </button>
          <button type="button" class="icon" aria-label={t('tooltipClose')} data-action="close" onClick={props.onClose}>
            <CloseIcon />
          </button>
        </div>
      </div>
      <div class="scroll">
        {props.entity?.description && <Description text={props.entity.description} />}
        <Body {...props} />
        {props.status !== 'loading' && (
          <div class="foot">
            {props.onMute && (
              <button type="button" data-action="mute-entity" onClick={() => props.onMute!('entity')}>
                {t('tooltipMuteEntity', title.text)}
              </button>
            )}
            {props.onMute && typePlural(props.entity?.type) && (
              <button type="button" data-action="mute-type" onClick={() => props.onMute!('type')}>
                {t('tooltipMuteType', typePlural(props.entity?.type))}
              </button>
            )}
            <button type="button" data-action="panel" onClick={props.onOpenPanel}>
              {t('tooltipOpenPanel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function Body(props: ViewProps) {
  if (props.status === 'loading') {
    // Reserves about the height of the first facts, so the card grows little when they arrive.
    return <p class="status loading">{t('tooltipLoading')}</p>;
  }
  if (props.status === 'error') return <p class="status">{t('tooltipError')}</p>;
  if (props.facts.length === 0) {
    return (
      <p class="status">
        {props.status === 'unknown'
          ? t('tooltipUnknownEntity')
          : props.factState === 'none'
            ? t('tooltipNothingYet')
            : props.factState === 'disabled'
              ? t('tooltipOnlyDisabledFacts')
              : t('tooltipNoEnabledFacts')}
      </p>
    );
  }
  return (
    <ul class="facts" aria-label={factCount(props.total, props.facts.length)}>
      {props.facts.map((fact, i) => (
        <Fact key={fact.id} fact={fact} index={i} />
      ))}
    </ul>
  );
}

/**
 * The entity's description: one line, with "More" where it is cut, which opens it whole (it is the
 * most useful line of the card, and a fixed ellipsis hid the rest for good).
 */
function Description({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && !open) setCut(el.scrollWidth > el.clientWidth + 1);
  }, [text, open]);
  return (
    <div class="desc-row">
      <p ref={ref} id="caravan-desc" class={open ? 'desc open' : 'desc'} lang="en">
        {text}
      </p>
      {(cut || open) && (
        <button
          type="button"
          class="desc-toggle"
          data-action="describe"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="caravan-desc"
          aria-label={open ? undefined : t('tooltipMoreLabel')}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? t('tooltipLess') : t('tooltipMore')}
        </button>
      )}
    </div>
  );
}

function Fact({ fact, index }: { fact: FactView; index: number }) {
  const [showQuote, setShowQuote] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const source = fact.sourceInfo;
  // The event's date where the fact has one; else the source's, said to be the publication's.
  const date = fact.date ? formatDate(fact.date) : source.published ? t('tooltipPublished', formatDate(source.published)) : '';
  const quoteId = `quote-${index}`;
  const copy = (): void => {
    copyCitation(formatCitation(fact)).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <li
      class="fact"
      data-fact={fact.id}
      // "c" copies the fact that holds focus (its quote or copy button): the tooltip's copy key.
      onKeyDown={(e) => {
        if (e.key !== 'c' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
        // Ours: the page's own "c" shortcut (compose, comment…) must not fire as well.
        e.preventDefault();
        e.stopPropagation();
        copy();
      }}
    >
      {source.reader ? (
        // A source the reader added has no checked summary (issue 20): its quote stands in, in its own language.
        <>
          <p class="summary" lang={fact.lang} dir={source.dir ?? dirOf(fact.lang)}>
            {fact.quote}
          </p>
          <p class="reader-note">
            <span class="reader-badge">{t('tooltipReaderBadge')}</span> {t('tooltipReaderQuote')}
          </p>
        </>
      ) : (
        <p class="summary" lang="en" dir="ltr">
          {fact.summary.en}
        </p>
      )}
      <div class="meta">
        <span class="badge">
          <span class="src" lang={source.lang} dir="auto">
            {source.title}
          </span>
          {source.titleEn && (
            <span class="src-en" lang="en" dir="ltr">
              {source.titleEn}
            </span>
          )}
          {date && <span>{date}</span>}
          <span aria-label={langBadgeLabel(source.lang)}>
            {langBadge(source.lang)}
          </span>
        </span>
        <button
          type="button"
          class="quote-toggle"
          // Every fact has one: the label says whose quote it opens.
          aria-label={t(showQuote ? 'tooltipHideQuoteFrom' : 'tooltipShowQuoteFrom', source.title)}
          aria-expanded={showQuote ? 'true' : 'false'}
          aria-controls={quoteId}
          data-action="quote"
          aria-keyshortcuts="c"
          onClick={() => setShowQuote((v) => !v)}
        >
          {showQuote ? t('tooltipHideQuote') : t('tooltipShowQuote')}
        </button>
      </div>
      <blockquote id={quoteId} class="quote" lang={fact.lang} dir={source.dir ?? dirOf(fact.lang)} hidden={!showQuote}>
        {fact.quote}
      </blockquote>
      {/* With the quote (the card keeps its height until the reader opens one); "c" copies from
          anywhere in the fact. Its name says whose citation it copies. */}
      {showQuote && (
        <p class="quote-actions">
          <button
            type="button"
            class="quote-toggle copy"
            aria-label={copied === 'yes' ? t('tooltipCopied') : copied === 'failed' ? t('tooltipCopyFailed') : t('tooltipCopyFrom', source.title)}
            aria-keyshortcuts="c"
            data-action="copy"
            data-copied={copied}
            onClick={copy}
          >
            {copied === 'yes' ? <CheckIcon /> : <CopyIcon />}
            <span>{copied === 'yes' ? t('tooltipCopied') : copied === 'failed' ? t('tooltipCopyFailed') : t('tooltipCopy')}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="1.5" d="M5.5 5.5h7.75v8.75H5.5zM2.75 10.5V1.75h7.75" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M3 8.5l3.2 3.2L13 4.5" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9.8 1.3a.75.75 0 0 1 1.06 0l3.84 3.84a.75.75 0 0 1 0 1.06l-.9.9a.75.75 0 0 1-.88.13l-2.2 2.2.3 2.42a.75.75 0 0 1-.21.62l-.9.9a.75.75 0 0 1-1.06 0L6.3 10.82l-3.77 3.77-1.06-1.06 3.77-3.77-2.55-2.56a.75.75 0 0 1 0-1.06l.9-.9a.75.75 0 0 1 .62-.21l2.42.3 2.2-2.2a.75.75 0 0 1 .13-.88z"
      />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M3.5 3.5l9 9m0-9l-9 9" />
    </svg>
  );
}
