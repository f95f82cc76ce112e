// Getting text in: files and folders dropped anywhere on the page, the file and folder dialogs,
// and pasted text. Every file ends up either as a document or in the "not loaded" list with a
// reason; one bad file never loses the others.
import { readTextFile } from './text-files.js';

/** Files of a drop, folders walked (webkitGetAsEntry), with their relative paths as names. */
export async function filesOfDrop(dataTransfer) {
  const entries = [...(dataTransfer.items ?? [])]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter(Boolean);
  if (!entries.length) return [...(dataTransfer.files ?? [])].map((file) => ({ file, name: file.name }));
  const out = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      try {
        const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
        out.push({ file, name: prefix + file.name });
      } catch {
        out.push({ failed: true, name: prefix + entry.name });
      }
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject)).catch(() => []);
        if (!batch.length) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}

/**
 * Reads files ({file, name}) into the store; resolves to {added, refused, saved} once the
 * documents are written (`progress` hears "Reading files…" and "Saving…" meanwhile).
 */
export async function addFiles(store, picked, progress) {
  const sorted = [...picked].sort((x, y) => x.name.localeCompare(y.name, undefined, { numeric: true }));
  const docs = [];
  const refused = [];
  let done = 0;
  for (const { file, name, failed } of sorted) {
    if (failed) refused.push({ name, size: 0, reason: 'could not be read' });
    else {
      const read = await readTextFile(file, name);
      if (read.ok) docs.push(read);
      else refused.push({ name: read.name, size: read.size, reason: read.reason });
    }
    if (++done % 50 === 0) progress?.(`Reading files… ${done} of ${sorted.length}`);
  }
  if (refused.length) store.refuse(refused);
  let saved = true;
  if (docs.length) {
    progress?.('Saving…');
    ({ saved } = await store.add(docs));
  }
  return { added: docs.length, refused: refused.length, saved };
}

/** Drop files or folders anywhere on the page; `report.done` gets the counts. */
export function installDropZone(store, overlay, report) {
  let depth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', async (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    if (!event.dataTransfer) return;
    const files = await filesOfDrop(event.dataTransfer);
    if (files.length) report.done(await addFiles(store, files, report.progress));
  });
}

/** The file and folder dialogs. */
export function installPickers(store, report) {
  for (const [buttonId, inputId] of [['add-files', 'file-input'], ['add-folder', 'folder-input']]) {
    const input = document.getElementById(inputId);
    document.getElementById(buttonId).addEventListener('click', () => input.click());
    input.addEventListener('change', async () => {
      const files = [...input.files].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
      input.value = '';
      if (files.length) report.done(await addFiles(store, files, report.progress));
    });
  }
}

/** The "Paste text" dialog. */
export function installPasteDialog(store, report) {
  const dialog = document.getElementById('paste-dialog');
  const name = document.getElementById('paste-name');
  const text = document.getElementById('paste-text');
  document.getElementById('paste-button').addEventListener('click', () => {
    name.value = `Pasted ${store.documents.length + 1}`;
    text.value = '';
    dialog.showModal();
    text.focus();
  });
  document.getElementById('paste-cancel').addEventListener('click', () => dialog.close());
  document.getElementById('paste-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      text.setCustomValidity('Paste or type some text first.');
      text.reportValidity();
      return;
    }
    const added = store.add([{ name: name.value.trim() || 'Pasted text', text: text.value }]);
    dialog.close();
    report.progress('Saving…');
    added.then(({ saved }) => report.done({ added: 1, refused: 0, saved }));
  });
  text.addEventListener('input', () => text.setCustomValidity(''));
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) document.getElementById('paste-form').requestSubmit();
  });
}

/** Ctrl+V outside a text field adds the clipboard's text as a new document. */
export function installPasteAnywhere(store, report) {
  document.addEventListener('paste', (event) => {
    if (event.target.closest?.('input, textarea, [contenteditable="true"], dialog')) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    event.preventDefault();
    report.progress('Saving…');
    store.add([{ name: `Pasted ${store.documents.length + 1}`, text }]).then(({ saved }) => report.done({ added: 1, refused: 0, saved }));
  });
}
