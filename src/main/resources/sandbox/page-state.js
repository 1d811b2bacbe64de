// What the page shows: who is acting, which channel, the newest snapshot of the sandbox's Slack, and the keys of
// what was last drawn from it, so a poll that brings nothing new redraws nothing.
export const HOME = 'HOME';
export const ZONE = 'Europe/Berlin';
export const ui = { as: 'U0SELLER', channel: 'C0SHARED', snap: null, version: -1, key: '', modalKey: '', peopleKey: '' };

export function person(id) {
  return (ui.snap && ui.snap.people.find((p) => p.id === id)) || { id, name: id };
}
export function me() { return person(ui.as); }
export function channelName(id) {
  const c = ui.snap && ui.snap.channels.find((ch) => ch.id === id);
  return c ? c.name : id;
}
