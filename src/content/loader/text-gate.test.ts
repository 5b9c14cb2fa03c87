// @vitest-environment happy-dom
/**
 * The gate's first step (decision 0280): a frame without text the walk would read runs nothing
 * more (no storage read: `prepare` is not called); a frame with text reads its keys once, before
 * its first text is tested, and the full keys then decide.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadGazetteer } from '../../matching/gazetteer-file';
import { gateKeysFor } from './gate-keys-build';
import { createGate } from './text-gate';

const root = `${__dirname}/../../..`;
const entries = loadGazetteer(root);
const { keys, first } = gateKeysFor(entries);

/** A gate over `html`, with or without stored keys; how often it prepared, and what it decided. */
async function gated(html: string, withKeys = true) {
  document.documentElement.innerHTML = html;
  let prepared = 0;
  const gate = createGate(async () => {
    prepared++;
    if (withKeys) gate.scanner.useKeys(keys, first);
  });
  await gate.read(document);
  return { prepared, text: gate.scanner.text, hit: gate.scanner.hit };
}

describe('the text gate', () => {
  it('does not prepare (read storage) in a frame whose only text is its title, scripts or styles', async () => {
    expect(await gated('<head><title>Kazakhstan</title><style>p{}</style></head><body>  <script>var x = "Kabul";</script>\n</body>')).toEqual({ prepared: 0, text: false, hit: false });
    // The names were there, where the walk does not read.
    expect(document.title).toBe('Kazakhstan');
    expect(document.body.textContent).toContain('Kabul');
  });

  it('prepares once where there is text; the full keys reject ordinary prose, which without them passes', async () => {
    const prose = '<body><p>The committee met on <b>Tuesday</b> to talk about the library.</p><p>International formats for 2017.</p></body>';
    expect(await gated(prose)).toEqual({ prepared: 1, text: true, hit: false });
    expect(await gated(prose, false)).toEqual({ prepared: 1, text: true, hit: true });
  });

  it('passes a name split across inline elements', async () => {
    expect(await gated('<body><p>Talks in <b>Kab</b>ul on the railway.</p></body>')).toMatchObject({ prepared: 1, hit: true });
  });

  it('reads an open shadow root of a frame with no other text', async () => {
    document.documentElement.innerHTML = '<body><div id="host"></div></body>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Astana hosted the talks.</p>';
    let prepared = 0;
    const gate = createGate(async () => {
      prepared++;
      gate.scanner.useKeys(keys, first);
    });
    await gate.read(document);
    expect({ prepared, hit: gate.scanner.hit }).toEqual({ prepared: 1, hit: true });
  });
});

describe('the first pass (decision 0282)', () => {
  /** The gate with the stored keys and first pass `first` (NEVER: one that finds nothing). */
  async function passes(html: string, first: string, shadow?: string) {
    document.documentElement.innerHTML = html;
    if (shadow) document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = shadow;
    const gate = createGate(async () => gate.scanner.useKeys(keys, first));
    await gate.read(document);
    return { text: gate.scanner.text, hit: gate.scanner.hit };
  }
  const NEVER = '(?!)\n(?!)\n(?!)\n(?!)';

  it('decides a small frame before any walk: a first pass that finds nothing turns a name away', async () => {
    const named = '<body><p>Talks in Kabul on the railway.</p></body>';
    expect(await passes(named, first)).toEqual({ text: true, hit: true });
    // Only the first pass stands between: the keys alone would pass it.
    expect(await passes(named, NEVER)).toEqual({ text: true, hit: false });
  });

  it('walks a frame with an open shadow root, and a large one, whatever the first pass says', async () => {
    expect(await passes('<body><p>Beans.</p><div id="host"></div></body>', NEVER, '<p>Astana hosted the talks.</p>')).toEqual({ text: true, hit: true });
    const large = `<body>${'<p>river bread</p>'.repeat(300)}<p>Talks in Kabul.</p></body>`;
    expect(await passes(large, NEVER)).toEqual({ text: true, hit: true });
  });

  it('walks a tree read again whose root itself hosts an open shadow root', async () => {
    document.documentElement.innerHTML = '<body><div id="host">Beans.</div></body>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Astana hosted the talks.</p>';
    const gate = createGate(async () => gate.scanner.useKeys(keys, NEVER));
    await gate.read(host);
    expect(gate.scanner.hit).toBe(true);
  });
});

describe('the order and the yields of a large read (decisions 0283, 0284)', () => {
  const large = (n: number) => `<body>${'<p>river bread and the committee of the library met</p>'.repeat(n)}<p>Talks in Kabul.</p></body>`;
  const NEVER = '(?!)\n(?!)\n(?!)\n(?!)';

  it('asks storage before it reads the boxes in view', async () => {
    document.documentElement.innerHTML = large(400);
    const order: string[] = [];
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      order.push('box');
      return new DOMRect(0, 0, 10, 10);
    });
    try {
      const gate = createGate(async () => {
        order.push('storage');
        gate.scanner.useKeys(keys, first);
      });
      await gate.read(document);
      expect(order[0]).toBe('storage');
      expect(order).toContain('box');
      expect(gate.scanner.hit).toBe(true);
    } finally {
      rect.mockRestore();
    }
  });

  it('tests the text in view as soon as it is read: a name there ends the read before the rest of the frame', async () => {
    document.documentElement.innerHTML = `<body><p>the start</p><p id="top">first words of the frame</p>${'<p>river bread</p>'.repeat(300)}<p id="seen">Talks in Kabul.</p></body>`;
    // Only the last paragraph is in view; the first ones are where a read in document order starts
    // (the very first is where the test for any text stops).
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this.id === 'seen' ? new DOMRect(0, 10, 100, 20) : new DOMRect(0, 5000, 100, 20);
    });
    let readTop = false;
    const text = document.getElementById('top')!.firstChild!;
    Object.defineProperty(text, 'data', {
      get: () => {
        readTop = true;
        return 'first words of the frame';
      },
    });
    try {
      const gate = createGate(async () => gate.scanner.useKeys(keys, first));
      await gate.read(document);
      expect(gate.scanner.hit).toBe(true);
      expect(readTop).toBe(false);
    } finally {
      rect.mockRestore();
    }
  });

  it('yields through scheduler.yield, and through a timer at least every 16 ms of the clock', async () => {
    document.documentElement.innerHTML = large(3000).replace('Kabul', 'Oslo');
    // A clock that moves 1 ms a reading: a slice tires after 7 readings, so the yields between them
    // come well inside 16 ms of each other and only some of them may be a timer's.
    // Ahead of the real clock: the gate's last timer turn (module state) was taken on the real one.
    let clock = performance.now() + 1_000_000;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const kinds: string[] = [];
    const g = globalThis as { scheduler?: unknown };
    g.scheduler = { yield: () => (kinds.push('scheduler'), Promise.resolve()) };
    const timer = vi.spyOn(globalThis, 'setTimeout');
    try {
      const gate = createGate(async () => gate.scanner.useKeys(keys, NEVER));
      await gate.read(document);
      for (const c of timer.mock.calls) if (c[1] === 0) kinds.push('timer');
      expect(gate.scanner.hit).toBe(false);
      expect(kinds.filter((k) => k === 'scheduler').length).toBeGreaterThan(0);
      expect(kinds.filter((k) => k === 'timer').length).toBeGreaterThan(0);
    } finally {
      now.mockRestore();
      timer.mockRestore();
      delete g.scheduler;
    }
  });
});
