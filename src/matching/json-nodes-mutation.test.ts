import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineLocator, propsOf } from './json-nodes';

describe('lineLocator', () => {
  it('gives the 1-based line of every offset, a newline belonging to the line it ends', () => {
    const text = 'ab\ncd\n\nef';
    const lineOf = lineLocator(text);
    expect([...text].map((_, i) => lineOf(i))).toEqual([1, 1, 1, 2, 2, 2, 3, 4, 4]);
  });

  it('reads line starts exactly at the first character after each newline', () => {
    const lineOf = lineLocator('x\ny\nz');
    expect(lineOf(0)).toBe(1);
    expect(lineOf(1)).toBe(1);
    expect(lineOf(2)).toBe(2);
    expect(lineOf(3)).toBe(2);
    expect(lineOf(4)).toBe(3);
    expect(lineOf(99)).toBe(3);
  });

  it('is line 1 everywhere in a text without newlines, and only LF counts (not CR)', () => {
    expect(lineLocator('')(0)).toBe(1);
    expect(lineLocator('abc')(2)).toBe(1);
    expect(lineLocator('a\rb')(2)).toBe(1);
  });

  it('finds the line in a long text of many lines (binary search bounds)', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line${i}`).join('\n');
    const lineOf = lineLocator(text);
    for (const n of [1, 2, 50, 63, 64, 65, 99, 100]) expect(lineOf(text.indexOf(`line${n - 1}`))).toBe(n);
  });
});

describe('propsOf', () => {
  it("maps an object's property names to their value nodes", () => {
    const props = propsOf(parseTree('{"a": 1, "b": [2], "c": {"d": "x"}}'));
    expect([...props.keys()]).toEqual(['a', 'b', 'c']);
    expect(props.get('a')?.value).toBe(1);
    expect(props.get('b')?.type).toBe('array');
    expect(propsOf(props.get('c')).get('d')?.value).toBe('x');
  });

  it('is empty for an array, a string, an empty object or no node', () => {
    expect(propsOf(parseTree('[1, 2]')).size).toBe(0);
    expect(propsOf(parseTree('"s"')).size).toBe(0);
    expect(propsOf(parseTree('{}')).size).toBe(0);
    expect(propsOf(undefined).size).toBe(0);
  });
});
