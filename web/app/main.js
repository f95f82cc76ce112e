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
import { EXAMPLES } from '../examples/examples.js';

performance.mark('concord-start');
const $ = (id) => document.getElementById(id);
const single = globalThis.CONCORD_SINGLE_FILE ?? null;

const store = new Store();
const engine = single ? new LocalEngine(() => single.createConcord()) : new WorkerEngine();

const app = {
  store,
  engine,
  state: parseHash(location.hash),
  single: Boolean(single),
  /** Changes the state; the hash follows, and the views with it. */
  setState(patch) {
    const next = { ...app.state, ...patch };
    const hash = formatHash(next);
    if (hash === location.hash) render();
    else location.hash = hash;
  },
  status(message, { error = false } = {}) {
    const status = $('status');
    status.textContent = message;
    status.classList.toggle('error', error);
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
        engine.call('analyze', [docs.map(({ name, text }) => ({ name, text })), options], { onProgress }));
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

function clampState() {
  const n = store.documents.length;
  const s = app.state;
  const clamp = (value, fallback) => (n === 0 ? fallback : Math.max(0, Math.min(value, n - 1)));
  s.a = clamp(s.a, 0);
  s.b = clamp(s.b, Math.min(1, Math.max(0, n - 1)));
  if (n > 1 && s.a === s.b && store.documents.length > 1) s.b = s.a === 0 ? 1 : 0;
  s.doc = clamp(s.doc, 0);
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

let renderToken = 0;
async function render() {
  profileDocuments(); // counts a Cancel dropped are asked again
  app.state = parseHash(location.hash);
  // A link to the retired Rewrite alignment tab: say in the URL what it opened instead.
  if (/(^#|&)v=rewrite(&|$)/.test(location.hash)) history.replaceState(null, '', formatHash(app.state));
  clampState();
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
    if (token === renderToken && error.message !== 'Cancelled') app.status(error.message, { error: true });
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

function afterAdding({ added, refused, saved = true }) {
  const parts = [];
  if (added) parts.push(`${added} document${added === 1 ? '' : 's'} added${saved ? '' : ' but not saved (see the warning above)'}`);
  if (refused) parts.push(`${refused} file${refused === 1 ? '' : 's'} not loaded (see the list)`);
  app.status(parts.join('; ') + '.', { error: (added === 0 && refused > 0) || !saved });
}
const intakeReport = { done: afterAdding, progress: (message) => app.status(message) };
installDocsPanel(app);
installDropZone(store, $('drop-overlay'), intakeReport);
installPickers(store, intakeReport);
installPasteDialog(store, intakeReport);
installPasteAnywhere(store, intakeReport);
installStorageWarning(store, $('build-note'));
installHelp(app);

function loadExamples() {
  store.replaceAll(EXAMPLES.map(({ name, text }) => ({ name, text, encoding: 'UTF-8', size: new Blob([text]).size })));
}
$('load-examples').addEventListener('click', () => {
  if (store.documents.length && !window.confirm('Replace the documents in the workspace with the example set?')) return;
  loadExamples();
  app.setState({ ...DEFAULTS, view: 'overview', a: 0, b: 1 });
  app.status('Example set loaded: five short articles with repeats, an edited copy, a rewrite and an unrelated text.');
});

// Keys anywhere outside text fields: 1–4 views, N/P changes (pair view), ? help.
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
