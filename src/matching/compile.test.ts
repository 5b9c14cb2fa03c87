import { describe, expect, it } from 'vitest';
import { compileMatcher, gazetteerForms } from './compile';
import { FIXTURE } from './test-fixture';

const m = compileMatcher(FIXTURE);
const pairs = (text: string) => m.match(text).map((x) => [x.text, x.entity]);
const ents = (text: string) => m.match(text).map((x) => x.entity);

describe('word boundaries', () => {
  it('does not match a name inside a longer word', () => {
    expect(pairs('Kabulistan, Cherat, Irani, Afghanistanism? Kazakhstanis')).toEqual([]);
    expect(pairs('Kabul, Herat and Iran.')).toEqual([['Kabul', 'kabul'], ['Herat', 'herat'], ['Iran', 'iran']]);
  });
  it('does not match inside words of other scripts', () => {
    expect(pairs('Кабулистан Москвабад')).toEqual([]);
    expect(pairs('کابلستان هراتکو')).toEqual([]);
    // …but the demonym plural هراتیان (Heratis) is Herat + یان.
    expect(pairs('هراتیان')).toEqual([['هراتیان', 'herat']]);
  });
  it('treats digits and underscores as word characters (identifiers are one word)', () => {
    expect(pairs('Kabul2 2Kabul Kabul_2 china_roses UN_willing Kabul2023 Afghanistan2023 Kabul-2')).toEqual([['Kabul', 'kabul']]);
  });
});

describe('folding', () => {
  it('folds case and diacritics', () => {
    expect(pairs('KAZAKHSTAN kazakhstan Kazakhstán')).toEqual([
      ['KAZAKHSTAN', 'kazakhstan'], ['kazakhstan', 'kazakhstan'], ['Kazakhstán', 'kazakhstan'],
    ]);
  });
  it('folds Arabic letter variants, ZWNJ, harakat and tatweel', () => {
    // ك/ي (Arabic keyboard), tatweel, a fatha, ZWNJ inside the word.
    expect(ents('قزاقستان')).toEqual(['kazakhstan']);
    expect(ents('قزاقسـتان')).toEqual(['kazakhstan']);
    expect(ents('كابل')).toEqual(['kabul']);
    expect(ents('قَزاقستان')).toEqual(['kazakhstan']);
    expect(ents('آسياي ميانه')).toEqual(['central-asia']);
    expect(pairs('قزاق\u200cستان')).toEqual([['قزاق\u200cستان', 'kazakhstan']]);
  });
  it('keeps a trailing ZWNJ or soft hyphen outside the mention', () => {
    expect(pairs('کابل\u200c و')).toEqual([['کابل', 'kabul']]);
    expect(pairs('Kasach\u00adstan')).toEqual([['Kasach\u00adstan', 'kazakhstan']]);
  });
});

describe('scripts', () => {
  it('Latin, Cyrillic, Persian', () => {
    expect(ents('Astana, Астана, نور سلطان')).toEqual(['astana', 'astana', 'astana']);
  });
  it('Pashto letters ټ ډ ړ ږ ښ ګ ڼ ې ۍ', () => {
    expect(ents('په ننګرهار کې')).toEqual(['nangarhar']);
    expect(ents('د ډیورنډ کرښه')).toEqual(['durand-line']);
    expect(ents('تورغونډۍ ته')).toEqual(['torghundi']);
    expect(ents('کونړ')).toEqual(['kunar']);
    expect(ents('سوداګریز تړون')).toEqual(['trade-agreement']);
    expect(ents('ژوندون ږغ ټلوېزیون')).toEqual(['zhwandun']);
    expect(ents('لښکرګاڼه')).toEqual(['lashkargah']);
    // ګ (Pashto gaf) and گ (Persian gaf) are different letters: no match across them.
    expect(ents('ننگرهار')).toEqual([]);
  });
  it('folds ئ (yeh with hamza) to ی', () => {
    const mm = compileMatcher([{ id: 'x', type: 'other', scope: 'core', names: { en: 'X', ps: 'ښایسته' }, description: 'x' }]);
    expect(mm.match('ښائسته').map((x) => x.entity)).toEqual(['x']);
  });
});

