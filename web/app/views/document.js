// One document: its text with repeated paragraphs and passages shared with other documents
// highlighted, and lists of both beside it. A duplicate group opened from the duplicates list
// is highlighted and scrolled to. The text is a virtual list of its lines (long lines cut in
// pieces), so only what is in view is in the DOM, even for a 50 MB document.
import { h, download, fileStem, formatBytes, wordsLabel } from '../dom.js';
import { VirtualList } from '../virtual-list.js';
import { appendWithMarks, cleanCopy, docOptions, emptyNote, flattenMarks, withAnalysis } from './common.js';

/** The longest piece of a line shown as one item; longer lines are cut (at a space if near). */
const PIECE = 4000;

// The marks of document `d`: its duplicate groups' members (group `focusGroup` as the focus),
// short repeats and passages shared with others; with the groups and short repeats found here.
function documentMarks(analysis, docs, d, focusGroup) {
  const marks = [];
  const repeatsHere = [];
  const shortRepeatsHere = [];
  analysis.duplicateGroups.forEach((group, g) => {
    const here = group.members.filter((m) => m.doc === d);
    if (!here.length) return;
    const focus = g === focusGroup;
    repeatsHere.push({ g, group, here });
    // The first occurrence (in reading order over the documents) is told from its repeats.
    const first = group.members.reduce((x, y) => (y.doc < x.doc || (y.doc === x.doc && y.start < x.start) ? y : x));
    const firstAt = `¶ ${first.paragraph + 1}${first.doc === d ? '' : ` of ${docs[first.doc].name}`}`;
    for (const m of here) {
      const isFirst = m === first;
      marks.push({
        start: m.start, end: m.end, className: `repeat ${isFirst ? 'first' : 'again'}${focus ? ' focus' : ''}`,
        attributes: { 'data-group': g, title: isFirst ? `First occurrence of a repeated paragraph (group ${g + 1})` : `Repeat of ${firstAt} (group ${g + 1})` },
      });
    }
  });
  for (const group of analysis.shortRepeats ?? []) {
    const here = group.members.filter((m) => m.doc === d);
    if (here.length < 2) continue;
    shortRepeatsHere.push(...here.slice(1));
    for (const m of here) marks.push({ start: m.start, end: m.end, className: 'repeat short', attributes: { title: 'Short repeated paragraph (title, byline…)' } });
  }
  for (const p of analysis.passages) {
    if (p.a === d) marks.push({ start: p.aStart, end: p.aEnd, className: 'shared', attributes: { title: `Shared with ${docs[p.b].name}` } });
    else if (p.b === d) marks.push({ start: p.bStart, end: p.bEnd, className: 'shared', attributes: { title: `Shared with ${docs[p.a].name}` } });
  }
  return { marks, repeatsHere, shortRepeatsHere };
}

// The side list of repeated paragraphs of document `d`, with its clean copy button.
function repeatsSection(app, analysis, doc, d, { repeatsHere, shortRepeatsHere }) {
  return h('section', { 'aria-labelledby': 'doc-repeats-title' },
    h('h3', { id: 'doc-repeats-title' }, 'Repeated paragraphs'),
    repeatsHere.length ? h('ul', {}, repeatsHere.map(({ g, group, here }) => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => app.setState({ group: g, at: here[0].start }) },
        `Group ${g + 1} (${group.kind}): ¶ ${here.map((m) => m.paragraph + 1).join(', ')}`),
      group.members.length > here.length ? ` and ${group.members.length - here.length} elsewhere` : '')))
      : h('p', { class: 'muted' }, 'None of 15 words or more.'),
    shortRepeatsHere.length ? h('p', {}, `Short repeats (titles, bylines): ¶ ${shortRepeatsHere.map((m) => m.paragraph + 1).join(', ')}.`) : null,
    analysis.documents[d].repeats.length
      ? h('button', {
        type: 'button', id: 'doc-clean',
        onclick: () => {
          const copy = cleanCopy(analysis, d, doc.text);
          download(`${fileStem(doc.name)}-clean.txt`, copy.text);
          app.status(`Clean copy downloaded: ${copy.removed} repeated paragraph${copy.removed === 1 ? '' : 's'} removed.`);
        },
      }, `Download clean copy (−${analysis.documents[d].repeats.length})`) : null);
}

