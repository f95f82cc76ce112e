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
import createConcordCore from './generated/concord-core.mjs';
import { bindDiff } from './lib/diff.js';
import { bindCompare } from './lib/compare.js';
import { bindAnalyze } from './lib/analyze.js';
import { bindProfile } from './lib/profile.js';
import { ConcordError } from './lib/errors.js';
import { defaultsOf } from './lib/options.js';
import { createWire } from './lib/wire.js';

let corePromise = null;

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
    corePromise = createConcordCore({
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
  const api = guarded({ ...bindDiff(wire), ...bindCompare(wire), ...bindAnalyze(wire), ...bindProfile(wire) }, state);
  /** Every call's option defaults, as the core declares them. */
  api.defaults = Object.freeze(defaults);
  return Object.freeze(api);
}

export { ConcordError } from './lib/errors.js';
