// Pieces the views share.
import { h } from '../dom.js';

/** The clean copy of a document: the API's, run on the page (no call to the worker). */
export { cleanCopy } from '../../lib/analyze.js';

/** Fills a <select> with one option per document, choosing `selected`. */
export function docOptions(select, documents, selected) {
  select.replaceChildren(...documents.map((doc, index) =>
    h('option', { value: String(index) }, `${index + 1}. ${doc.name}`)));
  if (documents.length) select.value = String(Math.min(selected, documents.length - 1));
}

/** A message for a view that needs something it does not have. */
export function emptyNote(text, ...children) {
  return h('div', { class: 'empty-note' }, h('p', {}, text), ...children);
}

/**
 * Appends text[start, end) to `parent`, wrapping the parts inside `marks` ({start, end, tag,
 * className, attributes}; sorted by start, not overlapping) in elements.
 */
export function appendWithMarks(parent, text, start, end, marks) {
  let at = start;
  for (const mark of marks) {
    const s = Math.max(mark.start, at);
    const e = Math.min(mark.end, end);
    if (e <= s) continue;
    if (s > at) parent.append(document.createTextNode(text.slice(at, s)));
    parent.append(h(mark.tag ?? 'mark', { class: mark.className, ...(mark.attributes ?? {}) }, text.slice(s, e)));
    at = e;
  }
  if (at < end) parent.append(document.createTextNode(text.slice(at, end)));
}

/** Runs `show` and, when the analysis is missing or failed, puts a note in `body` instead. */
export async function withAnalysis(app, body, onRetry) {
  try {
    const analysis = await app.analysis();
    return analysis;
  } catch (error) {
    body.replaceChildren(emptyNote(error.message === 'Cancelled' ? 'Analysis cancelled.' : `Analysis failed: ${error.message}`,
      h('button', { type: 'button', onclick: onRetry }, 'Analyse again')));
    return null;
  }
}

/**
 * Overlapping marks → disjoint segments, each with the classes of every mark covering it (a
 * repeated paragraph inside a shared passage shows as both). Attributes of the first kept.
 */
export function flattenMarks(marks) {
  const points = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((x, y) => x - y);
  const byStart = [...marks].sort((x, y) => x.start - y.start);
  const open = [];
  const out = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const [s, e] = [points[p], points[p + 1]];
    while (next < byStart.length && byStart[next].start <= s) open.push(byStart[next++]);
    for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= s) open.splice(i, 1);
    if (!open.length) continue;
    const classes = [...new Set(open.flatMap((m) => m.className.split(' ')))].join(' ');
    const attributes = Object.assign({}, ...open.map((m) => m.attributes ?? {}).reverse());
    const last = out[out.length - 1];
    if (last && last.end === s && last.className === classes && last.attributes['data-group'] === attributes['data-group']) last.end = e;
    else out.push({ start: s, end: e, className: classes, attributes });
  }
  return out;
}
