// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import type { ControllerDeps } from './controller';
import { DEFAULT_SETTINGS } from '../../shared/settings-keys';
import { lazyTooltip, type TooltipModule } from './lazy';

/** A page with one mention; `at` answers it inside the box (0..100, 0..20), nothing elsewhere. */
function page(html = '<a id="a" href="#">Aid to Kazakhstan</a><button id="b">Other</button>') {
  document.body.innerHTML = html;
  const text = document.getElementById('a')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 7);
  range.setEnd(text, 17);
  const mention: Mention = { entity: 'kazakhstan', text: 'Kazakhstan', range, lang: 'en', dir: 'ltr' };
  const index: MentionIndex = { all: () => [mention], at: (x, y) => (x >= 0 && x <= 100 && y >= 0 && y <= 20 ? mention : null), onChange: () => () => undefined };
  return { mention, index };
}

/** The tooltip's module, counted: what each start was handed. */
function fakeModule() {
  const real: TooltipApi = { open: vi.fn(), close: vi.fn(), isOpen: vi.fn(() => true), invalidate: vi.fn(), destroy: vi.fn() };
  const starts: ControllerDeps[] = [];
  const module: TooltipModule = {
    createTooltipController: (_index, deps) => {
      starts.push(deps);
      return real;
    },
  };
  let resolve: (m: TooltipModule) => void = () => undefined;
  const load = vi.fn(() => new Promise<TooltipModule>((r) => (resolve = r)));
  return { real, starts, module, load, arrive: async () => { resolve(module); for (let i = 0; i < 5; i++) await Promise.resolve(); } };
}

/** The reader's settings, as storage answers them: a hover delay of their own. */
const READER = { ...DEFAULT_SETTINGS, hoverDelayMs: 800, theme: 'dark' as const };

const deps = (): ControllerDeps => ({
  fetchCard: vi.fn(),
  openPanel: vi.fn(),
  loadSettings: vi.fn(() => Promise.resolve(READER)),
  watchSettings: vi.fn(() => () => undefined),
  warn: vi.fn(),
});

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));

describe('the tooltip loads on the first step toward it', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('loads nothing while the pointer passes beside the marks and focus lands elsewhere', async () => {
    const { index } = page();
    const m = fakeModule();
    const tip = lazyTooltip(index, deps(), m.load);
    move(300, 300);
    await frame();
    document.getElementById('b')!.focus();
    expect(m.load).not.toHaveBeenCalled();
    expect(tip.isOpen()).toBe(false);
    tip.destroy();
  });

  it('loads on the pointer resting on a mention, once, and hands the controller its latest point', async () => {
    const { index } = page();
    const m = fakeModule();
    const tip = lazyTooltip(index, deps(), m.load);
    move(10, 10);
    await frame();
    move(12, 11);
    await frame();
    expect(m.load).toHaveBeenCalledTimes(1);
    await m.arrive();
    expect(m.starts).toHaveLength(1);
    const first = m.starts[0]!.first;
    expect(first).toMatchObject({ kind: 'hover', point: { x: 12, y: 11 } });
    expect(first?.kind === 'hover' && first.restedMs).toBeGreaterThanOrEqual(0);
    // The reader's settings, read alongside the import: their hover delay and theme from the first tooltip on.
    expect(m.starts[0]!.settings).toEqual(READER);
    // From now on the controller listens itself; the module is not asked for again.
    move(14, 11);
    await frame();
    expect(m.load).toHaveBeenCalledTimes(1);
    expect(tip.isOpen()).toBe(true);
    tip.destroy();
    expect(m.real.destroy).toHaveBeenCalled();
  });

  it('loads on focus reaching a mention, and hands over the focused element', async () => {
    const { index } = page();
    const m = fakeModule();
    const tip = lazyTooltip(index, deps(), m.load);
    document.getElementById('a')!.focus();
    expect(m.load).toHaveBeenCalledTimes(1);
    await m.arrive();
    expect(m.starts[0]!.first).toEqual({ kind: 'focus', element: document.getElementById('a') });
    tip.destroy();
  });

  it('opens from the keyboard: the open is replayed once loaded, and later opens go straight through', async () => {
    const { index, mention } = page();
    const m = fakeModule();
    const tip = lazyTooltip(index, deps(), m.load);
    tip.open(mention, { focus: true, reason: 'keyboard' });
    await m.arrive();
    expect(m.starts[0]!.first).toEqual({ kind: 'open', mention, options: { focus: true, reason: 'keyboard' } });
    tip.open(mention, { focus: false, reason: 'tap' });
    expect(m.real.open).toHaveBeenCalledWith(mention, { focus: false, reason: 'tap' });
    tip.destroy();
  });

  it('forgets a step closed (or escaped) while loading, and starts nothing once destroyed', async () => {
    const { index, mention } = page();
    const m = fakeModule();
    const tip = lazyTooltip(index, deps(), m.load);
    tip.open(mention, { focus: true, reason: 'keyboard' });
    tip.close();
    await m.arrive();
    expect(m.starts[0]!.first).toBeUndefined();

    // Escape while loading drops the step too.
    const e = fakeModule();
    const esc = lazyTooltip(index, deps(), e.load);
    esc.open(mention, { focus: true, reason: 'keyboard' });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await e.arrive();
    expect(e.starts[0]!.first).toBeUndefined();
    esc.destroy();

    const n = fakeModule();
    const gone = lazyTooltip(index, deps(), n.load);
    gone.open(mention, { focus: true, reason: 'keyboard' });
    gone.destroy();
    await n.arrive();
    expect(n.starts).toHaveLength(0);
  });

  it('says so when the module fails to load, and tries again on the next step', async () => {
    const { index, mention } = page();
    const d = deps();
    const m = fakeModule();
    m.load.mockImplementationOnce(() => Promise.reject(new Error('extension reloaded')));
    const tip = lazyTooltip(index, d, m.load);
    tip.open(mention, { focus: true, reason: 'keyboard' });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(d.warn).toHaveBeenCalledWith('the tooltip failed to load:', expect.any(Error));
    tip.open(mention, { focus: true, reason: 'keyboard' });
    expect(m.load).toHaveBeenCalledTimes(2);
    await m.arrive();
    expect(m.starts[0]!.first).toMatchObject({ kind: 'open' });
    tip.destroy();
  });
});
