import { describe, expect, it } from 'vitest';
import { LINE_BREAK, RUN_BREAK, assemble, endPoint, mapSpan, pieces, startPoint, type Part } from './block-text';

const real = (text: string): Part => ({ text, real: true });
const sep = (text = RUN_BREAK): Part => ({ text, real: false });

describe('assemble', () => {
  it('concatenates parts and records where each starts', () => {
    const { text, starts } = assemble([real('Kaz'), real('akh'), real('stan')]);
    expect(text).toBe('Kazakhstan');
    expect(starts).toEqual([0, 3, 6, 10]);
  });

  it('handles no parts', () => {
    expect(assemble([])).toEqual({ text: '', starts: [0] });
  });
});

describe('mapping offsets back to parts', () => {
  // "In Kaz<b>akh</b>stan." as three text nodes
  const parts = [real('In Kaz'), real('akh'), real('stan.')];
  const { text, starts } = assemble(parts);

  it('maps a mention crossing inline boundaries to its first and last text node', () => {
    const start = text.indexOf('Kazakhstan');
    expect(mapSpan(parts, starts, start, start + 10)).toEqual({
      start: { part: 0, offset: 3 },
      end: { part: 2, offset: 4 },
    });
  });

  it('puts a start at the end of a part into the next part, an end at a start into the previous', () => {
    const p = [real('ab'), real('cd'), real('ef')];
    const a = assemble(p);
    expect(startPoint(p, a.starts, 2)).toEqual({ part: 1, offset: 0 });
    expect(endPoint(p, a.starts, 4)).toEqual({ part: 1, offset: 2 });
    expect(mapSpan(p, a.starts, 2, 4)).toEqual({ start: { part: 1, offset: 0 }, end: { part: 1, offset: 2 } });
  });

  it('skips separators and empty parts on either side', () => {
    const p = [real('Kabul'), sep(), real(''), real('Astana'), sep(LINE_BREAK)];
    const a = assemble(p);
    const at = a.text.indexOf('Astana');
    expect(mapSpan(p, a.starts, at, at + 6)).toEqual({ start: { part: 3, offset: 0 }, end: { part: 3, offset: 6 } });
    expect(mapSpan(p, a.starts, 0, 5)).toEqual({ start: { part: 0, offset: 0 }, end: { part: 0, offset: 5 } });
  });

  it('refuses spans that cover separators only', () => {
    const p = [real('a'), sep(), real('b')];
    const a = assemble(p);
    expect(mapSpan(p, a.starts, 1, 1 + RUN_BREAK.length)).toBeNull();
  });

  it('maps a single-node mention at the very end of the text', () => {
    const p = [real('see Kabul')];
    const a = assemble(p);
    expect(mapSpan(p, a.starts, 4, 9)).toEqual({ start: { part: 0, offset: 4 }, end: { part: 0, offset: 9 } });
  });

  it('keeps soft hyphens inside the mapped span (the matcher folds them away)', () => {
    const p = [real('Kaz\u00adakh\u00adstan')];
    const a = assemble(p);
    expect(mapSpan(p, a.starts, 0, 12)).toEqual({ start: { part: 0, offset: 0 }, end: { part: 0, offset: 12 } });
  });
});

/** The cut offsets of pieces(): 0, then where each piece ends. */
const chunkBounds = (text: string, max: number) => [0, ...pieces(text, max).map((p) => p.to)];

describe('pieces', () => {
  it('returns one piece for short text', () => {
    expect(chunkBounds('short text', 100)).toEqual([0, 10]);
  });

  it('cuts long text at sentence ends or whitespace, never inside a word', () => {
    const text = 'Kazakhstan and Afghanistan agreed. '.repeat(50);
    const bounds = chunkBounds(text, 200);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) {
      expect(bounds[i]! - bounds[i - 1]!).toBeLessThanOrEqual(200);
      expect(bounds[i]! - bounds[i - 1]!).toBeGreaterThan(0);
    }
    for (const b of bounds.slice(1, -1)) expect(/\p{L}/u.test(text[b - 1]!) && /\p{L}/u.test(text[b]!)).toBe(false);
  });

  it('prefers a run break to a sentence end', () => {
    const text = 'a'.repeat(60) + RUN_BREAK + 'b. '.repeat(20);
    const bounds = chunkBounds(text, 100);
    expect(bounds[1]).toBe(61);
  });

  it('matches the start of an unbroken run and skips the rest of it', () => {
    expect(pieces('x'.repeat(250), 100)).toEqual([
      { from: 0, to: 100, next: 100, inWord: true },
      { from: 250, to: 250, next: 250, inWord: false },
    ]);
  });
});
