'use strict';
// The sandbox page: draws what the acting person would see in Slack and turns their clicks into sandbox requests.
// Text from the bot or people is only ever inserted with textContent / text nodes, never as HTML.
(() => {
  const HOME = 'HOME';
  const ZONE = 'Europe/Berlin';
  const ui = { as: 'U0SELLER', channel: 'C0SHARED', snap: null, version: -1, key: '', modalKey: '', peopleKey: '' };
  const $ = (id) => document.getElementById(id);

  // ---------- small DOM helpers ----------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
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
    date: '📅', mag: '🔍', pause_button: '⏸️', zipper_mouth_face: '🤐',
  };
  function emojify(text) {
    return text.replace(/:([a-z0-9_+-]+):/g, (all, name) => EMOJI[name] || all);
  }
  function person(id) {
    return (ui.snap && ui.snap.people.find((p) => p.id === id)) || { id, name: id };
  }
  function me() { return person(ui.as); }

  // ---------- mrkdwn ----------
  function mrkdwn(text) {
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
  function channelName(id) {
    const c = ui.snap && ui.snap.channels.find((ch) => ch.id === id);
    return c ? c.name : id;
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

  // ---------- Block Kit ----------
  function textObject(obj) {
    if (!obj) return document.createTextNode('');
    if (obj.type === 'mrkdwn') return mrkdwn(obj.text || '');
    return document.createTextNode(obj.emoji === false ? obj.text || '' : emojify(obj.text || ''));
  }
  function plain(obj) { return obj ? (obj.type === 'plain_text' ? emojify(obj.text || '') : obj.text || '') : ''; }

  // ctx: { source, inView } — where a click on this element must go.
  function renderBlocks(blocks, ctx) {
    const box = el('div', 'blocks');
    (blocks || []).forEach((block, index) => {
      const node = renderBlock(block, index, ctx);
      if (node) {
        node.dataset.blockId = blockId(block, index);
        box.append(node);
      }
    });
    return box;
  }
  function blockId(block, index) { return block.block_id || 'sandbox-block-' + index; }

  function renderBlock(block, index, ctx) {
    const bid = blockId(block, index);
    switch (block.type) {
      case 'header': return el('div', 'block-header', plain(block.text));
      case 'divider': return el('hr', 'block-divider');
      case 'section': {
        const node = el('div', 'block-section');
        const text = el('div', 'section-text');
        if (block.text) text.append(textObject(block.text));
        if (block.fields) {
          const fields = el('div', 'fields');
          block.fields.forEach((f) => { const cell = el('div'); cell.append(textObject(f)); fields.append(cell); });
          text.append(fields);
        }
        node.append(text);
        if (block.accessory) node.append(renderElement(block.accessory, bid, ctx));
        return node;
      }
      case 'context': {
        const node = el('div', 'block-context');
        (block.elements || []).forEach((e) => {
          if (e.type === 'image') { const img = el('img'); img.src = e.image_url; img.alt = e.alt_text || ''; node.append(img); }
          else { const span = el('span'); span.append(textObject(e)); node.append(span); }
        });
        return node;
      }
      case 'actions': {
        const node = el('div', 'block-actions');
        (block.elements || []).forEach((e) => node.append(renderElement(e, bid, ctx)));
        return node;
      }
      case 'image': {
        const node = el('div', 'block-image');
        if (block.title) node.append(el('div', 'image-title', plain(block.title)));
        const img = el('img');
        img.src = block.image_url || (block.slack_file && block.slack_file.url) || '';
        img.alt = block.alt_text || '';
        node.append(img);
        return node;
      }
      case 'input': {
        const node = el('div', 'block-input');
        const label = el('label', 'label', plain(block.label));
        if (block.optional) label.append(el('span', 'optional', ' (optional)'));
        node.append(label);
        const dispatch = block.dispatch_action === true;
        node.append(renderElement(block.element, bid, Object.assign({}, ctx, { inInput: !dispatch })));
        if (block.hint) node.append(el('div', 'hint-text', plain(block.hint)));
        return node;
      }
      case 'rich_text': return el('div', 'section-text', richTextPlain(block));
      default: return el('div', 'block-unsupported', 'Block the sandbox cannot draw: ' + block.type);
    }
  }
  function richTextPlain(block) {
    const out = [];
    const walk = (node) => {
      if (!node) return;
      if (node.text) out.push(node.text);
      if (node.type === 'user') out.push('@' + person(node.user_id).name);
      (node.elements || []).forEach(walk);
    };
    walk(block);
    return out.join('');
  }

  // Elements carry data-* attributes so their values can be collected into Slack's state.values shape.
  function tag(node, element, bid) {
    node.dataset.actionId = element.action_id || '';
    node.dataset.blockId = bid;
    node.dataset.type = element.type;
    return node;
  }
  function renderElement(element, bid, ctx) {
    switch (element.type) {
      case 'button': {
        const b = tag(el('button', 'block-button' + (element.style ? ' ' + element.style : ''), plain(element.text)), element, bid);
        b.type = 'button';
        if (element.url) b.title = element.url;
        b.addEventListener('click', () => send(ctx, { type: 'button', action_id: element.action_id, block_id: bid,
          value: element.value, text: element.text, style: element.style }, b));
        return b;
      }
      case 'overflow': {
        const wrap = el('span', 'overflow');
        const b = el('button', 'block-button overflow-button', '⋯');
        b.type = 'button';
        b.title = 'More actions';
        const menu = el('div', 'overflow-menu');
        menu.hidden = true;
        (element.options || []).forEach((o) => {
          const item = el('button', null, plain(o.text));
          item.type = 'button';
          item.addEventListener('click', () => {
            menu.hidden = true;
            send(ctx, { type: 'overflow', action_id: element.action_id, block_id: bid, selected_option: o }, item);
          });
          menu.append(item);
        });
        b.addEventListener('click', () => { menu.hidden = !menu.hidden; });
        wrap.append(b, menu);
        return wrap;
      }
      case 'external_select': return externalSelect(element, bid, ctx);
      case 'static_select': case 'users_select': case 'conversations_select': case 'channels_select': {
        const select = tag(el('select', 'block-select'), element, bid);
        const none = el('option', null, plain(element.placeholder) || 'Select…');
        none.value = '';
        select.append(none);
        const options = element.type === 'users_select'
          ? ui.snap.people.filter((p) => !p.bot).map((p) => ({ text: { type: 'plain_text', text: p.name }, value: p.id }))
          : element.type === 'static_select' ? allOptions(element) : [];
        options.forEach((o) => { const opt = el('option', null, plain(o.text)); opt.value = o.value; select.append(opt); });
        select._options = options;
        const initial = element.type === 'users_select' ? element.initial_user : element.initial_option && element.initial_option.value;
        if (initial) select.value = initial;
        onChange(select, element, bid, ctx);
        return select;
      }
      case 'datepicker': {
        const input = tag(el('input', 'block-date'), element, bid);
        input.type = 'date';
        if (element.initial_date) input.value = element.initial_date;
        onChange(input, element, bid, ctx);
        return input;
      }
      case 'timepicker': {
        const input = tag(el('input', 'block-time'), element, bid);
        input.type = 'time';
        if (element.initial_time) input.value = element.initial_time;
        onChange(input, element, bid, ctx);
        return input;
      }
      case 'plain_text_input': case 'number_input': case 'email_text_input': case 'url_text_input': {
        const input = tag(el(element.multiline ? 'textarea' : 'input', 'block-text'), element, bid);
        if (!element.multiline) input.type = element.type === 'number_input' ? 'number' : 'text';
        if (element.initial_value) input.value = element.initial_value;
        if (element.placeholder) input.placeholder = plain(element.placeholder);
        if (element.max_length) input.maxLength = element.max_length;
        return input;
      }
      case 'checkboxes': case 'radio_buttons': {
        const group = tag(el('div', 'choices'), element, bid);
        const name = 'r' + Math.random().toString(36).slice(2);
        const initial = element.type === 'checkboxes' ? (element.initial_options || []).map((o) => o.value)
          : element.initial_option ? [element.initial_option.value] : [];
        group._options = element.options || [];
        group._options.forEach((o) => {
          const label = el('label');
          const input = el('input');
          input.type = element.type === 'checkboxes' ? 'checkbox' : 'radio';
          input.name = name;
          input.value = o.value;
          input.checked = initial.includes(o.value);
          const text = el('span');
          text.append(textObject(o.text));
          label.append(input, text);
          group.append(label);
        });
        onChange(group, element, bid, ctx);
        return group;
      }
      case 'image': { const img = el('img'); img.src = element.image_url; img.alt = element.alt_text || ''; img.width = 64; return img; }
      default: return el('span', 'block-unsupported', 'Element the sandbox cannot draw: ' + element.type);
    }
  }
  // Slack asks the app for an external menu's options (block_suggestion) when it opens and as the person types.
  function externalSelect(element, bid, ctx) {
    const wrap = el('span', 'external-select');
    const search = el('input', 'block-text external-search');
    search.type = 'search';
    search.placeholder = 'Type to search…';
    const select = tag(el('select', 'block-select'), element, bid);
    select._options = [];
    const load = async () => {
      const viewId = ctx.source && ctx.source.viewId;
      const result = viewId ? await post('/sandbox/options', { as: ui.as, viewId, blockId: bid, actionId: element.action_id,
        value: search.value }) : null;
      const kept = select.value || (element.initial_option ? element.initial_option.value : '');
      select.textContent = '';
      const none = el('option', null, plain(element.placeholder) || 'Select…');
      none.value = '';
      select.append(none);
      select._options = (result && result.options) || [];
      select._options.forEach((o) => { const opt = el('option', null, plain(o.text)); opt.value = o.value; select.append(opt); });
      if (select._options.some((o) => o.value === kept)) select.value = kept;
    };
    search.addEventListener('input', load);
    load();
    onChange(select, element, bid, ctx);
    wrap.append(search, select);
    return wrap;
  }
  function allOptions(element) {
    if (element.option_groups) return element.option_groups.flatMap((g) => g.options || []);
    return element.options || [];
  }
  // Elements inside input blocks only report on submit, unless the bot asked for dispatch_action.
  function onChange(node, element, bid, ctx) {
    if (ctx.inInput) return;
    node.addEventListener('change', () => send(ctx, Object.assign({ type: element.type, action_id: element.action_id, block_id: bid },
      valueOf(node)), node));
  }
  function valueOf(node) {
    switch (node.dataset.type) {
      case 'plain_text_input': case 'number_input': case 'email_text_input': case 'url_text_input':
        return { value: node.value === '' ? null : node.value };
      case 'datepicker': return { selected_date: node.value || null };
      case 'timepicker': return { selected_time: node.value || null };
      case 'users_select': return { selected_user: node.value || null };
      case 'conversations_select': return { selected_conversation: node.value || null };
      case 'channels_select': return { selected_channel: node.value || null };
      case 'static_select': case 'external_select': {
        const o = (node._options || []).find((x) => x.value === node.value);
        return { selected_option: o || null };
      }
      case 'checkboxes': {
        const values = [...node.querySelectorAll('input:checked')].map((i) => i.value);
        return { selected_options: node._options.filter((o) => values.includes(o.value)) };
      }
      case 'radio_buttons': {
        const checked = node.querySelector('input:checked');
        return { selected_option: checked ? node._options.find((o) => o.value === checked.value) : null };
      }
      default: return {};
    }
  }
  function collectValues(container) {
    const values = {};
    container.querySelectorAll('[data-action-id][data-type]').forEach((node) => {
      if (node.dataset.type === 'button') return;
      const bid = node.dataset.blockId;
      values[bid] = values[bid] || {};
      values[bid][node.dataset.actionId] = Object.assign({ type: node.dataset.type }, valueOf(node));
    });
    return values;
  }

  async function send(ctx, action, node) {
    const container = node.closest('.msg, .modal, .home-pane') || document.body;
    const result = await post('/sandbox/action', { as: ui.as, source: ctx.source, action, values: collectValues(container) });
    if (result && !result.ok && result.text) flash(result.text);
    refresh(true);
  }

  // ---------- requests ----------
  async function post(path, body) {
    try {
      const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return await response.json();
    } catch (e) {
      flash('The sandbox did not answer: ' + e.message);
      return null;
    }
  }
  function flash(text) {
    const pane = $('pane');
    const note = el('div', 'msg ephemeral');
    note.append(el('div', 'msg-body', text));
    pane.append(note);
  }

  let refreshing = false;
  async function refresh(force) {
    if (refreshing && !force) return;
    refreshing = true;
    try {
      const response = await fetch('/sandbox/state?as=' + encodeURIComponent(ui.as), { headers: { 'X-Sandbox-Page': '1' } });
      const snap = await response.json();
      const key = snap.version + '|' + ui.as + '|' + ui.channel;
      if (force || key !== ui.key) {
        ui.snap = snap;
        ui.key = key;
        render();
      }
    } catch (e) {
      // The app may be restarting; the next poll tries again.
    } finally {
      refreshing = false;
    }
  }

  // ---------- rendering ----------
  function render() {
    const snap = ui.snap;
    renderPeople(snap);
    const self = me();
    const org = snap.organisations.find((o) => o.teamId === self.teamId);
    $('workspace-name').textContent = org ? org.name : '';
    $('workspace-note').textContent = org && org.installedApp ? 'Installed MAP Bot · ' + (self.title || '') : 'Guest in the shared channel · ' + (self.title || '');
    if (ui.channel !== HOME && !snap.channels.some((c) => c.id === ui.channel)) ui.channel = 'C0SHARED';
    renderChannels(snap);
    renderPane(snap);
    renderModal(snap);
    renderTools(snap);
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

  function renderPane(snap) {
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

  // ---------- modals ----------
  function renderModal(snap) {
    const layer = $('modal-layer');
    const top = snap.modals[0];
    const key = top ? top.id + '|' + top.hash + '|' + ui.as : '';
    if (key === ui.modalKey) return;
    ui.modalKey = key;
    layer.textContent = '';
    layer.hidden = !top;
    if (!top) return;
    const view = top.view;
    const modal = el('form', 'modal');
    modal.dataset.viewId = top.id;
    const head = el('div', 'modal-head');
    if (snap.modals.length > 1) {
      const back = el('button', null, '←');
      back.type = 'button';
      back.title = 'Back';
      back.addEventListener('click', () => closeModal(top.id));
      head.append(back);
    }
    head.append(el('h2', null, plain(view.title)));
    const x = el('button', 'modal-x', '×');
    x.type = 'button';
    x.title = 'Close';
    x.addEventListener('click', () => closeModal(top.id));
    head.append(x);
    const body = el('div', 'modal-body');
    body.append(renderBlocks(view.blocks, { source: { type: 'view', viewId: top.id } }));
    const errors = el('div', 'modal-error');
    const foot = el('div', 'modal-foot');
    const cancel = el('button', null, plain(view.close) || 'Cancel');
    cancel.type = 'button';
    cancel.addEventListener('click', () => closeModal(top.id));
    foot.append(cancel);
    if (view.submit) {
      const submit = el('button', 'submit', plain(view.submit));
      submit.type = 'submit';
      foot.append(submit);
    }
    modal.addEventListener('submit', async (e) => {
      e.preventDefault();
      modal.querySelectorAll('.field-error').forEach((n) => n.remove());
      errors.textContent = '';
      const result = await post('/sandbox/submit', { as: ui.as, viewId: top.id, values: collectValues(modal) });
      if (result && result.errors) {
        Object.entries(result.errors).forEach(([bid, message]) => {
          const block = modal.querySelector('.block-input[data-block-id="' + CSS.escape(bid) + '"]')
            || modal.querySelector('[data-block-id="' + CSS.escape(bid) + '"]');
          (block || body).append(el('div', 'field-error', message));
        });
      } else if (result && result.outcome === 'failed') {
        errors.textContent = result.text;
      }
      refresh(true);
    });
    modal.append(head, body, errors, foot);
    layer.append(modal);
  }
  async function closeModal(viewId) {
    await post('/sandbox/close', { as: ui.as, viewId });
    refresh(true);
  }

  // ---------- tools ----------
  function renderTools(snap) {
    $('clock-now').textContent = snap.nowText;
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

  // ---------- wiring ----------
  $('acting-as').addEventListener('change', (e) => {
    ui.as = e.target.value;
    ui.modalKey = '';
    if (ui.channel === HOME) openChannel(HOME); else refresh(true);
  });
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
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.overflow')) document.querySelectorAll('.overflow-menu').forEach((m) => { m.hidden = true; });
  });

  refresh(true);
  setInterval(() => refresh(false), 700);
})();
