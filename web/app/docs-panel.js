// The documents list: name, size, word count, encoding; rename, reorder, remove; and the files
// that were not loaded, each with its reason.
import { h, formatBytes } from './dom.js';

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
    const finish = (save) => {
      if (save && input.value.trim() && input.value.trim() !== doc.name) app.store.rename(doc.id, input.value);
      else render();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') finish(true);
      if (event.key === 'Escape') finish(false);
    });
    input.addEventListener('blur', () => finish(true));
    item.querySelector('.doc-name').replaceWith(input);
    input.focus();
    input.select();
  }

  function render() {
    const docs = app.store.documents;
    count.textContent = docs.length ? `(${docs.length})` : '';
    const focusedId = document.activeElement?.closest?.('.doc-item')?.dataset.id;
    const focusedAction = document.activeElement?.dataset?.action;
    list.replaceChildren(...docs.map((doc, index) => {
      const item = h('li', { class: 'doc-item', 'data-id': doc.id },
        h('button', {
          type: 'button', class: 'doc-name', title: `Open ${doc.name}`, 'data-action': 'open',
          onclick: () => app.setState({ view: 'document', doc: index }),
        }, `${index + 1}. ${doc.name}`),
        h('span', { class: 'doc-meta' },
          `${formatBytes(doc.size)} · ${doc.words.toLocaleString()} words · ${doc.encoding}`,
          doc.format !== 'text' ? ` · ${doc.format}` : ''),
        h('span', { class: 'doc-tools' },
          h('button', { type: 'button', class: 'icon', 'data-action': 'rename', 'aria-label': `Rename ${doc.name}`, title: 'Rename', onclick: () => rename(doc, item) }, '✎'),
          h('button', { type: 'button', class: 'icon', 'data-action': 'up', 'aria-label': `Move ${doc.name} up`, title: 'Move up', disabled: index === 0, onclick: () => app.store.move(doc.id, -1) }, '↑'),
          h('button', { type: 'button', class: 'icon', 'data-action': 'down', 'aria-label': `Move ${doc.name} down`, title: 'Move down', disabled: index === docs.length - 1, onclick: () => app.store.move(doc.id, 1) }, '↓'),
          h('button', { type: 'button', class: 'icon', 'data-action': 'remove', 'aria-label': `Remove ${doc.name}`, title: 'Remove', onclick: () => app.store.remove(doc.id) }, '✕')));
      return item;
    }));
    if (!docs.length) list.append(h('li', { class: 'doc-empty' }, 'No documents yet.'));
    if (focusedId) {
      const again = list.querySelector(`.doc-item[data-id="${focusedId}"] [data-action="${focusedAction}"]:not([disabled])`)
        ?? list.querySelector(`.doc-item[data-id="${focusedId}"] .doc-name`);
      again?.focus();
    }
    refusedBox.hidden = app.store.refused.length === 0;
    refusedList.replaceChildren(...app.store.refused.map((file) =>
      h('li', {}, h('strong', {}, file.name), ` (${formatBytes(file.size)}): ${file.reason}`)));
  }

  app.store.addEventListener('change', render);
  render();
}
