// Which rows the pair view shows, literal (compare()) or rewrite (align()), and the rewrite
// rows' state: aligning the pair in the engine when it may be a rewrite, the automatic choice
// (rewrite-model.js automaticRows) and the "Rows: literal | rewrite" switch that overrides it,
// the headline figures, next/previous paragraph without a counterpart.
import { h, percent } from '../../dom.js';
import { automaticRows, fromPackedRewrite, mayBeRewrite } from './rewrite-model.js';
import { measureRewrite } from './rewrite-rows.js';
import { drawRuler } from './ruler.js';
import { goTo } from './model.js';

const RULER_KINDS = { dropped: 'removed', added: 'added', moved: 'moved', elsewhere: 'moved' };

/** The switch's elements: a "Rows:" group of two toggle buttons. */
export function createRowsSwitch() {
  const literal = h('button', { type: 'button', id: 'rows-literal', 'aria-pressed': 'true' }, 'literal');
  const rewrite = h('button', { type: 'button', id: 'rows-rewrite', 'aria-pressed': 'false' }, 'rewrite');
  const group = h('span', { class: 'segmented rows-switch', role: 'group', 'aria-labelledby': 'rows-label' },
    h('span', { id: 'rows-label', class: 'rows-label' }, 'Rows:'), literal, rewrite);
  return { group, literal, rewrite };
}

/** Clicking a side of the switch: the automatic choice when it is that one, else that side. */
export function bindRowsSwitch(view, parts) {
  const pick = (mode) => view.app.setState({ rows: mode === view.autoRows ? 'auto' : mode });
  parts.rows.literal.addEventListener('click', () => pick('literal'));
  parts.rows.rewrite.addEventListener('click', () => pick('rewrite'));
}

function showSwitch(view, parts) {
  const { literal, rewrite, group } = parts.rows;
  group.hidden = !view.model;
  literal.setAttribute('aria-pressed', String(view.mode === 'literal'));
  rewrite.setAttribute('aria-pressed', String(view.mode === 'rewrite'));
  literal.textContent = view.autoRows === 'literal' ? 'literal (auto)' : 'literal';
  rewrite.textContent = view.autoRows === 'rewrite' ? 'rewrite (auto)' : 'rewrite';
  rewrite.disabled = Boolean(view.edit?.on);
  rewrite.title = rewrite.disabled ? 'Rewrite rows come back when you are done editing' : '';
}

function pairKey(left, right) {
  return JSON.stringify([left.id, right.id, left.text.length, right.text.length]);
}

async function align(view, parts, left, right, key) {
  parts.rewriteSummary.textContent = 'Aligning the two as rewrites…';
  try {
    const packed = await view.app.task(`Aligning ${left.name} with ${right.name} as rewrites`, (onProgress) =>
      view.app.engine.call('$rewritePair', [left.text, right.text, {}], { onProgress }));
    view.rewrite = fromPackedRewrite(packed);
    view.rewriteError = '';
  } catch (error) {
    view.rewrite = null;
    const cancelled = error.message === 'Cancelled';
    view.rewriteError = cancelled ? 'Aligning cancelled: literal rows shown; the next change or a click on “rewrite” aligns again.' : `Could not align as rewrites: ${error.message}`;
    view.rewriteKey = cancelled ? '' : key; // a refusal is not asked again, a Cancel is
    return;
  }
  view.rewriteKey = key;
}

function figuresLine(names, side, { rewritten, copied, new: added, total }) {
  const share = (n) => percent(total ? n / total : NaN);
  return h('span', { class: 'rw-figures', id: `rw-figures-${side}` },
    h('span', { class: 'rw-name' }, names[side]), ': ',
    h('span', { class: 'count' }, share(rewritten)), ' rewritten, ',
    h('span', { class: 'count' }, share(copied)), ' copied, ',
    h('span', { class: 'count' }, share(added)), ' new',
    ` (of ${total.toLocaleString()} sentence${total === 1 ? '' : 's'})`);
}

function summarizeRewrite(view, parts) {
  const { rewrite, names, model } = view;
  const counts = { matched: 0, moved: 0, dropped: 0, added: 0, elsewhere: 0, repeat: 0 };
  for (const row of rewrite.rows) counts[row.kind]++;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  parts.rewriteSummary.replaceChildren(
    h('span', { class: 'rw-headline' }, 'As rewrites: ',
      h('span', { id: 'rw-score' }, 'rewrite score ', h('span', { class: 'count' }, percent(rewrite.scores?.rewrite))),
      ' · ', h('span', { id: 'rw-literal' }, `literal similarity ${percent(model.stats.similarity)}`),
      ` · ${plural(counts.matched + counts.moved, 'row')} facing a counterpart (${counts.moved} moved), ${counts.dropped} dropped, ${counts.added} added`,
      counts.elsewhere ? `, ${counts.elsewhere} rewritten elsewhere` : '', counts.repeat ? `, ${plural(counts.repeat, 'repeat')}` : ''),
    figuresLine(names, 'a', rewrite.figures.a), figuresLine(names, 'b', rewrite.figures.b));
}

