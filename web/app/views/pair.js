// The pair comparison: two documents side by side (or unified), aligned rows, inline marks,
// moved blocks linked at both ends, unchanged stretches folded, next/previous change by
// keyboard, an overview ruler along the scrollbar. Only the rows in view are in the DOM.
import { h, download, fileStem, percent } from '../dom.js';
import { VirtualList } from '../virtual-list.js';
import { appendMarkedText } from '../inline.js';
import { changeStarts, displayItems, fromCompare } from '../pair-model.js';
import { docOptions } from './common.js';

const SIGN = { equal: ' ', changed: '~', removed: '−', added: '+', moved: '↕' };

export function createPairView(app) {
  const selectA = h('select', { id: 'pair-a', 'aria-label': 'Left document (original)' });
  const selectB = h('select', { id: 'pair-b', 'aria-label': 'Right document (changed)' });
  const layoutSplit = h('button', { type: 'button', id: 'layout-split', 'aria-pressed': 'true' }, 'Side by side');
  const layoutUnified = h('button', { type: 'button', id: 'layout-unified', 'aria-pressed': 'false' }, 'Unified');
  const unitSelect = h('select', { id: 'pair-unit', 'aria-label': 'Align by' },
    h('option', { value: 'auto' }, 'Align: automatic'),
    h('option', { value: 'line' }, 'Align: lines'),
    h('option', { value: 'paragraph' }, 'Align: paragraphs'));
  const checkbox = (key, label) => {
    const input = h('input', { type: 'checkbox', id: `opt-${key}`, 'data-key': key });
    return { input, label: h('label', { class: 'check', for: `opt-${key}` }, input, ` ${label}`) };
  };
  const options = [
    checkbox('ignoreCase', 'Ignore case'),
    checkbox('ignoreWhitespace', 'Ignore white space'),
    checkbox('ignorePunctuation', 'Ignore punctuation'),
    checkbox('foldQuotes', 'Fold quotes and dashes'),
  ];
  const collapse = checkbox('collapse', 'Fold unchanged');
  const prevButton = h('button', { type: 'button', id: 'prev-change', title: 'Previous change (P or K)' }, '↑ Previous');
  const nextButton = h('button', { type: 'button', id: 'next-change', title: 'Next change (N or J)' }, '↓ Next');
  const patchButton = h('button', { type: 'button', id: 'export-patch' }, 'Patch');
  const reportButton = h('button', { type: 'button', id: 'export-report', title: 'A self-contained page of this comparison, readable offline' }, 'HTML report');
  const jsonButton = h('button', { type: 'button', id: 'export-pair-json' }, 'JSON');
  const summary = h('p', { id: 'summary', class: 'summary', 'aria-live': 'polite' });
  const rewriteHint = h('p', { class: 'note', id: 'rewrite-hint', hidden: true },
    'These texts share little word for word. If one is a rewrite of the other, the ',
    h('button', { type: 'button', class: 'link', onclick: () => app.setState({ view: 'rewrite' }) }, 'rewrite alignment'),
    ' pairs each paragraph with the one it was rewritten from.');
  const scroller = h('div', { id: 'diff-view', class: 'diff-view split', tabindex: '0', role: 'table', 'aria-label': 'Differences' });
  const ruler = h('canvas', { class: 'ruler', id: 'ruler', width: '14', height: '100', role: 'img', 'aria-label': 'Where the changes are' });
  const rulerView = h('div', { class: 'ruler-view' });
  const rulerBox = h('div', { class: 'ruler-box', title: 'Overview of changes: click to go there' }, ruler, rulerView);

  const element = h('section', { id: 'view-pair', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-pair', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Pair comparison'),
    h('div', { class: 'toolbar' },
      h('span', { class: 'pair-docs' }, selectA, h('button', { type: 'button', id: 'swap', title: 'Swap sides', 'aria-label': 'Swap sides' }, '⇄'), selectB),
      h('span', { class: 'segmented', role: 'group', 'aria-label': 'Layout' }, layoutSplit, layoutUnified),
      unitSelect),
    h('div', { class: 'toolbar' }, options.map((o) => o.label), collapse.label),
    rewriteHint,
    h('div', { class: 'toolbar' }, summary, h('span', { class: 'spacer' }), prevButton, nextButton,
      h('span', { class: 'export-group', role: 'group', 'aria-label': 'Export this pair' }, 'Export: ', patchButton, reportButton, jsonButton)),
    h('div', { class: 'diff-body' }, scroller, rulerBox));

  let model = null;
  let texts = ['', ''];
  let items = [];
  let rowToItem = new Int32Array(0);
  let starts = [];
  let current = -1;
  let expanded = new Set();
  let shownKey = '';
  let charsPerLine = 80;
  let lineHeight = 19;

  const list = new VirtualList(scroller, {
    estimate: (i) => estimate(items[i]),
    render: (i) => renderItem(i),
    onRender: () => drawViewport(),
  });

  function estimate(item) {
    if (!item) return lineHeight;
    if (item.type === 'fold') return lineHeight + 8;
    const row = model.rows[item.row];
    const lines = (side) => (side ? Math.max(1, Math.ceil((side.end - side.start) / charsPerLine)) : 1);
    if (app.state.layout === 'unified') {
      const both = row.kind === 'equal' ? lines(row.left) : (row.left ? lines(row.left) : 0) + (row.right ? lines(row.right) : 0);
      return both * lineHeight + (row.kind === 'equal' ? 0 : 1);
    }
    return Math.max(lines(row.left), lines(row.right)) * lineHeight + (model.unit === 'paragraph' ? 6 : 0);
  }

  function measure() {
    const width = scroller.clientWidth || 800;
    const charWidth = model?.unit === 'paragraph' ? 7.2 : 7.8;
    lineHeight = model?.unit === 'paragraph' ? 20 : 19;
    const textWidth = app.state.layout === 'unified' ? width - 120 : (width - 2 * 56) / 2 - 24;
    charsPerLine = Math.max(20, Math.floor(textWidth / charWidth));
  }

  function moveButton(row, side) {
    const toOther = side === 'left' ? 'right' : 'left';
    const label = side === 'left' ? 'moved: go to where it went' : 'moved: go to where it was';
    return h('button', {
      type: 'button', class: 'move-link', 'data-move': row.moveId,
      onclick: () => jumpToMove(row.moveId, toOther),
      title: label,
    }, side === 'left' ? `↕ moved to ${otherEndLabel(row.moveId, toOther)}` : `↕ moved from ${otherEndLabel(row.moveId, toOther)}`);
  }

  function otherEndRow(moveId, side) {
    return model.rows.findIndex((r) => r.moveId === moveId && r[side]);
  }

  function otherEndLabel(moveId, side) {
    const index = otherEndRow(moveId, side);
    const unit = model.unit === 'paragraph' ? '¶' : 'line';
    return index >= 0 ? `${unit} ${model.rows[index][side].index + 1}` : 'elsewhere';
  }

  function jumpToMove(moveId, side) {
    const rowIndex = otherEndRow(moveId, side);
    if (rowIndex < 0) return;
    const itemIndex = rowToItem[rowIndex];
    list.scrollToIndex(itemIndex);
    const el = list.elementOf(itemIndex);
    el?.querySelector('.move-link')?.focus();
    el?.classList.add('flash');
  }

  function textCell(row, side) {
    const range = row[side];
    const cell = h('div', { role: 'cell', class: `text ${range ? row.kind : 'empty'}` });
    if (!range) return cell;
    if (row.kind === 'moved') cell.append(moveButton(row, side), ' ');
    const marked = row.kind === 'changed' || row.kind === 'moved';
    appendMarkedText(cell, texts[side === 'left' ? 0 : 1], range.start, range.end, marked ? row.inline : null, side);
    return cell;
  }

  function numCell(range) {
    return h('div', { role: 'cell', class: range ? 'num' : 'num empty' }, range ? String(range.index + 1) : '');
  }

  function renderItem(i) {
    const item = items[i];
    if (item.type === 'fold') {
      const hidden = item.to - item.from;
      const unit = model.unit === 'paragraph' ? (hidden === 1 ? 'paragraph' : 'paragraphs') : (hidden === 1 ? 'line' : 'lines');
      return h('div', { role: 'row', class: 'fold-row', 'aria-rowindex': item.from + 1 },
        h('div', { role: 'cell', class: 'fold-cell' },
          h('button', { type: 'button', class: 'fold', 'data-fold': item.key, onclick: () => expand(item.key, i) },
            `⋯ ${hidden.toLocaleString()} unchanged ${unit} — show`)));
    }
    const row = model.rows[item.row];
    const isCurrent = starts[current] === i;
    const attrs = { role: 'row', class: `diff-row${isCurrent ? ' current' : ''}`, 'data-kind': row.kind, 'aria-rowindex': item.row + 1 };
    if (app.state.layout === 'unified') {
      const lines = [];
      const line = (kind, range, side) => h('div', { class: `uline ${kind}` },
        h('span', { class: 'num' }, side !== 'right' && range ? String(row.left.index + 1) : ''),
        h('span', { class: 'num' }, side !== 'left' && row.right ? String(row.right.index + 1) : ''),
        h('span', { class: 'sign', 'aria-hidden': 'true' }, side === 'left' ? '−' : side === 'right' ? '+' : ' '),
        side ? textCell(row, side) : appendText(h('div', { class: 'text equal' }), row));
      if (row.kind === 'equal') lines.push(line('equal', row.left, null));
      else {
        if (row.left) lines.push(line(row.kind === 'moved' ? 'moved' : 'removed', row.left, 'left'));
        if (row.right) lines.push(line(row.kind === 'moved' ? 'moved' : 'added', row.right, 'right'));
      }
      return h('div', { ...attrs, class: `${attrs.class} unified-row` }, h('div', { role: 'cell', class: 'ucell' }, lines));
    }
    return h('div', attrs,
      numCell(row.left), textCell(row, 'left'),
      numCell(row.right), textCell(row, 'right'));
  }

  function appendText(cell, row) {
    cell.textContent = texts[0].slice(row.left.start, row.left.end);
    return cell;
  }

  function rebuildItems() {
    items = displayItems(model.rows, { collapse: app.state.collapse, expanded });
    rowToItem = new Int32Array(model.rows.length).fill(-1);
    items.forEach((item, index) => {
      if (item.type === 'row') rowToItem[item.row] = index;
      else for (let r = item.from; r < item.to; r++) rowToItem[r] = index;
    });
    starts = changeStarts(items, model.rows);
    scroller.setAttribute('aria-rowcount', String(model.rows.length));
    scroller.classList.toggle('paragraphs', model.unit === 'paragraph');
    measure();
    list.reset(items.length);
    drawRuler();
  }

  function expand(key, itemIndex) {
    expanded.add(key);
    const anchorRow = items[itemIndex].from;
    rebuildItems();
    list.elementOf(rowToItem[anchorRow])?.focus?.();
    scroller.focus();
  }

  function goTo(delta) {
    if (!starts.length) {
      app.status('No changes to go to.');
      return;
    }
    if (current < 0) {
      // First press: the change after (or before) what is in view.
      const first = list.firstVisible;
      current = delta > 0 ? starts.findIndex((s) => s >= first) : starts.findLastIndex((s) => s < first + 1);
      if (current < 0) current = delta > 0 ? 0 : starts.length - 1;
    } else current = (current + delta + starts.length) % starts.length;
    list.scrollToIndex(starts[current]);
    list.renderNow(true);
    app.status(`Change ${current + 1} of ${starts.length}.`);
  }

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
  }

  function drawRuler() {
    const height = scroller.clientHeight || 400;
    const ratio = window.devicePixelRatio || 1;
    ruler.height = Math.round(height * ratio);
    ruler.width = Math.round(14 * ratio);
    const ctx = ruler.getContext('2d');
    ctx.clearRect(0, 0, ruler.width, ruler.height);
    if (!model || !items.length) return;
    const total = list.totalHeight || 1;
    const colors = {
      removed: cssVar('--removed-strong'), added: cssVar('--added-strong'),
      changed: cssVar('--changed-strong'), moved: cssVar('--moved-strong'),
    };
    const w = ruler.width;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.type !== 'row') continue;
      const kind = model.rows[item.row].kind;
      if (kind === 'equal') continue;
      const y = (list.offsetOf(i) / total) * ruler.height;
      ctx.fillStyle = colors[kind];
      // Removed marks the left half, added the right: told apart by place as well as colour.
      const x = kind === 'removed' ? 0 : kind === 'added' ? w / 2 : 0;
      const width = kind === 'removed' || kind === 'added' ? w / 2 : w;
      ctx.fillRect(x, y, width, Math.max(2 * ratio, ((list.offsetOf(i + 1) - list.offsetOf(i)) / total) * ruler.height));
    }
    drawViewport();
  }

  function drawViewport() {
    const total = list.totalHeight || 1;
    const height = scroller.clientHeight || 1;
    rulerView.style.top = `${(scroller.scrollTop / total) * 100}%`;
    rulerView.style.height = `${Math.min(100, (height / total) * 100)}%`;
  }

  ruler.addEventListener('click', (event) => {
    const rect = ruler.getBoundingClientRect();
    const fraction = (event.clientY - rect.top) / rect.height;
    scroller.scrollTop = fraction * list.totalHeight - scroller.clientHeight / 2;
  });

  let lastWidth = 0;
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      if (!model || element.hidden || Math.abs(scroller.clientWidth - lastWidth) < 2) return;
      lastWidth = scroller.clientWidth;
      measure();
      list.reestimate();
      drawRuler();
    }).observe(scroller);
  }

  async function compute() {
    const docs = app.store.documents;
    const { a, b } = app.state;
    if (docs.length < 2 || !docs[a] || !docs[b]) {
      model = null;
      summary.textContent = docs.length < 2 ? 'Add two documents to compare them.' : 'Choose two documents.';
      list.reset(0);
      items = [];
      drawRuler();
      return;
    }
    const left = docs[a];
    const right = docs[b];
    const opts = {
      unit: app.state.unit, ignoreCase: app.state.ignoreCase, ignoreWhitespace: app.state.ignoreWhitespace,
      ignorePunctuation: app.state.ignorePunctuation, foldQuotes: app.state.foldQuotes,
    };
    const key = JSON.stringify([left.id, right.id, left.text.length, right.text.length, opts]);
    if (key === shownKey && model) return;
    summary.textContent = 'Comparing…';
    const started = performance.now();
    try {
      const result = await app.task(`Comparing ${left.name} with ${right.name}`, (onProgress) =>
        app.engine.call('compare', [left.text, right.text, opts], { onProgress }));
      model = fromCompare(result);
      texts = [left.text, right.text];
      shownKey = key;
      expanded = new Set();
      current = -1;
      rebuildItems();
      scroller.scrollTop = 0;
      list.renderNow(true);
      summarize(left, right, Math.round(performance.now() - started));
    } catch (error) {
      summary.textContent = error.message === 'Cancelled' ? 'Comparison cancelled.' : `Could not compare: ${error.message}`;
      if (error.message !== 'Cancelled') app.status(error.message, { error: true });
    }
  }

  function summarize(left, right, ms) {
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
    rewriteHint.hidden = !(stats.similarity < 0.3 && left.text !== right.text);
  }

  // Controls → state.
  selectA.addEventListener('change', () => app.setState({ a: Number(selectA.value) }));
  selectB.addEventListener('change', () => app.setState({ b: Number(selectB.value) }));
  element.querySelector('#swap').addEventListener('click', () => app.setState({ a: app.state.b, b: app.state.a }));
  layoutSplit.addEventListener('click', () => app.setState({ layout: 'split' }));
  layoutUnified.addEventListener('click', () => app.setState({ layout: 'unified' }));
  unitSelect.addEventListener('change', () => app.setState({ unit: unitSelect.value }));
  for (const o of [...options, collapse]) {
    o.input.addEventListener('change', () => app.setState({ [o.input.dataset.key]: o.input.checked }));
  }
  prevButton.addEventListener('click', () => goTo(-1));
  nextButton.addEventListener('click', () => goTo(1));

  const names = () => [app.store.documents[app.state.a], app.store.documents[app.state.b]];
  patchButton.addEventListener('click', async () => {
    const [left, right] = names();
    if (!left || !right) return;
    const patch = await app.engine.call('unifiedDiff', [left.text, right.text, { leftName: left.name, rightName: right.name }]);
    download(`${fileStem(left.name)}-vs-${fileStem(right.name)}.patch`, patch || '', 'text/x-diff;charset=utf-8');
    app.status(patch ? 'Patch downloaded.' : 'The texts are identical: the patch is empty.');
  });
  reportButton.addEventListener('click', async () => {
    const [left, right] = names();
    if (!left || !right) return;
    const opts = { leftName: left.name, rightName: right.name, unit: app.state.unit, ignoreCase: app.state.ignoreCase,
      ignoreWhitespace: app.state.ignoreWhitespace, ignorePunctuation: app.state.ignorePunctuation, foldQuotes: app.state.foldQuotes };
    const html = await app.task('Writing the HTML report', () => app.engine.call('$report', [left.text, right.text, opts]));
    download(`${fileStem(left.name)}-vs-${fileStem(right.name)}.html`, html, 'text/html;charset=utf-8');
    app.status('HTML report downloaded.');
  });
  jsonButton.addEventListener('click', () => {
    const [left, right] = names();
    if (!model || !left || !right) return;
    download(`${fileStem(left.name)}-vs-${fileStem(right.name)}.json`,
      JSON.stringify({ left: left.name, right: right.name, ...model.result }, null, 1), 'application/json');
  });

  /** Keys: N/J next change, P/K previous. Returns true when handled. */
  function onKey(event) {
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') goTo(1);
    else if (key === 'p' || key === 'k') goTo(-1);
    else return false;
    return true;
  }

  return {
    element,
    onKey,
    async show() {
      const { state } = app;
      docOptions(selectA, app.store.documents, state.a);
      docOptions(selectB, app.store.documents, state.b);
      layoutSplit.setAttribute('aria-pressed', String(state.layout === 'split'));
      layoutUnified.setAttribute('aria-pressed', String(state.layout === 'unified'));
      scroller.classList.toggle('split', state.layout === 'split');
      scroller.classList.toggle('unified', state.layout === 'unified');
      scroller.setAttribute('aria-label', state.layout === 'split' ? 'Side-by-side differences' : 'Unified differences');
      unitSelect.value = state.unit;
      for (const o of [...options, collapse]) o.input.checked = Boolean(state[o.input.dataset.key]);
      const layoutKey = `${state.layout}|${state.collapse}`;
      await compute();
      if (model && layoutKey !== this.layoutKey) {
        this.layoutKey = layoutKey;
        const anchor = items[list.firstVisible];
        rebuildItems();
        if (anchor?.type === 'row') list.scrollToIndex(rowToItem[anchor.row], 'start');
      }
      lastWidth = scroller.clientWidth;
      drawRuler();
    },
  };
}
