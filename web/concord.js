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
import { bindAnalyze } from './lib/analyze.js';
import { bindProfile } from './lib/profile.js';
import { ConcordError } from './lib/errors.js';
import { defaultsOf } from './lib/options.js';
import { createWire } from './lib/wire.js';

/**
 * The API's calls in its two parts, each on a WebAssembly module of its own where the page is
 * served over http: `analysis` is what the overview a first visit opens on calls, `pair` the
 * pair view's, Two texts', the exports' and the report's. createConcord({ calls }) loads one.
 */
export const CALLS = Object.freeze({
  analysis: Object.freeze(['analyze', 'cleanCopy', 'profile']),
  pair: Object.freeze(['diff', 'unifiedDiff', 'compare', 'htmlReport', 'align']),
});

// Where the page is served over http(s), each part's wasm is its own file, compiled while it
// downloads (analysis: concord-core.wasm, pair: concord-pair.wasm; wasm/CMakeLists.txt links
// both from the same objects); from disk (file://), under Node and in the single-file edition,
// both parts are the one module inlined in generated/concord-core.mjs, with every call (a
// file:// page cannot fetch, and Node has no fetch of files). scripts/single-file.mjs replaces
// the loadWebCore line (one line) with null: that edition carries one copy only.
const loadWebCore = { analysis: () => import('./generated/concord-core-web.mjs'), pair: () => import('./generated/concord-pair-web.mjs') };
const WASM_URLS = {
  analysis: new URL('./generated/concord-core.wasm', import.meta.url),
  pair: new URL('./generated/concord-pair.wasm', import.meta.url),
};

/** Each part's API on a module's wire. The pair part's code is imported by the first call for
 * it, so that a first visit, which only analyses, does not download it. */
const BIND = {
  analysis: async (wire) => ({ ...bindAnalyze(wire), ...bindProfile(wire) }),
  pair: async (wire) => {
    const [{ bindDiff }, { bindCompare }, { bindAlign }] = await Promise.all([
      import('./lib/diff.js'), import('./lib/compare.js'), import('./lib/align.js')]);
    return { ...bindDiff(wire), ...bindCompare(wire), ...bindAlign(wire) };
  },
};

/** The response's wasm compiled while it streams in; from its bytes when the server does not
 * say application/wasm (which streaming compilation requires). */
async function instantiateFile(url, imports) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  if (/^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

/** The file-backed module of `part`: its loader, instantiating its .wasm itself. */
async function instantiateWebCore(part, options) {
  const { default: createWebCore } = await loadWebCore[part]();
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, receive) => {
      instantiateFile(WASM_URLS[part], imports).then(({ instance, module }) => receive(instance, module), reject);
      return {}; // the exports arrive through receive()
    };
    createWebCore({ ...options, instantiateWasm }).then(resolve, reject);
  });
}

async function instantiateInlinedCore(options) {
  const { default: createInlinedCore } = await import('./generated/concord-core.mjs');
  return createInlinedCore(options);
}

// Module instances by source ('analysis', 'pair': the files; 'inlined'), each a promise of
// {core, state}: loaded once per realm, and again after it aborted or failed to load.
const modules = new Map();

function loadOnce(source, instantiate) {
  if (!modules.has(source)) {
    const state = { aborted: false };
    const forget = () => {
      if (modules.get(source) === loading) modules.delete(source);
    };
    const loading = instantiate({
      onAbort: () => {
        state.aborted = true;
        forget();
      },
    }).then((core) => ({ core, state }));
    loading.catch(forget);
    modules.set(source, loading);
  }
  return modules.get(source);
}

/** The module of `part`: its .wasm file over http, else (or should that fail) the inlined one. */
async function moduleOf(part) {
  const url = WASM_URLS[part];
  const overHttp = /^https?:$/.test(url.protocol) && typeof WebAssembly.instantiateStreaming === 'function';
  if (loadWebCore && overHttp) {
    try {
      return await loadOnce(part, (options) => instantiateWebCore(part, options));
    } catch (error) {
      console.warn(`concord: ${url.pathname} did not load (${error.message}); using the inlined copy`);
    }
  }
  return loadOnce('inlined', instantiateInlinedCore);
}

const wires = new WeakMap(); // core → its wire: the inlined core serves both parts
function wireOf(core) {
  if (!wires.has(core)) wires.set(core, createWire(core));
  return wires.get(core);
}

const ABORTED = 'The Concord engine stopped (it ran out of memory, or failed) and cannot be used any more; nothing you passed it was changed. Call createConcord() for a fresh engine, and give it smaller input.';

function abortedError() {
  return Object.assign(new ConcordError(ABORTED), { aborted: true });
}

// Every method throws abortedError() once the state of any module the API uses says aborted.
function guarded(api, states) {
  const aborted = () => states.some((state) => state.aborted);
  const out = {};
  for (const [name, method] of Object.entries(api)) {
    out[name] = (...args) => {
      if (aborted()) throw abortedError();
      try {
        return method(...args);
      } catch (error) {
        if (aborted()) throw abortedError();
        throw error;
      }
    };
  }
  return out;
}

/**
 * Loads the WebAssembly core (once per realm, and again after it aborted) and returns the API:
 * every call, or with `calls` 'analysis' or 'pair' only that part's (CALLS), which over http
 * fetches only that part's module. Every call at once loads both modules in parallel.
 * @param {{ calls?: 'all' | 'analysis' | 'pair' }} [options]
 * @returns {Promise<import('./concord').Concord>}
 */
export async function createConcord({ calls = 'all' } = {}) {
  if (calls !== 'all' && !Object.hasOwn(CALLS, calls)) throw new ConcordError(`calls must be 'all', 'analysis' or 'pair', got ${String(calls)}`);
  const parts = calls === 'all' ? Object.keys(CALLS) : [calls];
  const loaded = await Promise.all(parts.map(moduleOf));
  const bound = await Promise.all(parts.map((part, i) => BIND[part](wireOf(loaded[i].core))));
  const cores = [...new Set(loaded.map(({ core }) => core))];
  const defaults = {};
  for (const [call, schema] of Object.entries(wireOf(cores[0]).schemas)) defaults[call] = defaultsOf(schema);
  // heapBytes: a heap never shrinks, so after a call it is that call's peak (scripts/measure-tab-analyze.mjs).
  const heapBytes = () => cores.reduce((bytes, core) => bytes + core.HEAPU8.byteLength, 0);
  const api = guarded(Object.assign({}, ...bound, { heapBytes }), [...new Set(loaded.map(({ state }) => state))]);
  /** Every call's option defaults, as the core declares them. */
  api.defaults = Object.freeze(defaults);
  return Object.freeze(api);
}

export { ConcordError } from './lib/errors.js';