/** Builds the display items of the rewrite rows (one per row) and draws them. */
export function rebuildRewriteItems(view, parts) {
  const { rows } = view.rewrite;
  view.mode = 'rewrite'; // the items are rewrite rows from here on (pair.js reads them by mode)
  view.items = rows.map((row, i) => ({ type: 'rw', row: i, rulerKind: RULER_KINDS[row.kind] }));
  view.rowToItem = Int32Array.from(rows, (_, i) => i);
  view.starts = rows.flatMap((row, i) => (row.kind === 'matched' || row.kind === 'moved' ? [] : [i]));
  view.current = -1;
  parts.scroller.setAttribute('aria-rowcount', String(rows.length));
  parts.scroller.classList.add('paragraphs');
  measureRewrite(view, parts.scroller);
  view.list.reset(view.items.length);
  drawRuler(view, parts);
  view.onRebuilt?.();
}

/** N/P in rewrite rows: the next or previous paragraph without a counterpart beside it. */
export function goToUnmatched(view, delta) {
  goTo(view, delta, { none: 'Every paragraph faces its counterpart.', one: 'Paragraph without a counterpart' });
}

// The rows to show: the user's choice, else the automatic one; literal when aligning failed.
function wantedMode(view, state) {
  const chosen = state.rows === 'auto' ? view.autoRows : state.rows;
  return chosen === 'rewrite' && view.rewrite ? 'rewrite' : 'literal';
}

/**
 * After compute() (the literal comparison): aligns the pair as rewrites when it may be one or
 * rewrite rows are asked for, picks the rows and shows them. `rebuildLiteral` draws the literal
 * rows. Returns true when it (re)built the items.
 */
export async function chooseRows(view, parts, rebuildLiteral) {
  const { app } = view;
  const docs = app.store.documents;
  const [left, right] = [docs[app.state.a], docs[app.state.b]];
  const token = ++view.rowsToken;
  if (!view.model || !left || !right) {
    view.mode = 'literal';
    parts.rewriteSummary.hidden = true;
    parts.rewriteFocus.hidden = true;
    parts.rewriteLegend.hidden = true;
    showSwitch(view, parts);
    return false;
  }
  view.names = { a: left.name, b: right.name };
  const key = pairKey(left, right);
  const similarity = view.model.stats.similarity;
  // While editing (edit.js) the rows are literal: each change can be copied across.
  const editing = Boolean(view.edit?.on);
  const wantsRewrite = !editing && (app.state.rows === 'rewrite' || (app.state.rows === 'auto' && mayBeRewrite(similarity, left.text, right.text)));
  if (wantsRewrite && view.rewriteKey !== key) {
    // Until the alignment arrives, neither the literal rows nor their figures show.
    parts.scroller.classList.add('deciding');
    parts.summary.hidden = true;
    parts.rewriteSummary.hidden = false;
    // One alignment per pair at a time: a render meanwhile waits for the same one.
    if (view.aligning?.key !== key) {
      const promise = align(view, parts, left, right, key).finally(() => { if (view.aligning?.promise === promise) view.aligning = null; });
      view.aligning = { key, promise };
    }
    await view.aligning?.promise;
    if (token !== view.rowsToken) return false;
  }
  const aligned = view.rewriteKey === key ? view.rewrite : null;
  const failed = wantsRewrite && !aligned ? view.rewriteError : '';
  if (!editing) view.autoRows = automaticRows(similarity, aligned?.scores ?? null);
  const mode = editing ? 'literal' : wantedMode({ ...view, rewrite: aligned }, app.state);
  parts.scroller.classList.remove('deciding');
  const changed = mode !== view.mode || (mode === 'rewrite' && view.shownRewrite !== aligned);
  view.mode = mode;
  showSwitch(view, parts);
  parts.summary.hidden = mode === 'rewrite';
  parts.rewriteSummary.hidden = mode !== 'rewrite' && !failed;
  parts.rewriteFocus.hidden = mode !== 'rewrite';
  parts.rewriteLegend.hidden = mode !== 'rewrite';
  if (mode === 'literal' && failed) parts.rewriteSummary.textContent = failed;
  if (!changed) return false;
  view.rwFocus = null;
  parts.rewriteFocus.textContent = mode === 'rewrite' ? 'Focus a sentence (click it, or Tab to it) to light up the sentence(s) it was rewritten from.' : '';
  if (mode === 'rewrite') {
    view.shownRewrite = aligned;
    summarizeRewrite(view, parts);
    rebuildRewriteItems(view, parts);
    parts.scroller.scrollTop = 0;
    view.list.renderNow(true);
  } else {
    view.shownRewrite = null;
    rebuildLiteral();
  }
  return true;
}
