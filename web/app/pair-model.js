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

// The pair view's comparison crosses from the worker as typed arrays (transferred, not copied):
// a structured clone of 100,000 row objects with their inline operations cost the page's thread
// seconds. Rows are rebuilt on the page as light objects whose inline operations are read from
// the packed array only when a row is drawn.
const KINDS = ['equal', 'changed', 'removed', 'added', 'moved'];
const INLINE_KINDS = ['equal', 'removed', 'added'];
const ROW_FIELDS = 9; // kind, left index/start/end, right index/start/end, moveId, inline list
const INLINE_FIELDS = 5; // kind, leftStart, leftEnd, rightStart, rightEnd

// The index of `inline`'s list in `ops` (its start in `starts`), packing it if it is new.
function packInline(inline, lists, ops, starts) {
  if (!inline.length) return -1;
  if (lists.has(inline)) return lists.get(inline);
  const index = lists.size;
  lists.set(inline, index);
  starts.push(ops.length);
  ops.push(inline.length);
  for (const op of inline) {
    const [ls, le] = opRange(op, 'left');
    const [rs, re] = opRange(op, 'right');
    ops.push(INLINE_KINDS.indexOf(op.kind), ls, le, rs, re);
  }
  return index;
}

/** compare()'s result as typed arrays (see fromPacked); runs where the engine runs. */
export function packComparison(result) {
  const n = result.rows.length;
  const rows = new Int32Array(n * ROW_FIELDS);
  const similarity = new Float64Array(n);
  const lists = new Map(); // one inline list shared by both ends of a moved-and-edited unit
  const ops = [];
  const listStarts = [];
  result.rows.forEach((row, r) => {
    const p = r * ROW_FIELDS;
    rows[p] = KINDS.indexOf(row.kind);
    for (const [side, at] of [[row.left, p + 1], [row.right, p + 4]]) {
      rows[at] = side ? side.index : -1;
      rows[at + 1] = side ? side.start : 0;
      rows[at + 2] = side ? side.end : 0;
    }
    rows[p + 7] = row.moveId ?? -1;
    rows[p + 8] = packInline(row.inline ?? [], lists, ops, listStarts);
    similarity[r] = row.similarity ?? (row.kind === 'equal' ? 1 : 0);
  });
  return {
    unit: result.unit ?? 'line', moves: result.moves ?? [], stats: result.stats ?? {},
    rows, similarity, inline: Int32Array.from(ops), listStarts: Int32Array.from(listStarts),
  };
}

/** One row of the view; `inline` is unpacked on first use. */
class PairRow {
  constructor(kind, left, right, similarity, moveId, packed, list) {
    this.kind = kind;
    this.left = left;
    this.right = right;
    this.similarity = similarity;
    this.moveId = moveId;
    this.packed = packed;
    this.list = list;
    this.unpacked = null;
  }

  get inline() {
    if (this.unpacked) return this.unpacked;
    const ops = [];
    if (this.list >= 0) {
      const { inline, listStarts } = this.packed;
      const start = listStarts[this.list];
      for (let k = 0, p = start + 1; k < inline[start]; k++, p += INLINE_FIELDS) {
        ops.push({ kind: INLINE_KINDS[inline[p]], leftStart: inline[p + 1], leftEnd: inline[p + 2], rightStart: inline[p + 3], rightEnd: inline[p + 4] });
      }
    }
    this.unpacked = ops;
    return ops;
  }

  toJSON() {
    const { kind, left, right, similarity, moveId, inline } = this;
    return { kind, left, right, similarity, moveId, inline };
  }
}

/** The pair view's model of a compare() result, from packComparison()'s arrays. */
export function fromPacked(packed) {
  const { rows: r } = packed;
  const rows = new Array(r.length / ROW_FIELDS);
  for (let i = 0, p = 0; i < rows.length; i++, p += ROW_FIELDS) {
    const left = r[p + 1] < 0 ? null : { index: r[p + 1], start: r[p + 2], end: r[p + 3] };
    const right = r[p + 4] < 0 ? null : { index: r[p + 4], start: r[p + 5], end: r[p + 6] };
    rows[i] = new PairRow(KINDS[r[p]], left, right, packed.similarity[i], r[p + 7], packed, r[p + 8]);
  }
  return { source: 'compare', unit: packed.unit, rows, moves: packed.moves, stats: packed.stats, lineEndings: packed.lineEndings };
}
