// checkCorpusText's UTF-8 and control-character checks at every boundary: the exact byte, offset and
// line each refusal names (a curator fixes the file from the message alone).
import { describe, expect, it } from 'vitest';
import { checkCorpusText } from './corpus-check';

const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
const refusal = (b: Uint8Array) => {
  try {
    checkCorpusText(b, 'c.txt');
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('checkCorpusText: UTF-8 sequences at their bounds', () => {
  it('steps over the smallest and largest code point of each sequence length to the bad byte after it', () => {
    for (const seq of [[0x41], [0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xee, 0x80, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]]) {
      expect(refusal(bytes('a', seq, [0xff]))).toBe(`c.txt:1: not valid UTF-8 (byte 0xff at offset ${1 + seq.length})`);
    }
    expect(refusal(bytes('a', [0xc2, 0xa0, 0xf4, 0x8f, 0xbf, 0xbf]))).toBe('accepted');
  });
  it('names the first byte of an overlong, surrogate, too large or unknown lead', () => {
    expect(refusal(bytes('ab', [0xc1, 0xbf]))).toBe('c.txt:1: not valid UTF-8 (byte 0xc1 at offset 2)');
    expect(refusal(bytes('ab', [0xe0, 0x9f, 0xbf]))).toBe('c.txt:1: not valid UTF-8 (byte 0xe0 at offset 2)');
    expect(refusal(bytes('ab', [0xed, 0xa0, 0x80]))).toBe('c.txt:1: not valid UTF-8 (byte 0xed at offset 2)');
    expect(refusal(bytes('ab', [0xed, 0xbf, 0xbf]))).toBe('c.txt:1: not valid UTF-8 (byte 0xed at offset 2)');
    expect(refusal(bytes('ab', [0xf0, 0x8f, 0xbf, 0xbf]))).toBe('c.txt:1: not valid UTF-8 (byte 0xf0 at offset 2)');
    expect(refusal(bytes('ab', [0xf4, 0x90, 0x80, 0x80]))).toBe('c.txt:1: not valid UTF-8 (byte 0xf4 at offset 2)');
    expect(refusal(bytes('ab', [0xf5, 0x80, 0x80, 0x80]))).toBe('c.txt:1: not valid UTF-8 (byte 0xf5 at offset 2)');
    expect(refusal(bytes('ab', [0x80]))).toBe('c.txt:1: not valid UTF-8 (byte 0x80 at offset 2)');
  });
  it('a sequence cut short by the end of the file or by a byte that does not continue it', () => {
    expect(refusal(bytes('ab', [0xe2, 0x82]))).toBe('c.txt:1: not valid UTF-8 (byte 0xe2 at offset 2)');
    expect(refusal(bytes('ab', [0xc3]))).toBe('c.txt:1: not valid UTF-8 (byte 0xc3 at offset 2)');
    expect(refusal(bytes('ab', [0xe2, 0x41, 0x82], 'x'))).toBe('c.txt:1: not valid UTF-8 (byte 0xe2 at offset 2)');
    expect(refusal(bytes('ab', [0xe2, 0x82, 0xc0], 'x'))).toBe('c.txt:1: not valid UTF-8 (byte 0xe2 at offset 2)');
  });
  it('counts lines up to the bad byte, after valid multi-byte text', () => {
    expect(refusal(bytes('ä\nü\n€x', [0xff]))).toBe('c.txt:3: not valid UTF-8 (byte 0xff at offset 10)');
    expect(refusal(bytes('\n\n\n', [0xff], '\n'))).toBe('c.txt:4: not valid UTF-8 (byte 0xff at offset 3)');
  });
});

describe('checkCorpusText: control characters', () => {
  it('tab, LF and CR pass; other C0 controls, DEL and C1 controls stop it, at their line', () => {
    expect(refusal(bytes('a\tb\r\nc'))).toBe('accepted');
    expect(refusal(bytes('a\u001fb'))).toBe('c.txt:1: control character U+001F');
    expect(refusal(bytes('a\n\u0008b'))).toBe('c.txt:2: control character U+0008');
    expect(refusal(bytes('a\nb\nc\u007f'))).toBe('c.txt:3: control character U+007F');
    expect(refusal(bytes('a\nb\nc\nd\n\u0085'))).toBe('c.txt:5: control character U+0085');
    expect(refusal(bytes('a\n\u009f'))).toBe('c.txt:2: control character U+009F');
    expect(refusal(bytes('a\u00a0b\u007e'))).toBe('accepted');
    expect(refusal(bytes('a\u000bb'))).toBe('c.txt:1: control character U+000B');
  });
  it('the first control character is named, and one on a line after many', () => {
    expect(refusal(bytes('a\u0001\u0002'))).toBe('c.txt:1: control character U+0001');
    expect(refusal(bytes('x\n'.repeat(9), '\u0001'))).toBe('c.txt:10: control character U+0001');
    expect(refusal(bytes('x\n'.repeat(6), '\u0001'))).toBe('c.txt:7: control character U+0001');
  });
  it('text with a digit is not empty; punctuation alone is', () => {
    expect(refusal(bytes('  7 '))).toBe('accepted');
    expect(refusal(bytes(' – … \n'))).toBe('c.txt:1: empty corpus file (no text)');
  });
});
