// Edit in place and merge, in the pair view: "✎ Edit" opens a text box for each side; what is
// typed is compared again 250 ms after the last key (in an engine worker of the editor's own,
// so a run on older texts is stopped by stopping that worker, never the workspace's analysis);
// each change gets ← / → buttons copying it to the other side (merge.js copyAcross); > and <
// copy the current change (N/P). Undo/Redo (buttons, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside a
// text box: inside one the browser's own undo is left alone) go through whole steps, a copy or
// a pause in typing. An edited text is never written over its document: "Keep as new document"
// adds it beside the original, "Download" saves it as a file. The edits live in memory, by
// document, while editing is on; "Done" with edits left says so with a button bringing them back.
// The parts: edit-parts.js (elements), edit-rows.js (the buttons in the rows).
import { download } from '../../dom.js';
import { EditHistory, copyAcross, editedName } from '../../merge.js';
import { createEditParts } from './edit-parts.js';
import { addCopyButtons, currentChangeRows, mergeRow, other, placeOf } from './edit-rows.js';

/** Quiet time after the last key before the texts are compared again, in ms. */
const TYPING_PAUSE = 250;
/** Texts longer than this (UTF-16 code units) are not put in a text box; ← / → still work. */
const BOX_LIMIT = 4_000_000;

/** The editor of a pair view; pair.js, model.js, rows.js and rewrite-mode.js ask it. */
class PairEditor {
  /** Whether editing is on (the rows are literal and carry copy buttons). */
  on = false;
  /** Changes with every edit: part of the pair view's comparison key. */
  stamp = 0;
  /** The editor's own engine worker (null in the single file, whose one engine is on the page). */
  engine = null;
  #edits = new Map(); // document id → its edited text (only while it differs)
  #pending = new Map(); // document id → its text before the typing not yet in the history
  #history = new EditHistory();
  #timer = 0;
  #target = 'right'; // the side Download and Keep take
  #shelved = null; // the edits "Done" put aside, until editing starts again

  constructor(view, parts, recompare) {
    this.view = view;
    this.app = view.app;
    this.parts = parts;
    this.recompare = recompare;
    this.p = createEditParts();
    parts.rows.group.after(this.p.toggle);
    parts.element.querySelector('.diff-body').before(this.p.panel);
    this.#bind();
  }

