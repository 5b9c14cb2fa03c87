/**
 * Real PDFs for the tests, made with pdf-lib (a devDependency): text set in lines as a word
 * processor would (paragraphs wrapped, a word hyphenated at a line's end, a larger heading), with
 * title, author and date; Russian and Persian with DejaVu Sans embedded (its Cyrillic and Arabic);
 * a "scan" with no text; one locked with a password; bytes that are not a PDF. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFHexString, rgb, StandardFonts, type PDFFont } from 'pdf-lib';

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** The English document's sentences, as a reader would quote them. */
export const EN_QUOTE = 'Kazakhstan sent 500 tonnes of flour to Mazar-i-Sharif in Afghanistan in May 2031.';
export const EN_SECOND = 'The trains crossed the Amu Darya at Hairatan, and the flour went on by road.';
export const RU_QUOTE = 'Казахстан отправил 300 тонн муки в Мазари-Шариф в мае 2031 года.';
/** No digits: fontkit, which lays out the fixture, reverses them with the letters (a real PDF would not). */
export const FA_QUOTE = 'قزاقستان در ماه مه سیصد تن آرد به مزار شریف فرستاد.';

interface Para {
  lines: string[];
  size: number;
}

async function layOut(
  paras: Para[],
  meta: { title?: string; author?: string; created?: Date; rtl?: boolean },
  font: (doc: PDFDocument) => Promise<PDFFont>,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const f = await font(doc);
  const page = doc.addPage([595, 842]);
  let y = 780;
  for (const { lines, size } of paras) {
    for (const line of lines) {
      const x = meta.rtl ? 545 - f.widthOfTextAtSize(line, size) : 50;
      page.drawText(line, { x, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size * 1.25;
    }
    // A paragraph's end: a gap of more than a line.
    y -= size * 1.2;
  }
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.created) doc.setCreationDate(meta.created);
  return doc.save({ useObjectStreams: false });
}

const helvetica = (doc: PDFDocument): Promise<PDFFont> => doc.embedFont(StandardFonts.Helvetica);
const dejavu = (doc: PDFDocument): Promise<PDFFont> => {
  if (!existsSync(DEJAVU)) throw new Error(`the Russian and Persian test PDFs embed ${DEJAVU} (Debian: apt-get install fonts-dejavu-core)`);
  return doc.embedFont(readFileSync(DEJAVU), { subset: true });
};

/** English: a heading, a paragraph over three lines (one word hyphenated), a second paragraph. */
export function englishPdf(): Promise<Uint8Array> {
  return layOut(
    [
      { lines: ['Flour for the north'], size: 20 },
      { lines: ['Kazakhstan sent 500 tonnes of flour to Mazar-i-', 'Sharif in Afghanistan in May 2031. The trains crossed', 'the Amu Darya at Hairatan, and the flour went on by road.'], size: 11 },
      { lines: ['Prices in the bazaar fell by a third within a month, traders said.'], size: 11 },
    ],
    { title: 'Flour for Mazar', author: 'Aigerim Sadykova', created: new Date(Date.UTC(2031, 5, 2, 12)) },
    helvetica,
  );
}

export function russianPdf(): Promise<Uint8Array> {
  return layOut(
    [
      { lines: ['Мука для севера'], size: 20 },
      { lines: ['Казахстан отправил 300 тонн муки в Мазари-', 'Шариф в мае 2031 года. Поезда прошли через Хайратан.'], size: 11 },
    ],
    { title: 'Мука для Мазари-Шарифа' },
    dejavu,
  );
}

export function persianPdf(): Promise<Uint8Array> {
  return layOut([{ lines: [FA_QUOTE], size: 12 }], { title: 'آرد برای مزار شریف', rtl: true }, dejavu);
}

/** A "scanned" page: shapes where the text would be, and no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let i = 0; i < 30; i++) page.drawRectangle({ x: 50, y: 780 - i * 14, width: 400 + (i % 3) * 30, height: 9, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

/**
 * Locked: the standard security handler with a user password (the /U entry matches no empty
 * password), so a reader must ask for it.
 */
export async function lockedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Secret', { x: 20, y: 100, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  const bytes32 = (seed: number): PDFHexString => PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join(''));
  const encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of('O'), bytes32(3));
  encrypt.set(PDFName.of('U'), bytes32(7));
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('00112233445566778899aabbccddeeff'), PDFHexString.of('00112233445566778899aabbccddeeff')]);
  return doc.save({ useObjectStreams: false });
}

/** A file named .pdf that is not one. */
export const damagedPdf = (): Uint8Array => new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all, only words.\n%%EOF\n');

