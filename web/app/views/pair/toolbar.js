// The pair view's controls: the document choosers, layout, alignment unit and key options,
// next/previous change, the exports; and the elements the rows and the ruler draw into.
import { h, download, fileStem } from '../../dom.js';
import { downloadPatch } from '../../exports.js';
import { createRowsSwitch } from './rewrite-mode.js';

function checkbox(key, label) {
  const input = h('input', { type: 'checkbox', id: `opt-${key}`, 'data-key': key });
  return { input, label: h('label', { class: 'check', for: `opt-${key}` }, input, ` ${label}`) };
}

/** The view's elements: `element` (the section) and every control the other modules use. */
export function createParts(app) {
  const parts = {
    selectA: h('select', { id: 'pair-a', 'aria-label': 'Left document (original)' }),
    selectB: h('select', { id: 'pair-b', 'aria-label': 'Right document (changed)' }),
    layoutSplit: h('button', { type: 'button', id: 'layout-split', 'aria-pressed': 'true' }, 'Side by side'),
    layoutUnified: h('button', { type: 'button', id: 'layout-unified', 'aria-pressed': 'false' }, 'Unified'),
    unitSelect: h('select', { id: 'pair-unit', 'aria-label': 'Align by' },
      h('option', { value: 'auto' }, 'Align: automatic'),
      h('option', { value: 'line' }, 'Align: lines'),
      h('option', { value: 'paragraph' }, 'Align: paragraphs')),
    options: [
      checkbox('ignoreCase', 'Ignore case'),
      checkbox('ignoreWhitespace', 'Ignore white space'),
      checkbox('ignorePunctuation', 'Ignore punctuation'),
      checkbox('foldQuotes', 'Fold quotes and dashes'),
    ],
    collapse: checkbox('collapse', 'Fold unchanged'),
    prevButton: h('button', { type: 'button', id: 'prev-change', title: 'Previous change (P or K)' }, '↑ Previous'),
    nextButton: h('button', { type: 'button', id: 'next-change', title: 'Next change (N or J)' }, '↓ Next'),
    patchButton: h('button', { type: 'button', id: 'export-patch' }, 'Patch'),
    reportButton: h('button', { type: 'button', id: 'export-report', title: 'A self-contained page of this comparison, readable offline' }, 'HTML report'),
    jsonButton: h('button', { type: 'button', id: 'export-pair-json' }, 'JSON'),
    // On phones the options, exports and legends fold behind this button (styles.css).
    moreButton: h('button', { type: 'button', id: 'pair-more', class: 'pair-more', 'aria-expanded': 'false', title: 'Options, legends, exports and link' }, 'Options & exports'),
    summary: h('p', { id: 'summary', class: 'summary', 'aria-live': 'polite' }),
    rows: createRowsSwitch(),
    rewriteSummary: h('p', { id: 'rewrite-summary', class: 'summary', 'aria-live': 'polite', hidden: true }),
    rewriteFocus: h('p', { id: 'rewrite-focus', class: 'note rewrite-focus', 'aria-live': 'polite', hidden: true }),
    rewriteLegend: h('p', { class: 'legend rewrite-legend narrow-fold', hidden: true }, 'Shared: ', h('mark', { class: 'tok-word' }, 'words'), ' ',
      h('mark', { class: 'tok-name' }, 'Names'), ' ', h('mark', { class: 'tok-number' }, '2024'), ' ', h('mark', { class: 'passage' }, 'phrases of 4+ words'),
      ' · sentences: ', h('span', { class: 'sent sent-copied' }, 'copied word for word'), ' ', h('span', { class: 'sent sent-new' }, 'new (no counterpart)'),
      ' · focused ', h('span', { class: 'sent sent-focus' }, 'sentence'), ' and its ', h('span', { class: 'sent sent-source' }, 'source')),
    scroller: h('div', { id: 'diff-view', class: 'diff-view split', tabindex: '0', role: 'table', 'aria-label': 'Differences' }),
    ruler: h('canvas', { class: 'ruler', id: 'ruler', width: '14', height: '100', role: 'img', 'aria-label': 'Where the changes are' }),
    rulerView: h('div', { class: 'ruler-view' }),
  };
  parts.element = layout(parts);
  return parts;
}

