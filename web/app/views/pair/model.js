// The pair view's state: the comparison shown (its model), its display items (rows and folds),
// where each change starts, the current change; computing it from the engine and the summary.
import { h, percent } from '../../dom.js';
import { changeStarts, displayItems, fromPacked, itemOfRows } from '../../pair-model.js';
import { measure } from './rows.js';
import { drawRuler } from './ruler.js';

/** Rebuilds the display items from the model (after a fold opens, or a layout change). */
export function rebuildItems(view, parts) {
  const { model } = view;
  view.mode = 'literal'; // the items are literal rows from here on (pair.js reads them by mode)
  const { collapse, context } = view.app.state;
  view.items = displayItems(model.rows, { collapse, expanded: view.expanded, context });
  view.rowToItem = itemOfRows(view.items, model.rows.length);
  view.starts = changeStarts(view.items, model.rows);
  parts.scroller.setAttribute('aria-rowcount', String(model.rows.length));
  parts.scroller.classList.toggle('paragraphs', model.unit === 'paragraph');
  measure(view, parts.scroller);
  view.list.reset(view.items.length);
  drawRuler(view, parts);
  view.onRebuilt?.(); // the view's controls and list of changes follow (pair/controls.js, change-list.js)
}

/** Opens the fold `key` (display item `itemIndex`), keeping focus near it. */
export function expand(view, parts, key, itemIndex) {
  view.expanded.add(key);
  const anchorRow = view.items.at(itemIndex).from;
  rebuildItems(view, parts);
  view.list.elementOf(view.rowToItem[anchorRow])?.focus?.();
  parts.scroller.focus();
}

/**
 * Goes to the next (delta 1) or previous (-1) of `view.starts` and says which it is; `words`
 * name them (rewrite rows go through paragraphs without a counterpart the same way).
 */
export function goTo(view, delta, words = { none: 'No changes to go to.', one: 'Change' }) {
  const { starts, list, app } = view;
  if (!starts.length) {
    app.status(words.none);
    return;
  }
  if (view.current < 0) {
    // First press: the change after (or before) what is in view.
    const first = list.firstVisible;
    view.current = delta > 0 ? starts.findIndex((s) => s >= first) : starts.findLastIndex((s) => s < first + 1);
    if (view.current < 0) view.current = delta > 0 ? 0 : starts.length - 1;
  } else view.current = (view.current + delta + starts.length) % starts.length;
  list.scrollToIndex(starts[view.current]);
  list.renderNow(true);
  app.status(`${words.one} ${view.current + 1} of ${starts.length}.`);
}

function showNoPair(view, parts, docs) {
  view.model = null;
  parts.summary.textContent = docs.length < 2 ? 'Add two documents to compare them.' : 'Choose two documents.';
  view.list.reset(0);
  view.items = [];
  drawRuler(view, parts);
}

/**
 * Compares the chosen pair (unless it is the one shown) and shows it; true when it drew a new
 * comparison. While editing (edit.js) the edited texts are compared; `engine` (the editor's own
 * worker, no progress bar) and `keepPlace` (the scroll position stays) are its re-comparisons.
 */
export async function compute(view, parts, { engine = null, keepPlace = false } = {}) {
  const { app } = view;
  const docs = app.store.documents;
  const { a, b } = app.state;
  if (docs.length < 2 || !docs[a] || !docs[b]) return showNoPair(view, parts, docs);
  const [leftText, rightText] = view.edit ? view.edit.textsOf(docs[a], docs[b]) : [docs[a].text, docs[b].text];
  const left = { ...docs[a], text: leftText };
  const right = { ...docs[b], text: rightText };
  const opts = {
    unit: app.state.unit, ignoreCase: app.state.ignoreCase, ignoreWhitespace: app.state.ignoreWhitespace,
    ignorePunctuation: app.state.ignorePunctuation, foldQuotes: app.state.foldQuotes,
  };
  const key = JSON.stringify([left.id, right.id, left.text.length, right.text.length, opts, view.edit?.stamp ?? 0]);
  // The newest comparison wins: an older one still running is stopped (the editor's worker) or
  // ignored, even when the newest asks for the comparison already shown.
  if (key === view.shownKey && view.model && !view.comparing) return;
  const run = (view.computeRun = (view.computeRun ?? 0) + 1);
  if (engine && view.comparing?.engine === engine) engine.cancel();
  parts.summary.textContent = 'Comparing…';
  const started = performance.now();
  try {
    const call = (onProgress) => (engine ?? app.engine).call('$pair', [left.text, right.text, opts], { onProgress });
    view.comparing = { engine };
    const result = await (engine ? call() : app.task(`Comparing ${left.name} with ${right.name}`, call));
    if (run !== view.computeRun) return;
    view.comparing = null;
    const scrollTop = parts.scroller.scrollTop;
    view.model = fromPacked(result);
    view.texts = [left.text, right.text];
    view.shownKey = key;
    if (!keepPlace) view.expanded = new Set();
    view.current = -1;
    rebuildItems(view, parts);
    parts.scroller.scrollTop = keepPlace ? scrollTop : 0;
    view.list.renderNow(true);
    summarize(view, parts, left, right, Math.round(performance.now() - started));
    return true;
  } catch (error) {
    if (run !== view.computeRun) return;
    view.comparing = null;
    parts.summary.textContent = error.message === 'Cancelled' ? 'Comparison cancelled.' : `Could not compare: ${error.message}`;
    if (error.message !== 'Cancelled') app.status(error.message, { error: true });
  }
}

function summarize(view, { summary }, left, right, ms) {
  const { model } = view;
  const { stats } = model;
  const unit = model.unit === 'paragraph' ? 'paragraphs' : 'lines';
  summary.replaceChildren();
  const part = (count, label) => {
    summary.append(h('span', { class: 'count' }, (count ?? 0).toLocaleString()), ` ${label}`);
  };
  summary.append(`By ${unit}: `);
  part(stats.kept, 'unchanged, ');
  part(stats.changed, 'changed, ');
  part(stats.removed, 'removed, ');
  part(stats.added, 'added');
  summary.append(', ');
  part(stats.moved, 'moved');
  summary.append(' · words ');
  part(stats.wordsDeleted, 'deleted, ');
  part(stats.wordsInserted, 'inserted');
  summary.append(` · similarity ${percent(stats.similarity)}`);
  if (stats.minimal === false) summary.append(' · a fast strategy was used: the diff may not be minimal');
  const endings = model.lineEndings;
  if (endings && endings.left !== endings.right && endings.left !== 'none' && endings.right !== 'none') {
    summary.append(` · Line endings differ (${endings.left.toUpperCase()} vs ${endings.right.toUpperCase()}); lines are compared without them.`);
  }
  if (left.text === right.text) summary.append(' · The texts are identical.');
  summary.append(` (${ms} ms)`);
}
