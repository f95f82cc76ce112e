// The page: a workspace of documents and four views over them (overview, pair comparison with
// literal or rewrite rows, duplicates, one document). All computing happens in the engine (a Web
// Worker when served); the view, the chosen documents and the options live in the URL hash.
import { Store, loadSavedDocuments } from './store.js';
import { LocalEngine, WorkerEngine } from './engine.js';
import { DEFAULTS, VIEWS, formatHash, parseHash } from './hash.js';
import { installDocsPanel } from './docs-panel.js';
import { installDropZone, installPasteAnywhere, installPasteDialog, installPickers } from './intake.js';
import { installHelp } from './help.js';
import { installStorageWarning } from './storage-warning.js';
import { Subjects } from './subjects.js';
import { FirstFiles, exampleItems } from './first-files.js';
import { endPrint, printAll } from './virtual-list.js';
import { EXAMPLES } from '../examples/examples.js';

performance.mark('concord-start');
const $ = (id) => document.getElementById(id);
const single = globalThis.CONCORD_SINGLE_FILE ?? null;

const store = new Store();
const subjects = new Subjects(store);
let lastHash = null; // the hash of the last render: another one names the subjects anew
const engine = single ? new LocalEngine(() => single.createConcord()) : new WorkerEngine();

const app = {
  store,
  engine,
  state: parseHash(location.hash),
  single: Boolean(single),
  /**
   * Changes the state; the hash follows, and the views with it. Documents given by position
   * (a, b, doc) go into the hash by identity; the others stay as the hash had them.
   */
  setState(patch) {
    const parsed = parseHash(location.hash);
    if (patch.view && patch.view !== parsed.view) app.status('');
    const kept = { ...app.state, a: parsed.a, b: parsed.b, doc: parsed.doc };
    const next = { ...kept, ...subjects.toHash(patch, ['a', 'b', 'doc'].filter((role) => role in patch)) };
    if (next.view !== 'texts') next.share = ''; // a share link's texts stay with their view
    const hash = formatHash(next);
    if (hash === location.hash) render();
    else location.hash = hash;
  },
  /** Says `message` in the status line; `action` ({label, run}) adds a button after it. */
  /** Rewrites the hash with `patch` without a render or a history entry (a view's own detail). */
  replaceHash(patch) {
    history.replaceState(null, '', formatHash({ ...parseHash(location.hash), ...patch }));
    lastHash = location.hash;
  },
  /** Another engine, for a view whose runs must be cancelled without stopping the others'. */
  newEngine: () => new WorkerEngine(),
  status(message, { error = false, action = null } = {}) {
    const status = $('status');
    status.textContent = message;
    status.classList.toggle('error', error);
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'small status-action';
      button.textContent = action.label;
      button.addEventListener('click', () => action.run());
      status.append(' ', button);
    }
  },
  /** Runs `work(onProgress)` with the progress bar and the Cancel button showing. */
  async task(label, work) {
    const box = $('progress');
    const bar = $('progress-bar');
    tasks++;
    $('progress-label').textContent = `${label}…`;
    bar.removeAttribute('value');
    const timer = setTimeout(() => { box.hidden = false; }, 120); // quick work shows no flash
    try {
      return await work((fraction) => { bar.value = fraction; });
    } finally {
      clearTimeout(timer);
      if (--tasks === 0) box.hidden = true;
    }
  },
  analysisCache: { key: '', promise: null },
  /** The analysis settings the views' results depend on, as a string. */
  analysisKey() {
    return `${app.state.near}|${app.state.words}`;
  },
  /** The analysis of the current documents (cached until they change). */
  analysis() {
    const docs = store.documents;
    const options = { nearThreshold: app.state.near / 100, minPassageWords: app.state.words };
    const key = `${app.analysisKey()}|${docs.map((doc) => `${doc.id}:${doc.text.length}`).join(',')}`;
    if (app.analysisCache.key === key && app.analysisCache.promise) return app.analysisCache.promise;
    const promise = (async () => {
      return app.task(`Analysing ${docs.length} documents`, (onProgress) =>
        engine.call('analyze', [docs.map(({ name, text, lastModified }) => ({ name, text, lastModified })), options], { onProgress }));
    })();
    app.analysisCache = { key, promise };
    promise.catch(() => { if (app.analysisCache.promise === promise) app.analysisCache = { key: '', promise: null }; });
    return promise;
  },
};
let tasks = 0;

$('cancel').addEventListener('click', () => {
  engine.cancel();
  app.status('Cancelled. Change a setting or click a view to start again.');
});

