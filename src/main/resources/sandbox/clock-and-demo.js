// The tools column's controls: the sandbox clock and its buttons, the demo and its transcript, clearing Slack, and
// joining the shared channel as the acting person.
import { $, el } from './dom.js';
import { mrkdwn } from './slack-text.js';
import { ui } from './page-state.js';
import { post, refresh } from './page-api.js';

export function renderClock(snap) {
  $('clock-now').textContent = snap.nowText;
}

export function wireClockAndDemo() {
  document.querySelectorAll('[data-move]').forEach((b) => b.addEventListener('click', async () => {
    await post('/sandbox/clock', { move: b.dataset.move });
    refresh(true);
  }));
  $('load-demo').addEventListener('click', async () => {
    const list = $('demo-transcript');
    list.textContent = '';
    list.append(el('li', null, 'Running…'));
    const result = await post('/sandbox/demo', {});
    list.textContent = '';
    // The bot's answers in the transcript are mrkdwn: mentions, dates and emoji render as they do in the channel.
    ((result && result.transcript) || []).forEach((line) => { const li = el('li'); li.append(mrkdwn(line)); list.append(li); });
    refresh(true);
  });
  $('reset').addEventListener('click', async () => { await post('/sandbox/reset', {}); refresh(true); });
  $('arrive').addEventListener('click', async () => { await post('/sandbox/arrive', { as: ui.as }); refresh(true); });
}
