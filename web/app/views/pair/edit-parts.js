// The editor's elements (edit.js): the "✎ Edit" toggle for the pair toolbar, and the panel
// above the rows: Undo / Redo, the merged side (left | right), Download, Keep as new document,
// Done, the state line, and a text box per side.
import { h } from '../../dom.js';

function sideBox(side) {
  const label = side === 'left' ? 'Left (original)' : 'Right (changed)';
  const name = h('span', { class: 'edit-name', id: `edit-${side}-name` });
  const area = h('textarea', { id: `edit-${side}`, class: 'texts-box edit-box', spellcheck: 'false', rows: '8', 'aria-labelledby': `edit-${side}-head` });
  const note = h('p', { class: 'note', id: `edit-${side}-note`, hidden: true });
  const element = h('div', { class: 'texts-side' },
    h('div', { class: 'texts-head', id: `edit-${side}-head` }, h('strong', {}, label), ' ', name), area, note);
  return { side, name, area, note, element };
}

/** The editor's elements: {toggle, panel, state, undo, redo, targetLeft, targetRight, download, keep, done, boxes}. */
export function createEditParts() {
  const button = (id, text, title) => h('button', { type: 'button', id, title }, text);
  const p = {
    toggle: h('button', { type: 'button', id: 'pair-edit', 'aria-pressed': 'false', 'aria-controls': 'pair-edit-panel',
      title: 'Edit either side and copy changes across (← / →)' }, '✎ Edit'),
    state: h('p', { id: 'edit-state', class: 'summary', 'aria-live': 'polite' }),
    undo: button('edit-undo', '↶ Undo', 'Undo the last copy or typing (Ctrl+Z outside the text boxes)'),
    redo: button('edit-redo', '↷ Redo', 'Redo (Ctrl+Shift+Z or Ctrl+Y outside the text boxes)'),
    targetLeft: h('button', { type: 'button', id: 'edit-target-left', 'aria-pressed': 'false' }, 'left'),
    targetRight: h('button', { type: 'button', id: 'edit-target-right', 'aria-pressed': 'true' }, 'right'),
    download: button('edit-download', 'Download', 'Download the chosen side, with its edits, as a text file'),
    keep: button('edit-keep', 'Keep as new document', 'Add the chosen side, with its edits, as a new document: its document stays as it was'),
    done: button('edit-done', 'Done', 'Stop editing'),
    boxes: { left: sideBox('left'), right: sideBox('right') },
  };
  p.panel = h('div', { id: 'pair-edit-panel', class: 'edit-panel', hidden: true, role: 'region', 'aria-label': 'Edit and merge' },
    h('div', { class: 'toolbar edit-bar' },
      h('span', { class: 'segmented', role: 'group', 'aria-label': 'Edit history' }, p.undo, p.redo),
      h('span', { class: 'segmented edit-target', role: 'group', 'aria-labelledby': 'edit-target-label' },
        h('span', { id: 'edit-target-label', class: 'rows-label' }, 'Merged text:'), p.targetLeft, p.targetRight),
      p.download, p.keep, h('span', { class: 'spacer' }), p.done),
    p.state,
    h('div', { class: 'texts-boxes edit-boxes' }, p.boxes.left.element, p.boxes.right.element));
  return p;
}

