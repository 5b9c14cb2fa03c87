// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlock, plainText } from './collect';
import { blockOf, compareNodes, dirOf, insideSkipped, isSkipped, langDirOf, langOf } from './dom-rules';
import { RUN_BREAK, assemble } from './block-text';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

const textOf = (el: Element | ShadowRoot) => assemble(collectBlock(el).parts).text;

describe('collectBlock', () => {
  it('joins text across inline elements, so a split name is one string', () => {
    const p = html('<p>In Kaz<b>akh</b>stan, <a href="#">Hair<i>atan</i></a> port.</p>');
    expect(textOf(p)).toBe('In Kazakhstan, Hairatan port.');
    expect(collectBlock(p).nodes.filter(Boolean)).toHaveLength(6);
  });

  it('separates nested blocks and skipped elements, and keeps <br> as a line break', () => {
    const div = html('<div>Kabul<p>inner</p>Astana<code>x</code>Herat<br>Almaty</div>');
    expect(textOf(div)).toBe(`Kabul${RUN_BREAK}Astana${RUN_BREAK}Herat\nAlmaty`);
  });

  it('does not enter form fields, editors, scripts or hidden inline content', () => {
    const p = html(
      '<p>a<textarea>T</textarea>b<span contenteditable="true">E</span>c<script>S</script>d<span hidden>H</span>e<span style="display: none">N</span>f</p>',
    );
    expect(textOf(p).replaceAll(RUN_BREAK, '|')).toBe('a|b|c|d|e|f');
  });

  it('reports open shadow roots of inline hosts instead of reading their light children', () => {
    const p = html('<p>before <span id="h">light</span> after</p>');
    const root = p.querySelector('#h')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b>shadow</b>';
    const c = collectBlock(p);
    expect(c.shadows).toEqual([root]);
    expect(assemble(c.parts).text).toBe(`before ${RUN_BREAK} after`);
  });
});

describe('plainText', () => {
  it('reads a block of plain inline text in one go, equal to what collectBlock assembles', () => {
    const p = html('<p>In Kaz<b>akh</b>stan, <a href="/x" class="l">Hair<i>atan</i></a> port&shy;s <!-- c --> end.</p>');
    expect(plainText(p)).toBe(textOf(p));
  });

  it('declines blocks whose inside needs collectBlock: nested blocks, breaks, skipped or styled inline elements', () => {
    for (const markup of [
      '<div>a<p>b</p></div>',
      '<p>a<br>b</p>',
      '<p>a<code>b</code></p>',
      '<p>a<span hidden>b</span></p>',
      '<p>a<span style="display:none">b</span></p>',
      '<p>a<span style="overflow: Hidden">b</span></p>',
      '<p>a<b contenteditable>b</b></p>',
      '<p>a<span data-caravan-ui>b</span></p>',
      '<p>a<x-widget>b</x-widget></p>',
    ]) {
      expect(plainText(html(markup)), markup).toBeNull();
    }
    const host = html('<div id="h"></div>').attachShadow({ mode: 'open' });
    host.innerHTML = '<b>shadow</b>';
    expect(plainText(host)).toBeNull();
  });

  it('takes as plain what hides nothing and splits nothing: styles without "none" or "hidden", <link> and <meta>', () => {
    for (const markup of [
      '<p>In <span style="white-space:nowrap">Kabul</span> today</p>',
      '<li>Kaz<link rel="mw-deduplicated-inline-style" href="x">akhstan<meta itemprop="x" content="y"> report</li>',
    ]) {
      const p = html(markup);
      expect(plainText(p), markup).toBe(textOf(p));
    }
    expect(plainText(html('<li>Kaz<link href="x">akhstan</li>'))).toBe('Kazakhstan');
  });
});

describe('dom rules', () => {
  it('finds the block of a text node through inline ancestors', () => {
    const p = html('<div><p id="p">x <b><i>deep</i></b></p></div>');
    const deep = p.querySelector('i')!.firstChild!;
    expect(blockOf(deep)).toBe(p.querySelector('#p'));
    expect(blockOf(p.querySelector('#p')!)).toBe(p.querySelector('#p'));
  });

  it('knows what is skipped, also from deep inside', () => {
    const div = html('<div contenteditable><p><b>typed</b></p></div><svg><text>t</text></svg>');
    expect(isSkipped(div)).toBe(true);
    expect(insideSkipped(div.querySelector('b')!.firstChild!)).toBe(true);
    expect(insideSkipped(document.querySelector('svg text')!)).toBe(true);
    expect(isSkipped(html('<div data-caravan-ui></div>'))).toBe(true);
    expect(isSkipped(html('<div contenteditable="false"></div>'))).toBe(false);
    expect(isSkipped(html('<p class="x">plain</p>'))).toBe(false);
  });

  it('reads language and direction from attributes, across shadow boundaries', () => {
    const host = html('<section lang="fa"><div id="h"></div></section>').querySelector('#h')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>x</p>';
    const p = root.querySelector('p')!;
    expect(langOf(p)).toBe('fa');
    expect(dirOf(p, 'fa')).toBe('rtl');
    const ltr = html('<div lang="ps" dir="ltr"><p>x</p></div>').querySelector('p')!;
    expect(dirOf(ltr, langOf(ltr))).toBe('ltr');
  });

  it('langDirOf gives langOf and dirOf of every block, shared parents or not, and reads a changed attribute in a later task', async () => {
    const wrap = html(
      '<div lang="de"><p>a</p><p lang="fa">b</p><p dir="rtl">c</p><p class="x">d</p>' +
        '<section dir="rtl" lang="ps"><p>e</p><p>f</p><div><p>g</p></div></section><div id="host"></div></div><p>h</p>',
    );
    const root = wrap.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>i</p><div lang="ru"><p>j</p></div>';
    const blocks = [...wrap.querySelectorAll('p'), ...root.querySelectorAll('p'), wrap.parentElement!];
    const expected = () => blocks.map((b) => ({ lang: langOf(b), dir: dirOf(b, langOf(b)) }));
    expect(blocks.map((b) => langDirOf(b))).toEqual(expected());
    expect(blocks.map((b) => langDirOf(b))).toEqual(expected());
    await Promise.resolve();
    wrap.querySelector('section')!.setAttribute('dir', 'ltr');
    wrap.querySelector('section')!.setAttribute('lang', 'en');
    expect(blocks.map((b) => langDirOf(b))).toEqual(expected());
    expect(langDirOf(wrap.querySelector('section p')!)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('orders nodes in document order, shadow content at its host', () => {
    const wrap = html('<div><p id="a">a</p><div id="host"></div><p id="c">c</p></div>');
    const root = wrap.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="b">b</p>';
    const [a, b, c] = [wrap.querySelector('#a')!, root.querySelector('#b')!, wrap.querySelector('#c')!];
    expect([c, b, a].sort(compareNodes)).toEqual([a, b, c]);
    expect(compareNodes(wrap.querySelector('#host')!, b)).toBe(-1);
  });
});
