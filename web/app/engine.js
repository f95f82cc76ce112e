// The page's side of the comparison engine: promises for calls, progress callbacks, and
// cancellation. WorkerEngine runs the core in a Web Worker (a cancelled worker is terminated
// and replaced, so a runaway computation cannot linger; so is a worker whose WebAssembly module
// aborted, which could answer nothing again). LocalEngine runs it on the page's own
// thread, for the single-file build opened from disk, where browsers refuse workers.
import { COMPOSITES } from './composites.js';
import { startEngineWorker } from './engine-worker.js';
import { TextSender } from './shared-texts.js';
import { ResultAssembler } from './sliced-results.js';

/** What the user is told when the engine aborted: it is restarted, the documents are kept. */
export const RESTARTED = 'The engine ran out of memory (or failed) on this and was restarted; your documents are kept. Try smaller texts, or compare by lines.';

export class WorkerEngine {
  #worker = null;
  #pending = new Map();
  #texts = null;
  #nextId = 1;
  kind = 'worker';

  #start() {
    // The first worker may have been started by early.js while the page's modules loaded.
    this.#worker = globalThis.concordEarlyWorker ?? startEngineWorker();
    globalThis.concordEarlyWorker = null;
    this.#texts = new TextSender(this.#worker);
    this.#worker.onmessage = ({ data }) => {
      const call = this.#pending.get(data.id);
      if (!call) return;
      if ('progress' in data) return call.onProgress?.(data.progress);
      if ('part' in data) return (call.parts ??= new ResultAssembler()).add(data.part); // read in its own task
      if (data.aborted) return this.#replace(RESTARTED);
      this.#pending.delete(data.id);
      if ('error' in data) call.reject(new Error(data.error));
      else call.resolve(call.parts ? call.parts.assemble(data.result) : data.result);
    };
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#failAll(event.message || 'The comparison engine failed to load.');
    };
  }

  /** Calls `method(...args)` in the worker; the last argument is an options object. */
  async call(method, args, { onProgress } = {}) {
    if (!this.#worker) this.#start();
    const worker = this.#worker;
    const id = this.#nextId++;
    const result = new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject, onProgress }));
    // Big texts go ahead in slices (shared-texts.js); Cancel meanwhile rejects `result`.
    this.#texts.refer(args).then((sent) => {
      if (this.#worker === worker && this.#pending.has(id)) worker.postMessage({ id, method, args: sent });
    });
    return result;
  }

  /** Stops whatever is running; pending calls reject with a 'Cancelled' error. */
  cancel() {
    this.#replace('Cancelled');
  }

  /** Ends the worker and its wasm memory (the editor's, on Done); a later call starts a fresh one. */
  close() {
    this.#replace('Closed');
  }

  // Terminates the worker (the next call starts a fresh one) and rejects pending calls.
  #replace(message) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(message);
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
  #load;
  #generation = 0;

  constructor(loadConcord) {
    this.#load = loadConcord;
    this.#concord = loadConcord();
  }

  async call(method, args, { onProgress } = {}) {
    const generation = this.#generation;
    const concord = await this.#concord;
    await new Promise((resolve) => setTimeout(resolve, 30)); // let the progress bar paint
    if (generation !== this.#generation) throw new Error('Cancelled');
    const options = { ...(args[args.length - 1] ?? {}), onProgress };
    let result;
    try {
      if (Object.hasOwn(COMPOSITES, method)) result = await COMPOSITES[method](concord, ...args.slice(0, -1), options);
      else if (typeof concord[method] === 'function') result = concord[method](...args.slice(0, -1), options);
      else throw new Error(`unknown method ${method}`);
    } catch (error) {
      if (!error?.aborted) throw error;
      this.#concord = this.#load(); // that module is unusable; the next call gets a fresh one
      throw new Error(RESTARTED);
    }
    if (generation !== this.#generation) throw new Error('Cancelled');
    return result;
  }

  cancel() {
    this.#generation++;
  }
}
