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
