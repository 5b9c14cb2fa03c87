import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './messages';

// The entity-card request's optional context (the other entities of the mention's paragraph).
describe('entity-card context', () => {
  it('accepts a list of entity ids, and a request without one', () => {
    expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kazakhstan', context: ['taliban', 'kabul'] } }, 'background')).toEqual({
      ok: true,
      type: 'entity-card',
      params: { entity: 'kazakhstan', context: ['taliban', 'kabul'] },
    });
    expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kazakhstan' } }, 'background')).toMatchObject({ ok: true });
  });

  it('refuses a context that is not a short list of entity ids', () => {
    for (const context of ['taliban', ['<b>x</b>'], [1], Array.from({ length: 65 }, (_, i) => `e${i}`)]) {
      expect(parseEnvelope({ type: 'entity-card', params: { entity: 'kazakhstan', context } }, 'background')).toMatchObject({ ok: false });
    }
  });
});
