/** Applies settings.theme to the page: "system" follows prefers-color-scheme, the others force it. */
import { useEffect } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';

export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function useTheme(settings: Settings | null): void {
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
}
