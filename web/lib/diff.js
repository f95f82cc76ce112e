// The line diff and unified diff of the API object (see concord.d.ts for the shapes).
import { requireString, unwrap } from './errors.js';

export const ROW_KINDS = Object.freeze(['equal', 'removed', 'added']);
export const LINE_ENDINGS = Object.freeze(['none', 'lf', 'crlf', 'cr', 'mixed']);
const ROW_STRIDE = 7; // Matches concord::kPackedRowStride.
const LINE_BREAKS = { any: 0, lf: 1 };
// Texts cross into wasm as UTF-8 bytes: TextEncoder is native and far faster than a JS loop.
const encoder = new TextEncoder();

/** Turns the packed Int32Array from the core into row objects. */
export function unpackRows(packed) {
  const rows = new Array(packed.length / ROW_STRIDE);
  for (let r = 0, p = 0; r < rows.length; r++, p += ROW_STRIDE) {
    const kind = ROW_KINDS[packed[p]];
    rows[r] = {
      kind,
      leftLine: kind === 'added' ? null : packed[p + 1] + 1,
      rightLine: kind === 'removed' ? null : packed[p + 2] + 1,
      leftStart: packed[p + 3],
      leftEnd: packed[p + 4],
      rightStart: packed[p + 5],
      rightEnd: packed[p + 6],
    };
  }
  return rows;
}

export function bindDiff(core) {
  return {
    /**
     * Line diff of `a` (left, old) against `b` (right, new).
     * @param {string} a
     * @param {string} b
     * @param {{lineBreaks?: 'any' | 'lf'}} [options]
     */
    diff(a, b, options = {}) {
      requireString(a, 'a');
      requireString(b, 'b');
      const lineBreaks = LINE_BREAKS[options.lineBreaks ?? 'any'];
      if (lineBreaks === undefined) unwrap({ error: `unknown lineBreaks: ${options.lineBreaks}` });
      const leftBytes = encoder.encode(a);
      const rightBytes = encoder.encode(b);
      // Equal UTF-8 and UTF-16 lengths mean pure ASCII: offsets need no conversion.
      const asciiMask = (leftBytes.length === a.length ? 1 : 0) | (rightBytes.length === b.length ? 2 : 0);
      const result = unwrap(core.diffLines(leftBytes, rightBytes, lineBreaks, asciiMask));
      return {
        rows: unpackRows(result.rows),
        stats: {
          leftLines: result.leftLines,
          rightLines: result.rightLines,
          equal: result.equal,
          removed: result.removed,
          added: result.added,
          minimal: result.minimal,
        },
        lineEndings: { left: LINE_ENDINGS[result.leftEndings], right: LINE_ENDINGS[result.rightEndings] },
      };
    },

    /**
     * A unified diff that GNU patch applies to `a` to give `b` byte for byte ('' if equal).
     * @param {string} a
     * @param {string} b
     * @param {{leftName?: string, rightName?: string, context?: number}} [options]
     */
    unifiedDiff(a, b, options = {}) {
      requireString(a, 'a');
      requireString(b, 'b');
      const context = options.context ?? 3;
      if (!Number.isInteger(context) || context < 0) unwrap({ error: 'context must be a whole number >= 0' });
      return unwrap(core.unifiedDiff(encoder.encode(a), encoder.encode(b), options.leftName ?? 'a', options.rightName ?? 'b', context)).text;
    },
  };
}
