// The overview: the documents with their facts, the similarity matrix (a heatmap in the order
// the analysis gives, related documents together), clusters, the closest pairs and a summary
// of the duplicates. Exports: JSON of everything, CSV of the matrix.
import { h, download, percent } from '../dom.js';
import { SCORE_HELP } from '../help.js';
import { emptyNote } from './common.js';
import { lineageCard } from './lineage.js';
import { csvText } from '../../lib/csv.js';

const MATRIX_LIMIT = 60;
const TABLE_LIMIT = 300;
const CLUSTER_NAMES = 12;
const CLUSTER_LIMIT = 50;
const LEVEL_MARK = { identical: '=', 'minor changes': '≈', rewritten: '~', unrelated: '' };

/** Score of document `i` against `j` from a pair (asymmetric scores read in i's direction). */
export function scoreOf(pair, key, i) {
  if (!pair) return 0;
  const s = pair.scores;
  if (key === 'containmentAB') return i === pair.a ? s.containmentAB : s.containmentBA;
  if (key === 'coverageAB') return i === pair.a ? s.coverageAB : s.coverageBA;
  return s[key] ?? 0;
}

export function pairIndex(analysis) {
  const map = new Map();
  for (const pair of analysis.pairs) map.set(`${pair.a},${pair.b}`, pair);
  return (i, j) => map.get(i < j ? `${i},${j}` : `${j},${i}`);
}

/** CSV of the matrix of `key` over all documents, in the analysis order. */
export function matrixCsv(analysis, names, key) {
  const find = pairIndex(analysis);
  const order = analysis.order?.length ? analysis.order : names.map((_, i) => i);
  const rows = [['', ...order.map((i) => names[i])]];
  for (const i of order) {
    rows.push([names[i], ...order.map((j) => (i === j ? 1 : Math.round(scoreOf(find(i, j), key, i) * 1e4) / 1e4))]);
  }
  return csvText(rows);
}

function scoreSelect(app) {
  const select = h('select', { id: 'matrix-score', 'aria-label': 'Score shown in the matrix' },
    SCORE_HELP.map(([key, name]) => h('option', { value: key }, name)));
  select.value = SCORE_HELP.some(([key]) => key === app.state.score) ? app.state.score : 'rewrite';
  select.addEventListener('change', () => app.setState({ score: select.value }));
  return select;
}

function matrix(app, analysis, docs) {
  const key = SCORE_HELP.some(([k]) => k === app.state.score) ? app.state.score : 'rewrite';
  const find = pairIndex(analysis);
  const order = (analysis.order?.length ? analysis.order : docs.map((_, i) => i)).slice(0, MATRIX_LIMIT);
  const name = (i) => `${i + 1}. ${docs[i].name}`;
  const head = h('tr', {}, h('td', { class: 'corner' }), order.map((j) =>
    h('th', { scope: 'col', class: 'col-head', title: docs[j].name }, h('span', {}, String(j + 1)))));
  const rows = order.map((i) => h('tr', {},
    h('th', { scope: 'row', class: 'row-head', title: docs[i].name }, name(i)),
    order.map((j) => {
      if (i === j) return h('td', { class: 'cell self' }, h('span', { 'aria-label': 'same document' }, '—'));
      const pair = find(i, j);
      const value = scoreOf(pair, key, i);
      const level = pair?.level ?? 'unrelated';
      const shade = Math.min(9, Math.floor(value * 10));
      // The word diff of a pair sharing no passage is only a lower bound: said as the pairs table says it.
      const bound = key === 'diffRatio' && pair && !pair.scores.diffRatioExact;
      const shown = bound ? (value > 0 ? `≥${Math.round(value * 100)}` : 'n/a') : String(Math.round(value * 100));
      const label = `${docs[i].name} and ${docs[j].name}: ${bound ? (value > 0 ? `at least ${percent(value)}` : 'not computed word by word') : percent(value)}, ${level}. Open the comparison.`;
      return h('td', { class: `cell heat-${shade}`, 'data-level': level },
        h('button', {
          type: 'button', class: 'cell-button', 'aria-label': label, title: label, 'data-a': i, 'data-b': j,
          onclick: () => app.setState({ view: 'pair', a: i, b: j }),
        }, `${shown}${shown === 'n/a' ? '' : LEVEL_MARK[level] ?? ''}`));
    })));
  const caption = h('caption', {}, `${SCORE_HELP.find(([k]) => k === key)[1]} of each pair, in %; `,
    '= identical, ≈ minor changes, ~ rewritten. Rows and columns are ordered so related documents sit together. Click a cell to compare the pair.');
  const note = docs.length > MATRIX_LIMIT ? h('p', { class: 'note' }, `Showing the first ${MATRIX_LIMIT} of ${docs.length} documents in matrix order; the CSV has them all.`) : null;
  return [h('div', { class: 'matrix-wrap' }, h('table', { class: 'matrix', id: 'matrix' }, caption, h('thead', {}, head), h('tbody', {}, rows))), note];
}

