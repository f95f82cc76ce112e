// Turns dropped or picked files into text, saying how it was read, or why it was refused.

/** Files larger than this are refused with a message rather than read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
 * @returns {{ok: true, text: string, encoding: string} | {ok: false, reason: string}}
 */
export function decodeBytes(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'looks binary (contains NUL bytes)' };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: hasBom ? 'UTF-8 with BOM' : 'UTF-8' };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252 (not valid UTF-8)',
    };
  }
}

/** Reads a File; resolves to decodeBytes' result plus the file's name and size. */
export async function readTextFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, name: file.name, size: file.size, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, ...decodeBytes(bytes) };
}
