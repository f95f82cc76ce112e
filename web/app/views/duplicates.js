// The duplicates list: groups of repeated paragraphs (exact and near), each member openable in
// its document with the group highlighted; short repeats apart; clean copies to download.
import { h, download, fileStem, percent } from '../dom.js';
import { cleanCopy, emptyNote, withAnalysis } from './common.js';

const PAGE = 200;

function snippet(text, start, end, max = 220) {
  const s = text.slice(start, Math.min(end, start + max + 1)).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

// One member of a group: a link that opens it in its document (group `g` highlighted), and its text.
function memberItem(app, docs, m, g) {
  const doc = docs[m.doc];
  return h('li', { class: 'member' },
    h('button', {
      type: 'button', class: 'link member-open',
      title: 'Open in the document, with the group highlighted',
      onclick: () => app.setState({ view: 'document', doc: m.doc, group: g, at: m.start }),
    }, `${m.doc + 1}. ${doc.name}, ¶ ${m.paragraph + 1}`),
    h('span', { class: 'member-text' }, ` “${snippet(doc.text, m.start, m.end)}”`));
}

function groupList(app, groups, docs, { short, limit }) {
  return h('ol', { class: 'groups', 'aria-label': short ? 'Short repeats' : 'Groups of repeated paragraphs' },
    groups.slice(0, limit).map((group, g) => {
      const inDocs = new Set(group.members.map((m) => m.doc));
      const where = inDocs.size === 1 ? `within ${docs[group.members[0].doc].name}` : `across ${inDocs.size} documents`;
      return h('li', { class: `group ${group.kind}`, 'data-group': g },
        h('div', { class: 'group-head' },
          h('span', { class: `badge ${group.kind}` }, group.kind === 'exact' ? 'exact' : `near · ${percent(group.similarity)}`),
          ` ${group.members.length} paragraphs ${where}`),
        h('ul', { class: 'members' }, group.members.map((m) => memberItem(app, docs, m, short ? -1 : g))));
    }));
}

function repeatedBlocks(app, analysis, docs, limit) {
  const blocks = analysis.repeatedBlocks;
  if (!blocks.length) return null;
  return h('section', { class: 'card blocks', 'aria-labelledby': 'blocks-title' },
    h('h3', { id: 'blocks-title' }, `Repeated blocks (${blocks.length})`),
    h('p', { class: 'note' }, 'Runs of consecutive paragraphs repeated in the same order: a body pasted twice, a block copied from another document.'),
    h('ul', { class: 'block-list' }, blocks.slice(0, limit).map((block) => {
      const range = (paragraph) => `¶ ${paragraph + 1}–${paragraph + block.paragraphs}`;
      const same = block.doc === block.repeatDoc;
      const firstLabel = `${block.doc + 1}. ${docs[block.doc].name}, ${range(block.paragraph)}`;
      const repeatLabel = same ? range(block.repeatParagraph) : `${block.repeatDoc + 1}. ${docs[block.repeatDoc].name}, ${range(block.repeatParagraph)}`;
      return h('li', { class: 'block' },
        h('span', { class: `badge ${block.kind}` }, block.kind),
        ` ${block.paragraphs} paragraphs (${block.words.toLocaleString()} words): `,
        h('button', {
          type: 'button', class: 'link block-open', title: 'Open the repeat in its document',
          onclick: () => app.setState({ view: 'document', doc: block.repeatDoc, group: -1, at: block.repeatStart }),
        }, same ? `${repeatLabel} of ${docs[block.doc].name}` : repeatLabel),
        ' repeats ',
        h('button', {
          type: 'button', class: 'link', title: 'Open the first occurrence',
          onclick: () => app.setState({ view: 'document', doc: block.doc, group: -1, at: block.start }),
        }, same ? range(block.paragraph) : firstLabel));
    })));
}

function cleanCopies(app, analysis, docs) {
  const rows = docs.map((doc, i) => ({ doc, i, removed: analysis.documents[i].repeats.length }));
  const withRepeats = rows.filter((r) => r.removed > 0);
  const allButton = h('button', { type: 'button', id: 'clean-all' }, `Download all ${withRepeats.length} clean copies`);
  allButton.addEventListener('click', async () => {
    for (const { doc, i } of withRepeats) {
      download(`${fileStem(doc.name)}-clean.txt`, cleanCopy(analysis, i, doc.text).text);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    app.status(`${withRepeats.length} clean copies downloaded.`);
  });
  return h('section', { class: 'card', 'aria-labelledby': 'clean-title' },
    h('h3', { id: 'clean-title' }, 'Clean copies'),
    h('p', {}, 'Each document with its repeated paragraphs removed; the first occurrence stays.'),
    withRepeats.length
      ? [h('ul', { class: 'clean-list' }, withRepeats.map(({ doc, i, removed }) => h('li', {},
        h('button', {
          type: 'button', class: 'small clean-one', 'data-doc': i,
          onclick: () => {
            const copy = cleanCopy(analysis, i, doc.text);
            download(`${fileStem(doc.name)}-clean.txt`, copy.text);
            app.status(`Clean copy of ${doc.name} downloaded: ${copy.removed} repeated paragraph${copy.removed === 1 ? '' : 's'} removed.`);
          },
        }, `${doc.name}: remove ${removed} repeated paragraph${removed === 1 ? '' : 's'}`)))), allButton]
      : h('p', { class: 'muted' }, 'No document repeats itself: nothing to clean.'));
}

// The view's content for an analysis: summary, repeated blocks, groups (`limit` of them), short
// repeats, clean copies; `more` is the "Show more" button or null.
function duplicatesContent(app, analysis, docs, limit, more) {
  const groups = analysis.duplicateGroups;
  return [
    h('p', { class: 'summary', id: 'duplicates-summary' },
      groups.length ? `${groups.length} group${groups.length === 1 ? '' : 's'} of repeated paragraphs of 15 words or more.`
        : 'No repeated paragraphs of 15 words or more.'),
    h('div', { class: 'duplicates-grid' },
      h('div', {},
        repeatedBlocks(app, analysis, docs, limit),
        groups.length ? groupList(app, groups, docs, { short: false, limit }) : null, more,
        analysis.shortRepeats.length
          ? h('details', { class: 'short-repeats' },
            h('summary', {}, `${analysis.shortRepeats.length} short repeats (titles, bylines, “Comments”): not counted as duplicates`),
            groupList(app, analysis.shortRepeats, docs, { short: true, limit }))
          : null),
      cleanCopies(app, analysis, docs)),
  ];
}

export function createDuplicatesView(app) {
  const body = h('div', { class: 'duplicates-body' });
  const near = h('input', { type: 'number', id: 'near-threshold', min: '10', max: '100', step: '5', class: 'small-number' });
  const words = h('input', { type: 'number', id: 'passage-words', min: '3', max: '200', step: '1', class: 'small-number' });
  near.addEventListener('change', () => { if (near.checkValidity()) app.setState({ near: Number(near.value) }); });
  words.addEventListener('change', () => { if (words.checkValidity()) app.setState({ words: Number(words.value) }); });
  const element = h('section', { id: 'view-duplicates', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-duplicates', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Duplicates'),
    h('div', { class: 'toolbar settings' },
      h('label', { for: 'near-threshold' }, 'Near duplicates: paragraphs sharing at least '), near, h('span', {}, '% of their 3-word phrases'),
      h('span', { class: 'spacer' }),
      h('label', { for: 'passage-words' }, 'Shared passages: at least '), words, h('span', {}, 'words')),
    body);
  let shown = null;
  let limit = PAGE;

  return {
    element,
    async show() {
      near.value = String(app.state.near);
      words.value = String(app.state.words);
      const docs = app.store.documents;
      const key = `${docs.map((d) => d.id).join(',')}|${limit}|${app.analysisKey()}`;
      if (!docs.length) {
        shown = null;
        body.replaceChildren(emptyNote('No documents yet: add some to find their repeated paragraphs.'));
        return;
      }
      if (shown === key) return;
      const analysis = await withAnalysis(app, body, () => { shown = null; this.show(); });
      if (!analysis || docs !== app.store.documents) return;
      shown = key;
      const groups = analysis.duplicateGroups;
      const more = groups.length > limit
        ? h('button', { type: 'button', onclick: () => { limit += PAGE * 5; this.show(); } }, `Show more (${groups.length - limit} left)`) : null;
      body.replaceChildren(...duplicatesContent(app, analysis, docs, limit, more));
    },
  };
}
