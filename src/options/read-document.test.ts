// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToDocument, markdownToText, readDocumentFile } from './read-document';

describe('reading a document file', () => {
  it('reads HTML as text a line per block, without scripts or styles, and never runs it', () => {
    const html = '<html><head><title> Wheat for Kabul </title><script>window.ran = 1</script></head><body><h1>Wheat</h1><p>Kazakhstan sent <b>wheat</b>\n to Kabul.</p><style>p{}</style><ul><li>One</li><li>Two<img src=x onerror="window.ran=2"></li></ul></body></html>';
    expect(htmlToDocument(html)).toEqual({ title: 'Wheat for Kabul', text: 'Wheat\nKazakhstan sent wheat to Kabul.\nOne\nTwo' });
    expect((window as unknown as { ran?: number }).ran).toBeUndefined();
  });

  it('drops Markdown marks but keeps the words', () => {
    expect(markdownToText('# Title\n**Kazakhstan** sent [wheat](http://x) to `Kabul`.\n> quoted')).toBe('Title\nKazakhstan sent wheat to Kabul.\nquoted');
  });

  it('refuses a file by type, size, emptiness and binary content before deriving anything', async () => {
    const refused = async (f: File) => {
      const r = await readDocumentFile(f);
      return r.ok ? 'ok' : r.refusal.problem;
    };
    expect(await refused(new File(['x'], 'a.docx'))).toBe('readerFileType');
    expect(await refused(new File([new Uint8Array(10_000_000)], 'big.pdf'))).toBe('readerTooLarge');
    expect(await refused(new File([], 'a.pdf'))).toBe('readerEmpty');
    expect(await refused(new File([], 'a.txt'))).toBe('readerEmpty');
    expect(await refused(new File([new Uint8Array(10_000_000)], 'big.txt'))).toBe('readerTooLarge');
    expect(await refused(new File([Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0])], 'a.txt'))).toBe('readerBinary');
    expect(await readDocumentFile(new File(['Kazakhstan sent wheat.'], 'my_notes.txt'))).toEqual({ ok: true, title: 'my notes', text: 'Kazakhstan sent wheat.' });
  });

  it('reads a PDF through the PDF reader it is given, keeping its title, author and date; else the file name', async () => {
    const bytes: number[] = [];
    const read = await readDocumentFile(new File(['%PDF-1.7'], 'flour_report.pdf'), async (b) => {
      bytes.push(...b);
      return { ok: true, text: 'Kazakhstan sent flour.', pages: 1, author: 'A. S.', published: '2031-06-02' };
    });
    expect(read).toEqual({ ok: true, title: 'flour report', text: 'Kazakhstan sent flour.', author: 'A. S.', published: '2031-06-02' });
    expect(String.fromCharCode(...bytes)).toBe('%PDF-1.7');
  });

  it('passes a PDF reader’s refusal on, and says so when the reader itself fails to load', async () => {
    const pdf = new File(['%PDF-1.7'], 'a.pdf');
    expect(await readDocumentFile(pdf, () => Promise.resolve({ ok: false, refusal: { problem: 'readerPdfLocked', args: [] } }))).toEqual({
      ok: false,
      refusal: { problem: 'readerPdfLocked', args: [] },
    });
    expect(await readDocumentFile(pdf, () => Promise.reject(new Error('no worker')))).toEqual({ ok: false, refusal: { problem: 'readerPdfFailed', args: ['no worker'] } });
    // Outside the extension there is no pdf.js to load: the same sentence, nothing thrown.
    expect(await readDocumentFile(pdf)).toMatchObject({ ok: false, refusal: { problem: 'readerPdfFailed' } });
  });
});
