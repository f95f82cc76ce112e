// Runs before the rest of the page's modules have loaded (it imports only store.js and dom.js):
// starts the Web Worker, so the worker's modules and the wasm load in parallel with the page's
// own, and starts reading the documents of the last visit from IndexedDB.
import { readSavedDocuments } from './store.js';
import { startEngineWorker } from './engine-worker.js';

if (!globalThis.CONCORD_SINGLE_FILE) {
  if (typeof Worker === 'function') {
    globalThis.concordEarlyWorker = startEngineWorker();
  }
  globalThis.concordSavedDocuments = readSavedDocuments();
}
