// The Workspaces panel: which seller workspaces have installed MAP Bot, "Add to Slack" to install it in another
// (the real OAuth flow, in a tab of its own: the app's install page, the stand-in's consent page, back to the app),
// and Uninstall, which Slack follows with tokens_revoked and app_uninstalled.
import { $, el } from './dom.js';
import { post, refresh, flash } from './page-api.js';

export function renderWorkspaces(snap) {
  const add = $('add-to-slack');
  add.href = snap.installUrl;
  const list = $('workspace-list');
  list.textContent = '';
  snap.workspaces.forEach((w) => {
    const item = el('li');
    item.dataset.team = w.teamId;
    const status = w.installed ? 'installed' : w.everInstalled ? 'uninstalled: its plans are paused' : 'not installed';
    item.append(el('strong', null, w.name), el('span', 'hint', ' · ' + status + (w.installed ? ' · #' + w.sharedChannel : '')));
    if (w.installed) {
      const remove = el('button', null, 'Uninstall');
      remove.type = 'button';
      remove.id = 'uninstall-' + w.teamId;
      remove.addEventListener('click', async () => {
        const result = await post('/sandbox/uninstall', { team: w.teamId });
        if (result && result.ok === false && result.text) flash(result.text);
        refresh(true);
      });
      item.append(' ', remove);
    }
    list.append(item);
  });
  const shared = snap.channels.find((c) => c.kind === 'shared');
  if (shared) $('arrive').textContent = 'Join #' + shared.name;
}
