/**
 * The rules of docs/decisions/0271-senses-that-generalise.md with the shipped data: each test is
 * a class (a kind of noun, a kind of construction), shown with words of the class in every
 * language it applies to, and with the state kept where the same construction means it.
 */
import { describe, expect, it } from 'vitest';
import { matchDocument } from './document';
import { PhraseSet } from './phrases';
import { afterNumber } from './other-senses';
import { arabicOrder, homographSense } from './senses';
import { senseRulesOf } from './sense-rules';
import { tokenize } from './tokenize';
import { shippedMatcher } from './shipped.test-data';

const m = shippedMatcher();
const marks = (text: string) => m.match(text).map((x) => `${x.text}=${x.entity}`);
/** Through matchDocument, as the detector and the evaluation match: with the post-match rules. */
const docMarks = (text: string) => matchDocument(m, [text])[0]!.map((x) => `${x.text}=${x.entity}`);

describe('noun classes: foods, drinks, crafts, instruments, breeds, venues are no state', () => {
  it.each([
    ['en', 'They sold Kazakh cheese, Afghan sweets, Kazakh sausage, Kazakh kumis and Afghan kebabs at the fair.'],
    ['en', 'She played the Afghan rubab and the Kazakh kobyz; Afghan pottery, Kazakh felt boots and Afghan falcons were shown.'],
    ['en', 'An Afghan restaurant served Kazakh tea and an Afghan cookbook was on the table.'],
    ['de', 'Es gab kasachischen Käse, afghanische Süßigkeiten, kasachische Wurst und afghanischen Kaffee.'],
    ['de', 'Sie spielte auf der afghanischen Laute; kasachische Keramik und afghanische Seide lagen aus.'],
    ['ru', 'На ярмарке продавали казахский сыр, афганские сладости, казахскую колбасу и казахский кумыс.'],
    ['ru', 'Мастера показали казахскую керамику, афганский шёлк и казахские узоры, а музыкант играл на афганском рубабе.'],
    ['ru', 'Спектакль шёл в Казахском национальном театре, потом все пошли в казахский музей.'],
    ['fa', 'فروشندگان پنیر قزاقی، شیرینی افغانی، سوسیس قزاقی و نوشیدنی‌های قزاقی می‌فروختند.'],
    ['fa', 'صنایع دستی افغانی، سفال افغانی و ابریشم قزاقی در نمایشگاه بود و نوازنده دوتار افغانی زد.'],
    ['ps', 'په بازار کې قزاقي پنیر، افغاني خواږه، افغاني کباب او قزاقي شیریني پلورل کېږي.'],
  ])('%s: %s', (_lang, text) => {
    expect(marks(text)).toEqual([]);
  });

  it('the inflected forms count: German and Russian adjective endings, Persian plural and ezafe, Pashto plural', () => {
    expect(marks('mit kasachischem Käse und afghanischen Süßigkeiten')).toEqual([]);
    expect(marks('с казахским сыром и афганской выпечкой')).toEqual([]);
    expect(marks('شیرینی‌های افغانی و پنیرهای قزاقی')).toEqual([]);
    expect(marks('قزاقي پنیرونه او افغاني کبابونه')).toEqual([]);
  });

  it('commodities and the state’s actors stay the state: grain, flour, wheat, dried fruit, traders, officials', () => {
    expect(marks('Kazakh wheat, Kazakh flour and Afghan dried fruit; Afghan traders met Kazakh officials.')).toEqual([
      'Kazakh=kazakhstan', 'Kazakh=kazakhstan', 'Afghan=afghanistan', 'Afghan=afghanistan', 'Kazakh=kazakhstan',
    ]);
    expect(marks('kasachisches Getreide und kasachisches Mehl für afghanische Händler')).toEqual(['kasachisches=kazakhstan', 'kasachisches=kazakhstan', 'afghanische=afghanistan']);
    expect(marks('казахстанская пшеница и афганские сухофрукты')).toEqual(['казахстанская=kazakhstan', 'афганские=afghanistan']);
    expect(marks('بازرگانان افغان گندم قزاقستانی خریدند')).toEqual(['افغان=afghanistan', 'قزاقستانی=kazakhstan']);
  });
});

