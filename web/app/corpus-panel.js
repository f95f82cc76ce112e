// "Open corpus results": the folder the corpus pipeline wrote (docs/corpus.md), or a zip of it,
// chosen or dropped on the dialog; its clusters listed largest first, a page at a time; a
// cluster opened as a session of the store (store.openSession): its documents, texts
// included, in the views as any set of documents, the workspace put aside unchanged and saved
// as it was, with "Back to my documents" (and "Keep in my documents" to add them to it).
// Reading and parsing happen in the corpus worker (corpus-worker.js).
import { h } from './dom.js';
import { filesOfDrop } from './intake.js';

/** Clusters listed per page of the list. */
export const CLUSTERS_PER_PAGE = 50;

const plural = (n, word, many = `${word}s`) => `${n.toLocaleString()} ${n === 1 ? word : many}`;

/** The corpus worker, one call at a time; terminate() cancels the call (and forgets the results). */
class CorpusWorker {
  #worker = null;
  #pending = null;

  call(message, onProgress) {
    this.#worker ??= new Worker(new URL('./corpus-worker.js', import.meta.url), { type: 'module' });
    return new Promise((resolve, reject) => {
      this.#pending = { reject };
      this.#worker.onmessage = ({ data }) => {
        if ('progress' in data) return onProgress(data.progress);
        this.#pending = null;
        if (data.error) reject(new Error(data.error));
        else resolve(data.result);
      };
      this.#worker.onerror = (event) => {
        event.preventDefault?.();
        this.terminate(new Error(`the results could not be read (${event.message || 'the reader stopped'})`));
      };
      this.#worker.postMessage(message);
    });
  }

  terminate(error = new Error('Cancelled')) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending?.reject(error);
    this.#pending = null;
  }
}

/** The same calls on this thread, where there is no worker (the single file: no unzip there).
 * The reader (and its zip code) loads with the first results opened, not with the page. */
class CorpusHere {
  #opened = null;

  async call({ op, source, number }) {
    if (op === 'open') {
      const { openCorpusResults } = await import('./corpus-results.js');
      this.#opened = await openCorpusResults(source, {});
      const { root, summary, clusters, problems } = this.#opened;
      return { root, summary, clusters, problems };
    }
    return this.#opened.cluster(number);
  }

  terminate() {}
}

/** "2 identical · 1 rewritten": the levels of a cluster's related pairs. */
function kindsText(kinds) {
  const order = ['identical', 'minor changes', 'rewritten'];
  const names = Object.keys(kinds).sort((x, y) => (order.indexOf(x) + 1 || 9) - (order.indexOf(y) + 1 || 9));
  return names.length ? `pairs: ${names.map((name) => `${kinds[name].toLocaleString()} ${name}`).join(', ')}` : 'no related pair listed';
}

function summaryText(summary, count, root) {
  const from = root ? ` in “${root.replace(/\/$/, '')}”` : '';
  if (!summary) return `${plural(count, 'cluster')}${from}.`;
  const { read, analysed, rejected } = summary;
  const counts = read == null ? '' : `: ${read.toLocaleString()} documents read, ${(analysed ?? 0).toLocaleString()} analysed, ${(rejected ?? 0).toLocaleString()} rejected`;
  return `${plural(count, 'cluster')}${from}${counts}. Largest first.`;
}

