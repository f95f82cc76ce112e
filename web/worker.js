// The Web Worker that owns the WebAssembly core, so heavy work never blocks the page.
// Protocol: {id, method, args} in; {id, result} | {id, error} | {id, progress} out.
import { createConcord } from './concord.js';

const concordPromise = createConcord();

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const concord = await concordPromise;
    if (typeof concord[method] !== 'function') throw new Error(`unknown method ${method}`);
    const options = { ...(args[args.length - 1] ?? {}) };
    const callArgs = args.slice(0, -1).concat([{ ...options, onProgress: (fraction) => self.postMessage({ id, progress: fraction }) }]);
    self.postMessage({ id, result: concord[method](...callArgs) });
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error) });
  }
};
