// The help panel's text, built on its first opening (app/help.js): a first visit that never
// opens it does not load it.
import { h } from './dom.js';

/**
 * The panel's sections below its heading: what each number means, and the keys. The score and
 * level lists come from app/help.js (the overview's menu uses them too), as arguments: an import
 * of help.js here would be a cycle, which the single-file edition cannot inline.
 */
export function helpSections(scoreHelp, levelHelp) {
  return [
    h('h3', {}, 'Comparing two documents'),
    h('dl', {},
      h('dt', {}, 'Similarity'), h('dd', {}, 'Share of both texts’ words that the comparison keeps: kept words on both sides over all words on both sides.'),
      h('dt', {}, 'Unchanged, changed, removed, added, moved'), h('dd', {}, 'Rows (paragraphs or lines) kept as they were, edited, only on the left, only on the right, or found elsewhere on the other side.'),
      h('dt', {}, 'Words deleted and inserted'), h('dd', {}, 'Words of the left text not kept, and words of the right text that are new.'),
      h('dt', {}, 'The ruler beside the comparison'), h('dd', {}, 'The whole comparison at a glance, top to bottom: a purple mark across for a changed or moved row, orange on its left half for a removed row, blue on its right half for an added one; the framed box is the part in view. Click it to go there.'),
      h('dt', {}, 'Two texts and share links'), h('dd', {}, 'Two boxes compared as you type, saving nothing. “Copy link” puts both texts, compressed, inside the link (after the #, which is never sent to a server): anyone with the link can read them; a link holds at most 64 KB.'),
      h('dt', {}, 'Edit and merge'), h('dd', {}, 'In Compare two, “✎ Edit” gives each side a text box, compared again as you type; ← / → on a change copies it to the other side. “Keep as new document” adds the merged side beside its original, which is never changed; “Download” saves it as a file. Rows are literal while editing.'),
      h('dt', {}, 'Rows: literal or rewrite'), h('dd', {}, 'Literal rows come from the word-for-word comparison. Rewrite rows face each paragraph (or group of paragraphs) with the one(s) it was rewritten from, for two texts telling one story in other words; they are chosen automatically, marked “(auto)”, when the literal similarity is under 50% and the rewrite score at least 20%. Click the other to switch.'),
      h('dt', {}, 'Rewritten, copied, new'), h('dd', {}, 'In rewrite rows, the share of each text’s sentences said again in other words in the other text, found there word for word, or with no counterpart there (on the left: dropped). Focus a sentence to light up the sentence(s) it was rewritten from; Enter goes to them.')),
    h('h3', {}, 'Comparing many documents'),
    h('dl', {}, scoreHelp.flatMap(([, name, text]) => [h('dt', {}, name), h('dd', {}, text)])),
    h('h3', {}, 'Match levels'),
    h('dl', {}, levelHelp.flatMap(([name, text]) => [h('dt', {}, name), h('dd', {}, text)])),
    h('h3', {}, 'Which text came from which'),
    h('dl', {},
      h('dt', {}, 'Lineage'), h('dd', {}, 'Each line joins a text to the one it was most likely revised or rewritten from. An arrow only where a date, a file time or one text holding nearly all of the other says which came first; a dashed line is unsure.'),
      h('dt', {}, 'Copied, rewritten, possibly rewritten, new'), h('dd', {}, 'In One document, “Where each sentence came from”: found word for word in another document, said again there in other words, possibly rewritten (unsure: the two sentences look alike, but nothing else shows that one text was made from the other, as with two articles on one topic written apart), or found in none.')),
    h('h3', {}, 'Duplicates'),
    h('dl', {},
      h('dt', {}, 'Exact group'), h('dd', {}, 'Paragraphs equal once case, punctuation and typographic quotes are set aside.'),
      h('dt', {}, 'Near group and its %'), h('dd', {}, 'Paragraphs whose 3-word phrases overlap by at least the threshold set on the Duplicates view (50% unless changed); the figure is the lowest overlap of a member with the group’s first.'),
      h('dt', {}, 'Short repeats'), h('dd', {}, 'Repeated paragraphs under 15 words (titles, bylines, “Comments”), listed apart from real repeats.'),
      h('dt', {}, 'Clean copy'), h('dd', {}, 'The document with every repeated paragraph removed, the first occurrence kept.')),
    h('h3', {}, 'Keys'),
    h('dl', { class: 'keys' },
      h('dt', {}, h('kbd', {}, '1'), '–', h('kbd', {}, '5')), h('dd', {}, 'Overview, Compare two, Duplicates, One document, Two texts.'),
      h('dt', {}, h('kbd', {}, '→'), ' / ', h('kbd', {}, '←')), h('dd', {}, 'On a document’s name in the list: its rename, move and remove buttons.'),
      h('dt', {}, h('kbd', {}, 'N'), ' / ', h('kbd', {}, 'P')), h('dd', {}, 'Next / previous change in the comparison (also J / K); in rewrite rows, the next paragraph without a counterpart.'),
      h('dt', {}, h('kbd', {}, '>'), ' / ', h('kbd', {}, '<')), h('dd', {}, 'While editing in Compare two: copy the current change (N / P) to the right / to the left.'),
      h('dt', {}, h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Z'), ', ', h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Shift'), '+', h('kbd', {}, 'Z'), ' or ', h('kbd', {}, 'Y')),
      h('dd', {}, 'While editing, outside the text boxes: undo / redo a copy or a pause in typing (inside a box they are the browser’s own).'),
      h('dt', {}, h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'V')), h('dd', {}, 'Outside a text field: the clipboard’s text becomes a new document.'),
      h('dt', {}, h('kbd', {}, '?')), h('dd', {}, 'This help; Escape closes it.')),
    h('p', { class: 'muted' }, 'Texts never leave this browser: there is no server behind this page.'),
  ];
}