describe('the neighbours’ demonyms follow the same classes; their peoples are no state', () => {
  it('Turkmen carpets, usbekischer Pilaw, туркменские ковры, ethnic Tajiks, Turkmenen, узбеки: none is the state', () => {
    const text = 'Turkmen carpets and Uzbek plov in Tashkent; Turkmens, Uzbeks and Tajiks; usbekischer Pilaw; Turkmenen; туркменские ковры; узбеки и таджики.';
    expect(marks(text)).toEqual(['Tashkent=tashkent']);
  });
  it('the state where its noun is the state’s: Uzbek officials, Turkmen diplomats, pakistanische Händler', () => {
    expect(marks('Uzbek officials met Turkmen diplomats in Tashkent and Ashgabat; pakistanische Händler kamen auch.')).toEqual([
      'Uzbek=uzbekistan', 'Turkmen=turkmenistan', 'Tashkent=tashkent', 'Ashgabat=ashgabat', 'pakistanische=pakistan',
    ]);
  });
});

describe('a modifier between the demonym and its class noun: the noun beyond it decides', () => {
  it('"Kazakh national costume", "казахская народная музыка", "afghanische traditionelle Küche", "لباس محلی افغانی", "قزاقي ملي جامې"', () => {
    expect(marks('He wore the Kazakh national costume and the Afghan traditional dress.')).toEqual([]);
    expect(marks('казахская народная музыка и афганская традиционная кухня')).toEqual([]);
    expect(marks('die afghanische traditionelle Küche')).toEqual([]);
    expect(marks('لباس محلی افغانی')).toEqual([]);
    expect(marks('قزاقي ملي جامې')).toEqual([]);
    expect(marks('Afghan handwoven carpets, Kazakh fermented mare’s milk, afghanische handgewebte Teppiche, афганский зелёный чай, چای سبز افغانی, افغاني شنه چای')).toEqual([]);
  });
  it('a modifier before a noun of the state keeps the state: "the Kazakh national airline", "казахская национальная компания"', () => {
    expect(marks('the Kazakh national airline')).toEqual(['Kazakh=kazakhstan']);
    expect(marks('казахская национальная компания')).toEqual(['казахская=kazakhstan']);
    expect(marks('the new Kazakh government, Afghan dried fruit')).toEqual(['Kazakh=kazakhstan', 'Afghan=afghanistan']);
  });
});

describe('a language with no noun: more function words after it, and "перевод с"', () => {
  it('"translated from Kazakh into Pashto", "перевод с казахского", "له قزاقي ژباړل شوی"', () => {
    expect(marks('a book translated from Kazakh into Pashto')).toEqual([]);
    expect(marks('перевод с казахского сделал друг')).toEqual([]);
    expect(marks('له قزاقي ژباړل شوی کتاب')).toEqual([]);
    expect(marks('Kazakh-speaking villages and a film with Afghan subtitles')).toEqual([]);
    expect(marks('kasachische Untertitel; казахская орфография')).toEqual([]);
    // Words that also name the state's doings are no class words: the side's account, a dinner
    // it hosts, aid tents, an export cap, the Silk Road.
    expect(marks('the Afghan version of events, a Kazakh dinner for the guests, Kazakh tents for refugees, the Kazakh cap on exports, the Afghan silk road')).toEqual([
      'Afghan=afghanistan', 'Kazakh=kazakhstan', 'Kazakh=kazakhstan', 'Kazakh=kazakhstan', 'Afghan=afghanistan',
    ]);
  });
});

describe('customs, festivities and manner are no state', () => {
  it('weddings, traditions, a cultural night; "Kazakh-style", "nach afghanischer Art", "в казахском стиле", "به سبک افغانی"', () => {
    expect(marks('They danced at an Afghan wedding and spoke of Kazakh traditions.')).toEqual([]);
    expect(marks('eine kasachische Hochzeit und ein afghanischer Abend')).toEqual([]);
    expect(marks('казахская свадьба и афганские обычаи')).toEqual([]);
    expect(marks('Kazakh-style horse meat, Reis nach afghanischer Art, плов в казахском стиле, برنج به سبک افغانی')).toEqual([]);
  });
});

