import { describe, expect, it } from 'vitest';
import { citationDate, escapeHtml, formatCitation } from './citation';
import type { FactView } from './messages';

const base: FactView = {
  id: 'fa-news#3',
  source: 'fa-news',
  lang: 'fa',
  quote: 'قزاقستان ۵۰ هزار تن آرد به افغانستان فرستاد.',
  start: 10,
  end: 54,
  entities: ['kazakhstan', 'afghanistan'],
  topics: ['humanitarian'],
  date: '2021-10',
  dates: ['2021-10'],
  quantities: [],
  summary: { en: 'Kazakhstan sent 50,000 tonnes of flour to Afghanistan.' },
  sourceInfo: {
    id: 'fa-news',
    title: 'قزاقستان و افغانستان',
    titleEn: 'Kazakhstan and Afghanistan',
    lang: 'fa',
    published: '2022-01-05',
    dir: 'rtl',
    length: 2000,
    outlet: 'Example News',
    url: 'https://example.org/news/1?a=1&b=2',
  },
};

describe('formatCitation', () => {
  it('gives summary, quote, both titles, outlet, date, address and ids as plain text', () => {
    expect(formatCitation(base).text).toBe(
      [
        'Kazakhstan sent 50,000 tonnes of flour to Afghanistan.',
        '“قزاقستان ۵۰ هزار تن آرد به افغانستان فرستاد.”',
        '— قزاقستان و افغانستان [Kazakhstan and Afghanistan], Example News, date 2021-10',
        'https://example.org/news/1?a=1&b=2 · source id: fa-news · fact id: fa-news#3',
      ].join('\n'),
    );
  });

  it('gives the same as HTML, each text in its language and direction, the address as a link', () => {
    const { html } = formatCitation(base);
    expect(html).toBe(
      '<div class="caravan-citation">' +
        '<p lang="en">Kazakhstan sent 50,000 tonnes of flour to Afghanistan.</p>' +
        '<blockquote lang="fa" dir="rtl">قزاقستان ۵۰ هزار تن آرد به افغانستان فرستاد.</blockquote>' +
        '<p>— <cite lang="fa" dir="rtl">قزاقستان و افغانستان</cite> [<span lang="en">Kazakhstan and Afghanistan</span>], Example News, date 2021-10</p>' +
        '<p><a href="https://example.org/news/1?a=1&amp;b=2">https://example.org/news/1?a=1&amp;b=2</a> · source id: <code>fa-news</code> · fact id: <code>fa-news#3</code></p>' +
        '</div>',
    );
  });

  it('escapes every text it puts into the HTML, and links only web addresses', () => {
    const { titleEn: _en, ...untitled } = base.sourceInfo;
    const hostile: FactView = {
      ...base,
      quote: '<img src=x onerror="alert(1)"> & \'quoted\'',
      summary: { en: '<script>alert(1)</script>' },
      sourceInfo: { ...untitled, title: '<b>t</b>', outlet: '"o"', url: 'javascript:alert(1)' },
    };
    const { html, text } = formatCitation(hostile);
    expect(html).not.toMatch(/<(img|script|b)\b/);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('javascript:alert(1)');
    // Plain text stays as written.
    expect(text).toContain('<img src=x onerror="alert(1)">');
  });

  it('falls back to the publication date, and leaves out what the source does not say', () => {
    const { date: _date, ...undated } = base;
    const bare: FactView = {
      ...undated,
      sourceInfo: { id: 'en-x', title: 'Joint statement', lang: 'en', published: '2022-05-10', dir: 'ltr', length: 10 },
    };
    expect(formatCitation(bare).text.split('\n').slice(2)).toEqual(['— Joint statement, published 2022-05-10', 'source id: en-x · fact id: fa-news#3']);
    expect(citationDate({ ...bare, sourceInfo: { ...bare.sourceInfo, published: null } })).toBeNull();
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
