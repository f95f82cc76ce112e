// Rewrite alignment: each paragraph of one document beside the paragraph(s) of the other it was
// rewritten from, with the content words, names and numbers both share marked.
import { h, percent } from '../dom.js';
import { appendWithMarks, docOptions, emptyNote, flattenMarks } from './common.js';

export function createRewriteView(app) {
  const selectA = h('select', { id: 'rewrite-a', 'aria-label': 'First document' });
  const selectB = h('select', { id: 'rewrite-b', 'aria-label': 'Second document' });
  selectA.addEventListener('change', () => app.setState({ a: Number(selectA.value) }));
  selectB.addEventListener('change', () => app.setState({ b: Number(selectB.value) }));
  const body = h('div', { class: 'rewrite-body' });
  const element = h('section', { id: 'view-rewrite', class: 'view', role: 'tabpanel', 'aria-labelledby': 'tab-rewrite', hidden: true },
    h('h2', { class: 'visually-hidden' }, 'Rewrite alignment'),
    h('div', { class: 'toolbar' }, selectA, h('span', { 'aria-hidden': 'true' }, '↔'), selectB,
      h('span', { class: 'legend' }, 'Shared: ', h('mark', { class: 'tok-word' }, 'words'), ' ', h('mark', { class: 'tok-name' }, 'Names'), ' ',
        h('mark', { class: 'tok-number' }, '2024'), ' ', h('mark', { class: 'passage' }, 'passages of 8+ words'))),
    h('p', { class: 'note' }, 'For two articles telling one story in different words: each paragraph faces the one(s) it was rewritten from; the % is their rewrite similarity. Unmatched paragraphs face an empty cell.'),
    body);
  let shown = null;

  function side(text, paragraphs, indices, tokens, passages) {
    const cell = h('div', { class: indices.length ? 'rw-cell' : 'rw-cell empty' });
    const marks = flattenMarks([
      ...tokens.map((t) => ({ start: t.start, end: t.end, className: `tok-${t.kind}` })),
      ...passages.map(([start, end]) => ({ start, end, className: 'passage' })),
    ]);
    for (const p of indices) {
      const para = h('p', {}, h('span', { class: 'pnum' }, `¶ ${p + 1} `));
      appendWithMarks(para, text, paragraphs[p].start, paragraphs[p].end, marks);
      cell.append(para);
    }
    return cell;
  }

  return {
    element,
    async show() {
      const docs = app.store.documents;
      docOptions(selectA, docs, app.state.a);
      docOptions(selectB, docs, app.state.b);
      if (docs.length < 2) {
        shown = null;
        body.replaceChildren(emptyNote('Add two documents to align them.'));
        return;
      }
      const A = docs[app.state.a];
      const B = docs[app.state.b];
      const key = `${A.id}|${B.id}|${app.analysisKey()}`;
      if (shown === key) return;
      let result;
      try {
        result = await app.task(`Aligning ${A.name} with ${B.name}`, (onProgress) => app.engine.call('align', [A.text, B.text, {}], { onProgress }));
      } catch (error) {
        body.replaceChildren(emptyNote(error.message === 'Cancelled' ? 'Alignment cancelled.' : `Could not align: ${error.message}`));
        return;
      }
      // Passages the two share word for word (from the analysis, when there is one).
      let analysis = null;
      try { analysis = await app.analysis(); } catch { analysis = null; }
      const [ia, ib] = [app.state.a, app.state.b];
      const aPassages = [];
      const bPassages = [];
      for (const p of analysis?.passages ?? []) {
        if (p.a === ia && p.b === ib) { aPassages.push([p.aStart, p.aEnd]); bPassages.push([p.bStart, p.bEnd]); }
        if (p.a === ib && p.b === ia) { aPassages.push([p.bStart, p.bEnd]); bPassages.push([p.aStart, p.aEnd]); }
      }
      const pair = analysis?.pairs.find((p) => (p.a === ia && p.b === ib) || (p.a === ib && p.b === ia));
      const coverage = pair ? (pair.a === ia ? [pair.scores.coverageAB, pair.scores.coverageBA] : [pair.scores.coverageBA, pair.scores.coverageAB]) : null;
      shown = key;
      const matched = result.rows.filter((r) => r.a.length && r.b.length).length;
      body.replaceChildren(
        h('p', { class: 'summary', id: 'rewrite-summary' }, `${matched} matched rows; ${result.rows.length - matched} paragraphs without a counterpart.`,
          coverage ? ` ${aPassages.length} passage${aPassages.length === 1 ? '' : 's'} shared word for word: ${percent(coverage[0])} of ${A.name}, ${percent(coverage[1])} of ${B.name}.` : ''),
        h('div', { class: 'rw-table', role: 'table', 'aria-label': 'Rewrite alignment' },
          h('div', { class: 'rw-row rw-head', role: 'row' },
            h('div', { role: 'columnheader' }, A.name), h('div', { role: 'columnheader' }, 'similarity'), h('div', { role: 'columnheader' }, B.name)),
          result.rows.map((row) => h('div', { class: 'rw-row', role: 'row', 'data-matched': String(row.a.length > 0 && row.b.length > 0) },
            h('div', { role: 'cell' }, side(A.text, result.aParagraphs, row.a, row.aShared, aPassages)),
            h('div', { role: 'cell', class: 'rw-score' }, row.a.length && row.b.length ? percent(row.similarity) : '—'),
            h('div', { role: 'cell' }, side(B.text, result.bParagraphs, row.b, row.bShared, bPassages))))));
    },
  };
}
