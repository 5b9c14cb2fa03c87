import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings-keys';
import { pushRunSettings, runSettingsOf } from './run-settings-push';

describe('run settings for the loaders (decision 0326)', () => {
  const settings = runSettingsOf({ ...DEFAULT_SETTINGS, pausedSites: ['a.org'], theme: 'dark' });

  it('sends only the four settings the loaders decide by', () => {
    expect(settings).toEqual({ runOn: 'all', allowedSites: [], pausedSites: ['a.org'], contextMarking: 'topic' });
  });

  it('tells every tab of a change, and a tab without a content script does not stop the others', async () => {
    const sent: Array<[number, unknown]> = [];
    await pushRunSettings(
      async (id, message) => {
        sent.push([id, message]);
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      [1, 2, 3],
    );
    expect(sent).toEqual([1, 2, 3].map((id) => [id, { type: 'run-settings' }]));
  });
});
