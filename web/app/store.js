// The documents of the workspace and the files that were refused, with change events. The
// documents are kept in this browser's IndexedDB so a reload keeps them; they never leave it.
import { countWords } from './dom.js';

const DB_NAME = 'concord';
const DB_STORE = 'workspace';

let nextId = 1;

export class Store extends EventTarget {
  /** @type {{id: number, name: string, text: string, size: number, words: number, encoding: string, format: string}[]} */
  documents = [];
  /** @type {{name: string, size: number, reason: string}[]} */
  refused = [];
  persist = true;

  /** Adds documents ({name, text, size?, encoding?, format?}); returns them. */
  add(items) {
    const added = items.map((item) => ({
      id: nextId++,
      name: this.#uniqueName(item.name || 'Untitled'),
      text: item.text,
      size: item.size ?? new Blob([item.text]).size,
      words: countWords(item.text),
      encoding: item.encoding ?? 'typed or pasted',
      format: item.format ?? 'text',
    }));
    this.documents.push(...added);
    this.#changed();
    return added;
  }

  refuse(items) {
    this.refused.push(...items);
    this.#changed({ documents: false });
  }

  clearRefused() {
    this.refused = [];
    this.#changed({ documents: false });
  }

  rename(id, name) {
    const doc = this.byId(id);
    if (!doc || !name.trim()) return;
    doc.name = name.trim();
    this.#changed();
  }

  remove(id) {
    this.documents = this.documents.filter((doc) => doc.id !== id);
    this.#changed();
  }

  /** Moves the document by `delta` places (−1 up, +1 down). */
  move(id, delta) {
    const from = this.documents.findIndex((doc) => doc.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.documents.length) return;
    const [doc] = this.documents.splice(from, 1);
    this.documents.splice(to, 0, doc);
    this.#changed();
  }

  clear() {
    this.documents = [];
    this.refused = [];
    this.#changed();
  }

  replaceAll(items) {
    this.documents = [];
    this.refused = [];
    this.add(items);
  }

  byId(id) {
    return this.documents.find((doc) => doc.id === id);
  }

  indexOf(id) {
    return this.documents.findIndex((doc) => doc.id === id);
  }

  #uniqueName(name) {
    const taken = new Set(this.documents.map((doc) => doc.name));
    if (!taken.has(name)) return name;
    for (let n = 2; ; n++) {
      const candidate = name.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
      if (!taken.has(candidate)) return candidate;
    }
  }

  #changed({ documents = true } = {}) {
    this.dispatchEvent(new CustomEvent('change', { detail: { documents } }));
    if (documents && this.persist) saveDocuments(this.documents).catch(() => {});
  }
}

function openDb() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function saveDocuments(documents) {
  const db = await openDb();
  const plain = documents.map(({ name, text, size, encoding, format }) => ({ name, text, size, encoding, format }));
  await new Promise((resolve, reject) => {
    const tx = db.transaction(DB_STORE, 'readwrite');
    tx.objectStore(DB_STORE).put(plain, 'documents');
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * The documents saved by the last visit, or null when there are none (or no storage). The read
 * starts in early.js, before the page's modules have loaded.
 */
export function loadSavedDocuments() {
  const early = globalThis.concordSavedDocuments;
  globalThis.concordSavedDocuments = null;
  return early ?? readSavedDocuments();
}

/** Reads the saved documents from IndexedDB. */
export async function readSavedDocuments() {
  try {
    const db = await openDb();
    const saved = await new Promise((resolve, reject) => {
      const request = db.transaction(DB_STORE).objectStore(DB_STORE).get('documents');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return Array.isArray(saved) ? saved : null;
  } catch {
    return null;
  }
}
