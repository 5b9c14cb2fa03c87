/** The extension's keyboard shortcuts as the browser has them, and where to change them. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

const COMMAND_KEYS: Record<string, string> = {
  _execute_action: 'cmdOpenPanel',
  'next-mention': 'cmdNextMention',
  'previous-mention': 'cmdPreviousMention',
  'toggle-marking': 'cmdToggleMarking',
};

export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((list) =>
        setCommands(
          list.map((c) => ({
            name: c.name ?? '',
            description: c.description || (c.name && COMMAND_KEYS[c.name] ? t(COMMAND_KEYS[c.name]!) : (c.name ?? '')),
            shortcut: c.shortcut ?? '',
          })),
        ),
      )
      .catch(() => setCommands([]));
  }, []);
  const firefox = __BROWSER__ === 'firefox';
  const canOpen = firefox && typeof (browser.commands as { openShortcutSettings?: unknown }).openShortcutSettings === 'function';
  return (
    <div class="sub" id="shortcuts">
      <h3>{t('optionsShortcuts')}</h3>
      {commands === null ? null : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('optionsShortcutAction')}</th>
              <th scope="col">{t('optionsShortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <td>{c.description}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('optionsShortcutNone')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">
        {firefox ? t('optionsShortcutsFirefox') : t('optionsShortcutsChrome')}{' '}
        {canOpen && (
          <button
            type="button"
            class="link"
            onClick={() => void (browser.commands as unknown as { openShortcutSettings: () => Promise<void> }).openShortcutSettings()}
          >
            {t('optionsShortcutsOpen')}
          </button>
        )}
      </p>
    </div>
  );
}
