// Runs before the rest of the page's modules have loaded (it imports nothing): starts the Web
// Worker, so the worker's modules and the wasm load in parallel with the page's own.
if (!globalThis.CONCORD_SINGLE_FILE && typeof Worker === 'function') {
  globalThis.concordEarlyWorker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
}
