// The line diff and unified diff of the API object (see concord.d.ts for the shapes).
import { hasLoneSurrogate, requireString } from './errors.js';
import { resolveOptions } from './options.js';

// Options of unifiedDiff() that live only in JavaScript.
const UNIFIED_EXTRA = Object.freeze({ onWarning: Object.freeze({ type: 'function', default: undefined }) });

function warn(onWarning, message) {
  if (onWarning) onWarning(message);
  else console.warn(`concord: warning: ${message}`);
}

// One object literal site, every property always set in the same order: V8 gives all rows one
// hidden class and allocates them inline.
function rowFrom(data, p, ROW, kinds) {
  const kind = data[p + ROW.kind];
  return {
    kind: kinds[kind],
    leftLine: kind === 2 ? null : data[p + ROW.leftLine] + 1,
    rightLine: kind === 1 ? null : data[p + ROW.rightLine] + 1,
    leftStart: data[p + ROW.leftStart],
    leftEnd: data[p + ROW.leftEnd],
    rightStart: data[p + ROW.rightStart],
    rightEnd: data[p + ROW.rightEnd],
  };
}

/**
 * A line diff's result. The wasm call returns only the changes (hunks: runs of removed and
 * added lines, in line numbers) and the counts: for near-identical texts, every row as an int32
 * record or an object was most of a large diff's time. The rows follow from the hunks and each
 * side's line extents, which `lineExtents(side)` fetches from the core on first use: `rowData`,
 * `rowAt`, iteration and `rows` all build the packed rows once, then read them.
 */
class LineDiffResult {
  #layout;
  #hunks;
  #lineExtents;
  #textLengths;
  #data;
  #rows;

