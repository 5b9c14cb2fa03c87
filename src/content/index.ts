/** The content script: runs in every frame, detects mentions and explains them. */
import { listen } from '../shared/messaging';

listen('content', {
  'page-mentions': () => ({ mentions: [] }),
});
