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
 * A line diff's result. The rows stay in the packed int32 columns they came in (`rowData`, one
 * copy out of wasm memory): building an object per line was half of a large diff's time, so a
 * row object is made only when asked for (`rowAt`, iteration, or `rows`, built on first use).
 */
class LineDiffResult {
  #data;
  #columns;
  #kinds;
  #rows;

  constructor(data, columns, kinds, stats, lineEndings) {
    this.#data = data;
    this.#columns = columns;
    this.#kinds = kinds;
    // An own enumerable accessor: spreading and JSON.stringify see `rows` (first), never rowData.
    Object.defineProperty(this, 'rows', { enumerable: true, get: () => (this.#rows ??= this.#build()) });
    this.stats = stats;
    this.lineEndings = lineEndings;
  }

  #build() {
    const rows = new Array(this.rowCount);
    for (let r = 0, p = 0; r < rows.length; r++, p += this.#columns.stride) rows[r] = rowFrom(this.#data, p, this.#columns, this.#kinds);
    return rows;
  }

  /** Number of rows (every line of both texts once). */
  get rowCount() {
    return this.#data.length / this.#columns.stride;
  }

  /** The rows as int32 columns, `rowColumns.stride` per row (0-based lines, kind 0/1/2). */
  get rowData() {
    return this.#data;
  }

  /** Column index of each field in `rowData`, and the stride. */
  get rowColumns() {
    return this.#columns;
  }

  /** Row `index` as a DiffRow object (a new one on each call). */
  rowAt(index) {
    if (!Number.isInteger(index) || index < 0 || index >= this.rowCount) throw new RangeError(`row ${index} is not in 0..${this.rowCount - 1}`);
    return rowFrom(this.#data, index * this.#columns.stride, this.#columns, this.#kinds);
  }

  *[Symbol.iterator]() {
    const data = this.#data, stride = this.#columns.stride;
    for (let p = 0; p < data.length; p += stride) yield rowFrom(data, p, this.#columns, this.#kinds);
  }
}

export function bindDiff(wire) {
  const ROW = wire.columns.diffRow;
  const HEAD = wire.columns.diffHeader;
  const { rowKinds, lineEndings } = wire.enums;
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
        return new LineDiffResult(ints.rows.slice(), ROW, rowKinds, stats, endings);
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
