// A plain English source cited without the optional parts: the cases mutation testing found
// unguarded in citation.ts (docs/mutation.md) — no outlet, no address, one title, left to right.
import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation';
import type { FactView } from './messages';

const plain: FactView = {
  id: 'en-wire#1',
  source: 'en-wire',
  lang: 'en',
  quote: 'Trade rose <sharply>.',
  start: 0,
  end: 21,
  entities: ['kazakhstan'],
  topics: ['trade'],
  dates: [],
  quantities: [],
  summary: { en: 'Trade rose.' },
  sourceInfo: {
    id: 'en-wire',
    title: 'Trade report',
    titleEn: 'Trade report',
    lang: 'en',
    published: '2023-05-14',
    dir: 'ltr',
    length: 400,
  },
};

describe('formatCitation without the optional parts', () => {
  it('cites the publication date, one title and no empty fields', () => {
    const { text, html } = formatCitation(plain);
    expect(text).toBe(
      ['Trade rose.', '“Trade rose <sharply>.”', '— Trade report, published 2023-05-14', 'source id: en-wire · fact id: en-wire#1'].join('\n'),
    );
    expect(html).toBe(
      '<div class="caravan-citation">' +
        '<p lang="en">Trade rose.</p>' +
        '<blockquote lang="en" dir="ltr">Trade rose &lt;sharply&gt;.</blockquote>' +
        '<p>— <cite lang="en" dir="ltr">Trade report</cite>, published 2023-05-14</p>' +
        '<p>source id: <code>en-wire</code> · fact id: <code>en-wire#1</code></p>' +
        '</div>',
    );
  });

  it('leaves out the date when neither the fact nor the source has one', () => {
    const { text, html } = formatCitation({ ...plain, sourceInfo: { ...plain.sourceInfo, published: null } });
    expect(text.split('\n')[2]).toBe('— Trade report');
    expect(html).toContain('<p>— <cite lang="en" dir="ltr">Trade report</cite></p>');
  });

  it('links an http address and keeps a non-web address as plain text', () => {
    const http = formatCitation({ ...plain, sourceInfo: { ...plain.sourceInfo, url: 'http://example.org/a' } });
    expect(http.text.split('\n')[3]).toBe('http://example.org/a · source id: en-wire · fact id: en-wire#1');
    expect(http.html).toContain('<p><a href="http://example.org/a">http://example.org/a</a> · source id:');

    const ftp = formatCitation({ ...plain, sourceInfo: { ...plain.sourceInfo, url: 'ftp://example.org/a' } });
    expect(ftp.text.split('\n')[3]).toBe('ftp://example.org/a · source id: en-wire · fact id: en-wire#1');
    expect(ftp.html).toContain('<p>ftp://example.org/a · source id:');
  });
});
