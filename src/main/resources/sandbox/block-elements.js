// Block Kit's interactive elements (buttons, menus, pickers, inputs) and what a click or change on them sends the app.
import { el } from './dom.js';
import { ui } from './page-state.js';
import { textObject, plain } from './slack-text.js';
import { tag, valueOf, collectValues } from './block-values.js';
import { post, flash, refresh } from './page-api.js';

export function renderElement(element, bid, ctx) {
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

async function send(ctx, action, node) {
  const container = node.closest('.msg, .modal, .home-pane') || document.body;
  const result = await post('/sandbox/action', { as: ui.as, source: ctx.source, action, values: collectValues(container) });
  if (result && !result.ok && result.text) flash(result.text);
  refresh(true);
}

export function closeOverflowMenusOnClickElsewhere() {
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.overflow')) document.querySelectorAll('.overflow-menu').forEach((m) => { m.hidden = true; });
  });
}
