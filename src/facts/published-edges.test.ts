import { describe, expect, it } from 'vitest';
import { publishedDate } from './published';

const lines = (...l: string[]) => l.join('\n');

describe('publishedDate: labelled lines', () => {
  it('reads each label, glued to its date or not', () => {
    expect(publishedDate('Publish dateSaturday 8 February 2025 - 13:06\nText.', 'en')).toBe('2025-02-08');
    expect(publishedDate('Intro.\nPosted on 3 May 2024\nText.', 'en')).toBe('2024-05-03');
    expect(publishedDate('Intro.\nDATE PUBLISHED: 4 May 2024\nText.', 'en')).toBe('2024-05-04');
    expect(publishedDate('Einleitung.\nDatum: 16.04.2024\nText.', 'de')).toBe('2024-04-16');
  });
  it('skips a labelled line without a full day and reads the next labelled one', () => {
    expect(publishedDate(lines('Published: October 2023', 'Body.', 'Posted on 3 May 2024', 'a', 'b', 'c', 'd'), 'en')).toBe('2024-05-03');
    expect(publishedDate(lines('Published: soon', 'Body.', 'Posted on 3 May 2024', 'a', 'b', 'c', 'd'), 'en')).toBe('2024-05-03');
  });
  it('prefers a labelled line anywhere to a dateline at the top', () => {
    expect(publishedDate(lines('08.02.2025 Astana', 'Body.', 'Veröffentlicht am 16. April 2024'), 'de')).toBe('2024-04-16');
  });
  it('does not take a body line that merely mentions a day for a label', () => {
    expect(publishedDate(lines('a', 'b', 'c', 'The talks were published on 3 May 2024 in Astana and Kabul.', 'd', 'e', 'f'), 'en')).toBeNull();
  });
});

describe('publishedDate: datelines at the edges', () => {
  it('looks at the first three and the last three non-empty lines of a long document only', () => {
    const doc = (at: number) => lines(...['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'].map((l, i) => (i === at ? '08.02.2025, 13:06 Astana' : `Line ${l}.`)));
    expect(publishedDate(doc(0), 'de')).toBe('2025-02-08');
    expect(publishedDate(doc(2), 'de')).toBe('2025-02-08');
    expect(publishedDate(doc(3), 'de')).toBeNull();
    expect(publishedDate(doc(4), 'de')).toBe('2025-02-08');
    expect(publishedDate(doc(6), 'de')).toBe('2025-02-08');
  });
  it('reads every line of a document of six lines or fewer', () => {
    expect(publishedDate(lines('a.', 'b.', 'c.', '08.02.2025 Astana', 'e.', 'f.'), 'de')).toBe('2025-02-08');
  });
  it('does not count empty lines among the edge lines', () => {
    expect(publishedDate(lines('a.', 'b.', 'c.', 'd.', '08.02.2025 Astana', 'f.', 'g.', '', '   ', '', ''), 'de')).toBe('2025-02-08');
    expect(publishedDate(lines('', '', '', '08.02.2025 Astana', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.'), 'de')).toBe('2025-02-08');
  });
  it('takes a dateline with a time and up to three words of place, nothing more', () => {
    expect(publishedDate('Body.\n08.02.2025', 'de')).toBe('2025-02-08');
    expect(publishedDate('Body.\n08.02.2025, 13:06:59 —', 'de')).toBe('2025-02-08');
    expect(publishedDate('Body.\nAstana, 08.02.2025', 'de')).toBe('2025-02-08');
    expect(publishedDate('Body.\n08.02.2025 Astana Kabul Herat', 'de')).toBe('2025-02-08');
    expect(publishedDate('Body.\n08.02.2025 Astana Kabul Herat Mazar', 'de')).toBeNull();
    expect(publishedDate('Body.\n08.02.2025 Astana 5', 'de')).toBeNull();
    expect(publishedDate('Body.\n08.02.2025 A5', 'de')).toBeNull();
  });
  it('counts place words however they are separated, and a time as a separator', () => {
    expect(publishedDate('Body.\n08.02.2025 Astana -- Kabul', 'de')).toBe('2025-02-08');
    expect(publishedDate('Body.\n08.02.2025 Astana Kabul Herat12:28Mazar', 'de')).toBeNull();
  });
  it('refuses a dateline of two dates or of a month only', () => {
    expect(publishedDate('Body.\n08.02.2025 09.02.2025', 'de')).toBeNull();
    expect(publishedDate('Body.\nFebruar 2025 Astana', 'de')).toBeNull();
    expect(publishedDate('Body.\nAstana', 'de')).toBeNull();
    expect(publishedDate('', 'de')).toBeNull();
  });
  it('reads a Solar Hijri dateline with its time', () => {
    expect(publishedDate('متن.\n21 سنبله 1396, 12:28 کابل', 'fa')).toBe('2017-09-12');
  });
});
