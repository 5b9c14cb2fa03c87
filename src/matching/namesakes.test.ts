/**
 * The look-alike kinds of fresh11's round (docs/evaluation.md §11) with the shipped data: towns
 * placed abroad, head words of the next name, a city's country named in another paragraph,
 * historical units and common words. Sentences no evaluation text uses; the place is kept where
 * the same construction means it.
 */
import { describe, expect, it } from 'vitest';
import { matchDocument } from './document';
import { namesakeAbroad } from './same-named';
import { shippedMatcher } from './shipped.test-data';
import type { Match } from './types';

const m = shippedMatcher();
const docMarks = (...blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => `${x.text}=${x.entity}`));
const at = (s: string, text: string, entity: string): Match => {
  const start = s.indexOf(text);
  return { entity, start, end: start + text.length, text, form: text, lang: 'ru' };
};

describe('a namesake town placed abroad', () => {
  it('Russian: "в иранской провинции", "в пакистанском Белуджистане", "в штате"; the Afghan town stays', () => {
    expect(docMarks('Асадабад находится в иранской провинции Хамадан, а Калат лежит в пакистанском Белуджистане. Делегация из Афганистана прибыла в Калат, центр провинции Забуль.')).toEqual([
      ['иранской=iran', 'пакистанском=pakistan', 'Белуджистане=balochistan', 'Афганистана=afghanistan', 'Калат=qalat', 'провинции Забуль=zabul-province'],
    ]);
    expect(docMarks('Зерно из Казахстана дошло до Афганистана. Файзабад — старинный город в штате Уттар-Прадеш.')).toEqual([['Казахстана=kazakhstan', 'Афганистана=afghanistan']]);
  });
  it('a word before it that says namesake: одноимённый, не тот, gleichnamige, namesake', () => {
    expect(docMarks('В Афганистане есть Асадабад; одноимённый Асадабад есть и в другой стране.')).toEqual([['Афганистане=afghanistan', 'Асадабад=asadabad']]);
    expect(docMarks('Afghanistan: Farah Province sends aid, not its namesake Farah elsewhere.')).toEqual([['Afghanistan=afghanistan', 'Farah Province=farah-province']]);
  });
  it('direction is not location: "в пакистанский порт" keeps the town, and only listed towns are asked', () => {
    const s = 'Грузы идут из Калата в пакистанский порт Карачи.';
    expect(namesakeAbroad(s, at(s, 'Калата', 'qalat'))).toBe(false);
    const k = 'Грузы из Кандагара в Пакистане разгружают.';
    expect(namesakeAbroad(k, at(k, 'Кандагара', 'kandahar'))).toBe(false);
    const a = 'Калат в Иране.';
    expect(namesakeAbroad(a, at(a, 'Калат', 'qalat'))).toBe(true);
  });
  it('the clause ends at a full stop: a place named in the next sentence does not move the town', () => {
    const s = 'Делегация прибыла в Калат. В Иране об этом писали.';
    expect(namesakeAbroad(s, at(s, 'Калат', 'qalat'))).toBe(false);
  });
});

describe('head words and longer names', () => {
  it('a lowercase head word followed by a capitalised name heads that name: в Алматы проспект Достык', () => {
    expect(docMarks('Казахстан: в Алматы проспект Достык перекрыли, а Алматы проспект не строил.')).toEqual([['Казахстан=kazakhstan', 'Алматы=almaty']]);
  });
  it('a city adjective with область or край is another unit; the city itself stays', () => {
    expect(docMarks('Ташкентская область и Туркестанский край не равны Ташкенту.')).toEqual([['Ташкенту=tashkent']]);
  });
  it('historical Turkestan, the Doha Round, the Aral fund, Mo Farah', () => {
    expect(docMarks('Russian Turkestan was vast; the Doha Round stalled; Mo Farah ran. Doha hosted talks on Afghanistan.')).toEqual([['Doha=doha', 'Afghanistan=afghanistan']]);
    expect(docMarks('Международный фонд спасения Арала собрался в Казахстане.')).toEqual([['Казахстане=kazakhstan']]);
  });
});

