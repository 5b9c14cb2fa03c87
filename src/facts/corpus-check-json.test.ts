import { describe, expect, it } from 'vitest';
import { parseJson, parseSources, parseSummaries } from './corpus-check';

const F = 'corpus/sources.json';
const S = 'corpus/summaries.json';
/** A sources file with one source per line from line 3 on. */
const sources = (...items: string[]) => `{\n  "sources": [\n${items.map((i) => `    ${i}`).join(',\n')}\n  ]\n}`;
const A = '{ "id": "a", "title": "T", "titleEn": "T", "lang": "en" }';

describe('parseJson', () => {
  it('refuses an empty file, comments and trailing commas as syntax errors at their line', () => {
    // An empty file is a syntax error for jsonc-parser, so the "empty JSON file" branch is never reached.
    expect(() => parseJson('', F)).toThrow(new Error('corpus/sources.json:1: JSON syntax error: ValueExpected'));
    expect(() => parseJson('{\n  // x\n  "a": 1\n}', F)).toThrow(/^corpus\/sources\.json:2: JSON syntax error: InvalidCommentToken$/);
    expect(() => parseJson('{\n  "a": 1,\n}', F)).toThrow(/^corpus\/sources\.json:3: JSON syntax error: /);
  });
  it('gives the line of a node, and line 1 without one', () => {
    const doc = parseJson('{\n  "a": 1,\n  "b": 2\n}', F);
    const b = doc.root.children![1]!.children![1]!;
    expect(doc.line(b)).toBe(3);
    expect(doc.line(undefined)).toBe(1);
    expect(() => doc.fail(b, 'bad b')).toThrow(new Error('corpus/sources.json:3: bad b'));
    expect(() => doc.fail(undefined, 'bad')).toThrow(new Error('corpus/sources.json:1: bad'));
  });
});

describe('parseSources: every refusal with its line', () => {
  it('wants an object with a "sources" array of objects', () => {
    expect(() => parseSources('[]', F, [])).toThrow(new Error('corpus/sources.json:1: expected { "sources": [ … ] }'));
    expect(() => parseSources('{\n  "sources": {}\n}', F, [])).toThrow(new Error('corpus/sources.json:2: expected { "sources": [ … ] }'));
    expect(() => parseSources(sources(A, '"b"'), F, ['a'])).toThrow(new Error('corpus/sources.json:4: each source must be an object'));
    expect(parseSources(sources(), F, [])).toEqual([]);
  });
  it('checks each field: required, non-empty string, known', () => {
    expect(() => parseSources(sources('{ "title": "T", "titleEn": "T", "lang": "en" }'), F, [])).toThrow(new Error('corpus/sources.json:3: source without "id"'));
    expect(() => parseSources(sources('{ "id": "a", "titleEn": "T", "lang": "en" }'), F, ['a'])).toThrow(new Error('corpus/sources.json:3: source without "title"'));
    expect(() => parseSources(sources('{ "id": "a", "title": "T", "titleEn": "T" }'), F, ['a'])).toThrow(new Error('corpus/sources.json:3: source without "lang"'));
    expect(() => parseSources(sources('{ "id": "a", "title": "  ", "titleEn": "T", "lang": "en" }'), F, ['a'])).toThrow(
      new Error('corpus/sources.json:3: "title" must be a non-empty string'),
    );
    expect(() => parseSources(sources('{ "id": "a", "title": "T", "titleEn": "T", "lang": "en", "outlet": 5 }'), F, ['a'])).toThrow(
      new Error('corpus/sources.json:3: "outlet" must be a non-empty string'),
    );
    expect(() => parseSources(sources('{ "id": "a", "title": "T", "titleEn": "T", "lang": "en", "x": 1 }'), F, ['a'])).toThrow(
      new Error('corpus/sources.json:3: unknown field "x" (expected id, title, titleEn, lang, outlet, url)'),
    );
  });
  it('checks the language tag and the URL', () => {
    const withLang = (lang: string) => sources(`{ "id": "a", "title": "T", "titleEn": "T", "lang": "${lang}" }`);
    expect(parseSources(withLang('fa-AF'), F, ['a'])[0]!.lang).toBe('fa-AF');
    expect(parseSources(withLang('kk'), F, ['a'])[0]!.lang).toBe('kk');
    for (const bad of ['EN', 'e', 'engl', 'en_US', 'en-', 'en-a', 'x en']) {
      expect(() => parseSources(withLang(bad), F, ['a'])).toThrow(new Error(`corpus/sources.json:3: "lang" must be a BCP 47 tag such as "en" or "fa-AF", not ${JSON.stringify(bad)}`));
    }
    const withUrl = (url: string) => sources(`{ "id": "a", "title": "T", "titleEn": "T", "lang": "en", "url": "${url}" }`);
    expect(parseSources(withUrl('http://example.org/a'), F, ['a'])[0]!.url).toBe('http://example.org/a');
    for (const bad of ['ftp://example.org', 'https://', 'https://a b', 'see https://a']) {
      expect(() => parseSources(withUrl(bad), F, ['a'])).toThrow(new Error('corpus/sources.json:3: "url" must be an http(s) URL'));
    }
  });
  it('names another corpus directory in its refusals', () => {
    expect(() => parseSources(sources(A), F, [], 'texts')).toThrow(new Error('corpus/sources.json:3: source "a" has no corpus file texts/a.txt'));
    expect(() => parseSources(sources(A), F, ['a', 'z'], 'texts')).toThrow(new Error('texts/z.txt:1: corpus file has no metadata in corpus/sources.json'));
  });
});

describe('parseSummaries: every refusal with its line', () => {
  it('wants an object of objects with exactly quoteStart and en', () => {
    expect(() => parseSummaries('[]', S)).toThrow(new Error('corpus/summaries.json:1: expected an object keyed by fact id'));
    expect(() => parseSummaries('{\n  "a#1": "x"\n}', S)).toThrow(new Error('corpus/summaries.json:2: "a#1" must be an object { "quoteStart", "en" }'));
    expect(() => parseSummaries('{\n  "a#1": { "quoteStart": "x", "en": "y", "de": "z" }\n}', S)).toThrow(new Error('corpus/summaries.json:2: "a#1": unknown field "de"'));
    expect(() => parseSummaries('{\n  "a#1": { "en": "y" }\n}', S)).toThrow(new Error('corpus/summaries.json:2: "a#1" without "quoteStart"'));
    expect(() => parseSummaries('{\n  "a#1": {\n    "quoteStart": 3,\n    "en": "y"\n  }\n}', S)).toThrow(new Error('corpus/summaries.json:3: "a#1": "quoteStart" must be a non-empty string'));
    expect(() => parseSummaries('{\n  "a#1": { "quoteStart": " ", "en": "y" }\n}', S)).toThrow(new Error('corpus/summaries.json:2: "a#1": "quoteStart" must be a non-empty string'));
    expect(parseSummaries('{}', S)).toEqual({ entries: {}, lines: {} });
  });
  it('wants fact ids: a source without # or spaces, then digits', () => {
    for (const bad of ['a#', '#1', 'a b#1', 'a#1x', 'a#x', 'a#1#2']) {
      expect(() => parseSummaries(`{\n  "${bad}": { "quoteStart": "x", "en": "y" }\n}`, S)).toThrow(
        new Error(`corpus/summaries.json:2: key ${JSON.stringify(bad)} is not a fact id ("<source>#<sentence index>")`),
      );
    }
  });
});