// Each view's module is loaded when the view is first shown (index.html preloads them all), so
// the page is interactive without waiting for the views it does not show first.
const VIEW_MODULES = {
  overview: () => import('./views/overview.js').then((m) => m.createOverviewView),
  pair: () => import('./views/pair.js').then((m) => m.createPairView),
  duplicates: () => import('./views/duplicates.js').then((m) => m.createDuplicatesView),
  document: () => import('./views/document.js').then((m) => m.createDocumentView),
  texts: () => import('./views/texts.js').then((m) => m.createTextsView),
};
const views = {};
async function viewNamed(name) {
  if (!views[name]) {
    const create = await VIEW_MODULES[name]();
    if (!views[name]) {
      views[name] = create(app);
      views[name].element.hidden = true;
      $('view-host').append(views[name].element);
    }
  }
  return views[name];
}

// Tabs: roving focus with the arrow keys, as ARIA's tab pattern has it.
const tabs = [...document.querySelectorAll('[role="tab"]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => app.setState({ view: tab.dataset.view }));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    let next = null;
    if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
    if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
    if (event.key === 'Home') next = tabs[0];
    if (event.key === 'End') next = tabs[tabs.length - 1];
    if (!next) return;
    event.preventDefault();
    next.focus();
    app.setState({ view: next.dataset.view });
  });
}

/** app.state from the hash, its documents found by identity (subjects.js). */
function readState() {
  const parsed = parseHash(location.hash);
  const navigated = location.hash !== lastHash;
  const { state, pin, notes } = subjects.resolve(parsed, navigated, parsed.view);
  app.state = state;
  if (pin) history.replaceState(null, '', formatHash(subjects.toHash(state)));
  // A link to the retired Rewrite alignment tab: say in the URL what it opened instead.
  else if (/(^#|&)v=rewrite(&|$)/.test(location.hash)) history.replaceState(null, '', formatHash(parsed));
  lastHash = location.hash;
  if (notes.length) app.status(notes.join(' '));
}

// Word counts are the engine's (profile(), through the $words composite): asked in one call for
// the documents that have none yet, recorded by the store in one change when they arrive (the
// page counts no words itself).
const profiling = new Set();
function profileDocuments() {
  const asked = store.documents.filter((doc) => doc.words == null && !profiling.has(doc.id)).map(({ id, text }) => ({ id, text }));
  if (!asked.length) return;
  for (const { id } of asked) profiling.add(id);
  engine.call('$words', [asked.map(({ text }) => text), {}])
    .then((words) => store.recordWords(asked.map((doc, i) => ({ ...doc, words: words[i] }))))
    .catch(() => {}) // cancelled or failed: asked again at the next change or render
    .finally(() => { for (const { id } of asked) profiling.delete(id); });
}

// A status line says what the last action did: the next action (a click, or another view)
// clears it (setState when it changes the view), so that "HTML report downloaded." never
// stands under a JSON download, nor "5 documents added." on every view.
document.addEventListener('click', (event) => {
  if (!event.target.closest?.('#status, #progress')) app.status('');
}, { capture: true });

let renderToken = 0;
async function render() {
  profileDocuments(); // counts a Cancel dropped are asked again
  readState();
  const { view } = app.state;

  for (const tab of tabs) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  document.title = `Concord — ${tabs.find((tab) => tab.dataset.view === view).textContent}`;
  const token = ++renderToken;
  try {
    const shown = await viewNamed(view);
    if (token !== renderToken) return;
    for (const [name, v] of Object.entries(views)) v.element.hidden = name !== view;
    await shown.show();
  } catch (error) {
    if (token !== renderToken || error.message === 'Cancelled') return;
    // More than one tab can hold: the message points to the corpus pipeline, whose results open here.
    const corpus = /corpus pipeline/.test(error.message) ? { label: 'Open corpus results…', run: () => $('open-corpus').click() } : null;
    app.status(error.message, { error: true, action: corpus });
  }
}
window.addEventListener('hashchange', render);

let storeTimer = 0;
store.addEventListener('change', (event) => {
  if (event.detail.documents) profileDocuments();
  if (event.detail.words && app.state.view === 'document') render();
  if (!event.detail.documents) return;
  clearTimeout(storeTimer);
  storeTimer = setTimeout(render, 30);
});

const workspace = new FirstFiles(store, EXAMPLES);
/** Adds typed documents ({name, text}[]) as the intake does; resolves as Store.add(). */
app.addDocuments = (items) => workspace.add(items);
/** Says what an addition did ({added, refused, saved}), with the Undo of a replaced example set. */
app.reportAdding = (counts) => afterAdding(counts);
function afterAdding({ added, refused, saved = true }) {
  const parts = [];
  const replaced = added && workspace.replacedExamples;
  if (added) parts.push(`${added} document${added === 1 ? '' : 's'} added${saved ? '' : ' but not saved (see the warning above)'}${replaced ? ' in place of the example set' : ''}`);
  if (refused) parts.push(`${refused} file${refused === 1 ? '' : 's'} not loaded (see the list)`);
  const action = replaced ? { label: 'Undo: keep the examples too', run: () => workspace.undo().then(() => app.status('The example set is back, beside your documents.')) } : null;
  app.status(parts.join('; ') + '.', { error: (added === 0 && refused > 0) || !saved, action });
}
const intakeReport = { done: afterAdding, progress: (message) => app.status(message) };
installDocsPanel(app);
// The intake adds through `workspace`: the first files a user adds replace the untouched examples.
installDropZone(workspace, $('drop-overlay'), intakeReport);
installPickers(workspace, intakeReport);
installPasteDialog(workspace, intakeReport);
installPasteAnywhere(workspace, intakeReport);
installStorageWarning(store, $('build-note'));
installHelp(app);
// The corpus results dialog (corpus-panel.js) is built on the first click of its button, not
// with the page: few visits open one. Once installed, the panel's own listener opens it.
let corpusPanel = null;
$('open-corpus').addEventListener('click', () => {
  corpusPanel ??= import('./corpus-panel.js').then(({ installCorpusPanel }) => {
    installCorpusPanel(app);
    $('open-corpus').click();
  });
});

function loadExamples() {
  store.replaceAll(exampleItems(EXAMPLES));
}
$('compare-texts').addEventListener('click', () => app.setState({ view: 'texts' }));
$('load-examples').addEventListener('click', () => {
  if (store.documents.length && !window.confirm('Replace the documents in the workspace with the example set?')) return;
  loadExamples();
  app.setState({ ...DEFAULTS, view: 'overview', a: 0, b: 1 });
  app.status('Example set loaded: five short articles with repeats, an edited copy, a rewrite and an unrelated text.');
});

// Keys anywhere outside text fields: 1–5 views, N/P changes (pair view), ? help.
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest?.('input, textarea, select, dialog, [contenteditable="true"]')) return;
  const digit = Number.parseInt(event.key, 10);
  if (digit >= 1 && digit <= VIEWS.length) {
    app.setState({ view: VIEWS[digit - 1] });
    event.preventDefault();
  } else if (views[app.state.view]?.onKey?.(event)) {
    event.preventDefault();
  }
});

