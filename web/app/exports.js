// The pair's patch as the page downloads it. The patch is a diff of the texts the page compared,
// which are a file's bytes only for UTF-8 text files (and typed or pasted text): a file decoded
// from Windows-1252 or UTF-16, one with a byte order mark, or the text taken out of an HTML or
// Markdown file will not take the patch. Such a patch says so in its first line (which `patch`
// and `git apply` skip) and in the status. Both headers name the left document, the one the
// patch turns into the right one, so `patch -p1` and `git apply` change that same file.
import { download, fileStem } from './dom.js';

const BYTE_FOR_BYTE = new Set(['UTF-8', 'typed or pasted']);

/** Why `doc.text` is not byte for byte its file ("notes.txt is Windows-1252"), or '' when it is. */
export function decodedNote(doc) {
  const reasons = [];
  if (doc.encoding !== undefined && !BYTE_FOR_BYTE.has(doc.encoding)) reasons.push(doc.encoding);
  if (doc.format !== undefined && doc.format !== 'text') reasons.push(doc.format);
  // One line whatever the name holds, so the label cannot end early and start a header.
  return reasons.length ? `${doc.name} is ${reasons.join(', ')}`.replace(/[\u0000-\u001f\u007f]/g, ' ') : '';
}

/** The patch text to download for `left` → `right`, given the engine's diff of their texts. */
export function labelledPatch(left, right, patch) {
  const notes = [left, right].map(decodedNote).filter(Boolean);
  if (!patch || !notes.length) return patch;
  return `Concord patch for the UTF-8 text compared, not for the original files: ${notes.join('; ')}.\n${patch}`;
}

/** Computes, downloads and reports the patch of the pair shown. */
export async function downloadPatch(app, left, right) {
  if (!left || !right) return;
  const diff = await app.engine.call('unifiedDiff', [left.text, right.text, { leftName: left.name, rightName: left.name }]);
  const patch = labelledPatch(left, right, diff || '');
  download(`${fileStem(left.name)}-vs-${fileStem(right.name)}.patch`, patch, 'text/x-diff;charset=utf-8');
  const notes = [left, right].map(decodedNote).filter(Boolean);
  if (!diff) app.status('The texts are identical: the patch is empty.');
  else if (notes.length) {
    app.status(`Patch downloaded, for the UTF-8 text compared: it will not apply to the original file, as ${notes.join('; ')}.`);
  } else app.status(`Patch downloaded: apply it beside ${left.name} with patch -p1 or git apply.`);
}
