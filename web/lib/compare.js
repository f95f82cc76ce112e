// The aligned comparison of the API object: rows of paragraphs or lines paired by similarity,
// inline word/character changes, moved blocks and statistics (see concord.d.ts and docs/diff.md).
import { requireString } from './errors.js';
import { resolveOptions } from './options.js';
import { htmlReport } from './report.js';

function inlineOps(OP, kinds, packed, begin, end) {
  const ops = new Array(end - begin);
  for (let k = begin, p = begin * OP.stride; k < end; k++, p += OP.stride) {
    ops[k - begin] = {
      kind: kinds[packed[p + OP.kind]],
      leftStart: packed[p + OP.leftStart],
      leftEnd: packed[p + OP.leftEnd],
      rightStart: packed[p + OP.rightStart],
      rightEnd: packed[p + OP.rightEnd],
    };
  }
  return ops;
}

function rowsFrom(wire, packed, ops, similarity) {
  const ROW = wire.columns.compareRow;
  const { compareRowKinds, inlineKinds } = wire.enums;
  const rows = new Array(packed.length / ROW.stride);
  // Both ends of a moved-and-edited unit share one inline list.
  const shared = new Map();
  for (let r = 0, p = 0; r < rows.length; r++, p += ROW.stride) {
    const begin = packed[p + ROW.inlineBegin];
    const end = packed[p + ROW.inlineEnd];
    let inline = [];
    if (end > begin) {
      inline = shared.get(begin);
      if (!inline) shared.set(begin, (inline = inlineOps(wire.columns.inlineOp, inlineKinds, ops, begin, end)));
    }
    const leftUnit = packed[p + ROW.leftUnit];
    const rightUnit = packed[p + ROW.rightUnit];
    const moveId = packed[p + ROW.moveId];
    rows[r] = {
      kind: compareRowKinds[packed[p + ROW.kind]],
      leftUnit: leftUnit < 0 ? null : leftUnit,
      leftStart: packed[p + ROW.leftStart],
      leftEnd: packed[p + ROW.leftEnd],
      rightUnit: rightUnit < 0 ? null : rightUnit,
      rightStart: packed[p + ROW.rightStart],
      rightEnd: packed[p + ROW.rightEnd],
      similarity: similarity[r],
      moveId: moveId < 0 ? null : moveId,
      inline,
    };
  }
  return rows;
}

function movesFrom(MOVE, packed, similarity) {
  const moves = new Array(packed.length / MOVE.stride);
  for (let m = 0, p = 0; m < moves.length; m++, p += MOVE.stride) {
    moves[m] = {
      id: m,
      leftStart: packed[p + MOVE.leftStart],
      leftEnd: packed[p + MOVE.leftEnd],
      rightStart: packed[p + MOVE.rightStart],
      rightEnd: packed[p + MOVE.rightEnd],
      units: packed[p + MOVE.units],
      similarity: similarity[m],
    };
  }
  return moves;
}

function resultFrom(wire, { ints, reals }) {
  const HEAD = wire.columns.compareHeader;
  const { units, lineEndings } = wire.enums;
  const h = ints.header;
  const stats = {};
  for (const name of ['kept', 'changed', 'added', 'removed', 'moved', 'wordsInserted', 'wordsDeleted', 'leftWords', 'rightWords', 'leftUnits', 'rightUnits']) {
    stats[name] = h[HEAD[name]];
  }
  stats.similarity = reals.header[0];
  stats.minimal = h[HEAD.minimal] === 1;
  return {
    unit: units[h[HEAD.unit]],
    rows: rowsFrom(wire, ints.rows, ints.inline, reals.rows),
    moves: movesFrom(wire.columns.move, ints.moves, reals.moves),
    stats,
    lineEndings: { left: lineEndings[h[HEAD.leftEndings]], right: lineEndings[h[HEAD.rightEndings]] },
  };
}

/** The comparison calls of the API object, on the module's wire (wire.js). */
export function bindCompare(wire) {
  return {
    /**
     * Aligned comparison of `a` (left, old) with `b` (right, new).
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').CompareOptions} [options]
     * @returns {import('../concord').CompareResult}
     */
    compare(a, b, options) {
      requireString(a, 'a');
      requireString(b, 'b');
      const resolved = resolveOptions(wire.schemas.compare, options);
      return wire.call('compareTexts', 'compare', [a, b], resolved, [], (packet) => resultFrom(wire, packet));
    },

    /**
     * A self-contained HTML page showing `result` (from compare(a, b)); every field escaped.
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').CompareResult} result
     * @param {import('../concord').HtmlReportOptions} [options]
     */
    htmlReport(a, b, result, options) {
      requireString(a, 'a');
      requireString(b, 'b');
      return htmlReport(a, b, result, options);
    },
  };
}
