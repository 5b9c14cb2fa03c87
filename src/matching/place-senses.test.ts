/**
 * The rules of docs/decisions/0272-names-built-on-places.md with the shipped data: a place's name
 * that names a work, a team, a person, a product, a river or an institution, or a common word
 * spelled like it. Each test is a class shown in several languages with words of the class that
 * no evaluation text uses, and the place kept where the same construction means it.
 */
import { describe, expect, it } from 'vitest';
import { matchDocument, OneSense } from './document';
import { appositiveWork, titleWithOf } from './place-senses';
import { shippedMatcher } from './shipped.test-data';

const m = shippedMatcher();
/** Through matchDocument, as the detector and the evaluation match: with the post-match rules. */
const docMarks = (...blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => `${x.text}=${x.entity}`));

describe('titles and epithets built with "of"', () => {
  it('a work or a person "of" a place is not the place; its governor, its fall and its people are', () => {
    expect(docMarks('She reread The Carpet Weavers of Herat and a life of Ahmad Shah of Kandahar on the flight to Kabul.')).toEqual([['Kabul=kabul']]);
    expect(docMarks('The Governor of Kandahar met the people of Herat after the fall of Kabul.')).toEqual([['Kandahar=kandahar', 'Herat=herat', 'fall of Kabul=fall-of-kabul-2021']]);
    // English "of" inside German text is always part of an English name.
    expect(docMarks('Der Roman „Sisters of Herat“ spielt in Herat.')).toEqual([['Herat=herat']]);
  });
  it('titleWithOf reads the capitalised word before "of"', () => {
    expect(titleWithOf('the Sultan Mahmud of Ghazni', 'the Sultan Mahmud of '.length)).toBe(true);
    expect(titleWithOf('the Mayor of Kabul', 'the Mayor of '.length)).toBe(false);
    expect(titleWithOf('the outskirts of Kabul', 'the outskirts of '.length)).toBe(false);
    // Not after "of the": the states and bodies that take an article are no city of a title.
    expect(titleWithOf('Member States of the United Nations', 'Member States of the '.length)).toBe(false);
    expect(titleWithOf('King William IV of the United Kingdom', 'King William IV of the '.length)).toBe(false);
  });
  it('a work in apposition: "Kandahar, the thriller"; not a list of places', () => {
    expect(docMarks('Tickets for Herat, the new documentary, sold out in Almaty, Astana and Shymkent.')).toEqual([['Almaty=almaty', 'Astana=astana', 'Shymkent=shymkent']]);
    expect(appositiveWork('Kandahar, der Spielfilm von 2023', 'Kandahar'.length)).toBe(true);
    expect(appositiveWork('Kandahar, the capital of the south', 'Kandahar'.length)).toBe(false);
  });
});

describe('teams, leagues, rivers and institutions: a head word beside any entity, not only a city', () => {
  it('Pashto and Persian team nicknames, leagues and stadiums', () => {
    expect(docMarks('د هرات ټایګرز او بلخ فالکنز په کابل کې لوبه وکړه.')).toEqual([['کابل=kabul']]);
    expect(docMarks('ننګرهار سټارز د افغانستان پریمیر لیګ اتل شو.')).toEqual([[]]);
  });
  it('rivers and universities before a province in Persian; the province itself stays', () => {
    expect(docMarks('دانشگاه هرات و دانشگاه بلخ در ولایت بلخ دانشجو می‌پذیرند.')).toEqual([['ولایت بلخ=balkh-province']]);
    expect(docMarks('رودخانه هلمند از ولایت هلمند می‌گذرد.')).toEqual([['رودخانه هلمند=helmand-river', 'ولایت هلمند=helmand-province']]);
  });
  it('Russian: the river, a street in its case forms, a quoted club before its city', () => {
    expect(docMarks('Кафе на проспекте Достык открыли гости из Кабула, а «Тобол» Костанай уступил.')).toEqual([['Кабула=kabul']]);
  });
  it('German: a city after der, die, den, dem is a piste or a race, not the city (cities take no article)', () => {
    expect(docMarks('Die Läufer fuhren die Kandahar hinunter; das Rennen wurde in Kandahar nie gefahren.')).toEqual([['Kandahar=kandahar']]);
    expect(docMarks('Von Kabul nach Herat fährt der Zug über die Grenze.')).toEqual([['Kabul=kabul', 'Herat=herat']]);
    // States take articles in German (der Iran, die Türkei): the rule is the cities' alone.
    expect(docMarks('Die Delegation reiste über den Iran nach Kabul.')).toEqual([['Iran=iran', 'Kabul=kabul']]);
  });
});