// The side list of the documents that share passages with document `d`, most words first.
function sharedSection(app, analysis, docs, d) {
  const shared = new Map();
  for (const p of analysis.passages) {
    if (p.a !== d && p.b !== d) continue;
    const other = p.a === d ? p.b : p.a;
    const words = p.a === d ? p.aWords : p.bWords;
    shared.set(other, (shared.get(other) ?? 0) + words);
  }
  return h('section', { 'aria-labelledby': 'doc-shared-title' },
    h('h3', { id: 'doc-shared-title' }, 'Passages shared with'),
    shared.size ? h('ul', {}, [...shared].sort((x, y) => y[1] - x[1]).map(([other, words]) => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => app.setState({ view: 'pair', a: d, b: other }) },
        `${other + 1}. ${docs[other].name}`), ` — ${words.toLocaleString()} words`)))
      : h('p', { class: 'muted' }, 'No passage of 8 words or more is shared with another document.'));
}

// The engine's paragraphs of `doc` ({start}[], the numbering every view and export uses), kept
// while its text is the same; [] when they cannot be had (the text is shown unnumbered).
const paragraphCache = new WeakMap();
async function paragraphsOf(app, doc) {
  const cached = paragraphCache.get(doc);
  if (cached?.text === doc.text) return cached.paragraphs;
  let paragraphs = [];
  try {
    paragraphs = (await app.engine.call('profile', [doc.text, {}])).paragraphs;
  } catch {
    return [];
  }
  paragraphCache.set(doc, { text: doc.text, paragraphs });
  return paragraphs;
}

// Shows document `d` in `body`: its text with `analysis`'s marks (none when it is null) and
// its paragraphs numbered, the lists beside.
function showDocument(app, body, analysis, docs, d, paragraphs) {
  const doc = docs[d];
  const found = analysis ? documentMarks(analysis, docs, d, app.state.group) : { marks: [], repeatsHere: [], shortRepeatsHere: [] };
  const flat = flattenMarks(found.marks);
  const text = h('div', { class: 'doc-text', id: 'doc-text', tabindex: '0', role: 'document', 'aria-label': `Text of ${doc.name}` });
  const side = h('div', { class: 'doc-side' },
    h('p', { id: 'doc-facts' }, `${formatBytes(doc.size)} · ${wordsLabel(doc.words)} · ${doc.encoding}${doc.format !== 'text' ? ` · ${doc.format}` : ''}`),
    analysis ? repeatsSection(app, analysis, doc, d, found) : null,
    analysis ? sharedSection(app, analysis, docs, d) : null);
  body.replaceChildren(h('div', { class: 'document-grid' }, text, side));
  const lines = showText(text, doc.text, flat, paragraphs);
  const at = app.state.at >= 0 ? app.state.at : flat.find((mark) => mark.className.includes('focus'))?.start ?? -1;
  if (at >= 0) {
    lines.scrollToOffset(at);
    text.scrollIntoView({ block: 'nearest' });
  }
}

