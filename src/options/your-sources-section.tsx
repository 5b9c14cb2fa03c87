/**
 * "Your sources" (issue 20): add a document — pasted, chosen or dropped — and list the ones added,
 * each switchable like a bundled source (the disabledSources setting), renamable, derived again or
 * removed. The background derives and stores (src/background/reader.ts); this page only reads files
 * and asks. While a document derives, a progress bar follows the background's progress.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { refusalText, INPUT_MESSAGES_EN, type Refusal } from '../reader/input';
import type { ReaderSourceInfo } from '../reader/service';
import { log } from '../shared/log';
import { sendToBackground } from '../shared/messaging';
import { withItem, type SaveSettings, type Settings } from '../shared/settings-schema';
import { dirOf } from '../shared/text-direction';
import { formatDate, languageName } from '../ui/format';
import { addFallbacks, t, uiLanguage } from '../ui/i18n';
import { readDocumentFile } from './read-document';
import { SourceMeta, SourceSwitch } from './source-switch';

export const YOUR_SOURCES_EN = {
  ...INPUT_MESSAGES_EN,
  yourSources: 'Your sources',
  yourSourcesHelp:
    'Add articles, reports or notes you trust: Caravan derives facts from them here, in your browser, and shows them with their exact quote (there is no checked English summary for them). The text stays on this computer.',
  yourTitle: 'Title',
  yourText: 'Text',
  yourTextHelp: 'Paste the text, or choose or drop a .txt, .md, .html or .pdf file.',
  yourFile: 'Choose a file',
  yourLang: 'Language',
  yourLangAuto: 'Detect it',
  yourAdd: 'Add and derive facts',
  yourAdding: 'Deriving facts from “$1”…',
  yourReading: 'Reading “$1”…',
  yourAdded: 'Added “$1”: $2 facts.',
  yourRefused: 'Not added: $1',
  yourNone: 'You have added no sources yet.',
  yourRename: 'Rename',
  yourRenameSave: 'Save',
  yourRenameCancel: 'Cancel',
  yourRederive: 'Derive again',
  yourRemove: 'Remove',
  yourRemoved: 'Removed “$1” and its facts.',
  yourRederived: 'Derived “$1” again: $2 facts.',
  yourBadge: 'Yours',
  yourDrop: 'Drop a file here',
} as const;
addFallbacks(YOUR_SOURCES_EN);

const LANGS = ['en', 'de', 'ru', 'fa', 'ps'] as const;

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** A refusal in the page's language (the background's message already is a sentence). */
const refusal = (r: Refusal): string => refusalText(r, (key, args) => t(key, args));
const errorText = (err: unknown): string =>
  err instanceof Error ? err.message.replace(/^[\w-]+: (failed|refused): /, '').replace(/^bad params for [\w-]+: /, '') : String(err);

