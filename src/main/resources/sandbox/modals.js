// The open modal: the top of the person's view stack, its submission and Slack's field errors, and closing it.
import { $, el } from './dom.js';
import { ui } from './page-state.js';
import { plain } from './slack-text.js';
import { renderBlocks } from './block-kit.js';
import { collectValues } from './block-values.js';
import { post, refresh } from './page-api.js';

export function renderModal(snap) {
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
  // A dialog, as Slack's modals are: a screen reader announces it by its title and keeps to it while it is open.
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  layer.setAttribute('aria-labelledby', 'modal-title');
  const head = el('div', 'modal-head');
  if (snap.modals.length > 1) {
    const back = el('button', null, '←');
    back.type = 'button';
    back.title = 'Back';
    back.addEventListener('click', () => closeModal(top.id));
    head.append(back);
  }
  const title = el('h2', null, plain(view.title));
  title.id = 'modal-title';
  head.append(title);
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