describe('nisbas: a place’s adjective as a surname', () => {
  it('after a given name or an honorific in Persian and Pashto, and the bare nisba later in the document', () => {
    expect(docMarks('شعرهای خواجه عبدالله هراتی در هرات خوانده شد.', 'هراتی در این شعرها از عشق می‌گوید.')).toEqual([['هرات=herat'], []]);
    expect(docMarks('سندرغاړی احمد کندهاري په کندهار کې کنسرت وکړ.')).toEqual([['کندهار=kandahar']]);
  });
  it('a new document forgets the nisbas of the last one (OneSense.clear)', () => {
    const sense = new OneSense<number>();
    const marks = (k: number, t: string) => sense.match(m, k, t).matches.map((x) => `${x.text}=${x.entity}`);
    expect(marks(0, 'شعرهای خواجه عبدالله هراتی خوانده شد.')).toEqual([]);
    expect(marks(1, 'هراتی از عشق می‌گوید.')).toEqual([]);
    sense.clear();
    expect(marks(0, 'فرش‌فروشان هراتی از هرات آمدند.')).toEqual(['هراتی=herat', 'هرات=herat']);
  });
  it('Russian: the name with -и, no case ending of a name in a consonant', () => {
    expect(docMarks('Стихи Абдуллы Ансари Герати читали в Герате и в Кабуле.')).toEqual([['Герате=herat', 'Кабуле=kabul']]);
  });
});

describe('products named after a place', () => {
  it('English and German: the noun right after the name; Russian the same', () => {
    expect(docMarks('Kabul mugs and Herat rugs were sold next to Balkh kilims; the traders came from Herat.')).toEqual([['Herat=herat']]);
    expect(docMarks('Afghanistan-Teppiche und Kasachstan-Souvenirs neben der Afghanistan-Politik.')).toEqual([['Afghanistan=afghanistan']]);
    expect(docMarks('Кабул сувениры не продаёт, а Герат ковры продаёт.')).toEqual([[]]);
  });
  it('a German compound for a people: Kasachstandeutsche, not Kasachstan', () => {
    expect(docMarks('Viele Kasachstandeutsche besuchen Kasachstan jedes Jahr.')).toEqual([['Kasachstan=kazakhstan']]);
  });
});

describe('common words spelled like a place, told by their neighbours', () => {
  it('Persian آستانه "threshold, verge" before a word of a limit or a moment; the city otherwise', () => {
    // آستانه is a common word (threshold, shrine, a town in Iran): the city only with a Kazakh cue in the text.
    expect(docMarks('قیمت‌ها در قزاقستان به آستانه تحمل رسیده و کشور در آستانه زمستان است؛ وزیر به آستانه سفر کرد.')).toEqual([['قزاقستان=kazakhstan', 'آستانه=astana']]);
    expect(docMarks('کارشناسان قزاقستان در آستانه می‌گویند منطقه در آستانه خشکسالی است.')).toEqual([['قزاقستان=kazakhstan', 'آستانه=astana']]);
    expect(docMarks('وزیر به آستانه سفر کرد و زائران به آستانه رفتند.')).toEqual([[]]);
    // The ezafe written as a hamza over ه (آستانهٔ در, the threshold of a door) ends the mention itself.
    expect(docMarks('شاعران قزاقستان سال‌ها بر آستانهٔ در خانه‌های غریب نشستند و به آستانه رفتند.')).toEqual([['قزاقستان=kazakhstan', 'آستانه=astana']]);
  });
  it('Pashto غور (deliberation), نیلي (blue) and چمن (a lawn) by the word next to them', () => {
    expect(docMarks('د افغانستان وزارت په دې غوښتنه غور وکړ او نیلي لاجورد یې وپېرل؛ د لوبغالي چمن نوی شو.')).toEqual([['افغانستان=afghanistan']]);
    expect(docMarks('د افغانستان په غور او نیلي کې باران وشو.')).toEqual([['افغانستان=afghanistan', 'غور=ghor-province', 'نیلي=nili']]);
  });
  it('the afghani beside another currency, with no number before it', () => {
    expect(docMarks('بیې په تنګې، ډالرو او افغانیو لیکل شوې؛ افغانۍ د تنګې په پرتله ثابته ده.')).toEqual([[]]);
    expect(docMarks('افغانستان او قزاقستان سوداګري زیاتوي.')).toEqual([['افغانستان=afghanistan', 'قزاقستان=kazakhstan']]);
  });
});

describe('German adjectives joined to one class noun', () => {
  it('"afghanischer und kasachischer Popmusik" is music; "afghanische und kasachische Minister" are the states', () => {
    expect(docMarks('Man tanzte zu afghanischer und kasachischer Popmusik.')).toEqual([[]]);
    expect(docMarks('Afghanische und kasachische Minister trafen sich.')).toEqual([['Afghanische=afghanistan', 'kasachische=kazakhstan']]);
  });
});

describe('a plural generic head is shared by a list of names and belongs to none of them', () => {
  it('the span is the name alone, in English, German, Russian and Persian; a singular head stays inside', () => {
    expect(docMarks('Floods hit Kunar and Laghman provinces; Herat Province was spared.')).toEqual([['Kunar=kunar-province', 'Laghman=laghman-province', 'Herat Province=herat-province']]);
    expect(docMarks('Hilfe für die Provinzen Samangan und Balch in Afghanistan.')).toEqual([['Samangan=samangan-province', 'Balch=balkh-province', 'Afghanistan=afghanistan']]);
    expect(docMarks('В провинциях Нангархар и Кунар прошли дожди.')).toEqual([['Нангархар=nangarhar-province', 'Кунар=kunar-province']]);
    expect(docMarks('در ولایت‌های تخار و بلخ و در ولایت هرات برف بارید.')).toEqual([['تخار=takhar-province', 'بلخ=balkh-province', 'ولایت هرات=herat-province']]);
  });
});