function layout(p) {
  const rulerBox = h('div', { class: 'ruler-box', title: 'Overview of changes: click to go there' }, p.ruler, p.rulerView);
  return h('section', { id: 'view-pair', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-pair', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Pair comparison'),
    h('div', { class: 'toolbar' },
      h('span', { class: 'pair-docs' }, p.selectA, h('button', { type: 'button', id: 'swap', title: 'Swap sides', 'aria-label': 'Swap sides' }, '⇄'), p.selectB),
      h('span', { class: 'segmented', role: 'group', 'aria-label': 'Layout' }, p.layoutSplit, p.layoutUnified),
      p.unitSelect, p.rows.group, p.moreButton),
    h('div', { class: 'toolbar narrow-fold' }, p.options.map((o) => o.label), p.collapse.label),
    h('div', { class: 'toolbar' }, p.summary, p.rewriteSummary, h('span', { class: 'spacer' }), p.prevButton, p.nextButton,
      h('span', { class: 'export-group narrow-fold', role: 'group', 'aria-label': 'Export this pair' }, 'Export: ', p.patchButton, p.reportButton, p.jsonButton)),
    p.rewriteLegend, p.rewriteFocus,
    h('div', { class: 'diff-body' }, p.scroller, rulerBox));
}

/** Controls → state; `goTo(delta)` moves to the next (1) or previous (-1) change. */
export function bindControls(app, p, goTo) {
  p.selectA.addEventListener('change', () => app.setState({ a: Number(p.selectA.value) }));
  p.selectB.addEventListener('change', () => app.setState({ b: Number(p.selectB.value) }));
  p.element.querySelector('#swap').addEventListener('click', () => app.setState({ a: app.state.b, b: app.state.a }));
  p.layoutSplit.addEventListener('click', () => app.setState({ layout: 'split' }));
  p.layoutUnified.addEventListener('click', () => app.setState({ layout: 'unified' }));
  p.unitSelect.addEventListener('change', () => app.setState({ unit: p.unitSelect.value }));
  for (const o of [...p.options, p.collapse]) {
    o.input.addEventListener('change', () => app.setState({ [o.input.dataset.key]: o.input.checked }));
  }
  p.moreButton.addEventListener('click', () => {
    const open = p.element.classList.toggle('more-open');
    p.moreButton.setAttribute('aria-expanded', String(open));
  });
  p.prevButton.addEventListener('click', () => goTo(-1));
  p.nextButton.addEventListener('click', () => goTo(1));
}

/** State → controls. */
export function showControls(app, p) {
  const { state } = app;
  p.layoutSplit.setAttribute('aria-pressed', String(state.layout === 'split'));
  p.layoutUnified.setAttribute('aria-pressed', String(state.layout === 'unified'));
  p.scroller.classList.toggle('split', state.layout === 'split');
  p.scroller.classList.toggle('unified', state.layout === 'unified');
  p.scroller.setAttribute('aria-label', state.layout === 'split' ? 'Side-by-side differences' : 'Unified differences');
  p.unitSelect.value = state.unit;
  for (const o of [...p.options, p.collapse]) o.input.checked = Boolean(state[o.input.dataset.key]);
}

/** The Patch, HTML report and JSON buttons; `currentModel()` is the pair shown, or null. */
export function bindExports(app, p, currentModel) {
  // While editing (edit.js sets p.editedPair) the exports are of the edited texts.
  const pair = () => {
    const docs = [app.store.documents[app.state.a], app.store.documents[app.state.b]];
    return p.editedPair?.(docs) ?? docs;
  };
  const stem = (left, right) => `${fileStem(left.name)}-vs-${fileStem(right.name)}`;
  p.patchButton.addEventListener('click', () => downloadPatch(app, ...pair()));
  p.reportButton.addEventListener('click', async () => {
    const [left, right] = pair();
    if (!left || !right) return;
    const opts = { leftName: left.name, rightName: right.name, context: app.state.context, unit: app.state.unit, ignoreCase: app.state.ignoreCase,
      ignoreWhitespace: app.state.ignoreWhitespace, ignorePunctuation: app.state.ignorePunctuation, foldQuotes: app.state.foldQuotes };
    const html = await app.task('Writing the HTML report', () => app.engine.call('$report', [left.text, right.text, opts]));
    download(`${stem(left, right)}.html`, html, 'text/html;charset=utf-8');
    app.status('HTML report downloaded.');
  });
  p.jsonButton.addEventListener('click', () => {
    const [left, right] = pair();
    const model = currentModel();
    if (!model || !left || !right) return;
    download(`${stem(left, right)}.json`, JSON.stringify({ left: left.name, right: right.name, ...model }, null, 1), 'application/json');
  });
}
