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
 * Extents of the lines of `text` split at LF only, as (start, end) pairs in UTF-16 offsets in
 * `LINE`'s layout: the core's split exactly when lineBreaks is 'lf' (a CR stays in its line) or
 * the text has no CR. String indexOf finds the breaks faster than a second trip into wasm, and
 * its offsets need no conversion.
 */
function lfLineExtents(text, LINE) {
  // One pass, into an array sized for 64-unit lines that doubles when short.
  let extents = new Int32Array(((text.length >> 6) + 16) * LINE.stride);
  let p = 0;
  for (let start = 0; start < text.length; p += LINE.stride) {
    if (p + LINE.stride > extents.length) {
      const larger = new Int32Array(extents.length * 2);
      larger.set(extents);
      extents = larger;
    }
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    extents[p + LINE.start] = start;
    extents[p + LINE.end] = end;
    start = end + 1;
  }
  return extents.subarray(0, p);
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
  // Plain loops over locals: closures over the row cursor made this several times slower.
  #pack() {
    const left = this.#lineExtents(0), right = this.#lineExtents(1);
    this.#lineExtents = null; // Lets go of the texts.
    const [leftLength, rightLength] = this.#textLengths;
    const { row: ROW, hunk: HUNK, line: LINE } = this.#layout;
    const S = LINE.stride, START = LINE.start, END = LINE.end;
    const leftLines = left.length / S, rightLines = right.length / S;
    const data = new Int32Array(this.rowCount * ROW.stride);
    const hunks = this.#hunks;
    let p = 0, i = 0, j = 0;
    for (let h = 0; h <= hunks.length; h += HUNK.stride) {
      // Equal rows up to the hunk (after the last one: to the end).
      const equalEnd = h < hunks.length ? hunks[h + HUNK.leftLine] : leftLines;
      for (; i < equalEnd; i++, j++, p += ROW.stride) {
        data[p + ROW.kind] = 0;
        data[p + ROW.leftLine] = i;
        data[p + ROW.rightLine] = j;
        data[p + ROW.leftStart] = left[i * S + START];
        data[p + ROW.leftEnd] = left[i * S + END];
        data[p + ROW.rightStart] = right[j * S + START];
        data[p + ROW.rightEnd] = right[j * S + END];
      }
      if (h === hunks.length) break;
      const rightAt = j < rightLines ? right[j * S + START] : rightLength;
      for (let k = hunks[h + HUNK.leftCount]; k > 0; k--, i++, p += ROW.stride) {
        data[p + ROW.kind] = 1;
        data[p + ROW.leftLine] = i;
        data[p + ROW.rightLine] = j;
        data[p + ROW.leftStart] = left[i * S + START];
        data[p + ROW.leftEnd] = left[i * S + END];
        data[p + ROW.rightStart] = rightAt;
        data[p + ROW.rightEnd] = rightAt;
      }
      const leftAt = i < leftLines ? left[i * S + START] : leftLength;
      for (let k = hunks[h + HUNK.rightCount]; k > 0; k--, j++, p += ROW.stride) {
        data[p + ROW.kind] = 2;
        data[p + ROW.leftLine] = i;
        data[p + ROW.rightLine] = j;
        data[p + ROW.leftStart] = leftAt;
        data[p + ROW.leftEnd] = leftAt;
        data[p + ROW.rightStart] = right[j * S + START];
        data[p + ROW.rightEnd] = right[j * S + END];
      }
    }
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
  const LF_ONLY = wire.schemas.diff.lineBreaks.choices.indexOf('lf');
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
        const lineExtents = (side) =>
          resolved.lineBreaks === LF_ONLY || !texts[side].includes('\r')
            ? lfLineExtents(texts[side], layout.line)
            : wire.call('lineExtents', 'lines', [texts[side]], resolved, [], (packet) => packet.ints.lines.slice());
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
