// Edit in place and merge, in the pair view: "✎ Edit" opens a text box for each side; what is
// typed is compared again 250 ms after the last key (in an engine worker of the editor's own,
// so a run on older texts is stopped by stopping that worker, never the workspace's analysis);
// each change gets ← / → buttons copying it to the other side (merge.js copyAcross); > and <
// copy the current change (N/P). Undo/Redo (buttons, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside a
// text box: inside one the browser's own undo is left alone) go through whole steps, a copy or
// a pause in typing. An edited text is never written over its document: "Keep as new document"
// adds it beside the original, "Download" saves it as a file. The edits live in memory, by
// document, while editing is on; "Done" with edits left says so with a button bringing them back.
import { h, download } from '../../dom.js';
import { EditHistory, anchorOf, copyAcross, editedName } from '../../merge.js';

/** Quiet time after the last key before the texts are compared again, in ms. */
const TYPING_PAUSE = 250;
/** Texts longer than this (UTF-16 code units) are not put in a text box; ← / → still work. */
const BOX_LIMIT = 4_000_000;

const other = (side) => (side === 'left' ? 'right' : 'left');

function sideBox(side) {
  const label = side === 'left' ? 'Left (original)' : 'Right (changed)';
  const name = h('span', { class: 'edit-name', id: `edit-${side}-name` });
  const area = h('textarea', { id: `edit-${side}`, class: 'texts-box edit-box', spellcheck: 'false', rows: '8', 'aria-labelledby': `edit-${side}-head` });
  const note = h('p', { class: 'note', id: `edit-${side}-note`, hidden: true });
  const element = h('div', { class: 'texts-side' },
    h('div', { class: 'texts-head', id: `edit-${side}-head` }, h('strong', {}, label), ' ', name), area, note);
  return { side, name, area, note, element };
}

