// The pair comparison: two documents side by side (or unified), aligned rows, inline marks,
// moved blocks linked at both ends, unchanged stretches folded, next/previous change by
// keyboard, an overview ruler along the scrollbar. Only the rows in view are in the DOM.
// The parts: pair/toolbar.js (controls, exports), pair/model.js (state, computing, summary),
// pair/rows.js (row DOM, height estimates), pair/ruler.js (the overview ruler); for two texts
// that are rewrites of each other, rewrite rows (pair/rewrite-mode.js, rewrite-model.js,
// rewrite-rows.js) face each paragraph with its counterpart instead.
import { VirtualList } from '../virtual-list.js';
import { docOptions } from './common.js';
import { bindControls, bindExports, createParts, showControls } from './pair/toolbar.js';
import { compute, expand, goTo, rebuildItems } from './pair/model.js';
import { estimate, measure, renderItem } from './pair/rows.js';
import { bindRuler, drawRuler, drawViewport } from './pair/ruler.js';
import { bindRowsSwitch, chooseRows, goToUnmatched, rebuildRewriteItems } from './pair/rewrite-mode.js';
import { rewriteExport } from './pair/rewrite-model.js';
import { bindSentenceFocus, estimateRewrite, measureRewrite, renderRewriteItem } from './pair/rewrite-rows.js';
import { installEditing } from './pair/edit.js';

export function createPairView(app) {
  const parts = createParts(app);
  const { element, scroller } = parts;
  const view = {
    app, model: null, texts: ['', ''], items: [], rowToItem: new Int32Array(0), starts: [], current: -1,
    expanded: new Set(), shownKey: '', charsPerLine: 80, lineHeight: 19, list: null,
    expand: (key, itemIndex) => expand(view, parts, key, itemIndex),
    // Rewrite rows: which rows show, the automatic choice, the alignment and its pair, focus.
    mode: 'literal', autoRows: 'literal', rewrite: null, rewriteKey: '', rewriteError: '', shownRewrite: null,
    rowsToken: 0, aligning: null, rwFocus: null, names: { a: '', b: '' }, stacked: false,
  };
  view.list = new VirtualList(scroller, {
    // The items are the mode's: DisplayItems (pair-model.js) in literal rows, an array of
    // rewrite items in rewrite rows (rebuildItems and rebuildRewriteItems set both together).
    estimate: (i) => (view.mode === 'rewrite' ? estimateRewrite(view, view.items[i]) : estimate(view, view.items.at(i))),
    render: (i) => (view.mode === 'rewrite' ? renderRewriteItem(view, i) : renderItem(view, i)),
    onRender: () => drawViewport(view, parts),
  });
  const step = (delta) => (view.mode === 'rewrite' ? goToUnmatched(view, delta) : goTo(view, delta));
  const rebuild = () => (view.mode === 'rewrite' ? rebuildRewriteItems(view, parts) : rebuildItems(view, parts));
  // Edit in place and merge (pair/edit.js): the edited texts compared in the editor's own worker.
  view.edit = installEditing(view, parts, {
    recompare: async () => {
      const drawn = await compute(view, parts, { engine: view.edit.engine, keepPlace: true });
      if (drawn) layoutKey = `${app.state.layout}|${app.state.collapse}`;
      await chooseRows(view, parts, () => rebuildItems(view, parts));
      drawRuler(view, parts);
    },
  });
  bindRuler(view, parts);
  bindControls(app, parts, step);
  bindRowsSwitch(view, parts);
  bindSentenceFocus(view, parts);
  // In rewrite rows the JSON carries the rewrite alignment beside the literal comparison.
  bindExports(app, parts, () => (view.mode === 'rewrite' && view.model ? { ...view.model, rewrite: rewriteExport(view.rewrite) } : view.model));

  let lastWidth = 0;
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      if (!view.model || element.hidden || Math.abs(scroller.clientWidth - lastWidth) < 2) return;
      lastWidth = scroller.clientWidth;
      if (view.mode === 'rewrite') measureRewrite(view, scroller);
      else measure(view, scroller);
      view.list.reestimate();
      drawRuler(view, parts);
    }).observe(scroller);
  }

  /** Keys: N/J next change, P/K previous. Returns true when handled. */
  function onKey(event) {
    if (view.edit.onKey(event)) return true;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') step(1);
    else if (key === 'p' || key === 'k') step(-1);
    else return false;
    return true;
  }

  let layoutKey;
  async function show() {
    docOptions(parts.selectA, app.store.documents, app.state.a);
    docOptions(parts.selectB, app.store.documents, app.state.b);
    showControls(app, parts);
    const nextLayoutKey = `${app.state.layout}|${app.state.collapse}`;
    // A new comparison is drawn in the current layout, in literal rows: not rebuilt a second time here.
    if (await compute(view, parts)) layoutKey = nextLayoutKey;
    const rebuilt = await chooseRows(view, parts, () => rebuildItems(view, parts));
    if (view.model && nextLayoutKey !== layoutKey) {
      layoutKey = nextLayoutKey;
      const anchor = view.items.at(view.list.firstVisible);
      if (!rebuilt) rebuild();
      if (view.mode === 'literal' && anchor?.type === 'row') view.list.scrollToIndex(view.rowToItem[anchor.row], 'start');
      if (view.mode === 'rewrite' && anchor) view.list.scrollToIndex(anchor.row, 'start');
    }
    lastWidth = scroller.clientWidth;
    drawRuler(view, parts);
    view.edit.refresh();
  }

  return { element, onKey, show };
}
