// The documents list: name, size, word count, encoding; rename, reorder, remove; and the files
// that were not loaded, each with its reason.
import { h, formatBytes, wordsLabel } from './dom.js';

/** Documents listed at first; the rest behind "Show more" (thousands of rows would be slow). */
const LIST_LIMIT = 200;

function metaText(doc) {
  return `${formatBytes(doc.size)} · ${wordsLabel(doc.words)} · ${doc.encoding}${doc.format !== 'text' ? ` · ${doc.format}` : ''}`;
}

export function installDocsPanel(app) {
  const list = document.getElementById('doc-list');
  const count = document.getElementById('doc-count');
  const refusedBox = document.getElementById('refused');
  const refusedList = document.getElementById('refused-list');
  document.getElementById('refused-clear').addEventListener('click', () => app.store.clearRefused());
  document.getElementById('clear-button').addEventListener('click', () => {
    if (!app.store.documents.length) return;
    if (!window.confirm(`Remove all ${app.store.documents.length} documents from the workspace?`)) return;
    app.store.clear();
    app.status('All documents removed.');
  });

  function rename(doc, item) {
    const input = h('input', { type: 'text', value: doc.name, 'aria-label': `New name for ${doc.name}`, class: 'rename-input' });
    let finished = false;
    const finish = (save) => {
      if (finished) return; // the blur of the input being replaced comes after Enter or Escape
      finished = true;
      if (save && input.value.trim() && input.value.trim() !== doc.name) app.store.rename(doc.id, input.value);
      else render();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      // Focus goes back to the document's name button: without this, the same Enter press
      // would reach that button and open the document.
      event.preventDefault();
      finish(event.key === 'Enter');
    });
    input.addEventListener('blur', () => finish(true));
    item.querySelector('.doc-name').replaceWith(input);
    input.focus();
    input.select();
  }

  // One Tab stop per document (its name): its rename, move and remove buttons are reached with
  // the arrow keys from there, so the views are a few Tab presses away, not four per document.
  function toolKeys(event) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    if (event.target.matches('input')) return;
    const stops = [...event.currentTarget.querySelectorAll('button:not([disabled])')];
    const at = stops.indexOf(event.target);
    if (at < 0) return;
    event.preventDefault();
    stops[(at + (event.key === 'ArrowRight' ? 1 : stops.length - 1)) % stops.length].focus();
  }

  let limit = LIST_LIMIT;
  function render() {
    const docs = app.store.documents.slice(0, limit);
    const total = app.store.documents.length;
    count.textContent = total ? `(${total.toLocaleString()})` : '';
    const focusedId = document.activeElement?.closest?.('.doc-item')?.dataset.id;
    const focusedAction = document.activeElement?.dataset?.action;
    list.replaceChildren(...docs.map((doc, index) => {
      const item = h('li', { class: 'doc-item', 'data-id': doc.id },
        h('button', {
          type: 'button', class: 'doc-name', title: `Open ${doc.name} (→ for its rename, move and remove buttons)`, 'data-action': 'open',
          onclick: () => app.setState({ view: 'document', doc: index, group: -1, at: -1 }),
        }, `${index + 1}. ${doc.name}`),
        h('span', { class: 'doc-meta' }, metaText(doc)),
        h('span', { class: 'doc-tools' },
          h('button', { type: 'button', class: 'icon', tabindex: '-1', 'data-action': 'rename', 'aria-label': `Rename ${doc.name}`, title: 'Rename', onclick: () => rename(doc, item) }, '✎'),
          h('button', { type: 'button', class: 'icon', tabindex: '-1', 'data-action': 'up', 'aria-label': `Move ${doc.name} up`, title: 'Move up', disabled: index === 0, onclick: () => app.store.move(doc.id, -1) }, '↑'),
          h('button', { type: 'button', class: 'icon', tabindex: '-1', 'data-action': 'down', 'aria-label': `Move ${doc.name} down`, title: 'Move down', disabled: index === total - 1, onclick: () => app.store.move(doc.id, 1) }, '↓'),
          h('button', { type: 'button', class: 'icon', tabindex: '-1', 'data-action': 'remove', 'aria-label': `Remove ${doc.name}`, title: 'Remove', onclick: () => app.store.remove(doc.id) }, '✕')));
      return item;
    }));
    for (const item of list.children) item.addEventListener('keydown', toolKeys);
    if (!docs.length) list.append(h('li', { class: 'doc-empty' }, 'No documents yet.'));
    if (total > docs.length) {
      list.append(h('li', { class: 'doc-more' }, h('button', {
        type: 'button', onclick: () => { limit += LIST_LIMIT * 4; render(); },
      }, `Show more (${(total - docs.length).toLocaleString()} not listed)`)));
    }
    if (focusedId) {
      const again = list.querySelector(`.doc-item[data-id="${focusedId}"] [data-action="${focusedAction}"]:not([disabled])`)
        ?? list.querySelector(`.doc-item[data-id="${focusedId}"] .doc-name`);
      again?.focus();
    }
    refusedBox.hidden = app.store.refused.length === 0;
    const refused = app.store.refused;
    refusedList.replaceChildren(...refused.slice(0, LIST_LIMIT).map((file) =>
      h('li', {}, h('strong', {}, file.name), ` (${formatBytes(file.size)}): ${file.reason}`)),
    refused.length > LIST_LIMIT ? h('li', {}, `and ${(refused.length - LIST_LIMIT).toLocaleString()} more`) : '');
  }

  // A word count that arrives changes only its line: a rename being typed is left as it is.
  function updateWords() {
    for (const meta of list.querySelectorAll('.doc-item .doc-meta')) {
      const doc = app.store.byId(Number(meta.closest('.doc-item').dataset.id));
      if (doc) meta.textContent = metaText(doc);
    }
  }

  app.store.addEventListener('change', (event) => (event.detail.words ? updateWords() : render()));
  render();
}