// Pairs that share no passage get only a lower bound of the word diff ratio; a bare "≥0%"
// would read as a number, so the cell says what is known and the tooltip why.
function wordDiffCell(scores) {
  if (scores.diffRatioExact) return h('td', { class: 'num' }, percent(scores.diffRatio));
  const title = 'Not computed word by word: these texts share no passage, so only a lower bound is known.';
  return h('td', { class: 'num', title }, scores.diffRatio > 0 ? `≥${percent(scores.diffRatio)}` : 'n/a');
}

function documentsTable(app, analysis, docs) {
  // The closest related document of each, in one pass over the pairs.
  const best = new Array(docs.length).fill(null);
  for (const pair of analysis.pairs) {
    if (pair.level === 'unrelated') continue;
    for (const [i, j] of [[pair.a, pair.b], [pair.b, pair.a]]) {
      if (!best[i] || pair.scores.rewrite > best[i].pair.scores.rewrite) best[i] = { j, pair };
    }
  }
  const shown = docs.slice(0, TABLE_LIMIT);
  return [h('table', { class: 'facts', id: 'documents-table' },
    h('caption', {}, 'Documents'),
    h('thead', {}, h('tr', {}, ['Document', 'Words', 'Paragraphs', 'Repeated paragraphs', 'Closest document'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, shown.map((doc, i) => {
      const facts = analysis.documents[i];
      const closest = best[i];
      return h('tr', {},
        h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => app.setState({ view: 'document', doc: i, group: -1, at: -1 }) }, `${i + 1}. ${doc.name}`)),
        h('td', { class: 'num' }, facts.words.toLocaleString()),
        h('td', { class: 'num' }, facts.paragraphs.toLocaleString()),
        h('td', { class: 'num' }, facts.repeats.length.toLocaleString()),
        h('td', {}, closest
          ? h('button', { type: 'button', class: 'link', onclick: () => app.setState({ view: 'pair', a: i, b: closest.j }) },
            `${closest.j + 1}. ${docs[closest.j].name} (${closest.pair.level})`)
          : h('span', { class: 'muted' }, 'none related')));
    }))),
  docs.length > TABLE_LIMIT ? h('p', { class: 'note' }, `The first ${TABLE_LIMIT} of ${docs.length} documents; the JSON export has them all.`) : null];
}

function duplicateSummary(app, analysis, docs) {
  const groups = analysis.duplicateGroups;
  const exact = groups.filter((g) => g.kind === 'exact').length;
  const paragraphs = groups.reduce((sum, g) => sum + g.members.length, 0);
  const inDocs = new Set(groups.flatMap((g) => g.members.map((m) => m.doc))).size;
  const text = groups.length
    ? `${groups.length} group${groups.length === 1 ? '' : 's'} of repeated paragraphs (${exact} exact, ${groups.length - exact} near), ${paragraphs} paragraphs in ${inDocs} of ${docs.length} documents; ${analysis.shortRepeats.length} short repeats (titles, bylines) listed apart.`
    : `No repeated paragraphs; ${analysis.shortRepeats.length} short repeats (titles, bylines).`;
  const blocks = analysis.repeatedBlocks;
  const blockText = blocks.length
    ? `${blocks.length} repeated block${blocks.length === 1 ? '' : 's'} of consecutive paragraphs (the longest ${Math.max(...blocks.map((b) => b.paragraphs))} paragraphs), in ${new Set(blocks.map((b) => b.repeatDoc)).size} document${new Set(blocks.map((b) => b.repeatDoc)).size === 1 ? '' : 's'}.`
    : null;
  return h('section', { class: 'card', 'aria-labelledby': 'dup-summary-title' },
    h('h3', { id: 'dup-summary-title' }, 'Duplicates'),
    h('p', { id: 'duplicate-summary' }, text),
    blockText ? h('p', { id: 'block-summary' }, blockText) : null,
    h('button', { type: 'button', onclick: () => app.setState({ view: 'duplicates' }) }, 'Open the duplicates list'));
}

function clusters(analysis, docs) {
  return h('section', { class: 'card', 'aria-labelledby': 'clusters-title' },
    h('h3', { id: 'clusters-title' }, 'Related documents'),
    analysis.clusters.length
      ? h('ul', { class: 'clusters' }, analysis.clusters.slice(0, CLUSTER_LIMIT).map((cluster, c) => h('li', {},
        h('strong', {}, `Cluster ${c + 1}`), ` (${cluster.length} documents, one story or copies): `,
        cluster.slice(0, CLUSTER_NAMES).map((d) => `${d + 1}. ${docs[d].name}`).join(' · '),
        cluster.length > CLUSTER_NAMES ? ` and ${cluster.length - CLUSTER_NAMES} more` : '')),
      analysis.clusters.length > CLUSTER_LIMIT ? h('li', {}, `and ${analysis.clusters.length - CLUSTER_LIMIT} more clusters (in the JSON export)`) : null)
      : h('p', {}, 'No two documents are related.'));
}

