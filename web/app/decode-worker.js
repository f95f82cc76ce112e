// The decode worker: reads a File and turns its bytes into a document (decode.js; Word and
// PDF files: office.js) off the page's thread, so a 50 MB file or a hostile HTML file never
// freezes the page.
// Message in: {id, file, name}; out: {id, result} with decodeFile()'s result (and a Blob of
// the text), or {id, error}.
import { decodeFile } from './decode.js';
import { decodeOffice, officeKind } from './office.js';

self.onmessage = async ({ data: { id, file, name } }) => {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Word and PDF files through their packages (office.js, loaded only for them).
    const kind = officeKind(bytes, name);
    const result = kind ? await decodeOffice(bytes, kind) : decodeFile(bytes, name);
    // The Blob lets the page store the text in IndexedDB without serialising it on its thread.
    if (result.ok) result.blob = new Blob([result.text], { type: 'text/plain;charset=utf-8' });
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error?.name === 'NotReadableError' || error?.name === 'NotFoundError' ? 'unreadable' : String(error?.message ?? error) });
  }
};