export function YourSourcesSection({
  settings,
  save,
  version = 0,
  onChanged,
}: {
  settings: Settings;
  save: SaveSettings;
  /** Changes when another section changed the sources (an import). */
  version?: number;
  onChanged?: () => void;
}) {
  const [list, setList] = useState<ReaderSourceInfo[] | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const locale = uiLanguage();

  const refresh = (): void => {
    sendToBackground('reader-sources').then(setList, (err: unknown) => {
      log.warn('listing your sources failed:', err);
      setList([]);
    });
  };
  useEffect(refresh, [version]);

  /** Runs a background job, following its progress until it answers. */
  const withProgress = async <R,>(job: () => Promise<R>): Promise<R> => {
    setBusy(true);
    let live = true;
    const poll = async (): Promise<void> => {
      while (live) {
        const p = await sendToBackground('reader-progress').catch(() => null);
        if (live) setProgress(p ? { done: p.done, total: p.total } : null);
        await new Promise((r) => setTimeout(r, 150));
      }
    };
    void poll();
    try {
      return await job();
    } finally {
      live = false;
      setProgress(null);
      setBusy(false);
      if (onChanged) onChanged();
      else refresh();
    }
  };

  const add = async (doc: { title: string; text: string; author?: string; published?: string }): Promise<void> => {
    const name = doc.title.trim() || doc.text.trim().split('\n')[0]!.slice(0, 80);
    setStatus({ kind: 'busy', text: t('yourAdding', name) });
    try {
      const result = await withProgress(() =>
        sendToBackground('add-source', {
          title: name,
          text: doc.text,
          ...(lang ? { lang } : {}),
          ...(doc.author ? { author: doc.author } : {}),
          ...(doc.published ? { published: doc.published } : {}),
        }),
      );
      setStatus({ kind: 'ok', text: t('yourAdded', [name, result.facts]) });
      setTitle('');
      setText('');
    } catch (err) {
      setStatus({ kind: 'error', text: t('yourRefused', errorText(err)) });
    }
  };

  const addFile = async (file: File): Promise<void> => {
    // Reading a PDF takes a moment (pdf.js is loaded for it): say so, and take no second file meanwhile.
    setBusy(true);
    setStatus({ kind: 'busy', text: t('yourReading', file.name) });
    let read;
    try {
      // A PDF's pages as they are read, on the same bar as the derivation's progress.
      read = await readDocumentFile(file, undefined, (done, total) => setProgress({ done, total }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
    if (!read.ok) {
      setStatus({ kind: 'error', text: t('yourRefused', refusal(read.refusal)) });
      return;
    }
    await add({ ...read, title: title.trim() || read.title });
  };

  const disabled = new Set(settings.disabledSources);

  const remove = async (s: ReaderSourceInfo): Promise<void> => {
    try {
      await withProgress(() => sendToBackground('remove-source', { source: s.id }));
      await save((now) => ({ disabledSources: withItem(now.disabledSources, s.id, false) })).catch(() => undefined);
      setStatus({ kind: 'ok', text: t('yourRemoved', s.title) });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    }
  };
  const rederive = async (s: ReaderSourceInfo): Promise<void> => {
    setStatus({ kind: 'busy', text: t('yourAdding', s.title) });
    try {
      const r = await withProgress(() => sendToBackground('rederive-source', { source: s.id }));
      setStatus({ kind: 'ok', text: t('yourRederived', [s.title, r.facts]) });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    }
  };
  const rename = async (s: ReaderSourceInfo, next: string): Promise<void> => {
    try {
      await sendToBackground('rename-source', { source: s.id, title: next });
      setRenaming(null);
      if (onChanged) onChanged();
      else refresh();
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    }
  };

  return (
    <section aria-labelledby="your-sources-heading" id="your-sources">
      <h2 id="your-sources-heading">{t('yourSources')}</h2>
      <p class="muted">{t('yourSourcesHelp')}</p>
      <form
        class={dragging ? 'reader-add dragging' : 'reader-add'}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void add({ title, text });
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file && !busy) void addFile(file);
        }}
      >
        <label class="field">
          {t('yourTitle')}
          <input id="reader-title" type="text" value={title} maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label class="field">
          {t('yourLang')}
          <select id="reader-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            <option value="">{t('yourLangAuto')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          {t('yourText')}
          <textarea
            id="reader-text"
            rows={6}
            dir="auto"
            value={text}
            aria-describedby="reader-text-help"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <p class="muted" id="reader-text-help">
          {t('yourTextHelp')} {dragging ? t('yourDrop') : ''}
        </p>
        <div class="row">
          <button type="submit" class="primary" id="reader-add" disabled={busy}>
            {t('yourAdd')}
          </button>
          <label class="file-label">
            {t('yourFile')}
            <input
              ref={fileInput}
              id="reader-file"
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
              disabled={busy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void addFile(file).finally(() => fileInput.current && (fileInput.current.value = ''));
              }}
            />
          </label>
        </div>
      </form>
      {progress && (
        <progress id="reader-progress" max={progress.total} value={progress.done} aria-label={status?.text ?? ''}>
          {Math.round((100 * progress.done) / Math.max(1, progress.total))}%
        </progress>
      )}
      <div role="status" aria-live="polite" id="reader-status">
        {status && (
          <p class={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'ok' : 'muted'} data-outcome={status.kind}>
            {status.text}
          </p>
        )}
      </div>
      {list === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : list.length === 0 ? (
        <p class="notice" id="reader-none">
          {t('yourNone')}
        </p>
      ) : (
        <ul class="plain-list sources" id="reader-sources">
          {list.map((s) => {
            const id = `src-${s.id}`;
            return (
              <li key={s.id} class="source" data-source={s.id}>
                <SourceSwitch source={s.id} disabled={disabled} save={save} />
                {renaming === s.id ? (
                  <RenameForm title={s.title} onSave={(next) => void rename(s, next)} onCancel={() => setRenaming(null)} />
                ) : (
                  <label for={id}>
                    <span class="source-title" lang={s.lang} dir={dirOf(s.lang)}>
                      {s.title}
                    </span>{' '}
                    <span class="reader-badge">{t('yourBadge')}</span>
                  </label>
                )}
                <SourceMeta source={s.id} details={[languageName(s.lang, locale), s.published ? formatDate(s.published, locale) : '', s.author]} facts={s.facts} />
                <span class="row source-actions">
                  <button type="button" data-action="rename" disabled={busy} onClick={() => setRenaming(s.id)}>
                    {t('yourRename')}
                    <span class="visually-hidden">{`: ${s.title}`}</span>
                  </button>
                  <button type="button" data-action="rederive" disabled={busy} onClick={() => void rederive(s)}>
                    {t('yourRederive')}
                    <span class="visually-hidden">{`: ${s.title}`}</span>
                  </button>
                  <button type="button" data-action="remove" disabled={busy} onClick={() => void remove(s)}>
                    {t('yourRemove')}
                    <span class="visually-hidden">{`: ${s.title}`}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RenameForm({ title, onSave, onCancel }: { title: string; onSave: (t: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(title);
  return (
    <form
      class="row rename"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <input type="text" aria-label={t('yourTitle')} value={value} maxLength={300} onInput={(e) => setValue(e.currentTarget.value)} autoFocus />
      <button type="submit" data-action="rename-save">
        {t('yourRenameSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('yourRenameCancel')}
      </button>
    </form>
  );
}
