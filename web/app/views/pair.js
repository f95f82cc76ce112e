// The pair comparison: two documents side by side (or unified), aligned rows, inline marks,
// moved blocks linked at both ends, unchanged stretches folded, next/previous change by
// keyboard, an overview ruler along the scrollbar. Only the rows in view are in the DOM.
// The parts: pair/toolbar.js (controls, exports), pair/model.js (state, computing, summary),
// pair/rows.js (row DOM, height estimates), pair/ruler.js (the overview ruler).
import { VirtualList } from '../virtual-list.js';
import { docOptions } from './common.js';
import { bindControls, bindExports, createParts, showControls } from './pair/toolbar.js';
import { compute, expand, goTo, rebuildItems } from './pair/model.js';
import { estimate, measure, renderItem } from './pair/rows.js';
import { bindRuler, drawRuler, drawViewport } from './pair/ruler.js';

export function createPairView(app) {
  const parts = createParts(app);
  const { element, scroller } = parts;
  const view = {
    app, model: null, texts: ['', ''], items: [], rowToItem: new Int32Array(0), starts: [], current: -1,
    expanded: new Set(), shownKey: '', charsPerLine: 80, lineHeight: 19, list: null,
    expand: (key, itemIndex) => expand(view, parts, key, itemIndex),
  };
  view.list = new VirtualList(scroller, {
    estimate: (i) => estimate(view, view.items.at(i)),
    render: (i) => renderItem(view, i),
    onRender: () => drawViewport(view, parts),
  });
  bindRuler(view, parts);
  bindControls(app, parts, (delta) => goTo(view, delta));
  bindExports(app, parts, () => view.model);

  let lastWidth = 0;
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      if (!view.model || element.hidden || Math.abs(scroller.clientWidth - lastWidth) < 2) return;
      lastWidth = scroller.clientWidth;
      measure(view, scroller);
      view.list.reestimate();
      drawRuler(view, parts);
    }).observe(scroller);
  }

  /** Keys: N/J next change, P/K previous. Returns true when handled. */
  function onKey(event) {
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') goTo(view, 1);
    else if (key === 'p' || key === 'k') goTo(view, -1);
    else return false;
    return true;
  }

  let layoutKey;
  async function show() {
    docOptions(parts.selectA, app.store.documents, app.state.a);
    docOptions(parts.selectB, app.store.documents, app.state.b);
    showControls(app, parts);
    const nextLayoutKey = `${app.state.layout}|${app.state.collapse}`;
    // A new comparison is drawn in the current layout: not rebuilt a second time here.
    if (await compute(view, parts)) layoutKey = nextLayoutKey;
    if (view.model && nextLayoutKey !== layoutKey) {
      layoutKey = nextLayoutKey;
      const anchor = view.items.at(view.list.firstVisible);
      rebuildItems(view, parts);
      if (anchor?.type === 'row') view.list.scrollToIndex(view.rowToItem[anchor.row], 'start');
    }
    lastWidth = scroller.clientWidth;
    drawRuler(view, parts);
  }

  return { element, onKey, show };
}
