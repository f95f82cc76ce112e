// The pair view's rows: height estimates for the virtual list, and the DOM of one display item
// (a row side by side or unified, or a fold) with its inline marks and moved-block links.
// `view` is the state of pair.js: {app, model, texts, items, rowToItem, starts, current, list,
// charsPerLine, lineHeight, expand(key, itemIndex)}.
import { h } from '../../dom.js';
import { appendMarkedText } from '../../inline.js';
import { appendWordMarkedText } from './word-marks.js';

/** The estimated height in pixels of display item `item`. */
export function estimate(view, item) {
  if (!item) return view.lineHeight;
  if (item.type === 'fold') return view.lineHeight + 8;
  const { model, charsPerLine, lineHeight } = view;
  // Read from the packed rows: estimating every item makes no row object.
  const { rows } = model;
  const left = rows.spanAt(item.row, 'left');
  const right = rows.spanAt(item.row, 'right');
  const lines = (span) => (span >= 0 ? Math.max(1, Math.ceil(span / charsPerLine)) : 1);
  const equal = rows.kindAt(item.row) === 'equal';
  if (view.app.state.layout === 'unified') {
    const both = equal ? lines(left) : (left >= 0 ? lines(left) : 0) + (right >= 0 ? lines(right) : 0);
    return both * lineHeight + (equal ? 0 : 1);
  }
  return Math.max(lines(left), lines(right)) * lineHeight + (model.unit === 'paragraph' ? 6 : 0);
}

/** Sets the characters per line and line height the estimates use, from the scroller's width. */
export function measure(view, scroller) {
  const width = scroller.clientWidth || 800;
  const charWidth = view.model?.unit === 'paragraph' ? 7.2 : 7.8;
  view.lineHeight = view.model?.unit === 'paragraph' ? 20 : 19;
  const textWidth = view.app.state.layout === 'unified' ? width - 120 : (width - 2 * 56) / 2 - 24;
  // Wrap off: each line is one line high, however long (the rows scroll sideways).
  view.charsPerLine = view.app.state.wrap ? Math.max(20, Math.floor(textWidth / charWidth)) : Infinity;
}

function otherEndRow(view, moveId, side) {
  return view.model.rows.moveEnd(moveId, side);
}

function otherEndLabel(view, moveId, side) {
  const index = otherEndRow(view, moveId, side);
  const unit = view.model.unit === 'paragraph' ? '¶' : 'line';
  return index >= 0 ? `${unit} ${view.model.rows.at(index)[side].index + 1}` : 'elsewhere';
}

function jumpToMove(view, moveId, side) {
  const rowIndex = otherEndRow(view, moveId, side);
  if (rowIndex < 0) return;
  const itemIndex = view.rowToItem[rowIndex];
  view.list.scrollToIndex(itemIndex);
  const el = view.list.elementOf(itemIndex);
  el?.querySelector('.move-link')?.focus();
  el?.classList.add('flash');
}

function moveButton(view, row, side) {
  const toOther = side === 'left' ? 'right' : 'left';
  const label = side === 'left' ? 'moved: go to where it went' : 'moved: go to where it was';
  return h('button', {
    type: 'button', class: 'move-link', 'data-move': row.moveId,
    onclick: () => jumpToMove(view, row.moveId, toOther),
    title: label,
  }, side === 'left' ? `↕ moved to ${otherEndLabel(view, row.moveId, toOther)}` : `↕ moved from ${otherEndLabel(view, row.moveId, toOther)}`);
}

function textCell(view, row, side) {
  const range = row[side];
  const cell = h('div', { role: 'cell', class: `text ${range ? row.kind : 'empty'}` });
  if (!range) return cell;
  if (row.kind === 'moved') cell.append(moveButton(view, row, side), ' ');
  const marked = row.kind === 'changed' || row.kind === 'moved';
  const append = view.app.state.marks === 'word' ? appendWordMarkedText : appendMarkedText;
  append(cell, view.texts[side === 'left' ? 0 : 1], range.start, range.end, marked ? row.inline : null, side);
  return cell;
}

function numCell(range) {
  return h('div', { role: 'cell', class: range ? 'num' : 'num empty' }, range ? String(range.index + 1) : '');
}

function foldRow(view, item, i) {
  const hidden = item.to - item.from;
  const unit = view.model.unit === 'paragraph' ? (hidden === 1 ? 'paragraph' : 'paragraphs') : (hidden === 1 ? 'line' : 'lines');
  return h('div', { role: 'row', class: 'fold-row', 'aria-rowindex': item.from + 1 },
    h('div', { role: 'cell', class: 'fold-cell' },
      h('button', { type: 'button', class: 'fold', 'data-fold': item.key, onclick: () => view.expand(item.key, i) },
        `⋯ ${hidden.toLocaleString()} unchanged ${unit} — show`)));
}

function equalText(view, row) {
  const cell = h('div', { class: 'text equal' });
  cell.textContent = view.texts[0].slice(row.left.start, row.left.end);
  return cell;
}

function unifiedRow(view, row, attrs) {
  const lines = [];
  const line = (kind, range, side) => h('div', { class: `uline ${kind}` },
    h('span', { class: 'num' }, side !== 'right' && range ? String(row.left.index + 1) : ''),
    h('span', { class: 'num' }, side !== 'left' && row.right ? String(row.right.index + 1) : ''),
    h('span', { class: 'sign', 'aria-hidden': 'true' }, side === 'left' ? '−' : side === 'right' ? '+' : ' '),
    side ? textCell(view, row, side) : equalText(view, row));
  if (row.kind === 'equal') lines.push(line('equal', row.left, null));
  else {
    if (row.left) lines.push(line(row.kind === 'moved' ? 'moved' : 'removed', row.left, 'left'));
    if (row.right) lines.push(line(row.kind === 'moved' ? 'moved' : 'added', row.right, 'right'));
  }
  return h('div', { ...attrs, class: `${attrs.class} unified-row` }, h('div', { role: 'cell', class: 'ucell' }, lines));
}

/** The element of display item `i`. */
export function renderItem(view, i) {
  const item = view.items.at(i);
  if (item.type === 'fold') return foldRow(view, item, i);
  const row = view.model.rows.at(item.row);
  const isCurrent = view.starts[view.current] === i;
  const attrs = { role: 'row', class: `diff-row${isCurrent ? ' current' : ''}`, 'data-kind': row.kind, 'aria-rowindex': item.row + 1 };
  const element = view.app.state.layout === 'unified' ? unifiedRow(view, row, attrs) : h('div', attrs,
    numCell(row.left), textCell(view, row, 'left'),
    numCell(row.right), textCell(view, row, 'right'));
  view.edit?.decorate(element, row, item.row); // ← / → while editing (edit.js)
  return element;
}
