// Runs before the rest of the page's modules have loaded (it imports only store.js and dom.js):
// starts the engine's Web Worker, so its modules and the wasm load in parallel with the page's
// own, and starts opening IndexedDB and reading the documents of the last visit (store.js).
import { readSavedDocuments } from './store.js';
import { startEngineWorker } from './engine-worker.js';

if (!globalThis.CONCORD_SINGLE_FILE) {
  if (typeof Worker === 'function') globalThis.concordEarlyWorker = startEngineWorker();
  // The file decoder's worker starts with the first file (text-files.js): a visit that reads no
  // file does not download it (decode.js, office.js).
  globalThis.concordSavedDocuments = readSavedDocuments();
}
