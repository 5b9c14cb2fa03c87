/** Export settings to a JSON file; import from one, all or nothing. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KeptSource } from '../reader/kept';
import type { Settings, SettingsProblem } from '../shared/settings-schema';
import { log } from '../shared/log';
import { sendToBackground } from '../shared/messaging';
import type { CaravanDB } from '../store/schema';
import { t } from '../ui/i18n';
import { exportText, parseSettingsFile, type KnownIds } from './import-file';

type Outcome = { ok: true; keys: string[]; sources: { sources: number; facts: number } | null } | { ok: false; problems: SettingsProblem[] } | null;

/** The sources and names this browser's store holds, which a file's settings may name. */
async function knownIds(db: CaravanDB | null): Promise<KnownIds> {
  if (!db) return {};
  const [sources, entities] = await Promise.all([db.getAllKeys('sources'), db.getAllKeys('entities')]);
  return { sources: new Set(sources.map(String)), entities: new Set(entities.map(String)) };
}

export function BackupSection({
  settings,
  save,
  db,
  version = 0,
  onSourcesChanged = () => undefined,
}: {
  settings: Settings;
  save: (p: Partial<Settings>) => Promise<Settings>;
  db: CaravanDB | null;
  /** Changes whenever the reader's sources change (your-sources-section.tsx). */
  version?: number;
  onSourcesChanged?: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const input = useRef<HTMLInputElement>(null);

  // The reader's sources (their texts) travel in the same file (issue 20): read ahead, so the
  // export stays one synchronous click (a download started after an await may be blocked).
  const [sources, setSources] = useState<KeptSource[]>([]);
  useEffect(() => {
    sendToBackground('export-sources').then(setSources, (err: unknown) => log.warn('reading your sources for export failed:', err));
  }, [version]);

  const exportFile = (): void => {
    const blob = new Blob([exportText(settings, sources)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = sources.length ? 'caravan-backup.json' : 'caravan-settings.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importFile = async (file: File): Promise<void> => {
    const parsed = parseSettingsFile(await file.text(), await knownIds(db).catch(() => ({})));
    if (!parsed.ok) {
      setOutcome(parsed);
      return;
    }
    try {
      // Sources first: the settings may name them (a source of yours turned off).
      const imported = parsed.sources ? await sendToBackground('import-sources', { sources: parsed.sources }) : null;
      if (imported) onSourcesChanged();
      if (parsed.keys.length) await save(parsed.patch);
      setOutcome({ ok: true, keys: parsed.keys, sources: imported });
    } catch (err) {
      const message = err instanceof Error ? err.message.replace(/^[\w-]+: (failed|refused): /, '') : String(err);
      setOutcome({ ok: false, problems: [{ key: '(save)', message }] });
    }
  };

  return (
    <section aria-labelledby="backup-heading" id="backup">
      <h2 id="backup-heading">{t('optionsBackup')}</h2>
      <p class="muted">{t('optionsBackupHelp')}</p>
      <div class="row">
        <button type="button" id="export" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        <label class="file-label">
          {t('optionsImport')}{' '}
          <input
            ref={input}
            id="import"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void importFile(file).finally(() => input.current && (input.current.value = ''));
            }}
          />
        </label>
      </div>
      <div role="status" aria-live="polite" id="import-result">
        {outcome?.ok === true && (
          <p class="ok" data-outcome="ok">
            {outcome.keys.length > 0 && t('optionsImported', outcome.keys.join(', '))}
            {outcome.sources && ` ${t('optionsImportedSources', [outcome.sources.sources, outcome.sources.facts])}`}
          </p>
        )}
        {outcome?.ok === false && (
          <div class="error" data-outcome="error">
            <p>{t('optionsImportRejected')}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i} data-key={p.key}>
                  {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
