/**
 * The side panel (Chromium's side panel, Firefox's sidebar): the fact panel of the popup beside the
 * page, following the tab the reader is on, with a stepper through an entity's mentions
 * (decision 0240). Opened in a tab with `?tab=<id>` (where the browser would not open the side
 * panel), it stays with that tab.
 */
import '../ui/perf-start';
import '../ui/base.css';
import '../popup/popup.css';
import './sidepanel.css';
import { render } from 'preact';
import { App, type Surface } from '../popup/app';
import { useFollowedTab } from './follow-tab';
import { pinnedTab } from './panel-state';
import { Stepper } from './stepper';
import { useRequest } from './use-request';

const pinned = pinnedTab(location.search) !== null;

function SidePanel() {
  const followed = useFollowedTab();
  const request = useRequest(followed.windowId, pinned);
  const surface: Surface = {
    useTab: () => followed,
    useRequest: () => request,
    entityTools: (props) => <Stepper {...props} />,
  };
  return <App surface={surface} />;
}

document.documentElement.classList.add(pinned ? 'panel-in-tab' : 'in-side-panel');
render(<SidePanel />, document.getElementById('app')!);
performance.mark('caravan-first-render');
