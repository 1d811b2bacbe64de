// The sidebar: the acting person's workspace, the person picker, and the channels, direct messages and Home.
import { $, el } from './dom.js';
import { HOME, ui, me } from './page-state.js';
import { post, refresh } from './page-api.js';

export function renderSidebar(snap) {
  renderPeople(snap);
  const self = me();
  const org = snap.organisations.find((o) => o.teamId === self.teamId);
  $('workspace-name').textContent = org ? org.name : '';
  $('workspace-note').textContent = org && org.installedApp ? 'Installed MAP Bot · ' + (self.title || '') : 'Guest in the shared channel · ' + (self.title || '');
  if (ui.channel !== HOME && !snap.channels.some((c) => c.id === ui.channel)) ui.channel = (snap.channels.find((c) => c.kind === 'shared') || snap.channels[0]).id;
  renderChannels(snap);
}

function renderPeople(snap) {
  const select = $('acting-as');
  const key = snap.people.map((p) => p.id).join();
  if (ui.peopleKey !== key) {
    ui.peopleKey = key;
    select.textContent = '';
    snap.organisations.forEach((org) => {
      const group = el('optgroup');
      group.label = org.name;
      snap.people.filter((p) => !p.bot && p.teamId === org.teamId).forEach((p) => {
        const opt = el('option', null, p.name);
        opt.value = p.id;
        opt.title = p.title + (p.tz ? ' · ' + p.tz : ' · no time zone');
        group.append(opt);
      });
      select.append(group);
    });
  }
  select.value = ui.as;
}

function renderChannels(snap) {
  const nav = $('channels');
  nav.textContent = '';
  const link = (id, icon, name) => {
    const a = el('a', id === ui.channel ? 'active' : '');
    a.href = '#';
    a.dataset.channel = id;
    a.append(el('span', 'icon', icon), el('span', 'name', name));
    a.addEventListener('click', (e) => { e.preventDefault(); openChannel(id); });
    return a;
  };
  nav.append(el('h3', null, 'Channels'));
  snap.channels.filter((c) => c.kind !== 'dm').forEach((c) => nav.append(link(c.id, c.kind === 'shared' ? '⇄' : '🔒', c.name)));
  nav.append(el('h3', null, 'Direct messages'));
  snap.channels.filter((c) => c.kind === 'dm').forEach((c) => nav.append(link(c.id, '●', c.name)));
  nav.append(el('h3', null, 'Apps'));
  nav.append(link(HOME, '⌂', 'MAP Bot · Home'));
}

async function openChannel(id) {
  ui.channel = id;
  if (id === HOME) await post('/sandbox/home', { as: ui.as });
  refresh(true);
}

export function wireActingAs() {
  $('acting-as').addEventListener('change', (e) => {
    ui.as = e.target.value;
    ui.modalKey = '';
    if (ui.channel === HOME) openChannel(HOME); else refresh(true);
  });
}
