import { describe, expect, it } from 'vitest';
import { sentenceTopics } from './topics';

describe('sentenceTopics', () => {
  it('tags English sentences by stems at word starts', () => {
    expect(sentenceTopics('In 2024, the trade volume between Kazakhstan and Afghanistan reached about half a billion dollars.', 'en')).toEqual(['trade']);
    expect(sentenceTopics('Kazakhstan regularly provides humanitarian aid to the people of Afghanistan.', 'en')).toEqual(['humanitarian']);
    expect(sentenceTopics('Afghan students study at Kazakh universities on scholarships.', 'en')).toEqual(['education']);
    expect(sentenceTopics('the withdrawal of US troops and security issues related to counterterrorism', 'en')).toEqual(['security', 'military']);
    expect(sentenceTopics('It is nice to hear the president’s statement on human rights', 'en')).toEqual(['human-rights']);
    expect(sentenceTopics('continuous investments in digital infrastructure and blockchain', 'en')).toEqual(['digital', 'investment']);
  });

  it('respects whole-word stems: a roadmap is not a road', () => {
    expect(sentenceTopics('a roadmap has been signed to increase trade turnover', 'en')).toEqual(['trade']);
    expect(sentenceTopics('to build part of a railroad in Afghanistan', 'en')).toEqual(['transport']);
    expect(sentenceTopics('time spent visiting government institutions', 'en')).toEqual([]);
  });

  it('tags German with German stems, folding umlauts', () => {
    expect(sentenceTopics('Die Steigerung des Geschäftsumsatzes auf bis zu 1 Milliarden US-Dollar', 'de')).toEqual(['trade']);
    expect(sentenceTopics('die Sicherheit beider Länder zu verbessern, auch im Hinblick auf die Stabilität der Region', 'de')).toEqual(['security']);
    expect(sentenceTopics('tausend Stipendien für afghanische Studenten', 'de')).toEqual(['education']);
    expect(sentenceTopics('im Bereich der Seltenen Erden und der kritischen Rohstoffindustrien', 'de')).toEqual(['resources']);
    // Food security is not security.
    expect(sentenceTopics('die Ernährungssicherheit gewährleisten', 'de')).toEqual([]);
  });

  it('tags Persian and Russian in any language setting', () => {
    expect(sentenceTopics('برای تعمیر تجهیزات نظامی، همکاری می کند', 'fa')).toEqual(['military']);
    expect(sentenceTopics('گسترش روابط تجاری و ساخت راه آهن', 'fa')).toEqual(['trade', 'transport']);
    expect(sentenceTopics('مبارزه با تروریسم، همکاری مشترک امنیتی', 'fa')).toEqual(['security']);
    expect(sentenceTopics('با استفاده از سرمایه‌گذاری‌های خارجی', 'fa')).toEqual(['investment']);
    expect(sentenceTopics('товарооборот и гуманитарная помощь', 'ru')).toEqual(['trade', 'humanitarian']);
  });
});

describe('sentenceTopics: false friends', () => {
  it('does not read "important" as imports or an online briefing as digital', () => {
    expect(sentenceTopics('was an important step in strengthening bilateral relations', 'en')).toEqual(['diplomacy']);
    expect(sentenceTopics('to rely on imported technologies', 'en')).toEqual(['trade']);
    expect(sentenceTopics('spoke at an online briefing about his visit', 'en')).toEqual(['diplomacy']);
  });
});
