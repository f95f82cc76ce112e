// The Web Worker that owns the WebAssembly core, so heavy work never blocks the page.
// Protocol: {id, method, args} in; {id, result} | {id, error} | {id, progress} out.
// '$methods' answers the names of the API's methods.
import { createConcord } from './concord.js';

const concordPromise = createConcord();

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    const concord = await concordPromise;
    if (method === '$methods') {
      self.postMessage({ id, result: Object.keys(concord).filter((name) => typeof concord[name] === 'function') });
      return;
    }
    if (typeof concord[method] !== 'function') throw new Error(`unknown method ${method}`);
    const options = { ...(args[args.length - 1] ?? {}) };
    let lastPost = 0;
    const onProgress = (fraction) => {
      const now = Date.now();
      if (now - lastPost < 50 && fraction < 1) return; // keep the message queue short
      lastPost = now;
      self.postMessage({ id, progress: fraction });
    };
    const callArgs = args.slice(0, -1).concat([{ ...options, onProgress }]);
    self.postMessage({ id, result: concord[method](...callArgs) });
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error) });
  }
};
