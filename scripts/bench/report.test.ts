// The summary and the README table from a small hand-made result (no browser, no clock).
import { describe, expect, it } from 'vitest';
import { readmeTable, renderMarkdown, scriptMedians, summarizeBrowser, summaryTable } from './report.mjs';

const caravan = (ms: number, marks: number, extra: Record<string, unknown> = {}) => ({ ms, marks, longestRunMs: ms / 4, longestTaskMs: ms / 2, tasksOver50: 0, firstMarkMs: marks ? 20 : null, byScript: { 'content.js': ms }, ...extra });
const peer = (wholeMs: number) => ({ wholeMs, totalMs: wholeMs / 2, startupMs: wholeMs / 2 });
const page = (name: string, role: string, c: number[], floor: number[], markjs: number[], marks = 0) => ({
  name,
  role,
  bytes: 1000,
  runs: { caravan: c.map((ms) => caravan(ms, marks)), floor: floor.map(peer), markjs: markjs.map(peer) },
});

const pages = [
  page('blank', 'no-text', [1, 3, 2], [10, 10, 10], []),
  page('notopic', 'no-topic', [4, 4, 5], [10, 10, 10], []),
  page('topic-one', 'matcher', [30, 31, 29], [10, 10, 10], [20, 20, 20], 1),
  page('heise', 'saved', [10, 12, 11], [20, 22, 21], []),
  page('dense', 'dense', [40, 60, 50], [100, 90, 110], [300, 310, 290], 80),
];

describe('summarizeBrowser', () => {
  const s = summarizeBrowser(pages);

  it('totals medians over the saved and dense pages only, against the floor of the same pages', () => {
    expect(s.total.pages).toBe(2);
    expect(s.total.caravanMs).toBe(11 + 50);
    expect(s.total.floorMs).toBe(21 + 100);
    expect(s.total.caravanOverFloor).toBeCloseTo(61 / 121, 9);
  });

  it('leaves a page without any Caravan figure out of the totals, floor included, and names it', () => {
    const lost = summarizeBrowser([...pages, { ...page('qq', 'saved', [], [50, 50, 50], []), runs: { caravan: [{ error: 'no profile' }], floor: [peer(50)], markjs: [] } }]);
    expect(lost.total.pages).toBe(2);
    expect(lost.total.floorMs).toBe(121);
    expect(lost.total.missing).toEqual(['qq']);
    expect(summaryTable([{ name: 'firefox', version: 'Firefox 2', summary: lost }])).toContain('(2 pages: no qq)');
  });

  it('reads the per-frame costs from the one-frame pages', () => {
    expect(s.noText).toBe(2);
    expect(s.noTopic).toBe(4);
    expect(s.matcher).toBe(30);
  });

  it('counts as topic pages the counted pages where Caravan marked something, with mark.js beside the floor', () => {
    expect(s.topic.pages).toEqual(['dense']);
    expect(s.topic.caravanMs).toBe(50);
    expect(s.topic.markjsOverFloor).toBeCloseTo(3, 9);
    expect(s.topic.firstMarkMs).toBe(20);
  });

  it('takes the worst page for the longest task', () => {
    expect(s.longestTaskMs).toBe(25);
  });
});

describe('scriptMedians', () => {
  it('is the median per script, a script missing from a run counting 0 there', () => {
    const runs = [{ byScript: { 'a.js': 1, 'b.js': 4 } }, { byScript: { 'a.js': 3 } }, { byScript: { 'a.js': 2, 'b.js': 6 } }, { error: 'x' }];
    expect(scriptMedians(runs)).toEqual({ 'a.js': 2, 'b.js': 4 });
  });
});

describe('the Markdown', () => {
  const results = {
    date: '2026-12-04T00:00:00Z',
    commit: 'abc1234',
    elapsedS: 60,
    machine: { cpus: 2, cpuModel: 'cpu', memGb: 8, os: 'Linux', loadStart: '1.0 1.0 1.0', loadEnd: '2.0 2.0 2.0' },
    options: { runs: 3, argv: '--quick' },
    shipped: { chromium: { perFrame: [{ file: 'content.js', bytes: 10240 }], lazy: [{ file: 'detector.js', bytes: 204800 }] } },
    markjsVersion: '8.11.1',
    gazetteer: { entities: 1, forms: 2 },
    floor: { alternatives: 2 },
    browsers: [
      { name: 'chromium', version: 'Chromium 1', peerVersion: 'Chromium 1', pages, summary: summarizeBrowser(pages) },
      { name: 'firefox', version: 'Firefox 2', peerVersion: 'Firefox 2', pages, summary: summarizeBrowser(pages) },
    ],
  };

  it('has one summary row per figure and a column per browser', () => {
    const t = summaryTable(results.browsers);
    const lines = t.split('\n');
    expect(lines[0]).toBe('| median of runs | Chromium 1 | Firefox 2 |');
    expect(t).toContain('| Caravan ÷ floor (target ≤ 0.5×) | **0.50×** | **0.50×** |');
    expect(t).toMatch(/\| a frame without text, ms \(target < 1\) \| 2\.00 \| 2\.00 \|/);
    // Both browsers give a longest task now (Firefox from its LongTask markers), with the count of 50 ms or more.
    expect(t.split('\n').find((l) => l.startsWith('| longest task with Caravan'))?.match(/\(0 ≥ 50 ms\)/g)).toHaveLength(2);
  });

  it('prints the one table with the commit, the runs and the load of the machine under it', () => {
    const out = readmeTable(results);
    expect(out.split('\n').filter((l) => l.startsWith('| median of runs'))).toHaveLength(1);
    expect(out).toContain('commit abc1234, release build; 3 runs per page, medians');
    expect(out).toContain('load average 1.0 1.0 1.0 → 2.0 2.0 2.0');
    expect(out).not.toContain('| **dense** |');
  });

  it('names what every frame loads and what is imported, and the load of the machine', () => {
    const md = renderMarkdown(results);
    expect(md).toContain('every frame: content.js 10 KB; importable: detector.js 200 KB');
    expect(md).toContain('load average 1.0 1.0 1.0 at start, 2.0 2.0 2.0 at end');
    expect(md).toContain('| **dense** |');
  });
});
