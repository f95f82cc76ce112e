// Compare two texts, straight away: an original and a changed box, compared as the user types
// (debounced; in an engine worker of the view's own, so a stale run is cancelled by stopping
// that worker, never the workspace's analysis), without creating documents. "Keep as documents"
// adds both to the workspace; "Copy link" puts both in a share link (share.js).
import { h } from '../dom.js';
import { appendMarkedText } from '../inline.js';
import { fromPacked } from '../pair-model.js';
import { copyShareLink, decodeShare } from '../share.js';

/** Quiet time after the last key before the texts are compared, in ms. */
const TYPING_PAUSE = 250;
/** Rows drawn at most; "Keep as documents" opens the pair view, which shows any number. */
const ROW_LIMIT = 2000;

function box(id, label, placeholder) {
  const name = h('input', { type: 'text', id: `${id}-name`, class: 'texts-name', 'aria-label': `Name of the ${label.toLowerCase()} text`, value: `${label} text`, autocomplete: 'off' });
  const area = h('textarea', { id, class: 'texts-box', spellcheck: 'false', rows: '10', placeholder, 'aria-label': `${label} text` });
  return { name, area, element: h('div', { class: 'texts-side' }, h('div', { class: 'texts-head' }, h('strong', {}, label), name), area) };
}

function rowElement(row, texts) {
  const side = (which) => {
    const range = row[which];
    const cell = h('div', { role: 'cell', class: `text ${range ? row.kind : 'empty'}` });
    if (range) {
      const marked = row.kind === 'changed' || row.kind === 'moved';
      appendMarkedText(cell, texts[which === 'left' ? 0 : 1], range.start, range.end, marked ? row.inline : null, which);
    }
    return cell;
  };
  const num = (range) => h('div', { role: 'cell', class: range ? 'num' : 'num empty' }, range ? String(range.index + 1) : '');
  return h('div', { role: 'row', class: 'diff-row', 'data-kind': row.kind }, num(row.left), side('left'), num(row.right), side('right'));
}

export function createTextsView(app) {
  const original = box('text-a', 'Original', 'Paste or type the original text here');
  const changed = box('text-b', 'Changed', 'Paste or type the changed text here');
  const summary = h('p', { id: 'texts-summary', class: 'summary', 'aria-live': 'polite' }, 'Type or paste two texts: the differences show as you type.');
  const keep = h('button', { type: 'button', id: 'texts-keep' }, 'Keep as documents');
  const copy = h('button', { type: 'button', id: 'texts-link' }, 'Copy link');
  const linkField = h('input', { type: 'text', id: 'texts-link-field', readonly: true, 'aria-label': 'Share link', hidden: true });
  const linkNote = h('p', { id: 'texts-link-note', class: 'note', role: 'status' });
  const diff = h('div', { id: 'texts-diff', class: 'diff-view split texts-diff', role: 'table', 'aria-label': 'Differences between the two texts', tabindex: '0' });
  const element = h('section', { id: 'view-texts', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-texts', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Compare two texts'),
    h('div', { class: 'texts-boxes' }, original.element, changed.element),
    h('div', { class: 'toolbar' }, summary, h('span', { class: 'spacer' }), keep, copy),
    h('p', { class: 'note' }, 'Nothing is saved until you keep the texts as documents. ',
      'A link carries both texts inside it: anyone with the link can read them (they never reach a server).'),
    linkField, linkNote, diff);

  // The view's own engine: cancelling a stale run stops its worker only.
  const engine = app.single ? app.engine : app.newEngine();
  let timer = 0;
  let running = null;
  let generation = 0;
  let restored = '';

  const texts = () => [original.area.value, changed.area.value];

  async function compareNow() {
    const run = ++generation;
    const [left, right] = texts();
    if (running) engine.cancel(); // a run on older texts: stopped, not waited for
    if (!left && !right) {
      diff.replaceChildren();
      summary.textContent = 'Type or paste two texts: the differences show as you type.';
      return;
    }
    summary.textContent = 'Comparing…';
    const call = engine.call('$pair', [left, right, { unit: 'auto' }]);
    running = call;
    let model;
    try {
      model = fromPacked(await call);
    } catch (error) {
      if (run === generation && error.message !== 'Cancelled') summary.textContent = `Could not compare: ${error.message}`;
      return;
    } finally {
      if (running === call) running = null;
    }
    if (run !== generation) return;
    show(model, left, right);
  }

  function show(model, left, right) {
    const { stats } = model;
    const unit = model.unit === 'paragraph' ? 'paragraphs' : 'lines';
    summary.textContent = left === right
      ? 'The texts are identical.'
      : `By ${unit}: ${stats.kept} unchanged, ${stats.changed} changed, ${stats.removed} removed, ${stats.added} added, ${stats.moved} moved · words ${stats.wordsDeleted} deleted, ${stats.wordsInserted} inserted.`;
    diff.classList.toggle('paragraphs', model.unit === 'paragraph');
    // model.rows is packed (pair-model.js): a row object is made only for the rows drawn.
    const rows = Array.from({ length: Math.min(model.rows.length, ROW_LIMIT) }, (_, i) => rowElement(model.rows.at(i), [left, right]));
    if (model.rows.length > ROW_LIMIT) {
      rows.push(h('p', { class: 'note' }, `The first ${ROW_LIMIT.toLocaleString()} of ${model.rows.length.toLocaleString()} rows: keep the texts as documents to see them all in Compare two.`));
    }
    diff.replaceChildren(...rows);
  }

  function edited() {
    clearTimeout(timer);
    timer = setTimeout(compareNow, TYPING_PAUSE);
    linkField.hidden = true;
    linkNote.textContent = '';
    // The link in the address bar no longer says what the boxes hold.
    if (app.state.share) {
      app.state.share = '';
      restored = '';
      app.replaceHash({ share: '' });
    }
  }
  for (const part of [original, changed]) {
    part.area.addEventListener('input', edited);
    part.name.addEventListener('input', edited);
  }

  keep.addEventListener('click', async () => {
    const [left, right] = texts();
    if (!left.trim() || !right.trim()) {
      app.status('Type or paste both texts first: an empty text cannot be kept.', { error: true });
      return;
    }
    const { documents, saved } = await app.addDocuments([
      { name: original.name.value.trim() || 'Original text', text: left },
      { name: changed.name.value.trim() || 'Changed text', text: right },
    ]);
    app.setState({ view: 'pair', a: app.store.indexOf(documents[0].id), b: app.store.indexOf(documents[1].id) });
    app.reportAdding({ added: 2, refused: 0, saved });
  });

  copy.addEventListener('click', async () => {
    const [left, right] = texts();
    if (!left && !right) {
      app.status('Type or paste the texts first: there is nothing to put in a link.', { error: true });
      return;
    }
    await copyShareLink({ leftName: original.name.value, left, rightName: changed.name.value, right }, { field: linkField, note: linkNote });
  });

  async function restore(fragment) {
    restored = fragment;
    const shared = await decodeShare(fragment);
    if (restored !== fragment) return;
    if (!shared.ok) {
      app.status(shared.reason, { error: true });
      return;
    }
    original.area.value = shared.left;
    changed.area.value = shared.right;
    original.name.value = shared.leftName;
    changed.name.value = shared.rightName;
    app.status('Texts opened from a share link: nothing is saved until you keep them as documents.');
    await compareNow();
  }

  return {
    element,
    async show() {
      if (app.state.share && app.state.share !== restored) await restore(app.state.share);
    },
  };
}
