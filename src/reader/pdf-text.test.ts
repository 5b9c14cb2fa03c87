import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { damagedPdf, englishPdf, EN_QUOTE, FA_QUOTE, lockedPdf, persianPdf, russianPdf, RU_QUOTE, scannedPdf } from './pdf-fixtures.test-data';
import { readPdf } from './pdf-text';

const read = (bytes: Uint8Array) => readPdf({ getDocument } as never, bytes);

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
