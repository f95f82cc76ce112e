// Merging two texts change by change, as the pair view's "copy to the other side" buttons do,
// and the undo history of those edits. Pure: no DOM, no engine; tests/js/merge.test.mjs.
//
//   const [left, right] = copyAcross([a, b], rows, 'left', 'line');   // make b match a there
//   const history = new EditHistory();
//   history.push([{ id, before, after }]);  history.undo();  // → the changes to put back
//
// A row is one row of compare() as the pair view holds it: `left`/`right` are {start, end} of
// the unit on that side (UTF-16 offsets) or null where that side has none, and `anchor` is
// where the missing side's unit would go: the end of the previous unit on that side, or -1
// when no unit comes before it (see anchorOf).

/** The line ending `text` uses: CRLF when it has one, else LF. */
function newlineOf(text) {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** What separates two units: a line ending between lines, a blank line between paragraphs. */
function separatorOf(text, unit) {
  const newline = newlineOf(text);
  return unit === 'paragraph' ? newline + newline : newline;
}

// `unitText` put into `target` after offset `anchor` (-1: before everything), as a unit of its own.
function insertUnit(target, anchor, unitText, unit) {
  const separator = separatorOf(target, unit);
  if (anchor < 0) return target.trim() === '' ? unitText + target : unitText + separator + target;
  return target.slice(0, anchor) + separator + unitText + target.slice(anchor);
}

// `target` without its unit [start, end) and one separator: the one after it, or before it when
// only white space follows (the last unit), so the units around it stay apart and the text's
// own ending stays as it was.
function removeUnit(target, start, end, unit) {
  const after = unit === 'paragraph' ? /^(?:[ \t]*(?:\r\n|\n|\r))+/ : /^(?:\r\n|\n|\r)/;
  const before = unit === 'paragraph' ? /(?:(?:\r\n|\n|\r)[ \t]*)+$/ : /(?:\r\n|\n|\r)$/;
  const rest = target.slice(end);
  const following = after.exec(rest)?.[0] ?? '';
  if (rest.slice(following.length).trim() !== '' || start === 0) {
    return target.slice(0, start) + rest.slice(following.length);
  }
  const head = target.slice(0, start);
  const preceding = before.exec(head)?.[0] ?? '';
  return head.slice(0, head.length - preceding.length) + rest;
}

/**
 * The texts after copying `from`'s side ('left' or 'right') of `rows` to the other side: each
 * unit of `from` replaces the other side's unit beside it, is inserted where the other side has
 * none, and where `from` has none the other side's unit is removed. `texts` is [left, right];
 * `unit` is the comparison's unit ('line' or 'paragraph'). Rows are given in row order.
 */
export function copyAcross(texts, rows, from, unit) {
  const to = from === 'left' ? 'right' : 'left';
  const source = texts[from === 'left' ? 0 : 1];
  let target = texts[to === 'left' ? 0 : 1];
  // Last row first: the offsets of the rows before it stay true.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    const mine = row[from];
    const theirs = row[to];
    if (mine && theirs) target = target.slice(0, theirs.start) + source.slice(mine.start, mine.end) + target.slice(theirs.end);
    else if (mine) target = insertUnit(target, row.anchor, source.slice(mine.start, mine.end), unit);
    else if (theirs) target = removeUnit(target, theirs.start, theirs.end, unit);
  }
  return to === 'left' ? [target, texts[1]] : [texts[0], target];
}

/**
 * Where row `r`'s unit on `side` would go when it has none: the end of the nearest unit on
 * that side in the rows before it, or -1. `rangeAt(k)` is row k's range on `side` or null.
 */
export function anchorOf(r, rangeAt) {
  for (let k = r - 1; k >= 0; k--) {
    const range = rangeAt(k);
    if (range) return range.end;
  }
  return -1;
}

/**
 * "draft.txt" → "draft (edited).txt": the name of an edited copy kept as a new document; with
 * `taken` (the names in use) "draft (edited 2).txt" and on when that one is taken.
 */
export function editedName(name, taken = []) {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 && name.length - dot <= 6 ? name.slice(0, dot) : name;
  const extension = name.slice(stem.length);
  const base = stem.replace(/ \(edited(?: \d+)?\)$/, '');
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const candidate = `${base} (edited${n === 1 ? '' : ` ${n}`})${extension}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * The undo and redo stacks of the edits: a step is a list of changes {id, before, after}, one
 * per text it changed (a copy across changes one; typing in both boxes before a pause, two).
 */
export class EditHistory {
  #done = [];
  #undone = [];

  /** Records a step; a new step drops what was undone. Steps that change nothing are left out. */
  push(changes, label = '') {
    const real = changes.filter((change) => change.before !== change.after);
    if (!real.length) return;
    this.#done.push({ changes: real, label });
    this.#undone = [];
  }

  /** Whether there is a step to undo. */
  get canUndo() {
    return this.#done.length > 0;
  }

  /** Whether there is a step to redo. */
  get canRedo() {
    return this.#undone.length > 0;
  }

  /** The last step, taken back: {label, texts: [{id, text}]} to set, or null. */
  undo() {
    const step = this.#done.pop();
    if (!step) return null;
    this.#undone.push(step);
    return { label: step.label, texts: step.changes.map(({ id, before }) => ({ id, text: before })) };
  }

  /** The last undone step, done again: {label, texts: [{id, text}]} to set, or null. */
  redo() {
    const step = this.#undone.pop();
    if (!step) return null;
    this.#done.push(step);
    return { label: step.label, texts: step.changes.map(({ id, after }) => ({ id, text: after })) };
  }

  /** Steps on text `from` now stand for text `to` (an edited text kept as a new document). */
  rekey(from, to) {
    for (const step of [...this.#done, ...this.#undone]) {
      for (const change of step.changes) if (change.id === from) change.id = to;
    }
  }

  /** Forgets every step. */
  clear() {
    this.#done = [];
    this.#undone = [];
  }
}
