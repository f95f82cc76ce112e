// The page's side of the comparison engine: promises for calls, progress callbacks, and
// cancellation. WorkerEngine runs the core in a Web Worker (a cancelled worker is terminated
// and replaced, so a runaway computation cannot linger). LocalEngine runs it on the page's own
// thread, for the single-file build opened from disk, where browsers refuse workers.
import { COMPOSITES } from './composites.js';

export class WorkerEngine {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  kind = 'worker';

  #start() {
    // The first worker may have been started by early.js while the page's modules loaded.
    this.#worker = globalThis.concordEarlyWorker ?? new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
    globalThis.concordEarlyWorker = null;
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      if ('progress' in data) return call.onProgress?.(data.progress);
      this.#pending.delete(data.id);
      if ('error' in data) call.reject(new Error(data.error));
      else call.resolve(data.result);
    };
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#failAll(event.message || 'The comparison engine failed to load.');
    };
  }

  /** Calls `method(...args)` in the worker; the last argument is an options object. */
  call(method, args, { onProgress } = {}) {
    if (!this.#worker) this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ id, method, args });
    });
  }

  /** Stops whatever is running; pending calls reject with a 'Cancelled' error. */
  cancel() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll('Cancelled');
  }

  #failAll(message) {
    for (const call of this.#pending.values()) call.reject(new Error(message));
    this.#pending.clear();
  }
}

/**
 * Runs the API on this thread. `loadConcord` resolves to the API object. Calls are queued and
 * each starts after the page has painted; Cancel drops the running call's result.
 */
export class LocalEngine {
  kind = 'main thread';
  #concord;
  #generation = 0;

  constructor(loadConcord) {
    this.#concord = loadConcord();
  }

  async call(method, args, { onProgress } = {}) {
    const generation = this.#generation;
    const concord = await this.#concord;
    await new Promise((resolve) => setTimeout(resolve, 30)); // let the progress bar paint
    if (generation !== this.#generation) throw new Error('Cancelled');
    const options = { ...(args[args.length - 1] ?? {}), onProgress };
    let result;
    if (Object.hasOwn(COMPOSITES, method)) result = COMPOSITES[method](concord, ...args.slice(0, -1), options);
    else if (typeof concord[method] === 'function') result = concord[method](...args.slice(0, -1), options);
    else throw new Error(`unknown method ${method}`);
    if (generation !== this.#generation) throw new Error('Cancelled');
    return result;
  }

  cancel() {
    this.#generation++;
  }
}