function closestPairs(app, analysis, docs) {
  const related = analysis.pairs.filter((p) => p.level !== 'unrelated')
    .sort((x, y) => y.scores.rewrite - x.scores.rewrite).slice(0, 30);
  return related.length ? h('table', { class: 'facts', id: 'pairs-table' },
      h('caption', {}, 'Closest pairs'),
      h('thead', {}, h('tr', {}, ['Pair', 'Level', 'Rewrite', 'Word diff', 'Resemblance', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, related.map((pair) => h('tr', {},
        h('td', {}, `${pair.a + 1}. ${docs[pair.a].name} — ${pair.b + 1}. ${docs[pair.b].name}`),
        h('td', {}, pair.level),
        h('td', { class: 'num' }, percent(pair.scores.rewrite)),
        wordDiffCell(pair.scores),
        h('td', { class: 'num' }, percent(pair.scores.resemblance)),
        h('td', {},
          h('button', { type: 'button', class: 'small', onclick: () => app.setState({ view: 'pair', a: pair.a, b: pair.b }) }, 'Compare'),
          ' ',
          h('button', { type: 'button', class: 'small', onclick: () => app.setState({ view: 'pair', rows: 'rewrite', a: pair.a, b: pair.b }) }, 'Align rewrite')))))) : null;
}

// The export buttons: JSON of everything, CSV of the matrix of the chosen score.
function exportButtons(app, analysis, docs) {
  const jsonButton = h('button', { type: 'button', id: 'export-json' }, 'JSON of everything');
  const csvButton = h('button', { type: 'button', id: 'export-csv' }, 'CSV of the matrix');
  jsonButton.addEventListener('click', () => {
    const everything = {
      generator: 'Concord', documents: docs.map((d, i) => ({ index: i, name: d.name, size: d.size, words: analysis.documents[i].words, encoding: d.encoding, format: d.format })),
      analysis: { ...analysis, matrix: analysis.matrix ? { ...analysis.matrix, values: Array.from(analysis.matrix.values) } : null },
    };
    download('concord-analysis.json', JSON.stringify(everything, null, 1), 'application/json');
  });
  csvButton.addEventListener('click', () => {
    const key = app.state.score;
    download(`concord-matrix-${key}.csv`, matrixCsv(analysis, docs.map((d) => d.name), key), 'text/csv;charset=utf-8');
  });
  return [jsonButton, csvButton];
}

// The overview of an analysis: summary and exports, matrix, duplicates, clusters, pairs, documents.
function overviewContent(app, analysis, docs) {
  const words = analysis.documents.reduce((sum, d) => sum + d.words, 0);
  return [
    h('div', { class: 'toolbar' },
      h('p', { class: 'summary', id: 'overview-summary' }, `${docs.length} documents, ${words.toLocaleString()} words; analysed in ${Math.round(analysis.stats?.milliseconds ?? 0)} ms.`),
      h('span', { class: 'spacer' }),
      h('span', { class: 'export-group', role: 'group', 'aria-label': 'Export' }, 'Export: ', ...exportButtons(app, analysis, docs))),
    h('div', { class: 'overview-grid' },
      h('section', { class: 'card matrix-card', 'aria-labelledby': 'matrix-title' },
        h('div', { class: 'card-head' }, h('h3', { id: 'matrix-title' }, 'Similarity matrix'), scoreSelect(app)),
        docs.length > 1 ? matrix(app, analysis, docs) : h('p', {}, 'Add a second document to see how they relate.')),
      h('div', { class: 'overview-side' }, duplicateSummary(app, analysis, docs), clusters(analysis, docs))),
    lineageCard(app, analysis, docs.map((doc) => doc.name)),
    closestPairs(app, analysis, docs),
    ...documentsTable(app, analysis, docs),
  ].filter((part) => part != null); // a part with nothing to show is left out, never printed as "null"
}

export function createOverviewView(app) {
  const body = h('div', { class: 'overview-body' });
  const element = h('section', { id: 'view-overview', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-overview', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Overview'), body);
  let shown = null;

  return {
    element,
    async show() {
      const docs = app.store.documents;
      const key = `${docs.map((d) => d.id).join(',')}|${app.state.score}|${app.analysisKey()}`;
      if (!docs.length) {
        shown = null;
        body.replaceChildren(emptyNote('No documents yet. Drop files anywhere on the page, use “Add files…” or “Paste text…”, or load the example set.'));
        return;
      }
      if (shown === key) return;
      let analysis;
      try {
        analysis = await app.analysis();
      } catch (error) {
        body.replaceChildren(emptyNote(error.message === 'Cancelled' ? 'Analysis cancelled.' : `Analysis failed: ${error.message}`,
          h('button', { type: 'button', onclick: () => { shown = null; this.show(); } }, 'Analyse again')));
        return;
      }
      if (docs !== app.store.documents) return;
      if (!analysis) {
        body.replaceChildren(emptyNote('This build has no analysis engine: only the pair comparison is available.'));
        return;
      }
      shown = key;
      body.replaceChildren(...overviewContent(app, analysis, docs));
    },
  };
}
