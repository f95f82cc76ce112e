// Turns dropped or picked files into text, saying how it was read, or why it was refused.
// HTML and Markdown files are compared as their text (their markup is removed, never run).
// Reading and decoding happen in a worker (decode-worker.js); where there is none (the single
// file opened from disk) on this thread, with the same code (decode.js, imported on the first
// file: a visit that drops none does not download it).

/** Files larger than this are refused with a message rather than read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const UNREADABLE = 'could not be read (a folder, or permission denied)';

/** Decodes files in a worker, one message per file; null where workers cannot run. */
class DecodeWorker {
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  static create() {
    if (globalThis.CONCORD_SINGLE_FILE || typeof Worker !== 'function') return null;
    return new DecodeWorker();
  }

  decode(file, name) {
    if (!this.#worker) this.#start();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ id, file, name });
    });
  }

  #start() {
    this.#worker = new Worker(new URL('./decode-worker.js', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }) => {
      const resolve = this.#pending.get(data.id);
      this.#pending.delete(data.id);
      resolve?.(data.error ? { ok: false, reason: data.error === 'unreadable' ? UNREADABLE : `could not be decoded (${data.error})` } : data.result);
    };
    // A worker that died (out of memory, say) refuses what it held; the next file starts another.
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#worker.terminate();
      this.#worker = null;
      for (const resolve of this.#pending.values()) resolve({ ok: false, reason: `could not be decoded (${event.message || 'the decoder stopped'})` });
      this.#pending.clear();
    };
  }
}

let decoder;

async function decodeHere(file, name) {
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: UNREADABLE };
  }
  // Word and PDF packages run in the decode worker only (the single file has neither).
  if (/\.(docx?|pdf)$/i.test(name) || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    return { ok: false, reason: 'Word and PDF files are read by the served page only (not by this single file): save the text as .txt, or open the page from its web address' };
  }
  const { decodeFile } = await import('./decode.js');
  return decodeFile(bytes, name);
}

/**
 * Reads a File: resolves to {ok, name, size, lastModified, text, encoding, format} or {ok: false,
 * name, size, lastModified, reason}. Never throws.
 */
export async function readTextFile(file, name = file.name) {
  const base = { name, size: file.size, lastModified: file.lastModified ?? null };
  if (file.size > MAX_FILE_BYTES) {
    return { ...base, ok: false, reason: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
  }
  if (file.size === 0) return { ...base, ok: false, reason: 'empty file' };
  decoder ??= DecodeWorker.create() ?? { decode: decodeHere };
  return { ...base, ...(await decoder.decode(file, name)) };
}