describe('inflection', () => {
  it('English plural and possessive', () => {
    expect(pairs("Afghans and Kazakhstan's and Kazakhstan’s")).toEqual([
      ['Afghans', 'afghanistan'], ['Kazakhstan', 'kazakhstan'], ['Kazakhstan', 'kazakhstan'],
    ]);
  });
  it('German noun and adjective endings, hyphenated compounds', () => {
    expect(pairs('Kasachstans kasachischen afghanischer Afghanen')).toEqual([
      ['Kasachstans', 'kazakhstan'], ['kasachischen', 'kazakhstan'], ['afghanischer', 'afghanistan'], ['Afghanen', 'afghanistan'],
    ]);
    expect(pairs('kasachisch-afghanischen Zentralasien-Formats 50-Millionen-Programm')).toEqual([
      ['kasachisch', 'kazakhstan'], ['afghanischen', 'afghanistan'], ['Zentralasien', 'central-asia'],
    ]);
  });
  it('German closed compounds with a long name first, not short ones', () => {
    expect(pairs('Afghanistanhilfe')).toEqual([['Afghanistan', 'afghanistan']]);
    expect(pairs('Kabulreise Iranpolitik')).toEqual([]); // names shorter than 6 letters
    expect(pairs('Kasachstanxyz')).toEqual([]); // remainder of 3 letters that is no German ending
    expect(pairs('Kasachstaner')).toEqual([['Kasachstaner', 'kazakhstan']]); // -er is one
    expect(compileMatcher(FIXTURE, { compounds: false }).match('Afghanistanhilfe')).toEqual([]);
  });
  it('Russian noun and adjective cases', () => {
    expect(pairs('Казахстана Казахстане Казахстаном Кабуле Москве Москвой казахстанского Токаева Токаевым казахского афганских')).toEqual([
      ['Казахстана', 'kazakhstan'], ['Казахстане', 'kazakhstan'], ['Казахстаном', 'kazakhstan'], ['Кабуле', 'kabul'],
      ['Москве', 'moscow'], ['Москвой', 'moscow'], ['казахстанского', 'kazakhstan'], ['Токаева', 'tokayev'],
      ['Токаевым', 'tokayev'], ['казахского', 'kazakhstan'], ['афганских', 'afghanistan'],
    ]);
    expect(pairs('в Центральной Азии')).toEqual([['Центральной Азии', 'central-asia']]);
  });
  it('Kazakh case endings', () => {
    expect(ents('Қазақстанның Қазақстанға')).toEqual(['kazakhstan', 'kazakhstan']);
  });
  it('does not apply one language’s endings to another language’s form', () => {
    // "Kabule" would be a German -e on a name the fixture only knows in en/ru/fa/ps (ru allows -е, but in Cyrillic).
    expect(pairs('Kabule Heraten')).toEqual([]);
    // An English -s on a Persian form is not a thing; a Russian ending on a German form neither.
    expect(pairs('Kasachstanом')).toEqual([]);
  });
  it('Persian attached suffixes and prefixes', () => {
    expect(pairs('قزاقستانی افغان‌ها افغانستانرا')).toEqual([
      ['قزاقستانی', 'kazakhstan'], ['افغان‌ها', 'afghanistan'], ['افغانستانرا', 'afghanistan'],
    ]);
    // Attached ب / به: the mention starts after the prefix.
    expect(pairs('بکابل بهافغانستان')).toEqual([['کابل', 'kabul'], ['افغانستان', 'afghanistan']]);
    // Too short for a prefix (3 letters).
    expect(pairs('وهند')).toEqual([]);
  });
  it('Pashto attached endings and the د prefix', () => {
    expect(pairs('افغانستانه کابله قزاقستانته دافغانستان')).toEqual([
      ['افغانستانه', 'afghanistan'], ['کابله', 'kabul'], ['قزاقستانته', 'kazakhstan'], ['افغانستان', 'afghanistan'],
    ]);
  });
  it('short names do not inflect', () => {
    const mm = compileMatcher([{ id: 'eu', type: 'organization', scope: 'core', names: { en: 'EU', de: 'EU' }, description: 'x' }]);
    expect(mm.match('EU EUs EUen').map((x) => x.text)).toEqual(['EU']);
  });
});

describe('multi-word names', () => {
  it('match across spaces, NBSP, hyphens, soft hyphens and one line break', () => {
    for (const sep of [' ', '\u00a0', '-', '\n', ' \r\n ', '\u2011']) {
      const t = `the Gulf${sep}Cooperation Council met`;
      expect(pairs(t)).toEqual([[`Gulf${sep}Cooperation Council`, 'gcc']]);
    }
  });
  it('do not match across sentence punctuation, dashes or paragraphs', () => {
    expect(ents('the Gulf. Cooperation Council')).toEqual([]);
    expect(ents('Central, Asia; Central – Asia; Central\n\nAsia')).toEqual([]);
  });
  it('keep literal separators written in the form', () => {
    expect(pairs('at Alem.AI today')).toEqual([['Alem.AI', 'alem-ai']]);
  });
});