export function createDocumentView(app) {
  const select = h('select', { id: 'doc-select', 'aria-label': 'Document' });
  select.addEventListener('change', () => app.setState({ doc: Number(select.value), group: -1, at: -1 }));
  const body = h('div', { class: 'document-body' });
  const element = h('section', { id: 'view-document', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-document', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'One document'),
    h('div', { class: 'toolbar' }, select,
      h('span', { class: 'legend' },
        h('mark', { class: 'repeat first' }, 'repeated paragraph, first occurrence'), ' ',
        h('mark', { class: 'repeat again' }, 'its repeat'), ' ',
        h('mark', { class: 'shared' }, 'shared with another document'), ' ',
        h('mark', { class: 'repeat focus' }, 'group you opened'))),
    body);
  let shown = null;

  return {
    element,
    async show() {
      const docs = app.store.documents;
      docOptions(select, docs, app.state.doc);
      if (!docs.length) {
        shown = null;
        body.replaceChildren(emptyNote('No documents yet.'));
        return;
      }
      const d = app.state.doc;
      const key = `${docs.map((x) => x.id).join(',')}|${docs[d].words}|${d}|${app.state.group}|${app.state.at}|${app.analysisKey()}`;
      if (shown === key) return;
      const analysis = await withAnalysis(app, body, () => { shown = null; this.show(); });
      const paragraphs = await paragraphsOf(app, docs[d]);
      if (docs !== app.store.documents) return;
      shown = key;
      showDocument(app, body, analysis, docs, d, paragraphs);
    },
  };
}

/** Item starts of `text`: one item per line, lines longer than PIECE cut into pieces. */
function pieceStarts(text) {
  const starts = [0];
  let newline = -1;
  for (let at = 0; at < text.length;) {
    if (newline < at) newline = text.indexOf('\n', at);
    let end = newline === -1 ? text.length : newline + 1;
    if (end - at > PIECE) {
      end = at + PIECE;
      for (let j = end; j > at + PIECE / 2; j--) {
        if (text.charCodeAt(j - 1) === 32) {
          end = j;
          break;
        }
      }
    }
    if (end < text.length) starts.push(end);
    at = end;
  }
  return starts;
}

/** The last index whose value is at or below `value` in the ascending `values`. */
function lastAtOrBelow(values, value, key = (v) => v) {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(values[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line item → paragraph number (1-based) for the items where a paragraph of `paragraphs` starts. */
function paragraphNumbers(starts, paragraphs) {
  const numbers = new Map();
  paragraphs.forEach((paragraph, p) => {
    const item = lastAtOrBelow(starts, paragraph.start);
    if (!numbers.has(item)) numbers.set(item, p + 1);
  });
  return numbers;
}

/**
 * Shows `text` in the scroller `box` as a virtual list of its lines, with the disjoint sorted
 * `marks` and the numbers of `paragraphs` ({start}[]) in the margin (the CSS draws them from
 * data-paragraph, so the text copied or read stays the document's own); returns
 * {scrollToOffset(offset)}.
 */
function showText(box, text, marks, paragraphs = []) {
  const starts = pieceStarts(text);
  const numbers = paragraphNumbers(starts, paragraphs);
  const endOf = (i) => (i + 1 < starts.length ? starts[i + 1] : text.length);
  const lineHeight = Number.parseFloat(getComputedStyle(box).lineHeight) || 24;
  const perLine = Math.max(20, Math.floor((box.clientWidth || 600) / (lineHeight / 2.6)));
  const list = new VirtualList(box, {
    windowRole: 'presentation',
    estimate: (i) => lineHeight * Math.max(1, Math.ceil((endOf(i) - starts[i] - 1) / perLine)),
    render: (i) => {
      const line = h('div', { class: 'doc-line', 'data-paragraph': numbers.get(i) ?? null });
      const start = starts[i];
      const end = endOf(i);
      let m = marks.length ? lastAtOrBelow(marks, start, (mark) => mark.start) : 0;
      if (marks[m] && marks[m].end <= start) m++;
      const here = [];
      for (; m < marks.length && marks[m].start < end; m++) here.push(marks[m]);
      appendWithMarks(line, text, start, end, here);
      return line;
    },
  });
  list.overscan = 1500;
  list.reset(starts.length);
  return { scrollToOffset: (offset) => list.scrollToIndex(lastAtOrBelow(starts, offset), 'center') };
}

