// The pair view's model of a compare() result (rows paired by similarity, inline marks, moves),
// plus the display items of the view: rows, and folds standing for collapsed unchanged stretches.
// Both live in typed arrays; objects are made only for the rows and items drawn.
import { FOLD_CONTEXT, foldOf } from '../lib/report.js';

// The pair view's comparison crosses from the worker as typed arrays (transferred, not copied):
// a structured clone of 100,000 row objects with their inline operations cost the page's thread
// seconds. On the page the rows stay in those arrays (PackedRows); a row becomes an object only
// when it is drawn, and its inline operations are read from the packed array then.
const KINDS = ['equal', 'changed', 'removed', 'added', 'moved'];
const EQUAL = 0;
const INLINE_KINDS = ['equal', 'removed', 'added'];
const ROW_FIELDS = 9; // kind, left index/start/end, right index/start/end, moveId, inline list
const INLINE_FIELDS = 5; // kind, leftStart, leftEnd, rightStart, rightEnd

/**
 * The display items of the view, in typed arrays (no object per row: a comparison of 100,000
 * rows made the page's thread allocate, promote and collect hundreds of thousands of objects).
 * Item i stands for rows [from[i], to[i]): one row, or a fold (collapsed unchanged stretch)
 * whose `key` (the start of the stretch, to name it in `expanded`) is key[i] >= 0.
 */
export class DisplayItems {
  constructor(from, to, key, length) {
    this.from = from;
    this.to = to;
    this.key = key;
    this.length = length;
  }

  /** Whether item `i` is a fold. */
  isFold(i) {
    return this.key[i] >= 0;
  }

  /** Item `i` as {type: 'row', row} or {type: 'fold', from, to, key} (made on each call). */
  at(i) {
    if (i < 0 || i >= this.length) return undefined;
    if (this.key[i] >= 0) return { type: 'fold', from: this.from[i], to: this.to[i], key: this.key[i] };
    return { type: 'row', row: this.from[i] };
  }
}

/**
 * The display items of `rows` (a PackedRows): every row, or with `collapse` the unchanged
 * stretches folded as in the HTML report (lib/report.js foldOf) with `context` rows kept around
 * each change, unless `expanded` has their start.
 */
export function displayItems(rows, { collapse, expanded, context = FOLD_CONTEXT }) {
  const n = rows.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const key = new Int32Array(n);
  let count = 0;
  const push = (start, end, k) => {
    from[count] = start;
    to[count] = end;
    key[count++] = k;
  };
  for (let i = 0; i < n;) {
    if (rows.kindCodeAt(i) !== EQUAL || !collapse) {
      push(i, i + 1, -1);
      i++;
      continue;
    }
    let end = i;
    while (end < n && rows.kindCodeAt(end) === EQUAL) end++;
    const fold = expanded.has(i) ? null : foldOf(i, end, n, context);
    if (fold) {
      for (let k = i; k < fold.from; k++) push(k, k + 1, -1);
      push(fold.from, fold.to, i);
      for (let k = fold.to; k < end; k++) push(k, k + 1, -1);
    } else {
      for (let k = i; k < end; k++) push(k, k + 1, -1);
    }
    i = end;
  }
  return new DisplayItems(from, to, key, count);
}

/** Indices (into items) where a change starts: a non-equal row after an equal row or fold. */
export function changeStarts(items, rows) {
  const starts = [];
  let inChange = false;
  for (let index = 0; index < items.length; index++) {
    const changed = !items.isFold(index) && rows.kindCodeAt(items.from[index]) !== EQUAL;
    if (changed && !inChange) starts.push(index);
    inChange = changed;
  }
  return starts;
}

/** For each row, the display item showing it (its own, or the fold hiding it). */
export function itemOfRows(items, rowCount) {
  const rowToItem = new Int32Array(rowCount).fill(-1);
  for (let index = 0; index < items.length; index++) rowToItem.fill(index, items.from[index], items.to[index]);
  return rowToItem;
}

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

/** One row of the view, made when it is drawn; `inline` is unpacked on first use. */
export class PairRow {
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

const SIDE_FIELD = { left: 1, right: 4 };

/**
 * The rows of a comparison, read from packComparison()'s arrays: the page keeps no object per
 * row. at(r) makes row r's PairRow (for the rows drawn); the numbers the whole view needs
 * (kinds, unit lengths) are read without one.
 */
export class PackedRows {
  #packed;

  constructor(packed) {
    this.#packed = packed;
    this.length = packed.rows.length / ROW_FIELDS;
  }

  /** Row r's kind as its index in KINDS (EQUAL for 'equal'). */
  kindCodeAt(r) {
    return this.#packed.rows[r * ROW_FIELDS];
  }

  /** Row r's kind: 'equal', 'changed', 'removed', 'added' or 'moved'. */
  kindAt(r) {
    return KINDS[this.kindCodeAt(r)];
  }

  /** The length in code units of row r's unit on `side` ('left' or 'right'), or -1 if it has none. */
  spanAt(r, side) {
    const p = r * ROW_FIELDS + SIDE_FIELD[side];
    const { rows } = this.#packed;
    return rows[p] < 0 ? -1 : rows[p + 2] - rows[p + 1];
  }

  /** The index of row r's unit on `side` ('left' or 'right'), or -1 if it has none. */
  unitAt(r, side) {
    return this.#packed.rows[r * ROW_FIELDS + SIDE_FIELD[side]];
  }

  /** The row (r from 0 to length - 1) as a PairRow, made on each call. */
  at(r) {
    if (r < 0 || r >= this.length) return undefined;
    const { rows: packedRows, similarity } = this.#packed;
    const p = r * ROW_FIELDS;
    const left = packedRows[p + 1] < 0 ? null : { index: packedRows[p + 1], start: packedRows[p + 2], end: packedRows[p + 3] };
    const right = packedRows[p + 4] < 0 ? null : { index: packedRows[p + 4], start: packedRows[p + 5], end: packedRows[p + 6] };
    const ranges = [packedRows[p + 2], packedRows[p + 3], packedRows[p + 5], packedRows[p + 6]];
    return new PairRow(KINDS[packedRows[p]], left, right, ranges, similarity[r], packedRows[p + 7], this.#packed, packedRows[p + 8]);
  }

  /** The first row of move `moveId` with a unit on `side`, or -1. */
  moveEnd(moveId, side) {
    const { rows } = this.#packed;
    for (let r = 0, p = 0; r < this.length; r++, p += ROW_FIELDS) {
      if (rows[p + 7] === moveId && rows[p + SIDE_FIELD[side]] >= 0) return r;
    }
    return -1;
  }

  /** Every row (for the JSON export). */
  toJSON() {
    return Array.from({ length: this.length }, (_, r) => this.at(r).toJSON());
  }
}

/** The pair view's model of a compare() result, from packComparison()'s arrays. */
export function fromPacked(packed) {
  return { unit: packed.unit, rows: new PackedRows(packed), moves: packed.moves, stats: packed.stats, lineEndings: packed.lineEndings };
}
