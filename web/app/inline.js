// Text of one side of a row, with its inline changes marked. Text goes in as text nodes only.
import { opRange } from './pair-model.js';

const REMOVED = new Set(['removed', 'delete', 'deleted']);
const ADDED = new Set(['added', 'insert', 'inserted']);

/** Appends to `parent` text[start, end) with the `inline` ops of `side` ('left'/'right') marked. */
export function appendMarkedText(parent, text, start, end, inline, side) {
  if (!inline?.length) {
    parent.append(document.createTextNode(text.slice(start, end)));
    return;
  }
  let at = start;
  const mine = side === 'left' ? REMOVED : ADDED;
  const theirs = side === 'left' ? ADDED : REMOVED;
  for (const op of inline) {
    if (theirs.has(op.kind)) continue;
    let [s, e] = opRange(op, side);
    if (!(e > s)) continue;
    s = Math.max(s, start);
    e = Math.min(e, end);
    if (e <= s) continue;
    if (s > at) parent.append(document.createTextNode(text.slice(at, s)));
    if (mine.has(op.kind)) {
      const mark = document.createElement(side === 'left' ? 'del' : 'ins');
      mark.className = side === 'left' ? 'mark-removed' : 'mark-added';
      mark.textContent = text.slice(s, e);
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(text.slice(s, e)));
    }
    at = Math.max(at, e);
  }
  if (at < end) parent.append(document.createTextNode(text.slice(at, end)));
}
