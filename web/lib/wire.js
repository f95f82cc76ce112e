// How every call crosses into the WebAssembly core and back (the C++ side is wire/ and
// wasm/marshal.h):
// - in: each text written as UTF-8 straight into wasm memory by TextEncoder.encodeInto, and a
//   table of (address, bytes, ascii) triples describing them;
// - out: a handle to a packet (int32, float64 and float32 sections, a text, an error) read in
//   place and freed at once. Layouts, section orders, enum names and option schemas come from
//   the module (wireConstants), never copied here by hand.
// Every address is unsigned (`>>> 0`): the heap may grow past 2 GB, where int32 turns negative.
import { ConcordError } from './errors.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** The message of a text that could not be copied into the heap (analyze.js says more). */
export const OUT_OF_MEMORY = 'Out of memory: the texts do not fit in the WebAssembly heap.';
const TRIPLE = 3; // uint32 words per input: address, bytes, ascii.

/** {field: index, stride} for each record layout of the module. */
function columnsOf(layouts) {
  const columns = {};
  for (const [name, fields] of Object.entries(layouts)) {
    columns[name] = Object.freeze({ ...Object.fromEntries(fields.map((field, i) => [field, i])), stride: fields.length });
  }
  return Object.freeze(columns);
}

function malloc(core, bytes) {
  const address = core._malloc(bytes) >>> 0;
  if (!address) throw new ConcordError(OUT_OF_MEMORY);
  return address;
}

/**
 * Writes `text` as UTF-8 into fresh wasm memory (the caller frees it). One byte per UTF-16 unit
 * is tried first (every ASCII text fits); a text that does not fit gets room for the rest.
 * Lone surrogates become U+FFFD, as TextEncoder writes them. Returns [address, bytes, isAscii].
 */
export function encodeIntoHeap(core, text) {
  let capacity = text.length + 8;
  let address = malloc(core, capacity);
  const first = encoder.encodeInto(text, core.HEAPU8.subarray(address, address + capacity));
  if (first.read === text.length) return [address, first.written, first.written === text.length];
  // Non-ASCII: at most 3 bytes per remaining UTF-16 unit.
  capacity = first.written + (text.length - first.read) * 3 + 8;
  let larger;
  try {
    larger = malloc(core, capacity);
  } finally {
    if (!larger) core._free(address);
  }
  core.HEAPU8.copyWithin(larger, address, address + first.written);
  core._free(address);
  address = larger;
  const rest = encoder.encodeInto(text.substring(first.read), core.HEAPU8.subarray(address + first.written, address + capacity));
  return [address, first.written + rest.written, false];
}

// Writes `texts` and their table; returns [tableAddress, addresses to free].
function writeInputs(core, texts) {
  const owned = [];
  try {
    const triples = [];
    for (const text of texts) {
      const [address, bytes, ascii] = encodeIntoHeap(core, text);
      owned.push(address);
      triples.push(address, bytes, ascii ? 1 : 0);
    }
    const table = malloc(core, Math.max(1, texts.length) * TRIPLE * 4);
    owned.push(table);
    core.HEAPU32.set(triples, table >>> 2);
    return [table, owned];
  } catch (error) {
    for (const address of owned) core._free(address);
    throw error;
  }
}

// Cuts a section-table array into {name: subarray}.
function cut(array, names) {
  const count = array[0];
  const sections = {};
  let at = 1 + count;
  for (let s = 0; s < count; s++) {
    sections[names[s]] = array.subarray(at, at + array[1 + s]);
    at += array[1 + s];
  }
  return sections;
}

/** The wire of one module instance: its constants and `call`. */
export function createWire(core) {
  const constants = core.wireConstants();
  const { sections } = constants;
  const columns = columnsOf(constants.layouts);

  // The packet at `handle`, viewed in place (valid until freed; no allocation in between).
  function view(handle, call) {
    const words = core.HEAPU32.subarray(handle >>> 2, (handle >>> 2) + constants.handleWords);
    const [ints, intCount, reals, realCount, singles, singleCount, text, textBytes, error, errorBytes] = Array.from(words, (w) => w >>> 0);
    if (errorBytes) throw new ConcordError(decoder.decode(core.HEAPU8.subarray(error, error + errorBytes)));
    return {
      ints: cut(core.HEAP32.subarray(ints >>> 2, (ints >>> 2) + intCount), sections[`${call}Ints`] ?? []),
      reals: realCount ? cut(core.HEAPF64.subarray(reals >>> 3, (reals >>> 3) + realCount), sections[`${call}Reals`] ?? []) : {},
      singles: core.HEAPF32.subarray(singles >>> 2, (singles >>> 2) + singleCount),
      text: textBytes ? decoder.decode(core.HEAPU8.subarray(text, text + textBytes)) : '',
    };
  }

  return Object.freeze({
    columns,
    enums: constants.enums,
    schemas: constants.options,
    /**
     * Runs core function `fn` on `texts` with `options` (resolved by options.js) and `extra`
     * arguments; `read(packet)` turns the packet into the result before it is freed.
     * `call` names its section lists ('diff', 'compare', 'analysis', 'align').
     */
    call(fn, call, texts, options, extra, read) {
      const [table, owned] = writeInputs(core, texts);
      let handle;
      try {
        handle = core[fn](table, texts.length, options, ...extra) >>> 0;
      } finally {
        for (const address of owned) core._free(address);
      }
      try {
        return read(view(handle, call));
      } finally {
        core.freePacket(handle);
      }
    },
  });
}
