import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { substitute, t, tCount, TOOLTIP_MESSAGES_EN, type TooltipMessage } from './i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue = JSON.parse(
  readFileSync(new URL('../../static/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, Entry>;

/**
 * What the browser does, written here independently of i18n.ts: named placeholders ($NAME$,
 * case-insensitive) become their content, then $1…$9 the substitutions, and $$ a dollar sign.
 */
function fill(text: string, subs: string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
function browserMessage(entry: Entry, subs: string[]): string {
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return fill(named, subs);
}

const keys = Object.keys(TOOLTIP_MESSAGES_EN) as TooltipMessage[];
const SUBS = ['first', 'second', 'third'];

describe('tooltip strings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are all in messages.json, saying what the English fallback says', () => {
    for (const key of keys) {
      const entry = catalogue[key];
      expect(entry, key).toBeDefined();
      expect(browserMessage(entry!, SUBS), key).toBe(fill(TOOLTIP_MESSAGES_EN[key], SUBS));
    }
  });

  it('declare every placeholder a message uses, each naming a substitution', () => {
    for (const key of keys) {
      const entry = catalogue[key]!;
      const used = [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {});
      expect(declared.map((k) => k.toLowerCase()).sort(), key).toEqual([...new Set(used)].sort());
      for (const { content } of Object.values(entry.placeholders ?? {})) expect(content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('are filled in the way the browser fills them (checked against literal strings)', () => {
    expect(fill('$1: $2 facts', ['Kabul', '5'])).toBe('Kabul: 5 facts');
    expect(browserMessage({ message: '$NAME$: $Count$ facts', placeholders: { name: { content: '$1' }, count: { content: '$2' } } }, ['Kabul', '5'])).toBe(
      'Kabul: 5 facts',
    );
    // The count is always $1 (ui/i18n.ts), the name $2.
    expect(browserMessage(catalogue.tooltipAnnounceFactsOther!, ['66', 'Kazakhstan'])).toBe('Kazakhstan: 66 facts');
    // The module's own substitution agrees with the browser's on the same literal cases.
    expect(substitute('$1: $2 facts', ['Kabul', '5'])).toBe('Kabul: 5 facts');
    expect(substitute('$2 of $1', ['a', 'b'])).toBe('b of a');
  });

  it('fall back to English with the substitutions filled in where no extension API exists', () => {
    expect(t('tooltipPin')).toBe('Pin');
    expect(t('tooltipAnnounceLoading', 'Kabul')).toBe('Kabul: loading facts');
    expect(tCount('tooltipAnnounceFacts', 1, ['Kabul'])).toBe('Kabul: 1 fact');
    expect(tCount('tooltipAnnounceFacts', 5, ['Kazakhstan'])).toBe('Kazakhstan: 5 facts');
    expect(tCount('tooltipFactCount', 0)).toBe('0 facts');
  });

  it('come from the extension when it has them, from the fallback when it answers blank or throws', () => {
    const german: Record<string, string> = { tooltipPin: 'Anheften', tooltipAnnounceNone: '$1: keine' };
    const getMessage = vi.fn((key: string, subs?: string[]) => substitute(german[key] ?? '', subs ?? []));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('tooltipPin')).toBe('Anheften');
    expect(t('tooltipAnnounceNone', 'Kabul')).toBe('Kabul: keine');
    expect(getMessage).toHaveBeenLastCalledWith('tooltipAnnounceNone', ['Kabul']);
    expect(t('tooltipClose')).toBe('Close');
    vi.stubGlobal('chrome', {
      i18n: {
        getMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    expect(t('tooltipClose')).toBe('Close');
  });
});