describe('longest match', () => {
  it('prefers the longer name', () => {
    expect(pairs('«نور سلطان نظربایف» در نور سلطان')).toEqual([['نور سلطان نظربایف', 'nazarbayev'], ['نور سلطان', 'astana']]);
    expect(pairs('das Entwicklungsprogramm der Vereinten Nationen und die Vereinten Nationen')).toEqual([
      ['Entwicklungsprogramm der Vereinten Nationen', 'undp'], ['Vereinten Nationen', 'united-nations'],
    ]);
    expect(pairs('des Entwicklungsprogramms der Vereinten Nationen')).toEqual([
      ['Entwicklungsprogramms der Vereinten Nationen', 'undp'],
    ]);
    expect(pairs('United Nations Development Programme')).toEqual([['United Nations Development Programme', 'undp']]);
  });
  it('is deterministic and sorted', () => {
    const t = 'Nursultan Nazarbayev met Tokayev in Astana; Kazakhstan and Afghanistan. '.repeat(20);
    const a = m.match(t);
    expect(compileMatcher(FIXTURE).match(t)).toEqual(a);
    expect(compileMatcher([...FIXTURE].reverse()).match(t)).toEqual(a);
    expect(a.every((x, i) => i === 0 || a[i - 1]!.end <= x.start)).toBe(true);
  });
  it('resolves equal spans of two entities by entity id', () => {
    const es = [
      { id: 'b', type: 'other' as const, scope: 'core' as const, names: { en: 'Same Name' }, description: 'x' },
      { id: 'a', type: 'other' as const, scope: 'core' as const, names: { en: 'same name' }, description: 'x' },
    ];
    expect(compileMatcher(es).match('Same Name').map((x) => x.entity)).toEqual(['a']);
  });
});

describe('case-sensitive forms', () => {
  it('match only as written', () => {
    expect(pairs('The US and the UN. Let us go; un ami; Us; USA; UNO')).toEqual([
      ['US', 'united-states'], ['UN', 'united-nations'], ['USA', 'united-states'], ['UNO', 'united-nations'],
    ]);
  });
  it('do not inflect, and leave the possessive out', () => {
    expect(pairs("USs US's")).toEqual([['US', 'united-states']]);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets into the original text, around astral characters and combining marks', () => {
    const t = '😀🇰🇿 Ka\u0301zakhstan 𝒳 Kabul\u0301! 😀Herat';
    const ms = m.match(t);
    expect(ms.map((x) => x.text)).toEqual(['Ka\u0301zakhstan', 'Kabul\u0301', 'Herat']);
    for (const x of ms) expect(t.slice(x.start, x.end)).toBe(x.text);
  });
  it('carry the form and language', () => {
    expect(m.match('Москве')[0]).toMatchObject({ form: 'Москва', lang: 'ru', start: 0, end: 6 });
  });
  it('handle ß → ss (one unit becomes two)', () => {
    const mm = compileMatcher([{ id: 's', type: 'other', scope: 'core', names: { en: 'x', de: 'Strasse Eins' }, description: 'x' }]);
    const t = 'an der Straße Eins.';
    expect(mm.match(t).map((x) => [x.text, x.start])).toEqual([['Straße Eins', 7]]);
  });
});

describe('gazetteerForms', () => {
  it('lists names and aliases with flags', () => {
    const f = gazetteerForms(FIXTURE);
    expect(f).toContainEqual({ entity: 'united-states', text: 'US', lang: 'en', caseSensitive: true, ambiguous: false });
    expect(f).toContainEqual({ entity: 'ashraf-ghani', text: 'Ghani', lang: 'en', caseSensitive: false, ambiguous: true });
    expect(m.size).toBe(f.length);
  });
  it('can restrict languages', () => {
    const ru = compileMatcher(FIXTURE, { langs: ['ru'] });
    expect(ru.match('Kabul Кабул').map((x) => x.text)).toEqual(['Кабул']);
  });
  it('matches nothing in empty text', () => {
    expect(m.match('')).toEqual([]);
  });
});

describe('form punctuation', () => {
  it('includes a trailing dot the form writes (U.S.)', () => {
    const mm = compileMatcher([
      { id: 'usa', type: 'country', scope: 'core', names: { en: 'United States' }, aliases: { en: ['U.S.', 'US'] }, caseSensitive: ['U.S.', 'US'], description: 'x' },
    ]);
    expect(mm.match('U.S. troops; the U.S.A; US.').map((x) => x.text)).toEqual(['U.S.', 'U.S', 'US']);
  });
});