describe('a currency named like its state: افغانی / افغانۍ after a number is the afghani', () => {
  it('after digits of any script or a number word', () => {
    expect(marks('قیمت نان ده افغانی است')).toEqual(['افغانی=afghanistan']); // the compiled matcher alone keeps it
    expect(docMarks('قیمت نان ده افغانی است و حقوق او ۵۰۰۰ افغانی بود.')).toEqual([]);
    expect(docMarks('د ډوډۍ بیه ۱۰ افغانۍ ده او لس افغانۍ نورې.')).toEqual([]);
    expect(docMarks('The bread costs 1,000 afghanis.')).toEqual([]);
  });
  it('not without a number: غذای افغانی is still a dish, بازرگانان افغانی the state', () => {
    expect(docMarks('بازرگانان افغانی در بازار بودند')).toEqual(['افغانی=afghanistan']);
    expect(docMarks('۵۰۰ تن گندم قزاقستانی')).toEqual(['قزاقستانی=kazakhstan']);
  });
});

describe('Persian and Pashto: the sense word counts only on the side of the text’s word order', () => {
  it('Persian "قزاقستانی پنیر …": the noun before the adjective is the sellers’, the cheese after it is not its noun', () => {
    expect(marks('فروشندگان قزاقستانی پنیر قزاقی می‌فروختند')).toEqual(['قزاقستانی=kazakhstan']);
  });
  it('Pashto (its letters nearby, or the adjective written with ي): the noun follows', () => {
    expect(marks('قزاقي پنیر، یو بل')).toEqual([]);
    // Persian typed with the Arabic yeh throughout (no ی, no Pashto letter): undecided, either side counts.
    expect(marks('فروشندگان پنير قزاقي مي‌فروختند')).toEqual([]);
    expect(marks('له لوبغالي تر قزاقي دسترخوان')).toEqual([]);
    expect(marks('یو قزاقستاني سوداګر قزاقي پنیر پلوري')).toEqual(['قزاقستاني=kazakhstan']);
  });
});

describe('German compounds whose head is a class noun', () => {
  it('demonym + compound: the head (…wurst, …suppe) or a kind of a class noun (Käsesorten, Teezeremonie)', () => {
    expect(marks('kasachische Pferdewurst, afghanische Linsensuppe und kasachische Käsesorten')).toEqual([]);
    expect(marks('Die afghanische Teezeremonie dauert lange.')).toEqual([]);
  });
  it('name + hyphen + compound: "Afghanistan-Kochbuch", "Kasachstan-Käsesorten"', () => {
    expect(marks('Das neue Afghanistan-Kochbuch und die Kabul-Küche')).toEqual([]);
  });
  it('a compound whose head is not of a class stays the state: Teppichhändler, Afghanistan-Einsatz, kasachisch-afghanische', () => {
    expect(marks('afghanische Teppichhändler')).toEqual(['afghanische=afghanistan']);
    expect(marks('der Afghanistan-Einsatz der Bundeswehr')).toEqual(['Afghanistan=afghanistan']);
    expect(marks('die kasachisch-afghanischen Beziehungen')).toEqual(['kasachisch=kazakhstan', 'afghanischen=afghanistan']);
  });
});

