// Block Kit's layout blocks: headers, sections, context, actions, images, inputs.
import { el } from './dom.js';
import { person } from './page-state.js';
import { textObject, plain } from './slack-text.js';
import { renderElement } from './block-elements.js';

// ctx: { source, inView } — where a click on this element must go.
export function renderBlocks(blocks, ctx) {
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
      const control = renderElement(block.element, bid, Object.assign({}, ctx, { inInput: !dispatch }));
      labelled(control, label);
      node.append(control);
      if (block.hint) node.append(el('div', 'hint-text', plain(block.hint)));
      return node;
    }
    case 'rich_text': return el('div', 'section-text', richTextPlain(block));
    default: return el('div', 'block-unsupported', 'Block the sandbox cannot draw: ' + block.type);
  }
}
// As in Slack, the input block's label names its element: for a screen reader, and for a click on the label.
let labels = 0;
function labelled(control, label) {
  label.id = 'input-label-' + (++labels);
  const field = control.matches('input, select, textarea') ? control : control.querySelector('select');
  if (field && !control.matches('.choices')) {
    field.id = label.id + '-field';
    label.htmlFor = field.id;
    control.querySelectorAll('input[type="search"]').forEach((search) => search.setAttribute('aria-label', 'Search: ' + label.textContent));
  } else {
    control.setAttribute('role', 'group');
    control.setAttribute('aria-labelledby', label.id);
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
