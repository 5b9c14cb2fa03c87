/** A small hand-made pack for the store tests: three sources (en, de, fa), five entities, eight facts. */
import { foldKey } from '../matching/normalize';
import type { Entity, Fact, FactPack, Source } from '../shared/pack-types';

export const SOURCES: Source[] = [
  { id: 'en-mfa', title: 'Joint statement', lang: 'en', published: '2022-05-10', dir: 'ltr', length: 4000, outlet: 'MFA' },
  { id: 'de-zeit', title: 'Getreide für Kabul', lang: 'de', published: '2021-09-01', dir: 'ltr', length: 3000 },
  { id: 'fa-news', title: 'قزاقستان و افغانستان', lang: 'fa', published: '2020-01-01', dir: 'rtl', length: 2000 },
];

function entity(e: Omit<Entity, 'keys'>): Entity {
  const forms = [...Object.values(e.names), ...e.aliases].filter((x): x is string => !!x);
  return { ...e, keys: [...new Set(forms.map(foldKey))] };
}

export const ENTITIES: Entity[] = [
  entity({
    id: 'kazakhstan',
    type: 'country', scope: 'core',
    names: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан', fa: 'قزاقستان', kk: 'Қазақстан' },
    aliases: ['Republic of Kazakhstan', 'Республика Казахстан', 'جمهوری قزاقستان', 'Qazaqstan'],
  }),
  entity({
    id: 'afghanistan',
    type: 'country', scope: 'core',
    names: { en: 'Afghanistan', ru: 'Афганистан', fa: 'افغانستان', ps: 'افغانستان' },
    aliases: ['Islamic Emirate of Afghanistan'],
  }),
  entity({ id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul', ru: 'Кабул', fa: 'کابل' }, aliases: [] }),
  entity({ id: 'almaty', type: 'city', scope: 'core', names: { en: 'Almaty', ru: 'Алматы', fa: 'آلماتی' }, aliases: ['Alma-Ata'] }),
  entity({
    id: 'tokayev',
    type: 'person', scope: 'core',
    names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    aliases: ['Tokayev', 'Tokajew'],
  }),
];

function fact(source: string, n: number, f: Omit<Fact, 'id' | 'source' | 'lang' | 'start' | 'end' | 'dates'>): Fact {
  const lang = SOURCES.find((s) => s.id === source)!.lang;
  return { id: `${source}#${n}`, source, lang, start: n * 100, end: n * 100 + f.quote.length, dates: f.date ? [f.date] : [], ...f };
}

export const FACTS: Fact[] = [
  fact('en-mfa', 0, {
    quote: 'Kazakhstan and Afghanistan signed trade agreements worth $1.5 billion in August 2023.',
    entities: ['kazakhstan', 'afghanistan'],
    topics: ['trade', 'diplomacy'],
    date: '2023-08',
    quantities: [{ text: '$1.5 billion', value: 1.5e9, unit: 'USD' }],
    summary: { en: 'Kazakhstan and Afghanistan signed trade agreements worth 1.5 billion dollars.' },
  }),
  fact('en-mfa', 1, {
    quote: 'Kazakhstan exported 500,000 tonnes of wheat flour to Afghanistan.',
    entities: ['kazakhstan', 'afghanistan'],
    topics: ['trade'],
    quantities: [{ text: '500,000 tonnes', value: 500_000, unit: 't' }],
    summary: { en: 'Kazakhstan exported 500,000 tonnes of wheat flour to Afghanistan.' },
  }),
  fact('en-mfa', 2, {
    quote: 'On 15 January 2024 Kabul hosted a delegation from Almaty.',
    entities: ['kabul', 'almaty'],
    topics: ['diplomacy'],
    date: '2024-01-15',
    quantities: [],
    summary: { en: 'Kabul hosted a delegation from Almaty.' },
  }),
  fact('en-mfa', 3, {
    quote: 'The railway to Mazar-i-Sharif carries 20 wagons daily since March 2022.',
    entities: ['afghanistan'],
    topics: ['transport'],
    date: '2022-03',
    quantities: [{ text: '20 wagons', value: 20, unit: 'wagons' }],
    summary: { en: 'The railway to Mazar-i-Sharif carries 20 wagons a day.' },
  }),
  fact('de-zeit', 0, {
    quote: 'Kasachstan liefert seit 2021 Getreide nach Afghanistan.',
    entities: ['kazakhstan', 'afghanistan'],
    topics: ['trade', 'humanitarian'],
    date: '2021',
    quantities: [],
    summary: { en: 'Kazakhstan delivers grain to Afghanistan.' },
  }),
  fact('de-zeit', 1, {
    quote: 'Tokajew empfing am 2. November 2023 den afghanischen Minister in Astana.',
    entities: ['tokayev', 'kazakhstan'],
    topics: ['diplomacy'],
    date: '2023-11-02',
    quantities: [],
    summary: { en: 'Tokayev received the Afghan minister in Astana.' },
  }),
  fact('fa-news', 0, {
    quote: 'قزاقستان در سال ۲۰۱۹ به ۱۰۰۰ دانشجوی افغان بورسیه تحصیلی داد.',
    entities: ['kazakhstan', 'afghanistan'],
    topics: ['education'],
    date: '2019',
    quantities: [{ text: '۱۰۰۰', value: 1000, unit: 'people' }],
    summary: { en: 'Kazakhstan gave 1,000 scholarships to Afghan students in 2019.' },
  }),
  fact('fa-news', 1, {
    quote: 'هیئتی از کابل به آلماتی سفر کرد.',
    entities: ['kabul', 'almaty'],
    topics: ['diplomacy'],
    quantities: [],
    summary: { en: 'A delegation from Kabul travelled to Almaty.' },
  }),
];

export const PACK: FactPack = { version: 'v1', sources: SOURCES, entities: ENTITIES, facts: FACTS };

/** The next release: one fact replaced, one added. */
export const PACK_V2: FactPack = {
  version: 'v2',
  sources: SOURCES,
  entities: ENTITIES,
  facts: [
    ...FACTS.filter((f) => f.id !== 'en-mfa#3'),
    fact('en-mfa', 4, {
      quote: 'A new fibre-optic line links Almaty and Kabul.',
      entities: ['almaty', 'kabul'],
      topics: ['digital'],
      quantities: [],
      summary: { en: 'A fibre-optic line links Almaty and Kabul.' },
    }),
  ],
};
