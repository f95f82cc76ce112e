// The view, the chosen documents and the options, kept in the URL hash so that a reload or a
// link restores them. Documents are named by identity ("_" and the start of the document's key,
// see subjects.js) or, in older links, by position. The texts go there only in a share link
// (share.js: two texts, compressed, under "t"), which the user makes with "Copy link".

export const VIEWS = ['overview', 'pair', 'duplicates', 'document', 'texts'];

export const DEFAULTS = Object.freeze({
  view: 'overview',
  a: 0, // first document of the pair: a position in the list, or "_" and a document key's start
  b: 1, // second document of the pair (position or key, as `a`)
  doc: 0, // document of the single-document view (position or key, as `a`)
  layout: 'split', // 'split' | 'unified'
  unit: 'auto', // 'auto' | 'line' | 'paragraph'
  ignoreCase: false,
  ignoreWhitespace: false,
  ignorePunctuation: false,
  foldQuotes: false,
  collapse: true, // collapse unchanged stretches
  context: 3, // rows (lines or paragraphs) of context kept around a change when folding
  marks: 'char', // in-row marks: 'char' (words, refined to characters) | 'word' (whole words)
  wrap: true, // long lines wrap (false: one line each, the rows scroll sideways)
  rows: 'auto', // pair view rows: 'auto' | 'literal' | 'rewrite' (views/pair/rewrite-mode.js)
  score: 'rewrite', // score shown in the matrix
  group: -1, // duplicate group opened in context
  at: -1, // text offset to scroll to in the document view
  near: 50, // near-duplicate threshold, % resemblance
  words: 8, // shortest shared passage, in words
  share: '', // two texts of a share link (share.js), compressed, base64url; '' for none
});

const SHORT = {
  view: 'v', a: 'a', b: 'b', doc: 'd', layout: 'l', unit: 'u', ignoreCase: 'ic', ignoreWhitespace: 'iw',
  ignorePunctuation: 'ip', foldQuotes: 'fq', collapse: 'c', context: 'cx', marks: 'm', wrap: 'w', rows: 'r', score: 's', group: 'g', at: 'at', near: 'nt', words: 'pw', share: 't',
};

/** Scores the matrix can show (the keys of SCORE_HELP in help.js). */
export const SCORES = ['rewrite', 'diffRatio', 'resemblance', 'containmentAB', 'coverageAB'];

// The values each text setting may take; anything else falls back to the default.
const CHOICES = { view: VIEWS, layout: ['split', 'unified'], unit: ['auto', 'line', 'paragraph'], rows: ['auto', 'literal', 'rewrite'], marks: ['char', 'word'], score: SCORES };
// Inclusive ranges of the number settings.
const RANGES = {
  a: [0, 2 ** 31 - 1], b: [0, 2 ** 31 - 1], doc: [0, 2 ** 31 - 1], group: [-1, 2 ** 31 - 1], at: [-1, 2 ** 31 - 1],
  near: [10, 100], words: [3, 200], context: [0, 100],
};

/** The documents, which may be named by key: "_" and 4–64 letters, digits, dots, dashes (a letter or digit first). */
const SUBJECTS = new Set(['a', 'b', 'doc']);
const DOCUMENT_KEY = /^_[A-Za-z0-9][A-Za-z0-9.-]{3,63}$/;

/** A share link's texts: base64url, at most as long as share.js allows (MAX_LINK_CHARS). */
const SHARED_TEXTS = /^[A-Za-z0-9_-]{1,65536}$/;

function parseValue(key, raw) {
  const fallback = DEFAULTS[key];
  if (key === 'share') return SHARED_TEXTS.test(raw) ? raw : fallback;
  if (SUBJECTS.has(key) && DOCUMENT_KEY.test(raw)) return raw;
  if (typeof fallback === 'boolean') return raw === '1' ? true : raw === '0' ? false : fallback;
  if (typeof fallback === 'number') {
    if (!/^-?\d{1,10}$/.test(raw)) return fallback;
    const n = Number(raw);
    const [low, high] = RANGES[key];
    return n >= low && n <= high ? n : fallback;
  }
  return CHOICES[key].includes(raw) ? raw : fallback;
}

/**
 * Reads the state from a hash string ("#v=pair&a=0&b=2"): an object without prototype holding
 * exactly the keys of DEFAULTS, each a valid value (unknown or bad values fall back), so no
 * hash can name "constructor" or "__proto__" as a view, score or option.
 */
export function parseHash(hash) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ''));
  const state = Object.create(null);
  for (const [key, short] of Object.entries(SHORT)) {
    const raw = params.get(short);
    state[key] = raw === null ? DEFAULTS[key] : parseValue(key, raw);
  }
  // The Rewrite alignment tab is now the pair view's rewrite rows: old links open those.
  if (params.get('v') === 'rewrite') Object.assign(state, { view: 'pair', rows: 'rewrite' });
  return state;
}

/** The hash for a state: only what differs from the defaults. */
export function formatHash(state) {
  const params = new URLSearchParams();
  for (const [key, short] of Object.entries(SHORT)) {
    const value = state[key];
    if (value === DEFAULTS[key] && key !== 'view') continue;
    params.set(short, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return `#${params.toString()}`;
}
