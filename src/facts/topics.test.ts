import { describe, expect, it } from 'vitest';
import { topicsOf } from './topics';

describe('topicsOf', () => {
  it('tags English sentences by stems at word starts', () => {
    expect(topicsOf('In 2024, the trade volume between Kazakhstan and Afghanistan reached about half a billion dollars.', 'en')).toEqual(['trade']);
    expect(topicsOf('Kazakhstan regularly provides humanitarian aid to the people of Afghanistan.', 'en')).toEqual(['humanitarian']);
    expect(topicsOf('Afghan students study at Kazakh universities on scholarships.', 'en')).toEqual(['education']);
    expect(topicsOf('the withdrawal of US troops and security issues related to counterterrorism', 'en')).toEqual(['security', 'military']);
    expect(topicsOf('It is nice to hear the president’s statement on human rights', 'en')).toEqual(['human-rights']);
    expect(topicsOf('continuous investments in digital infrastructure and blockchain', 'en')).toEqual(['digital', 'investment']);
  });

  it('respects whole-word stems: a roadmap is not a road', () => {
    expect(topicsOf('a roadmap has been signed to increase trade turnover', 'en')).toEqual(['trade']);
    expect(topicsOf('to build part of a railroad in Afghanistan', 'en')).toEqual(['transport']);
    expect(topicsOf('time spent visiting government institutions', 'en')).toEqual([]);
  });

  it('tags German with German stems, folding umlauts', () => {
    expect(topicsOf('Die Steigerung des Geschäftsumsatzes auf bis zu 1 Milliarden US-Dollar', 'de')).toEqual(['trade']);
    expect(topicsOf('die Sicherheit beider Länder zu verbessern, auch im Hinblick auf die Stabilität der Region', 'de')).toEqual(['security']);
    expect(topicsOf('tausend Stipendien für afghanische Studenten', 'de')).toEqual(['education']);
    expect(topicsOf('im Bereich der Seltenen Erden und der kritischen Rohstoffindustrien', 'de')).toEqual(['resources']);
    // Food security is not security.
    expect(topicsOf('die Ernährungssicherheit gewährleisten', 'de')).toEqual([]);
  });

  it('tags Persian and Russian in any language setting', () => {
    expect(topicsOf('برای تعمیر تجهیزات نظامی، همکاری می کند', 'fa')).toEqual(['military']);
    expect(topicsOf('گسترش روابط تجاری و ساخت راه آهن', 'fa')).toEqual(['trade', 'transport']);
    expect(topicsOf('مبارزه با تروریسم، همکاری مشترک امنیتی', 'fa')).toEqual(['security']);
    expect(topicsOf('با استفاده از سرمایه‌گذاری‌های خارجی', 'fa')).toEqual(['investment']);
    expect(topicsOf('товарооборот и гуманитарная помощь', 'ru')).toEqual(['trade', 'humanitarian']);
  });
});

describe('topicsOf: false friends', () => {
  it('does not read "important" as imports or an online briefing as digital', () => {
    expect(topicsOf('was an important step in strengthening bilateral relations', 'en')).toEqual(['diplomacy']);
    expect(topicsOf('to rely on imported technologies', 'en')).toEqual(['trade']);
    expect(topicsOf('spoke at an online briefing about his visit', 'en')).toEqual(['diplomacy']);
  });
});
