// The sandbox page: draws what the acting person would see in Slack and turns their clicks into sandbox requests.
// Text from the bot or people is only ever inserted with textContent / text nodes, never as HTML.
// Each part of the page is a module of its own; this one draws them all from each new snapshot and starts the page.
import { ui } from './page-state.js';
import { redrawWith, poll } from './page-api.js';
import { renderSidebar, wireActingAs } from './sidebar.js';
import { renderPane, wireComposer } from './channel-pane.js';
import { renderModal } from './modals.js';
import { renderClock, wireClockAndDemo } from './clock-and-demo.js';
import { renderCallLogs } from './call-logs.js';
import { renderWorkspaces } from './workspaces.js';
import { closeOverflowMenusOnClickElsewhere } from './block-elements.js';

function render() {
  const snap = ui.snap;
  renderSidebar(snap);
  renderPane(snap);
  renderModal(snap);
  renderClock(snap);
  renderCallLogs(snap);
  renderWorkspaces(snap);
}

redrawWith(render);
wireActingAs();
wireComposer();
wireClockAndDemo();
closeOverflowMenusOnClickElsewhere();
poll();
