// The page: two texts in, a side-by-side line diff out. The diff runs in a Web Worker.
import { Engine } from './engine.js';
import { readTextFile } from './text-files.js';
import { renderSideBySide } from './side-by-side.js';

const engine = new Engine();
const $ = (id) => document.getElementById(id);
const status = $('status');

function setStatus(message, { error = false } = {}) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

function describe(text) {
  const words = text.match(/\S+/g)?.length ?? 0;
  return text ? `${text.length.toLocaleString()} characters, ${words.toLocaleString()} words` : '';
}

function setupPane(side) {
  const textarea = $(`${side}-text`);
  const info = $(`${side}-info`);
  // A text area turns CRLF into LF; a loaded file's exact text is kept until the user edits it.
  let loadedText = null;
  const refreshInfo = (note = '') => { info.textContent = [describe(textarea.value), note].filter(Boolean).join(' · '); };
  const load = async (file) => {
    const read = await readTextFile(file);
    if (!read.ok) {
      setStatus(`${read.name} was not loaded: ${read.reason}.`, { error: true });
      return;
    }
    textarea.value = read.text;
    loadedText = read.text;
    refreshInfo(`${read.name} (${read.encoding})`);
    setStatus('');
  };
  textarea.addEventListener('input', () => {
    loadedText = null;
    refreshInfo();
  });
  $(`${side}-file`).addEventListener('change', (event) => {
    if (event.target.files[0]) load(event.target.files[0]);
    event.target.value = '';
  });
  textarea.addEventListener('dragover', (event) => {
    event.preventDefault();
    textarea.classList.add('drop-target');
  });
  textarea.addEventListener('dragleave', () => textarea.classList.remove('drop-target'));
  textarea.addEventListener('drop', (event) => {
    event.preventDefault();
    textarea.classList.remove('drop-target');
    const file = event.dataTransfer.files[0];
    if (file) load(file);
  });
  return {
    textarea,
    refreshInfo,
    text: () => loadedText ?? textarea.value,
    setText(text) {
      textarea.value = text;
      loadedText = text;
      refreshInfo();
    },
  };
}

const left = setupPane('left');
const right = setupPane('right');

function summarize(result) {
  const { stats, lineEndings } = result;
  const summary = $('summary');
  summary.replaceChildren();
  const part = (count, label) => {
    const strong = document.createElement('span');
    strong.className = 'count';
    strong.textContent = count.toLocaleString();
    summary.append(strong, ` ${label}`);
  };
  part(stats.equal, 'unchanged, ');
  part(stats.removed, 'removed, ');
  part(stats.added, 'added lines.');
  if (lineEndings.left !== lineEndings.right && lineEndings.left !== 'none' && lineEndings.right !== 'none') {
    summary.append(` Line endings differ (${lineEndings.left.toUpperCase()} vs ${lineEndings.right.toUpperCase()}); lines are compared without them.`);
  }
}

async function compare() {
  const a = left.text();
  const b = right.text();
  setStatus('Comparing…');
  const started = performance.now();
  try {
    const result = await engine.call('diff', [a, b, {}]);
    summarize(result);
    renderSideBySide($('diff-view'), result.rows, a, b);
    $('result').hidden = false;
    const ms = Math.round(performance.now() - started);
    setStatus(a === b ? `The texts are identical (${ms} ms).` : `Compared in ${ms} ms.`);
  } catch (error) {
    setStatus(error.message, { error: true });
  }
}

$('compare').addEventListener('click', compare);
$('swap').addEventListener('click', () => {
  const [a, b] = [left.text(), right.text()];
  left.setText(b);
  right.setText(a);
});
for (const textarea of [left.textarea, right.textarea]) {
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) compare();
  });
}
// Dropping a file outside the text areas must not navigate away from the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());
document.documentElement.dataset.ready = 'true';
