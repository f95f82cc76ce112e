// The pair view's model of a compare() result (rows paired by similarity, inline marks, moves),
// plus the display items of the view: rows, and folds standing for collapsed unchanged stretches.
import { foldOf } from '../lib/report.js';

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
  for (const op of inline) ops.push(INLINE_KINDS.indexOf(op.kind), op.leftStart, op.leftEnd, op.rightStart, op.rightEnd);
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
    rows.set([row.leftUnit ?? -1, row.leftStart, row.leftEnd, row.rightUnit ?? -1, row.rightStart, row.rightEnd], p + 1);
    rows[p + 7] = row.moveId ?? -1;
    rows[p + 8] = packInline(row.inline, lists, ops, listStarts);
    similarity[r] = row.similarity;
  });
  return {
    unit: result.unit, moves: result.moves, stats: result.stats, lineEndings: result.lineEndings,
    rows, similarity, inline: Int32Array.from(ops), listStarts: Int32Array.from(listStarts),
  };
}

/** One row of the view; `inline` is unpacked on first use. */
class PairRow {
  // `left`/`right`: {index, start, end} of the unit, or null; `ranges` the API's flat ranges
  // (a missing side is an empty range where it would be), kept for the JSON export.
  constructor(kind, left, right, ranges, similarity, moveId, packed, list) {
    this.kind = kind;
    this.left = left;
    this.right = right;
    this.ranges = ranges;
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

  /** The row as compare() gives it. */
  toJSON() {
    const { kind, left, right, ranges, similarity, moveId, inline } = this;
    return {
      kind, leftUnit: left ? left.index : null, leftStart: ranges[0], leftEnd: ranges[1],
      rightUnit: right ? right.index : null, rightStart: ranges[2], rightEnd: ranges[3],
      similarity, moveId: moveId < 0 ? null : moveId, inline,
    };
  }
}

/** The pair view's model of a compare() result, from packComparison()'s arrays. */
export function fromPacked(packed) {
  const { rows: r } = packed;
  const rows = new Array(r.length / ROW_FIELDS);
  for (let i = 0, p = 0; i < rows.length; i++, p += ROW_FIELDS) {
    const left = r[p + 1] < 0 ? null : { index: r[p + 1], start: r[p + 2], end: r[p + 3] };
    const right = r[p + 4] < 0 ? null : { index: r[p + 4], start: r[p + 5], end: r[p + 6] };
    const ranges = [r[p + 2], r[p + 3], r[p + 5], r[p + 6]];
    rows[i] = new PairRow(KINDS[r[p]], left, right, ranges, packed.similarity[i], r[p + 7], packed, r[p + 8]);
  }
  return { unit: packed.unit, rows, moves: packed.moves, stats: packed.stats, lineEndings: packed.lineEndings };
}
