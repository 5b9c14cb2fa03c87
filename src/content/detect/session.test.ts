// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../matching/runtime';
import type { Matcher } from '../../matching/types';
import { createSession } from './session';

const tooltip = () => ({ open: () => undefined, close: () => undefined, destroy: () => undefined }) as never;
const marks = { contextMarking: 'topic', mutedEntities: [], mutedTypes: [], factlessEntities: 'dim', disabledSources: [] } as const;
const meta = () => ({ scopeOf: () => 'core' as const, typeOf: () => 'country' as const, factSources: {} });
const deps = { tooltip, onReport: () => undefined, meta };

function page(): void {
  document.body.innerHTML = '<p>Kazakhstan and Afghanistan signed a trade agreement in Kabul last year, with more to come.</p>';
}

describe('detection status', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is failed, with no mentions, when the matcher fails to compile, and the failure is logged once', async () => {
    page();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = Promise.reject(new Error('bad gazetteer'));
    failing.catch(() => undefined);
    const session = createSession({ matcher: () => failing, ...deps });
    expect(session.status()).toBe('off');
    session.apply({ runs: true, markStyle: 'underline', marks });
    expect((await session.mentions()).mentions).toEqual([]);
    expect(session.status()).toBe('failed');
    // Paused and resumed: a new detector asks again, and the same failure is not logged again.
    session.apply({ runs: false, markStyle: 'underline', marks });
    expect(session.status()).toBe('off');
    session.apply({ runs: true, markStyle: 'underline', marks });
    await session.mentions();
    expect(session.status()).toBe('failed');
    expect(error.mock.calls.filter((c) => String(c[0]).includes('failed to compile'))).toHaveLength(1);
  });

  it('is ready once the matcher compiled', async () => {
    page();
    // happy-dom has no StaticRange; the detector makes one per mention.
    vi.stubGlobal(
      'StaticRange',
      class {
        constructor(init: object) {
          Object.assign(this, init);
        }
      },
    );
    const matcher: Matcher = compileMatcher([
      { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan' } },
      { id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul' } },
    ] as never);
    const session = createSession({ matcher: async () => matcher, ...deps });
    session.apply({ runs: true, markStyle: 'underline', marks });
    const { mentions: found, state } = await session.mentions();
    expect(state).toBe('idle');
    expect(session.status()).toBe('ready');
    expect(found.map((m) => m.entity)).toEqual(['kazakhstan', 'kabul']);
    vi.unstubAllGlobals();
  });

  it('turns the frame on topic from its own mentions (counted per entity, decision 0312), and not on context names alone', async () => {
    vi.stubGlobal(
      'StaticRange',
      class {
        constructor(init: object) {
          Object.assign(this, init);
        }
      },
    );
    const matcher: Matcher = compileMatcher([
      { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan' } },
      { id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul' } },
      { id: 'moscow', type: 'city', scope: 'context', names: { en: 'Moscow' } },
    ] as never);
    const scopes: Record<string, 'core' | 'context'> = { kazakhstan: 'core', kabul: 'core', moscow: 'context' };
    const withScopes = { ...deps, meta: () => ({ ...meta(), scopeOf: (e: string) => scopes[e] }) };

    document.body.innerHTML = '<p>Kazakhstan sent grain to Kabul.</p><p>Kabul thanked Kazakhstan, and Kabul asked for more.</p>';
    const on = createSession({ matcher: async () => matcher, ...withScopes });
    on.apply({ runs: true, markStyle: 'underline', marks });
    await on.mentions();
    expect(on.onTopic).toBe(true);
    on.apply({ runs: false, markStyle: 'underline', marks });

    document.body.innerHTML = '<p>Moscow, Moscow and Moscow again, with Kabul once.</p>';
    const off = createSession({ matcher: async () => matcher, ...withScopes });
    off.apply({ runs: true, markStyle: 'underline', marks });
    await off.mentions();
    expect(off.onTopic).toBe(false);
    off.apply({ runs: false, markStyle: 'underline', marks });
    vi.unstubAllGlobals();
  });
});
