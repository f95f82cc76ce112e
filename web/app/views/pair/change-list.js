// The list of changes to jump to: one entry per change of the pair view (view.starts: where each
// change starts among the display items), numbered, with the lines or paragraphs it spans on
// each side, what kinds of rows it holds and the start of its text. The list is a virtual list
// (virtual-list.js) whose entries are made only when in view, read from the packed rows
// (pair-model.js PackedRows): a comparison of 100,000 changes makes no object per change.
// Keyboard: Tab reaches one entry (the current change's), ↑/↓ Home/End move between entries,
// Enter or Space jumps there, Escape closes the list. In rewrite rows it lists the paragraphs
// without a counterpart beside them, as N/P go through them.
import { h } from '../../dom.js';
import { VirtualList } from '../../virtual-list.js';

const EQUAL = 'equal';
/** Rows of one change read at most to describe it (a longer change says "and more"). */
const SCAN_LIMIT = 5000;
const SNIPPET = 90;
const ENTRY_HEIGHT = 44;

/** The list's elements: `toggle` (a button) and `panel` (beside the rows when open). */
export function createChangeList() {
  const toggle = h('button', { type: 'button', id: 'changes-toggle', 'aria-expanded': 'false', 'aria-controls': 'change-panel' }, 'List of changes');
  const scroller = h('div', { id: 'change-list', class: 'change-list', role: 'navigation', 'aria-label': 'Changes: jump to one' });
  const heading = h('p', { id: 'change-list-head', class: 'change-list-head' });
  const close = h('button', { type: 'button', class: 'small', id: 'changes-close', 'aria-label': 'Close the list of changes' }, '×');
  const panel = h('div', { id: 'change-panel', class: 'change-panel', hidden: true }, h('div', { class: 'change-panel-bar' }, heading, close), scroller);
  return { toggle, panel, scroller, heading, close, list: null, focusIndex: 0 };
}

function unitLabel(unit, first, last) {
  if (first < 0) return '–';
  const sign = unit === 'paragraph' ? '¶' : 'line';
  return first === last ? `${sign} ${first + 1}` : `${sign} ${first + 1}–${last + 1}`;
}

function snippetOf(text, start, end) {
  const piece = text.slice(start, Math.min(end, start + SNIPPET * 2)).replace(/\s+/g, ' ').trim();
  return piece.length > SNIPPET ? `${piece.slice(0, SNIPPET)}…` : piece;
}

// A literal change: the rows from its start to the next unchanged row or fold.
function describeLiteral(view, k) {
  const { items, model, texts } = view;
  const { rows } = model;
  const sides = { left: [-1, -1], right: [-1, -1] };
  const kinds = new Map();
  let snippet = '';
  let more = false;
  for (let i = view.starts[k], scanned = 0; i < items.length && !items.isFold(i); i++, scanned++) {
    const r = items.from[i];
    const kind = rows.kindAt(r);
    if (kind === EQUAL) break;
    if (scanned === SCAN_LIMIT) { more = true; break; }
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    for (const side of ['left', 'right']) {
      const unit = rows.unitAt(r, side);
      if (unit < 0) continue;
      if (sides[side][0] < 0) sides[side][0] = unit;
      sides[side][1] = unit;
    }
    if (!snippet) {
      const row = rows.at(r); // one row object per entry drawn, for its text
      const range = row.right ?? row.left;
      snippet = snippetOf(texts[row.right ? 1 : 0], range.start, range.end);
    }
  }
  const what = [...kinds].map(([kind, n]) => (n === 1 ? kind : `${n} ${kind}`)).join(', ') + (more ? ' and more' : '');
  return { where: `${unitLabel(model.unit, ...sides.left)} → ${unitLabel(model.unit, ...sides.right)}`, what, snippet };
}

const REWRITE_WORDS = { dropped: 'dropped', added: 'added', elsewhere: 'rewritten elsewhere', repeat: 'repeat' };

// A rewrite row without a counterpart: its paragraphs on each side.
function describeRewrite(view, k) {
  const row = view.rewrite.rows[view.starts[k]];
  const span = (list) => (list.length ? unitLabel('paragraph', list[0], list[list.length - 1]) : '–');
  const side = row.b.length ? 'b' : 'a';
  const paragraph = row[side][0];
  const bounds = view.rewrite.packed[`${side}Paragraphs`];
  const snippet = paragraph === undefined ? '' : snippetOf(view.texts[side === 'a' ? 0 : 1], bounds[paragraph * 2], bounds[paragraph * 2 + 1]);
  return { where: `${span(row.a)} → ${span(row.b)}`, what: REWRITE_WORDS[row.kind] ?? row.kind, snippet };
}

