import { describe, expect, it } from 'vitest';
import { fairYield } from './fair-yield';

describe('fairYield', () => {
  const setup = (everyMs = 16) => {
    let clock = 0;
    const calls: string[] = [];
    const y = fairYield(
      async () => void calls.push('fast'),
      async () => void calls.push('timer'),
      everyMs,
      () => clock,
    );
    return { y, calls, advance: (ms: number) => (clock += ms) };
  };

  it('yields by the fast way while less than everyMs passed since the last timer', async () => {
    const { y, calls, advance } = setup();
    for (let i = 0; i < 3; i++) {
      advance(5);
      await y();
    }
    expect(calls).toEqual(['fast', 'fast', 'fast']);
  });

  it('goes through a timer once everyMs passed, then counts again from there', async () => {
    const { y, calls, advance } = setup();
    advance(16);
    await y();
    advance(10);
    await y();
    advance(6);
    await y();
    expect(calls).toEqual(['timer', 'fast', 'timer']);
  });

  it('uses a timer at every yield when slices are as long as everyMs', async () => {
    const { y, calls, advance } = setup(4);
    for (let i = 0; i < 4; i++) {
      advance(4);
      await y();
    }
    expect(calls).toEqual(['timer', 'timer', 'timer', 'timer']);
  });
});
