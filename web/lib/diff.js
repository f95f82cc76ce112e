// The line diff and unified diff of the API object (see concord.d.ts for the shapes).
import { hasLoneSurrogate, requireString } from './errors.js';
import { resolveOptions } from './options.js';

// Options of unifiedDiff() that live only in JavaScript.
const UNIFIED_EXTRA = Object.freeze({ onWarning: Object.freeze({ type: 'function', default: undefined }) });

function warn(onWarning, message) {
  if (onWarning) onWarning(message);
  else console.warn(`concord: warning: ${message}`);
}

export function bindDiff(wire) {
  const ROW = wire.columns.diffRow;
  const HEAD = wire.columns.diffHeader;
  const { rowKinds, lineEndings } = wire.enums;
  const unifiedSchema = Object.freeze({ ...wire.schemas.unifiedDiff, ...UNIFIED_EXTRA });

  // One object literal site, every property always set in the same order: V8 gives all rows one
  // hidden class and allocates them inline.
  function rowsFrom(packed) {
    const count = packed.length / ROW.stride;
    const rows = new Array(count);
    for (let r = 0, p = 0; r < count; r++, p += ROW.stride) {
      const kind = packed[p + ROW.kind];
      rows[r] = {
        kind: rowKinds[kind],
        leftLine: kind === 2 ? null : packed[p + ROW.leftLine] + 1,
        rightLine: kind === 1 ? null : packed[p + ROW.rightLine] + 1,
        leftStart: packed[p + ROW.leftStart],
        leftEnd: packed[p + ROW.leftEnd],
        rightStart: packed[p + ROW.rightStart],
        rightEnd: packed[p + ROW.rightEnd],
      };
    }
    return rows;
  }

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
        return {
          rows: rowsFrom(ints.rows),
          stats: {
            leftLines: h[HEAD.leftLines],
            rightLines: h[HEAD.rightLines],
            equal: h[HEAD.equal],
            removed: h[HEAD.removed],
            added: h[HEAD.added],
            minimal: h[HEAD.minimal] === 1,
          },
          lineEndings: { left: lineEndings[h[HEAD.leftEndings]], right: lineEndings[h[HEAD.rightEndings]] },
        };
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
