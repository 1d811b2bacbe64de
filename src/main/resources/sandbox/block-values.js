// Elements carry data-* attributes so their values can be collected into Slack's state.values shape.
export function tag(node, element, bid) {
  node.dataset.actionId = element.action_id || '';
  node.dataset.blockId = bid;
  node.dataset.type = element.type;
  return node;
}
export function valueOf(node) {
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
export function collectValues(container) {
  const values = {};
  container.querySelectorAll('[data-action-id][data-type]').forEach((node) => {
    if (node.dataset.type === 'button') return;
    const bid = node.dataset.blockId;
    values[bid] = values[bid] || {};
    values[bid][node.dataset.actionId] = Object.assign({ type: node.dataset.type }, valueOf(node));
  });
  return values;
}
