import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument } from './document';
import type { GazetteerEntry } from '../shared/gazetteer-types';

/**
 * An ambiguous form supported in one block (by a context entity in its window) names its entity
 * for the document, in Latin and Cyrillic script; in Arabic script each use needs its own support.
 */
describe('supported ambiguous forms and one sense per document', () => {
  const e = (x: Omit<GazetteerEntry, 'description'>): GazetteerEntry => ({ description: `Test entry ${x.id}.`, ...x });
  const entries: GazetteerEntry[] = [
    e({ id: 'afghanistan', type: 'country', scope: 'core', names: { en: 'Afghanistan', ru: 'Афганистан', fa: 'افغانستان' } }),
    e({
      id: 'badakhshan-province', type: 'region', scope: 'core',
      names: { en: 'Badakhshan Province', ru: 'провинция Бадахшан', fa: 'ولایت بدخشان' },
      aliases: { en: ['Badakhshan'], ru: ['Бадахшан'], fa: ['بدخشان'] },
      ambiguous: ['Badakhshan', 'Бадахшан', 'بدخشان'],
      context: ['afghanistan'],
    }),
  ];
  const m = compileMatcher(entries);
  const entitiesOf = (blocks: string[]) => matchDocument(m, blocks).map((ms) => ms.map((x) => `${x.text}=${x.entity}`));
  const filler = ' Груз доставили самолётом.'.repeat(20);

  it('lets a Russian headline name count once a later block supports the same form', () => {
    expect(entitiesOf([
      'Помощь отправили в Бадахшан',
      `${filler} Жители Бадахшана на севере страны, в Афганистане, ждут помощи.`,
    ])).toEqual([['Бадахшан=badakhshan-province'], ['Бадахшана=badakhshan-province', 'Афганистане=afghanistan']]);
  });

  it('still turns the form down in a document that never supports it', () => {
    expect(entitiesOf(['Помощь отправили в Бадахшан', `${filler} Жители ждут помощи.`])).toEqual([[], []]);
  });

  it('keeps each Persian use on its own support', () => {
    const far = ' کمک‌ها با هواپیما رسید.'.repeat(20);
    expect(entitiesOf([
      'کمک به بدخشان رسید',
      `${far} مردم بدخشان در شمال افغانستان منتظر کمک هستند.`,
    ])).toEqual([[], ['بدخشان=badakhshan-province', 'افغانستان=afghanistan']]);
  });
});