describe("a city's country named firmly in another paragraph supports its ambiguous name", () => {
  it('Туркестан three paragraphs after Казахстан; not a surname (Akhundzada) or an acronym', () => {
    expect(docMarks('Зерно из Казахстана.', 'Погода.', 'Путеводитель по Туркестану хвалит мавзолей.')).toEqual([['Казахстана=kazakhstan'], [], ['Туркестану=turkistan']]);
    expect(docMarks('Путеводитель по Туркестану хвалит мавзолей.')).toEqual([[]]);
    expect(docMarks('Talks in Afghanistan went on.', 'Weather.', 'Akhundzada said nothing.')).toEqual([['Afghanistan=afghanistan'], [], []]);
  });
});

describe('common words: lowercase china, Modi as a plural, brakes, lawns and seekers', () => {
  it('English china (porcelain) is not China; German "verschiedene Modi" is not Modi', () => {
    expect(docMarks('Tea in fine china; China and Kazakhstan signed.')).toEqual([['China=china', 'Kazakhstan=kazakhstan']]);
    expect(docMarks('Die Studie vergleicht verschiedene Modi der Finanzierung. Narendra Modi besuchte Kasachstan; Modi sprach.')).toEqual([
      ['Narendra Modi=narendra-modi', 'Kasachstan=kazakhstan', 'Modi=narendra-modi'],
    ]);
  });
  it('Persian: ترمز before a truck, طالبان علم, تمر هندی and چین و چروک; Pashto شین چمن', () => {
    expect(docMarks('از ترمذ به افغانستان رفتیم و ترمز کامیون داغ کرد؛ طالبان علم درس می‌خواندند و حکومت طالبان سخن گفت.')).toEqual([['ترمذ=termez', 'افغانستان=afghanistan', 'حکومت طالبان=taliban']]);
    expect(docMarks('تمر هندی و جوز هندی از هند نیست؛ چین و چروک پیشانی. شرکت‌های چین در افغانستان فعال‌اند.')).toEqual([['هند=india', 'چین=china', 'افغانستان=afghanistan']]);
    expect(docMarks('موټر چمن ته ځي، د سړک تر څنګ شین چمن دی، په پاکستان کې.')).toEqual([['چمن=chaman', 'پاکستان=pakistan']]);
  });
});

describe('a bare surname is the person the document named in full (OneSense.bySurname)', () => {
  it('the surname after the full name, in the same block and in later ones; the shared form otherwise stays the gazetteer\'s', () => {
    expect(docMarks('Министр транспорта Хамидулла Ахундзада прибыл. Ахундзада встретился с талибами.', 'Ахундзада уехал.')).toEqual([
      ['Хамидулла Ахундзада=hamidullah-akhundzada', 'Ахундзада=hamidullah-akhundzada', 'талибами=taliban'],
      ['Ахундзада=hamidullah-akhundzada'],
    ]);
    expect(docMarks('The Taliban leader Akhundzada spoke in Kandahar, Afghanistan.')).toEqual([['Taliban=taliban', 'Akhundzada=hibatullah-akhundzada', 'Kandahar=kandahar', 'Afghanistan=afghanistan']]);
  });
  it('two people of the document with the one surname: neither takes it', () => {
    expect(docMarks('Hamidullah Akhundzada met Hibatullah Akhundzada in Kandahar, Afghanistan. Akhundzada spoke.')).toEqual([
      ['Hamidullah Akhundzada=hamidullah-akhundzada', 'Hibatullah Akhundzada=hibatullah-akhundzada', 'Kandahar=kandahar', 'Afghanistan=afghanistan', 'Akhundzada=hibatullah-akhundzada'],
    ]);
  });
  it('only from person to person: a place\'s one-word name is never given to a person', () => {
    const out = matchDocument(m, ['Ashraf Ghani visited Kabul and Herat.']);
    expect(out[0]!.map((x) => `${x.text}=${x.entity}`)).toEqual(['Ashraf Ghani=ashraf-ghani', 'Kabul=kabul', 'Herat=herat']);
  });
});
