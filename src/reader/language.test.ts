import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('reads the script, then Pashto-only letters, then common words', () => {
    expect(detectLanguage('Казахстан поставил в Афганистан зерно и муку.')).toBe('ru');
    expect(detectLanguage('قزاقستان و افغانستان درباره راه آهن گفتگو کردند.')).toBe('fa');
    expect(detectLanguage('قزاقستان او افغانستان د ریل پټلۍ په اړه خبرې وکړې.')).toBe('ps');
    expect(detectLanguage('Kazakhstan and Afghanistan signed the agreement in Kabul.')).toBe('en');
    expect(detectLanguage('Kasachstan und Afghanistan haben die Vereinbarung in Kabul unterzeichnet, die auch den Handel betrifft.')).toBe('de');
  });

  it('says null for a language or script Caravan does not read', () => {
    expect(detectLanguage('哈萨克斯坦和阿富汗签署了协议。')).toBeNull();
    expect(detectLanguage('Le Kazakhstan a signé un accord avec l’Afghanistan à Kaboul.')).toBeNull();
    expect(detectLanguage('12345 — 678')).toBeNull();
  });

  it('keeps a Persian text that quotes one Pashto name Persian', () => {
    const fa = 'وزیر امور خارجه قزاقستان در کابل با مقامات افغانستان دیدار کرد و درباره تجارت گفتگو شد. '.repeat(20) + 'ښار';
    expect(detectLanguage(fa)).toBe('fa');
  });
});
