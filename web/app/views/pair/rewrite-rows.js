// The DOM of the pair view's rewrite rows: each row one paragraph (or group) of each text facing
// its counterpart, every sentence a focusable span marked rewritten, copied or new, the words,
// names, numbers and phrases both share marked; paragraphs without a counterpart say so (added,
// dropped, moved elsewhere, a repeat). Focusing a sentence lights up the sentence(s) it was
// rewritten from. `view.rewrite` is the model of rewrite-model.js (fromPackedRewrite).
import { h, percent } from '../../dom.js';
import { appendWithMarks, flattenMarks } from '../common.js';
import { isMoved, linksOf, paragraphOf, phraseMarks, sentenceOf, sentencesOfParagraph, tokenMarks } from './rewrite-model.js';

const OTHER = { a: 'b', b: 'a' };
const NUM_WIDTH = 64; // px: the ¶ column of a rewrite row (4.5em)

/** Whether rewrite rows show one text above the other (narrow screens, unified layout). */
export function stacked(view, scroller) {
  return view.app.state.layout === 'unified' || (scroller.clientWidth || 800) < 640;
}

/** Characters per line and line height for the estimates of rewrite rows. */
export function measureRewrite(view, scroller) {
  const width = scroller.clientWidth || 800;
  const isStacked = stacked(view, scroller);
  scroller.classList.toggle('stacked', isStacked);
  view.lineHeight = 20;
  const textWidth = isStacked ? width - NUM_WIDTH - 24 : (width - 2 * NUM_WIDTH) / 2 - 24;
  view.charsPerLine = Math.max(16, Math.floor(textWidth / 7.2));
  view.stacked = isStacked;
}

function sideLines(view, row, side) {
  let lines = 0;
  for (const p of row[side]) {
    const { start, end } = paragraphOf(view.rewrite, side, p);
    lines += Math.max(1, Math.ceil((end - start) / view.charsPerLine)) + 0.3 + (isMoved(view.rewrite, side, p) ? 1 : 0);
  }
  return lines + (row.kind === 'matched' || row.kind === 'moved' ? 0 : 1);
}

/** The estimated height of rewrite row `item`. */
export function estimateRewrite(view, item) {
  const row = view.rewrite.rows[item.row];
  const [a, b] = [sideLines(view, row, 'a'), sideLines(view, row, 'b')];
  return (view.stacked ? a + b : Math.max(a, b)) * view.lineHeight + 12;
}

// "¶ 3–5, 12" for paragraphs [2, 3, 4, 11].
function paragraphsLabel(list) {
  if (!list.length) return '';
  const runs = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
    runs.push(j > i ? `${list[i] + 1}–${list[j] + 1}` : `${list[i] + 1}`);
    i = j + 1;
  }
  return `¶ ${runs.join(', ')}`;
}

function numCell(view, row, side) {
  const list = row[side];
  const cell = h('div', { role: 'cell', class: list.length ? 'num' : 'num empty' }, paragraphsLabel(list));
  if (side === 'b' && (row.kind === 'matched' || row.kind === 'moved')) {
    cell.append(h('span', { class: 'rw-sim', title: 'Rewrite similarity of the two sides of this row' }, percent(row.similarity)));
  }
  return cell;
}

/** Scrolls to rewrite row `rowIndex` and focuses its first sentence on `side` (or the one given). */
export function goToRow(view, rowIndex, side, sentence = -1) {
  view.list.scrollToIndex(rowIndex);
  view.list.renderNow(true);
  const el = view.list.elementOf(rowIndex);
  const selector = sentence >= 0 ? `.sent[data-side="${side}"][data-s="${sentence}"]` : `.sent[data-side="${side}"]`;
  el?.querySelector(selector)?.focus();
  el?.classList.add('flash');
}

function badge(view, row, side) {
  const names = view.names;
  if (row.kind === 'dropped') return h('span', { class: 'rw-badge dropped' }, `dropped: not in ${names.b}`);
  if (row.kind === 'added') return h('span', { class: 'rw-badge added' }, `added: not in ${names.a}`);
  if (row.kind === 'repeat') return h('span', { class: 'rw-badge repeat' }, `repeats its own ¶ ${row.repeatOf + 1}`);
  if (row.kind !== 'elsewhere') return null;
  const target = row.elsewhere.find((link) => link.side === OTHER[side]) ?? row.elsewhere[0];
  const where = `¶ ${target.paragraph + 1} of ${names[target.side]}`;
  return h('button', {
    type: 'button', class: 'move-link', title: 'Go to the paragraph it was rewritten as',
    onclick: () => goToRow(view, target.row, target.side),
  }, `↕ rewritten elsewhere: ${where}`);
}

function sentenceSpan(view, side, s, marks) {
  const { start, end, kind } = sentenceOf(view.rewrite, side, s);
  const span = h('span', { class: `sent sent-${kind}`, tabindex: '0', 'data-side': side, 'data-s': String(s) });
  appendWithMarks(span, view.texts[side === 'a' ? 0 : 1], start, end, marks);
  const focus = view.rwFocus;
  if (focus?.side === side && focus.s === s) span.classList.add('sent-focus');
  else if (focus?.linked.has(`${side}:${s}`)) span.classList.add('sent-source');
  return span;
}

