// Concord's JavaScript API: one ES module for pages, Web Workers, Node 20 and the CLI.
//
//   import { createConcord } from './concord.js';
//   const concord = await createConcord();
//   const { rows } = concord.diff(before, after);
//   for (const row of rows) console.log(row.kind, before.slice(row.leftStart, row.leftEnd));
//
// All ranges are JavaScript string indices (UTF-16 code units) into the texts passed in.
import createConcordCore from './generated/concord-core.mjs';
import { bindDiff } from './lib/diff.js';
import { bindCompare } from './lib/compare.js';
import { bindAnalyze } from './lib/analyze.js';
import { defaultsOf } from './lib/options.js';
import { createWire } from './lib/wire.js';

let corePromise = null;

/**
 * Loads the WebAssembly core (once per realm) and returns the API object.
 * @returns {Promise<import('./concord').Concord>}
 */
export async function createConcord() {
  corePromise ??= createConcordCore();
  const wire = createWire(await corePromise);
  const defaults = {};
  for (const [call, schema] of Object.entries(wire.schemas)) defaults[call] = defaultsOf(schema);
  return Object.freeze({
    ...bindDiff(wire),
    ...bindCompare(wire),
    ...bindAnalyze(wire),
    /** Every call's option defaults, as the core declares them. */
    defaults: Object.freeze(defaults),
  });
}

export { ConcordError } from './lib/errors.js';
