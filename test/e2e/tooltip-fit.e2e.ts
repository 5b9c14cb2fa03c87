/**
 * The tooltip fits the window it opens in (issue 19): in a laptop-sized window (1366×657), opened
 * on a mention at the top, the middle and the bottom of the window, and in a window the size of a small iframe (600×260), the
 * card and its header (name, pin, close) stay inside the viewport; what does not fit scrolls inside.
 * The facts are the real pack's (Kazakhstan has many: the card wants more height than the room).
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser, type TestPage } from './harness';
import { readTip, sleep } from './harness/tooltip-probe';

type Box = [number, number, number, number];
interface Bounds {
  card: Box;
  head: Box;
  viewport: [number, number];
}

/** Centre of "Kazakhstan" in #target. */
function mentionCentre(page: TestPage): Promise<[number, number]> {
  return page.evaluate(() => {
    const node = document.querySelector('#target')!.firstChild!;
    const at = node.textContent!.indexOf('Kazakhstan');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'Kazakhstan'.length);
    const r = range.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
  });
}

/** Hovers the mention until its tooltip is open with its facts (detection may still be running). */
async function openOn(page: TestPage): Promise<Bounds> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [x, y] = await mentionCentre(page);
    await page.mouseMove(x, y);
    for (let i = 0; i < 20; i++) {
      const tip = await readTip(page);
      if (tip?.placed === 'true' && tip.status === 'ready' && tip.bounds) {
        // Floating UI places the card again once its facts arrived: wait until two reads agree.
        let last = tip.bounds;
        for (let settle = 0; settle < 40; settle++) {
          await sleep(100);
          const now = (await readTip(page))?.bounds;
          if (now === last) break;
          last = now ?? last;
        }
        return JSON.parse(last) as Bounds;
      }
      await sleep(50);
    }
    await page.mouseMove(5, 5);
    await sleep(300);
  }
  throw new Error('the tooltip never opened with its facts');
}

function expectInside(b: Bounds): void {
  const [w, h] = b.viewport;
  expect(b.card[0]).toBeGreaterThanOrEqual(0);
  expect(b.card[1]).toBeGreaterThanOrEqual(0);
  expect(b.card[2]).toBeLessThanOrEqual(w);
  expect(b.card[3]).toBeLessThanOrEqual(h);
  // The header is inside the card and so inside the window.
  expect(b.head[1]).toBeGreaterThanOrEqual(b.card[1]);
  expect(b.head[3]).toBeLessThanOrEqual(b.card[3]);
  expect(b.head[3] - b.head[1]).toBeGreaterThan(10);
}

describeInBrowsers('tooltip fit', (name) => {
  const session = useBrowser(name);

  for (const [where, fraction] of [
    ['top', 0.06],
    ['middle', 0.5],
    ['bottom', 0.93],
  ] as const) {
    it(`fits a 1366×657 window, opened at the ${where}`, async () => {
      const page = await session.browser.newPage(session.server.url(`/tooltip-fit.html?at=${where}`));
      try {
        await page.setViewport(1366, 657);
        await page.bringToFront();
        await page.evaluate((fraction) => {
          const r = document.querySelector('#target')!.getBoundingClientRect();
          scrollBy(0, r.top - innerHeight * fraction);
        }, fraction);
        const b = await openOn(page);
        expect(b.viewport).toEqual([1366, 657]);
        expectInside(b);
        // The card is not squeezed to nothing: it shows the header and at least a line of facts.
        expect(b.card[3] - b.card[1]).toBeGreaterThan(90);
        expect(b.card[2] - b.card[0]).toBeGreaterThan(300);
      } finally {
        await page.close();
      }
    });
  }

  it('opens the one-line description whole, and keeps the header in view', async () => {
    const page = await session.browser.newPage(session.server.url('/tooltip-fit.html?at=describe'));
    try {
      await page.setViewport(1366, 657);
      await page.bringToFront();
      await page.evaluate(() => {
        const r = document.querySelector('#target')!.getBoundingClientRect();
        scrollBy(0, r.top - innerHeight * 0.3);
      });
      await openOn(page);
      let tip = (await readTip(page))!;
      expect(JSON.parse(tip.desc!)).toEqual({ toggle: 'false', lines: 1 });
      const [x, y] = (JSON.parse(tip.rects!) as Record<string, [number, number]>).describe!;
      await page.mouseMove(x, y);
      await page.mouseClick(x, y);
      for (let i = 0; i < 40 && JSON.parse(tip.desc!).toggle !== 'true'; i++) {
        await sleep(50);
        tip = (await readTip(page))!;
      }
      const desc = JSON.parse(tip.desc!) as { toggle: string; lines: number };
      expect(desc.toggle).toBe('true');
      expect(desc.lines).toBeGreaterThan(1);
      expectInside(JSON.parse(tip.bounds!) as Bounds);
    } finally {
      await page.close();
    }
  });

  it('fits a window 260 px high, as in a small iframe', async () => {
    // The frame's own page in a window of a small iframe's size: the tooltip is placed in the
    // viewport of the document it is in, which for a frame is the frame's box. (The harness reads
    // the closed shadow root of a top document only.)
    const page = await session.browser.newPage(session.server.url('/tooltip-fit-frame.html'));
    try {
      await page.setViewport(600, 260);
      await page.bringToFront();
      const b = await openOn(page);
      expect(b.viewport).toEqual([600, 260]);
      expectInside(b);
    } finally {
      await page.close();
    }
  });

});
