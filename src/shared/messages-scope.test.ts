// The scope messages (decision 0190), apart from messages.test.ts so the two change apart.
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './messages';

describe('topic messages', () => {
  it('topic-evidence goes to the background with counts and entity ids', () => {
    const params = { core: 3, coreEntities: ['kazakhstan', 'kabul'], chars: 1200 };
    expect(parseEnvelope({ type: 'topic-evidence', params }, 'background')).toEqual({ ok: true, type: 'topic-evidence', params });
    for (const bad of [
      { core: -1, coreEntities: [], chars: 0 },
      { core: 1.5, coreEntities: [], chars: 0 },
      { core: 1, coreEntities: ['<b>'], chars: 0 },
      { core: 1, coreEntities: [], chars: 0, onTopic: true },
      { core: 1, coreEntities: [] },
    ]) {
      expect(parseEnvelope({ type: 'topic-evidence', params: bad }, 'background'), JSON.stringify(bad)).toMatchObject({ ok: false });
    }
    expect(parseEnvelope({ type: 'topic-evidence', params }, 'content')).toMatchObject({ ok: false });
  });
  it('topic-changed goes to the content script with a boolean only', () => {
    expect(parseEnvelope({ type: 'topic-changed', params: { onTopic: true } }, 'content')).toMatchObject({ ok: true, params: { onTopic: true } });
    expect(parseEnvelope({ type: 'topic-changed', params: { onTopic: 'yes' } }, 'content')).toMatchObject({ ok: false });
    expect(parseEnvelope({ type: 'topic-changed', params: { onTopic: true } }, 'background')).toMatchObject({ ok: false });
  });
});
