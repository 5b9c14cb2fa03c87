import { describe, expect, it } from 'vitest';
import { checkCorpusText, parseSources, parseSummaries } from './corpus-check';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('checkCorpusText', () => {
  it('returns the text of a good file', () => {
    expect(checkCorpusText(bytes('Kasachstan „zitiert“.\nقزاقستان\n'), 'corpus/x.txt')).toBe('Kasachstan „zitiert“.\nقزاقستان\n');
  });

  it('locates invalid UTF-8 by line', () => {
    expect(() => checkCorpusText(bytes('line one\nline two\nbad ', [0xff], ' byte'), 'corpus/x.txt')).toThrow(
      'corpus/x.txt:3: not valid UTF-8 (byte 0xff at offset 22)',
    );
    // A truncated multi-byte sequence (first two bytes of "ü"+"€").
    expect(() => checkCorpusText(bytes('ok\n', [0xe2, 0x82]), 'corpus/y.txt')).toThrow(/^corpus\/y\.txt:2: not valid UTF-8/);
    // An overlong encoding of "/".
    expect(() => checkCorpusText(bytes([0xc0, 0xaf]), 'corpus/z.txt')).toThrow(/^corpus\/z\.txt:1: not valid UTF-8/);
  });

  it('rejects NUL and control characters with their line, but allows tab and CR', () => {
    expect(() => checkCorpusText(bytes('a\nb\nc\u0000d'), 'corpus/x.txt')).toThrow('corpus/x.txt:3: NUL character');
    expect(() => checkCorpusText(bytes('a\n\u000cb'), 'corpus/x.txt')).toThrow('corpus/x.txt:2: control character U+000C');
    expect(checkCorpusText(bytes('a\tb\r\nc'), 'corpus/x.txt')).toBe('a\tb\r\nc');
  });

  it('rejects an empty file', () => {
    expect(() => checkCorpusText(bytes(''), 'corpus/x.txt')).toThrow('corpus/x.txt:1: empty corpus file');
    expect(() => checkCorpusText(bytes(' \n\n '), 'corpus/x.txt')).toThrow('corpus/x.txt:1: empty corpus file');
  });
});

const SOURCES = `{
  "sources": [
    { "id": "a", "title": "Titel", "titleEn": "Title", "lang": "de", "url": "https://example.org/a" },
    { "id": "b", "title": "عنوان", "titleEn": "Title", "lang": "fa", "outlet": "Outlet" }
  ]
}`;

describe('parseSources', () => {
  it('parses good metadata', () => {
    expect(parseSources(SOURCES, 'corpus/sources.json', ['a', 'b'])).toEqual([
      { id: 'a', title: 'Titel', titleEn: 'Title', lang: 'de', url: 'https://example.org/a' },
      { id: 'b', title: 'عنوان', titleEn: 'Title', lang: 'fa', outlet: 'Outlet' },
    ]);
  });

  it('reports syntax errors at their line', () => {
    expect(() => parseSources('{\n  "sources": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}', 'corpus/sources.json', ['a'])).toThrow(
      /^corpus\/sources\.json:4: JSON syntax error: CommaExpected/,
    );
  });

  it('reports shape errors at their line', () => {
    expect(() => parseSources('{ "items": [] }', 'corpus/sources.json', [])).toThrow('corpus/sources.json:1: expected { "sources": [ … ] }');
    expect(() => parseSources(SOURCES.replace('"lang": "fa"', '"lang": 7'), 'corpus/sources.json', ['a', 'b'])).toThrow(
      'corpus/sources.json:4: "lang" must be a non-empty string',
    );
    expect(() => parseSources(SOURCES.replace('"titleEn": "Title", "lang": "de"', '"lang": "de"'), 'corpus/sources.json', ['a', 'b'])).toThrow(
      'corpus/sources.json:3: source without "titleEn"',
    );
    expect(() => parseSources(SOURCES.replace('"outlet"', '"outlett"'), 'corpus/sources.json', ['a', 'b'])).toThrow(
      'corpus/sources.json:4: unknown field "outlett"',
    );
    expect(() => parseSources(SOURCES.replace('"id": "b"', '"id": "a"'), 'corpus/sources.json', ['a', 'b'])).toThrow(
      'corpus/sources.json:4: duplicate source id "a" (first at line 3)',
    );
  });

  it('pairs metadata with corpus files both ways', () => {
    expect(() => parseSources(SOURCES, 'corpus/sources.json', ['a'])).toThrow('corpus/sources.json:4: source "b" has no corpus file corpus/b.txt');
    expect(() => parseSources(SOURCES, 'corpus/sources.json', ['a', 'b', 'c'])).toThrow('corpus/c.txt:1: corpus file has no metadata in corpus/sources.json');
  });
});

describe('parseSummaries', () => {
  const good = '{\n  "a#1": { "quoteStart": "Kazakhstan", "en": "Kazakhstan did X." },\n  "b#10": { "quoteStart": "x", "en": "y" }\n}';

  it('parses entries and remembers their lines', () => {
    expect(parseSummaries(good, 'corpus/summaries.json')).toEqual({
      entries: { 'a#1': { quoteStart: 'Kazakhstan', en: 'Kazakhstan did X.' }, 'b#10': { quoteStart: 'x', en: 'y' } },
      lines: { 'a#1': 2, 'b#10': 3 },
    });
  });

  it('reports malformed entries at their line', () => {
    expect(() => parseSummaries(good.replace('"en": "y"', '"en": ""'), 'corpus/summaries.json')).toThrow(
      'corpus/summaries.json:3: "b#10": "en" must be a non-empty string',
    );
    expect(() => parseSummaries(good.replace('"b#10"', '"b-10"'), 'corpus/summaries.json')).toThrow(
      'corpus/summaries.json:3: key "b-10" is not a fact id',
    );
    expect(() => parseSummaries(good.replace('"b#10"', '"a#1"'), 'corpus/summaries.json')).toThrow('corpus/summaries.json:3: duplicate summary for "a#1"');
    expect(() => parseSummaries(good.replace(', "en": "Kazakhstan did X."', ''), 'corpus/summaries.json')).toThrow(
      'corpus/summaries.json:2: "a#1" without "en"',
    );
    expect(() => parseSummaries('{\n  "a#1": { "quoteStart": "x", "en": "y" },\n}', 'corpus/summaries.json')).toThrow(
      /^corpus\/summaries\.json:3: JSON syntax error/,
    );
  });
});