// Print (and Save as PDF): a title saying what is printed, and every row of the virtual lists
// in the DOM (the print stylesheet lays them out); put back after printing. Emulated print media
// (tests, devtools) fires no beforeprint, so the media query is listened to as well.
function startPrint() {
  const docs = store.documents;
  const { view, a, b, doc } = app.state;
  const titles = {
    overview: `Concord overview of ${docs.length} document${docs.length === 1 ? '' : 's'}`,
    pair: docs[a] && docs[b] ? `Concord comparison: “${docs[a].name}” (original, left) with “${docs[b].name}” (changed, right)` : 'Concord comparison',
    document: docs[doc] ? `Concord: “${docs[doc].name}”` : 'Concord',
  };
  $('print-title').textContent = `${titles[view] ?? `Concord — ${document.title.replace(/^Concord — /, '')}`} · printed ${new Date().toLocaleString()}`;
  printAll();
}
window.addEventListener('beforeprint', startPrint);
window.addEventListener('afterprint', endPrint);
matchMedia('print').addEventListener('change', (event) => (event.matches ? startPrint() : endPrint()));

if (single) {
  const note = $('build-note');
  note.hidden = false;
  note.textContent = 'Single-file edition, opened from disk: browsers allow no Web Worker here, so analysis runs on the page itself ' +
    'and the page pauses while a large set is analysed (Cancel drops the result); documents are not kept after closing; no offline install is needed.';
}

// Documents: those of the last visit, else (first visit) the example set. When the saved ones
// cannot be read nothing is written, so they are never replaced by the examples shown instead.
if (single) loadExamples();
else {
  const saved = await loadSavedDocuments();
  if (saved.ok) store.keepIn(saved.db);
  else store.cannotSave(saved.kind, saved.detail);
  if (saved.ok && saved.initialised) store.restore(saved.documents);
  else loadExamples();
}
// Interactive: every control is wired and the documents are listed; the first view may still
// be waiting for the worker.
performance.mark('concord-interactive');
await render();
performance.mark('concord-ready');
document.documentElement.dataset.ready = 'true';

if (!single && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname }).catch(() => {});
}
