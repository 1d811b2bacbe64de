// Slack's text as a reader sees it: mrkdwn with mentions, links, dates and emoji, and Block Kit's text objects.
import { el } from './dom.js';
import { ZONE, ui, person, me, channelName } from './page-state.js';

function unescapeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
const EMOJI = {
  white_check_mark: '✅', heavy_check_mark: '✔️', warning: '⚠️', grey_question: '❔', question: '❓', x: '❌',
  calendar: '📅', spiral_calendar_pad: '🗓️', hourglass: '⌛', hourglass_flowing_sand: '⏳', alarm_clock: '⏰',
  red_circle: '🔴', large_green_circle: '🟢', large_yellow_circle: '🟡', white_circle: '⚪', large_blue_circle: '🔵',
  no_entry: '⛔', no_entry_sign: '🚫', construction: '🚧', rocket: '🚀', tada: '🎉', memo: '📝', pushpin: '📌',
  bell: '🔔', eyes: '👀', handshake: '🤝', lock: '🔒', link: '🔗', page_facing_up: '📄', arrow_right: '➡️',
  speech_balloon: '💬', busts_in_silhouette: '👥', bust_in_silhouette: '👤', clipboard: '📋', chart_with_upwards_trend: '📈',
  repeat: '🔁', wave: '👋', point_right: '👉', stopwatch: '⏱️', large_orange_circle: '🟠', black_circle: '⚫',
  heavy_minus_sign: '➖', information_source: 'ℹ️', bulb: '💡', fire: '🔥', zzz: '💤', inbox_tray: '📥', outbox_tray: '📤',
  date: '📅', mag: '🔍', pause_button: '⏸️', zipper_mouth_face: '🤐', leftwards_arrow_with_hook: '↩️',
};
function emojify(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (all, name) => EMOJI[name] || all);
}
export function mrkdwn(text) {
  const frag = document.createDocumentFragment();
  const codeRe = /```([\s\S]*?)```|`([^`\n]+)`/g;
  let last = 0;
  let m;
  while ((m = codeRe.exec(text)) !== null) {
    if (m.index > last) appendRich(frag, text.slice(last, m.index));
    if (m[1] !== undefined) frag.append(el('pre', 'code-block', unescapeEntities(m[1].replace(/^\n/, ''))));
    else frag.append(el('code', null, unescapeEntities(m[2])));
    last = codeRe.lastIndex;
  }
  if (last < text.length) appendRich(frag, text.slice(last));
  return frag;
}
function appendRich(parent, text) {
  const tokens = [];
  // Angle-bracket tokens become placeholders first, so a URL's underscores never read as italics.
  const masked = text.replace(/<([^<>\n]+)>/g, (all, token) => { tokens.push(token); return '\uE000' + (tokens.length - 1) + '\uE001'; });
  appendFormatted(parent, masked, tokens);
}
const FORMAT = /(^|[^\w*_~])([*_~])(?=\S)([^\n]*?\S)\2(?=$|[^\w*_~])/;
function appendFormatted(parent, text, tokens) {
  const m = FORMAT.exec(text);
  if (!m) { appendTokens(parent, text, tokens); return; }
  const start = m.index + m[1].length;
  appendTokens(parent, text.slice(0, start), tokens);
  const node = el({ '*': 'strong', _: 'em', '~': 'del' }[m[2]]);
  appendFormatted(node, m[3], tokens);
  parent.append(node);
  appendFormatted(parent, text.slice(start + m[3].length + 2), tokens);
}
function appendTokens(parent, text, tokens) {
  text.split(/\uE000(\d+)\uE001/).forEach((part, i) => {
    if (i % 2 === 1) parent.append(renderToken(tokens[Number(part)]));
    else if (part) appendPlain(parent, part);
  });
}
function appendPlain(parent, text) {
  unescapeEntities(emojify(text)).split('\n').forEach((line, i) => {
    if (i > 0) parent.append(el('br'));
    if (line) parent.append(document.createTextNode(line));
  });
}
function renderToken(token) {
  const [target, label] = splitOnce(token, '|');
  if (target.startsWith('@')) return el('span', 'mention', '@' + person(target.slice(1)).name);
  if (target.startsWith('#')) return el('span', 'mention', '#' + (label || channelName(target.slice(1))));
  if (target.startsWith('!date^')) return renderDate(target, label);
  if (target.startsWith('!subteam^')) return el('span', 'mention', unescapeEntities(label || '@group'));
  if (target.startsWith('!')) return el('span', 'mention', '@' + target.slice(1));
  if (/^(https?:|mailto:)/i.test(target)) {
    const a = el('a', null, unescapeEntities(label || target));
    a.href = unescapeEntities(target);
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  return document.createTextNode(unescapeEntities('<' + token + '>'));
}
function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i < 0 ? [text, null] : [text.slice(0, i), text.slice(i + 1)];
}

// <!date^epoch^format|fallback>, shown in the reader's own time zone, "today" relative to the sandbox's clock.
function renderDate(target, fallback) {
  const parts = target.split('^');
  const epoch = Number(parts[1]);
  const format = parts[2] || '';
  if (!Number.isFinite(epoch)) return document.createTextNode(unescapeEntities(fallback || ''));
  const tz = me().tz || ZONE;
  const date = new Date(epoch * 1000);
  const fmt = (opts) => new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: tz }, opts)).format(date);
  const dayKey = (d) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(d);
  const now = new Date(ui.snap ? ui.snap.now : Date.now());
  const relative = () => {
    const diff = Math.round((Date.parse(dayKey(date)) - Date.parse(dayKey(now))) / 86400000);
    return diff === 0 ? 'today' : diff === 1 ? 'tomorrow' : diff === -1 ? 'yesterday' : null;
  };
  const short = fmt({ month: 'short', day: 'numeric', year: 'numeric' });
  const long = fmt({ month: 'long', day: 'numeric', year: 'numeric' });
  const full = fmt({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  const text = format
    .replace('{date_num}', dayKey(date))
    .replace('{date_short_pretty}', relative() || short)
    .replace('{date_long_pretty}', relative() || full)
    .replace('{date_pretty}', relative() || long)
    .replace('{date_short}', short)
    .replace('{date_long}', full)
    .replace('{date}', long)
    .replace('{time_secs}', fmt({ hour: 'numeric', minute: '2-digit', second: '2-digit' }))
    .replace('{time}', fmt({ hour: 'numeric', minute: '2-digit' }));
  const span = el('span', 'date-token', text);
  span.title = unescapeEntities(fallback || '');
  return span;
}

export function textObject(obj) {
  if (!obj) return document.createTextNode('');
  if (obj.type === 'mrkdwn') return mrkdwn(obj.text || '');
  return document.createTextNode(obj.emoji === false ? obj.text || '' : emojify(obj.text || ''));
}
export function plain(obj) { return obj ? (obj.type === 'plain_text' ? emojify(obj.text || '') : obj.text || '') : ''; }
