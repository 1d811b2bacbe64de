// The open channel, direct message or Home tab: its messages with their threads, the ephemeral notes, and the composer.
import { $, el } from './dom.js';
import { HOME, ZONE, ui, person, me } from './page-state.js';
import { mrkdwn } from './slack-text.js';
import { renderBlocks } from './block-kit.js';
import { post, refresh } from './page-api.js';

export function renderPane(snap) {
  const pane = $('pane');
  const atBottom = pane.scrollHeight - pane.scrollTop - pane.clientHeight < 40;
  const scrolledTo = pane.scrollTop;
  pane.textContent = '';
  const form = $('composer-form');
  if (ui.channel === HOME) {
    $('channel-title').textContent = 'MAP Bot · Home';
    $('channel-badge').textContent = '';
    form.classList.add('disabled');
    const home = el('div', 'home-pane');
    if (snap.home) home.append(renderBlocks(snap.home.view.blocks, { source: { type: 'view', viewId: snap.home.id } }));
    else home.append(el('div', 'empty', 'MAP Bot has not published a Home tab for you yet.'));
    pane.append(home);
    return;
  }
  form.classList.remove('disabled');
  const channel = snap.channels.find((c) => c.id === ui.channel);
  $('channel-title').textContent = (channel.kind === 'dm' ? '' : '#') + channel.name;
  $('channel-badge').textContent = channel.kind === 'shared' ? 'Shared with Acme Corp (Slack Connect)'
    : channel.kind === 'internal' ? 'Private · Northwind Software only' : 'App direct messages';
  const messages = snap.messages[ui.channel] || [];
  const top = messages.filter((m) => !m.threadTs || m.threadTs === m.ts);
  const items = top.map((m) => ({ ts: m.ts, node: renderMessage(m, messages) }))
    .concat(snap.ephemerals.filter((e) => e.channel === ui.channel).map((e) => ({ ts: e.ts, node: renderEphemeral(e) })));
  items.sort((a, b) => Number(a.ts) - Number(b.ts));
  if (items.length === 0) pane.append(el('div', 'empty', 'No messages yet. Type /map help below.'));
  items.forEach((i) => pane.append(i.node));
  // A redraw keeps the reader where they were, e.g. in a thread further up, unless they were following the newest.
  if (atBottom || ui.scrollDown) { pane.scrollTop = pane.scrollHeight; ui.scrollDown = false; } else pane.scrollTop = scrolledTo;
}

function avatar(id) {
  const p = person(id);
  const kind = id === 'USLACKBOT' ? 'slackbot' : p.bot ? 'bot' : p.teamId === 'T0SELLER' ? 'seller' : 'customer';
  return el('div', 'avatar ' + kind, (p.name || '?').split(' ').map((w) => w[0]).join('').slice(0, 2));
}
function meta(id, ts, edited) {
  const p = person(id);
  const row = el('div', 'meta');
  row.append(el('span', 'author', p.name));
  if (p.bot) row.append(el('span', 'app-badge', 'APP'));
  if (!p.bot && p.teamId && p.teamId !== me().teamId) row.append(el('span', 'org-badge', p.org));
  row.append(el('span', 'time', timeOf(ts)));
  if (edited) row.append(el('span', 'edited', '(edited)'));
  return row;
}
function timeOf(ts) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: me().tz || ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit' })
    .format(new Date(Number(ts) * 1000));
}

function renderMessage(m, all) {
  const node = el('div', 'msg');
  node.dataset.ts = m.ts;
  const body = el('div', 'msg-body');
  body.append(meta(m.user, m.ts, m.edited && !m.deleted));
  if (m.deleted) {
    body.append(el('div', 'deleted', 'This message was deleted.'));
  } else {
    body.append(content(m, { source: { type: 'message', channel: ui.channel, ts: m.ts } }));
  }
  const replies = all.filter((r) => r.threadTs === m.ts && r.ts !== m.ts);
  if (replies.length) {
    const thread = el('div', 'thread');
    thread.append(el('div', 'thread-count', replies.length + (replies.length === 1 ? ' reply' : ' replies')));
    replies.forEach((r) => thread.append(renderMessage(r, [])));
    body.append(thread);
  }
  node.append(avatar(m.user), body);
  return node;
}
function renderEphemeral(e) {
  const node = el('div', 'msg ephemeral');
  node.dataset.ephemeral = e.id;
  const body = el('div', 'msg-body');
  body.append(el('div', 'only-you', '👁 Only visible to you'), meta(e.user, e.ts, false));
  body.append(content(e, { source: { type: 'ephemeral', channel: ui.channel, ephemeralId: e.id } }));
  node.append(avatar(e.user), body);
  return node;
}
function content(m, ctx) {
  const box = el('div', 'content');
  if (m.blocks && m.blocks.length) box.append(renderBlocks(m.blocks, ctx));
  else if (m.text) { const t = el('div', 'section-text'); t.append(mrkdwn(m.text)); box.append(t); }
  if (m.file) {
    const file = el('div', 'file');
    const a = el('a', null, m.file.title);
    a.href = m.file.url;
    a.target = '_blank';
    file.append(el('span', null, '📄'), a, el('span', 'time', Math.max(1, Math.round(m.file.size / 1024)) + ' KB'));
    box.append(file);
  }
  return box;
}

export function wireComposer() {
  $('composer-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const box = $('composer');
    const text = box.value.trim();
    if (!text || ui.channel === HOME) return;
    box.value = '';
    ui.scrollDown = true;
    if (text.startsWith('/')) await post('/sandbox/command', { as: ui.as, channel: ui.channel, text });
    else await post('/sandbox/message', { as: ui.as, channel: ui.channel, text });
    refresh(true);
  });
  $('composer').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('composer-form').requestSubmit(); }
  });
}