function paragraphBlock(view, row, side, p, tokens) {
  const text = view.texts[side === 'a' ? 0 : 1];
  const { start, end } = paragraphOf(view.rewrite, side, p);
  const marks = flattenMarks([...tokens.filter((t) => t.end > start && t.start < end), ...phraseMarks(view.rewrite, side, text, start, end)]);
  const block = h('div', { class: 'rw-para' });
  if (isMoved(view.rewrite, side, p)) {
    block.classList.add('rw-para-moved');
    block.append(h('span', { class: 'rw-badge moved' }, `moved: ¶ ${p + 1} shown out of order`));
  }
  let at = start;
  const [first, last] = sentencesOfParagraph(view.rewrite, side, p);
  for (let s = first; s < last; s++) {
    const sentence = sentenceOf(view.rewrite, side, s);
    if (sentence.start > at) appendWithMarks(block, text, at, sentence.start, marks);
    block.append(sentenceSpan(view, side, s, marks));
    at = Math.max(at, sentence.end);
  }
  if (at < end) appendWithMarks(block, text, at, end, marks);
  return block;
}

function textCell(view, row, side) {
  const list = row[side];
  if (!list.length) return h('div', { role: 'cell', class: 'text empty' });
  const cell = h('div', { role: 'cell', class: `text rw-side rw-${row.kind}` }, badge(view, row, side));
  const tokens = tokenMarks(view.rewrite, row, side);
  for (const p of list) cell.append(paragraphBlock(view, row, side, p, tokens));
  return cell;
}

/** The element of rewrite row `i`. */
export function renderRewriteItem(view, i) {
  const item = view.items[i];
  const row = view.rewrite.rows[item.row];
  const isCurrent = view.starts[view.current] === i;
  return h('div', { role: 'row', class: `diff-row rw-pair${isCurrent ? ' current' : ''}`, 'data-kind': row.kind, 'aria-rowindex': item.row + 1 },
    numCell(view, row, 'a'), textCell(view, row, 'a'), numCell(view, row, 'b'), textCell(view, row, 'b'));
}

function describe(view, side, s, links) {
  const { names } = view;
  const sentence = sentenceOf(view.rewrite, side, s);
  const here = `${names[side]}, ¶ ${sentence.paragraph + 1}: this sentence`;
  if (!links.length) return side === 'a' ? `${here} was dropped: nothing in ${names.b} says it.` : `${here} is new: nothing in ${names.a} says it.`;
  const sources = links.map((link) => {
    const other = sentenceOf(view.rewrite, OTHER[side], link.other);
    return `¶ ${other.paragraph + 1} (${link.copied ? 'copied' : `${percent(link.confidence)} sure`})`;
  });
  const verb = sentence.kind === 'copied' ? 'is copied' : side === 'a' ? 'was rewritten as' : 'was rewritten from';
  return `${here} ${verb} ${links.length === 1 ? 'a sentence' : `${links.length} sentences`} of ${names[OTHER[side]]}: ${sources.join(', ')}. Enter goes there.`;
}

function applyFocusClasses(view, scroller) {
  for (const el of scroller.querySelectorAll('.sent-focus, .sent-source')) el.classList.remove('sent-focus', 'sent-source');
  const focus = view.rwFocus;
  if (!focus) return;
  scroller.querySelector(`.sent[data-side="${focus.side}"][data-s="${focus.s}"]`)?.classList.add('sent-focus');
  for (const key of focus.linked) {
    const [side, s] = key.split(':');
    for (const el of scroller.querySelectorAll(`.sent[data-side="${side}"][data-s="${s}"]`)) el.classList.add('sent-source');
  }
}

/**
 * Focus on a sentence lights it and the sentence(s) it was rewritten from (or as), and says in
 * `parts.rewriteFocus` what they are; Enter on it goes to the first of them.
 */
export function bindSentenceFocus(view, parts) {
  const { scroller } = parts;
  scroller.addEventListener('focusin', (event) => {
    const span = event.target.closest?.('.sent');
    if (!span || view.mode !== 'rewrite') return;
    const side = span.dataset.side;
    const s = Number(span.dataset.s);
    if (view.rwFocus?.side === side && view.rwFocus.s === s) return;
    const links = linksOf(view.rewrite, side, s);
    view.rwFocus = { side, s, links, linked: new Set(links.map((link) => `${OTHER[side]}:${link.other}`)) };
    applyFocusClasses(view, scroller);
    parts.rewriteFocus.textContent = describe(view, side, s, links);
  });
  scroller.addEventListener('keydown', (event) => {
    const span = event.target.closest?.('.sent');
    if (!span || event.key !== 'Enter' || view.mode !== 'rewrite' || !view.rwFocus?.links.length) return;
    event.preventDefault();
    const other = OTHER[view.rwFocus.side];
    const target = view.rwFocus.links[0].other;
    const paragraph = sentenceOf(view.rewrite, other, target).paragraph;
    goToRow(view, view.rewrite.sides[other].rowOf[paragraph], other, target);
  });
}
