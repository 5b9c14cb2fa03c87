import { describe, expect, it } from 'vitest';
import { blocksOf, linesOf, pdfDate, pdfPagesToText, type PdfTextItem } from './pdf-layout';

const item = (str: string, x: number, y: number, width: number, size = 10, hasEOL = false): PdfTextItem => ({
  str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL,
});

describe('pdf layout', () => {
  it('joins items on one baseline into a line, adding the space a gap stands for', () => {
    expect(linesOf([item('Kazakh', 50, 700, 30), item('stan', 80, 700, 20), item('sent', 104, 700, 20)]).map((l) => l.text)).toEqual(['Kazakhstan sent']);
  });

  it('starts a new line after an end-of-line item or on another baseline', () => {
    const lines = linesOf([item('one', 50, 700, 15, 10, true), item('two', 50, 700, 15), item('three', 50, 688, 20)]);
    expect(lines.map((l) => l.text)).toEqual(['one', 'two', 'three']);
  });

  it('breaks blocks at a wide gap and at a change of type size, and mends hyphenation', () => {
    const lines = [
      { text: 'Heading', y: 760, size: 20 },
      { text: 'A para-', y: 730, size: 10 },
      { text: 'graph goes on to Mazar-i-', y: 718, size: 10 },
      { text: 'Sharif.', y: 706, size: 10 },
      { text: 'Another one.', y: 680, size: 10 },
    ];
    expect(blocksOf(lines)).toEqual(['Heading', 'A paragraph goes on to Mazar-i-Sharif.', 'Another one.']);
  });

  it('puts a blank line between paragraphs and pages', () => {
    expect(pdfPagesToText([[item('Page one.', 50, 700, 40)], [item('Page two.', 50, 700, 40)]])).toBe('Page one.\n\nPage two.');
  });

  it('drops page numbers and joins a paragraph that runs on to the next page', () => {
    const pages = [
      [item('Kazakhstan sent flour to', 50, 700, 120), item('3', 290, 40, 5)],
      [item('Page 4 of 9', 250, 800, 50), item('the north by rail.', 50, 700, 110), item('A new paragraph.', 50, 660, 80)],
      [item('Another page.', 50, 700, 60)],
    ];
    expect(pdfPagesToText(pages)).toBe('Kazakhstan sent flour to the north by rail.\n\nA new paragraph.\n\nAnother page.');
  });

  it('reads PDF dates', () => {
    expect(pdfDate('D:20310602120000Z')).toBe('2031-06-02');
    expect(pdfDate('D:2031')).toBe('2031');
    expect(pdfDate('D:20311399')).toBe('2031');
    expect(pdfDate('yesterday')).toBeUndefined();
    expect(pdfDate(undefined)).toBeUndefined();
  });
});
