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

let corePromise = null;

/**
 * Loads the WebAssembly core (once per realm) and returns the API object.
 * @returns {Promise<import('./concord').Concord>}
 */
export async function createConcord() {
  corePromise ??= createConcordCore();
  const core = await corePromise;
  return Object.freeze({
    ...bindDiff(core),
    ...bindCompare(core),
    ...bindAnalyze(core),
  });
}

export { ConcordError } from './lib/errors.js';
