// Pieces the views share.
import { h } from '../dom.js';

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

/** The clean copy of document `doc`: its text without the repeats the analysis lists. */
export function cleanCopy(analysis, doc, text) {
  let out = '';
  let at = 0;
  for (const { start, end } of analysis.documents[doc].repeats) {
    out += text.slice(at, start);
    at = end;
  }
  return { text: out + text.slice(at), removed: analysis.documents[doc].repeats.length };
}

/** Runs `show` and, when the analysis is missing or failed, puts a note in `body` instead. */
export async function withAnalysis(app, body, onRetry) {
  try {
    const analysis = await app.analysis();
    if (!analysis) body.replaceChildren(emptyNote('This build has no analysis engine: only the pair comparison is available.'));
    return analysis;
  } catch (error) {
    body.replaceChildren(emptyNote(error.message === 'Cancelled' ? 'Analysis cancelled.' : `Analysis failed: ${error.message}`,
      h('button', { type: 'button', onclick: onRetry }, 'Analyse again')));
    return null;
  }
}
