/**
 * Test builds only (`__E2E__`; the calls are dropped from release builds): what an end-to-end
 * test needs to know about the tooltip, mirrored as data attributes on its host. A closed shadow
 * root cannot be read from page script in either browser, and the host's attributes can.
 */
import type { TooltipHost } from './host';

export interface TestSnapshot {
  entity: string;
  status: string;
  pinned: boolean;
}

export function mirrorTestState(host: TooltipHost, card: HTMLElement | null, open: TestSnapshot | null): void {
  if (!open) {
    host.setTestState({ state: 'closed' });
    return;
  }
  const title = host.query('.title');
  // Computed inside the shadow root: proves page CSS did not reach the tooltip's text.
  const style = title ? getComputedStyle(title) : null;
  const centre = (selector: string): number[] | null => {
    const r = host.query(selector)?.getBoundingClientRect();
    return r ? [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] : null;
  };
  const box = (selector: string): number[] | null => {
    const r = host.query(selector)?.getBoundingClientRect();
    return r ? [r.left, r.top, r.right, r.bottom].map(Math.round) : null;
  };
  const quotes = [...(host.query('.facts')?.querySelectorAll('blockquote') ?? [])];
  const active = host.activeElement();
  host.setTestState({
    state: 'open',
    entity: open.entity,
    status: open.status,
    facts: host.query('.facts')?.children.length ?? 0,
    role: card?.getAttribute('role') ?? null,
    label: card?.getAttribute('aria-label') ?? null,
    pinned: open.pinned,
    title: title?.textContent ?? null,
    'font-size': style?.fontSize ?? null,
    color: style?.color ?? null,
    focus: !active ? '' : (active.getAttribute('data-action') ?? (active === card ? 'card' : active.localName)),
    quotes: quotes.map((q) => `${q.lang}:${q.dir}:${q.hidden ? 'hidden' : 'shown'}`).join(' '),
    live: host.query('[aria-live]')?.textContent ?? '',
    // The line shown instead of facts ("nothing yet", "turned off"), if any.
    note: host.query('.status')?.textContent ?? '',
    styles: host.styleMode,
    // The description: cut to one line with a toggle, or open whole (its height in lines).
    desc: JSON.stringify({
      toggle: host.query('[data-action="describe"]')?.getAttribute('aria-expanded') ?? null,
      lines: (() => {
        const d = host.query('.desc');
        return d ? Math.round(d.getBoundingClientRect().height / parseFloat(getComputedStyle(d).lineHeight)) : 0;
      })(),
    }),
    // The computed direction of each kind of text, to check each runs in its own.
    dirs: JSON.stringify(
      Object.fromEntries(
        (['.card', '.title', '.type', '.desc', '.summary', '.badge .src', '.badge', '.quote', '[data-action="panel"]'] as const).map((sel) => {
          const el = host.query(sel);
          return [sel, el ? getComputedStyle(el).direction : null];
        }),
      ),
    ),
    // The card's and its header's edges in the viewport (left, top, right, bottom), to check fit.
    bounds: JSON.stringify({ card: box('.card'), head: box('.head'), viewport: [innerWidth, innerHeight] }),
    // Where to click the controls (the test cannot query inside the closed root).
    rects: JSON.stringify({
      card: centre('.card'),
      pin: centre('[data-action="pin"]'),
      close: centre('[data-action="close"]'),
      quote: centre('[data-action="quote"]'),
      panel: centre('[data-action="panel"]'),
      describe: centre('[data-action="describe"]'),
    }),
  });
}
