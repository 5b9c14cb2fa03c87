// @vitest-environment happy-dom
/**
 * The detector over the packed matcher (src/matching/packed.ts, what the content script loads since
 * decision 0220): the same mentions as over the compiled matcher, through the session's slices.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../matching/compile';
import { packedMatcher } from '../../matching/packed';
import { packMatcher } from '../../matching/packed-build';
import { FIXTURE } from '../../matching/test-fixture';
import type { Matcher } from '../../matching/types';
import { createSession } from './session';

const tooltip = () => ({ open: () => undefined, close: () => undefined, destroy: () => undefined }) as never;
const marks = { contextMarking: 'everywhere', mutedEntities: [], mutedTypes: [], factlessEntities: 'dim', disabledSources: [] } as const;
const meta = () => ({ scopeOf: () => 'core' as const, typeOf: () => 'country' as const, factSources: {} });

const PAGE = [
  '<h1>Kazakhstan and Afghanistan</h1>',
  '<p>Tokayev met officials in Kabul; Kasachstans Regierung und die afghanische Seite sprachen in Herat.</p>',
  '<p>Казахстан и Афганистан подписали соглашение в Кабуле, Токаев прибыл в Москву.</p>',
  '<p dir="rtl">قزاقستان و افغانستان در کابل و هرات به توافق رسیدند.</p>',
].join('');

async function mentionsWith(matcher: Matcher) {
  document.body.innerHTML = PAGE;
  const session = createSession({ matcher: async () => matcher, tooltip, onReport: () => undefined, meta });
  session.apply({ runs: true, markStyle: 'underline', marks });
  const { mentions, state } = await session.mentions();
  expect(state).toBe('idle');
  expect(session.status()).toBe('ready');
  session.apply({ runs: false, markStyle: 'underline', marks });
  return mentions.map((m) => ({ entity: m.entity, text: m.text }));
}

describe('detection with the packed matcher', () => {
  beforeEach(() => {
    // happy-dom has no StaticRange; the detector makes one per mention.
    vi.stubGlobal('StaticRange', class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('finds the same mentions as the compiled matcher, in every script', async () => {
    const packed = await mentionsWith(packedMatcher(packMatcher(FIXTURE)));
    const compiled = await mentionsWith(compileMatcher(FIXTURE));
    expect(packed).toEqual(compiled);
    expect(new Set(packed.map((m) => m.entity))).toEqual(new Set(['kazakhstan', 'afghanistan', 'tokayev', 'kabul', 'herat', 'moscow']));
  });
});
