// File bytes to text, as a pure module (no DOM), so that it runs in the decode worker, on the
// page where there is no worker (the single file), and in node's tests: the encoding detected,
// binary refused, HTML and Markdown reduced to their text. Every step is linear in the input.

const SAMPLE = 1 << 16; // bytes looked at to tell text from binary

/** The share of control characters above which a text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.03;

/**
 * Control characters in the first SAMPLE characters of `text`: C0 other than tab, line feed,
 * vertical tab, form feed, carriage return and escape (terminal logs), DEL, and C1.
 */
function controlShare(text) {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !(c >= 9 && c <= 13) && c !== 0x1b) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return n ? controls / n : 0;
}

/** 'le' or 'be' when the NUL bytes of the sample sit (almost) all at odd or all at even offsets. */
function utf16Guess(bytes) {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.01 && even <= odd * 0.1) return 'le';
  if (even >= pairs * 0.01 && odd <= even * 0.1) return 'be';
  return null;
}

/** Strict UTF-16 of `order` ('le'/'be'), or null when it is not valid UTF-16 text. */
function decodeUtf16(bytes, order) {
  if (bytes.length % 2) return null;
  try {
    const text = new TextDecoder(`utf-16${order}`, { fatal: true }).decode(bytes);
    return controlShare(text) > MAX_CONTROL_SHARE ? null : text;
  } catch {
    return null;
  }
}

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when its
 * NUL bytes and its validity say so), else Windows-1252; binary data (NUL bytes that are not
 * UTF-16, or many control characters) is refused.
 * @returns {{ok: true, text: string, encoding: string} | {ok: false, reason: string}}
 */
export function decodeBytes(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  }
  if (bytes.includes(0)) {
    const order = utf16Guess(bytes);
    const text = order && decodeUtf16(bytes, order);
    if (text) return { ok: true, text, encoding: `UTF-16 ${order.toUpperCase()} (no BOM)` };
    return { ok: false, reason: 'looks binary (contains NUL bytes)' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let decoded;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes), encoding: hasBom ? 'UTF-8 with BOM' : 'UTF-8' };
  } catch {
    decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252 (not valid UTF-8)' };
  }
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) return { ok: false, reason: 'looks binary (control characters)' };
  return { ok: true, ...decoded };
}

const BLOCK_TAGS = new Set('address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr td th ul'.split(' '));
/** Elements whose content is dropped (the title is kept apart, as the first paragraph). */
const SKIPPED_TAGS = new Set('script style noscript template head svg iframe object textarea title'.split(' '));
const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«',
  raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿',
  ordf: 'ª', ordm: 'º', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ', dagger: '†', Dagger: '‡', permil: '‰', prime: '′',
  Prime: '″', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  szlig: 'ß', AElig: 'Æ', aelig: 'æ', OElig: 'Œ', oelig: 'œ', Oslash: 'Ø', oslash: 'ø', ETH: 'Ð', eth: 'ð', THORN: 'Þ',
  thorn: 'þ', Ccedil: 'Ç', ccedil: 'ç', Ntilde: 'Ñ', ntilde: 'ñ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', yuml: 'ÿ',
};
// Accented vowels by name: &eacute; &Agrave; &ouml; &acirc; &atilde; &aring; …
const ACCENTS = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function namedEntity(name, whole) {
  if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name];
  const accent = /^([AEIOUYaeiouy])(acute|grave|circ|uml|tilde|ring)$/.exec(name);
  return accent ? (accent[1] + ACCENTS[accent[2]]).normalize('NFC') : whole;
}

/** Decodes character references: numeric ones, and the named ones of ENTITIES and ACCENTS. */
export function decodeEntities(text) {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec, hex, name) => {
    if (name) return namedEntity(name, whole);
    const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** A search for a string from a position that never searches the same stretch twice. */
function forwardFinder(find) {
  let from = -1;
  let at = -1;
  return (position) => {
    if (position < from || (at !== -1 && position > at) || from === -1) {
      from = position;
      at = find(position);
    }
    return at;
  };
}

/**
 * The text of an HTML document: the title, then one paragraph per block element. A linear
 * scan: markup is skipped as text, never parsed into elements, run or styled; an unclosed
 * comment runs to the end, as in a browser; a `<` that starts no tag is text.
 */
export function htmlToText(html) {
  const nextGt = forwardFinder((from) => html.indexOf('>', from));
  const titleTag = /<title\b[^<>]*>/i.exec(html);
  const titleEnd = titleTag ? html.slice(titleTag.index).search(/<\/title\s*>/i) : -1;
  const title = titleEnd === -1 ? '' : html.slice(titleTag.index + titleTag[0].length, titleTag.index + titleEnd);
  const closers = new Map(); // skipped tag name → its finder for `</name\s*>`
  const blocks = [];
  let block = [];
  const endBlock = () => {
    blocks.push(block.join(''));
    block = [];
  };
  let at = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    block.push(html.slice(at, i));
    let end = i + 1; // where the text goes on; i + 1 keeps a lone '<' as text
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      end = close === -1 ? html.length : close + 3;
    } else {
      const tag = /^<(\/?)([A-Za-z][^\s/>]*)|^<[!?]/.exec(html.slice(i, i + 64));
      const gt = tag ? nextGt(i) : -1;
      if (gt !== -1) {
        end = gt + 1;
        const name = tag[2]?.toLowerCase();
        if (name && !tag[1] && SKIPPED_TAGS.has(name)) {
          if (!closers.has(name)) {
            const pattern = new RegExp(`</${name}\\s*>`, 'gi');
            closers.set(name, forwardFinder((from) => { pattern.lastIndex = from; return pattern.exec(html)?.index ?? -1; }));
          }
          const close = closers.get(name)(end);
          if (close !== -1) end = html.indexOf('>', close) + 1;
        } else if (name && BLOCK_TAGS.has(name)) endBlock();
      } else {
        block.push('<');
      }
    }
    at = end;
    i = html.indexOf('<', at);
  }
  block.push(html.slice(at));
  endBlock();
  const paragraphs = [title, ...blocks].map((text) => decodeEntities(text).replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()).filter(Boolean);
  return paragraphs.join('\n\n') + (paragraphs.length ? '\n' : '');
}

/** The text of a Markdown document: markup characters removed, paragraphs kept. */
export function markdownToText(markdown) {
  // Link texts, addresses and tags hold no bracket of their kind, so each scan stops at the next
  // one: a line of thousands of '[' or '<' with no closer stays linear.
  return markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) => line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/^\s*([-*_]\s*){3,}$/, '')
      .replace(/!\[([^\][]*)\]\([^()]*\)/g, '$1')
      .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
      .replace(/(\*\*|__)([^\n]{1,2000}?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]{0,2000}?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]{1,2000})`/g, '$1')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, ''))
    .join('\n');
}

const HTML_NAME = /\.(x?html?|xht)$/i;
const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i;

/**
 * A file's bytes to a document: {ok: true, text, encoding, format} or {ok: false,
 * reason}. HTML (by name, or a text that starts as HTML) and Markdown (by name) become text.
 */
export function decodeFile(bytes, name) {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  let { text } = decoded;
  let format = 'text';
  if (HTML_NAME.test(name) || /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 200))) {
    text = htmlToText(text);
    format = 'HTML, compared as its text';
  } else if (MARKDOWN_NAME.test(name)) {
    text = markdownToText(text);
    format = 'Markdown, compared as its text';
  }
  if (!/\S/.test(text)) return { ok: false, reason: 'no text in it (only white space)' };
  return { ok: true, text, encoding: decoded.encoding, format };
}
