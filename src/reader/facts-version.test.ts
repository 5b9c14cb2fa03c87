import { describe, expect, it } from 'vitest';
import { followReaderFacts, nextFactsVersion, READER_FACTS_KEY } from './facts-version';

type Listener = (changes: Record<string, unknown>, area: string) => void;

function fakeStorage() {
  const listeners = new Set<Listener>();
  return {
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    fire: (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area)),
    get count() {
      return listeners.size;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('followReaderFacts', () => {
  it('asks at once and again after each bump of the version in storage.local, ignoring other changes', async () => {
    const storage = fakeStorage();
    let n = 0;
    const got: Array<[number, boolean]> = [];
    const stop = followReaderFacts(storage, () => Promise.resolve(++n), (v, initial) => got.push([v, initial]), () => undefined, 0);
    await tick();
    expect(got).toEqual([[1, true]]);
    storage.fire({ 'setting.theme': {} }, 'sync');
    storage.fire({ [READER_FACTS_KEY]: {} }, 'sync');
    await tick();
    expect(got).toEqual([[1, true]]);
    storage.fire({ [READER_FACTS_KEY]: { newValue: nextFactsVersion() } }, 'local');
    await tick();
    expect(got).toEqual([[1, true], [2, false]]);
    stop();
    expect(storage.count).toBe(0);
  });

  it('delivers only the latest answer when an earlier one comes late', async () => {
    const storage = fakeStorage();
    const pending: Array<(v: string) => void> = [];
    const got: string[] = [];
    followReaderFacts(storage, () => new Promise<string>((r) => pending.push(r)), (v) => got.push(v), () => undefined, 0);
    storage.fire({ [READER_FACTS_KEY]: {} }, 'local');
    await tick();
    pending[1]!('new');
    pending[0]!('old');
    await tick();
    expect(got).toEqual(['new']);
  });

  it('asks once for bumps that come close together (an import of many sources)', async () => {
    const storage = fakeStorage();
    let n = 0;
    const got: number[] = [];
    followReaderFacts(storage, () => Promise.resolve(++n), (v) => got.push(v), () => undefined, 20);
    await tick();
    for (let i = 0; i < 5; i++) storage.fire({ [READER_FACTS_KEY]: {} }, 'local');
    await new Promise((r) => setTimeout(r, 60));
    expect(got).toEqual([1, 2]);
    expect(n).toBe(2);
  });

  it('passes a failed request to onError', async () => {
    const storage = fakeStorage();
    const errors: unknown[] = [];
    followReaderFacts(storage, () => Promise.reject(new Error('asleep')), () => undefined, (e) => errors.push(e));
    await tick();
    expect(errors).toHaveLength(1);
  });

  it('makes a new version every time, even within one millisecond', () => {
    expect(nextFactsVersion(5)).not.toBe(nextFactsVersion(5));
  });
});
