// The page's requests: its actions as same-origin JSON POSTs, and the state, polled with the X-Sandbox-Page header
// and redrawn only when it changed.
import { $, el } from './dom.js';
import { ui } from './page-state.js';

let redraw = () => {};
// Set by the page's entry module, which knows every part there is to draw; set before the first refresh.
export function redrawWith(render) { redraw = render; }

export async function post(path, body) {
  try {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return await response.json();
  } catch (e) {
    flash('The sandbox did not answer: ' + e.message);
    return null;
  }
}
export function flash(text) {
  const pane = $('pane');
  const note = el('div', 'msg ephemeral');
  note.append(el('div', 'msg-body', text));
  pane.append(note);
}

let refreshing = false;
export async function refresh(force) {
  if (refreshing && !force) return;
  refreshing = true;
  try {
    const response = await fetch('/sandbox/state?as=' + encodeURIComponent(ui.as), { headers: { 'X-Sandbox-Page': '1' } });
    const snap = await response.json();
    const key = snap.version + '|' + ui.as + '|' + ui.channel;
    if (force || key !== ui.key) {
      ui.snap = snap;
      ui.key = key;
      redraw();
    }
  } catch (e) {
    // The app may be restarting; the next poll tries again.
  } finally {
    refreshing = false;
  }
}

export function poll() {
  refresh(true);
  setInterval(() => refresh(false), 700);
}