  #docs() {
    return [this.app.store.documents[this.app.state.a], this.app.store.documents[this.app.state.b]];
  }

  #docOf(side) {
    return this.#docs()[side === 'left' ? 0 : 1];
  }

  #textOf(doc) {
    return this.#edits.has(doc.id) ? this.#edits.get(doc.id) : doc.text;
  }

  /** The texts to compare for documents `left` and `right`: the edited ones while editing. */
  textsOf(left, right) {
    return this.on ? [this.#textOf(left), this.#textOf(right)] : [left.text, right.text];
  }

  /** The documents of the exports, with their edited texts while editing; null when not editing. */
  editedPair([left, right]) {
    return this.on && left && right ? [{ ...left, text: this.#textOf(left) }, { ...right, text: this.#textOf(right) }] : null;
  }

  /** Adds the copy buttons to the element of row `r` while editing (rows.js). */
  decorate(element, row, r) {
    if (!this.on) return;
    addCopyButtons(element, row, r, { unit: this.view.model.unit, unified: this.app.state.layout === 'unified', copy: (rows, from) => this.copy(rows, from) });
  }

  /** > and < while editing: copy the current change to the right / left. True when handled. */
  onKey(event) {
    if (!this.on || (event.key !== '>' && event.key !== '<')) return false;
    const rows = currentChangeRows(this.view);
    if (!rows.length) this.app.status('Go to a change first (N or P): then > copies it to the right, < to the left.');
    else this.copy(rows, event.key === '>' ? 'left' : 'right');
    return true;
  }

  /** After the pair or the documents change: the boxes show the pair's texts. */
  refresh() {
    this.p.toggle.hidden = !this.view.model && !this.on; // no pair, nothing to edit
    if (this.on) this.#syncBoxes();
  }

  #setText(id, text) {
    const doc = this.app.store.byId(id);
    if (!doc || text === doc.text) this.#edits.delete(id);
    else this.#edits.set(id, text);
    this.stamp++;
  }

  #showState() {
    const { p } = this;
    const [left, right] = this.#docs();
    p.undo.disabled = !this.#history.canUndo;
    p.redo.disabled = !this.#history.canRedo;
    p.targetLeft.setAttribute('aria-pressed', String(this.#target === 'left'));
    p.targetRight.setAttribute('aria-pressed', String(this.#target === 'right'));
    if (!left || !right) {
      p.state.textContent = 'Choose two documents to edit them.';
      return;
    }
    const said = (doc, side) => `${side} ${this.#edits.has(doc.id) ? 'edited (not saved)' : 'as saved'}`;
    const rewrite = this.app.state.rows === 'rewrite' || this.view.autoRows === 'rewrite'
      ? ' Rewrite rows come back when you are done: while editing, rows are literal, so that each change can be copied.' : '';
    p.state.textContent = `${said(left, 'Left')}, ${said(right, 'right')}. Type in either box (double-click a row to find it there), or copy a change with ← / → (or > / < on the current change).${rewrite}`;
  }

  #syncBoxes() {
    const [left, right] = this.#docs();
    for (const [side, doc] of [['left', left], ['right', right]]) {
      const box = this.p.boxes[side];
      box.name.textContent = doc ? doc.name : '';
      const text = doc ? this.#textOf(doc) : '';
      const tooLong = text.length > BOX_LIMIT;
      box.area.hidden = tooLong;
      box.note.hidden = !tooLong;
      box.note.textContent = tooLong ? `Too long to edit in a box (${text.length.toLocaleString()} characters): copy changes with ← / →, then download or keep it.` : '';
      if (!tooLong && box.area.value !== text) box.area.value = text;
    }
    this.#showState();
  }

  // The history gets the typing since the last pause as one step.
  #flushTyping() {
    if (!this.#pending.size) return;
    const changes = [...this.#pending].map(([id, before]) => {
      const doc = this.app.store.byId(id);
      return { id, before, after: doc ? this.#textOf(doc) : before };
    });
    this.#history.push(changes, 'typing');
    this.#pending.clear();
  }

  async #redraw() {
    clearTimeout(this.#timer);
    this.#flushTyping();
    this.#syncBoxes();
    await this.recompare();
    this.#showState();
  }

  #typed(side) {
    const doc = this.#docOf(side);
    if (!doc) return;
    const { area } = this.p.boxes[side];
    if (!this.#pending.has(doc.id)) this.#pending.set(doc.id, this.#textOf(doc));
    this.#setText(doc.id, area.value);
    if (this.#docOf(other(side))?.id === doc.id) this.p.boxes[other(side)].area.value = area.value; // one document on both sides
    this.#target = side;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#redraw(), TYPING_PAUSE);
  }

  /** Copies rows `indices` (of the comparison shown) from side `from` to the other side. */
  async copy(indices, from) {
    const { rows, unit } = this.view.model;
    const to = other(from);
    const doc = this.#docOf(to);
    const [left, right] = this.#docs();
    if (!doc || !left || !right) return;
    this.#flushTyping();
    const before = this.#textOf(doc);
    const merged = copyAcross([this.#textOf(left), this.#textOf(right)], indices.map((r) => mergeRow(rows, r, to)), from, unit);
    const after = merged[to === 'left' ? 0 : 1];
    const where = placeOf(rows.at(indices[0]), from, unit);
    this.#history.push([{ id: doc.id, before, after }], `copy ${from} ${where} to the ${to}`);
    this.#setText(doc.id, after);
    this.#target = to;
    this.parts.scroller.focus({ preventScroll: true }); // the row copied goes away: the keys stay in the rows
    await this.#redraw();
    const count = indices.length > 1 ? ` (${indices.length} rows)` : '';
    this.app.status(`Copied the ${from} side's ${where} to the ${to}${count}. Undo: Ctrl+Z or ↶ Undo.`);
  }

  #step(word) {
    this.#flushTyping();
    const step = word === 'undo' ? this.#history.undo() : this.#history.redo();
    if (!step) {
      this.app.status(`Nothing to ${word}.`);
      return;
    }
    for (const { id, text } of step.texts) this.#setText(id, text);
    this.#redraw();
    // The last undo (or redo) disables its button: the focus goes to the other, not to the page.
    const [pressed, otherButton] = word === 'undo' ? [this.p.undo, this.p.redo] : [this.p.redo, this.p.undo];
    if (document.activeElement === pressed && pressed.disabled) otherButton.focus();
    this.app.status(`${word === 'undo' ? 'Undone' : 'Redone'}: ${step.label}.`);
  }

  /** Starts editing; `restore` (edits put aside by stop()) comes back with its history. */
  async start(restore = null) {
    if (restore) for (const [id, text] of restore) this.#setText(id, text);
    else this.#history.clear();
    this.#shelved = null;
    this.on = true;
    if (!this.app.single) this.engine ??= this.app.newEngine();
    this.#showPanel(true);
    this.#syncBoxes();
    await this.recompare();
    this.view.list.reset(this.view.items.length); // the rows get their ← / → buttons
    this.#showState();
    for (const { area } of Object.values(this.p.boxes)) {
      area.setSelectionRange(0, 0); // each text from its start, not its end
      area.scrollTop = 0;
    }
    this.p.boxes.left.area.focus();
  }

  #showPanel(on) {
    this.p.toggle.setAttribute('aria-pressed', String(on));
    this.p.panel.hidden = !on;
    this.parts.element.classList.toggle('editing', on);
  }

  /** Stops editing: the documents show as saved; edits left are put aside, with a way back. */
  async stop() {
    clearTimeout(this.#timer);
    this.#flushTyping();
    const kept = new Map(this.#edits);
    this.on = false;
    this.#showPanel(false);
    this.#edits.clear();
    this.stamp++;
    await this.recompare();
    // The editor's worker holds a second wasm instance: end it; editing again starts a new one.
    if (!this.on) {
      this.engine?.close();
      this.engine = null;
    }
    this.view.list.reset(this.view.items.length);
    this.p.toggle.focus();
    if (!kept.size) return;
    this.#shelved = kept;
    const names = [...kept.keys()].map((id) => `“${this.app.store.byId(id)?.name ?? 'a removed document'}”`).join(' and ');
    this.app.status(`Edits of ${names} put aside: the documents are as saved.`, {
      action: { label: 'Bring the edits back', run: () => { if (!this.on && this.#shelved === kept) this.start(kept); } },
    });
  }

  /** Adds the chosen side, edited, as a new document beside its original, and shows it there. */
  async keep() {
    const doc = this.#docOf(this.#target);
    if (!doc) return;
    const text = this.#textOf(doc);
    if (text === doc.text) {
      this.app.status(`The ${this.#target} side has no edits: “${doc.name}” is as saved, nothing to keep.`);
      return;
    }
    if (!text.trim()) {
      this.app.status('The edited text is empty: an empty text cannot be kept as a document.', { error: true });
      return;
    }
    // Through the store, not the first-files path: keeping an edited example must not replace the examples.
    const name = editedName(doc.name, this.app.store.documents.map((d) => d.name));
    const { documents, saved } = await this.app.store.add([{ name, text, encoding: 'UTF-8', size: new Blob([text]).size }]);
    const added = documents[0];
    this.#edits.delete(doc.id);
    this.#history.rekey(doc.id, added.id);
    this.stamp++;
    this.app.setState({ [this.#target === 'left' ? 'a' : 'b']: this.app.store.indexOf(added.id) });
    this.app.status(`Kept as the new document “${added.name}”${saved ? '' : ' (not saved: see the warning above)'}; “${doc.name}” is unchanged.`, { error: !saved });
  }

  #download() {
    const doc = this.#docOf(this.#target);
    if (!doc) return;
    const name = editedName(doc.name);
    const file = /\.[A-Za-z0-9]{1,5}$/.test(name) ? name : `${name}.txt`;
    download(file, this.#textOf(doc));
    this.app.status(`Downloaded the ${this.#target} side${this.#edits.has(doc.id) ? ', with its edits,' : ' (no edits)'} as “${file}”.`);
  }

  /** A double-click on a row's side while editing: that unit selected in its box, scrolled to. */
  #editInBox(event) {
    const rowElement = event.target.closest?.('.diff-row');
    if (!this.on || this.view.mode !== 'literal' || !rowElement || event.target.closest('button')) return;
    const r = Number(rowElement.getAttribute('aria-rowindex')) - 1;
    const line = event.target.closest('.uline');
    const cells = [...rowElement.querySelectorAll(':scope > .text')];
    const side = line ? (line.classList.contains('added') ? 'right' : 'left') : cells.indexOf(event.target.closest('.text')) === 1 ? 'right' : 'left';
    const { area } = this.p.boxes[side];
    if (r < 0 || area.hidden) return;
    const range = this.view.model.rows.at(r)?.[side];
    const start = range ? range.start : Math.max(0, mergeRow(this.view.model.rows, r, side).anchor);
    area.focus({ preventScroll: true });
    area.setSelectionRange(start, range ? range.end : start);
    area.scrollTop = Math.max(0, this.#heightBefore(area, start) - area.clientHeight / 3);
    area.scrollIntoView({ block: 'nearest' });
  }

  // The height of the box's text before offset `end`, measured in a hidden box of the same width.
  #heightBefore(area, end) {
    this.mirror ??= document.body.appendChild(Object.assign(document.createElement('textarea'), { tabIndex: -1, className: 'texts-box edit-box edit-mirror' }));
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.style.width = `${area.clientWidth}px`;
    this.mirror.value = area.value.slice(0, end);
    const height = this.mirror.scrollHeight;
    this.mirror.value = '';
    return height;
  }

  // Ctrl+Z and the like outside the text boxes; inside one they are the browser's own.
  #onDocumentKey(event) {
    if (!this.on || this.parts.element.hidden || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.target.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.#step('undo');
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.#step('redo');
    else return;
    event.preventDefault();
  }

  #bind() {
    const { p } = this;
    p.toggle.addEventListener('click', () => (this.on ? this.stop() : this.start()));
    p.done.addEventListener('click', () => this.stop());
    p.undo.addEventListener('click', () => this.#step('undo'));
    p.redo.addEventListener('click', () => this.#step('redo'));
    p.keep.addEventListener('click', () => this.keep());
    p.download.addEventListener('click', () => this.#download());
    for (const side of ['left', 'right']) p.boxes[side].area.addEventListener('input', () => this.#typed(side));
    for (const [button, side] of [[p.targetLeft, 'left'], [p.targetRight, 'right']]) {
      button.addEventListener('click', () => { this.#target = side; this.#showState(); });
    }
    document.addEventListener('keydown', (event) => this.#onDocumentKey(event));
    this.parts.scroller.addEventListener('dblclick', (event) => this.#editInBox(event));
    window.addEventListener('beforeunload', (event) => {
      if (!this.#edits.size && !this.#shelved) return;
      event.preventDefault();
      event.returnValue = ''; // leaving with unsaved edits asks first
    });
  }
}

/**
 * Adds editing to the pair view `view` (pair.js) drawn into `parts` (toolbar.js); `recompare()`
 * compares the shown pair again (with the edited texts) and draws it. Returns the editor.
 */
export function installEditing(view, parts, { recompare }) {
  const editor = new PairEditor(view, parts, recompare);
  parts.editedPair = (docs) => editor.editedPair(docs);
  return editor;
}
