// One shape for a pair comparison, whichever engine call produced it: the aligned diff
// (`compare`: rows paired by similarity, inline marks, moves) or the line diff (`diff`: removed
// and added lines of a change facing each other in order). Plus the display items of the view:
// rows, and folds standing for collapsed unchanged stretches.

/** Range of an inline op on one side: supports {left: {start, end}} and {leftStart, leftEnd}. */
export function opRange(op, side) {
  const range = op[side];
  if (range && typeof range === 'object') return [range.start, range.end];
  return [op[`${side}Start`], op[`${side}End`]];
}

/** The compare() result, normalised a little (missing fields filled). */
export function fromCompare(result) {
  return {
    source: 'compare',
    unit: result.unit ?? 'line',
    rows: result.rows.map((row) => ({
      kind: row.kind,
      left: row.left ?? null,
      right: row.right ?? null,
      similarity: row.similarity ?? (row.kind === 'equal' ? 1 : 0),
      moveId: row.moveId ?? -1,
      inline: row.inline ?? [],
    })),
    moves: result.moves ?? [],
    stats: result.stats ?? {},
  };
}

/** The diff() result in the same shape: a change block's lines face each other in order. */
export function fromLineDiff(result) {
  const rows = [];
  const side = (row, which) => ({
    index: row[`${which}Line`] - 1,
    start: row[`${which}Start`],
    end: row[`${which}End`],
  });
  const src = result.rows;
  for (let i = 0; i < src.length;) {
    if (src[i].kind === 'equal') {
      rows.push({ kind: 'equal', left: side(src[i], 'left'), right: side(src[i], 'right'), similarity: 1, moveId: -1, inline: [] });
      i++;
      continue;
    }
    const removed = [];
    const added = [];
    for (; i < src.length && src[i].kind !== 'equal'; i++) (src[i].kind === 'removed' ? removed : added).push(src[i]);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const l = removed[k];
      const r = added[k];
      rows.push({
        kind: l && r ? 'changed' : l ? 'removed' : 'added',
        left: l ? side(l, 'left') : null,
        right: r ? side(r, 'right') : null,
        similarity: 0,
        moveId: -1,
        inline: [],
      });
    }
  }
  const { stats } = result;
  let changed = 0;
  for (const row of rows) if (row.kind === 'changed') changed++;
  return {
    source: 'diff',
    unit: 'line',
    rows,
    moves: [],
    stats: {
      kept: stats.equal,
      changed,
      removed: stats.removed - changed,
      added: stats.added - changed,
      moved: 0,
      similarity: stats.leftLines + stats.rightLines ? (2 * stats.equal) / (stats.leftLines + stats.rightLines) : 1,
    },
    lineEndings: result.lineEndings,
  };
}

export const CONTEXT_ROWS = 3;
/** Fewer unchanged rows than this are shown rather than folded. */
export const MIN_FOLD = 4;

/**
 * Display items: {type: 'row', row: index} or {type: 'fold', from, to} (rows [from, to) hidden).
 * Unchanged stretches fold, but for CONTEXT_ROWS around changes, when at least MIN_FOLD rows
 * would hide, unless `expanded` has their start.
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
    const head = i === 0 ? 0 : CONTEXT_ROWS;
    const tail = end === rows.length ? 0 : CONTEXT_ROWS;
    if (end - i - head - tail >= MIN_FOLD && !expanded.has(i)) {
      for (let k = i; k < i + head; k++) items.push({ type: 'row', row: k });
      items.push({ type: 'fold', from: i + head, to: end - tail, key: i });
      for (let k = end - tail; k < end; k++) items.push({ type: 'row', row: k });
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

/** The line endings of a text: 'none', 'lf', 'crlf', 'cr' or 'mixed'. */
export function lineEndingsOf(text) {
  const crlf = text.split('\r\n').length - 1;
  const cr = text.split('\r').length - 1 - crlf;
  const lf = text.split('\n').length - 1 - crlf;
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter(Boolean);
  return kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0] : 'mixed';
}
