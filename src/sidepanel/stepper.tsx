/**
 * Steps through one entity's mentions on the page from the side panel: previous/next scroll the
 * page to that mention, mark it current and flash it, and say which one of how many it is. The
 * reader's focus stays here; the content script's `navigate-mention` with the entity does the rest.
 */
import { useEffect, useState } from 'preact/hooks';
import { log } from '../shared/log';
import { sendToTab } from '../shared/messaging';
import { t, tCount } from '../ui/i18n';
import type { OnPage } from '../popup/app';
import type { TabInfo } from '../popup/tab';
import { positionAfterReread, type StepPosition } from './panel-state';

export interface StepperProps {
  tab: TabInfo;
  entity: string;
  onPage: OnPage;
  revision: number;
}

type Position = StepPosition | null;

export function Stepper({ tab, entity, onPage, revision }: StepperProps) {
  const [position, setPosition] = useState<Position>(null);
  const [failed, setFailed] = useState(false);
  // Another entity, tab, page or frame: the count starts again from what the page says.
  useEffect(() => {
    setPosition(null);
    setFailed(false);
  }, [tab.id, tab.loads, entity, onPage.frame]);
  // The same page read again: the place stays if the entity's count did.
  useEffect(() => {
    setPosition((p) => positionAfterReread(p, onPage.count));
  }, [revision, onPage.count]);

  const step = (direction: 1 | -1): void => {
    sendToTab(tab.id, 'navigate-mention', { direction, entity }, onPage.frame)
      .then((at) => {
        setFailed(at.index < 0);
        setPosition(at.index < 0 ? null : at);
      })
      .catch((error: unknown) => {
        log.warn('navigate-mention failed:', error);
        setFailed(true);
      });
  };

  const total = position?.total ?? onPage.count;
  return (
    <div class="stepper" role="group" aria-label={t('sidePanelStepLabel')}>
      <button type="button" class="step" onClick={() => step(-1)} aria-label={t('sidePanelPrevious')} title={t('sidePanelPrevious')}>
        <span aria-hidden="true">↑ {t('sidePanelPreviousShort')}</span>
      </button>
      <button type="button" class="step" onClick={() => step(1)} aria-label={t('sidePanelNext')} title={t('sidePanelNext')}>
        <span aria-hidden="true">↓ {t('sidePanelNextShort')}</span>
      </button>
      <span class="step-status" role="status" aria-live="polite" data-index={position ? position.index : ''} data-total={total}>
        {failed ? t('sidePanelNotShown') : position ? t('sidePanelPosition', [position.index + 1, position.total]) : tCount('sidePanelOnPage', total)}
      </span>
    </div>
  );
}
