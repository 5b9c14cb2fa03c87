// @vitest-environment happy-dom
/**
 * The gate's first step (decision 0280): a frame without text the walk would read runs nothing
 * more (no storage read: `prepare` is not called); a frame with text reads its keys once, before
 * its first text is tested, and the full keys then decide.
 */
import { describe, expect, it } from 'vitest';
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
  const NEVER = '(?!)\n(?!)';

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
