import { describe, expect, it } from 'vitest';
import { checkFileBytes, checkText, looksBinary, MAX_TEXT_CHARS, refusalText } from './input';

const problem = (r: ReturnType<typeof checkText>) => (r.ok ? 'ok' : r.refusal.problem);

describe('checkText', () => {
  it('accepts text in a language Caravan reads, detected or chosen', () => {
    const r = checkText('Kazakhstan sent wheat to Afghanistan.\r\nThe train reached Hairatan.');
    expect(r).toEqual({ ok: true, lang: 'en', text: 'Kazakhstan sent wheat to Afghanistan.\nThe train reached Hairatan.' });
    expect(checkText('Kazakhstan sent wheat.', 'de')).toMatchObject({ ok: true, lang: 'de' });
  });

  it('refuses empty, binary, too large and unsupported input, each with its own sentence', () => {
    expect(problem(checkText('   \n\t '))).toBe('readerEmpty');
    expect(problem(checkText('abc\u0000def'))).toBe('readerBinary');
    expect(problem(checkText('\uFFFD'.repeat(40) + 'text'))).toBe('readerBinary');
    expect(problem(checkText('the '.repeat(MAX_TEXT_CHARS / 4 + 1)))).toBe('readerTooLarge');
    expect(problem(checkText('哈萨克斯坦和阿富汗签署了协议。'))).toBe('readerLanguage');
    expect(problem(checkText('Kazakhstan.', 'fr'))).toBe('readerLanguageUnknown');
    const big = checkText('x '.repeat(5_000_000));
    expect(big.ok ? '' : refusalText(big.refusal)).toBe('The document is too large (10.0 MB): Caravan takes documents of up to 2.0 MB.');
  });
});

describe('checkFileBytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('refuses by name, size, emptiness and binary content', () => {
    expect(checkFileBytes('a.txt', enc('Kazakhstan'))).toBeNull();
    expect(checkFileBytes('a.HTML', enc('<p>Kazakhstan</p>'))).toBeNull();
    expect(checkFileBytes('a.docx', enc('x'))?.problem).toBe('readerFileType');
    expect(checkFileBytes('a.txt', new Uint8Array(0))?.problem).toBe('readerEmpty');
    expect(checkFileBytes('a.txt', new Uint8Array(10_000_000))?.problem).toBe('readerTooLarge');
    expect(checkFileBytes('a.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))?.problem).toBe('readerBinary');
  });

  it('tells text from binary by NULs and control characters', () => {
    expect(looksBinary(enc('plain\ttext\nwith lines\r\n'))).toBe(false);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 3 : 65)))).toBe(true);
  });
});
