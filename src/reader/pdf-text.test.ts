import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { damagedPdf, englishPdf, EN_QUOTE, FA_QUOTE, lockedPdf, persianPdf, russianPdf, RU_QUOTE, scannedPdf } from './pdf-fixtures.test-data';
import { readPdf } from './pdf-text';

const read = (bytes: Uint8Array, onPage?: (done: number, pages: number) => void) => readPdf({ getDocument } as never, bytes, onPage);

describe('readPdf (pdf.js on real PDFs)', () => {
  it('keeps paragraphs, joins a hyphenated word, and reads title, author and date', async () => {
    const r = await read(await englishPdf());
    expect(r).toMatchObject({ ok: true, title: 'Flour for Mazar', author: 'Aigerim Sadykova', published: '2031-06-02', pages: 1 });
    if (!r.ok) return;
    expect(r.text.split('\n\n')).toEqual([
      'Flour for the north',
      `${EN_QUOTE} The trains crossed the Amu Darya at Hairatan, and the flour went on by road.`,
      'Prices in the bazaar fell by a third within a month, traders said.',
    ]);
  });

  it('reports each page as it is read', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= 3; i++) doc.addPage([300, 300]).drawText(`Page ${i}: Kazakhstan and Afghanistan trade wheat.`, { x: 10, y: 150, size: 9, font });
    const seen: string[] = [];
    const r = await read(await doc.save(), (done, pages) => seen.push(`${done}/${pages}`));
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    expect(r.ok && r.text.split('\n\n')).toHaveLength(3);
  });

  it('reads Russian set in an embedded font', async () => {
    const r = await read(await russianPdf());
    expect(r.ok && r.text.split('\n\n')).toEqual(['Мука для севера', `${RU_QUOTE} Поезда прошли через Хайратан.`]);
    expect(r.ok && r.title).toBe('Мука для Мазари-Шарифа');
  });

  it('reads Persian in its logical order', async () => {
    const r = await read(await persianPdf());
    expect(r.ok && r.text).toBe(FA_QUOTE);
  });

  it('refuses a damaged file, a locked one and a scan, each with its reason', async () => {
    expect(await read(damagedPdf())).toEqual({ ok: false, refusal: { problem: 'readerPdfDamaged', args: [] } });
    expect(await read(await lockedPdf())).toEqual({ ok: false, refusal: { problem: 'readerPdfLocked', args: [] } });
    expect(await read(await scannedPdf())).toEqual({ ok: false, refusal: { problem: 'readerPdfNoText', args: [] } });
  });
});
