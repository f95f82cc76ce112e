// The page's side of the worker: promises for calls, progress callbacks, and cancellation
// (a cancelled worker is terminated and replaced, so a runaway computation cannot linger).
export class Engine {
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  #start() {
    this.#worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      if ('progress' in data) return call.onProgress?.(data.progress);
      this.#pending.delete(data.id);
      if ('error' in data) call.reject(new Error(data.error));
      else call.resolve(data.result);
    };
    this.#worker.onerror = (event) => this.#failAll(event.message || 'The comparison engine failed to load.');
  }

  /** Calls `method(...args, options)` in the worker; the last argument is an options object. */
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