/** Installs the button, the dialog and the session bar; `app` is main.js's. */
export function installCorpusPanel(app) {
  const reader = globalThis.CONCORD_SINGLE_FILE || typeof Worker !== 'function' ? new CorpusHere() : new CorpusWorker();
  const folderInput = h('input', { type: 'file', id: 'corpus-folder-input', webkitdirectory: true, multiple: true, hidden: true });
  const zipInput = h('input', { type: 'file', id: 'corpus-zip-input', accept: '.zip,application/zip', hidden: true });
  const message = h('p', { id: 'corpus-message', class: 'corpus-message', role: 'status' });
  const progressLabel = h('span', { id: 'corpus-progress-label' });
  const progressBar = h('progress', { max: '1', 'aria-labelledby': 'corpus-progress-label' });
  const cancel = h('button', { type: 'button', class: 'small', onclick: () => reader.terminate() }, 'Cancel');
  const progress = h('div', { class: 'progress corpus-progress', hidden: true }, progressLabel, progressBar, cancel);
  const summary = h('p', { id: 'corpus-summary', class: 'corpus-summary' });
  const problems = h('ul', { class: 'corpus-problems', 'aria-label': 'Problems with these results', hidden: true });
  const list = h('ol', { id: 'corpus-clusters', class: 'corpus-clusters', 'aria-label': 'Clusters, largest first' });
  const pageLabel = h('span', { class: 'muted', 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', class: 'small', onclick: () => showPage(page - 1) }, 'Previous');
  const next = h('button', { type: 'button', class: 'small', onclick: () => showPage(page + 1) }, 'Next');
  const pager = h('div', { class: 'corpus-pager', hidden: true }, previous, pageLabel, next);
  const drop = h('div', { class: 'corpus-drop' },
    h('p', {}, 'Choose the folder that ', h('code', {}, 'scripts/corpus … --out DIR'), ' wrote (summary.json, clusters.jsonl, clusters/), or a zip of it, or drop it here. It is read in this browser; nothing is uploaded.'),
    h('div', { class: 'corpus-choose' },
      h('button', { type: 'button', id: 'corpus-choose-folder', class: 'primary', onclick: () => folderInput.click() }, 'Choose folder…'),
      h('button', { type: 'button', id: 'corpus-choose-zip', onclick: () => zipInput.click() }, 'Choose zip…')));
  const dialog = h('dialog', { id: 'corpus-dialog', class: 'corpus-dialog', 'aria-labelledby': 'corpus-title' },
    h('div', { class: 'corpus-head' },
      h('h2', { id: 'corpus-title' }, 'Corpus results'),
      h('button', { type: 'button', id: 'corpus-close', onclick: () => dialog.close() }, 'Close')),
    drop, folderInput, zipInput, progress, message, summary, problems, list, pager);
  document.body.append(dialog);

  let results = null; // what the worker said of the open results: {root, summary, clusters, problems}
  let page = 0;
  let busy = false;

  function say(text, { error = false } = {}) {
    message.textContent = text;
    message.classList.toggle('error', error);
  }

  /** Runs a worker call with the dialog's progress bar and Cancel. */
  async function run(label, call) {
    busy = true;
    progressLabel.textContent = `${label}…`;
    progressBar.removeAttribute('value');
    progress.hidden = false;
    say('');
    try {
      return await reader.call(call, (fraction) => { progressBar.value = fraction; });
    } finally {
      busy = false;
      progress.hidden = true;
    }
  }

  async function open(source) {
    if (busy) return;
    try {
      results = await run(source.kind === 'zip' ? `Reading ${source.file.name}` : 'Reading the folder', { op: 'open', source });
    } catch (error) {
      results = null;
      showResults();
      say(error.message === 'Cancelled' ? 'Cancelled: no results opened.' : `These results cannot be opened: ${error.message}.`, { error: error.message !== 'Cancelled' });
      return;
    }
    showResults();
    if (!results.clusters.length) say('These results hold no cluster: the run found no documents that copy or rewrite one another.');
    list.querySelector('button')?.focus();
  }

  function showResults() {
    summary.textContent = results ? summaryText(results.summary, results.clusters.length, results.root) : '';
    problems.replaceChildren(...(results?.problems ?? []).map((problem) => h('li', {}, problem)));
    problems.hidden = !results?.problems.length;
    showPage(0);
  }

  function showPage(n) {
    const clusters = results?.clusters ?? [];
    const pages = Math.max(1, Math.ceil(clusters.length / CLUSTERS_PER_PAGE));
    page = Math.min(Math.max(0, n), pages - 1);
    const shown = clusters.slice(page * CLUSTERS_PER_PAGE, (page + 1) * CLUSTERS_PER_PAGE);
    list.replaceChildren(...shown.map(clusterItem));
    pager.hidden = clusters.length <= CLUSTERS_PER_PAGE;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    const first = page * CLUSTERS_PER_PAGE + 1;
    pageLabel.textContent = `Clusters ${first.toLocaleString()}–${(first + shown.length - 1).toLocaleString()} of ${clusters.length.toLocaleString()}`;
  }

  function clusterItem(cluster) {
    const dates = cluster.dates.length ? ` · ${cluster.dates[0]}${cluster.dates.at(-1) !== cluster.dates[0] ? ` to ${cluster.dates.at(-1)}` : ''}` : '';
    return h('li', { class: 'corpus-cluster', dataset: { cluster: String(cluster.number), size: String(cluster.size) } },
      h('div', { class: 'corpus-cluster-text' },
        h('span', { class: 'corpus-cluster-title' }, cluster.title),
        h('span', { class: 'muted' }, `${plural(cluster.size, 'document')} · ${kindsText(cluster.kinds)} · cluster ${cluster.number}${dates}`)),
      h('button', { type: 'button', class: 'small', 'aria-label': `Open cluster ${cluster.number}: ${plural(cluster.size, 'document')}, “${cluster.title}”`, onclick: () => openCluster(cluster) }, 'Open'));
  }

  async function openCluster(cluster) {
    if (busy) return;
    let found;
    try {
      found = await run(`Opening cluster ${cluster.number}`, { op: 'cluster', number: cluster.number });
    } catch (error) {
      say(error.message === 'Cancelled' ? 'Cancelled.' : `Cluster ${cluster.number} cannot be opened: ${error.message}.`, { error: error.message !== 'Cancelled' });
      return;
    }
    const label = `cluster ${cluster.number} of ${plural(results.clusters.length, 'cluster')}${results.root ? ` in “${results.root.replace(/\/$/, '')}”` : ''}`;
    if (!app.store.session) hashBefore = location.hash;
    app.store.openSession(label, found.documents);
    dialog.close();
    app.setState({ view: 'overview', a: 0, b: Math.min(1, found.documents.length - 1), doc: 0 });
    showSession();
    app.status(`Opened ${label}: ${plural(found.documents.length, 'document')}, not saved; your documents are kept as they were.`);
  }

  // The session bar: what is shown, and the way back.
  let hashBefore = '';
  const sessionText = h('span', { id: 'corpus-session-text' });
  const bar = h('div', { id: 'corpus-session', class: 'corpus-session', role: 'region', 'aria-label': 'Corpus cluster shown', hidden: true },
    sessionText,
    h('span', { class: 'corpus-session-actions' },
      h('button', { type: 'button', class: 'small', onclick: () => dialog.showModal() }, 'Clusters…'),
      h('button', { type: 'button', class: 'small', id: 'corpus-keep', onclick: () => back({ keep: true }) }, 'Keep in my documents'),
      h('button', { type: 'button', class: 'small primary', id: 'corpus-back', onclick: () => back() }, 'Back to my documents')));
  document.querySelector('.documents-panel').prepend(bar);

  function showSession() {
    const session = app.store.session;
    bar.hidden = !session;
    if (session) sessionText.textContent = `Showing ${session.label}: not saved. Your documents are put aside, unchanged.`;
  }

  async function back({ keep = false } = {}) {
    const shown = app.store.closeSession();
    showSession();
    if (keep) {
      app.status('Adding…');
      const { saved } = await app.addDocuments(shown.map(({ name, text, size, encoding, format, lastModified }) => ({ name, text, size, encoding, format, lastModified })));
      app.reportAdding({ added: shown.length, refused: 0, saved });
    } else {
      if (hashBefore && hashBefore !== location.hash) location.hash = hashBefore;
      app.status('Your documents are back.');
    }
  }

  for (const input of [folderInput, zipInput]) {
    input.addEventListener('change', () => {
      const files = [...input.files];
      input.value = '';
      if (!files.length) return;
      if (input === zipInput) open({ kind: 'zip', file: files[0] });
      else open({ kind: 'folder', files: files.map((file) => ({ file, path: file.webkitRelativePath || file.name })) });
    });
  }
  // A drop on the dialog is the results, not documents for the workspace (intake.js's drop zone).
  for (const type of ['dragenter', 'dragover']) {
    dialog.addEventListener(type, (event) => {
      event.preventDefault();
      event.stopPropagation();
      drop.classList.add('over');
    });
  }
  dialog.addEventListener('dragleave', (event) => { if (!dialog.contains(event.relatedTarget)) drop.classList.remove('over'); });
  dialog.addEventListener('drop', async (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.remove('over');
    const picked = await filesOfDrop(event.dataTransfer);
    const readable = picked.filter((item) => !item.failed);
    if (readable.length === 1 && /\.zip$/i.test(readable[0].name)) open({ kind: 'zip', file: readable[0].file });
    else if (readable.length) open({ kind: 'folder', files: readable.map(({ file, name }) => ({ file, path: name })) });
    else say('Nothing could be read from what was dropped: drop the results folder or a zip of it.', { error: true });
  });

  document.getElementById('open-corpus').addEventListener('click', () => {
    dialog.showModal();
    (list.querySelector('button') ?? dialog.querySelector('#corpus-choose-folder')).focus();
  });
}
