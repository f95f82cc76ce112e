// The Web Worker that owns the WebAssembly core, so heavy work never blocks the page.
// Protocol: {id, method, args} in; {id, result} | {id, error} | {id, progress} out. Methods are
// the API's, plus the composites of app/composites.js ('$report').
import { createConcord } from './concord.js';
import { COMPOSITES } from './app/composites.js';

const concordPromise = createConcord();

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const concord = await concordPromise;
    const options = { ...(args[args.length - 1] ?? {}) };
    let lastPost = 0;
    const onProgress = (fraction) => {
      const now = Date.now();
      if (now - lastPost < 50 && fraction < 1) return; // keep the message queue short
      lastPost = now;
      self.postMessage({ id, progress: fraction });
    };
    const callArgs = args.slice(0, -1).concat([{ ...options, onProgress }]);
    if (Object.hasOwn(COMPOSITES, method)) {
      self.postMessage({ id, result: COMPOSITES[method](concord, ...args.slice(0, -1), options) });
      return;
    }
    if (typeof concord[method] !== 'function') throw new Error(`unknown method ${method}`);
    self.postMessage({ id, result: concord[method](...callArgs) });
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error) });
  }
};
