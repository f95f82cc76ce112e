// Runs before the rest of the page's modules have loaded (it imports only store.js and dom.js):
// starts the Web Workers (the engine's and the file decoder's), so their modules and the wasm
// load in parallel with the page's own, and starts opening IndexedDB and reading the documents
// of the last visit (store.js).
import { readSavedDocuments } from './store.js';
import { startEngineWorker } from './engine-worker.js';

if (!globalThis.CONCORD_SINGLE_FILE) {
  if (typeof Worker === 'function') {
    globalThis.concordEarlyWorker = startEngineWorker();
    // The decode worker too: every file the page needs is fetched while it loads, none later.
    globalThis.concordDecodeWorker = new Worker(new URL('./decode-worker.js', import.meta.url), { type: 'module' });
  }
  globalThis.concordSavedDocuments = readSavedDocuments();
}