function createEditParts() {
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

/**
 * Adds editing to the pair view `view` (pair.js) drawn into `parts` (toolbar.js); `recompare()`
 * compares the shown pair again (with the edited texts) and draws it. Returns the controller
 * the view's modules ask: {on, stamp, engine, textsOf, decorate, onKey}.
 */
export function installEditing(view, parts, { recompare }) {
  const { app } = view;
  const p = createEditParts();
  parts.rows.group.after(p.toggle);
  parts.element.querySelector('.diff-body').before(p.panel);
  const edits = new Map(); // document id → its edited text (only while it differs)
  const pending = new Map(); // document id → its text before the typing not yet in the history
  const history = new EditHistory();
  let timer = 0;
  let target = 'right';
  let shelved = null; // the edits "Done" put aside, until editing starts again

  const docsShown = () => [app.store.documents[app.state.a], app.store.documents[app.state.b]];
  const textOf = (doc) => (edits.has(doc.id) ? edits.get(doc.id) : doc.text);
  const docOf = (side) => docsShown()[side === 'left' ? 0 : 1];

  const editor = {
    on: false,
    stamp: 0,
    engine: null,
    /** The texts to compare for documents `left` and `right`: edited while editing. */
    textsOf: (left, right) => (editor.on ? [textOf(left), textOf(right)] : [left.text, right.text]),
    decorate: (element, row, r) => decorate(element, row, r),
    onKey: (event) => onKey(event),
  };

  function setText(id, text) {
    const doc = app.store.byId(id);
    if (!doc || text === doc.text) edits.delete(id);
    else edits.set(id, text);
    editor.stamp++;
  }

  function showState() {
    const [left, right] = docsShown();
    p.undo.disabled = !history.canUndo;
    p.redo.disabled = !history.canRedo;
    p.targetLeft.setAttribute('aria-pressed', String(target === 'left'));
    p.targetRight.setAttribute('aria-pressed', String(target === 'right'));
    if (!left || !right) {
      p.state.textContent = 'Choose two documents to edit them.';
      return;
    }
    const said = (doc, side) => `${side} ${edits.has(doc.id) ? 'edited (not saved)' : 'as saved'}`;
    const rewrite = app.state.rows === 'rewrite' || view.autoRows === 'rewrite' ? ' Rewrite rows come back when you are done: while editing, rows are literal, so that each change can be copied.' : '';
    p.state.textContent = `${said(left, 'Left')}, ${said(right, 'right')}. Type in either box, or copy a change with ← / → (or > / < on the current change).${rewrite}`;
  }

  function syncBoxes() {
    const [left, right] = docsShown();
    for (const [side, doc] of [['left', left], ['right', right]]) {
      const box = p.boxes[side];
      box.name.textContent = doc ? doc.name : '';
      const text = doc ? textOf(doc) : '';
      const tooLong = text.length > BOX_LIMIT;
      box.area.hidden = tooLong;
      box.note.hidden = !tooLong;
      box.note.textContent = tooLong ? `Too long to edit in a box (${text.length.toLocaleString()} characters): copy changes with ← / →, then download or keep it.` : '';
      if (!tooLong && box.area.value !== text) box.area.value = text;
    }
    showState();
  }

  // The history gets the typing since the last pause as one step.
  function flushTyping() {
    if (!pending.size) return;
    history.push([...pending].map(([id, before]) => ({ id, before, after: textOf(app.store.byId(id) ?? { id, text: before }) })), 'typing');
    pending.clear();
  }

  async function redraw() {
    clearTimeout(timer);
    flushTyping();
    syncBoxes();
    await recompare();
    showState();
  }

  function typed(side) {
    const doc = docOf(side);
    if (!doc) return;
    if (!pending.has(doc.id)) pending.set(doc.id, textOf(doc));
    setText(doc.id, p.boxes[side].area.value);
    if (docOf(other(side))?.id === doc.id) p.boxes[other(side)].area.value = p.boxes[side].area.value;
    target = side;
    clearTimeout(timer);
    timer = setTimeout(redraw, TYPING_PAUSE);
  }

  /** Copies rows `indices` (of the shown comparison) from `from` to the other side. */
  async function copy(indices, from) {
    const { rows, unit } = view.model;
    const to = other(from);
    const doc = docOf(to);
    const [left, right] = docsShown();
    if (!doc) return;
    flushTyping();
    const picked = indices.map((r) => {
      const row = rows.at(r);
      return { left: row.left, right: row.right, anchor: anchorOf(r, (k) => (rows.spanAt(k, to) >= 0 ? rows.at(k)[to] : null)) };
    });
    const before = textOf(doc);
    const [newLeft, newRight] = copyAcross([textOf(left), textOf(right)], picked, from, unit);
    const after = to === 'left' ? newLeft : newRight;
    const first = rows.at(indices[0]);
    const where = `${unit === 'paragraph' ? '¶' : 'line'} ${(first[from] ?? first[to]).index + 1}`;
    history.push([{ id: doc.id, before, after }], `copy ${from} ${where} to the ${to}`);
    setText(doc.id, after);
    target = to;
    parts.scroller.focus();
    await redraw();
    app.status(`Copied the ${from} side's ${where} to the ${to}${indices.length > 1 ? ` (${indices.length} rows)` : ''}. Undo: Ctrl+Z or ↶ Undo.`);
  }

  function applyStep(step, word) {
    if (!step) {
      app.status(`Nothing to ${word}.`);
      return;
    }
    for (const { id, text } of step.texts) setText(id, text);
    redraw();
    app.status(`${word === 'undo' ? 'Undone' : 'Redone'}: ${step.label}.`);
  }
  const undo = () => {
    flushTyping();
    applyStep(history.undo(), 'undo');
  };
  const redo = () => {
    flushTyping();
    applyStep(history.redo(), 'redo');
  };

  function copyButton(row, r, side) {
    const from = side;
    const to = other(side);
    const unit = view.model.unit === 'paragraph' ? '¶' : 'line';
    const mine = row[from];
    const theirs = row[to];
    const label = mine && theirs ? `Copy ${from} ${unit} ${mine.index + 1} over ${to} ${unit} ${theirs.index + 1}`
      : mine ? `Insert ${from} ${unit} ${mine.index + 1} into the ${to}`
        : `Remove ${to} ${unit} ${theirs.index + 1} (the ${from} has none here)`;
    return h('button', { type: 'button', class: `copy-across copy-to-${to}`, 'data-row': String(r), title: label, 'aria-label': label,
      onclick: () => copy([r], from) }, from === 'left' ? '→' : '←', h('span', { class: 'copy-word' }, ` ${to}`));
  }

  function decorate(element, row, r) {
    if (!editor.on || row.kind === 'equal' || row.kind === 'moved') return;
    if (app.state.layout === 'unified') {
      element.querySelector('.ucell')?.prepend(h('div', { class: 'copy-pair' }, copyButton(row, r, 'right'), copyButton(row, r, 'left')));
      return;
    }
    const cells = element.querySelectorAll(':scope > .text');
    cells[0]?.prepend(copyButton(row, r, 'left'));
    cells[1]?.prepend(copyButton(row, r, 'right'));
  }

  // The rows of the current change (N/P), moved rows left out (their text is on both sides).
  function currentChange() {
    const start = view.starts[view.current];
    if (view.mode !== 'literal' || start === undefined) return [];
    const rows = [];
    for (let i = start; i < view.items.length && !view.items.isFold(i); i++) {
      const r = view.items.from[i];
      const kind = view.model.rows.kindAt(r);
      if (kind === 'equal') break;
      if (kind !== 'moved') rows.push(r);
    }
    return rows;
  }

  function onKey(event) {
    if (!editor.on || (event.key !== '>' && event.key !== '<')) return false;
    const rows = currentChange();
    if (!rows.length) app.status('Go to a change first (N or P): then > copies it to the right, < to the left.');
    else copy(rows, event.key === '>' ? 'left' : 'right');
    return true;
  }

  /** Starts editing; `restore` edits (put aside by stop()) come back with their history. */
  async function start(restore = null) {
    if (restore) for (const [id, text] of restore) setText(id, text);
    else history.clear();
    shelved = null;
    editor.on = true;
    // The single file has one engine, on the page: its re-comparisons go through app.task.
    if (!app.single) editor.engine ??= app.newEngine();
    p.toggle.setAttribute('aria-pressed', 'true');
    p.panel.hidden = false;
    parts.element.classList.add('editing');
    syncBoxes();
    await recompare();
    view.list.reset(view.items.length); // the rows get their ← / → buttons
    showState();
    for (const side of ['left', 'right']) {
      p.boxes[side].area.setSelectionRange(0, 0); // the start of each text, not its end
      p.boxes[side].area.scrollTop = 0;
    }
    p.boxes.left.area.focus();
  }

  async function stop() {
    clearTimeout(timer);
    flushTyping();
    const kept = new Map(edits);
    editor.on = false;
    p.toggle.setAttribute('aria-pressed', 'false');
    p.panel.hidden = true;
    parts.element.classList.remove('editing');
    edits.clear();
    editor.stamp++;
    await recompare();
    view.list.reset(view.items.length);
    p.toggle.focus();
    if (!kept.size) return;
    shelved = kept;
    const names = [...kept.keys()].map((id) => `“${app.store.byId(id)?.name ?? 'a removed document'}”`).join(' and ');
    app.status(`Edits of ${names} put aside: the documents are as saved.`, {
      action: { label: 'Bring the edits back', run: () => { if (!editor.on && shelved === kept) start(kept); } },
    });
  }

  async function keep() {
    const doc = docOf(target);
    if (!doc) return;
    const text = textOf(doc);
    if (text === doc.text) {
      app.status(`The ${target} side has no edits: “${doc.name}” is as saved, nothing to keep.`);
      return;
    }
    if (!text.trim()) {
      app.status('The edited text is empty: an empty text cannot be kept as a document.', { error: true });
      return;
    }
    const { documents, saved } = await app.store.add([{ name: editedName(doc.name), text, encoding: 'UTF-8', size: new Blob([text]).size }]);
    const added = documents[0];
    edits.delete(doc.id);
    history.rekey(doc.id, added.id);
    editor.stamp++;
    app.setState({ [target === 'left' ? 'a' : 'b']: app.store.indexOf(added.id) });
    app.status(`Kept as the new document “${added.name}”${saved ? '' : ' (not saved: see the warning above)'}; “${doc.name}” is unchanged.`, { error: !saved });
  }

  function downloadMerged() {
    const doc = docOf(target);
    if (!doc) return;
    const name = editedName(doc.name);
    download(/\.[A-Za-z0-9]{1,5}$/.test(name) ? name : `${name}.txt`, textOf(doc));
    app.status(`Downloaded the ${target} side${edits.has(doc.id) ? ', with its edits,' : ' (no edits)'} as “${name}”.`);
  }

  p.toggle.addEventListener('click', () => (editor.on ? stop() : start()));
  p.done.addEventListener('click', stop);
  p.undo.addEventListener('click', undo);
  p.redo.addEventListener('click', redo);
  p.keep.addEventListener('click', keep);
  p.download.addEventListener('click', downloadMerged);
  for (const side of ['left', 'right']) p.boxes[side].area.addEventListener('input', () => typed(side));
  for (const [button, side] of [[p.targetLeft, 'left'], [p.targetRight, 'right']]) {
    button.addEventListener('click', () => { target = side; showState(); });
  }
  // Ctrl+Z and the like outside the text boxes; inside one they are the browser's own.
  document.addEventListener('keydown', (event) => {
    if (!editor.on || parts.element.hidden || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.target.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
    else return;
    event.preventDefault();
  });
  window.addEventListener('beforeunload', (event) => {
    if (!edits.size && !shelved) return;
    event.preventDefault();
    event.returnValue = '';
  });
  parts.editedPair = ([left, right]) => (editor.on && left && right ? [{ ...left, text: textOf(left) }, { ...right, text: textOf(right) }] : null);
  /** After the pair or the documents change: the boxes show the pair's texts. */
  editor.refresh = () => { if (editor.on) syncBoxes(); };
  return editor;
}