function entry(view, cl, k, jump) {
  const { where, what, snippet } = view.mode === 'rewrite' ? describeRewrite(view, k) : describeLiteral(view, k);
  const current = view.current === k;
  const button = h('button', {
    type: 'button', class: `change-entry${current ? ' current' : ''}`, 'data-change': String(k),
    tabindex: k === cl.focusIndex ? '0' : '-1', onclick: () => jump(k),
  },
  h('span', { class: 'change-where' }, h('span', { class: 'change-number' }, `${k + 1}.`), ` ${where} · ${what}`),
  h('span', { class: 'change-snippet' }, snippet));
  if (current) button.setAttribute('aria-current', 'true');
  return h('div', { role: 'listitem', class: 'change-item' }, button);
}

/** Goes to change `k` of view.starts (as N/P would), and says which it is. */
export function jumpToChange(view, k) {
  const { starts, list, app } = view;
  if (k < 0 || k >= starts.length) return;
  view.current = k;
  list.scrollToIndex(starts[k]);
  list.renderNow(true);
  const one = view.mode === 'rewrite' ? 'Paragraph without a counterpart' : 'Change';
  app.status(`${one} ${k + 1} of ${starts.length}.`);
}

function focusEntry(cl, k) {
  cl.focusIndex = k;
  cl.list.scrollToIndex(k);
  cl.list.renderNow(true);
  cl.list.elementOf(k)?.querySelector('button')?.focus();
}

/** The toggle, the keys and the entries; `jump(k)` goes to change k. */
export function bindChangeList(view, cl, jump) {
  cl.list = new VirtualList(cl.scroller, {
    estimate: () => ENTRY_HEIGHT,
    render: (k) => entry(view, cl, k, (target) => { cl.focusIndex = target; jump(target); syncChangeList(view, cl); }),
    windowRole: 'list',
  });
  const open = (shown) => {
    cl.panel.hidden = !shown;
    cl.toggle.setAttribute('aria-expanded', String(shown));
    cl.panel.parentElement?.classList.toggle('with-changes', shown);
    if (shown) refreshChangeList(view, cl);
  };
  cl.toggle.addEventListener('click', () => {
    open(cl.panel.hidden);
    if (!cl.panel.hidden) focusEntry(cl, Math.max(0, view.current));
  });
  cl.close.addEventListener('click', () => { open(false); cl.toggle.focus(); });
  cl.scroller.addEventListener('keydown', (event) => {
    const count = view.starts.length;
    const at = Number(event.target.closest?.('[data-change]')?.dataset.change ?? cl.focusIndex);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1, PageDown: at + 8, PageUp: at - 8 }[event.key];
    if (event.key === 'Escape') {
      open(false);
      cl.toggle.focus();
    } else if (to !== undefined && count) {
      focusEntry(cl, Math.max(0, Math.min(count - 1, to)));
    } else return;
    event.preventDefault();
    event.stopPropagation();
  });
  cl.open = open;
}

/** After the rows are rebuilt: the entries of the changes now shown, and the count on the toggle. */
export function refreshChangeList(view, cl) {
  const count = view.model ? view.starts.length : 0;
  const noun = view.mode === 'rewrite' ? 'paragraph' : 'change';
  cl.toggle.textContent = `List of changes (${count.toLocaleString()})`;
  cl.toggle.hidden = !view.model;
  cl.heading.textContent = count
    ? `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}${view.mode === 'rewrite' ? ' without a counterpart' : ''}: ↑ ↓ to choose, Enter to go there`
    : (view.mode === 'rewrite' ? 'Every paragraph faces its counterpart.' : 'No changes.');
  if (!view.model && !cl.panel.hidden) cl.open(false);
  cl.focusIndex = Math.min(cl.focusIndex, Math.max(0, count - 1));
  if (!cl.panel.hidden) cl.list.reset(count);
}

/** After N/P or a jump: the current change's entry marked and in view. */
export function syncChangeList(view, cl) {
  if (cl.panel.hidden || !cl.list) return;
  if (view.current >= 0 && document.activeElement?.closest?.('#change-list') == null) {
    cl.focusIndex = view.current;
    cl.list.scrollToIndex(view.current);
  }
  cl.list.renderNow(true);
}
