// Control of what the pair view shows: fold all / expand all the unchanged stretches, the
// context kept around each change when folding, the granularity of the in-row marks (whole
// words, or characters inside a partly changed word), line wrap, and the ruler's legend. Each
// setting lives in the app state, so it is in the URL hash as the other pair options are
// (hash.js: c, cx, m, w). They apply to literal rows; rewrite rows face whole paragraphs with
// their own marks and never fold, so there these controls give way to a note saying so.
import { h } from '../../dom.js';

/** The context sizes offered, in rows (lines or paragraphs, the comparison's unit). */
const CONTEXT_SIZES = [0, 1, 2, 3, 5, 10, 20];
/** The widest line a row lays out unwrapped, in characters (longer lines are cut: wrap shows them). */
const WIDEST_LINE = 10000;

function segment(id, label, pressed) {
  return h('button', { type: 'button', id, 'aria-pressed': String(pressed) }, label);
}

function swatch(kind, label) {
  return h('span', { class: 'ruler-key' }, h('span', { class: `ruler-swatch ${kind}`, 'aria-hidden': 'true' }), ` ${label}`);
}

/** The controls' elements: `element` (a toolbar) and `legend` (the ruler's key). */
export function createViewControls() {
  const c = {
    foldAll: h('button', { type: 'button', id: 'fold-all', title: 'Fold every unchanged stretch, keeping the context around changes' }, 'Fold all'),
    expandAll: h('button', { type: 'button', id: 'expand-all', title: 'Show every unchanged row' }, 'Expand all'),
    context: h('select', { id: 'pair-context', 'aria-label': 'Context kept around changes when folding' }),
    marksWord: segment('marks-word', 'words', false),
    marksChar: segment('marks-char', 'characters', true),
    wrap: h('input', { type: 'checkbox', id: 'opt-wrap' }),
    note: h('span', { id: 'view-controls-note', class: 'note', hidden: true }, 'Folds, context, marks and wrap apply to literal rows.'),
    legend: h('p', { id: 'ruler-legend', class: 'legend ruler-legend narrow-fold' }),
  };
  c.literalOnly = [
    h('span', { class: 'segmented', role: 'group', 'aria-label': 'Unchanged stretches' }, c.foldAll, c.expandAll),
    h('label', { class: 'inline-label', for: 'pair-context' }, 'Context ', c.context),
    h('span', { class: 'segmented marks-switch', role: 'group', 'aria-labelledby': 'marks-label' },
      h('span', { id: 'marks-label', class: 'rows-label' }, 'Marks:'), c.marksWord, c.marksChar),
    h('label', { class: 'check', for: 'opt-wrap' }, c.wrap, ' Wrap long lines'),
  ];
  c.element = h('div', { class: 'toolbar view-controls narrow-fold', role: 'group', 'aria-label': 'What is shown' }, ...c.literalOnly, c.note);
  return c;
}

/**
 * Controls → state. `refold()` redraws the rows keeping the place (Fold all when already
 * folded only closes the stretches opened one by one, which changes no state).
 */
export function bindViewControls(view, c, refold) {
  const { app } = view;
  c.expandAll.addEventListener('click', () => app.setState({ collapse: false }));
  c.foldAll.addEventListener('click', () => {
    view.expanded.clear();
    if (app.state.collapse) refold();
    else app.setState({ collapse: true });
  });
  c.context.addEventListener('change', () => app.setState({ context: Number(c.context.value) }));
  c.marksWord.addEventListener('click', () => app.setState({ marks: 'word' }));
  c.marksChar.addEventListener('click', () => app.setState({ marks: 'char' }));
  c.wrap.addEventListener('change', () => app.setState({ wrap: c.wrap.checked }));
}

function contextOptions(select, chosen, unit) {
  const sizes = CONTEXT_SIZES.includes(chosen) ? CONTEXT_SIZES : [...CONTEXT_SIZES, chosen].sort((x, y) => x - y);
  const word = (n) => (unit === 'paragraph' ? (n === 1 ? 'paragraph' : 'paragraphs') : (n === 1 ? 'line' : 'lines'));
  select.replaceChildren(...sizes.map((n) => h('option', { value: String(n) }, `${n} ${word(n)}`)));
  select.value = String(chosen);
}

function showLegend(view, legend) {
  const rewrite = view.mode === 'rewrite';
  legend.hidden = !view.model;
  legend.replaceChildren('Ruler: ',
    swatch('removed', rewrite ? 'dropped (left half)' : 'removed (left half)'), ' · ',
    swatch('added', 'added (right half)'), ' · ',
    ...(rewrite ? [] : [swatch('changed', 'changed (full width)'), ' · ']),
    swatch('moved', rewrite ? 'moved or rewritten elsewhere (full width)' : 'moved (full width)'),
    '; its frame is the part in view.');
}

/** The longest unit of the comparison in characters (a bound on its longest line), capped. */
function widestUnit(rows) {
  let widest = 0;
  for (let r = 0; r < rows.length; r++) widest = Math.max(widest, rows.spanAt(r, 'left'), rows.spanAt(r, 'right'));
  return Math.min(widest, WIDEST_LINE);
}

/** Wrap on or off on the rows: unwrapped, every text column is as wide as the longest line. */
export function applyWrap(view, scroller) {
  const unwrapped = view.mode === 'literal' && Boolean(view.model) && !view.app.state.wrap;
  scroller.classList.toggle('nowrap', unwrapped);
  if (unwrapped) scroller.style.setProperty('--line-width', `${widestUnit(view.model.rows) + 2}ch`);
  else scroller.style.removeProperty('--line-width');
}

/** State → controls (after the rows are chosen: rewrite rows disable the literal-only ones). */
export function showViewControls(view, c) {
  const { state } = view.app;
  const literalOnly = view.mode === 'rewrite' || !view.model;
  contextOptions(c.context, state.context, view.model?.unit);
  c.marksWord.setAttribute('aria-pressed', String(state.marks === 'word'));
  c.marksChar.setAttribute('aria-pressed', String(state.marks === 'char'));
  c.wrap.checked = state.wrap;
  for (const control of [c.foldAll, c.expandAll, c.context, c.marksWord, c.marksChar, c.wrap]) control.disabled = literalOnly;
  // Rewrite rows: in their place, a word on what they apply to.
  for (const part of c.literalOnly) part.hidden = view.mode === 'rewrite';
  c.note.hidden = view.mode !== 'rewrite';
  showLegend(view, c.legend);
}
