// Turns dropped or picked files into text, saying how it was read, or why it was refused.
// HTML and Markdown files are compared as their text (their markup is removed, never run).

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

const HTML_NAME = /\.(x?html?|xht)$/i;
const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i;
const BLOCK_TAGS = 'address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|td|th|ul';
const SKIPPED = /<(script|style|noscript|template|head|svg|iframe|object|textarea)\b[\s\S]*?<\/\1\s*>/gi;
const BREAK = '\uE000';

/**
 * The text of an HTML document: one paragraph per block element. Tags are removed as text,
 * so nothing of the file is ever parsed into elements, run or styled; DOMParser only decodes
 * the character references of what is left, which holds no tags.
 */
export function htmlToText(html) {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1] ?? '';
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(SKIPPED, '')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), BREAK)
    .replace(/<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*>/g, '');
  const decode = (text) => new DOMParser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html').body.textContent;
  const blocks = [title, ...stripped.split(BREAK)]
    .map((block) => decode(block).replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}

/** The text of a Markdown document: markup characters removed, paragraphs kept. */
export function markdownToText(markdown) {
  return markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) => line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/^\s*([-*_]\s*){3,}$/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ''))
    .join('\n');
}

/**
 * Reads a File: resolves to {ok, name, size, text, encoding, format} or {ok: false, name, size,
 * reason}. Never throws.
 */
export async function readTextFile(file, name = file.name) {
  const base = { name, size: file.size };
  if (file.size > MAX_FILE_BYTES) {
    return { ...base, ok: false, reason: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
  }
  if (file.size === 0) return { ...base, ok: false, reason: 'empty file' };
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ...base, ok: false, reason: 'could not be read (a folder, or permission denied)' };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ...base, ...decoded };
  let { text } = decoded;
  let format = 'text';
  if (HTML_NAME.test(name) || /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 200))) {
    text = htmlToText(text);
    format = 'HTML, compared as its text';
  } else if (MARKDOWN_NAME.test(name)) {
    text = markdownToText(text);
    format = 'Markdown, compared as its text';
  }
  if (!/\S/.test(text)) return { ...base, ok: false, reason: 'no text in it (only white space)' };
  return { ...base, ok: true, text, encoding: decoded.encoding, format };
}
