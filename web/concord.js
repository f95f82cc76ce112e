// Concord's JavaScript API: one ES module for pages, Web Workers, Node 20 and the CLI.
//
//   import { createConcord } from './concord.js';
//   const concord = await createConcord();
//   const { rows } = concord.diff(before, after);
//   for (const row of rows) console.log(row.kind, before.slice(row.leftStart, row.leftEnd));
//
// All ranges are JavaScript string indices (UTF-16 code units) into the texts passed in.
//
// Out of memory: the core checks its memory budget before allocating and throws a
// ConcordError saying what to change. Should the WebAssembly module still abort (memory
// exhausted, or a bug), that module is unusable: the call throws a ConcordError with
// `aborted: true`, and so does every later call on that API object. `createConcord()` then
// loads a fresh module.
import { bindDiff } from './lib/diff.js';
import { bindCompare } from './lib/compare.js';
import { bindAnalyze } from './lib/analyze.js';
import { bindProfile } from './lib/profile.js';
import { ConcordError } from './lib/errors.js';
import { defaultsOf } from './lib/options.js';
import { createWire } from './lib/wire.js';

let corePromise = null;

// Where the page is served over http(s), the wasm is its own file, compiled while it downloads;
// from disk (file://), under Node and in the single-file edition, it is the copy inlined in
// generated/concord-core.mjs (a file:// page cannot fetch, and Node has no fetch of files).
// scripts/single-file.mjs replaces loadWebCore with null: that edition carries one copy only.
const WASM_URL = new URL('./generated/concord-core.wasm', import.meta.url);
const loadWebCore = () => import('./generated/concord-core-web.mjs');

/** The response's wasm compiled while it streams in; from its bytes when the server does not
 * say application/wasm (which streaming compilation requires). */
async function instantiateFile(imports) {
  const response = await fetch(WASM_URL, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${WASM_URL.pathname}: HTTP ${response.status}`);
  if (/^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

/** createConcordCore of the file-backed module: it instantiates concord-core.wasm itself. */
async function fileBackedFactory() {
  const { default: createWebCore } = await loadWebCore();
  return (options) =>
    new Promise((resolve, reject) => {
      const instantiateWasm = (imports, receive) => {
        instantiateFile(imports).then(({ instance, module }) => receive(instance, module), reject);
        return {}; // the exports arrive through receive()
      };
      createWebCore({ ...options, instantiateWasm }).then(resolve, reject);
    });
}

/** The core's module instance: the .wasm file over http, else (or should that fail) inlined. */
async function instantiateCore(options) {
  const overHttp = /^https?:$/.test(WASM_URL.protocol) && typeof WebAssembly.instantiateStreaming === 'function';
  if (loadWebCore && overHttp) {
    try {
      return await (await fileBackedFactory())(options);
    } catch (error) {
      console.warn(`concord: ${WASM_URL.pathname} did not load (${error.message}); using the inlined copy`);
    }
  }
  const { default: createInlinedCore } = await import('./generated/concord-core.mjs');
  return createInlinedCore(options);
}

const ABORTED = 'The Concord engine stopped (it ran out of memory, or failed) and cannot be used any more; nothing you passed it was changed. Call createConcord() for a fresh engine, and give it smaller input.';

function abortedError() {
  return Object.assign(new ConcordError(ABORTED), { aborted: true });
}

// Every method throws abortedError() once `state.aborted` is set.
function guarded(api, state) {
  const out = {};
  for (const [name, method] of Object.entries(api)) {
    out[name] = (...args) => {
      if (state.aborted) throw abortedError();
      try {
        return method(...args);
      } catch (error) {
        if (state.aborted) throw abortedError();
        throw error;
      }
    };
  }
  return out;
}

/**
 * Loads the WebAssembly core (once per realm, and again after it aborted) and returns the API.
 * @returns {Promise<import('./concord').Concord>}
 */
export async function createConcord() {
  if (!corePromise) {
    const state = { aborted: false };
    corePromise = instantiateCore({
      onAbort: () => {
        state.aborted = true;
        corePromise = null;
      },
    }).then((core) => ({ core, state }));
  }
  const { core, state } = await corePromise;
  const wire = createWire(core);
  const defaults = {};
  for (const [call, schema] of Object.entries(wire.schemas)) defaults[call] = defaultsOf(schema);
  // heapBytes: the heap never shrinks, so after a call it is that call's peak (scripts/measure-tab-analyze.mjs).
  const heapBytes = () => core.HEAPU8.byteLength;
  const api = guarded({ ...bindDiff(wire), ...bindCompare(wire), ...bindAnalyze(wire), ...bindProfile(wire), heapBytes }, state);
  /** Every call's option defaults, as the core declares them. */
  api.defaults = Object.freeze(defaults);
  return Object.freeze(api);
}

export { ConcordError } from './lib/errors.js';