describe('English: a demonym before a capitalised word is a title unless the state’s own word follows', () => {
  it('a title or a name: "Afghan Girl", "Kazakh Eli"', () => {
    expect(marks('The photograph known as Afghan Girl was shown in the gallery of the museum.')).toEqual([]);
    expect(marks('The crowd sang Kazakh Eli at the end of the concert in the park.')).toEqual([]);
  });
  it('the state: "Afghan Taliban", "Kazakh Foreign Ministry", "Afghan Red Crescent", "Kazakh President"', () => {
    expect(marks('The Afghan Taliban met the Kazakh President and the Afghan Red Crescent in the capital.')).toEqual([
      'Afghan=afghanistan', 'Taliban=taliban', 'Kazakh=kazakhstan', 'Afghan=afghanistan',
    ]);
    expect(marks('A note from the Afghan Embassy reached the Kazakh Ministry of Trade on Monday.')).toEqual(['Afghan=afghanistan', 'Kazakh Ministry of Trade=kz-trade-ministry']);
    expect(marks('Later the Kazakh Senate and the Afghan Interim Government wrote to the Afghan Deputy Minister.')).toEqual([
      'Kazakh=kazakhstan', 'Afghan=afghanistan', 'Afghan=afghanistan',
    ]);
  });
  it('an English title inside German or Russian text: "das Foto Afghan Girl", "песня Kazakh Eli"', () => {
    expect(marks('Im Museum hing das Foto Afghan Girl neben den anderen Bildern.')).toEqual([]);
    expect(marks('Потом хор спел песню Kazakh Eli, и все встали.')).toEqual([]);
    expect(marks('Die Afghan Taliban und die Regierung in Kabul')).toEqual(['Afghan=afghanistan', 'Taliban=taliban', 'Kabul=kabul']);
  });
  it('an acronym after it is a body of the state: "Afghan NDS", "Kazakh KNB"', () => {
    expect(marks('Officers of the Afghan NDS met the Kazakh KNB in the city.')).toEqual(['Afghan=afghanistan', 'Kazakh=kazakhstan', 'KNB=kz-national-security-committee']);
  });
  it('a Title Case headline keeps the state (every word is capitalised there)', () => {
    expect(marks('Kazakh Delegation Heads To Kabul As Trade Grows')).toEqual(['Kazakh=kazakhstan', 'Kabul=kabul']);
  });
});

describe('a city’s Persian or Pashto adjective by a class noun; Persian کابل "cable"', () => {
  it('کابلي پلاو, شیشه‌های هراتی, قالین هراتی: not the city; در هرات and کابل alone are', () => {
    expect(marks('مېلمنو ته کابلي پلاو ورکړل شو')).toEqual([]);
    expect(marks('شیشه‌های هراتی و قالی هراتی')).toEqual([]);
    expect(marks('او په کابل کې وو')).toEqual(['کابل=kabul']);
    expect(marks('سفر به هرات')).toEqual(['هرات=herat']);
  });
  it('کابل next to a word of cables (برق, آلومینیومی, کشیدن, متر) is the common word', () => {
    expect(marks('کابل برق و کابل آلومینیومی')).toEqual([]);
    expect(marks('کشیدن کابل از گردنه دشوار است')).toEqual([]);
    expect(marks('هیئت به کابل رفت')).toEqual(['کابل=kabul']);
    const s = 'صد متر کابل';
    expect(homographSense(s, s.indexOf('کابل'), s.length)).toBe(true);
  });
});

describe('names of venues, works and places named after a city', () => {
  it('German and Russian venue heads; Persian and Pashto heads and guillemets', () => {
    expect(marks('Sie singt im Chor des Astana Ballett und wohnt an der Kabul-Straße.')).toEqual([]);
    expect(marks('Они гуляли по проспекту, потом зашли в кафе на улица Астана.')).toEqual([]);
    expect(marks('رستوران «کابل» در تهران و هتل کابل در مشهد')).toEqual(['تهران=tehran']);
    expect(marks('د آستانې اوپرا')).toEqual([]);
  });
  it('a city’s name alone in quotes is a title in Latin script too: the film „Kabul“, the restaurant “Kabul”', () => {
    expect(marks('Der Film „Kabul“ lief im Kino.')).toEqual([]);
    expect(marks('They ate at “Kabul” and flew to Kabul.')).toEqual(['Kabul=kabul']);
  });
  it('a quoted title in Latin script: every word capitalised but small ones (“Afghan Girl”, „Kabul Kitchen“, “The Swallows of Kabul”)', () => {
    expect(docMarks('The photograph “Afghan Girl” hung next to the film "Kabul Kitchen" and the novel “The Swallows of Kabul”.')).toEqual([]);
    expect(docMarks('Das Foto „Afghan Girl“ hing dort.')).toEqual([]);
  });
  it('quoted speech and a quoted name of the state stay: "Kabul is safe", “Kazakh Foreign Ministry”', () => {
    expect(docMarks('„Kabul ist sicher“, sagte er.')).toEqual(['Kabul=kabul']);
    expect(docMarks('He said "Kabul is safe" and wrote to the "Kazakh Foreign Ministry".')).toEqual(['Kabul=kabul', 'Kazakh Foreign Ministry=kz-mfa']);
  });
  it('multi-word and hyphenated heads are found by the word next to the name', () => {
    expect(marks('Beim Astana Grand Prix und beim Kabul Film Festival waren Gäste aus Kabul.')).toEqual(['Kabul=kabul']);
    expect(marks('Встреча прошла в кафе-бар Астана, а потом в Астане.')).toEqual(['Астане=astana']);
    expect(marks('Das Astana-Festival und die Kabul-Straße')).toEqual([]);
  });
  it('clubs named with their city: the league’s club names before it, team names after it', () => {
    expect(marks('Kairat Almaty beat Tobol in Almaty. Die Kabul Eagles spielten in Kabul.')).toEqual(['Almaty=almaty', 'Kabul=kabul']);
    expect(marks('Кайрат Алматы обыграл Тобол в Алматы.')).toEqual(['Алматы=almaty']);
  });
  it('a show named after the state, in all five languages (Afghan Star)', () => {
    expect(marks('د افغان ستوري پروګرام')).toEqual([]);
    expect(marks('برنامهٔ ستاره افغان')).toEqual([]);
  });
});