  /** `layout`: {row, hunk, line} columns and the row kind names, from the module's wire constants. */
  constructor(layout, hunks, stats, lineEndings, lineExtents, textLengths) {
    this.#layout = layout;
    this.#hunks = hunks;
    this.#lineExtents = lineExtents;
    this.#textLengths = textLengths;
    // An own enumerable accessor: spreading and JSON.stringify see `rows` (first), never rowData.
    Object.defineProperty(this, 'rows', { enumerable: true, get: () => (this.#rows ??= this.#buildRows()) });
    this.stats = stats;
    this.lineEndings = lineEndings;
  }

  #buildRows() {
    const rows = new Array(this.rowCount);
    const data = this.rowData;
    const { row: ROW, kinds } = this.#layout;
    for (let r = 0, p = 0; r < rows.length; r++, p += ROW.stride) rows[r] = rowFrom(data, p, ROW, kinds);
    return rows;
  }

  // The packed rows: equal runs between hunks, then each hunk's removed rows, then its added
  // rows; a side a row lacks gets its insertion point (the next line's start, or the text's end).
  #pack() {
    const left = this.#lineExtents(0), right = this.#lineExtents(1);
    this.#lineExtents = null; // Lets go of the texts.
    const [leftLength, rightLength] = this.#textLengths;
    const { row: ROW, hunk: HUNK, line: LINE } = this.#layout;
    const leftLines = left.length / LINE.stride, rightLines = right.length / LINE.stride;
    const start = (lines, k) => lines[k * LINE.stride + LINE.start], end = (lines, k) => lines[k * LINE.stride + LINE.end];
    const data = new Int32Array(this.rowCount * ROW.stride);
    const hunks = this.#hunks;
    let p = 0, i = 0, j = 0;
    const put = (kind, leftStart, leftEnd, rightStart, rightEnd) => {
      data[p + ROW.kind] = kind;
      data[p + ROW.leftLine] = i;
      data[p + ROW.rightLine] = j;
      data[p + ROW.leftStart] = leftStart;
      data[p + ROW.leftEnd] = leftEnd;
      data[p + ROW.rightStart] = rightStart;
      data[p + ROW.rightEnd] = rightEnd;
      p += ROW.stride;
    };
    const equalUpTo = (leftLine) => {
      for (; i < leftLine; i++, j++) put(0, start(left, i), end(left, i), start(right, j), end(right, j));
    };
    for (let h = 0; h < hunks.length; h += HUNK.stride) {
      equalUpTo(hunks[h + HUNK.leftLine]);
      const rightAt = j < rightLines ? start(right, j) : rightLength;
      for (let k = hunks[h + HUNK.leftCount]; k > 0; k--, i++) put(1, start(left, i), end(left, i), rightAt, rightAt);
      const leftAt = i < leftLines ? start(left, i) : leftLength;
      for (let k = hunks[h + HUNK.rightCount]; k > 0; k--, j++) put(2, leftAt, leftAt, start(right, j), end(right, j));
    }
    equalUpTo(leftLines);
    return data;
  }

  /** Number of rows (every line of both texts once). */
  get rowCount() {
    return this.stats.equal + this.stats.removed + this.stats.added;
  }

  /** The rows as int32 columns, `rowColumns.stride` per row (0-based lines, kind 0/1/2). */
  get rowData() {
    return (this.#data ??= this.#pack());
  }

  /** Column index of each field in `rowData`, and the stride. */
  get rowColumns() {
    return this.#layout.row;
  }

  /** Row `index` as a DiffRow object (a new one on each call). */
  rowAt(index) {
    if (!Number.isInteger(index) || index < 0 || index >= this.rowCount) throw new RangeError(`row ${index} is not in 0..${this.rowCount - 1}`);
    const { row: ROW, kinds } = this.#layout;
    return rowFrom(this.rowData, index * ROW.stride, ROW, kinds);
  }

  *[Symbol.iterator]() {
    const data = this.rowData;
    const { row: ROW, kinds } = this.#layout;
    for (let p = 0; p < data.length; p += ROW.stride) yield rowFrom(data, p, ROW, kinds);
  }
}

export function bindDiff(wire) {
  const layout = Object.freeze({ row: wire.columns.diffRow, hunk: wire.columns.diffHunk, line: wire.columns.lineExtent, kinds: wire.enums.rowKinds });
  const HEAD = wire.columns.diffHeader;
  const { lineEndings } = wire.enums;
  const unifiedSchema = Object.freeze({ ...wire.schemas.unifiedDiff, ...UNIFIED_EXTRA });

  return {
    /**
     * Line diff of `a` (left, old) against `b` (right, new).
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').DiffOptions} [options]
     */
    diff(a, b, options) {
      requireString(a, 'a');
      requireString(b, 'b');
      const resolved = resolveOptions(wire.schemas.diff, options);
      return wire.call('diffLines', 'diff', [a, b], resolved, [], ({ ints }) => {
        const h = ints.header;
        const stats = {
          leftLines: h[HEAD.leftLines],
          rightLines: h[HEAD.rightLines],
          equal: h[HEAD.equal],
          removed: h[HEAD.removed],
          added: h[HEAD.added],
          minimal: h[HEAD.minimal] === 1,
        };
        const endings = { left: lineEndings[h[HEAD.leftEndings]], right: lineEndings[h[HEAD.rightEndings]] };
        // Each side's lines, split as the diff split them, fetched when the rows are first read.
        const texts = [a, b];
        const lineExtents = (side) => wire.call('lineExtents', 'lines', [texts[side]], resolved, [], (packet) => packet.ints.lines.slice());
        return new LineDiffResult(layout, ints.hunks.slice(), stats, endings, lineExtents, [a.length, b.length]);
      });
    },

    /**
     * A unified diff that GNU patch applies to `a` to give `b` byte for byte ('' if equal). Lone
     * surrogates cannot be written as UTF-8: they become U+FFFD, with a warning.
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').UnifiedDiffOptions} [options]
     */
    unifiedDiff(a, b, options) {
      requireString(a, 'a');
      requireString(b, 'b');
      const resolved = resolveOptions(unifiedSchema, options);
      for (const [name, text] of [['a', a], ['b', b], ['leftName', resolved.leftName], ['rightName', resolved.rightName]]) {
        if (hasLoneSurrogate(text)) warn(resolved.onWarning, `${name} holds lone surrogates (unpaired UTF-16 halves); the patch writes each as U+FFFD`);
      }
      const texts = [a, b, resolved.leftName, resolved.rightName];
      return wire.call('unifiedDiff', 'unifiedDiff', texts, { ...resolved, leftName: 2, rightName: 3 }, [], (packet) => packet.text);
    },
  };
}
