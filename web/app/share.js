// Share links that upload nothing: two texts and their names, compressed (deflate, by the
// browser's CompressionStream) and written in base64url into the URL fragment, which browsers
// never send to a server. Reading one back is bounded: a fragment longer than the limit, a
// decompressed size above MAX_TEXT_BYTES or anything but the expected shape is refused with a
// message, never half-read.

/** The longest fragment a link may carry, in characters (what mail and chat apps keep whole). */
export const MAX_LINK_CHARS = 64 * 1024;
/** The most text a link may unpack to, in bytes: a tiny link cannot unpack to gigabytes. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
const FORMAT = 1;

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes of `stream`, refused past `limit` bytes. */
async function readAll(stream, limit) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const through = (bytes, transform, limit = Infinity) => readAll(new Blob([bytes]).stream().pipeThrough(transform), limit);

/** "12.3 KB" for a count of characters or bytes. */
const kilobytes = (n) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;

/**
 * The fragment value for two texts: {ok: true, fragment} or, when it would be longer than
 * MAX_LINK_CHARS, {ok: false, reason} saying by how much.
 */
export async function encodeShare({ leftName, left, rightName, right }) {
  const json = new TextEncoder().encode(JSON.stringify([FORMAT, leftName, left, rightName, right]));
  const fragment = toBase64Url(await through(json, new CompressionStream('deflate-raw')));
  if (fragment.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      reason: `These texts are too long for a link: compressed, they take ${kilobytes(fragment.length)}, and a link holds at most ${kilobytes(MAX_LINK_CHARS)}. Keep them as documents and send the files instead.`,
    };
  }
  return { ok: true, fragment };
}

/** The texts of a fragment value: {ok: true, leftName, left, rightName, right} or {ok: false, reason}. */
export async function decodeShare(fragment) {
  const broken = { ok: false, reason: 'This share link is damaged or incomplete (was it cut short when it was copied?): no texts could be read from it.' };
  if (typeof fragment !== 'string' || !/^[A-Za-z0-9_-]+$/.test(fragment)) return broken;
  if (fragment.length > MAX_LINK_CHARS) return { ok: false, reason: `This share link is longer than the ${kilobytes(MAX_LINK_CHARS)} a link may hold: it was not read.` };
  let bytes;
  try {
    bytes = await through(fromBase64Url(fragment), new DecompressionStream('deflate-raw'), MAX_TEXT_BYTES);
  } catch {
    return broken;
  }
  if (!bytes) return { ok: false, reason: `This share link unpacks to more than ${MAX_TEXT_BYTES / 1024 / 1024} MB of text: it was not read.` };
  let value;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return broken;
  }
  if (!Array.isArray(value) || value.length !== 5 || value[0] !== FORMAT || !value.slice(1).every((item) => typeof item === 'string')) return broken;
  const [, leftName, left, rightName, right] = value;
  return { ok: true, leftName, left, rightName, right };
}

/**
 * "Copy link" of two texts ({leftName, left, rightName, right}), as the Two texts view and
 * Compare two offer it: the link (opening the Two texts view with both texts) is put on the
 * clipboard and in `field` (shown, selected when the clipboard refuses), and `note` says so, with
 * the warning that anyone with the link can read the texts; above MAX_LINK_CHARS `note` says why
 * there is no link. Returns the link, or '' when there is none.
 */
export async function copyShareLink(texts, { field, note }) {
  const encoded = await encodeShare(texts);
  if (!encoded.ok) {
    field.hidden = true;
    note.textContent = encoded.reason;
    note.classList.add('error');
    return '';
  }
  const url = new URL(location.href);
  url.hash = `v=texts&t=${encoded.fragment}`;
  field.value = url.href;
  field.hidden = false;
  note.classList.remove('error');
  let copied = false;
  try {
    await navigator.clipboard.writeText(url.href);
    copied = true;
  } catch {
    // No clipboard (permission refused): the link is in the field, selected, to copy by hand.
  }
  note.textContent = `${copied ? 'Link copied' : 'Copy this link'} (${url.href.length.toLocaleString()} characters). Anyone with the link can read both texts.`;
  if (!copied) field.select();
  return url.href;
}