describe('PhraseSet.compoundTouches: German compound heads', () => {
  const set = new PhraseSet(['Wurst', 'Käse', 'Tee', 'national dish'], 'after');
  const at = (text: string) => set.compoundTouches(text, tokenize(text, true), 0);
  it('a head of four letters or more, plain or inflected, after a first part of four or more', () => {
    expect(at('x Pferdewurst')).toBe(true);
    expect(at('x Pferdewürste')).toBe(true); // folding drops the umlaut: …wurst + -e
    expect(at('x Schafskäses')).toBe(true);
  });
  it('a class noun first only before a word for a kind of it; short or lone words never', () => {
    expect(at('x Käsesorten')).toBe(true);
    expect(at('x Teezeremonie')).toBe(true);
    expect(at('x Teehandel')).toBe(false);
    expect(at('x Wurst')).toBe(false); // the word itself is touches()'s, not a compound
    expect(at('x Bratwurstbude')).toBe(false);
    expect(new PhraseSet(['Wurst'], 'before').compoundTouches('x Pferdewurst', tokenize('x Pferdewurst', true), 0)).toBe(false);
  });
});

describe('data/sense-rules.json: stateHeads and homographs', () => {
  it('are read into sets; a non-string is a clear error', () => {
    const base = { headless: { and: {}, next: {}, previous: {} }, partOf: { after: {}, before: {} }, english: { en: [], de: [] } };
    const r = senseRulesOf({ ...base, stateHeads: { en: ['Taliban'] }, homographs: { کابل: { after: ['برق'], before: ['متر'] } } });
    expect(r.stateHeads.has('Taliban')).toBe(true);
    expect(r.homographs.get('کابل')?.after.has('برق')).toBe(true);
    expect(r.homographs.get('کابل')?.before.has('متر')).toBe(true);
    expect(() => senseRulesOf({ ...base, stateHeads: { en: [1] } })).toThrow(/stateHeads\.en must be an array of non-empty strings/);
  });
});

describe('arabicOrder and afterNumber', () => {
  const order = (s: string, word: string) => arabicOrder(s, s.indexOf(word), s.indexOf(word) + word.length);
  it('Pashto by its letters, or by ي where the text also writes ی; Persian by ی; undecided otherwise', () => {
    expect(order('د قزاقي پنیر بازار ګرم دی', 'قزاقي')).toBe('ps');
    expect(order('قزاقي پنیر، یو بل', 'قزاقي')).toBe('ps');
    expect(order('پنیر قزاقی خوشمزه است', 'قزاقی')).toBe('fa');
    expect(order('پنير قزاقي', 'قزاقي')).toBeNull();
  });
  it('a number of any script or a number word right before; not a word, not across a sentence', () => {
    const at = (s: string) => afterNumber(s, s.lastIndexOf('افغانی'));
    expect(at('۵۰۰ افغانی')).toBe(true);
    expect(at('1,000 افغانی')).toBe(true);
    expect(at('هزار افغانی')).toBe(true);
    expect(at('بازرگانان افغانی')).toBe(false);
    expect(at('افغانی')).toBe(false);
  });
});
