// The aligned comparison of the API object: rows of paragraphs or lines paired by similarity,
// inline word/character changes, moved blocks and statistics (see concord.d.ts and docs/diff.md).
import { requireString, unwrap } from './errors.js';
import { htmlReport } from './report.js';

export const COMPARE_ROW_KINDS = Object.freeze(['equal', 'changed', 'removed', 'added', 'moved']);
export const INLINE_KINDS = Object.freeze(['equal', 'removed', 'added']);
const UNITS = { auto: 0, line: 1, paragraph: 2 };
const UNIT_NAMES = ['auto', 'line', 'paragraph'];
// Strides match concord::kComparisonRowStride, kComparisonInlineStride, kComparisonMoveStride.
const ROW_STRIDE = 11;
const INLINE_STRIDE = 5;
const MOVE_STRIDE = 5;
// Option bits, matching wasm/bind_compare.cc.
const FLAGS = { ignoreCase: 1, ignoreWhitespace: 2, ignorePunctuation: 4, foldQuotes: 8 };
const NO_MOVES = 16;
const LEFT_ASCII = 32;
const RIGHT_ASCII = 64;
// Texts cross into wasm as UTF-8 bytes (see wasm/marshal.h).
const encoder = new TextEncoder();

function unpackInline(packed, begin, end) {
  const ops = new Array(end - begin);
  for (let k = begin, p = begin * INLINE_STRIDE; k < end; k++, p += INLINE_STRIDE) {
    ops[k - begin] = {
      kind: INLINE_KINDS[packed[p]],
      leftStart: packed[p + 1],
      leftEnd: packed[p + 2],
      rightStart: packed[p + 3],
      rightEnd: packed[p + 4],
    };
  }
  return ops;
}

/** Turns the core's packed arrays into the result object documented in concord.d.ts. */
export function unpackComparison(raw) {
  const packed = raw.rows;
  const rows = new Array(packed.length / ROW_STRIDE);
  // Both ends of a moved-and-edited unit share one inline list.
  const inlineCache = new Map();
  for (let r = 0, p = 0; r < rows.length; r++, p += ROW_STRIDE) {
    const leftIndex = packed[p + 1];
    const rightIndex = packed[p + 4];
    const begin = packed[p + 9];
    const end = packed[p + 10];
    let inline = [];
    if (end > begin) {
      inline = inlineCache.get(begin);
      if (!inline) {
        inline = unpackInline(raw.inline, begin, end);
        inlineCache.set(begin, inline);
      }
    }
    rows[r] = {
      kind: COMPARE_ROW_KINDS[packed[p]],
      left: leftIndex < 0 ? null : { index: leftIndex, start: packed[p + 2], end: packed[p + 3] },
      right: rightIndex < 0 ? null : { index: rightIndex, start: packed[p + 5], end: packed[p + 6] },
      leftAt: packed[p + 2],
      rightAt: packed[p + 5],
      similarity: packed[p + 7] / 10000,
      moveId: packed[p + 8] < 0 ? null : packed[p + 8],
      inline,
    };
  }
  const moves = new Array(raw.moves.length / MOVE_STRIDE);
  for (let m = 0, p = 0; m < moves.length; m++, p += MOVE_STRIDE) {
    moves[m] = {
      id: m,
      left: { start: raw.moves[p], end: raw.moves[p + 1] },
      right: { start: raw.moves[p + 2], end: raw.moves[p + 3] },
      similarity: raw.moves[p + 4] / 10000,
    };
  }
  return {
    unit: UNIT_NAMES[raw.unit],
    rows,
    moves,
    stats: {
      kept: raw.kept,
      changed: raw.changed,
      added: raw.added,
      removed: raw.removed,
      moved: raw.moved,
      wordsInserted: raw.wordsInserted,
      wordsDeleted: raw.wordsDeleted,
      leftWords: raw.leftWords,
      rightWords: raw.rightWords,
      leftUnits: raw.leftUnits,
      rightUnits: raw.rightUnits,
      similarity: raw.similarity,
      minimal: raw.minimal,
    },
  };
}

export function bindCompare(core) {
  return {
    /**
     * Aligned comparison of `a` (left, old) with `b` (right, new).
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').CompareOptions} [options]
     * @returns {import('../concord').CompareResult}
     */
    compare(a, b, options = {}) {
      requireString(a, 'a');
      requireString(b, 'b');
      const unit = UNITS[options.unit ?? 'auto'];
      if (unit === undefined) unwrap({ error: `unknown unit: ${options.unit} (auto, line or paragraph)` });
      let flags = options.detectMoves === false ? NO_MOVES : 0;
      for (const [name, bit] of Object.entries(FLAGS)) if (options[name]) flags |= bit;
      const leftBytes = encoder.encode(a);
      const rightBytes = encoder.encode(b);
      // Equal UTF-8 and UTF-16 lengths mean pure ASCII: offsets need no conversion.
      if (leftBytes.length === a.length) flags |= LEFT_ASCII;
      if (rightBytes.length === b.length) flags |= RIGHT_ASCII;
      return unpackComparison(unwrap(core.compareTexts(leftBytes, rightBytes, unit, flags)));
    },

    /**
     * A self-contained HTML page showing `result` (from compare(a, b)); every text escaped.
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').CompareResult} result
     * @param {import('../concord').HtmlReportOptions} [options]
     */
    htmlReport(a, b, result, options = {}) {
      requireString(a, 'a');
      requireString(b, 'b');
      return htmlReport(a, b, result, options);
    },
  };
}
