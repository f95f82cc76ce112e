// The pair view's model of a compare() result (rows paired by similarity, inline marks, moves),
// plus the display items of the view: rows, and folds standing for collapsed unchanged stretches.
import { foldOf } from '../lib/report.js';

// One side of a row as the view draws it: its unit index and text range, or null.
function side(row, which) {
  const index = row[`${which}Unit`];
  return index === null ? null : { index, start: row[`${which}Start`], end: row[`${which}End`] };
}

/** The view model of a compare() result (`result` kept as is: the JSON export). */
export function fromCompare(result) {
  return {
    result,
    unit: result.unit,
    rows: result.rows.map((row) => ({
      kind: row.kind,
      left: side(row, 'left'),
      right: side(row, 'right'),
      similarity: row.similarity,
      moveId: row.moveId ?? -1,
      inline: row.inline,
    })),
    moves: result.moves,
    stats: result.stats,
    lineEndings: result.lineEndings,
  };
}

/**
 * Display items: {type: 'row', row: index} or {type: 'fold', from, to} (rows [from, to) hidden).
 * Unchanged stretches fold as in the HTML report (lib/report.js foldOf), unless `expanded` has
 * their start.
 */
export function displayItems(rows, { collapse, expanded }) {
  const items = [];
  for (let i = 0; i < rows.length;) {
    if (rows[i].kind !== 'equal' || !collapse) {
      items.push({ type: 'row', row: i++ });
      continue;
    }
    let end = i;
    while (end < rows.length && rows[end].kind === 'equal') end++;
    const fold = expanded.has(i) ? null : foldOf(i, end, rows.length);
    if (fold) {
      for (let k = i; k < fold.from; k++) items.push({ type: 'row', row: k });
      items.push({ type: 'fold', from: fold.from, to: fold.to, key: i });
      for (let k = fold.to; k < end; k++) items.push({ type: 'row', row: k });
    } else {
      for (let k = i; k < end; k++) items.push({ type: 'row', row: k });
    }
    i = end;
  }
  return items;
}

/** Indices (into items) where a change starts: a non-equal row after an equal row or fold. */
export function changeStarts(items, rows) {
  const starts = [];
  let inChange = false;
  items.forEach((item, index) => {
    const changed = item.type === 'row' && rows[item.row].kind !== 'equal';
    if (changed && !inChange) starts.push(index);
    inChange = changed;
  });
  return starts;
}
