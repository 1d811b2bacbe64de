// The tools column's logs: every call the bot made to the Slack stand-in, and every signed request sent to the app.
import { $, el } from './dom.js';

export function renderCallLogs(snap) {
  const calls = $('api-calls');
  calls.textContent = '';
  snap.apiCalls.forEach((c) => {
    const li = el('li', c.unexpected ? 'unexpected' : '', c.method + (c.ok ? ' ✓ ' : ' ✗ ' + c.error + ' ') + c.summary);
    if (c.detail) li.title = c.detail; // a refusal: every broken limit with its page in Slack's documentation
    calls.append(li);
  });
  const requests = $('app-requests');
  requests.textContent = '';
  snap.appRequests.forEach((r) => {
    requests.append(el('li', r.status === 200 ? '' : 'unexpected', r.kind + ' → ' + (r.status || 'no answer') + ' · ' + r.summary));
  });
}
