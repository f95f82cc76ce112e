// The editor's part in the rows (edit.js): a copy button on each side of each change row (→ on
// the left copies the left's version to the right, ← on the right the right's to the left),
// the rows of the current change for > / <, and a row made ready for merge.js copyAcross.
import { h } from '../../dom.js';
import { anchorOf } from '../../merge.js';

/** The other side. */
export const other = (side) => (side === 'left' ? 'right' : 'left');

/** Row `r` of `rows` (PackedRows) as copyAcross() takes it, copied towards `to`. */
export function mergeRow(rows, r, to) {
  const row = rows.at(r);
  return { left: row.left, right: row.right, anchor: anchorOf(r, (k) => (rows.spanAt(k, to) >= 0 ? rows.at(k)[to] : null)) };
}

/** "¶ 3" or "line 3": where row `row` is, on `side` if it has a unit there, else on the other. */
export function placeOf(row, side, unit) {
  return `${unit === 'paragraph' ? '¶' : 'line'} ${(row[side] ?? row[other(side)]).index + 1}`;
}

function copyButton(row, r, from, unit, copy) {
  const to = other(from);
  const word = unit === 'paragraph' ? '¶' : 'line';
  const mine = row[from];
  const theirs = row[to];
  const label = mine && theirs ? `Copy ${from} ${word} ${mine.index + 1} over ${to} ${word} ${theirs.index + 1}`
    : mine ? `Insert ${from} ${word} ${mine.index + 1} into the ${to}`
      : `Remove ${to} ${word} ${theirs.index + 1} (the ${from} has none here)`;
  return h('button', { type: 'button', class: `copy-across copy-to-${to}`, 'data-row': String(r), title: label, 'aria-label': label,
    onclick: () => copy([r], from) }, from === 'left' ? '→' : '←', h('span', { class: 'copy-word' }, ` ${to}`));
}

/**
 * Adds the copy buttons to the element of row `r` (a PairRow) of a comparison by `unit`;
 * `copy(rows, from)` copies. Equal rows have none, nor have moved rows (their text is on both sides).
 */
export function addCopyButtons(element, row, r, { unit, unified, copy }) {
  if (row.kind === 'equal' || row.kind === 'moved') return;
  if (unified) {
    element.querySelector('.ucell')?.prepend(h('div', { class: 'copy-pair' }, copyButton(row, r, 'right', unit, copy), copyButton(row, r, 'left', unit, copy)));
    return;
  }
  const cells = element.querySelectorAll(':scope > .text');
  cells[0]?.prepend(copyButton(row, r, 'left', unit, copy));
  cells[1]?.prepend(copyButton(row, r, 'right', unit, copy));
}

/** The rows of the pair view's current change (N/P), moved rows left out; [] when there is none. */
export function currentChangeRows(view) {
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
