// The documents of the workspace and the files that were refused, with change events. Each
// document is kept in this browser's IndexedDB as a record of its own (its text in one store,
// its name, order and facts in another), written in one transaction per change and never as a
// rewrite of the whole list, so two tabs never overwrite each other's documents; they tell each
// other of every change over a BroadcastChannel. Whatever could not be saved is counted in
// `problem`, which the page shows as a warning; the documents stay in the tab meanwhile.
// A session (openSession) shows other documents, a cluster of corpus results, in place of the
// workspace's without saving them or changing a saved record; closeSession brings the
// workspace back as it was, with what other tabs changed meanwhile.
const DB_NAME = 'concord';
const DB_VERSION = 2;
const SETTINGS = 'workspace'; // version 1 kept the whole list here under 'documents'
const META = 'meta'; // {key, name, size, engineWords, encoding, format, order}, keyed by key
const TEXTS = 'texts'; // the text of each document, keyed by its key
const CHANNEL = 'concord-documents';

let nextId = 1;
const newKey = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`);
const byOrder = (x, y) => x.order - y.order || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
// The word count is the engine's (profile()), stored as engineWords: the `words` of older
// records were counted on the page, differently, and are counted again.
const metaOf = ({ key, name, size, words, encoding, format, order, lastModified }) => ({ key, name, size, engineWords: words ?? null, encoding, format, order, lastModified: lastModified ?? null });
const docOf = ({ words, engineWords, ...meta }, text) => ({ ...meta, text, words: engineWords ?? null });

export class Store extends EventTarget {
  /** words: the engine's count, null until it is known (recordWords). @type {{id: number, key: string, name: string, text: string, blob: Blob|null, size: number, words: number|null, encoding: string, format: string, order: number, saved: boolean|'pending'}[]} */
  documents = [];
  /** @type {{name: string, size: number, reason: string}[]} */
  refused = [];
  /** Why documents are not being saved: null, or {kind: 'unavailable'|'read-failed'|'quota'|'failed', detail}. */
  problem = null;
  #db = null;
  #channel = null;
  #syncing = null;
  #syncAgain = false;
  /** While a session is open: {label, documents, refused} of the workspace put aside. */
  #session = null;
  #missedSync = false;

  /** Keeps the documents in `db` (an open IndexedDB of openDatabase()) from now on. */
  keepIn(db) {
    this.#db = db;
    db.onversionchange = () => db.close();
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(CHANNEL);
      this.#channel.onmessage = () => {
        if (this.#session) this.#missedSync = true;
        else this.#sync();
      };
    }
  }

  /** Saves nothing from now on, for `kind` ('unavailable' or 'read-failed'): the page warns. */
  cannotSave(kind, detail) {
    this.problem = { kind, detail };
    this.#changed({ documents: false });
  }

  /**
   * Shows `items` (as add() takes them) in place of the workspace's documents, saving nothing
   * of them until closeSession(); `label` says what they are (session.label). Another session
   * replaces the one open, the workspace staying aside.
   */
  openSession(label, items) {
    this.#session ??= { documents: this.documents, refused: this.refused };
    this.#session.label = label;
    this.documents = [];
    this.refused = [];
    this.documents = this.#make(items).map((doc) => ({ ...doc, saved: true }));
    this.#changed();
  }

  /** The open session ({label}), or null when the workspace's own documents are shown. */
  get session() {
    return this.#session ? { label: this.#session.label } : null;
  }

  /** Ends the session: the workspace's documents are shown again, as they were; returns the session's. */
  closeSession() {
    if (!this.#session) return [];
    const shown = this.documents;
    ({ documents: this.documents, refused: this.refused } = this.#session);
    this.#session = null;
    this.#changed();
    if (this.#missedSync && this.#db) this.#sync();
    this.#missedSync = false;
    return shown;
  }

  /** The documents of the saved records ({key, name, text, …}), as they are: nothing is written. */
  restore(records) {
    this.documents = records.map((record) => ({ ...record, blob: null, id: nextId++, saved: true })).sort(byOrder);
    this.#changed();
  }

  /** Records the engine's word counts ([{id, text, words}]: of document id when it held text). */
  recordWords(counts) {
    const changed = [];
    const byId = new Map(this.documents.map((doc) => [doc.id, doc]));
    for (const { id, text, words } of counts) {
      const doc = byId.get(id);
      if (!doc || doc.text !== text || doc.words === words) continue;
      doc.words = words;
      changed.push(doc);
    }
    if (!changed.length) return;
    this.#changed({ documents: false, words: true });
    // A document whose save failed is written with its count on retry.
    this.#save({ metas: changed.filter((doc) => doc.saved !== false) });
  }

  /**
   * Adds documents ({name, text, blob?, size?, encoding?, format?}) after the others (before
   * them when `first`); resolves to {documents, saved} once they are written (saved false: see
   * `problem`). They are listed at once.
   */
  add(items, { first = false } = {}) {
    const added = this.#make(items, { first });
    if (first) this.documents.unshift(...added);
    else this.documents.push(...added);
    this.#changed();
    return this.#save({ records: added }).then((saved) => ({ documents: added, saved }));
  }

  /** Replaces every document with `items` in one write (the refused list too, unless `keepRefused`); resolves as add() does. */
  replaceAll(items, { keepRefused = false } = {}) {
    const removed = this.documents.map((doc) => doc.key);
    this.documents = [];
    if (!keepRefused) this.refused = [];
    const added = this.#make(items);
    this.documents = added;
    this.#changed();
    return this.#save({ records: added, removed }).then((saved) => ({ documents: added, saved }));
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
    this.#save({ metas: [doc] });
  }

  remove(id) {
    const doc = this.byId(id);
    if (!doc) return;
    this.documents = this.documents.filter((other) => other !== doc);
    this.#changed();
    this.#save({ removed: [doc.key] });
  }

  /** Moves the document by `delta` places (−1 up, +1 down). */
  move(id, delta) {
    const from = this.documents.findIndex((doc) => doc.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.documents.length) return;
    const [doc] = this.documents.splice(from, 1);
    this.documents.splice(to, 0, doc);
    // Only the two that swapped places are written, unless equal orders (two tabs adding at
    // once) make a renumbering of all of them necessary.
    const other = this.documents[from];
    const ties = new Set(this.documents.map((d) => d.order)).size < this.documents.length;
    if (ties) this.documents.forEach((d, i) => { d.order = i; });
    else [doc.order, other.order] = [other.order, doc.order];
    this.#changed();
    this.#save({ metas: ties ? this.documents : [doc, other] });
  }

  clear() {
    const removed = this.documents.map((doc) => doc.key);
    this.documents = [];
    this.refused = [];
    this.#changed();
    this.#save({ removed });
  }

  /** Writes again what could not be saved (after space was freed). Resolves to true if all is. */
  retry() {
    return this.#save({});
  }

  /** How many of the documents are not saved. */
  get unsavedCount() {
    return this.documents.filter((doc) => doc.saved !== true).length;
  }

  byId(id) {
    return this.documents.find((doc) => doc.id === id);
  }

  indexOf(id) {
    return this.documents.findIndex((doc) => doc.id === id);
  }

  #make(items, { first = false } = {}) {
    const last = this.documents.reduce((max, doc) => Math.max(max, doc.order), -1);
    const lowest = this.documents.reduce((min, doc) => Math.min(min, doc.order), Infinity);
    // Tabs adding at once keep the time order; documents put first go below the lowest order.
    const base = first && this.documents.length ? lowest - items.length : Math.max(last + 1, Date.now());
    const taken = new Set(this.documents.map((doc) => doc.name));
    return items.map((item, i) => {
      const name = uniqueName(item.name || 'Untitled', taken);
      taken.add(name);
      return {
        id: nextId++,
        key: newKey(),
        name,
        text: item.text,
        blob: item.blob ?? null,
        size: item.size ?? new Blob([item.text]).size,
        lastModified: item.lastModified ?? null, // File.lastModified: lineage reads it as a date
        words: null,
        encoding: item.encoding ?? 'typed or pasted',
        format: item.format ?? 'text',
        order: base + i,
        saved: false,
      };
    });
  }

  /**
   * Writes a change ({records: new documents, metas: renamed or moved ones, removed: keys}) in
   * one transaction, with every document that earlier failed to save. Resolves to whether all
   * of it was written; tells the other tabs.
   */
  async #save({ records = [], metas = [], removed = [] }) {
    if (this.#session) {
      for (const doc of records) doc.saved = true; // kept in the tab only, as the session says
      return true;
    }
    if (!this.#db) {
      for (const doc of records) doc.saved = false;
      return !this.problem;
    }
    const retried = this.documents.filter((doc) => doc.saved === false && !records.includes(doc));
    const all = [...records, ...retried];
    for (const doc of all) doc.saved = 'pending';
    try {
      await writeChange(this.#db, { records: all, metas: metas.filter((doc) => doc.saved !== false), removed });
      for (const doc of all) {
        doc.saved = true;
        doc.blob = null;
      }
      if (this.problem && this.unsavedCount === 0) this.problem = null;
      this.#channel?.postMessage('changed');
      return true;
    } catch (error) {
      for (const doc of all) doc.saved = false;
      this.problem = { kind: error?.name === 'QuotaExceededError' ? 'quota' : 'failed', detail: error?.message || String(error) };
      return false;
    } finally {
      this.#changed({ documents: false });
    }
  }

  /** Takes in what another tab changed: reads the records again (texts only of new ones). */
  async #sync() {
    if (this.#syncing) {
      this.#syncAgain = true;
      return;
    }
    this.#syncing = (async () => {
      do {
        this.#syncAgain = false;
        try {
          const records = await readRecords(this.#db, new Set(this.documents.map((doc) => doc.key)));
          if (this.#session) this.#missedSync = true; // merged into the workspace when it is back
          else this.#merge(records);
        } catch {
          // Unreadable now: this tab keeps its list; the next change tries again.
        }
      } while (this.#syncAgain);
      this.#syncing = null;
    })();
  }

  #merge({ metas, texts }) {
    const known = new Map(this.documents.map((doc) => [doc.key, doc]));
    const stored = new Set(metas.map((meta) => meta.key));
    const next = [];
    let renamed = false;
    for (const meta of metas) {
      const doc = known.get(meta.key);
      if (doc) {
        renamed ||= doc.name !== meta.name;
        next.push(Object.assign(doc, { name: meta.name, order: meta.order, words: doc.words ?? meta.engineWords ?? null }));
      } else if (texts.has(meta.key)) next.push({ ...docOf(meta, texts.get(meta.key)), id: nextId++, saved: true });
    }
    // This tab's documents that are being written or could not be: kept, whatever the store says.
    for (const doc of this.documents) if (doc.saved !== true && !stored.has(doc.key)) next.push(doc);
    next.sort(byOrder);
    const same = next.length === this.documents.length && next.every((doc, i) => doc === this.documents[i]);
    this.documents = next;
    if (!same || renamed) this.#changed();
  }

  // detail.documents: the list or a text changed; detail.words: only a word count arrived.
  #changed({ documents = true, words = false } = {}) {
    this.dispatchEvent(new CustomEvent('change', { detail: { documents, words } }));
  }
}

function uniqueName(name, taken) {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = name.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    if (!taken.has(candidate)) return candidate;
  }
}

/** Opens (creating or upgrading) the database; rejects when the browser gives no storage. */
export function openDatabase() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || !indexedDB) return reject(new Error('this browser has no IndexedDB'));
    let request;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      return reject(error);
    }
    request.onupgradeneeded = (event) => upgrade(request.result, request.transaction, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

// Version 1 kept the whole list as one value under 'documents': it is converted to records in
// the upgrade transaction itself, so either the conversion happens whole or not at all.
function upgrade(db, tx, oldVersion) {
  if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
  if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'key' });
  if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS);
  if (oldVersion !== 1) return;
  const settings = tx.objectStore(SETTINGS);
  settings.get('documents').onsuccess = (event) => {
    const list = event.target.result;
    if (!Array.isArray(list)) return;
    list.forEach((doc, order) => {
      const key = newKey();
      const text = String(doc?.text ?? '');
      tx.objectStore(META).put(metaOf({
        key, name: String(doc?.name ?? 'Untitled'), size: doc?.size ?? text.length, words: null,
        encoding: doc?.encoding ?? 'typed or pasted', format: doc?.format ?? 'text', order,
      }));
      tx.objectStore(TEXTS).put(text, key);
    });
    settings.put(true, 'initialised');
    settings.delete('documents');
  };
}

/** Writes one change in one transaction; resolves when it is committed. */
function writeChange(db, { records, metas, removed }) {
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction([SETTINGS, META, TEXTS], 'readwrite');
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
      const meta = tx.objectStore(META);
      const texts = tx.objectStore(TEXTS);
      for (const key of removed) {
        meta.delete(key);
        texts.delete(key);
      }
      for (const doc of records) {
        // A Blob of the text (made by the decode worker) is stored by reference, where a string
        // would be serialised on this thread: 0.1–0.5 s for 50 MB.
        texts.put(doc.blob ?? doc.text, doc.key);
        meta.put(metaOf(doc));
      }
      for (const doc of metas) meta.put(metaOf(doc));
      tx.objectStore(SETTINGS).put(true, 'initialised');
    } catch (error) {
      try { tx?.abort(); } catch { /* already finished */ }
      reject(error);
    }
  });
}

/** Replaces the Blobs among the values of `texts` with their text. */
async function textsOfBlobs(texts) {
  for (const [key, value] of texts) if (value instanceof Blob) texts.set(key, await value.text());
}

/** Every meta record, and the texts of those whose keys are not in `known`. */
function readRecords(db, known = new Set()) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([SETTINGS, META, TEXTS]);
    const texts = new Map();
    let metas = [];
    let initialised = false;
    tx.objectStore(SETTINGS).get('initialised').onsuccess = (event) => { initialised = event.target.result === true; };
    tx.objectStore(META).getAll().onsuccess = (event) => {
      metas = event.target.result;
      for (const { key } of metas) {
        if (known.has(key)) continue;
        tx.objectStore(TEXTS).get(key).onsuccess = (e) => {
          const value = e.target.result;
          if (typeof value === 'string' || value instanceof Blob) texts.set(key, value);
        };
      }
    };
    tx.oncomplete = () => textsOfBlobs(texts).then(() => resolve({ metas, texts, initialised }), reject);
    tx.onabort = () => reject(tx.error ?? new Error('the read was aborted'));
  });
}

/**
 * Opens the database and reads the saved documents: {ok: true, db, documents, initialised} (not
 * initialised on a first visit), or {ok: false, kind: 'unavailable'|'read-failed', detail}.
 */
export async function readSavedDocuments() {
  let db;
  try {
    db = await openDatabase();
  } catch (error) {
    return { ok: false, kind: 'unavailable', detail: error?.message || String(error) };
  }
  try {
    const { metas, texts, initialised } = await readRecords(db);
    const documents = metas.filter((meta) => texts.has(meta.key)).map((meta) => docOf(meta, texts.get(meta.key)));
    return { ok: true, db, documents, initialised: initialised || documents.length > 0 };
  } catch (error) {
    db.close();
    return { ok: false, kind: 'read-failed', detail: error?.message || String(error) };
  }
}

/** The read early.js started, or a new one. */
export function loadSavedDocuments() {
  const early = globalThis.concordSavedDocuments;
  globalThis.concordSavedDocuments = null;
  return early ?? readSavedDocuments();
}
