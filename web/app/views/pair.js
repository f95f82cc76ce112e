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
import { applyWrap, bindViewControls, createViewControls, showViewControls } from './pair/controls.js';
import { bindPairShare, createPairShare, showPairShare } from './pair/share-pair.js';
import { bindChangeList, createChangeList, jumpToChange, refreshChangeList, syncChangeList } from './pair/change-list.js';

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
  // What is shown (pair/controls.js) and the list of changes (pair/change-list.js).
  const controls = createViewControls();
  const changes = createChangeList();
  const share = createPairShare();
  installViewControls(parts, controls, changes, share);
  bindPairShare(app, share);
  const step = (delta) => {
    if (view.mode === 'rewrite') goToUnmatched(view, delta);
    else goTo(view, delta);
    syncChangeList(view, changes);
  };
  view.onRebuilt = () => {
    applyWrap(view, scroller);
    refreshChangeList(view, changes);
  };
  // Rebuilt with the first row in view kept in view (a layout, fold or granularity change).
  const redraw = () => {
    const anchor = view.items.at(view.list.firstVisible);
    rebuild();
    if (view.mode === 'literal' && anchor?.type === 'row') view.list.scrollToIndex(view.rowToItem[anchor.row], 'start');
    if (view.mode === 'rewrite' && anchor) view.list.scrollToIndex(anchor.row, 'start');
  };
  bindViewControls(view, controls, redraw);
  bindChangeList(view, changes, (k) => jumpToChange(view, k));
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
    const { layout, collapse, context, marks, wrap } = app.state;
    const nextLayoutKey = JSON.stringify([layout, collapse, context, marks, wrap]);
    // A new comparison is drawn in the current layout, in literal rows: not rebuilt a second time here.
    if (await compute(view, parts)) layoutKey = nextLayoutKey;
    const rebuilt = await chooseRows(view, parts, () => rebuildItems(view, parts));
    if (view.model && nextLayoutKey !== layoutKey) {
      layoutKey = nextLayoutKey;
      if (!rebuilt) redraw();
    }
    showViewControls(view, controls);
    showPairShare(app, share);
    if (!view.model) refreshChangeList(view, changes);
    lastWidth = scroller.clientWidth;
    drawRuler(view, parts);
    view.edit.refresh();
  }

  return { element, onKey, show };
}

// The controls' toolbar under the options, the list's toggle beside Previous/Next, its panel
// beside the rows, the ruler's legend above them, Copy link after the exports and its note
// (toolbar.js lays out the rest).
function installViewControls(parts, controls, changes, share) {
  const body = parts.scroller.closest('.diff-body');
  parts.collapse.label.closest('.toolbar').after(controls.element);
  parts.jsonButton.closest('.export-group').after(share.button);
  parts.rewriteLegend.before(share.field, share.note);
  parts.prevButton.before(changes.toggle);
  body.prepend(changes.panel);
  body.before(controls.legend);
}
