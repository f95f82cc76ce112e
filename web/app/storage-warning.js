// The warning shown for as long as documents are not being saved in this browser: why, that
// they stay in this tab until it is closed, and what to do (download them, free space, reload).
import { download, fileStem, h } from './dom.js';

/** The warning's text for `problem` ({kind, detail}) with `unsaved` documents not saved. */
export function storageWarningText({ kind, detail }, unsaved) {
  const one = unsaved === 1;
  const these = one ? '1 document is' : `${unsaved.toLocaleString()} documents are`;
  const [they, them] = one ? ['It stays', 'it'] : ['They stay', 'them'];
  const keep = 'stay in this tab until it is closed';
  switch (kind) {
    case 'unavailable':
      return `Documents are not being saved: this browser does not let the page store anything (a private window, or site data turned off; ${detail}). ` +
        `The documents here ${keep}: download the ones you want to keep.`;
    case 'read-failed':
      return `The documents saved in this browser could not be read (${detail}), so this tab saves nothing, to leave them as they are: reload the page to try again. ` +
        `The documents shown here ${keep}.`;
    case 'quota':
      return `${these} not saved: the browser's storage for this page is full. ${they} in this tab until it is closed: download ${them}, ` +
        'or free space (remove large documents here, or clear other sites\' data) and try again.';
    default:
      return `${these} not saved (${detail}). ${they} in this tab until it is closed: download ${them}, or try again.`;
  }
}

/** Shows the warning after `anchor` whenever the store has a saving problem. */
export function installStorageWarning(store, anchor) {
  const text = h('p', {});
  const retry = h('button', { type: 'button', id: 'storage-retry', onclick: () => store.retry() }, 'Try saving again');
  const save = h('button', {
    type: 'button', id: 'storage-download',
    onclick: () => {
      for (const doc of store.documents.filter((d) => d.saved !== true)) download(`${fileStem(doc.name)}.txt`, doc.text);
    },
  }, 'Download unsaved documents');
  const box = h('div', { id: 'storage-warning', class: 'storage-warning', role: 'alert', hidden: true }, text, h('p', {}, save, ' ', retry));
  anchor.after(box);
  const update = () => {
    const { problem } = store;
    const unsaved = store.unsavedCount;
    box.hidden = !problem;
    text.textContent = problem ? storageWarningText(problem, unsaved) : '';
    save.hidden = unsaved === 0;
    retry.hidden = !problem || problem.kind === 'unavailable' || problem.kind === 'read-failed';
  };
  store.addEventListener('change', update);
  update();
}
