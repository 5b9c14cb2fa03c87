/**
 * The detector's early settings read (decision 0292): asked once as the module evaluates, and a
 * change made before the detector starts is not lost.
 */
import { describe, expect, it, vi } from 'vitest';

const watchers: ((s: unknown) => void)[] = [];
const load = vi.fn(() => Promise.resolve({ markStyle: 'underline' }));
vi.mock('../../shared/settings', () => ({
  loadSettings: () => load(),
  watchSettings: (cb: (s: unknown) => void) => {
    watchers.push(cb);
    return () => undefined;
  },
}));

describe('early settings', () => {
  it('reads once at evaluation, follows changes from then on, and tells listeners of later ones', async () => {
    const early = await import('./early-settings');
    expect(load).toHaveBeenCalledTimes(1);
    expect(watchers).toHaveLength(1);
    expect(await early.currentSettings()).toEqual({ markStyle: 'underline' });
    // A change before the detector's start: what start() reads is the changed settings.
    watchers[0]!({ markStyle: 'background' });
    expect(await early.currentSettings()).toEqual({ markStyle: 'background' });
    const seen: unknown[] = [];
    const off = early.onSettingsChange((s) => seen.push(s));
    watchers[0]!({ markStyle: 'underline' });
    off();
    watchers[0]!({ markStyle: 'background' });
    expect(seen).toEqual([{ markStyle: 'underline' }]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
