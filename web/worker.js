// The Web Worker that owns the WebAssembly core, so heavy work never blocks the page.
// The analysis part of the API (concord.js: CALLS) is loaded as the worker starts, the pair
// part by the first call that needs it, so a first visit fetches only the analysis module.
// Protocol: {id, method, args} in (big texts sent ahead in slices: app/shared-texts.js);
// {id, result} | {id, error, aborted} | {id, progress} out; a result's big arrays go ahead as
// {id, part} messages (app/sliced-results.js). Methods are the API's, plus the
// composites of app/composites.js ('$report', '$pair', '$rewritePair', '$words').
// `aborted` says the WebAssembly module aborted and this worker can do nothing more: the page
// (app/engine.js) terminates it and starts another. Started by app/engine-worker.js, so it runs
// under the page's Content-Security-Policy.
import { CALLS, createConcord } from './concord.js';
import { COMPOSITE_CALLS, COMPOSITES } from './app/composites.js';
import { TextReceiver } from './app/shared-texts.js';
import { sliceResult } from './app/sliced-results.js';

const engines = { analysis: createConcord({ calls: 'analysis' }), pair: null };

/** The API part `calls` ('analysis' or 'pair'), created by its first use; tried again after a
 * failed load. */
function engine(calls) {
  engines[calls] ??= createConcord({ calls }).catch((error) => {
    engines[calls] = null;
    throw error;
  });
  return engines[calls];
}

/** The API `method` needs: one part, or both merged for a composite that calls both. A method
 * of neither part (heapBytes, or one the API does not have) goes to the analysis part. */
async function engineFor(method) {
  if (Object.hasOwn(COMPOSITES, method)) {
    const parts = await Promise.all(COMPOSITE_CALLS[method].map(engine));
    return parts.length === 1 ? parts[0] : Object.assign({}, ...parts);
  }
  const part = Object.keys(CALLS).find((calls) => CALLS[calls].includes(method)) ?? 'analysis';
  return engine(part);
}

const texts = new TextReceiver();

self.onmessage = async ({ data }) => {
  if (texts.receive(data)) return; // a slice of a big text, sent ahead of its call
  const { id, method } = data;
  try {
    const args = texts.resolve(data.args);
    const concord = await engineFor(method);
    const options = { ...(args[args.length - 1] ?? {}) };
    let lastPost = 0;
    const onProgress = (fraction) => {
      const now = Date.now();
      if (now - lastPost < 50 && fraction < 1) return; // keep the message queue short
      lastPost = now;
      self.postMessage({ id, progress: fraction });
    };
    const callArgs = args.slice(0, -1).concat([{ ...options, onProgress }]);
    let whole;
    if (Object.hasOwn(COMPOSITES, method)) whole = await COMPOSITES[method](concord, ...callArgs);
    else if (typeof concord[method] === 'function') whole = concord[method](...callArgs);
    else throw new Error(`unknown method ${method}`);
    const { result, slices } = sliceResult(whole);
    for (const part of slices) self.postMessage({ id, part });
    // A composite's typed arrays are its own: moved to the page, not copied.
    const transfer = Object.hasOwn(COMPOSITES, method) ? Object.values(result ?? {}).filter(ArrayBuffer.isView).map((view) => view.buffer) : [];
    self.postMessage({ id, result }, transfer);
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error), aborted: error?.aborted === true });
  }
};
