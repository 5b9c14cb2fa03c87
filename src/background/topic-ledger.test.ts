import { describe, expect, it } from 'vitest';
import { TopicLedger } from './topic-ledger';

describe('TopicLedger', () => {
  it('turns a tab on topic from its frames together: core names in an iframe, the text in the top frame', () => {
    const l = new TopicLedger();
    expect(l.report(1, 0, { core: 0, coreEntities: [], chars: 1200 })).toEqual({ before: false, after: false });
    expect(l.report(1, 7, { core: 2, coreEntities: ['kazakhstan'], chars: 200 })).toEqual({ before: false, after: false });
    expect(l.report(1, 9, { core: 1, coreEntities: ['afghanistan'], chars: 100 })).toEqual({ before: false, after: true });
    expect(l.onTopic(2)).toBe(false);
  });
  it('turns off again when the frame that held the core names empties, and forgets a tab', () => {
    const l = new TopicLedger();
    l.report(1, 0, { core: 3, coreEntities: ['kazakhstan', 'afghanistan'], chars: 900 });
    expect(l.onTopic(1)).toBe(true);
    expect(l.report(1, 0, { core: 0, coreEntities: [], chars: 0 })).toEqual({ before: true, after: false });
    l.report(1, 0, { core: 3, coreEntities: ['kazakhstan', 'afghanistan'], chars: 900 });
    expect(l.forget(1)).toBe(true);
    expect(l.onTopic(1)).toBe(false);
  });
  it('survives storage as JSON and drops what is malformed', () => {
    const l = new TopicLedger();
    l.report(4, 0, { core: 3, coreEntities: ['kazakhstan', 'kabul'], chars: 500 });
    const back = TopicLedger.from(JSON.parse(JSON.stringify(l.toJSON())));
    expect(back.onTopic(4)).toBe(true);
    const junk = TopicLedger.from({ x: {}, 5: { y: 1, 0: { core: -3, coreEntities: [1, 'kabul'], chars: 'a' } }, 6: null });
    expect(junk.toJSON()).toEqual({});
    const mixed = TopicLedger.from({ 5: { page: 0, frames: { 0: [{ core: -3, coreEntities: [1, 'kabul'], chars: 40 }, 9], 1: [{ core: 0, chars: 0 }, 9], 2: [null, 9] } } });
    expect(mixed.toJSON()).toEqual({ 5: { page: 0, frames: { 0: [{ core: 0, coreEntities: ['kabul'], chars: 40 }, 9] } } });
  });
  it('a new top document turns the tab off topic when the old page held the evidence, and refuses the old page\'s late reports', () => {
    const l = new TopicLedger();
    l.report(1, 0, { core: 3, coreEntities: ['kazakhstan', 'afghanistan'], chars: 900 }, 1000);
    expect(l.onTopic(1)).toBe(true);
    expect(l.startPage(1, 2000)).toEqual({ before: true, after: false });
    expect(l.report(1, 4, { core: 3, coreEntities: ['kazakhstan', 'afghanistan'], chars: 900 }, 1500)).toEqual({ before: false, after: false });
    expect(l.report(1, 4, { core: 3, coreEntities: ['kazakhstan', 'afghanistan'], chars: 900 }, 2500)).toEqual({ before: false, after: true });
    // An emptied frame of an old document does not empty the page's.
    expect(l.report(1, 4, { core: 0, coreEntities: [], chars: 0 }, 1500)).toEqual({ before: true, after: true });
    expect(l.startPage(1, 2000)).toEqual({ before: true, after: true });
    // Asked, the top frame names an earlier document: a restored page, whose frames report again.
    expect(l.showPage(1, 2000)).toEqual({ before: true, after: true, restored: false });
    expect(l.showPage(1, 1000)).toEqual({ before: true, after: false, restored: true });
    expect(l.showPage(1, 3000)).toEqual({ before: false, after: false, restored: false });
  });
});
