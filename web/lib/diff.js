// The line diff and unified diff of the API object (see concord.d.ts for the shapes).
import { requireString, unwrap } from './errors.js';

export const ROW_KINDS = Object.freeze(['equal', 'removed', 'added']);
export const LINE_ENDINGS = Object.freeze(['none', 'lf', 'crlf', 'cr', 'mixed']);
const ROW_STRIDE = 7; // Matches concord::kPackedRowStride.
const LINE_BREAKS = { any: 0, lf: 1 };
// Texts cross into wasm as UTF-8 bytes: TextEncoder is native and far faster than a JS loop.
const encoder = new TextEncoder();
const OUT_OF_MEMORY = 'Out of memory: the texts do not fit in the WebAssembly heap.';
const HEADER = 10; // int32 values before the packed rows in core.diffLinesAt's result.

/** Turns the packed Int32Array from the core into row objects. */
export function unpackRows(packed) {
  return rowsFrom(packed, 0, packed.length / ROW_STRIDE);
}

// One object literal site, every property always set in the same order: V8 gives all rows one
// hidden class and allocates them inline.
function rowsFrom(heap, at, count) {
  const rows = new Array(count);
  for (let r = 0, p = at; r < count; r++, p += ROW_STRIDE) {
    const kind = heap[p];
    rows[r] = {
      kind: ROW_KINDS[kind],
      leftLine: kind === 2 ? null : heap[p + 1] + 1,
      rightLine: kind === 1 ? null : heap[p + 2] + 1,
      leftStart: heap[p + 3],
      leftEnd: heap[p + 4],
      rightStart: heap[p + 5],
      rightEnd: heap[p + 6],
    };
  }
  return rows;
}

/**
 * Writes `text` as UTF-8 into fresh wasm memory (the caller frees it): TextEncoder.encodeInto
 * straight into the heap, no intermediate Uint8Array and no second copy. One byte per UTF-16
 * unit is tried first (every ASCII text fits); a text that does not fit gets room for the rest.
 * Returns [address, bytes, isAscii].
 */
function encodeIntoHeap(core, text) {
  let capacity = text.length + 8;
  let address = core._malloc(capacity);
  if (!address) unwrap({ error: OUT_OF_MEMORY });
  const first = encoder.encodeInto(text, core.HEAPU8.subarray(address, address + capacity));
  if (first.read === text.length) return [address, first.written, first.written === text.length];
  // Non-ASCII: at most 3 bytes per remaining UTF-16 unit.
  capacity = first.written + (text.length - first.read) * 3 + 8;
  const larger = core._malloc(capacity);
  if (!larger) {
    core._free(address);
    unwrap({ error: OUT_OF_MEMORY });
  }
  core.HEAPU8.copyWithin(larger, address, address + first.written);
  core._free(address);
  address = larger;
  const rest = encoder.encodeInto(text.substring(first.read), core.HEAPU8.subarray(address + first.written, address + capacity));
  return [address, first.written + rest.written, false];
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
      const [leftAddress, leftSize, leftAscii] = encodeIntoHeap(core, a);
      let rightAddress = 0;
      let at;
      try {
        let rightSize, rightAscii;
        [rightAddress, rightSize, rightAscii] = encodeIntoHeap(core, b);
        // ASCII sides need no UTF-16 offset conversion.
        at = core.diffLinesAt(leftAddress, leftSize, rightAddress, rightSize, lineBreaks, (leftAscii ? 1 : 0) | (rightAscii ? 2 : 0));
      } finally {
        core._free(leftAddress);
        if (rightAddress) core._free(rightAddress);
      }
      if (at === 0) unwrap({ error: core.diffLinesError() });
      const heap = core.HEAP32; // Read after the call: a memory growth replaces the view.
      const h = at >>> 2;
      const rows = rowsFrom(heap, h + HEADER, heap[h]);
      const result = {
        rows,
        stats: {
          leftLines: heap[h + 1],
          rightLines: heap[h + 2],
          equal: heap[h + 3],
          removed: heap[h + 4],
          added: heap[h + 5],
          minimal: heap[h + 6] === 1,
        },
        lineEndings: { left: LINE_ENDINGS[heap[h + 7]], right: LINE_ENDINGS[heap[h + 8]] },
      };
      core.releaseDiffLines();
      return result;
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
