/**
 * Topic tags from keyword stems, per language, as reviewed data. A stem matches at a word start
 * in matcher-folded text (case, diacritics, Arabic letter variants and ZWNJ folded the same way
 * as names), so "Sicherheit", "sicherheitspolitik" and "Sicherheitsrat" all carry `security`,
 * while "Ernährungssicherheit" (food security) does not. A stem ending in "$" must be the whole
 * word ("road$" spares "roadmap", "import$" spares "important"). Multi-word stems match word starts in sequence
 * ("selten erd" for "Seltenen Erden"). Pure.
 */
import type { Topic } from '../shared/pack-types';
import { foldText } from '../matching/normalize';
import { baseLang } from './numbers';

type Stems = Partial<Record<Topic, string[]>>;

/** Cyrillic and Arabic-script stems apply to every language: the script already tells them apart. */
const ANY: Stems = {
  trade: ['торгов', 'товарооборот', 'экспорт', 'импорт', 'تجارت', 'تجاری', 'صادرات', 'واردات', 'بازرگان'],
  security: ['безопасност', 'террор', 'экстремис', 'امنیت', 'تروریس', 'ثبات', 'افراط'],
  education: ['образован', 'студент', 'университет', 'стипенд', 'دانشگاه', 'دانشجو', 'آموزش', 'تحصیل', 'بورسیه', 'مکتب', 'مدرسه'],
  humanitarian: ['гуманитарн', 'землетрясен', 'بشردوست', 'بشری', 'زلزله', 'امداد'],
  diplomacy: ['дипломат', 'посол', 'посольств', 'министр', 'визит', 'делегац', 'переговор', 'саммит', 'دیپلمات', 'سفارت', 'سفیر', 'وزیر', 'هیئت', 'هیات', 'دیدار', 'مذاکر', 'نشست', 'سران'],
  digital: ['цифров', 'технолог', 'интернет', 'دیجیتال', 'فناوری', 'فن آوری', 'تکنولوژی', 'انترنت', 'اینترنت'],
  transport: ['транспорт', 'железн дорог', 'логист', 'транзит', 'коридор', 'راه آهن', 'راهآهن', 'ترانزیت', 'حمل و نقل', 'کریدور', 'جاده', 'ترانسپورت'],
  resources: ['полезн ископаем', 'минерал', 'добыч', 'معدن', 'معادن', 'منابع طبیعی'],
  military: ['военн', 'войск', 'арми', 'вооружен', 'نظامی', 'رزمی', 'ارتش', 'سلاح', 'تسلیحات', 'تجهیزات نظامی'],
  energy: ['энерг', 'электроэнерг', 'нефт', 'انرژی', 'برق', 'نفت'],
  investment: ['инвест', 'سرمایه گذاری', 'سرمایهگذاری', 'سرمایه گذار'],
  'human-rights': ['прав человека', 'права женщин', 'حقوق بشر', 'حقوق زنان'],
};

const LATIN: Record<'en' | 'de', Stems> = {
  en: {
    trade: ['trade', 'trading', 'export', 'import$', 'imports$', 'imported$', 'importer', 'turnover', 'commerc', 'business', 'customs'],
    security: ['security', 'terror', 'counterterror', 'extremis', 'stability', 'peacekeep'],
    education: ['education', 'student', 'universit', 'scholarship', 'school', 'training', 'bachelor', 'literacy'],
    humanitarian: ['humanitarian', 'earthquake', 'relief', 'rescue', 'flour'],
    diplomacy: ['diplomat', 'embass', 'ambassador', 'minister', 'delegation', 'summit', 'negotiat', 'visit$', 'visits$', 'visited$', 'bilateral relation', 'diplomatic relation', 'special representative', 'reconciliation'],
    digital: ['digital', 'information technolog', 'e-gov', 'egov', 'govtech', 'internet', 'blockchain', 'artificial intelligence', 'ict$'],
    transport: ['transport', 'railway', 'railroad', 'rail$', 'logistic', 'corridor', 'transit', 'road$', 'roads$', 'wagon', 'truck'],
    resources: ['mining', 'mineral', 'metallurg', 'rare earth', 'raw material', 'natural resource', 'deposit'],
    military: ['military', 'troops', 'army', 'armed forces', 'weapon', 'defence', 'defense'],
    energy: ['energy', 'electricit', 'power plant', 'renewable', 'natural gas', 'pipeline', 'hydropower'],
    investment: ['invest'],
    'human-rights': ['human rights', 'rights of women', "women's rights", 'women s rights'],
  },
  de: {
    trade: ['handel', 'export', 'import', 'umsatz', 'geschaftsumsatz', 'geschaftsleute', 'zoll', 'unternehmer', 'lieferkette'],
    security: ['sicherheit', 'terror', 'extremis', 'stabilitat'],
    education: ['bildung', 'student', 'universitat', 'stipendi', 'schul', 'hochschul', 'unterricht'],
    humanitarian: ['humanitar', 'erdbeben', 'hilfsguter', 'nothilfe'],
    diplomacy: ['diplomat', 'botschaft', 'botschafter', 'minister', 'aussenminister', 'delegation', 'gipfel', 'besuch', 'partnerschaft', 'strategiepartnerschaft', 'beziehungen$', 'dialog'],
    digital: ['digital', 'technolog', 'kunstliche intelligenz', 'internet'],
    transport: ['transport', 'eisenbahn', 'bahn$', 'logistik', 'korridor', 'transit'],
    resources: ['bergbau', 'mineral', 'rohstoff', 'selten erd', 'geologie', 'lagerstatt'],
    military: ['militar', 'truppen', 'streitkraft', 'waffe', 'armee'],
    energy: ['energie', 'strom$', 'erneuerbar', 'erdgas', 'pipeline'],
    investment: ['investi', 'investor'],
    'human-rights': ['menschenrecht', 'frauenrecht'],
  },
};

/** Fixed output order, so tags are deterministic whatever order the stems hit. */
export const TOPIC_ORDER: readonly Topic[] = [
  'trade', 'security', 'education', 'humanitarian', 'diplomacy', 'digital', 'transport', 'resources',
  'military', 'energy', 'investment', 'human-rights',
];

const fold = (s: string) => foldText(s).text;

function compile(stems: Stems): [Topic, RegExp][] {
  return TOPIC_ORDER.filter((t) => stems[t]?.length).map((t) => {
    const parts = stems[t]!.map((stem) => {
      const whole = stem.endsWith('$');
      const words = fold(whole ? stem.slice(0, -1) : stem)
        .split(/[\s'-]+/u)
        .filter(Boolean)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return words.join('\\p{L}*[\\s\'’-]+') + (whole ? '(?![\\p{L}\\p{N}])' : '');
    });
    return [t, new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'u')];
  });
}

const COMPILED = new Map<string, [Topic, RegExp][]>();
for (const lang of ['en', 'de'] as const) {
  const merged: Stems = {};
  for (const t of TOPIC_ORDER) merged[t] = [...(ANY[t] ?? []), ...(LATIN[lang][t] ?? [])];
  COMPILED.set(lang, compile(merged));
}

/** Topics of `sentence`, in TOPIC_ORDER. Latin stems follow the language (German text gets German stems). */
export function sentenceTopics(sentence: string, lang: string): Topic[] {
  const rules = COMPILED.get(baseLang(lang) === 'de' ? 'de' : 'en')!;
  const text = fold(sentence);
  return rules.filter(([, re]) => re.test(text)).map(([t]) => t);
}
