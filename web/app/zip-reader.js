// Reads the entries of a zip file without loading the whole of it: the central directory at its
// end says where each entry is, and an entry's bytes are read (Blob.slice) and inflated only
// when asked for, so a zip of corpus results larger than memory can still be browsed. Inflating
// is fflate's (an npm package the page serves itself from generated/vendor/, loaded when the
// first zip is opened). Pure module (no DOM): runs in the corpus worker and in Node's tests.
//   const zip = await openZip(file, inflateSync);   // {ok: false, reason} for what is not a zip
//   const bytes = await zip.read(zip.entries.get('results/summary.json'));

const END_SIGNATURE = 0x06054b50; // end of central directory
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;

/** Where the end record starts in `tail` (the file's last bytes), or -1. */
function findEnd(tail) {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - END_BYTES; at >= 0; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE && at + END_BYTES + view.getUint16(at + 20, true) <= tail.length) return at;
  }
  return -1;
}

/** The entries of a central directory: name → {name, method, compressedSize, size, offset}. */
function readDirectory(bytes, count) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder(); // UTF-8 (flag 11) or ASCII, the names zip tools write
  const entries = new Map();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const bytesOf = async (blob, start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer());

/**
 * Opens `blob` (a File) as a zip: {ok: true, entries, read(entry)} where read resolves to the
 * entry's bytes, or {ok: false, reason}. `inflateSync` is fflate's.
 */
export async function openZip(blob, inflateSync) {
  const tailStart = Math.max(0, blob.size - END_BYTES - MAX_COMMENT);
  const tail = await bytesOf(blob, tailStart, blob.size);
  const end = findEnd(tail);
  if (end < 0) {
    const head = await bytesOf(blob, 0, 4);
    const isZip = head.length === 4 && new DataView(head.buffer).getUint32(0, true) === LOCAL_SIGNATURE;
    return { ok: false, reason: isZip ? 'the zip file is incomplete (its table of contents, at the end, is missing: was the download or copy cut short?)' : 'this is not a zip file' };
  }
  const view = new DataView(tail.buffer, tail.byteOffset + end);
  const count = view.getUint16(10, true);
  const directorySize = view.getUint32(12, true);
  const directoryOffset = view.getUint32(16, true);
  if (end >= 20 && new DataView(tail.buffer, tail.byteOffset + end - 20).getUint32(0, true) === ZIP64_LOCATOR) {
    return { ok: false, reason: 'this zip is in the ZIP64 format (over 4 GB or 65,535 files), which the page cannot read: open the results folder itself instead' };
  }
  if (directoryOffset + directorySize > tailStart + end) return { ok: false, reason: 'the zip file is damaged (its table of contents points past its end)' };
  const entries = readDirectory(await bytesOf(blob, directoryOffset, directoryOffset + directorySize), count);
  if (!entries) return { ok: false, reason: 'the zip file is damaged (its table of contents cannot be read)' };
  return { ok: true, entries, read: (entry) => readEntry(blob, entry, inflateSync) };
}

/** The bytes of one entry (stored or deflated); throws an Error saying what is wrong. */
async function readEntry(blob, entry, inflateSync) {
  const header = await bytesOf(blob, entry.offset, entry.offset + 30);
  const view = new DataView(header.buffer);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE) throw new Error(`${entry.name} is damaged in the zip file`);
  const start = entry.offset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const data = await bytesOf(blob, start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new Error(`${entry.name} is cut short in the zip file`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`${entry.name} is compressed with a method the page cannot read (${entry.method}; zip tools write 8, deflate)`);
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw new Error(`${entry.name} is damaged in the zip file (${error?.message ?? error})`);
  }
}
