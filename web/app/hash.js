// The view, the chosen documents and the options, kept in the URL hash so that a reload or a
// shared link restores them. Only names of views, document numbers and options go there: the
// texts never do.

export const VIEWS = ['overview', 'pair', 'duplicates', 'document', 'rewrite'];

export const DEFAULTS = Object.freeze({
  view: 'overview',
  a: 0, // first document of the pair (index in the list)
  b: 1, // second document of the pair
  doc: 0, // document of the single-document view
  layout: 'split', // 'split' | 'unified'
  unit: 'auto', // 'auto' | 'line' | 'paragraph'
  ignoreCase: false,
  ignoreWhitespace: false,
  ignorePunctuation: false,
  foldQuotes: false,
  collapse: true, // collapse unchanged stretches
  score: 'rewrite', // score shown in the matrix
  group: -1, // duplicate group opened in context
  at: -1, // text offset to scroll to in the document view
  near: 50, // near-duplicate threshold, % resemblance
  words: 8, // shortest shared passage, in words
});

const SHORT = {
  view: 'v', a: 'a', b: 'b', doc: 'd', layout: 'l', unit: 'u', ignoreCase: 'ic', ignoreWhitespace: 'iw',
  ignorePunctuation: 'ip', foldQuotes: 'fq', collapse: 'c', score: 's', group: 'g', at: 'at', near: 'nt', words: 'pw',
};

/** Reads the state from a hash string ("#v=pair&a=0&b=2"); unknown or bad values fall back. */
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = { ...DEFAULTS };
  for (const [key, short] of Object.entries(SHORT)) {
    const raw = params.get(short);
    if (raw === null) continue;
    const fallback = DEFAULTS[key];
    if (typeof fallback === 'boolean') state[key] = raw === '1';
    else if (typeof fallback === 'number') {
      const n = Number.parseInt(raw, 10);
      if (Number.isInteger(n) && n >= -1 && n < 2 ** 31) state[key] = n;
    } else state[key] = raw;
  }
  if (!VIEWS.includes(state.view)) state.view = DEFAULTS.view;
  if (!['split', 'unified'].includes(state.layout)) state.layout = DEFAULTS.layout;
  if (!['auto', 'line', 'paragraph'].includes(state.unit)) state.unit = DEFAULTS.unit;
  if (state.near < 10 || state.near > 100) state.near = DEFAULTS.near;
  if (state.words < 3 || state.words > 200) state.words = DEFAULTS.words;
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
