/** A small inline gazetteer for the matcher's unit tests (independent of data/gazetteer.json). */
import type { GazetteerEntry } from '../shared/gazetteer-types';

const e = (x: Omit<GazetteerEntry, 'description'>): GazetteerEntry => ({ description: `Test entry ${x.id}.`, ...x });

export const FIXTURE: GazetteerEntry[] = [
  e({
    id: 'kazakhstan', type: 'country', scope: 'core',
    names: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан', fa: 'قزاقستان', ps: 'قزاقستان', kk: 'Қазақстан' },
    aliases: { en: ['Kazakh'], de: ['kasachisch'], ru: ['казахский'], fa: ['قزاق'] },
  }),
  e({
    id: 'afghanistan', type: 'country', scope: 'core',
    names: { en: 'Afghanistan', de: 'Afghanistan', ru: 'Афганистан', fa: 'افغانستان', ps: 'افغانستان' },
    aliases: { en: ['Afghan'], de: ['afghanisch', 'Afghane'], ru: ['афганский'], fa: ['افغان'] },
  }),
  e({ id: 'iran', type: 'country', scope: 'core', names: { en: 'Iran', fa: 'ایران' } }),
  e({ id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul', ru: 'Кабул', fa: 'کابل', ps: 'کابل' } }),
  e({ id: 'herat', type: 'city', scope: 'core', names: { en: 'Herat', fa: 'هرات' } }),
  e({ id: 'moscow', type: 'city', scope: 'core', names: { en: 'Moscow', ru: 'Москва' } }),
  e({ id: 'astana', type: 'city', scope: 'core', names: { en: 'Astana', ru: 'Астана' }, aliases: { en: ['Nur-Sultan'], fa: ['نور سلطان'] } }),
  e({
    id: 'nazarbayev', type: 'person', scope: 'core', names: { en: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев' },
    aliases: { en: ['Nazarbayev'], ru: ['Назарбаев'], fa: ['نور سلطان نظربایف', 'نظربایف'] },
  }),
  e({
    id: 'tokayev', type: 'person', scope: 'core', names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    aliases: { en: ['Tokayev'], ru: ['Токаев'] },
  }),
  e({
    id: 'ashraf-ghani', type: 'person', scope: 'core', names: { en: 'Ashraf Ghani', fa: 'اشرف غنی' },
    aliases: { en: ['Ghani'] }, ambiguous: ['Ghani'], context: ['afghanistan'],
  }),
  e({
    id: 'united-nations', type: 'organization', scope: 'core', names: { en: 'United Nations', de: 'Vereinte Nationen' },
    aliases: { en: ['UN'], de: ['UNO'] }, caseSensitive: ['UN', 'UNO'],
  }),
  e({
    id: 'undp', type: 'organization', scope: 'core',
    names: { en: 'United Nations Development Programme', de: 'Entwicklungsprogramm der Vereinten Nationen' },
    aliases: { en: ['UNDP'] }, caseSensitive: ['UNDP'],
  }),
  e({ id: 'united-states', type: 'country', scope: 'core', names: { en: 'United States' }, aliases: { en: ['US', 'USA'] }, caseSensitive: ['US', 'USA'] }),
  e({
    id: 'gcc', type: 'organization', scope: 'core', names: { en: 'Gulf Cooperation Council', de: 'Golfkooperationsrat' },
    aliases: { en: ['GCC'] }, ambiguous: ['GCC'], caseSensitive: ['GCC'], context: ['kuwait', 'central-asia'],
  }),
  e({ id: 'kuwait', type: 'country', scope: 'core', names: { en: 'Kuwait', de: 'Kuwait' } }),
  e({
    id: 'central-asia', type: 'region', scope: 'core', names: { en: 'Central Asia', de: 'Zentralasien', ru: 'Центральная Азия', fa: 'آسیای میانه' },
    aliases: { de: ['zentralasiatisch'] },
  }),
  e({ id: 'alem-ai', type: 'organization', scope: 'core', names: { en: 'Alem.AI' } }),
  e({ id: 'nangarhar', type: 'region', scope: 'core', names: { en: 'Nangarhar', ps: 'ننګرهار' } }),
  e({ id: 'durand-line', type: 'other', scope: 'core', names: { en: 'Durand Line', ps: 'ډیورنډ کرښه' } }),
  e({ id: 'torghundi', type: 'city', scope: 'core', names: { en: 'Torghundi', ps: 'تورغونډۍ' } }),
  e({ id: 'kunar', type: 'region', scope: 'core', names: { en: 'Kunar', ps: 'کونړ' } }),
  e({ id: 'trade-agreement', type: 'agreement', scope: 'core', names: { en: 'Trade Agreement', ps: 'سوداګریز تړون' } }),
  e({ id: 'zhwandun', type: 'other', scope: 'core', names: { en: 'Zhwandun TV', ps: 'ژوندون ږغ ټلوېزیون' } }),
  e({ id: 'lashkargah', type: 'city', scope: 'core', names: { en: 'Lashkar Gah', ps: 'لښکرګاه' }, aliases: { ps: ['لښکرګاڼه'] } }),
  e({
    id: 'earthquake-2023', type: 'event', scope: 'core', names: { en: '2023 Herat earthquakes' },
    cues: [['earthquake', 'herat'], ['زلزله', 'هرات']],
  }),
];
